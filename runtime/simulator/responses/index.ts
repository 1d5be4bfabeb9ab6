/**
 * Simulated OpenAI Responses API upstream (HTTP, SSE and WebSocket mode): the
 * test oracle for Responses ingress and native passthrough (issue 14). It is
 * the built-in simulator's OpenAI provider (../index.ts, `switchyard simulate`,
 * the embedded default); `startResponsesSimulator` starts that simulator and
 * hands out its Responses view. Handlers: ./handler.ts; WebSocket mode:
 * ./ws.ts; synthesis: ./synth.ts.
 *
 * Base URL for the openai SDK: `http://127.0.0.1:PORT/v1`. Routes (each also
 * without the `/v1` prefix):
 * - `POST /v1/responses` — JSON, or SSE with `stream: true`; `background: true`
 *   (non-stream) answers `status: "queued"` and completes after `x-sim-batch-ms`.
 * - `GET /v1/responses/{id}`, `DELETE /v1/responses/{id}` (→ `{id, object: "response", deleted: true}`),
 *   `GET /v1/responses/{id}/input_items` (`limit` 1..100 default 20, `order` desc default, `after`;
 *   → `{object: "list", data, first_id, last_id, has_more}`; this request's input items only),
 *   `POST /v1/responses/{id}/cancel` (background responses only; else 400),
 *   `POST /v1/responses/input_tokens` (→ `{object: "response.input_tokens", input_tokens}`).
 * - WebSocket mode: `GET /v1/responses` with `Upgrade: websocket`.
 * - `GET /health` (no auth). Anything else: 404 `Invalid URL (METHOD /path)`.
 *
 * Auth: `Authorization: Bearer <key>`; missing → 401, a key starting `bad-` → 401
 * `invalid_api_key`; the WebSocket upgrade is refused with the same 401 JSON.
 * Stored responses are visible only to the key that created them (another key
 * gets 404 / `previous_response_not_found`, like another OpenAI project).
 * Errors: `{"error": {"message", "type", "param", "code"}}` with OpenAI's
 * messages for: unparsable JSON, missing `model` (`missing_required_parameter`),
 * `max_output_tokens` < 16 (`integer_below_min_value`), unknown
 * `previous_response_id` (400 `previous_response_not_found`), a
 * `function_call_output` whose `call_id` is not in the conversation (400 "No tool
 * call found for function call output with call_id …"), a reasoning item whose
 * `encrypted_content` this simulator did not issue (400 `invalid_encrypted_content`).
 *
 * Output (the SDK's `Response` type): `message` items (`output_text` with
 * `annotations: []`, `logprobs: []`; text "word0 word1 …", or a JSON value valid
 * for `text.format` json_schema), `function_call` items (`id` fc_…, `call_id`
 * call_…, `name`, `arguments`, `namespace` for a tool inside a Codex
 * `namespace` tool), `reasoning` items when `reasoning.effort` (not "none") or
 * `reasoning.summary` is set (`summary` text only with `reasoning.summary`;
 * `encrypted_content` only with `include: ["reasoning.encrypted_content"]`),
 * usage `{input_tokens, input_tokens_details: {cached_tokens, cache_write_tokens},
 * output_tokens, output_tokens_details: {reasoning_tokens}, total_tokens}`. With
 * `previous_response_id`, `cached_tokens` is the previous context's size when it
 * is ≥ 1024 tokens, in 128-token steps (OpenAI's prompt-caching granularity).
 * `max_output_tokens` caps reasoning + text: beyond it the response is
 * `status: "incomplete"`, `incomplete_details.reason: "max_output_tokens"`.
 *
 * SSE framing: `event: <type>\ndata: <json>\n\n`, no `[DONE]`. Event order:
 * `response.created`, `response.in_progress` (both with `status: "in_progress"`,
 * `output: []`), then per item `response.output_item.added` …
 * (`reasoning_summary_part.added`, `reasoning_summary_text.delta`/`.done`,
 * `reasoning_summary_part.done` | `content_part.added`, `output_text.delta`/`.done`,
 * `content_part.done` | `function_call_arguments.delta`/`.done`)
 * `response.output_item.done`, then `response.completed` or `response.incomplete`.
 * `sequence_number` starts at 0 and increases by 1. Delta events carry
 * `obfuscation` unless `stream_options.include_obfuscation: false`. A mid-stream
 * failure is, as recorded from OpenAI (./recordings/openai-error.1.chunks.txt),
 * `event: error` with `{type: "error", sequence_number, error: {type, code,
 * message, param}}` (nested, as the SDK's lib/responses/ResponseStream.ts notes for
 * first-party) followed by `response.failed` (`status: "failed"`, `error: {code,
 * message}`, `output: []`, `usage: null`); `x-sim-stream-error: error` sends only
 * the first, `failed` only the second. Event and object key sets are checked
 * against recorded OpenAI streams (test/simulator-responses-recorded.test.ts).
 *
 * WebSocket mode (OpenAI guide developers.openai.com/api/docs/guides/websocket-mode;
 * SDK types `ResponsesClientEvent`, `ResponsesServerEvent` and client
 * resources/responses/ws.ts): the client sends `{"type": "response.create", …create
 * body}` text messages (`stream` implicit and ignored, `background` rejected);
 * the server answers each with the same event objects as SSE, one JSON text
 * message per event (echoing `stream_id` when given). Turns run one at a time
 * in order. The connection keeps its most recent response in memory, so
 * `previous_response_id` chains `store: false` turns (only the latest one; a
 * failed turn evicts it); stored responses chain as over HTTP. `generate: false`
 * (warm-up) answers `response.created`, `response.in_progress`,
 * `response.completed` with empty output. Errors are `{type: "error", status,
 * error: {type, code, message, param}}` (SDK `ResponseWsError`) and keep the
 * socket open; after `wsMaxAgeMs` (OpenAI: 60 min) the server sends
 * `websocket_connection_limit_reached` and closes (1000).
 *
 * Controls (../controls.ts grammar; header or model suffix `?k=v`): `x-sim-fault`
 * (`status:CODE[:RETRY_AFTER]`, `error-after:N`, `reset-after:N`, `stall-ms:MS`,
 * `stall-after:N:MS`, `error-before-content`), `x-sim-stream-error: both|error|failed`
 * (form of a mid-stream failure), `x-sim-events` (words, default 8),
 * `x-sim-pace-ms`, `x-sim-tool`/`x-sim-tool-input` (or a `[sim-tool:NAME(:{json})]`
 * marker in the last user message; only while the last input item is not a
 * tool output), `x-sim-batch-ms` (background completion delay). Over WebSocket
 * the upgrade request's `x-sim-*` headers apply to every turn and the model
 * suffix per turn; `queueFaults` entries are consumed one per create (HTTP or
 * WebSocket turn) that passed validation. "events" = stream events of any type.
 * Not simulated: `GET /v1/responses/{id}?stream=true` (resuming a background
 * stream), `conversation`, `prompt` templates, built-in tool calls (web_search,
 * file_search, …: accepted in `tools`, never called), `response.steer`.
 *
 * What real clients send (observed against this simulator by
 * test/simulator-responses-clients.test.ts; versions pinned in package.json):
 * - openai SDK 7.57 `ResponsesWS` (openai/resources/responses/ws): WebSocket to
 *   `ws(s)://<baseURL>/responses` with `Authorization: Bearer`, one
 *   `response.create` message per turn.
 * - OpenAI Agents SDK 0.20 (`@openai/agents`, default model = Responses):
 *   over HTTP, `POST /v1/responses` with `stream: false` (true when run streamed),
 *   `include: []`, `reasoning: {effort: "none"}`, `text: {verbosity: "low"}`,
 *   function tools with `strict: true`, and the FULL history each call (no
 *   `previous_response_id`); user-agent `Agents/JavaScript 0.20.0`. With
 *   `setOpenAIResponsesTransport("websocket")` it opens a new socket per model
 *   call (needs a global WebSocket taking `{headers}`; Node 20 has none) and
 *   sends `response.create` with `stream: true` and the full history.
 * - Codex CLI 0.171 (`codex exec`, custom provider with `wire_api = "responses"`,
 *   `supports_websockets = true`): one WebSocket on `GET /v1/responses` with
 *   headers `authorization`, `openai-beta: responses_websockets=2026-02-06`,
 *   `originator: codex_exec`, `user-agent: codex_exec/0.171.0 (…)`, `session-id`,
 *   `thread-id`, `x-client-request-id`, `x-codex-window-id`,
 *   `x-codex-turn-metadata` (JSON), `x-codex-beta-features`, and a
 *   permessage-deflate offer. First a warm-up `response.create` with
 *   `generate: false` (developer message only), then each request chains with
 *   `previous_response_id` and sends only the NEW input items (after a tool
 *   call: just the `function_call_output`). Every message has `stream: true`
 *   (despite the guide), `store: false`, `include: ["reasoning.encrypted_content"]`,
 *   `prompt_cache_key` (the session id), `client_metadata` (session/thread/turn ids,
 *   turn metadata JSON), `tool_choice: "auto"`, `parallel_tool_calls: true`, no
 *   `instructions` (they travel as a developer message). Known models (gpt-5.5)
 *   get `reasoning: {effort: "medium"}`, `text: {verbosity: "low"}` and tools
 *   `function` (exec_command, write_stdin, …), `custom` (apply_patch),
 *   `tool_search`, `web_search`; an unknown model gets `reasoning: {summary: "auto"}`
 *   and a `namespace` tool (multi_agent_v1). Refused upgrade (404): Codex retries
 *   the upgrade `stream_max_retries` times (default 5; ~7 s measured here) and
 *   falls back to `POST /v1/responses` (`accept: text/event-stream`, the whole
 *   input, no `previous_response_id`); with retries 0 the fallback is immediate.
 */
