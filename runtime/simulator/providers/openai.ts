/**
 * The simulated OpenAI API (base URL `http://host:port/v1`):
 * `POST /v1/chat/completions` (JSON or SSE), `POST /v1/completions`,
 * `POST /v1/embeddings`, and the Responses API (`POST /v1/responses`,
 * `GET|DELETE /v1/responses/{id}`, `GET /v1/responses/{id}/input_items`,
 * `POST /v1/responses/{id}/cancel`, `POST /v1/responses/input_tokens`; its
 * behaviour, faults and wire facts: ../responses/). Auth: `authorization: Bearer`. Answers carry
 * `x-request-id`, `openai-version`, `openai-processing-ms`. Shapes: ../openai.ts
 * (wire-formats.md §2).
 */
import {
  openaiChatCompletion, openaiChatStreamEvents, openaiCompletion, openaiCompletionEvents, openaiEmbeddings, openaiErrorBody, openaiErrorEvent, pickOpenAITool,
} from '../openai.ts';
import { estimateTokens } from '../synth.ts';
import { handleResponsesRequest } from '../responses/handler.ts';
import type { Controls } from '../controls.ts';
import { HttpError, isObj, num, requireFields, type DirectSimRoute, type Json, type Plan, type SimExchange, type SimulatedProvider } from './types.ts';

/** The Responses API routes: one handler (../responses/handler.ts) answers them all, with its own faults and store. */
const responsesRoute = (method: DirectSimRoute['method'], path: string): DirectSimRoute => ({
  method, path,
  direct: (ex, reply) => handleResponsesRequest(ex.responses, { method: ex.rec.method, path: ex.rec.path, query: ex.rec.query, headers: ex.rec.headers, body: ex.rec.body }, reply),
});

/** What a provider dialect changes in a synthesized chat completion (./dialects.ts). */
export interface ChatDialectOptions {
  /** Reasoning streamed before the answer, in the dialect's field. */
  reasoning?: { field: string; deltas: string[] } | undefined;
  /** Tool-call id following the dialect's rule. */
  toolCallId?: string | undefined;
  /** false: `stream_options.include_usage` is ignored (no usage chunk). */
  streamUsage?: boolean;
}

/** `POST /chat/completions` of `p` (OpenAI or an OpenAI-compatible dialect): JSON or SSE per `stream`. */
export function chatCompletion(p: SimulatedProvider, ex: SimExchange, body: Json, c: Controls, o: ChatDialectOptions = {}): Plan {
  requireFields(p, body, [['model', 'string'], ['messages', 'array']]);
  const so = body.stream_options;
  const inp = {
    model: body.model as string,
    id: `chatcmpl-sim${ex.seq}`,
    created: Math.floor(Date.now() / 1000),
    promptTokens: estimateTokens(ex.rec.body.length),
    words: c.events,
    maxTokens: c.eventsExplicit ? undefined : (num(body.max_completion_tokens) ?? num(body.max_tokens)),
    tool: pickOpenAITool(body, c.tool, c.toolInput),
    includeUsage: isObj(so) && so.include_usage === true && o.streamUsage !== false,
    reasoning: o.reasoning,
    toolCallId: o.toolCallId,
  };
  return body.stream === true ? ex.sse(openaiChatStreamEvents(inp)) : ex.json(200, openaiChatCompletion(inp));
}

export const openai: SimulatedProvider = {
  name: 'openai',
  routes: [
    { method: 'POST', path: '/chat/completions', json: true, handler: (ex, body, c) => chatCompletion(openai, ex, body, c) },
    {
      method: 'POST', path: '/completions', json: true,
      handler: (ex, body, c) => {
        requireFields(openai, body, [['model', 'string'], ['prompt', 'any']]);
        const so = body.stream_options;
        const inp = {
          model: body.model as string,
          id: `cmpl-sim${ex.seq}`,
          created: Math.floor(Date.now() / 1000),
          promptTokens: estimateTokens(ex.rec.body.length),
          words: c.events,
          maxTokens: c.eventsExplicit ? undefined : num(body.max_tokens),
          includeUsage: isObj(so) && so.include_usage === true,
        };
        return body.stream === true ? ex.sse(openaiCompletionEvents(inp)) : ex.json(200, openaiCompletion(inp));
      },
    },
    {
      method: 'POST', path: '/embeddings', json: true,
      handler: (ex, body) => {
        requireFields(openai, body, [['model', 'string'], ['input', 'any']]);
        const dims = num(body.dimensions);
        const out = openaiEmbeddings(body.model as string, body.input, dims !== undefined && dims > 0 ? Math.min(4096, Math.floor(dims)) : 8, body.encoding_format === 'base64');
        if (!out) throw new HttpError(400, "'input' : input must be a string, an array of strings or an array of token arrays", 'input', 'invalid_value');
        return ex.json(200, out);
      },
    },
  ],
  directRoutes: [
    responsesRoute('POST', '/responses'),
    responsesRoute('POST', '/responses/input_tokens'),
    responsesRoute('GET', '/responses/([A-Za-z0-9_-]+)'),
    responsesRoute('DELETE', '/responses/([A-Za-z0-9_-]+)'),
    responsesRoute('GET', '/responses/([A-Za-z0-9_-]+)/input_items'),
    responsesRoute('POST', '/responses/([A-Za-z0-9_-]+)/cancel'),
  ],
  claims: () => true,
  apiKey: (headers) => /^Bearer\s+(.+)$/i.exec(headers.authorization ?? '')?.[1]?.trim(),
  missingKeyMessage: "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
  badKey: (masked) => new HttpError(401, `Incorrect API key provided: ${masked}. You can find your API key at https://platform.openai.com/account/api-keys.`, null, 'invalid_api_key'),
  headers: (reqId) => [['x-request-id', reqId], ['openai-version', '2020-10-01'], ['openai-processing-ms', '1'], ['x-switchyard-simulator', '1']],
  errorBody(ex, status, message, err) {
    const body = openaiErrorBody(status, message, ex.model);
    const e = body.error as Json;
    if (err?.param) e.param = err.param;
    if (err?.code) e.code = err.code;
    return body;
  },
  rateLimitHeaders: (retryAfter) => [['x-ratelimit-remaining-requests', '0'], ['x-ratelimit-reset-requests', `${retryAfter}s`]],
  errorEvent: openaiErrorEvent,
  missingField: (name) => new HttpError(400, `Missing required parameter: '${name}'.`, name, 'missing_required_parameter'),
  invalidJsonMessage: "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON.)",
  notFoundMessage: (method, path) => `Invalid URL (${method} ${path})`,
  models() {
    const ids = ['gpt-4o', 'gpt-4.1-nano', 'gpt-5-nano', 'text-embedding-3-small'];
    return { object: 'list', data: ids.map((m) => ({ id: m, object: 'model', created: 1735689600, owned_by: 'switchyard-sim' })) };
  },
};
