/**
 * The stateful half of the Responses API ingress (issue 14): the response
 * store around `POST /v1/responses`, and the stored-response operations.
 *
 * Create (`POST /v1/responses`, runtime/pipeline.ts runs it like every model
 * request; this module adds, per request, {@link beginResponseTurn}):
 * - `previous_response_id` names a stored response of the same caller key
 *   (another key's response is "not found"). A response the gateway translated
 *   (its upstream is stateless: Anthropic, Chat Completions, Gemini) is
 *   rebuilt: `input` becomes that response's conversation (earlier items, its
 *   input, its output items) followed by the new input, and the field is
 *   removed. A response a native Responses upstream (OpenAI) produced is passed
 *   through untouched: that upstream keeps the conversation. An id the store
 *   does not know is passed through when every target of the model is a native
 *   Responses upstream, else 404 `previous_response_not_found`; an id stored
 *   for another caller key is 404 whatever the target (the upstream, which
 *   may see every caller under one provider key, never gets it).
 * - `store: false` with `previous_response_id` is a 400 over HTTP (the gateway
 *   keeps nothing it was told not to store). A WebSocket connection
 *   ({@link ResponseCall.connection}) keeps its own responses, stored or not,
 *   and chains them.
 * - `store` (default true, as OpenAI): the response the caller got (the JSON
 *   body, or the Response of the stream's `response.completed` /
 *   `response.incomplete` / `response.failed` event) is stored with its owner,
 *   its own input items and the conversation before them (./store.ts).
 *
 * Stored operations ({@link handleStoredResponse}), answered from the store,
 * owner-scoped (another caller key gets 404, as another OpenAI project would):
 * `GET /v1/responses/{id}`, `DELETE /v1/responses/{id}` (`{id, object:
 * "response", deleted: true}`), `GET /v1/responses/{id}/input_items`
 * (`limit` 1..100 default 20, `order` asc|desc default desc, `after`; the
 * request's own input items), `POST /v1/responses/{id}/cancel` (the gateway
 * runs no background responses: 400 naming why).
 *
 * Source: OpenAI API reference "Responses" (create, get, delete, input items,
 * cancel; https://platform.openai.com/docs/api-reference/responses).
 */
import { randomBytes } from 'node:crypto';
import { GatewayError } from '../errors.ts';
import type { Caller } from '../auth/index.ts';
import type { GatewayState, Incoming } from '../pipeline.ts';
import type { Attempt } from '../routing/index.ts';
import type { RequestRecorder } from '../recorder.ts';
import { ResponseSink, type SinkTarget } from '../server/sink.ts';
import { ownerOf } from '../security/owners.ts';
import { SseParser } from '../sse/parser.ts';
import { SseChunkReader, simpleEventData } from './sse-chunks.ts';
import { createResponseStore, type ResponseStore, type StoredResponse } from './store.ts';

type Json = Record<string, unknown>;

export type { ResponseStore, StoredResponse } from './store.ts';

/**
 * The responses one WebSocket connection produced, stored or not, by id (the
 * WebSocket transport keeps one per connection; OpenAI's WebSocket mode chains
 * `store: false` responses within a connection). Only the owner's own entries
 * are put here.
 */
export type ConnectionResponses = Map<string, StoredResponse>;

const connections = new WeakMap<Incoming, ConnectionResponses>();

/** Ties a request to its WebSocket connection's responses (runtime/responses/entry.ts). */
export function attachConnection(req: Incoming, conn: ConnectionResponses): void {
  connections.set(req, conn);
}

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The gateway's response store (created on first use from `responses.*`; kept across reloads on the Gateway). */
export function responseStoreOf(state: GatewayState): ResponseStore {
  state.responses ??= createResponseStore(state.cfg.responses);
  return state.responses;
}

/** Random bytes drawn in batches: one CSPRNG call per ~170 ids instead of one per id. */
let idPool = Buffer.alloc(0);
let idPoolAt = 0;

/** Ids for input items the caller sent without one (OpenAI's `msg_` + 48 hex, from the CSPRNG). */
function itemId(prefix: string): string {
  if (idPoolAt + 24 > idPool.length) {
    idPool = randomBytes(4080);
    idPoolAt = 0;
  }
  idPoolAt += 24;
  return prefix + '_' + idPool.toString('hex', idPoolAt - 24, idPoolAt);
}

