/**
 * `POST /v1/responses/input_tokens` through an upstream that can count.
 *
 * - A native Responses upstream (OpenAI: `POST /responses/input_tokens`) is
 *   reached by the executor like any passthrough route; nothing here.
 * - An Anthropic target: the Responses request is mapped to a Messages
 *   request by the same mapper as `POST /v1/responses` (runtime/transcode/),
 *   reduced to the fields Anthropic's token counting takes (`model`,
 *   `messages`, `system`, `tools`, `tool_choice`, `thinking`), sent to
 *   `POST /v1/messages/count_tokens` through the executor (retries, failover,
 *   breakers, provider keys as any request), and its `{input_tokens}` answered
 *   as `{object: "response.input_tokens", input_tokens}`. Upstream errors come
 *   back in OpenAI's envelope (the transcoder's error mapping).
 * Other targets cannot count (their capability tables say so at resolve time);
 * the count is never estimated.
 *
 * Source: OpenAI API reference "Responses → Input token counts"
 * (https://platform.openai.com/docs/api-reference/responses/input-tokens);
 * Anthropic "Count message tokens" (https://docs.anthropic.com/en/api/messages-count-tokens).
 */
import { matchRoute } from '../../generated/routes.ts';
import { GatewayError } from '../errors.ts';
import type { GatewayState, Incoming } from '../pipeline.ts';
import type { Plan } from '../routing/index.ts';
import type { RequestRecorder } from '../recorder.ts';
import type { ResponseSink } from '../server/sink.ts';
import { selectTranscoder } from '../transcode/index.ts';
import { execute } from '../upstream/executor.ts';
import { eventSink } from './event-sink.ts';

/** Fields of a Messages request that Anthropic's count_tokens accepts. */
const COUNT_FIELDS = ['model', 'messages', 'system', 'tools', 'tool_choice', 'thinking'] as const;

/**
 * Answers a Responses input-token count through the plan's Anthropic targets.
 * Returns false (nothing done) for any other route or when no target needs the
 * mapping (native targets: the executor relays them).
 * @throws GatewayError as the executor does (no upstream answered), or 400 from the mapping
 */
export async function countInputTokens(state: GatewayState, req: Incoming, sink: ResponseSink, plan: Plan, json: Record<string, unknown>, rec: RequestRecorder): Promise<boolean> {
  if (req.route.ingressFormat !== 'openai-responses' || req.route.operation !== 'input_tokens') return false;
  const anthropic = plan.attempts.filter((a) => a.mode === 'transcode' && a.upstreamFormat === 'anthropic-messages');
  if (anthropic.length === 0) return false;
  const first = anthropic[0] as (typeof anthropic)[number];
  const transcoder = selectTranscoder('openai-responses', 'anthropic-messages');
  const mapped = transcoder.mapRequest({ ...json, stream: false }, {
    alias: plan.alias, upstreamModel: first.target.model, unsupportedParams: plan.aliasConfig.unsupportedParams, defaultMaxTokens: 4096,
  });
  const body: Record<string, unknown> = {};
  for (const k of COUNT_FIELDS) if (mapped.body[k] !== undefined) body[k] = mapped.body[k];
  const route = matchRoute('POST', '/v1/messages/count_tokens', 'main');
  if (!route) throw new GatewayError('api_error', 'POST /v1/messages/count_tokens is not routed.', { expose: false });
  const countReq: Incoming = { ...req, path: '/v1/messages/count_tokens', route: route.route, params: {}, body: Buffer.from(JSON.stringify(body)) };
  // The Anthropic targets, reached natively with the mapped body.
  const countPlan: Plan = { ...plan, attempts: anthropic.map((a) => ({ ...a, mode: 'passthrough' as const })) };
  let answer: { status: number; json: string } | null = null;
  const capture = eventSink({ event: () => true, answer: (status, text) => { answer = { status, json: text }; }, end: () => undefined });
  sink.onAbort(() => capture.abort());
  await execute(state, countReq, capture.sink, countPlan, body, rec);
  const got = answer as { status: number; json: string } | null;
  if (!got) return true; // the caller went away
  let parsed: unknown = null;
  try { parsed = JSON.parse(got.json); } catch { /* not JSON */ }
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-switchyard-request-id': req.id };
  if (got.status >= 400) {
    const m = transcoder.mapError(got.status, parsed);
    sink.send(m.status, headers, JSON.stringify(m.body));
    return true;
  }
  const n = (parsed as { input_tokens?: unknown } | null)?.input_tokens;
  if (typeof n !== 'number') throw new GatewayError('upstream_unavailable', `Upstream ${first.provider.name} answered token counting without input_tokens.`);
  if (mapped.dropped.length) headers['x-switchyard-dropped-params'] = mapped.dropped.join(',');
  sink.send(200, headers, JSON.stringify({ object: 'response.input_tokens', input_tokens: n }));
  return true;
}
