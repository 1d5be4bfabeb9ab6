/**
 * The simulated providers of the built-in simulator, in claim order: a
 * request that matches no provider route (404/405, `GET /v1/models`) belongs
 * to the first provider whose `claims` accepts it (the last one accepts all).
 * Adding a simulated provider = one module (./types.ts) and one line here.
 */
import { anthropic } from './anthropic.ts';
import { openai } from './openai.ts';
import type { SimulatedProvider } from './types.ts';

export const SIMULATED_PROVIDERS: readonly SimulatedProvider[] = [anthropic, openai];

export type { SimulatedProvider, SimRoute, SimExchange, Plan, JsonPlan, SsePlan, RecordedRequest, Json } from './types.ts';
export { HttpError } from './types.ts';
