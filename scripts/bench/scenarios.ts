/**
 * Benchmark scenarios: what the client sends through the gateway, and what it
 * sends to the simulator directly for the comparison.
 *
 * "Direct" always means the same client calling the simulator endpoint that the
 * gateway itself calls upstream, with the equivalent request in the upstream's
 * format and the same simulator controls (`x-sim-events`, `x-sim-pace-ms`):
 * - translated JSON: gateway `POST /v1/chat/completions` (OpenAI format, alias
 *   → Anthropic upstream) vs direct `POST /v1/messages` (Anthropic format);
 * - transcoded SSE: gateway OpenAI `stream: true` chat completion → Anthropic
 *   stream vs the direct Anthropic stream;
 * - passthrough SSE: gateway `POST /v1/messages` `stream: true` vs the same
 *   request to the simulator.
 * So a gateway run does everything a direct run does plus the gateway hop.
 *
 * The `-burst` scenarios put the burst upstream (scripts/bench/burst.ts) in the
 * simulator's place, on both sides: it replays the simulator's bytes, a whole
 * stream (or JSON body) in one write, as a minimal mock in an independent
 * harness does; the gateway reaches it through provider `anthropic-burst`
 * (alias `claude-burst`).
 */
import type { RequestSpec } from './driver.ts';
import type { BudgetClass } from './budgets.ts';
import { CALLER_KEY, BUDGETED_CALLER_KEY } from './procs.ts';

export interface Scenario {
  name: string;
  title: string;
  /** What is compared (one line for the report). */
  compared: string;
  concurrency: number;
  stream: boolean;
  /** Simulator text deltas per response (x-sim-events). */
  events: number;
  /** Simulator pace between events (ms). */
  paceMs: number;
  /** Who answers upstream (and directly): the simulator, or the burst upstream (one write per response). */
  upstream: 'simulator' | 'burst';
  /** Main metric of the scenario: throughput or latency at concurrency 1. */
  kind: 'throughput' | 'latency';
  /**
   * The budget class the scenario is held to in the report's budget table
   * (scripts/bench/budgets.ts: CPU per request or per event, throughput vs
   * direct, added latency or time to first token). A scenario without one is
   * measured and listed as "no budget class declared".
   */
  budget?: BudgetClass;
  gateway: RequestSpec;
  direct: RequestSpec;
  /**
   * Also measure the featureless relay (scripts/bench/baseline-relay.ts, pinned
   * where the gateway is) carrying the direct request to the same upstream:
   * what the harness itself costs, in the same run (the core scenarios the
   * budgets were set on).
   */
  relay?: boolean;
}

const PROMPT = 'Summarize the plot of Hamlet in three sentences.';
/** The first content event of a stream (time to first token): an Anthropic text delta … */
const ANTHROPIC_CONTENT = 'event: content_block_delta';
/** … and an OpenAI chunk with content (the role chunk before it has `"role"` first). */
const OPENAI_CONTENT = '"delta":{"content":"';

function simHeaders(events: number, paceMs: number): Record<string, string> {
  const h: Record<string, string> = { 'x-sim-events': String(events) };
  if (paceMs > 0) h['x-sim-pace-ms'] = String(paceMs);
  return h;
}

/** The direct request to the simulator's Anthropic Messages endpoint. */
function anthropicDirect(stream: boolean, events: number, paceMs: number): RequestSpec {
  return {
    path: '/v1/messages',
    headers: { 'content-type': 'application/json', 'x-api-key': 'sk-ant-bench-provider', 'anthropic-version': '2023-06-01', ...simHeaders(events, paceMs) },
    body: JSON.stringify({ model: 'claude-sonnet-4-5', max_tokens: 256, messages: [{ role: 'user', content: PROMPT }], ...(stream ? { stream: true } : {}) }),
    ...(stream ? { contentMarker: ANTHROPIC_CONTENT } : {}),
  };
}

/** Gateway alias per upstream (scripts/bench/procs.ts gatewayConfig). */
const ALIAS: Record<Scenario['upstream'], string> = { simulator: 'claude-bench', burst: 'claude-burst' };

