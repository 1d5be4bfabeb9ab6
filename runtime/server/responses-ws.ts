/**
 * WebSocket mode of the Responses API (issue 14): `GET /v1/responses` (and
 * `/openai/v1/responses`) with `Upgrade: websocket`, as Codex CLI ≥ 0.118 and
 * the openai SDK's `ResponsesWS` open it. Follows OpenAI's guide
 * (developers.openai.com/api/docs/guides/websocket-mode) and what Codex
 * 0.171 sends and expects (codex-rs/codex-api/src/endpoint/responses_websocket.rs;
 * observed in test/simulator-responses-clients.test.ts):
 *
 * - Upgrade: the caller key (`Authorization: Bearer`, or `x-api-key`) is
 *   checked BEFORE the upgrade; a missing or unknown key gets the HTTP 401 in
 *   OpenAI's envelope and no socket (a draining gateway: 503). The upgrade's
 *   other headers (Codex's `session-id`, `originator`, `x-codex-*`, …) apply to
 *   every response on the socket, as request headers of each turn.
 * - Client messages (text, JSON): `{"type":"response.create", …create body}`.
 *   Each runs through the same pipeline as `POST /v1/responses` with
 *   `stream: true` (runtime/responses/entry.ts `createResponse`: auth, limits,
 *   routing, failover, translation or native passthrough, usage and cost per
 *   response, the response store); `stream` and `stream_id` in the message are
 *   ignored (responses run one at a time, in order of arrival; at most
 *   `MAX_QUEUED` messages may wait, more get a 429 error message). Codex's
 *   `response.processed` acknowledgment needs no answer and gets none.
 * - Server messages: the SSE stream's event objects, one JSON text message per
 *   event (`response.created` … `response.completed` / `.incomplete` /
 *   `.failed`, or a mid-stream `error` event). An error before the stream
 *   began (bad message, unknown model, 401/429/5xx) is one message
 *   `{"type":"error","status":N,"error":{"type","code","message","param"}}`
 *   (the openai SDK's `ResponseWsError`; Codex maps `status` to its HTTP error
 *   handling, e.g. retry on 429/5xx); the socket stays open.
 * - Chaining: `previous_response_id` resolves against this connection's own
 *   latest response first (also a `store: false` one, as OpenAI keeps it in
 *   connection memory; Codex chains this way and sends only new items), then
 *   the response store (runtime/responses/).
 * - `generate: false` (warm-up; Codex sends one per connection before the
 *   first turn, then chains to it): answered here without an upstream call —
 *   `response.created`, `response.in_progress`, `response.completed` with an
 *   empty output and zero usage — after checking the caller may use the
 *   model; its input is kept so the next `previous_response_id` carries it.
 * - Flow control: an event the socket cannot take at once (buffered amount
 *   above 256 KiB) pauses the upstream relay until uWS's `drain` (the same
 *   backpressure path as SSE, through the ResponseSink). Idle sockets get
 *   uWS's automatic pings (a dead peer is closed after `IDLE_TIMEOUT_S`); a
 *   connection lives at most `MAX_AGE_MS` (OpenAI: 60 min), then gets
 *   `websocket_connection_limit_reached` (Codex reconnects) and a 1000 close.
 * - Close: a socket closed by the client aborts the response in flight (its
 *   upstream request too); a gateway shutting down lets the response in flight
 *   finish, then closes with 1001.
 */
import type { WebSocket, WebSocketBehavior, us_socket_context_t } from 'uWebSockets.js';
import { randomBytes } from 'node:crypto';
import { WIRE_FORMATS } from '../../generated/formats.ts';
import { uws, type HttpRequest, type HttpResponse, type TemplatedApp } from './uws.ts';
import { ResponseSink } from './sink.ts';
import { GatewayError, toGatewayError } from '../errors.ts';
import { codecFor, sendError } from '../formats/index.ts';
import { authenticate, type Caller } from '../auth/index.ts';
import { resolve } from '../routing/index.ts';
import { ownerOf } from '../security/owners.ts';
import type { GatewayState } from '../pipeline.ts';
import { createResponse, eventSink, type ConnectionResponses, type EventSink } from '../responses/entry.ts';
import { inputItems, responseStoreOf } from '../responses/index.ts';

