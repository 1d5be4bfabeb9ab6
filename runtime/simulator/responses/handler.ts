/**
 * Request handling of the simulated OpenAI Responses API upstream, independent
 * of the server that carries it: `handleResponsesRequest` answers one parsed
 * HTTP request through a small `ResponsesReply` interface, and
 * `ResponsesWsSession` runs one WebSocket-mode connection over a `WsPeer`.
 * Both share `ResponsesState` (the response store, scoped per bearer key, the
 * fault queue and the default fault). Wire facts and sources: ./index.ts.
 */
import { ControlError, parseFaults, resolveControls, type Controls, type Fault } from '../controls.ts';
import { openaiErrorBody } from '../openai.ts';
import { estimateTokens, sseEvent } from '../synth.ts';
import {
  MIN_MAX_OUTPUT_TOKENS,
  buildResponse,
  failedEvent,
  isObj,
  newId,
  normalizeInput,
  pickResponsesTool,
  serverError,
  streamErrorEvent,
  streamEvents,
  verifyEncryptedContent,
  type Json,
} from './synth.ts';

/** One HTTP request as the handler sees it. */
export interface ResponsesRequest {
  /** Upper-case method. */
  method: string;
  /** Path without query string. */
  path: string;
  /** Raw query string without `?`, or ''. */
  query: string;
  /** Lowercased header names; repeated headers joined with `, `. */
  headers: Readonly<Record<string, string>>;
  /** Body bytes. */
  body: Buffer;
}

/**
 * Where the handler writes one HTTP response. `ResponseSink` (../sink.ts)
 * implements it over uWebSockets.js; any other carrier can.
 */
export interface ResponsesReply {
  /** True once nothing more may be written (ended, client gone, reset). */
  readonly gone: boolean;
  /** Status and headers, sent with the first body bytes. */
  head(status: number, headers: ReadonlyArray<readonly [string, string]>): void;
  /** Writes a body chunk; resolves after backpressure clears; false when the response is gone. */
  write(chunk: Uint8Array): Promise<boolean>;
  /** Ends the response (optionally with final bytes). */
  end(body?: Uint8Array): Promise<void>;
  /** Destroys the connection on purpose (fault injection). */
  close(): void;
  /** Sleeps `ms`, waking early when the response is gone. */
  sleep(ms: number): Promise<void>;
}

/** One WebSocket connection as the session sees it. */
export interface WsPeer {
  /** Sends one text message; resolves after backpressure clears; false when the socket is closed. */
  send(text: string): Promise<boolean>;
  /** Closes with a close frame (`code`, `reason`). */
  end(code: number, reason: string): void;
  /** Drops the connection without a close frame (fault injection). */
  reset(): void;
  /** Sleeps `ms`, waking early when the socket closes. */
  sleep(ms: number): Promise<void>;
}

/** A stored (or connection-cached) response with the context it continues. */
interface Entry {
  /** Bearer key that created it (responses are visible to that key only). */
  key: string;
  /** The response object as last known. */
  response: Json;
  /** This request's input items, with ids (for `input_items`). */
  inputItems: Json[];
  /** Whole conversation after this turn: history + input + output (what `previous_response_id` continues). */
  context: Json[];
  /** Background processing timer, while queued. */
  timer?: NodeJS.Timeout;
}

/** Shared mutable state of one simulator instance. */
export class ResponsesState {
  /** Stored responses by id (`store` not false). */
  readonly store = new Map<string, Entry>();
  /** Fault specs consumed one per authenticated create, in order. */
  readonly faultQueue: string[] = [];
  /** Fault applied when nothing else names one. */
  defaultFault: string | null = null;
  /** Maximum stored responses; the oldest is dropped beyond it. */
  readonly maxStored: number;
  #seq = 0;

  constructor(maxStored = 10_000) {
    this.maxStored = maxStored;
  }

  /** Next request id (`req_sim_<n>`). */
  nextRequestId(): string {
    return `req_sim_${++this.#seq}`;
  }

  /** Stores an entry, evicting the oldest beyond `maxStored`. */
  put(id: string, e: Entry): void {
    this.store.delete(id);
    this.store.set(id, e);
    while (this.store.size > this.maxStored) {
      const oldest = this.store.keys().next().value as string;
      clearTimeout(this.store.get(oldest)?.timer);
      this.store.delete(oldest);
    }
  }

