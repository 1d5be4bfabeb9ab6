/** Registry of provider capability tables: one line per provider. */
import type { ProviderSpec } from '../capability.ts';
import { anthropic } from './anthropic.ts';
import { openai } from './openai.ts';

export const PROVIDERS: Record<string, ProviderSpec> = { anthropic, openai };