type Json = Record<string, unknown>;

/** Buffered bytes above which the relay pauses until `drain`. */
export const WS_HIGH_WATER = 256 * 1024;
/** Seconds without traffic before uWS pings (and then closes a peer that does not answer). */
export const IDLE_TIMEOUT_S = 120;
/** Lifetime of one connection (OpenAI's WebSocket mode: 60 minutes). */
export const MAX_AGE_MS = 60 * 60 * 1000;
/** Messages a socket may have waiting behind the response in flight; more are answered with a 429 error message. */
export const MAX_QUEUED = 16;

/** What the WebSocket mode needs from the gateway (runtime/server/app.ts). */
export interface ResponsesWsHost {
  /** The current state (a reload swaps it; each response uses the state of its start). */
  state(): GatewayState;
  /** The main listener's base URL. */
  origin(): string;
  /** The gateway is shutting down: refuse upgrades. */
  closing(): boolean;
  /** A response starts / ends (the gateway's in-flight count, which close() waits for). */
  begin(): void;
  end(): void;
  /** Lower-case request headers of an upgrade request. */
  readHeaders(req: HttpRequest): Record<string, string>;
}

/** Handle of the mounted WebSocket mode. */
export interface ResponsesWs {
  /** Open sockets. */
  readonly sockets: number;
  /** Upgrades accepted since start. */
  readonly upgrades: number;
  /** `response.create` messages run since start (warm-ups included). */
  readonly responses: number;
  /**
   * Largest amount a socket had buffered right after a send (bytes): about the
   * high-water mark plus one upstream chunk's events while a response streams;
   * a response's closing events (each carrying its whole output) go out together.
   */
  readonly peakBuffered: number;
  /** Shutdown: idle sockets close now (1001), busy ones after their response. */
  shutdown(): void;
}

interface ConnData {
  /** Headers sent with every response of the socket (the upgrade's, without the handshake's own). */
  headers: Record<string, string>;
  responses: ConnectionResponses;
  queue: string[];
  busy: boolean;
  closed: boolean;
  expired: boolean;
  /** The response in flight (its sink, to abort or resume). */
  current: EventSink | null;
  timer: NodeJS.Timeout | null;
}

/** Upgrade headers that describe the handshake, not the requests made over it. */
const HANDSHAKE_HEADERS = new Set(['upgrade', 'connection', 'sec-websocket-key', 'sec-websocket-version', 'sec-websocket-extensions', 'sec-websocket-protocol', 'content-length', 'transfer-encoding']);

/** A WebSocket-mode error message (the openai SDK's `ResponseWsError`; Codex reads `status`). */
export function wsErrorMessage(status: number, error: Json): string {
  return JSON.stringify({ type: 'error', status, error });
}

/**
 * Mounts WebSocket mode on the main listener's app, at `/v1/responses` and
 * under the OpenAI ingress prefix. Register before the catch-all route.
 */