  /** Clears everything (and background timers). */
  clear(): void {
    for (const e of this.store.values()) clearTimeout(e.timer);
    this.store.clear();
    this.faultQueue.length = 0; // may be shared with the main simulator's queue (../index.ts)
    this.defaultFault = null;
  }
}

/** An error in OpenAI's envelope: HTTP status plus the inner `error` object. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly param: string | null = null,
    readonly code: string | null = null,
    readonly type = status >= 500 ? 'server_error' : 'invalid_request_error',
  ) {
    super(message);
  }

  /** The inner `error` object. */
  get error(): Json {
    return { message: this.message, type: this.type, param: this.param, code: this.code };
  }
}

const JSON_CT = ['content-type', 'application/json'] as const;

/**
 * Checks `authorization: Bearer <key>`: missing → 401 (no key), a key starting
 * `bad-` → 401 `invalid_api_key`, anything else passes.
 * @returns the key
 * @throws ApiError 401
 */
export function authenticate(headers: Readonly<Record<string, string>>): string {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '');
  if (!m?.[1]) {
    throw new ApiError(
      401,
      "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field (with blank username) if you're accessing the API from your browser and are prompted for a username and password. You can obtain an API key from https://platform.openai.com/account/api-keys.",
    );
  }
  if (m[1].startsWith('bad-')) {
    const e = openaiErrorBody(401).error as Json;
    throw new ApiError(401, `Incorrect API key provided: ${m[1].slice(0, 7)}***. You can find your API key at https://platform.openai.com/account/api-keys.`, null, String(e.code));
  }
  return m[1];
}

/** Everything a create produces before any byte is sent. */
interface Turn {
  id: string;
  final: Json;
  entry: Entry;
  controls: Controls;
  /** `x-sim-stream-error` / model `?stream-error=`: how a mid-stream failure looks. */
  failMode: FailMode;
  stored: boolean;
}

function controlsFor(state: ResponsesState, headers: Readonly<Record<string, string>>, model: unknown): Controls {
  const queued = state.faultQueue.shift();
  return resolveControls(headers, model, queued, state.defaultFault);
}

/**
 * How a simulated mid-stream failure looks: `both` (default) = the `error`
 * event then `response.failed`, as recorded from OpenAI (recordings/SOURCES.md);
 * `error` = the `error` event only; `failed` = `response.failed` only.
 */
export type FailMode = 'both' | 'error' | 'failed';

function failModeFor(headers: Readonly<Record<string, string>>, model: unknown): FailMode {
  const h = headers['x-sim-stream-error'];
  const m = typeof model === 'string' && model.includes('?') ? new URLSearchParams(model.slice(model.indexOf('?') + 1)).get('stream-error') : null;
  const v = h || m || 'both';
  if (v !== 'both' && v !== 'error' && v !== 'failed') throw new ControlError(`x-sim-stream-error: expected "both", "error" or "failed", got ${JSON.stringify(v)}`);
  return v;
}

function contextTokens(instructions: unknown, context: readonly Json[], tools: unknown): number {
  return estimateTokens(Buffer.byteLength(JSON.stringify([instructions ?? null, context, tools ?? []])));
}

/** Cached prefix: the previous turn's context when it is at least 1024 tokens, in 128-token steps (OpenAI prompt caching granularity). */
function cachedTokens(prefixTokens: number, inputTokens: number): number {
  const p = Math.min(prefixTokens, inputTokens);
  return p >= 1024 ? Math.floor(p / 128) * 128 : 0;
}

/**
 * Resolves `previous_response_id` (connection cache first, then the store of
 * the same key) and validates the request body the way OpenAI does.
 * @returns the previous entry (if any) and this request's input items
 * @throws ApiError 400 in OpenAI's words
 */