/** An OpenAI-format request to the gateway, translated to the Anthropic upstream. */
function openaiViaGateway(stream: boolean, events: number, paceMs: number, upstream: Scenario['upstream'] = 'simulator'): RequestSpec {
  return {
    path: '/v1/chat/completions',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${CALLER_KEY}`, ...simHeaders(events, paceMs) },
    body: JSON.stringify({ model: ALIAS[upstream], max_tokens: 256, messages: [{ role: 'user', content: PROMPT }], ...(stream ? { stream: true } : {}) }),
    ...(stream ? { contentMarker: OPENAI_CONTENT } : {}),
  };
}

/** An Anthropic-format request to the gateway (passthrough to the Anthropic upstream). */
function anthropicViaGateway(stream: boolean, events: number, paceMs: number, upstream: Scenario['upstream'] = 'simulator'): RequestSpec {
  return {
    path: '/v1/messages',
    headers: { 'content-type': 'application/json', 'x-api-key': CALLER_KEY, 'anthropic-version': '2023-06-01', ...simHeaders(events, paceMs) },
    body: JSON.stringify({ model: ALIAS[upstream], max_tokens: 256, messages: [{ role: 'user', content: PROMPT }], ...(stream ? { stream: true } : {}) }),
    ...(stream ? { contentMarker: ANTHROPIC_CONTENT } : {}),
  };
}

/** An Anthropic caller's unpaced stream (`events` deltas) to the gateway alias `alias`, optionally with Claude Code's `anthropic-beta` header. */
function anthropicStreamTo(alias: string, events: number, beta?: string): RequestSpec {
  return {
    path: '/v1/messages',
    headers: { 'content-type': 'application/json', 'x-api-key': CALLER_KEY, 'anthropic-version': '2023-06-01', ...(beta ? { 'anthropic-beta': beta } : {}), ...simHeaders(events, 0) },
    body: JSON.stringify({ model: alias, max_tokens: 256, stream: true, messages: [{ role: 'user', content: PROMPT }] }),
    contentMarker: ANTHROPIC_CONTENT,
  };
}

/** The budget class of a translated scenario: JSON or SSE, under load or at concurrency 1. */
function translatedBudget(kind: Scenario['kind'], stream: boolean): BudgetClass {
  if (kind === 'latency') return stream ? 'latency-ttft' : 'latency-json';
  return stream ? 'sse-transcoded' : 'json';
}

const BURST_TITLE = ', burst upstream (whole response in one write)';
const upstreamName = (u: Scenario['upstream']): string => (u === 'burst' ? 'the burst upstream' : 'the simulator');

function translatedJson(name: string, concurrency: number, kind: Scenario['kind'], upstream: Scenario['upstream'] = 'simulator'): Scenario {
  return {
    name,
    title: `Translated JSON, OpenAI caller → Anthropic upstream, concurrency ${concurrency}${upstream === 'burst' ? BURST_TITLE : ''}`,
    compared: `gateway POST /v1/chat/completions (OpenAI, translated) vs ${upstreamName(upstream)} POST /v1/messages (Anthropic) directly; 8 text deltas`,
    concurrency,
    stream: false,
    events: 8,
    paceMs: 0,
    upstream,
    kind,
    budget: kind === 'latency' ? 'latency-json' : 'json',
    gateway: openaiViaGateway(false, 8, 0, upstream),
    direct: anthropicDirect(false, 8, 0),
    relay: true,
  };
}

function transcodedSse(name: string, concurrency: number, paceMs: number, kind: Scenario['kind'], upstream: Scenario['upstream'] = 'simulator'): Scenario {
  return {
    name,
    title: `Transcoded SSE, Anthropic upstream → OpenAI caller, concurrency ${concurrency}, 50 events${paceMs ? `, paced ${paceMs} ms` : ', unpaced'}${upstream === 'burst' ? BURST_TITLE : ''}`,
    compared: `gateway OpenAI stream (transcoded from Anthropic) vs ${upstreamName(upstream)}'s Anthropic stream directly`,
    concurrency,
    stream: true,
    events: 50,
    paceMs,
    upstream,
    kind,
    budget: kind === 'latency' ? 'latency-ttft' : paceMs ? 'sse-transcoded-paced' : 'sse-transcoded',
    gateway: openaiViaGateway(true, 50, paceMs, upstream),
    direct: anthropicDirect(true, 50, paceMs),
    relay: true,
  };
}