/** The request's own input as items with ids (a string is one user message), as `input_items` lists them. */
export function inputItems(input: unknown): Json[] {
  if (typeof input === 'string') return [{ id: itemId('msg'), type: 'message', role: 'user', status: 'completed', content: [{ type: 'input_text', text: input }] }];
  if (!Array.isArray(input)) return [];
  return input.filter(isObj).map((it) => {
    if (typeof it.id === 'string') return it;
    const type = typeof it.type === 'string' ? it.type : 'message';
    const prefix = type === 'message' ? 'msg' : type === 'function_call_output' ? 'fco' : type === 'function_call' ? 'fc' : 'item';
    return { id: itemId(prefix), ...it, ...(it.type === undefined ? { type: 'message' } : {}) };
  });
}

/** Output items a continuation replays (everything the model produced). */
function outputItems(response: Json): Json[] {
  return Array.isArray(response.output) ? response.output.filter(isObj) : [];
}

/** What {@link beginResponseTurn} returns: the sink the request must be answered through, and its completion. */
export interface ResponseTurn {
  /** Answer the request through this sink: it keeps the response (store, connection) before the caller gets its end. */
  sink: ResponseSink;
  /** Resolves once the answer, held back while it was being kept, reached the caller. Never rejects. */
  settled(): Promise<void>;
}

function notFound(id: string, param: string | null): GatewayError {
  return new GatewayError('not_found', param ? `Previous response with id '${id}' not found.` : `Response with id '${id}' not found.`, { param, openaiCode: param ? 'previous_response_not_found' : 'not_found' });
}

/**
 * Prepares one `POST /v1/responses` (see the module docblock; for
 * `POST /v1/responses/input_tokens` only the conversation part): resolves
 * `previous_response_id` (rewriting `json` and `req.body` when the
 * conversation is rebuilt) and wraps `sink` to keep the answer ({@link keepingSink}). Returns null
 * for any other route.
 * @throws GatewayError 400 (`store: false` with `previous_response_id` over
 *   HTTP), 404 `previous_response_not_found`, 503 (store unreachable)
 */
export async function beginResponseTurn(
  state: GatewayState, caller: Caller, req: Incoming, json: Json, attempts: readonly Attempt[], sink: ResponseSink, rec: RequestRecorder,
): Promise<ResponseTurn | null> {
  if (req.route.ingressFormat !== 'openai-responses' || (req.route.operation !== 'create' && req.route.operation !== 'input_tokens')) return null;
  const store = responseStoreOf(state);
  const owner = ownerOf(caller);
  const conn = connections.get(req);
  const storeIt = json.store !== false;
  const prevId = json.previous_response_id;
  let history: Json[] = [];
  if (prevId !== undefined && prevId !== null) {
    if (typeof prevId !== 'string' || prevId === '') throw new GatewayError('invalid_request', 'previous_response_id: must be a response id (a non-empty string).', { param: 'previous_response_id' });
    if (!storeIt && !conn && req.route.operation === 'create') {
      throw new GatewayError('invalid_request',
        'previous_response_id cannot be combined with store: false over HTTP: the gateway keeps no response it was told not to store. Send the whole conversation in `input`, set `store: true`, or use a WebSocket connection (which chains its own responses).',
        { param: 'previous_response_id' });
    }
    let prev = conn?.get(prevId) ?? null;
    if (!prev) {
      prev = await store.get(prevId);
      // Another caller's response is "not found", also for a native upstream that shares one provider key among callers.
      if (prev && prev.owner !== owner) throw notFound(prevId, 'previous_response_id');
    }
    const native = attempts.filter((a) => a.mode === 'passthrough').length;
    if (!prev) {
      // An id only a native upstream may know (stored there before, or with a store of its own).
      if (native === 0 || native < attempts.length) throw notFound(prevId, 'previous_response_id');
    } else if (prev.native) {
      if (native === 0) {
        throw new GatewayError('invalid_request',
          `previous_response_id: response '${prevId}' was created by a native OpenAI Responses upstream, which keeps its conversation; model '${String(json.model)}' has no such target. Send the whole conversation in \`input\` instead.`,
          { param: 'previous_response_id' });
      }
    } else {
      history = [...prev.history, ...prev.input, ...outputItems(prev.response)];
      const own = inputItems(json.input);
      json.input = [...history, ...own];
      delete json.previous_response_id;
      req.body = Buffer.from(JSON.stringify(json));
    }
  }
  if (req.route.operation !== 'create') return null; // input_tokens: the conversation is rebuilt, nothing is stored
  if (!storeIt && !conn) return null; // nothing to keep
  const rebuiltFrom = history.length ? (prevId as string) : null;
  const own = inputItems(history.length ? (json.input as Json[]).slice(history.length) : json.input);
  const keep = async (response: Json, text?: string): Promise<void> => {
    if (typeof response.id !== 'string') return;
    // The translated upstream saw the whole conversation; the stored object names the turn it continued (as OpenAI's does).
    if (rebuiltFrom && response.previous_response_id == null) response.previous_response_id = rebuiltFrom;
    const entry: StoredResponse = { owner, response, input: own, history, native: rec.record.mode === 'passthrough', createdAt: Date.now() };
    if (conn) {
      conn.clear(); // a connection keeps its latest response only (OpenAI's WebSocket mode)
      conn.set(response.id, entry);
    }
    try {
      // A translated answer written as a string is JSON.stringify's own output (runtime/upstream/executor.ts),
      // so the store may splice it in instead of serialising the Response again (unless changed above).
      if (storeIt) await store.put(response.id, entry, text !== undefined && !rebuiltFrom && !entry.native ? text : undefined);
    } catch {
      /* store unreachable: the caller still gets its answer; the response is then "not found" later */
    }
  };
  return keepingSink(sink, keep);
}