function validate(state: ResponsesState, key: string, body: Json, connCache: Entry | undefined): { prev: Entry | undefined; input: Json[]; context: Json[] } {
  if (typeof body.model !== 'string' || body.model === '') throw new ApiError(400, "Missing required parameter: 'model'.", 'model', 'missing_required_parameter');
  const input = normalizeInput(body.input);
  if (typeof input === 'string') throw new ApiError(400, input, 'input', 'invalid_type');
  if (body.max_output_tokens !== undefined && body.max_output_tokens !== null) {
    const m = body.max_output_tokens;
    if (typeof m !== 'number' || !Number.isInteger(m)) throw new ApiError(400, "Invalid type for 'max_output_tokens': expected an integer.", 'max_output_tokens', 'invalid_type');
    if (m < MIN_MAX_OUTPUT_TOKENS)
      throw new ApiError(400, `Invalid 'max_output_tokens': integer below minimum value. Expected a value >= ${MIN_MAX_OUTPUT_TOKENS}, but got ${m} instead.`, 'max_output_tokens', 'integer_below_min_value');
  }
  if (body.tools !== undefined && !Array.isArray(body.tools)) throw new ApiError(400, "Invalid type for 'tools': expected an array.", 'tools', 'invalid_type');
  for (const [i, t] of (Array.isArray(body.tools) ? body.tools : []).entries()) {
    if (!isObj(t) || typeof t.type !== 'string') throw new ApiError(400, `Missing required parameter: 'tools[${i}].type'.`, `tools[${i}].type`, 'missing_required_parameter');
    if ((t.type === 'function' || t.type === 'custom' || t.type === 'namespace') && typeof t.name !== 'string')
      throw new ApiError(400, `Missing required parameter: 'tools[${i}].name'.`, `tools[${i}].name`, 'missing_required_parameter');
  }
  if (body.background === true && body.store === false) throw new ApiError(400, 'Background mode requires store=true.', 'background', null);
  let prev: Entry | undefined;
  const pid = body.previous_response_id;
  if (pid !== undefined && pid !== null) {
    if (typeof pid !== 'string') throw new ApiError(400, "Invalid type for 'previous_response_id': expected a string.", 'previous_response_id', 'invalid_type');
    prev = connCache && connCache.response.id === pid && connCache.key === key ? connCache : state.store.get(pid);
    if (!prev || prev.key !== key) throw new ApiError(400, `Previous response with id '${pid}' not found.`, 'previous_response_id', 'previous_response_not_found');
  }
  const context = [...(prev?.context ?? []), ...input];
  const calls = new Set(context.filter((it) => it.type === 'function_call' || it.type === 'custom_tool_call').map((it) => it.call_id));
  for (const it of input) {
    if ((it.type === 'function_call_output' || it.type === 'custom_tool_call_output') && !calls.has(it.call_id))
      throw new ApiError(400, `No tool call found for function call output with call_id ${String(it.call_id)}.`, 'input', null);
    if (it.type === 'reasoning' && typeof it.encrypted_content === 'string' && !verifyEncryptedContent(it.encrypted_content))
      throw new ApiError(400, `The encrypted content for item ${String(it.id)} could not be verified.`, null, 'invalid_encrypted_content');
  }
  return { prev, input, context };
}

/** Builds a turn (validation, controls, synthesis); consumes one queued fault. */
function prepareTurn(state: ResponsesState, key: string, headers: Readonly<Record<string, string>>, body: Json, connCache: Entry | undefined): Turn {
  const { prev, input, context } = validate(state, key, body, connCache);
  let controls: Controls;
  let failMode: FailMode;
  try {
    controls = controlsFor(state, headers, body.model);
    failMode = failModeFor(headers, body.model);
  } catch (e) {
    if (e instanceof ControlError) throw new ApiError(400, e.message, null, 'simulator_control');
    throw e;
  }
  const id = newId('resp');
  const inputTokens = contextTokens(body.instructions, context, body.tools);
  const prefix = prev ? contextTokens(body.instructions, prev.context, body.tools) : 0;
  const generate = body.generate !== false;
  const tool = generate ? pickResponsesTool(body, context, controls.tool, controls.toolInput) : undefined;
  const final = buildResponse({
    body,
    id,
    createdAt: Math.floor(Date.now() / 1000),
    inputTokens,
    cachedTokens: cachedTokens(prefix, inputTokens),
    words: controls.events,
    tool,
    generate,
  });
  const inputItems = input.map((it) => (typeof it.id === 'string' ? it : { id: newId(it.type === 'message' ? 'msg' : 'item'), ...it, ...(it.type === 'message' ? { status: 'completed' } : {}) }));
  const output = final.output as Json[];
  const entry: Entry = { key, response: final, inputItems, context: [...context, ...output] };
  return { id, final, entry, controls, failMode, stored: body.store !== false };
}

// ------------------------------------------------------------------ streaming with faults

/** What one stream is written to (SSE response or WebSocket). */
interface EventOut {
  send(ev: Json): Promise<boolean>;
  sleep(ms: number): Promise<void>;
  reset(): void;
}