function passthroughSse(name: string, concurrency: number, paceMs: number, kind: Scenario['kind'], upstream: Scenario['upstream'] = 'simulator'): Scenario {
  return {
    name,
    title: `Native Anthropic SSE passthrough, concurrency ${concurrency}, 50 events${paceMs ? `, paced ${paceMs} ms` : ', unpaced'}${upstream === 'burst' ? BURST_TITLE : ''}`,
    compared: `gateway POST /v1/messages stream vs the same request to ${upstreamName(upstream)} directly`,
    concurrency,
    stream: true,
    events: 50,
    paceMs,
    upstream,
    kind,
    budget: kind === 'latency' ? 'latency-ttft' : paceMs ? 'sse-passthrough-paced' : 'sse-passthrough',
    gateway: anthropicViaGateway(true, 50, paceMs, upstream),
    direct: anthropicDirect(true, 50, paceMs),
    relay: true,
  };
}

/**
 * Translated SSE from an OpenAI-compatible dialect: an Anthropic caller's
 * stream to `deepseek-reasoner` (DeepSeek dialect: `reasoning_content`
 * deltas → thinking blocks, then text) vs the same request in OpenAI format
 * to the simulated DeepSeek endpoint directly.
 */
function dialectSse(name: string, concurrency: number, kind: Scenario['kind']): Scenario {
  const events = 50;
  return {
    name,
    title: `Translated SSE, OpenAI-compatible upstream (deepseek, reasoning_content) → Anthropic caller, concurrency ${concurrency}, ${events} events`,
    compared: 'gateway POST /v1/messages stream (translated from the DeepSeek dialect, reasoning → thinking) vs the simulator\'s DeepSeek stream directly',
    concurrency,
    stream: true,
    events,
    paceMs: 0,
    upstream: 'simulator',
    kind,
    budget: kind === 'latency' ? 'latency-ttft' : 'sse-transcoded',
    gateway: anthropicStreamTo('deepseek-bench', events),
    direct: {
      path: '/_dialect/deepseek/v1/chat/completions',
      headers: { 'content-type': 'application/json', authorization: 'Bearer sk-ds-bench-provider', ...simHeaders(events, 0) },
      body: JSON.stringify({ model: 'deepseek-reasoner', max_tokens: 256, stream: true, stream_options: { include_usage: true }, messages: [{ role: 'user', content: PROMPT }] }),
      contentMarker: '"delta":{"reasoning_content":"',
    },
  };
}

/**
 * Claude on Bedrock: an Anthropic caller's stream through the `bedrock`
 * provider (body envelope, SigV4 signing, InvokeModelWithResponseStream,
 * AWS event-stream decoded into Anthropic SSE) vs the simulator's Bedrock
 * stream directly (event-stream bytes, a Bedrock API key: no signing). The
 * direct content marker is the base64 prefix of a `content_block_delta` event
 * inside an event-stream `chunk` payload.
 */
function bedrockSse(name: string, concurrency: number, kind: Scenario['kind']): Scenario {
  const events = 50;
  const model = 'us.anthropic.claude-haiku-4-5-20251001-v1:0';
  return {
    name,
    title: `Native Anthropic SSE to Claude on Bedrock (SigV4, event-stream decoded), concurrency ${concurrency}, ${events} events`,
    compared: 'gateway POST /v1/messages stream (bedrock provider: signed InvokeModelWithResponseStream, event-stream → SSE) vs the simulator\'s Bedrock event-stream directly',
    concurrency,
    stream: true,
    events,
    paceMs: 0,
    upstream: 'simulator',
    kind,
    budget: kind === 'latency' ? 'latency-ttft' : 'sse-transcoded', // the event-stream is decoded and re-framed as SSE: per-event work like a transcoded stream
    gateway: anthropicStreamTo('claude-bedrock-bench', events, 'claude-code-20250219,interleaved-thinking-2025-05-14'),
    direct: {
      path: `/model/${encodeURIComponent(model)}/invoke-with-response-stream`,
      headers: { 'content-type': 'application/json', authorization: 'Bearer bench-bedrock-api-key', ...simHeaders(events, 0) },
      body: JSON.stringify({ anthropic_version: 'bedrock-2023-05-31', anthropic_beta: ['interleaved-thinking-2025-05-14'], max_tokens: 256, messages: [{ role: 'user', content: PROMPT }] }),
      contentMarker: `"bytes":"${Buffer.from('{"type":"content_block_delta"').subarray(0, 27).toString('base64')}`,
    },
  };
}