export function mountResponsesWebSocket(app: TemplatedApp, host: ResponsesWsHost): ResponsesWs {
  const sockets = new Set<WebSocket<ConnData>>();
  let upgrades = 0;
  let responses = 0;
  let peakBuffered = 0;
  let stopping = false;
  const maxPayload = host.state().cfg.server.bodyLimitBytes;

  /** Answers the upgrade request with an HTTP error in OpenAI's envelope (no socket). */
  const refuse = (res: HttpResponse, err: GatewayError): void => {
    sendError(new ResponseSink(res), 'openai-responses', err);
  };

  const behavior: WebSocketBehavior<ConnData> = {
    compression: uws.SHARED_COMPRESSOR,
    maxPayloadLength: maxPayload,
    maxBackpressure: 64 * 1024 * 1024,
    idleTimeout: IDLE_TIMEOUT_S,
    sendPingsAutomatically: true,
    upgrade: (res: HttpResponse, req: HttpRequest, ctx: us_socket_context_t) => {
      const headers = host.readHeaders(req);
      if (host.closing() || stopping) return refuse(res, new GatewayError('draining', 'The gateway is shutting down.'));
      const cfg = host.state().cfg;
      try {
        authenticate(headers, cfg.callers, cfg.server.auth, cfg.hasPassthroughProvider);
      } catch (e) {
        return refuse(res, toGatewayError(e));
      }
      const forwarded: Record<string, string> = { 'content-type': 'application/json' };
      for (const k in headers) if (!HANDSHAKE_HEADERS.has(k)) forwarded[k] = headers[k] as string;
      const data: ConnData = { headers: forwarded, responses: new Map(), queue: [], busy: false, closed: false, expired: false, current: null, timer: null };
      upgrades++;
      res.cork(() => {
        res.upgrade(data, headers['sec-websocket-key'] ?? '', headers['sec-websocket-protocol'] ?? '', headers['sec-websocket-extensions'] ?? '', ctx);
      });
    },
    open: (ws) => {
      sockets.add(ws);
      const d = ws.getUserData();
      d.timer = setTimeout(() => {
        d.expired = true;
        if (!d.busy) expire(ws);
      }, MAX_AGE_MS);
      d.timer.unref();
    },
    message: (ws, msg) => {
      const d = ws.getUserData();
      if (d.closed) return;
      if (d.queue.length >= MAX_QUEUED) {
        send(ws, wsErrorMessage(429, { type: 'rate_limit_error', code: 'too_many_queued_messages', message: `More than ${MAX_QUEUED} messages are waiting behind the response in flight on this socket; wait for its terminal event before sending more.`, param: null }));
        return;
      }
      d.queue.push(Buffer.from(msg).toString('utf8'));
      if (!d.busy) void drainQueue(ws);
    },
    drain: (ws) => {
      const d = ws.getUserData();
      if (ws.getBufferedAmount() < WS_HIGH_WATER) d.current?.writable();
    },
    close: (ws) => {
      sockets.delete(ws);
      const d = ws.getUserData();
      d.closed = true;
      d.queue.length = 0;
      if (d.timer) clearTimeout(d.timer);
      d.current?.abort();
    },
  };

  /** Sends one text message; false when the socket is closed or buffers more than the high-water mark. */
  const send = (ws: WebSocket<ConnData>, text: string): boolean => {
    const d = ws.getUserData();
    if (d.closed) return false;
    ws.cork(() => {
      ws.send(text, false);
    });
    const buffered = ws.getBufferedAmount();
    if (buffered > peakBuffered) peakBuffered = buffered;
    return buffered < WS_HIGH_WATER;
  };

  const close = (ws: WebSocket<ConnData>, code: number, reason: string): void => {
    const d = ws.getUserData();
    if (d.closed) return;
    d.closed = true;
    ws.cork(() => ws.end(code, reason));
  };

  const expire = (ws: WebSocket<ConnData>): void => {
    send(ws, wsErrorMessage(400, { type: 'invalid_request_error', code: 'websocket_connection_limit_reached', message: `Responses websocket connection limit reached (${Math.round(MAX_AGE_MS / 60_000)} minutes). Create a new websocket connection to continue.`, param: null }));
    close(ws, 1000, 'websocket_connection_limit_reached');
  };

  const drainQueue = async (ws: WebSocket<ConnData>): Promise<void> => {
    const d = ws.getUserData();
    d.busy = true;
    try {
      while (!d.closed && d.queue.length > 0) {
        if (d.expired) return expire(ws);
        await turn(ws, d.queue.shift() as string);
      }
    } finally {
      d.busy = false;
    }
    if (d.closed) return;
    if (d.expired) expire(ws);
    else if (stopping) close(ws, 1001, 'server shutting down');
  };

  /** One client message. Never throws. */
  const turn = async (ws: WebSocket<ConnData>, text: string): Promise<void> => {
    const state = host.state();
    let msg: unknown;
    try {
      msg = JSON.parse(text);
    } catch {
      send(ws, wsErrorMessage(400, { type: 'invalid_request_error', code: 'invalid_json', message: 'The WebSocket message is not valid JSON.', param: null }));
      return;
    }
    if (typeof msg !== 'object' || msg === null || Array.isArray(msg)) {
      send(ws, wsErrorMessage(400, { type: 'invalid_request_error', code: 'invalid_type', message: 'A WebSocket message must be a JSON object with a `type`.', param: 'type' }));
      return;
    }
    const m = msg as Json;
    if (m.type === 'response.processed') return; // Codex's acknowledgment of a response it handled
    if (m.type !== 'response.create') {
      send(ws, wsErrorMessage(400, { type: 'invalid_request_error', code: 'invalid_value', message: `Invalid value for 'type': expected 'response.create', got ${JSON.stringify(m.type ?? null).slice(0, 100)}.`, param: 'type' }));
      return;
    }
    if (m.background === true) {
      send(ws, wsErrorMessage(400, { type: 'invalid_request_error', code: 'invalid_value', message: '`background` is not supported over WebSocket; use POST /v1/responses.', param: 'background' }));
      return;
    }
    const { type: _type, stream: _stream, stream_id: _streamId, ...body } = m;
    responses++;
    host.begin();
    try {
      if (body.generate === false) await warmUp(ws, state, body);
      else await generate(ws, state, body);
    } finally {
      host.end();
    }
  };

  /** A `response.create` through the pipeline, its events relayed as messages. */
  const generate = async (ws: WebSocket<ConnData>, state: GatewayState, body: Json): Promise<void> => {
    const d = ws.getUserData();
    const es = eventSink({
      event: (json) => send(ws, json),
      // One chunk's events in one cork (one syscall); the high-water check after it, as per event before.
      batch: (deliver) => {
        if (d.closed) return false;
        ws.cork(deliver);
        const buffered = ws.getBufferedAmount();
        if (buffered > peakBuffered) peakBuffered = buffered;
        return buffered < WS_HIGH_WATER;
      },
      answer: (status, json) => {
        if (status === 200) {
          send(ws, json);
          return;
        }
        let error: Json = { type: 'api_error', code: null, message: 'Upstream error.', param: null };
        try {
          const v = JSON.parse(json) as Json;
          if (typeof v.error === 'object' && v.error !== null) error = v.error as Json;
        } catch { /* keep the generic error */ }
        send(ws, wsErrorMessage(status, error));
      },
      end: () => undefined,
    });
    d.current = es;
    try {
      // Resolves once the pipeline finished (answered, accounted), also when the socket closed mid-response.
      await createResponse(state, { headers: d.headers, body: Buffer.from(JSON.stringify({ ...body, stream: true })), origin: host.origin(), connection: d.responses }, es.sink);
    } finally {
      if (d.current === es) d.current = null;
    }
  };

  /** `generate: false`: an empty completed response, kept on the connection (module docblock). */
  const warmUp = async (ws: WebSocket<ConnData>, state: GatewayState, body: Json): Promise<void> => {
    const d = ws.getUserData();
    let caller: Caller;
    try {
      caller = authenticate(d.headers, state.cfg.callers, state.cfg.server.auth, state.cfg.hasPassthroughProvider);
      if (typeof body.model !== 'string' || body.model === '') throw new GatewayError('invalid_request', 'model: must be a non-empty string', { param: 'model' });
      resolve(state.cfg, caller, body.model, 'llm/v1/chat', 'openai-responses'); // 404 for a model this caller cannot use
    } catch (e) {
      const err = toGatewayError(e);
      const envelope = JSON.parse(codecFor('openai-responses').errorBody(err)) as Json;
      send(ws, wsErrorMessage(err.status, envelope.error as Json));
      return;
    }
    const owner = ownerOf(caller);
    let history: Json[] = [];
    const prevId = body.previous_response_id;
    if (typeof prevId === 'string' && prevId !== '') {
      const prev = d.responses.get(prevId) ?? (await responseStoreOf(state).get(prevId).catch(() => null));
      if (!prev || prev.owner !== owner) {
        send(ws, wsErrorMessage(404, { type: 'invalid_request_error', code: 'previous_response_not_found', message: `Previous response with id '${prevId}' not found.`, param: 'previous_response_id' }));
        return;
      }
      const out = Array.isArray(prev.response.output) ? (prev.response.output as Json[]) : [];
      history = [...prev.history, ...prev.input, ...out];
    }
    const response = warmUpResponse(body);
    const running = { ...response, status: 'in_progress', completed_at: null, usage: null };
    send(ws, JSON.stringify({ type: 'response.created', response: running, sequence_number: 0 }));
    send(ws, JSON.stringify({ type: 'response.in_progress', response: running, sequence_number: 1 }));
    // Kept before the caller sees the end, so an immediate previous_response_id finds it (also on another replica).
    const entry = { owner, response, input: inputItems(body.input), history, native: false, createdAt: Date.now() };
    d.responses.clear(); // the connection keeps its latest response (as runtime/responses does for generated ones)
    d.responses.set(response.id as string, entry);
    if (body.store !== false) await responseStoreOf(state).put(response.id as string, entry).catch(() => false);
    send(ws, JSON.stringify({ type: 'response.completed', response, sequence_number: 2 }));
  };

  for (const prefix of ['', WIRE_FORMATS['openai-responses'].ingressPrefix]) app.ws(`${prefix}/v1/responses`, behavior);

  return {
    get sockets() {
      return sockets.size;
    },
    get upgrades() {
      return upgrades;
    },
    get responses() {
      return responses;
    },
    get peakBuffered() {
      return peakBuffered;
    },
    shutdown() {
      stopping = true;
      for (const ws of [...sockets]) if (!ws.getUserData().busy) close(ws, 1001, 'server shutting down');
    },
  };
}