/** How a stream ended. */
type StreamOutcome = 'completed' | 'failed' | 'reset' | 'gone';

/**
 * Sends `events`, applying `stall-after`, `reset-after`, `error-after` (clamped
 * to the stream length) and `x-sim-pace-ms`. A mid-stream failure is the
 * `error` event or, with `failMode: "failed"`, `response.failed`.
 */
async function runEvents(events: Json[], turn: Turn, out: EventOut, extra: Json): Promise<StreamOutcome> {
  const faults = turn.controls.faults;
  const at = (kind: Fault['kind']): number | undefined => {
    const f = faults.find((x) => x.kind === kind) as { n?: number } | undefined;
    return f?.n === undefined ? undefined : Math.min(f.n, events.length);
  };
  const stallAfter = faults.find((f) => f.kind === 'stall-after') as { n: number; ms: number } | undefined;
  const resetAt = at('reset-after');
  let errorAt = at('error-after');
  if (faults.some((f) => f.kind === 'error-before-content')) errorAt = 0;
  const fail = async (i: number): Promise<StreamOutcome> => {
    // response.failed needs response.created before it; at 0 only the error event can go.
    const mode = i === 0 ? 'error' : turn.failMode;
    if (mode !== 'failed' && !(await out.send({ ...streamErrorEvent(i), ...extra }))) return 'gone';
    if (mode !== 'error') await out.send({ ...failedEvent(turn.final, mode === 'both' ? i + 1 : i), ...extra });
    return 'failed';
  };
  for (let i = 0; i <= events.length; i++) {
    if (stallAfter && Math.min(stallAfter.n, events.length) === i) await out.sleep(stallAfter.ms);
    if (resetAt === i) {
      out.reset();
      return 'reset';
    }
    if (errorAt === i) return fail(i);
    const ev = events[i];
    if (!ev) break;
    if (!(await out.send({ ...ev, ...extra }))) return 'gone';
    if (turn.controls.paceMs > 0 && i < events.length - 1) await out.sleep(turn.controls.paceMs);
  }
  return 'completed';
}

/** Saves the outcome of a turn: the final (or failed) response when `store` is on. */
function settle(state: ResponsesState, turn: Turn, outcome: StreamOutcome): void {
  if (outcome === 'failed' && turn.failMode !== 'error') {
    turn.entry.response = { ...turn.final, status: 'failed', output: [], usage: null, error: { code: 'server_error', message: 'The model failed to generate a response.' } };
  }
  if (turn.stored) state.put(turn.id, turn.entry);
}

// ------------------------------------------------------------------ HTTP

function headersFor(reqId: string, extra: ReadonlyArray<readonly [string, string]> = []): Array<readonly [string, string]> {
  return [['x-request-id', reqId], ['openai-version', '2020-10-01'], ['openai-processing-ms', '1'], ['x-switchyard-simulator', '1'], ...extra];
}

async function sendJson(reply: ResponsesReply, reqId: string, status: number, body: unknown, extra: ReadonlyArray<readonly [string, string]> = []): Promise<void> {
  reply.head(status, headersFor(reqId, [JSON_CT, ...extra]));
  await reply.end(Buffer.from(JSON.stringify(body)));
}

async function sendError(reply: ResponsesReply, reqId: string, e: ApiError, extra: ReadonlyArray<readonly [string, string]> = []): Promise<void> {
  await sendJson(reply, reqId, e.status, { error: e.error }, extra);
}

/** The error for a `status:` fault, in OpenAI's envelope (429 with `retry-after`). */
function statusFault(f: Extract<Fault, { kind: 'status' }>, c: Controls, model: unknown): { error: ApiError; headers: Array<readonly [string, string]> } {
  const body = openaiErrorBody(f.status, undefined, typeof model === 'string' ? model : undefined).error as Json;
  const error = new ApiError(f.status, String(body.message), null, body.code === null ? null : String(body.code), String(body.type));
  const headers: Array<readonly [string, string]> = f.status === 429 ? [['retry-after', String(f.retryAfter ?? c.retryAfter ?? 1)]] : [];
  return { error, headers };
}

const ROUTE = /^(?:\/v1)?\/responses(?:\/([A-Za-z0-9_-]+)(?:\/(input_items|cancel))?)?\/?$/;

