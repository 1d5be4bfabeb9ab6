/**
 * Switchyard's built-in provider simulator: an Anthropic- and OpenAI-shaped
 * upstream on uWebSockets.js, used by the embedded demo, the tests and the
 * benchmarks.
 *
 * Routes (each also served without the `/v1` prefix):
 * - Anthropic (base URL `http://host:port`): `POST /v1/messages` (JSON or SSE per body `stream`),
 *   `POST /v1/messages/count_tokens`, `POST /v1/complete`, Message Batches
 *   (`POST|GET /v1/messages/batches`, `GET|DELETE /v1/messages/batches/:id`,
 *   `GET /v1/messages/batches/:id/results`, `POST /v1/messages/batches/:id/cancel`).
 * - OpenAI (base URL `http://host:port/v1`): `POST /v1/chat/completions` (JSON or SSE),
 *   `POST /v1/completions`, `POST /v1/embeddings`.
 * - `GET /v1/models` (Anthropic list when the request carries `anthropic-version`,
 *   OpenAI list otherwise); `GET /health` (no auth).
 *
 * Auth: Anthropic routes take `x-api-key` or `authorization: Bearer`; OpenAI
 * routes take `authorization: Bearer`. Any non-empty key passes except keys
 * starting with `bad-` (401 in the provider's format). A 401 does not consume
 * a queued fault.
 *
 * Response selection and faults: see ./controls.ts (headers `x-sim-fixture`,
 * `x-sim-fault`, `x-sim-events`, `x-sim-pace-ms`, `x-sim-tool`, `x-sim-tool-input`,
 * `x-sim-retry-after`, `x-sim-batch-ms`; model `fixture:<path>` and `?fault=...`).
 * Every response carries `x-switchyard-simulator: 1` and `request-id` (Anthropic)
 * or `x-request-id` (OpenAI) = `req_sim_<n>`.
 *
 * Every request is recorded (lowercased headers, body bytes) in a bounded ring
 * (`requests`), with `aborted` set when the client disconnected before the
 * response completed (the simulator then stops writing).
 */
import uWS from 'uWebSockets.js';
import type { HttpResponse, HttpRequest, TemplatedApp, us_listen_socket } from 'uWebSockets.js';
import { ResponseSink, type Header } from './sink.ts';
import { ControlError, parseFaults, parseModel, resolveControls, type Controls } from './controls.ts';
import { FixtureError, FixtureStore, defaultFixturesDir } from './fixtures.ts';
import {
  anthropicCompletion,
  anthropicCompletionEvents,
  anthropicErrorBody,
  anthropicErrorEvent,
  anthropicMessage,
  anthropicStreamEvents,
  pickAnthropicTool,
  thinkingTurnError,
  wantsThinking,
} from './anthropic.ts';
import {
  openaiChatCompletion,
  openaiChatStreamEvents,
  openaiCompletion,
  openaiCompletionEvents,
  openaiEmbeddings,
  openaiErrorBody,
  openaiErrorEvent,
  pickOpenAITool,
} from './openai.ts';
import { BatchStore, parseBatchCreate } from './batches.ts';
import { estimateTokens } from './synth.ts';

/** Options of `startSimulator`. */
export interface SimulatorOptions {
  /** Interface to bind; default `127.0.0.1`. */
  host?: string;
  /** TCP port; `0` (default) picks a free port. */
  port?: number;
  /** Fixtures directory; default runtime/simulator/recordings/ (env SWITCHYARD_FIXTURES overrides). */
  fixturesDir?: string;
  /** Size of the `requests` ring; default 1000, `0` disables recording (counters still run). */
  recordLimit?: number;
  /** Maximum request body in bytes before a 413 in the provider's format; default 64 MiB. */
  maxBodyBytes?: number;
}

