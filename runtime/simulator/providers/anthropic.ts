/**
 * The simulated Anthropic API (base URL `http://host:port`): `POST /v1/messages`
 * (JSON or SSE per body `stream`), `POST /v1/messages/count_tokens`,
 * `POST /v1/complete`, Message Batches (`POST|GET /v1/messages/batches`,
 * `GET|DELETE /v1/messages/batches/:id`, `GET /v1/messages/batches/:id/results`,
 * `POST /v1/messages/batches/:id/cancel`). Auth: `x-api-key` or
 * `authorization: Bearer`. Answers carry `request-id`. Shapes: ../anthropic.ts
 * (wire-formats.md §1).
 */
import {
  anthropicCompletion, anthropicCompletionEvents, anthropicErrorBody, anthropicErrorEvent, anthropicMessage, anthropicStreamEvents, pickAnthropicTool, thinkingTurnError, wantsThinking,
  type AnthropicSynthInput,
} from '../anthropic.ts';
import { parseBatchCreate } from '../batches.ts';
import { estimateTokens } from '../synth.ts';
import type { Controls } from '../controls.ts';
import { HttpError, num, requireFields, type Json, type SimExchange, type SimulatedProvider } from './types.ts';

const id = '([A-Za-z0-9_-]+)';

/**
 * What the Claude generators (../anthropic.ts) need for one Messages request:
 * the answer's model and id, input tokens from the body size, the controls'
 * event count (else the body's max_tokens), the tool to call and whether to think.
 * Shared by every simulated API that serves Claude (Anthropic, Vertex AI, Foundry).
 */
export function claudeSynthInput(ex: SimExchange, body: Json, c: Controls, model: string, msgId: string): AnthropicSynthInput {
  return {
    model,
    id: msgId,
    inputTokens: estimateTokens(ex.rec.body.length),
    words: c.events,
    maxTokens: c.eventsExplicit ? undefined : num(body.max_tokens),
    tool: pickAnthropicTool(body, c.tool, c.toolInput),
    thinking: wantsThinking(body),
  };
}
const notFound = (bid: string) => new HttpError(404, `Message batch not found: ${bid}`);

export const anthropic: SimulatedProvider = {
  name: 'anthropic',
  routes: [
    {
      method: 'POST', path: '/messages', json: true,
      handler: (ex, body, c) => {
        requireFields(anthropic, body, [['model', 'string'], ['messages', 'array'], ['max_tokens', 'number']]);
        const thinkingError = thinkingTurnError(body);
        if (thinkingError !== undefined) throw new HttpError(400, thinkingError);
        const inp = claudeSynthInput(ex, body, c, body.model as string, `msg_sim_${ex.seq}`);
        return body.stream === true ? ex.sse(anthropicStreamEvents(inp)) : ex.json(200, anthropicMessage(inp));
      },
    },
    {
      method: 'POST', path: '/messages/count_tokens', json: true,
      handler: (ex, body) => {
        requireFields(anthropic, body, [['model', 'string'], ['messages', 'array']]);
        return ex.json(200, { input_tokens: estimateTokens(ex.rec.body.length) });
      },
    },
    {
      method: 'POST', path: '/complete', json: true,
      handler: (ex, body, c) => {
        requireFields(anthropic, body, [['model', 'string'], ['prompt', 'string'], ['max_tokens_to_sample', 'number']]);
        const model = body.model as string;
        const n = c.eventsExplicit ? c.events : Math.min(c.events, num(body.max_tokens_to_sample) ?? c.events);
        const cid = `compl_sim_${ex.seq}`;
        return body.stream === true ? ex.sse(anthropicCompletionEvents(model, cid, n)) : ex.json(200, anthropicCompletion(model, cid, n));
      },
    },
    {
      method: 'POST', path: '/messages/batches', json: true,
      handler: (ex, body, c) => {
        const reqs = parseBatchCreate(body);
        if (typeof reqs === 'string') throw new HttpError(400, reqs);
        return ex.json(200, ex.batches.create(reqs, c.batchMs, ex.baseUrl()));
      },
    },
    { method: 'GET', path: '/messages/batches', json: false, handler: (ex) => ex.json(200, ex.batches.list(ex.url, ex.baseUrl())) },
    {
      method: 'GET', path: `/messages/batches/${id}`, json: false,
      handler: (ex, _b, _c, [bid = '']) => {
        const b = ex.batches.get(bid, ex.baseUrl());
        if (!b) throw notFound(bid);
        return ex.json(200, b);
      },
    },
    {
      method: 'DELETE', path: `/messages/batches/${id}`, json: false,
      handler: (ex, _b, _c, [bid = '']) => {
        const r = ex.batches.delete(bid);
        if (r === 'not_found') throw notFound(bid);
        if (r === 'in_progress') throw new HttpError(400, 'Message batches can only be deleted once they have finished processing.');
        return ex.json(200, { id: bid, type: 'message_batch_deleted' });
      },
    },
    {
      method: 'GET', path: `/messages/batches/${id}/results`, json: false,
      handler: (ex, _b, _c, [bid = '']) => {
        const r = ex.batches.results(bid);
        if (r === 'not_found') throw notFound(bid);
        if (r === 'in_progress') throw new HttpError(400, `Message batch ${bid} has not finished processing; results are not available yet.`);
        return ex.raw(200, 'application/x-jsonl', Buffer.from(r));
      },
    },
    {
      method: 'POST', path: `/messages/batches/${id}/cancel`, json: false,
      handler: (ex, _b, _c, [bid = '']) => {
        const b = ex.batches.cancel(bid, ex.baseUrl());
        if (!b) throw notFound(bid);
        return ex.json(200, b);
      },
    },
  ],
  claims: (path, headers) => headers['anthropic-version'] !== undefined || path.includes('/messages') || path.endsWith('/complete'),
  apiKey(headers) {
    const bearer = /^Bearer\s+(.+)$/i.exec(headers.authorization ?? '')?.[1]?.trim();
    return headers['x-api-key'] || bearer;
  },
  missingKeyMessage: 'x-api-key header is required',
  badKey: () => new HttpError(401, 'invalid x-api-key'),
  headers: (reqId) => [['request-id', reqId], ['x-switchyard-simulator', '1']],
  errorBody: (ex, status, message) => anthropicErrorBody(status, ex.reqId, message),
  rateLimitHeaders: () => [['anthropic-ratelimit-requests-remaining', '0']],
  errorEvent: anthropicErrorEvent,
  missingField: (name) => new HttpError(400, `${name}: Field required`),
  invalidJsonMessage: 'There was an issue with the request body: expected a JSON object.',
  notFoundMessage: (_method, _path, pathKnown) => (pathKnown ? 'Method not allowed' : 'Not Found'),
  models() {
    const ids = ['claude-opus-5-5', 'claude-sonnet-5-5', 'claude-haiku-5-5', 'claude-sonnet-4-5', 'claude-haiku-4-5'];
    const data = ids.map((m) => ({ type: 'model', id: m, display_name: m, created_at: '2025-01-01T00:00:00Z' }));
    return { data, has_more: false, first_id: ids[0], last_id: ids[ids.length - 1] };
  },
};