/**
 * Answers one Responses API request. Never throws: every failure becomes an
 * OpenAI error envelope (or, for stream faults, the configured fault).
 */
export async function handleResponsesRequest(state: ResponsesState, req: ResponsesRequest, reply: ResponsesReply): Promise<void> {
  const reqId = state.nextRequestId();
  try {
    const m = ROUTE.exec(req.path);
    const invalidUrl = new ApiError(404, `Invalid URL (${req.method} ${req.path})`);
    if (!m) throw invalidUrl;
    const key = authenticate(req.headers);
    const id = m[1];
    const sub = m[2];
    if (!id) {
      if (req.method !== 'POST') throw invalidUrl;
      await create(state, key, req, reply, reqId);
      return;
    }
    if (id === 'input_tokens' && !sub && req.method === 'POST') {
      const body = parseBody(req.body);
      const { context } = validate(state, key, { model: 'sim', ...body }, undefined);
      await sendJson(reply, reqId, 200, { object: 'response.input_tokens', input_tokens: contextTokens(body.instructions, context, body.tools) });
      return;
    }
    const entry = state.store.get(id);
    const notFound = new ApiError(404, `Response with id '${id}' not found.`, null, null);
    if (sub === undefined && req.method === 'GET') {
      if (!entry || entry.key !== key) throw notFound;
      await sendJson(reply, reqId, 200, withBilling(entry.response));
    } else if (sub === undefined && req.method === 'DELETE') {
      if (!entry || entry.key !== key) throw notFound;
      clearTimeout(entry.timer);
      state.store.delete(id);
      await sendJson(reply, reqId, 200, { id, object: 'response', deleted: true });
    } else if (sub === 'input_items' && req.method === 'GET') {
      if (!entry || entry.key !== key) throw notFound;
      await sendJson(reply, reqId, 200, listInputItems(entry, new URLSearchParams(req.query)));
    } else if (sub === 'cancel' && req.method === 'POST') {
      if (!entry || entry.key !== key) throw notFound;
      if (entry.response.background !== true) throw new ApiError(400, 'Only responses created with background=true can be cancelled.', null, null);
      if (entry.timer) {
        clearTimeout(entry.timer);
        entry.timer = undefined;
        entry.response = { ...entry.response, status: 'cancelled', output: [], usage: null };
      } else if (entry.response.status !== 'cancelled') throw new ApiError(400, 'Cannot cancel a completed response.', null, null);
      await sendJson(reply, reqId, 200, entry.response);
    } else throw invalidUrl;
  } catch (e) {
    if (reply.gone) return;
    await sendError(reply, reqId, e instanceof ApiError ? e : new ApiError(500, 'The server had an error while processing your request. Sorry about that!'));
  }
}

/** A response object as a JSON body: with `billing` (recordings/openai-reasoning-encrypted-content.1.json); streamed objects carry none. */
function withBilling(response: Json): Json {
  return { ...response, billing: { payer: 'developer' } };
}

function parseBody(body: Buffer): Json {
  let v: unknown;
  try {
    v = JSON.parse(body.toString('utf8'));
  } catch {
    v = undefined;
  }
  if (!isObj(v)) {
    throw new ApiError(
      400,
      "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON. If you have trouble figuring out how to fix this, please contact us through our help center at help.openai.com.)",
    );
  }
  return v;
}

/** `GET /v1/responses/{id}/input_items`: `limit` (1..100, default 20), `order` (`desc` default), `after`. */
function listInputItems(entry: Entry, q: URLSearchParams): Json {
  const limitRaw = q.get('limit');
  const limit = limitRaw === null ? 20 : Number(limitRaw);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new ApiError(400, `Invalid 'limit': expected an integer between 1 and 100, got ${limitRaw}.`, 'limit', 'invalid_value');
  const order = q.get('order') ?? 'desc';
  if (order !== 'asc' && order !== 'desc') throw new ApiError(400, `Invalid 'order': expected one of asc, desc, got ${order}.`, 'order', 'invalid_value');
  let items = order === 'desc' ? [...entry.inputItems].reverse() : [...entry.inputItems];
  const after = q.get('after');
  if (after) {
    const i = items.findIndex((it) => it.id === after);
    items = i >= 0 ? items.slice(i + 1) : [];
  }
  const page = items.slice(0, limit);
  return { object: 'list', data: page, first_id: page[0]?.id ?? null, last_id: page[page.length - 1]?.id ?? null, has_more: items.length > limit };
}