const TERMINAL = ['"response.completed"', '"response.incomplete"', '"response.failed"'];

/**
 * A ResponseSink in front of `real` that keeps the answer before the caller
 * can act on it: the terminal event of a stream (`response.completed`,
 * `response.incomplete`, `response.failed`, with the final Response), or a 200
 * JSON Response, is held back until `keep(response)` resolved, then written —
 * so a `previous_response_id` sent the moment the caller has its answer finds
 * it stored on any thread or replica. Everything else passes through as is
 * (backpressure, abort and keep-alives included).
 */
export function keepingSink(real: ResponseSink, keep: (response: Json, text?: string) => Promise<void>): ResponseTurn {
  let status = 0;
  let headers: Record<string, string> = {};
  let sse: SseParser | null = null;
  let reader: SseChunkReader | null = null;
  let final: Json | null = null;
  let held: Buffer[] | null = null;
  let keeping: Promise<void> | null = null;
  const json: Buffer[] = [];
  /** One event's data: the final Response when it is a terminal event. */
  const onData = (_event: string | undefined, data: string): void => {
    if (final || !TERMINAL.some((t) => data.includes(t))) return;
    try {
      const v = JSON.parse(data) as Json;
      if (typeof v.type === 'string' && TERMINAL.includes(`"${v.type}"`) && isObj(v.response)) final = v.response;
    } catch { /* not JSON */ }
  };
  /**
   * Whole events of the stream encoder (./sse-chunks.ts): only those from the first terminal
   * type string on are read (an event before it cannot be terminal); no terminal type: nothing.
   */
  const readWhole = (chunk: string): void => {
    let at = -1;
    for (const t of TERMINAL) {
      const i = chunk.indexOf(t);
      if (i !== -1 && (at === -1 || i < at)) at = i;
    }
    if (at === -1) return;
    const from = chunk.lastIndexOf('\n\n', at);
    const events = simpleEventData(from === -1 ? chunk : chunk.slice(from + 2));
    if (events === null) (reader as SseChunkReader).push(toBuf(chunk));
    else for (const data of events) onData(undefined, data);
  };
  const toBuf = (c: Uint8Array | string): Buffer => (typeof c === 'string' ? Buffer.from(c) : Buffer.from(c.buffer, c.byteOffset, c.byteLength));
  const head = (): void => {
    if (!real.headersSent) real.writeHead(status, headers);
  };
  /** Once kept, writes what was held back, then ends (or closes) the real response. */
  const release = (then: () => void): void => {
    const rest = held ?? [];
    void (keeping ?? Promise.resolve()).then(() => {
      head();
      for (const b of rest) real.write(b);
      then();
    });
  };
  const target: SinkTarget = {
    onAborted(h) { real.onAbort(h); },
    writeStatus(line) { status = Number.parseInt(line, 10); },
    writeHeader(k, v) {
      headers[k] = v;
      if (k.toLowerCase() === 'content-type' && v.startsWith('text/event-stream')) {
        sse = new SseParser(onData);
        reader = new SseChunkReader(sse);
      }
    },
    write(chunk) {
      if (held) {
        held.push(Buffer.from(toBuf(chunk)));
        return true;
      }
      if (reader && status === 200) {
        const whole = reader.whole(chunk);
        if (whole === null) reader.push(toBuf(chunk));
        else readWhole(whole);
        if (final) {
          held = [Buffer.from(toBuf(chunk))];
          keeping = keep(final);
          return true;
        }
      }
      head();
      return real.write(chunk);
    },
    end(chunk) {
      if (!sse && status === 200 && chunk !== undefined) {
        // A complete JSON answer: keep the Response, then send it.
        // The text as the caller gets it (UTF-8): a well-formed string as is, without the round trip.
        const text = json.length === 0 && typeof chunk === 'string' && (chunk as unknown as { isWellFormed(): boolean }).isWellFormed()
          ? chunk
          : (json.push(toBuf(chunk)), Buffer.concat(json).toString('utf8'));
        let v: unknown = null;
        try { v = JSON.parse(text); } catch { /* not JSON */ }
        keeping = isObj(v) && v.object === 'response' ? keep(v, text === chunk ? text : undefined) : Promise.resolve();
        void keeping.then(() => real.send(status, headers, chunk));
        return;
      }
      if (held) {
        if (chunk !== undefined) held.push(Buffer.from(toBuf(chunk)));
        release(() => real.end());
        return;
      }
      head();
      real.end(chunk);
    },
    cork(cb) { cb(); },
    onWritable(h) { real.onWritable(() => void h(0)); },
    close() {
      if (held) {
        release(() => real.close());
        return;
      }
      real.close();
    },
  };
  return {
    sink: new ResponseSink(target),
    async settled() {
      await keeping;
      await new Promise<void>((r) => setImmediate(r)); // the held bytes are written in the keep's continuation
    },
  };
}