import { startSimulator, type RecordedRequest, type Simulator } from '../index.ts';
import { checkFaultSpec, type ResponsesState } from './handler.ts';

export { ResponsesState, ResponsesWsSession, handleResponsesRequest, type ResponsesReply, type ResponsesRequest, type WsPeer } from './handler.ts';

/** Options of `startResponsesSimulator`. */
export interface ResponsesSimulatorOptions {
  /** Interface; default 127.0.0.1. */
  host?: string;
  /** TCP port; 0 (default) picks a free one. */
  port?: number;
  /** Size of the `requests` ring (default 1000). */
  recordLimit?: number;
  /** Maximum request body (default 64 MiB; larger → 413). */
  maxBodyBytes?: number;
  /** WebSocket connection lifetime before `websocket_connection_limit_reached` (default 60 min). */
  wsMaxAgeMs?: number;
  /** Maximum stored responses (default 10 000; oldest dropped). */
  maxStored?: number;
  /** Serve WebSocket mode (default true); false answers the upgrade like a server without it. */
  websocket?: boolean;
}

/** One request (or WebSocket upgrade, with its `wsMessages`) as received: the simulator's RecordedRequest. */
export type ResponsesRecordedRequest = RecordedRequest;

/** A running simulator seen as a Responses API upstream. */
export interface ResponsesSimulator extends Pick<Simulator, 'port' | 'url' | 'requests' | 'queueFaults' | 'setDefaultFault' | 'reset' | 'close'> {
  /** Shared Responses state (store, fault queue, default fault). */
  state: ResponsesState;
}