async function create(state: ResponsesState, key: string, req: ResponsesRequest, reply: ResponsesReply, reqId: string): Promise<void> {
  const body = parseBody(req.body);
  const turn = prepareTurn(state, key, req.headers, body, undefined);
  const c = turn.controls;
  const stall = c.faults.find((f) => f.kind === 'stall-ms');
  if (stall) await reply.sleep(stall.ms);
  if (reply.gone) return;
  const status = c.faults.find((f): f is Extract<Fault, { kind: 'status' }> => f.kind === 'status');
  if (status) {
    const { error, headers } = statusFault(status, c, body.model);
    await sendError(reply, reqId, error, headers);
    return;
  }
  const reset = c.faults.find((f) => f.kind === 'reset-after');
  if (body.stream !== true) {
    if (body.background === true) {
      const queued = { ...turn.final, status: 'queued', completed_at: null, output: [], usage: null };
      turn.entry.response = queued;
      turn.entry.timer = setTimeout(() => {
        turn.entry.timer = undefined;
        turn.entry.response = turn.final;
      }, c.batchMs);
      turn.entry.timer.unref();
      state.put(turn.id, turn.entry);
      await sendJson(reply, reqId, 200, queued);
      return;
    }
    settle(state, turn, 'completed');
    const bytes = Buffer.from(JSON.stringify(withBilling(turn.final)));
    if (reset) {
      if (reset.n > 0) {
        reply.head(200, headersFor(reqId, [JSON_CT]));
        await reply.write(bytes.subarray(0, bytes.length >> 1));
      }
      reply.close();
      return;
    }
    reply.head(200, headersFor(reqId, [JSON_CT]));
    await reply.end(bytes);
    return;
  }
  const includeObfuscation = !(isObj(body.stream_options) && body.stream_options.include_obfuscation === false);
  const events = streamEvents(turn.final, { obfuscation: includeObfuscation });
  reply.head(200, headersFor(reqId, [['content-type', 'text/event-stream; charset=utf-8'], ['cache-control', 'no-cache']]));
  if (turn.stored) state.put(turn.id, { ...turn.entry, response: (events[0] as { response: Json }).response });
  const outcome = await runEvents(events, turn, {
    send: (ev) => reply.write(sseEvent(String(ev.type), ev)),
    sleep: (ms) => reply.sleep(ms),
    reset: () => reply.close(),
  }, {});
  settle(state, turn, outcome);
  if (outcome === 'completed' || outcome === 'failed') await reply.end();
}

// ------------------------------------------------------------------ WebSocket mode

/** Options of one WebSocket session. */
export interface WsSessionOptions {
  /** Connection lifetime before `websocket_connection_limit_reached` (OpenAI: 60 minutes). */
  maxAgeMs: number;
  /** Called with every parsed (or unparsable, as a string) client message, for recording. */
  onClientMessage?: (msg: unknown) => void;
}

/**
 * One WebSocket-mode connection (`GET /v1/responses` upgraded). Client messages
 * are `response.create` events (the create body plus `type`; `stream` is
 * implicit and ignored, `background` is rejected); they run one at a time, in
 * order. Each turn streams the same event objects as SSE, one JSON text message
 * each. The most recent response of the connection stays in a connection-local
 * cache, so `previous_response_id` works for `store: false` turns too, but only
 * for the latest one; a failed turn evicts it. `generate: false` answers with
 * an empty completed response whose id can be chained. Errors are
 * `{type:"error", status, error:{type, code, message, param}}` and leave the
 * socket open; after `maxAgeMs` the session sends
 * `websocket_connection_limit_reached` and closes.
 */
export class ResponsesWsSession {
  readonly #state: ResponsesState;
  readonly #key: string;
  readonly #headers: Readonly<Record<string, string>>;
  readonly #peer: WsPeer;
  readonly #opts: WsSessionOptions;
  readonly #queue: string[] = [];
  #busy = false;
  #closed = false;
  #expired = false;
  #cache: Entry | undefined;
  readonly #timer: NodeJS.Timeout;