const JSON_CT = { 'content-type': 'application/json' };

/**
 * `GET|DELETE /v1/responses/{id}`, `GET /v1/responses/{id}/input_items`,
 * `POST /v1/responses/{id}/cancel` for an authenticated caller (module docblock).
 * @throws GatewayError 404 (unknown, expired, deleted or another caller's), 400
 *   (bad pagination, cancel of a response that is not running in the background), 503
 */
export async function handleStoredResponse(state: GatewayState, caller: Caller, req: Incoming, sink: ResponseSink, rec: RequestRecorder): Promise<void> {
  const id = req.params.id ?? '';
  const store = responseStoreOf(state);
  const entry = await store.get(id);
  if (!entry || entry.owner !== ownerOf(caller)) throw notFound(id, null);
  const headers = { ...JSON_CT, 'x-switchyard-request-id': req.id };
  rec.firstByte(200);
  switch (req.route.operation) {
    case 'retrieve':
      sink.send(200, headers, JSON.stringify(entry.response));
      return;
    case 'delete':
      await store.delete(id);
      sink.send(200, headers, JSON.stringify({ id, object: 'response', deleted: true }));
      return;
    case 'input_items':
      sink.send(200, headers, JSON.stringify(listInputItems(entry.input, new URLSearchParams(req.query))));
      return;
    case 'cancel':
      throw new GatewayError('invalid_request',
        entry.response.background === true
          ? `Response '${id}' cannot be cancelled through the gateway: it ran in the background on its upstream, and the gateway only stored its answer.`
          : 'Only responses created with background=true can be cancelled.',
        { param: null });
    default:
      throw new GatewayError('not_found', `No route for ${req.method} ${req.path}.`);
  }
}

/** One page of input items: `limit` (1..100, default 20), `order` (`desc` default, or `asc`), `after` (an item id). */
export function listInputItems(items: readonly Json[], q: URLSearchParams): Json {
  const limitRaw = q.get('limit');
  const limit = limitRaw === null ? 20 : Number(limitRaw);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new GatewayError('invalid_request', `limit: expected an integer between 1 and 100, got '${String(limitRaw).slice(0, 20)}'.`, { param: 'limit' });
  const order = q.get('order') ?? 'desc';
  if (order !== 'asc' && order !== 'desc') throw new GatewayError('invalid_request', `order: expected 'asc' or 'desc', got '${order.slice(0, 20)}'.`, { param: 'order' });
  let list = order === 'desc' ? [...items].reverse() : [...items];
  const after = q.get('after');
  if (after) {
    const i = list.findIndex((it) => it.id === after);
    list = i >= 0 ? list.slice(i + 1) : [];
  }
  const page = list.slice(0, limit);
  return { object: 'list', data: page, first_id: page[0]?.id ?? null, last_id: page[page.length - 1]?.id ?? null, has_more: list.length > limit };
}