/**
 * Anthropic ingress → OpenAI-compatible upstream: an Anthropic Messages
 * request (JSON or stream) to alias `gpt-bench` (provider type `openai` on the
 * simulator's Chat Completions endpoint) vs the equivalent Chat Completions
 * request to the simulator directly.
 */
function anthropicToOpenai(name: string, stream: boolean, concurrency: number, kind: Scenario['kind']): Scenario {
  const events = stream ? 50 : 8;
  return {
    name,
    title: `Translated ${stream ? 'SSE' : 'JSON'}, Anthropic caller → OpenAI-compatible upstream (Chat Completions), concurrency ${concurrency}, ${events} ${stream ? 'events' : 'text deltas'}`,
    compared: `gateway POST /v1/messages${stream ? ' stream' : ''} (Anthropic, translated) vs the simulator POST /v1/chat/completions (OpenAI) directly`,
    concurrency,
    stream,
    events,
    paceMs: 0,
    upstream: 'simulator',
    kind,
    budget: translatedBudget(kind, stream),
    gateway: {
      path: '/v1/messages',
      headers: { 'content-type': 'application/json', 'x-api-key': CALLER_KEY, 'anthropic-version': '2023-06-01', ...simHeaders(events, 0) },
      body: JSON.stringify({ model: 'gpt-bench', max_tokens: 256, messages: [{ role: 'user', content: PROMPT }], ...(stream ? { stream: true } : {}) }),
      ...(stream ? { contentMarker: ANTHROPIC_CONTENT } : {}),
    },
    direct: {
      path: '/v1/chat/completions',
      headers: { 'content-type': 'application/json', authorization: 'Bearer sk-openai-bench-provider', ...simHeaders(events, 0) },
      body: JSON.stringify({ model: 'gpt-4o-mini', max_tokens: 256, messages: [{ role: 'user', content: PROMPT }], ...(stream ? { stream: true, stream_options: { include_usage: true } } : {}) }),
      ...(stream ? { contentMarker: OPENAI_CONTENT } : {}),
    },
  };
}

/** The first content event of a Responses stream. */
const RESPONSES_CONTENT = '"type":"response.output_text.delta"';

/**
 * The Responses API (issue 14) translated to the Anthropic upstream: gateway
 * `POST /v1/responses` (store on, the default: every response is also kept in
 * the memory response store) vs the Anthropic request to the simulator directly.
 */