  /**
   * @param key the bearer key checked before the upgrade
   * @param headers the upgrade request's headers (their `x-sim-*` controls apply to every turn)
   */
  constructor(state: ResponsesState, key: string, headers: Readonly<Record<string, string>>, peer: WsPeer, opts: WsSessionOptions) {
    this.#state = state;
    this.#key = key;
    this.#headers = headers;
    this.#peer = peer;
    this.#opts = opts;
    this.#timer = setTimeout(() => {
      this.#expired = true;
      if (!this.#busy) void this.#expire();
    }, opts.maxAgeMs);
    this.#timer.unref();
  }

  /** Feeds one client text message. */
  onMessage(text: string): void {
    if (this.#closed) return;
    this.#queue.push(text);
    if (!this.#busy) void this.#drain();
  }

  /**
   * The socket closed (either side).
   * @returns true when a turn was still streaming (the client left mid-response)
   */
  onClose(): boolean {
    const midTurn = this.#busy && !this.#closed;
    this.#closed = true;
    clearTimeout(this.#timer);
    this.#queue.length = 0;
    return midTurn;
  }

  async #expire(): Promise<void> {
    if (this.#closed) return;
    await this.#peer.send(
      JSON.stringify(
        streamErrorEvent(undefined, { type: 'invalid_request_error', code: 'websocket_connection_limit_reached', message: 'Responses websocket connection limit reached (60 minutes). Create a new websocket connection to continue.', param: null }, 400),
      ),
    );
    this.#peer.end(1000, 'websocket_connection_limit_reached');
  }

  async #drain(): Promise<void> {
    this.#busy = true;
    try {
      while (!this.#closed && this.#queue.length > 0) {
        if (this.#expired) {
          await this.#expire();
          return;
        }
        await this.#turn(this.#queue.shift() as string);
      }
      if (this.#expired && !this.#closed) await this.#expire();
    } finally {
      this.#busy = false;
    }
  }

  async #error(e: ApiError, extra: Json, headers?: Record<string, string>): Promise<void> {
    this.#cache = undefined;
    const inner: Json = headers ? { ...e.error, headers } : e.error;
    await this.#peer.send(JSON.stringify({ ...streamErrorEvent(undefined, inner, e.status), ...extra }));
  }

  async #turn(text: string): Promise<void> {
    let msg: unknown;
    try {
      msg = JSON.parse(text);
    } catch {
      this.#opts.onClientMessage?.(text);
      await this.#error(new ApiError(400, 'Invalid JSON in WebSocket message.', null, 'invalid_json'), {});
      return;
    }
    this.#opts.onClientMessage?.(msg);
    const extra: Json = isObj(msg) && typeof msg.stream_id === 'string' ? { stream_id: msg.stream_id } : {};
    try {
      if (!isObj(msg) || msg.type !== 'response.create')
        throw new ApiError(400, `Invalid value for 'type': expected 'response.create', got ${JSON.stringify(isObj(msg) ? msg.type : msg)}.`, 'type', 'invalid_value');
      if (msg.background === true) throw new ApiError(400, 'background is not supported over WebSocket.', 'background', 'invalid_value');
      const { type: _type, stream: _stream, stream_id: _sid, ...body } = msg;
      const turn = prepareTurn(this.#state, this.#key, this.#headers, body, this.#cache);
      const c = turn.controls;
      const stall = c.faults.find((f) => f.kind === 'stall-ms');
      if (stall) await this.#peer.sleep(stall.ms);
      const status = c.faults.find((f): f is Extract<Fault, { kind: 'status' }> => f.kind === 'status');
      if (status) {
        const { error, headers } = statusFault(status, c, body.model);
        await this.#error(error, extra, headers.length ? Object.fromEntries(headers) : undefined);
        return;
      }
      const includeObfuscation = !(isObj(body.stream_options) && body.stream_options.include_obfuscation === false);
      const events = streamEvents(turn.final, { obfuscation: includeObfuscation });
      const outcome = await runEvents(events, turn, {
        send: (ev) => this.#peer.send(JSON.stringify(ev)),
        sleep: (ms) => this.#peer.sleep(ms),
        reset: () => this.#peer.reset(),
      }, extra);
      settle(this.#state, turn, outcome);
      this.#cache = outcome === 'completed' ? turn.entry : undefined;
    } catch (e) {
      if (this.#closed) return;
      if (e instanceof ApiError) await this.#error(e, extra);
      else await this.#error(new ApiError(500, String(serverError().message)), extra);
    }
  }
}

/** Validates a fault spec (throws ControlError when malformed). */
export function checkFaultSpec(spec: string): void {
  parseFaults(spec);
}