/**
 * Starts the built-in simulator for Responses API tests (SDK base URL
 * `${url}/v1`; WebSocket `ws://127.0.0.1:PORT/v1/responses`).
 * @returns the running simulator; `close()` it when done
 */
export async function startResponsesSimulator(opts: ResponsesSimulatorOptions = {}): Promise<ResponsesSimulator> {
  const sim = await startSimulator({
    host: opts.host ?? '127.0.0.1', port: opts.port ?? 0,
    ...(opts.recordLimit !== undefined ? { recordLimit: opts.recordLimit } : {}),
    ...(opts.maxBodyBytes !== undefined ? { maxBodyBytes: opts.maxBodyBytes } : {}),
    ...(opts.wsMaxAgeMs !== undefined ? { wsMaxAgeMs: opts.wsMaxAgeMs } : {}),
    ...(opts.maxStored !== undefined ? { maxStoredResponses: opts.maxStored } : {}),
    ...(opts.websocket !== undefined ? { websocket: opts.websocket } : {}),
  });
  return {
    get port() { return sim.port; },
    get url() { return sim.url; },
    requests: sim.requests,
    state: sim.responses,
    queueFaults: (specs) => {
      for (const s of specs) checkFaultSpec(s);
      sim.queueFaults(specs);
    },
    setDefaultFault: (spec) => {
      if (spec !== null) checkFaultSpec(spec);
      sim.setDefaultFault(spec);
    },
    reset: () => sim.reset(),
    close: () => sim.close(),
  };
}