function responsesTranslated(name: string, concurrency: number, stream: boolean, kind: Scenario['kind']): Scenario {
  const events = stream ? 50 : 8;
  return {
    name,
    title: `Translated ${stream ? 'SSE' : 'JSON'}, Responses API caller → Anthropic upstream, concurrency ${concurrency}, ${events} ${stream ? 'events, unpaced' : 'text deltas'}`,
    compared: `gateway POST /v1/responses${stream ? ' stream' : ''} (translated to Anthropic, response stored) vs the simulator's POST /v1/messages${stream ? ' stream' : ''} directly`,
    concurrency,
    stream,
    events,
    paceMs: 0,
    upstream: 'simulator',
    kind,
    budget: translatedBudget(kind, stream),
    gateway: {
      path: '/v1/responses',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${CALLER_KEY}`, ...simHeaders(events, 0) },
      body: JSON.stringify({ model: ALIAS.simulator, max_output_tokens: 256, input: PROMPT, ...(stream ? { stream: true } : {}) }),
      ...(stream ? { contentMarker: RESPONSES_CONTENT } : {}),
    },
    direct: anthropicDirect(stream, events, 0),
  };
}

/**
 * Translated SSE from the Gemini API: an Anthropic caller's stream to a
 * Gemini-backed alias (`gemini-2.5-flash`: `:streamGenerateContent?alt=sse`,
 * Gemini chunks → Anthropic events; the simulated model thinks, so each
 * stream also carries a thought signature) vs the same request in Gemini
 * format to the simulator's Gemini API directly.
 */
function geminiSse(name: string, concurrency: number, kind: Scenario['kind']): Scenario {
  const events = 50;
  return {
    name,
    title: `Translated SSE, Gemini upstream → Anthropic caller, concurrency ${concurrency}, ${events} events`,
    compared: 'gateway POST /v1/messages stream (translated from Gemini streamGenerateContent) vs the simulator\'s Gemini SSE stream directly',
    concurrency,
    stream: true,
    events,
    paceMs: 0,
    upstream: 'simulator',
    kind,
    budget: kind === 'latency' ? 'latency-ttft' : 'sse-transcoded',
    gateway: anthropicStreamTo('gemini-bench', events),
    direct: {
      path: '/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse',
      headers: { 'content-type': 'application/json', 'x-goog-api-key': 'gem-bench-provider', ...simHeaders(events, 0) },
      body: JSON.stringify({ contents: [{ role: 'user', parts: [{ text: PROMPT }] }], generationConfig: { maxOutputTokens: 256 } }),
      contentMarker: '"text": "',
    },
  };
}

/**
 * Translated SSE to a Gemini caller: `streamGenerateContent?alt=sse` on the
 * Gemini ingress (model alias in the path, key in `x-goog-api-key`) → the
 * Anthropic upstream's stream, re-encoded as Gemini `data:` chunks, vs the
 * simulator's Anthropic stream directly.
 */
function geminiCallerSse(name: string, concurrency: number, kind: Scenario['kind']): Scenario {
  const events = 50;
  return {
    name,
    title: `Transcoded SSE, Anthropic upstream → Gemini caller (streamGenerateContent?alt=sse), concurrency ${concurrency}, ${events} events, unpaced`,
    compared: 'gateway POST /v1beta/models/{alias}:streamGenerateContent?alt=sse (Gemini, translated from Anthropic) vs the simulator\'s Anthropic stream directly',
    concurrency,
    stream: true,
    events,
    paceMs: 0,
    upstream: 'simulator',
    kind,
    budget: kind === 'latency' ? 'latency-ttft' : 'sse-transcoded',
    gateway: {
      path: `/v1beta/models/${ALIAS.simulator}:streamGenerateContent?alt=sse`,
      headers: { 'content-type': 'application/json', 'x-goog-api-key': CALLER_KEY, ...simHeaders(events, 0) },
      body: JSON.stringify({ contents: [{ role: 'user', parts: [{ text: PROMPT }] }], generationConfig: { maxOutputTokens: 256 } }),
      contentMarker: '"parts":[{"text":"',
    },
    direct: anthropicDirect(true, events, 0),
  };
}

/**
 * Responses API over WebSocket → Anthropic (what Codex CLI does): persistent
 * sockets, one `response.create` (`store: false`) after another on each,
 * translated to the Anthropic upstream, vs the simulator's Anthropic stream
 * directly over HTTP (as sse-responses-translated, the transport aside).
 */
function responsesWs(name: string, concurrency: number, kind: Scenario['kind']): Scenario {
  const base = responsesTranslated(name, concurrency, true, kind);
  const { 'content-type': _json, ...headers } = base.gateway.headers;
  return {
    ...base,
    title: `Responses API over WebSocket → Anthropic upstream (translated), ${concurrency} sockets, ${base.events} events, unpaced`,
    compared: 'gateway WebSocket mode (GET /v1/responses upgraded; response.create messages, the Responses events back as messages, translated from Anthropic) vs the simulator\'s POST /v1/messages stream directly',
    gateway: {
      path: '/v1/responses',
      transport: 'websocket',
      headers,
      body: JSON.stringify({ type: 'response.create', model: ALIAS.simulator, max_output_tokens: 256, store: false, input: PROMPT }),
      contentMarker: RESPONSES_CONTENT,
    },
  };
}

/**
 * Claude on Vertex AI / in Microsoft Foundry: an Anthropic caller's stream
 * through the `vertex` provider (body envelope patched in place, model in the
 * path, `:streamRawPredict`, a fixed access token) or the `foundry` provider
 * (Anthropic's API under `/anthropic`, resource key) vs the simulator's
 * Vertex / Foundry stream directly with the equivalent request.
 */
function cloudSse(name: string, cloud: 'vertex' | 'foundry', concurrency: number): Scenario {
  const events = 50;
  const vertexPath = '/v1/projects/bench-project/locations/us-east5/publishers/anthropic/models/claude-haiku-4-5@20251001:streamRawPredict';
  return {
    name,
    title: `Native Anthropic SSE to Claude ${cloud === 'vertex' ? 'on Vertex AI (streamRawPredict)' : 'in Microsoft Foundry'}, concurrency ${concurrency}, ${events} events`,
    compared: cloud === 'vertex'
      ? 'gateway POST /v1/messages stream (vertex provider: Vertex body envelope, model in the path, bearer token) vs the simulator\'s streamRawPredict directly'
      : 'gateway POST /v1/messages stream (foundry provider) vs the simulator\'s /anthropic/v1/messages directly',
    concurrency,
    stream: true,
    events,
    paceMs: 0,
    upstream: 'simulator',
    kind: 'throughput',
    budget: 'sse-passthrough',
    gateway: anthropicStreamTo(`claude-${cloud}-bench`, events, 'claude-code-20250219,interleaved-thinking-2025-05-14'),
    direct: cloud === 'vertex'
      ? {
        path: vertexPath,
        headers: { 'content-type': 'application/json', authorization: 'Bearer ya29.bench-vertex-token', 'anthropic-beta': 'interleaved-thinking-2025-05-14', ...simHeaders(events, 0) },
        body: JSON.stringify({ anthropic_version: 'vertex-2023-10-16', max_tokens: 256, stream: true, messages: [{ role: 'user', content: PROMPT }] }),
        contentMarker: ANTHROPIC_CONTENT,
      }
      : {
        path: '/anthropic/v1/messages',
        headers: { 'content-type': 'application/json', 'x-api-key': 'bench-foundry-key', 'anthropic-version': '2023-06-01', 'anthropic-beta': 'claude-code-20250219,interleaved-thinking-2025-05-14', ...simHeaders(events, 0) },
        body: JSON.stringify({ model: 'claude-sonnet-5-5', max_tokens: 256, stream: true, messages: [{ role: 'user', content: PROMPT }] }),
        contentMarker: ANTHROPIC_CONTENT,
      },
  };
}

/** Passthrough SSE by a caller with a spend budget: a reservation before and a settlement after every request (memory store). */
function budgetedSse(name: string, concurrency: number): Scenario {
  const base = passthroughSse(name, concurrency, 0, 'throughput');
  return {
    ...base,
    title: `Native Anthropic SSE passthrough by a caller with a usd_per_day budget, concurrency ${concurrency}, 50 events, unpaced`,
    compared: 'as sse-passthrough, the caller having a spend budget (cost reserved before and settled after each request)',
    gateway: { ...base.gateway, headers: { ...base.gateway.headers, 'x-api-key': BUDGETED_CALLER_KEY } },
  };
}

/**
 * Passthrough SSE of Claude Code's request shape to a model that cannot take it
 * as sent (alias `claude-fit-bench` → claude-haiku-4-5): `max_tokens` 128000,
 * adaptive thinking and an effort level are fitted to the model's catalog row
 * (runtime/routing/model-fit.ts) and the body re-serialised, vs the fitted
 * request sent to the simulator directly.
 */
function fittedSse(name: string, concurrency: number): Scenario {
  const events = 50;
  const cc = { max_tokens: 128_000, stream: true, messages: [{ role: 'user', content: PROMPT }], thinking: { type: 'adaptive' }, output_config: { effort: 'high' } };
  return {
    name,
    title: `Native Anthropic SSE, Claude Code's request shape fitted to Claude Haiku 4.5, concurrency ${concurrency}, ${events} events`,
    compared: 'gateway POST /v1/messages stream (max_tokens clamped, adaptive → budget thinking, effort removed, body re-serialised) vs the fitted request to the simulator directly',
    concurrency,
    stream: true,
    events,
    paceMs: 0,
    upstream: 'simulator',
    kind: 'throughput',
    budget: 'sse-passthrough', // the request is re-serialised once; the stream is relayed as passthrough
    gateway: {
      path: '/v1/messages',
      headers: { 'content-type': 'application/json', 'x-api-key': CALLER_KEY, 'anthropic-version': '2023-06-01', ...simHeaders(events, 0) },
      body: JSON.stringify({ model: 'claude-fit-bench', ...cc }),
      contentMarker: ANTHROPIC_CONTENT,
    },
    direct: {
      path: '/v1/messages',
      headers: { 'content-type': 'application/json', 'x-api-key': 'sk-ant-bench-provider', 'anthropic-version': '2023-06-01', ...simHeaders(events, 0) },
      body: JSON.stringify({ model: 'claude-haiku-4-5', ...cc, max_tokens: 64_000, thinking: { type: 'enabled', budget_tokens: 38_400 }, output_config: undefined }),
      contentMarker: ANTHROPIC_CONTENT,
    },
  };
}

/** Every throughput/latency scenario, in run order. */
export const SCENARIOS: Scenario[] = [
  translatedJson('json-translated', 50, 'throughput'),
  transcodedSse('sse-transcoded', 100, 0, 'throughput'),
  transcodedSse('sse-transcoded-paced', 100, 20, 'throughput'),
  passthroughSse('sse-passthrough', 100, 0, 'throughput'),
  passthroughSse('sse-passthrough-paced', 100, 20, 'throughput'),
  translatedJson('json-translated-burst', 50, 'throughput', 'burst'),
  transcodedSse('sse-transcoded-burst', 100, 0, 'throughput', 'burst'),
  passthroughSse('sse-passthrough-burst', 100, 0, 'throughput', 'burst'),
  dialectSse('sse-dialect-translated', 100, 'throughput'),
  geminiSse('sse-gemini-translated', 100, 'throughput'),
  bedrockSse('sse-bedrock', 100, 'throughput'),
  cloudSse('sse-vertex', 'vertex', 100),
  cloudSse('sse-foundry', 'foundry', 100),
  geminiCallerSse('sse-gemini-ingress', 100, 'throughput'),
  translatedJson('latency-json', 1, 'latency'),
  transcodedSse('latency-ttfb-transcoded', 1, 0, 'latency'),
  passthroughSse('latency-ttfb-passthrough', 1, 0, 'latency'),
  budgetedSse('sse-passthrough-budgeted', 100),
  fittedSse('sse-passthrough-fitted', 100),
  anthropicToOpenai('json-anthropic-to-openai', false, 50, 'throughput'),
  anthropicToOpenai('sse-anthropic-to-openai', true, 100, 'throughput'),
  responsesTranslated('sse-responses-translated', 100, true, 'throughput'),
  responsesTranslated('json-responses-translated', 50, false, 'throughput'),
  responsesWs('responses-ws-translated', 50, 'throughput'),
];

/** The raw request of one idle stream (passthrough, the simulator stalls after the first content). */
export function idleRequest(gwPort: number, stallMs: number, direct = false): Buffer {
  const body = JSON.stringify({ model: direct ? 'claude-sonnet-4-5' : 'claude-bench', max_tokens: 256, stream: true, messages: [{ role: 'user', content: PROMPT }] });
  return Buffer.from(
    `POST /v1/messages HTTP/1.1\r\nhost: 127.0.0.1:${gwPort}\r\ncontent-type: application/json\r\nx-api-key: ${direct ? 'sk-ant-bench-provider' : CALLER_KEY}\r\n` +
      `anthropic-version: 2023-06-01\r\nx-sim-events: 50\r\nx-sim-fault: stall-after:5:${stallMs}\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