/** One request as the simulator received it. */
export interface RecordedRequest {
  /** Upper-case HTTP method. */
  method: string;
  /** URL path without the query string, e.g. `/v1/messages`. */
  path: string;
  /** Raw query string without `?` (e.g. `beta=true`), or ''. */
  query: string;
  /** Request headers, names lowercased; repeated headers joined with `, `. */
  headers: Record<string, string>;
  /** Request body bytes (empty until fully read). */
  body: Buffer;
  /** The client disconnected before the response was complete. */
  aborted: boolean;
  /** The whole response was handed to the socket. */
  completed: boolean;
}

/** Live counters. */
export interface SimulatorStats {
  /** Requests received since start / last reset. */
  received: number;
  /** Requests whose client disconnected mid-response since start / last reset. */
  aborted: number;
  /** Requests in flight right now. */
  open: number;
}

/** A running simulator. */
export interface Simulator {
  /** Bound TCP port. */
  port: number;
  /** `http://127.0.0.1:PORT` (or the bound host when it is not a wildcard/loopback). Anthropic base URL; OpenAI base URL is `${url}/v1`. */
  url: string;
  /** Fixtures directory in use. */
  fixturesDir: string;
  /** The last `recordLimit` requests, oldest first (same array instance for the simulator's life). */
  requests: RecordedRequest[];
  /** Live counters (same object for the simulator's life). */
  stats: SimulatorStats;
  /** Queues fault specs consumed one per authenticated request, in order, before headers/model are consulted. Throws on a malformed spec. */
  queueFaults(specs: readonly string[]): void;
  /** Sets (or clears with null) the fault applied when no queue entry, header or model suffix names one. Throws on a malformed spec. */
  setDefaultFault(spec: string | null): void;
  /** Clears recorded requests, received/aborted counters, the fault queue, the default fault and the batch store. */
  reset(): void;
  /** Closes in-flight responses (as resets), the listener and all connections. */
  close(): Promise<void>;
}

type Provider = 'anthropic' | 'openai';
type Json = Record<string, unknown>;

interface JsonPlan {
  kind: 'json';
  status: number;
  headers: Header[];
  body: Buffer;
}
interface SsePlan {
  kind: 'sse';
  status: number;
  headers: Header[];
  events: Buffer[];
  /** Provider-format mid-stream error event used by `error-after` / `error-before-content`. */
  errorEvent: Buffer;
}
type Plan = JsonPlan | SsePlan;

interface Exchange {
  reqId: string;
  seq: number;
  rec: RecordedRequest;
  sink: ResponseSink;
  provider: Provider;
  url: URLSearchParams;
}

type Handler = (ex: Exchange, body: Json, c: Controls, params: string[]) => Plan | Promise<Plan>;

interface Route {
  provider: Provider | 'by-header';
  /** Whether the body must be a JSON object. */
  json: boolean;
  /** Whether auth and faults apply. */
  guarded: boolean;
  handler: Handler;
}

const EMPTY = Buffer.alloc(0);
const SSE_CT: Header = ['content-type', 'text/event-stream; charset=utf-8'];
const JSON_CT: Header = ['content-type', 'application/json'];

function isObj(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly param: string | null = null, readonly code: string | null = null) {
    super(message);
  }
}

function requireFields(body: Json, provider: Provider, fields: Array<[string, 'string' | 'array' | 'number' | 'any']>): void {
  for (const [name, kind] of fields) {
    const v = body[name];
    const ok = kind === 'any' ? v !== undefined && v !== null : kind === 'array' ? Array.isArray(v) : typeof v === kind;
    if (!ok) {
      if (provider === 'anthropic') throw new HttpError(400, `${name}: Field required`);
      throw new HttpError(400, `Missing required parameter: '${name}'.`, name, 'missing_required_parameter');
    }
  }
}

class SimulatorServer implements Simulator {
  port = 0;
  url = '';
  readonly fixturesDir: string;
  readonly requests: RecordedRequest[] = [];
  readonly stats: SimulatorStats = { received: 0, aborted: 0, open: 0 };

