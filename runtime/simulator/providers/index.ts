/**
 * The simulated providers of the built-in simulator, in claim order: a
 * request that matches no provider route (404/405, `GET /v1/models`) belongs
 * to the first provider whose `claims` accepts it (the last one accepts all).
 * Adding a simulated provider = one module (./types.ts) and one line here.
 */
import { anthropic } from './anthropic.ts';
import { DIALECT_PROVIDERS } from './dialects.ts';
import { foundryProvider, type FoundrySimOptions } from './foundry.ts';
import { gemini } from './gemini.ts';
import { openai } from './openai.ts';
import { vertexProvider, type VertexSimOptions, type VertexSimState } from './vertex.ts';
import type { SimulatedProvider } from './types.ts';

/** Options of the simulated clouds that keep per-simulator state. */
export interface CloudSimOptions {
  /** Simulated Vertex AI (./vertex.ts): service accounts, static tokens, project, token TTL, betas, clock. */
  vertex?: VertexSimOptions;
  /** Simulated Microsoft Foundry (./foundry.ts): resource keys, Entra tokens, betas. */
  foundry?: FoundrySimOptions;
}

/** Observable state of the simulated clouds of one simulator. */
export interface CloudSimState {
  vertex: VertexSimState;
}

/**
 * The providers of one simulator: the provider dialects (`/_dialect/<type>`,
 * one per spec: ./dialects.ts) first — they claim only their prefix —, the clouds with per-instance state (their
 * own path prefixes, claimed before Anthropic's `/messages`), then the shared ones.
 */
export function simulatedProviders(opts: CloudSimOptions = {}): { providers: SimulatedProvider[]; state: CloudSimState } {
  const vertex = vertexProvider(opts.vertex);
  return { providers: [...DIALECT_PROVIDERS, vertex.provider, foundryProvider(opts.foundry), gemini, anthropic, openai], state: { vertex: vertex.state } };
}

export type { FaultSource, SimulatedProvider, SimRoute, SimExchange, Plan, JsonPlan, SsePlan, RecordedRequest, Json } from './types.ts';
export { HttpError } from './types.ts';
export type { VertexSimOptions, VertexServiceAccount, VertexSimState } from './vertex.ts';
export type { FoundrySimOptions } from './foundry.ts';
