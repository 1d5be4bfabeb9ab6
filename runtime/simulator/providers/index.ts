/**
 * The simulated providers of the built-in simulator, in claim order: a
 * request that matches no provider route (404/405, `GET /v1/models`) belongs
 * to the first provider whose `claims` accepts it (the last one accepts all).
 * Adding a simulated provider = one module (./types.ts) and one line here.
 */
import { anthropic } from './anthropic.ts';
import { DIALECT_PROVIDERS } from './dialects.ts';
import { gemini } from './gemini.ts';
import { openai } from './openai.ts';
import type { SimulatedProvider } from './types.ts';

/** The provider dialects (`/_dialect/<type>`, one per spec: ./dialects.ts) first: they claim only their prefix. */
export const SIMULATED_PROVIDERS: readonly SimulatedProvider[] = [...DIALECT_PROVIDERS, gemini, anthropic, openai];

export type { FaultSource, SimulatedProvider, SimRoute, SimExchange, Plan, JsonPlan, SsePlan, RecordedRequest, Json } from './types.ts';
export { HttpError } from './types.ts';