  readonly #app: TemplatedApp;
  #listen: us_listen_socket | null = null;
  readonly #fixtures: FixtureStore;
  readonly #batches = new BatchStore();
  readonly #active = new Set<ResponseSink>();
  readonly #recordLimit: number;
  readonly #maxBody: number;
  #faultQueue: string[] = [];
  #defaultFault: string | null = null;
  #seq = 0;
  #closed = false;
  readonly #routes: Array<{ method: string; pattern: RegExp; route: Route }>;

  constructor(opts: SimulatorOptions) {
    this.fixturesDir = opts.fixturesDir ?? defaultFixturesDir();
    this.#fixtures = new FixtureStore(this.fixturesDir);
    this.#recordLimit = opts.recordLimit ?? 1000;
    this.#maxBody = opts.maxBodyBytes ?? 64 * 1024 * 1024;
    this.#app = uWS.App();
    this.#app.any('/*', (res, req) => this.#onRequest(res, req));
    const A = 'anthropic' as const;
    const O = 'openai' as const;
    const r = (method: string, path: string, route: Route) => ({ method, pattern: new RegExp(`^(?:/v1)?${path}/?$`), route });
    const id = '([A-Za-z0-9_-]+)';
    this.#routes = [
      r('POST', '/messages', { provider: A, json: true, guarded: true, handler: (ex, b, c) => this.#messages(ex, b, c) }),
      r('POST', '/messages/count_tokens', { provider: A, json: true, guarded: true, handler: (ex, b) => this.#countTokens(ex, b) }),
      r('POST', '/complete', { provider: A, json: true, guarded: true, handler: (ex, b, c) => this.#complete(ex, b, c) }),
      r('POST', '/messages/batches', { provider: A, json: true, guarded: true, handler: (ex, b, c) => this.#batchCreate(ex, b, c) }),
      r('GET', '/messages/batches', { provider: A, json: false, guarded: true, handler: (ex) => this.#json(ex, 200, this.#batches.list(ex.url, this.#baseUrl(ex))) }),
      r('GET', `/messages/batches/${id}`, { provider: A, json: false, guarded: true, handler: (ex, _b, _c, p) => this.#batchGet(ex, p[0] ?? '') }),
      r('DELETE', `/messages/batches/${id}`, { provider: A, json: false, guarded: true, handler: (ex, _b, _c, p) => this.#batchDelete(ex, p[0] ?? '') }),
      r('GET', `/messages/batches/${id}/results`, { provider: A, json: false, guarded: true, handler: (ex, _b, _c, p) => this.#batchResults(ex, p[0] ?? '') }),
      r('POST', `/messages/batches/${id}/cancel`, { provider: A, json: false, guarded: true, handler: (ex, _b, _c, p) => this.#batchCancel(ex, p[0] ?? '') }),
      r('POST', '/chat/completions', { provider: O, json: true, guarded: true, handler: (ex, b, c) => this.#chat(ex, b, c) }),
      r('POST', '/completions', { provider: O, json: true, guarded: true, handler: (ex, b, c) => this.#completions(ex, b, c) }),
      r('POST', '/embeddings', { provider: O, json: true, guarded: true, handler: (ex, b) => this.#embeddings(ex, b) }),
      r('GET', '/models', { provider: 'by-header', json: false, guarded: true, handler: (ex) => this.#models(ex) }),
      { method: 'GET', pattern: /^\/health\/?$/, route: { provider: 'by-header', json: false, guarded: false, handler: (ex) => this.#json(ex, 200, { status: 'ok', simulator: 'switchyard' }) } },
    ];
  }

  listen(host: string, port: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#app.listen(host, port, (ls) => {
        if (!ls) {
          reject(new Error(`simulator: cannot listen on ${host}:${port}`));
          return;
        }
        this.#listen = ls;
        this.port = uWS.us_socket_local_port(ls as unknown as Parameters<typeof uWS.us_socket_local_port>[0]);
        const wildcard = host === '0.0.0.0' || host === '::' || host === '' || host === 'localhost' || host === '127.0.0.1';
        this.url = `http://${wildcard ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host}:${this.port}`;
        resolve();
      });
    });
  }

  queueFaults(specs: readonly string[]): void {
    for (const s of specs) parseFaults(s);
    this.#faultQueue.push(...specs);
  }

  setDefaultFault(spec: string | null): void {
    if (spec !== null) parseFaults(spec);
    this.#defaultFault = spec;
  }

  reset(): void {
    this.requests.length = 0;
    this.stats.received = 0;
    this.stats.aborted = 0;
    this.#faultQueue = [];
    this.#defaultFault = null;
    this.#batches.clear();
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    for (const s of [...this.#active]) s.closeNow();
    if (this.#listen) uWS.us_listen_socket_close(this.#listen);
    this.#listen = null;
    (this.#app as unknown as { close?: () => void }).close?.();
  }

  // ---------------------------------------------------------------- request intake

  #onRequest(res: HttpResponse, req: HttpRequest): void {
    // uWS rule: copy everything from req before anything else; req dies on return.
    const method = req.getMethod().toUpperCase();
    const path = req.getUrl();
    const query = req.getQuery() ?? '';
    const headers: Record<string, string> = {};
    req.forEach((k, v) => {
      const prev = headers[k];
      headers[k] = prev === undefined ? v : `${prev}, ${v}`;
    });
    const seq = ++this.#seq;
    const rec: RecordedRequest = { method, path, query, headers, body: EMPTY, aborted: false, completed: false };
    if (this.#recordLimit > 0) {
      if (this.requests.length >= this.#recordLimit) this.requests.shift();
      this.requests.push(rec);
    }
    this.stats.received++;
    this.stats.open++;
    // The sink registers the single onAborted before any await.
    const sink: ResponseSink = new ResponseSink(res, (outcome) => {
      this.stats.open--;
      this.#active.delete(sink);
      if (outcome === 'aborted') {
        rec.aborted = true;
        this.stats.aborted++;
      } else if (outcome === 'completed') rec.completed = true;
    });
    this.#active.add(sink);
    const ex: Exchange = {
      reqId: `req_sim_${seq}`,
      seq,
      rec,
      sink,
      provider: headers['anthropic-version'] !== undefined || path.includes('/messages') || path.endsWith('/complete') ? 'anthropic' : 'openai',
      url: new URLSearchParams(query),
    };
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    res.onData((ab, isLast) => {
      if (tooLarge) return;
      size += ab.byteLength;
      if (size > this.#maxBody) {
        tooLarge = true;
        const plan = this.#errorPlan(ex, 413, `Request body exceeds ${this.#maxBody} bytes.`);
        if (plan.kind === 'json') {
          sink.head(plan.status, plan.headers);
          void sink.end(plan.body, true);
        }
        return;
      }
      // onData buffers are neutered after the callback: copy.
      if (ab.byteLength > 0) chunks.push(Buffer.from(ab.slice(0)));
      if (!isLast) return;
      rec.body = chunks.length === 0 ? EMPTY : chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size);
      this.#dispatch(ex).catch((err: unknown) => this.#fail(ex, err));
    });
  }

  #fail(ex: Exchange, err: unknown): void {
    if (ex.sink.gone) return;
    if (ex.sink.headersSent) {
      ex.sink.close();
      return;
    }
    const status = err instanceof HttpError ? err.status : 500;
    const msg = err instanceof Error ? err.message : String(err);
    const plan = this.#errorPlan(ex, status, status === 500 ? `simulator error: ${msg}` : msg, err instanceof HttpError ? err : undefined);
    if (plan.kind === 'json') {
      ex.sink.head(plan.status, plan.headers);
      void ex.sink.end(plan.body);
    }
  }

  async #dispatch(ex: Exchange): Promise<void> {
    const { method, path, headers } = ex.rec;
    let found: { route: Route; params: string[] } | undefined;
    let pathKnown = false;
    for (const r of this.#routes) {
      const m = r.pattern.exec(path);
      if (!m) continue;
      pathKnown = true;
      if (r.method === method) {
        found = { route: r.route, params: m.slice(1) };
        break;
      }
    }
    if (!found) {
      const msg = ex.provider === 'anthropic' ? (pathKnown ? 'Method not allowed' : 'Not Found') : `Invalid URL (${method} ${path})`;
      throw new HttpError(pathKnown ? 405 : 404, msg);
    }
    const { route, params } = found;
    if (route.provider !== 'by-header') ex.provider = route.provider;
    if (route.guarded) this.#authenticate(ex, headers);

    let body: Json = {};
    if (route.json) {
      try {
        const parsed: unknown = JSON.parse(ex.rec.body.toString('utf8'));
        if (!isObj(parsed)) throw new Error('not an object');
        body = parsed;
      } catch {
        throw new HttpError(
          400,
          ex.provider === 'anthropic'
            ? 'There was an issue with the request body: expected a JSON object.'
            : "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON.)",
        );
      }
    }
    let c: Controls;
    try {
      c = resolveControls(headers, body.model, route.guarded ? this.#faultQueue.shift() : undefined, route.guarded ? this.#defaultFault : null);
    } catch (e) {
      if (e instanceof ControlError) throw new HttpError(400, `switchyard simulator: ${e.message}`);
      throw e;
    }
    const status = c.faults.find((f) => f.kind === 'status');
    let plan: Plan;
    if (status && status.kind === 'status') plan = this.#errorPlan(ex, status.status, undefined, undefined, status.retryAfter ?? c.retryAfter);
    else if (c.fixture !== undefined) plan = await this.#fixturePlan(ex, c.fixture);
    else plan = await route.handler(ex, body, c, params);
    await this.#execute(ex, plan, c);
  }

  #authenticate(ex: Exchange, headers: Record<string, string>): void {
    const auth = headers.authorization ?? '';
    const bearer = /^Bearer\s+(.+)$/i.exec(auth)?.[1]?.trim();
    const key = ex.provider === 'anthropic' ? headers['x-api-key'] || bearer : bearer;
    if (!key) {
      throw new HttpError(
        401,
        ex.provider === 'anthropic'
          ? 'x-api-key header is required'
          : "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
      );
    }
    if (key.startsWith('bad-')) {
      const masked = `${key.slice(0, 4)}****${key.slice(-4)}`;
      throw new HttpError(
        401,
        ex.provider === 'anthropic' ? 'invalid x-api-key' : `Incorrect API key provided: ${masked}. You can find your API key at https://platform.openai.com/account/api-keys.`,
        null,
        ex.provider === 'openai' ? 'invalid_api_key' : null,
      );
    }
  }

  // ---------------------------------------------------------------- response plans

  #baseHeaders(ex: Exchange): Header[] {
    return ex.provider === 'anthropic'
      ? [['request-id', ex.reqId], ['x-switchyard-simulator', '1']]
      : [['x-request-id', ex.reqId], ['openai-version', '2020-10-01'], ['openai-processing-ms', '1'], ['x-switchyard-simulator', '1']];
  }

  #json(ex: Exchange, status: number, obj: unknown, extra: readonly Header[] = []): JsonPlan {
    return { kind: 'json', status, headers: [JSON_CT, ...this.#baseHeaders(ex), ...extra], body: Buffer.from(JSON.stringify(obj)) };
  }

  #sse(ex: Exchange, events: Buffer[]): SsePlan {
    return {
      kind: 'sse',
      status: 200,
      headers: [SSE_CT, ['cache-control', 'no-cache'], ...this.#baseHeaders(ex)],
      events,
      errorEvent: ex.provider === 'anthropic' ? anthropicErrorEvent() : openaiErrorEvent(),
    };
  }

  /** Error response in the provider's envelope, with the retry headers real providers send. */
  #errorPlan(ex: Exchange, status: number, message?: string, err?: HttpError, retryAfter?: number): Plan {
    const extra: Header[] = [];
    if (status === 429) {
      extra.push(['retry-after', String(retryAfter ?? 1)], ['x-should-retry', 'true']);
      if (ex.provider === 'anthropic') extra.push(['anthropic-ratelimit-requests-remaining', '0']);
      else extra.push(['x-ratelimit-remaining-requests', '0'], ['x-ratelimit-reset-requests', `${retryAfter ?? 1}s`]);
    } else if (status >= 500 || status === 408 || status === 409) {
      extra.push(['x-should-retry', 'true']);
      if (retryAfter !== undefined) extra.push(['retry-after', String(retryAfter)]);
    } else if (status >= 400) extra.push(['x-should-retry', 'false']);
    let body: Json;
    if (ex.provider === 'anthropic') body = anthropicErrorBody(status, ex.reqId, message);
    else {
      const model = parseModel(this.#peekModel(ex)).base;
      body = openaiErrorBody(status, message, model);
      const e = body.error as Json;
      if (err?.param) e.param = err.param;
      if (err?.code) e.code = err.code;
    }
    return this.#json(ex, status, body, extra);
  }

  #peekModel(ex: Exchange): unknown {
    try {
      const b: unknown = JSON.parse(ex.rec.body.toString('utf8'));
      return isObj(b) ? b.model : undefined;
    } catch {
      return undefined;
    }
  }

  async #fixturePlan(ex: Exchange, rel: string): Promise<Plan> {
    let f;
    try {
      f = await this.#fixtures.load(rel);
    } catch (e) {
      if (e instanceof FixtureError) throw new HttpError(e.status === 404 ? 400 : e.status, `switchyard simulator: ${e.message}`);
      throw e;
    }
    const recorded = f.headers.filter(([k]) => k !== 'content-type');
    if (f.kind === 'sse') {
      const plan = this.#sse(ex, f.events);
      plan.status = f.status;
      plan.headers.push(...recorded);
      return plan;
    }
    const ct = f.headers.find(([k]) => k === 'content-type') ?? JSON_CT;
    return { kind: 'json', status: f.status, headers: [ct, ...this.#baseHeaders(ex), ...recorded], body: f.bytes };
  }

  #messages(ex: Exchange, body: Json, c: Controls): Plan {
    requireFields(body, 'anthropic', [['model', 'string'], ['messages', 'array'], ['max_tokens', 'number']]);
    const thinkingError = thinkingTurnError(body);
    if (thinkingError !== undefined) throw new HttpError(400, thinkingError);
    const inp = {
      model: body.model as string,
      id: `msg_sim_${ex.seq}`,
      inputTokens: estimateTokens(ex.rec.body.length),
      words: c.events,
      maxTokens: c.eventsExplicit ? undefined : num(body.max_tokens),
      tool: pickAnthropicTool(body, c.tool, c.toolInput),
      thinking: wantsThinking(body),
    };
    return body.stream === true ? this.#sse(ex, anthropicStreamEvents(inp)) : this.#json(ex, 200, anthropicMessage(inp));
  }

  #countTokens(ex: Exchange, body: Json): Plan {
    requireFields(body, 'anthropic', [['model', 'string'], ['messages', 'array']]);
    return this.#json(ex, 200, { input_tokens: estimateTokens(ex.rec.body.length) });
  }

  #complete(ex: Exchange, body: Json, c: Controls): Plan {
    requireFields(body, 'anthropic', [['model', 'string'], ['prompt', 'string'], ['max_tokens_to_sample', 'number']]);
    const model = body.model as string;
    const n = c.eventsExplicit ? c.events : Math.min(c.events, num(body.max_tokens_to_sample) ?? c.events);
    const id = `compl_sim_${ex.seq}`;
    return body.stream === true ? this.#sse(ex, anthropicCompletionEvents(model, id, n)) : this.#json(ex, 200, anthropicCompletion(model, id, n));
  }

  #chat(ex: Exchange, body: Json, c: Controls): Plan {
    requireFields(body, 'openai', [['model', 'string'], ['messages', 'array']]);
    const so = body.stream_options;
    const inp = {
      model: body.model as string,
      id: `chatcmpl-sim${ex.seq}`,
      created: Math.floor(Date.now() / 1000),
      promptTokens: estimateTokens(ex.rec.body.length),
      words: c.events,
      maxTokens: c.eventsExplicit ? undefined : (num(body.max_completion_tokens) ?? num(body.max_tokens)),
      tool: pickOpenAITool(body, c.tool, c.toolInput),
      includeUsage: isObj(so) && so.include_usage === true,
    };
    return body.stream === true ? this.#sse(ex, openaiChatStreamEvents(inp)) : this.#json(ex, 200, openaiChatCompletion(inp));
  }

  #completions(ex: Exchange, body: Json, c: Controls): Plan {
    requireFields(body, 'openai', [['model', 'string'], ['prompt', 'any']]);
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
    return body.stream === true ? this.#sse(ex, openaiCompletionEvents(inp)) : this.#json(ex, 200, openaiCompletion(inp));
  }

  #embeddings(ex: Exchange, body: Json): Plan {
    requireFields(body, 'openai', [['model', 'string'], ['input', 'any']]);
    const dims = num(body.dimensions);
    const out = openaiEmbeddings(body.model as string, body.input, dims !== undefined && dims > 0 ? Math.min(4096, Math.floor(dims)) : 8, body.encoding_format === 'base64');
    if (!out) throw new HttpError(400, "'input' : input must be a string, an array of strings or an array of token arrays", 'input', 'invalid_value');
    return this.#json(ex, 200, out);
  }

  #models(ex: Exchange): Plan {
    if (ex.provider === 'anthropic') {
      const ids = ['claude-opus-5-5', 'claude-sonnet-5-5', 'claude-haiku-5-5', 'claude-sonnet-4-5', 'claude-haiku-4-5'];
      const data = ids.map((id) => ({ type: 'model', id, display_name: id, created_at: '2025-01-01T00:00:00Z' }));
      return this.#json(ex, 200, { data, has_more: false, first_id: ids[0], last_id: ids[ids.length - 1] });
    }
    const ids = ['gpt-4o', 'gpt-4.1-nano', 'gpt-5-nano', 'text-embedding-3-small'];
    return this.#json(ex, 200, { object: 'list', data: ids.map((id) => ({ id, object: 'model', created: 1735689600, owned_by: 'switchyard-sim' })) });
  }

  #baseUrl(ex: Exchange): string {
    const host = ex.rec.headers.host;
    return host ? `http://${host}` : this.url;
  }

  #batchCreate(ex: Exchange, body: Json, c: Controls): Plan {
    const reqs = parseBatchCreate(body);
    if (typeof reqs === 'string') throw new HttpError(400, reqs);
    return this.#json(ex, 200, this.#batches.create(reqs, c.batchMs, this.#baseUrl(ex)));
  }

  #batchGet(ex: Exchange, id: string): Plan {
    const b = this.#batches.get(id, this.#baseUrl(ex));
    if (!b) throw new HttpError(404, `Message batch not found: ${id}`);
    return this.#json(ex, 200, b);
  }

  #batchCancel(ex: Exchange, id: string): Plan {
    const b = this.#batches.cancel(id, this.#baseUrl(ex));
    if (!b) throw new HttpError(404, `Message batch not found: ${id}`);
    return this.#json(ex, 200, b);
  }

  #batchDelete(ex: Exchange, id: string): Plan {
    const r = this.#batches.delete(id);
    if (r === 'not_found') throw new HttpError(404, `Message batch not found: ${id}`);
    if (r === 'in_progress') throw new HttpError(400, 'Message batches can only be deleted once they have finished processing.');
    return this.#json(ex, 200, { id, type: 'message_batch_deleted' });
  }

  #batchResults(ex: Exchange, id: string): Plan {
    const r = this.#batches.results(id);
    if (r === 'not_found') throw new HttpError(404, `Message batch not found: ${id}`);
    if (r === 'in_progress') throw new HttpError(400, `Message batch ${id} has not finished processing; results are not available yet.`);
    return { kind: 'json', status: 200, headers: [['content-type', 'application/x-jsonl'], ...this.#baseHeaders(ex)], body: Buffer.from(r) };
  }

  // ---------------------------------------------------------------- writing with faults

  /**
   * Writes a plan, applying stall/reset/error faults and pacing. With pace 0 and
   * no fault in between, consecutive events go out in one write.
   */
  async #execute(ex: Exchange, plan: Plan, c: Controls): Promise<void> {
    const sink = ex.sink;
    for (const f of c.faults) if (f.kind === 'stall-ms') await sink.sleep(f.ms);
    if (sink.gone) return;
    const reset = c.faults.find((f) => f.kind === 'reset-after');
    const resetN = reset?.kind === 'reset-after' ? reset.n : -1;
    if (resetN === 0) {
      sink.close();
      return;
    }
    sink.head(plan.status, plan.headers);
    if (plan.kind === 'json') {
      if (resetN > 0) {
        await sink.write(plan.body.subarray(0, Math.floor(plan.body.length / 2)));
        sink.close();
        return;
      }
      await sink.end(plan.body);
      return;
    }
    const errorFirst = c.faults.some((f) => f.kind === 'error-before-content');
    const events = errorFirst ? [plan.errorEvent] : plan.events;
    const total = events.length;
    const ea = c.faults.find((f) => f.kind === 'error-after');
    const errorAt = !errorFirst && ea?.kind === 'error-after' ? Math.min(ea.n, total) : -1;
    const sa = c.faults.find((f) => f.kind === 'stall-after');
    const stallAt = sa?.kind === 'stall-after' ? Math.min(sa.n, total) : -1;
    const resetAt = resetN > 0 ? Math.min(resetN, total) : -1;
    let pending: Buffer[] = [];
    const flush = async (): Promise<boolean> => {
      if (pending.length === 0) return !sink.gone;
      const buf = pending.length === 1 ? (pending[0] as Buffer) : Buffer.concat(pending);
      pending = [];
      return sink.write(buf);
    };
    for (let i = 0; i <= total; i++) {
      if (i === resetAt) {
        await flush();
        sink.close();
        return;
      }
      if (i === errorAt) {
        pending.push(plan.errorEvent);
        if (await flush()) await sink.end();
        return;
      }
      if (i === stallAt) {
        if (!(await flush())) return;
        await sink.sleep(sa?.kind === 'stall-after' ? sa.ms : 0);
        if (sink.gone) return;
      }
      if (i === total) break;
      pending.push(events[i] as Buffer);
      if (c.paceMs > 0 && i < total - 1) {
        if (!(await flush())) return;
        await sink.sleep(c.paceMs);
        if (sink.gone) return;
      }
    }
    if (await flush()) await sink.end();
  }
}

/**
 * Starts a simulator.
 * @param opts host (default 127.0.0.1), port (default 0 = free port), fixturesDir, recordLimit, maxBodyBytes
 * @returns the running simulator; call `close()` when done
 */
export async function startSimulator(opts: SimulatorOptions = {}): Promise<Simulator> {
  const sim = new SimulatorServer(opts);
  await sim.listen(opts.host ?? '127.0.0.1', opts.port ?? 0);
  return sim;
}

export { parseFaults, type Fault, type Controls } from './controls.ts';
export { splitSseEvents } from './fixtures.ts';
