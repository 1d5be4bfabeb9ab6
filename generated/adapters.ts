// generated from specs/ — do not edit (npm run gen)
// Source: runtime/providers/<type>.ts (found by listing the folder). Renderer: scripts/gen/seams.ts.

/**
 * Provider adapter modules by provider type. Provider types without a module
 * use the default of every hook (runtime/providers/index.ts).
 */
import type { ProviderType } from './capabilities.ts';
import type { ProviderAdapter } from '../runtime/providers/types.ts';
import adapter_azure_openai from '../runtime/providers/azure-openai.ts';
import adapter_bedrock from '../runtime/providers/bedrock.ts';
import adapter_foundry from '../runtime/providers/foundry.ts';
import adapter_gemini from '../runtime/providers/gemini.ts';
import adapter_vertex from '../runtime/providers/vertex.ts';

/** Adapter module of each provider type that has one. */
export const ADAPTERS: Readonly<Partial<Record<ProviderType, ProviderAdapter>>> = {
  'azure-openai': adapter_azure_openai,
  'bedrock': adapter_bedrock,
  'foundry': adapter_foundry,
  'gemini': adapter_gemini,
  'vertex': adapter_vertex,
};