/** The Response of a warm-up: no output, zero usage, the request's fields echoed. */
function warmUpResponse(body: Json): Json {
  const now = Math.floor(Date.now() / 1000);
  const r = typeof body.reasoning === 'object' && body.reasoning !== null ? (body.reasoning as Json) : {};
  return {
    id: `resp_${randomBytes(24).toString('hex')}`,
    object: 'response',
    created_at: now,
    status: 'completed',
    background: false,
    completed_at: now,
    error: null,
    incomplete_details: null,
    instructions: body.instructions ?? null,
    max_output_tokens: body.max_output_tokens ?? null,
    model: body.model,
    output: [],
    parallel_tool_calls: body.parallel_tool_calls ?? true,
    previous_response_id: body.previous_response_id ?? null,
    prompt_cache_key: body.prompt_cache_key ?? null,
    reasoning: { effort: r.effort ?? null, summary: r.summary ?? null },
    safety_identifier: body.safety_identifier ?? null,
    service_tier: 'default',
    store: body.store ?? true,
    temperature: body.temperature ?? null,
    text: body.text ?? { format: { type: 'text' }, verbosity: 'medium' },
    tool_choice: body.tool_choice ?? 'auto',
    tools: Array.isArray(body.tools) ? body.tools : [],
    top_p: body.top_p ?? null,
    truncation: 'disabled',
    usage: { input_tokens: 0, input_tokens_details: { cached_tokens: 0 }, output_tokens: 0, output_tokens_details: { reasoning_tokens: 0 }, total_tokens: 0 },
    user: body.user ?? null,
    metadata: body.metadata ?? {},
  };
}
