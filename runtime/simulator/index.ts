/**
 * Switchyard's built-in provider simulator: an Anthropic-, OpenAI- and
 * Gemini-shaped upstream on uWebSockets.js, used by the embedded demo, the tests and the
 * benchmarks.
 *
 * Routes (each also served without the `/v1` prefix):
 * - Anthropic (base URL `http://host:port`): `POST /v1/messages` (JSON or SSE per body `stream`),
 *   `POST /v1/messages/count_tokens`, `POST /v1/complete`, Message Batches
 *   (`POST|GET /v1/messages/batches`, `GET|DELETE /v1/messages/batches/:id`,
 *   `GET /v1/messages/batches/:id/results`, `POST /v1/messages/batches/:id/cancel`).
 * - OpenAI (base URL `http://host:port/v1`): `POST /v1/chat/completions` (JSON or SSE),
 *   `POST /v1/completions`, `POST /v1/embeddings`.
 * - Vertex AI (./providers/vertex.ts, base URL `http://host:port`):
 *   `POST /v1/projects/{p}/locations/{r}/publishers/anthropic/models/{model}:rawPredict`
 *   and `:streamRawPredict`, `…/models/count-tokens:rawPredict`, and the OAuth
 *   token endpoint `POST /token` (service-account JWT assertions verified).
 * - Microsoft Foundry (./providers/foundry.ts, base URL `http://host:port/anthropic`):
 *   `POST /anthropic/v1/messages`, `/anthropic/v1/messages/count_tokens`.
 * - Amazon Bedrock (base URL `http://host:port`, region `us-east-1`): `POST /model/{modelId}/invoke`,
 *   `/invoke-with-response-stream` (AWS event-stream), `/count-tokens`; SigV4 verified for real
 *   (./clouds/bedrock.ts; `bedrock` option). Header faults (`x-sim-fault`) apply; the fault queue does not.
 * - Gemini API (provider `gemini`, base URL `http://host:port`):
 *   `POST /v1beta/models/{model}:generateContent`, `:streamGenerateContent`
 *   (`?alt=sse` or the JSON array), `:countTokens`, `GET /v1beta/models[/{model}]`,
 *   also under `/v1` and `/v1alpha` (./providers/gemini.ts, ./gemini/).
 * - `GET /v1/models` (Anthropic list when the request carries `anthropic-version`,
 *   Gemini's with `x-goog-api-key` or `?key=`, OpenAI list otherwise); `GET /health` (no auth).
 *
 * Each simulated provider is one module (./providers/: its routes, envelopes,
 * headers and auth rules); this server is provider-neutral.
 * - Provider dialects: every provider type of specs/providers/ is also played
 *   from its spec under `/_dialect/<type>` (./providers/dialects.ts: routes,
 *   auth or none, request-id header, rejected params, reasoning field, usage in
 *   streams, tool-call ids, Azure's layout); `simulatedBaseUrl(sim.url, type)`
 *   is the base URL to configure.
 *
 * Auth: Anthropic routes take `x-api-key` or `authorization: Bearer`; OpenAI
 * routes take `authorization: Bearer`. Any non-empty key passes except keys
 * starting with `bad-` (401 in the provider's format; Gemini: `x-goog-api-key`
 * or `?key=`, and a `bad-` key is Google's 400 API_KEY_INVALID). A rejected
 * key does not consume a queued fault.
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
import { uws as uWS } from '../server/uws.ts'; // the native binding or a clear error, never the fallback
import type { HttpResponse, HttpRequest, TemplatedApp, us_listen_socket } from 'uWebSockets.js';
import { ResponseSink, type Header } from './sink.ts';
import { ControlError, parseFaults, parseModel, resolveControls, type Controls } from './controls.ts';
import { FixtureError, FixtureStore, defaultFixturesDir } from './fixtures.ts';
import { BatchStore } from './batches.ts';
import { SIMULATOR_AWS_CREDENTIAL, createBedrockHandler, type BedrockSimulatorOptions } from './clouds/bedrock.ts';
import type { CloudHandler, FaultQueue } from './clouds/common.ts';
import { HttpError, simulatedProviders, type CloudSimOptions, type CloudSimState, type FaultSource, type Json, type Plan, type RecordedRequest, type SimExchange, type SimRoute, type SimulatedProvider } from './providers/index.ts';

export type { RecordedRequest } from './providers/index.ts';

/** Options of `startSimulator`. */
export interface SimulatorOptions extends CloudSimOptions {
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
  /**
   * The simulated Amazon Bedrock runtime served on `/model/{modelId}/…`
   * (./clouds/bedrock.ts: InvokeModel, event-stream, CountTokens, SigV4
   * verified for real). Default: region `us-east-1`, the SigV4 credential
   * SIMULATOR_AWS_CREDENTIAL, and any Bedrock API key not starting with `bad-`.
   */
  bedrock?: BedrockSimulatorOptions;
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
  /** Observable state of the simulated clouds (Vertex token requests). */
  clouds: CloudSimState;
  /** Fault queue of the simulated Bedrock runtime (`/model/…`; `push([...])`, `setDefault(spec)`), apart from the other providers' queue. */
  readonly bedrockFaults: FaultQueue;
  /** Clears recorded requests, received/aborted counters, the fault queue, the default fault and the batch store. */
  reset(): void;
  /** Closes in-flight responses (as resets), the listener and all connections. */
  close(): Promise<void>;
}

interface Exchange extends SimExchange {
  readonly sink: ResponseSink;
  /** The provider whose API the request speaks (its route's owner, else the first that claims it). */
  provider: SimulatedProvider;
  /** The model named by the route when it is not the body's (e.g. in the path). */
  routeModel?: unknown;
}

interface RouteEntry {
  method: string;
  pattern: RegExp;
  /** Null: a provider-neutral route (`/health`, `/v1/models`). */
  provider: SimulatedProvider | null;
  guarded: boolean;
  json: boolean;
  model?: SimRoute['model'];
  handler: SimRoute['handler'];
}

const EMPTY = Buffer.alloc(0);
const SSE_CT: Header = ['content-type', 'text/event-stream; charset=utf-8'];
const JSON_CT: Header = ['content-type', 'application/json'];

function isObj(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The provider a request speaks when no route of a provider decides it. */
function claimant(providers: readonly SimulatedProvider[], path: string, headers: Record<string, string>): SimulatedProvider {
  return providers.find((p) => p.claims(path, headers)) ?? (providers[providers.length - 1] as SimulatedProvider);
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
  readonly #routes: RouteEntry[];
  readonly #providers: SimulatedProvider[];
  readonly clouds: CloudSimState;
  /** Clouds served by their own handler (./clouds/): path prefix → handler. */
  readonly #clouds: ReadonlyArray<{ prefix: string; handle: CloudHandler; faults: FaultQueue }>;
  readonly bedrockFaults: FaultQueue;
  /** The fault queue and default fault as providers that serve whole requests see them (Gemini). */
  readonly #faults: FaultSource = ((srv: SimulatorServer): FaultSource => ({
    next: () => srv.#faultQueue.shift(),
    get default() { return srv.#defaultFault; },
  }))(this);

  constructor(opts: SimulatorOptions) {
    this.fixturesDir = opts.fixturesDir ?? defaultFixturesDir();
    this.#fixtures = new FixtureStore(this.fixturesDir);
    this.#recordLimit = opts.recordLimit ?? 1000;
    this.#maxBody = opts.maxBodyBytes ?? 64 * 1024 * 1024;
    const bedrock = createBedrockHandler({ region: 'us-east-1', credentials: [SIMULATOR_AWS_CREDENTIAL], anyApiKey: true, ...opts.bedrock });
    this.#clouds = [{ prefix: '/model/', ...bedrock }];
    this.bedrockFaults = bedrock.faults;
    this.#app = uWS.App();
    this.#app.any('/*', (res, req) => this.#onRequest(res, req));
    const pattern = (path: string) => new RegExp(`^(?:/v1)?${path}/?$`);
    ({ providers: this.#providers, state: this.clouds } = simulatedProviders(opts));
    this.#routes = [
      ...this.#providers.flatMap((p) => p.routes.map((r): RouteEntry => ({ method: r.method, pattern: pattern(r.path), provider: p, guarded: r.public !== true, json: r.json, model: r.model, handler: r.handler }))),
      { method: 'GET', pattern: pattern('/models'), provider: null, guarded: true, json: false, handler: (ex) => ex.json(200, (ex as Exchange).provider.models()) },
      { method: 'GET', pattern: /^\/health\/?$/, provider: null, guarded: false, json: false, handler: (ex) => ex.json(200, { status: 'ok', simulator: 'switchyard' }) },
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
    for (const c of this.#clouds) c.faults.clear();
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
    const ex = this.#exchange(`req_sim_${seq}`, seq, rec, sink, claimant(this.#providers, path, headers), new URLSearchParams(query));
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
      const cloud = this.#clouds.find((c) => path.startsWith(c.prefix));
      (cloud ? cloud.handle(rec, sink) : this.#dispatch(ex)).catch((err: unknown) => this.#fail(ex, err));
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
    const whole = this.#providers.find((p) => p.serve?.owns(path, headers, ex.rec.query));
    if (whole?.serve) {
      ex.provider = whole;
      await whole.serve.handle(ex.rec, ex.sink, this.#faults);
      return;
    }
    let found: { route: RouteEntry; params: string[] } | undefined;
    let pathKnown = false;
    for (const r of this.#routes) {
      const m = r.pattern.exec(path);
      if (!m) continue;
      pathKnown = true;
      if (r.method === method) {
        found = { route: r, params: m.slice(1) };
        break;
      }
    }
    if (!found) throw new HttpError(pathKnown ? 405 : 404, ex.provider.notFoundMessage(method, path, pathKnown));
    const { route, params } = found;
    if (route.provider !== null) ex.provider = route.provider;
    if (route.guarded) this.#authenticate(ex, headers, params);

    let body: Json = {};
    if (route.json) {
      try {
        const parsed: unknown = JSON.parse(ex.rec.body.toString('utf8'));
        if (!isObj(parsed)) throw new Error('not an object');
        body = parsed;
      } catch {
        throw new HttpError(400, ex.provider.invalidJsonMessage);
      }
    }
    if (route.model) ex.routeModel = route.model(params, body);
    let c: Controls;
    try {
      c = resolveControls(headers, route.model ? ex.routeModel : body.model, route.guarded ? this.#faultQueue.shift() : undefined, route.guarded ? this.#defaultFault : null);
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

  #authenticate(ex: Exchange, headers: Record<string, string>, params: string[]): void {
    if (ex.provider.authenticate) {
      const denied = ex.provider.authenticate(headers, params);
      if (denied) throw denied;
      return;
    }
    const key = ex.provider.apiKey(headers);
    if (!key) throw new HttpError(401, ex.provider.missingKeyMessage);
    if (key.startsWith('bad-')) throw ex.provider.badKey(`${key.slice(0, 4)}****${key.slice(-4)}`);
  }

  // ---------------------------------------------------------------- response plans

  /** The exchange of one request: its facts and plan builders in its provider's shape. */
  #exchange(reqId: string, seq: number, rec: RecordedRequest, sink: ResponseSink, provider: SimulatedProvider, url: URLSearchParams): Exchange {
    const server = this;
    const ex: Exchange = {
      reqId, seq, rec, sink, provider, url,
      batches: this.#batches,
      baseUrl: () => (rec.headers.host ? `http://${rec.headers.host}` : server.url),
      json: (status, obj, extra = []) => ({ kind: 'json', status, headers: [JSON_CT, ...ex.provider.headers(reqId), ...extra], body: Buffer.from(JSON.stringify(obj)) }),
      raw: (status, contentType, body) => ({ kind: 'json', status, headers: [['content-type', contentType], ...ex.provider.headers(reqId)], body }),
      sse: (events) => ({
        kind: 'sse',
        status: 200,
        headers: [SSE_CT, ['cache-control', 'no-cache'], ...ex.provider.headers(reqId)],
        events,
        errorEvent: ex.provider.errorEvent(),
      }),
    };
    return ex;
  }

  /** Error response in the provider's envelope, with the retry headers real providers send. */
  #errorPlan(ex: Exchange, status: number, message?: string, err?: HttpError, retryAfter?: number): Plan {
    const extra: Header[] = [];
    if (status === 429) extra.push(['retry-after', String(retryAfter ?? 1)], ['x-should-retry', 'true'], ...ex.provider.rateLimitHeaders(retryAfter ?? 1));
    else if (status >= 500 || status === 408 || status === 409) {
      extra.push(['x-should-retry', 'true']);
      if (retryAfter !== undefined) extra.push(['retry-after', String(retryAfter)]);
    } else if (status >= 400) extra.push(['x-should-retry', 'false']);
    if (err) extra.push(...err.headers);
    const model = parseModel(ex.routeModel ?? this.#peekModel(ex)).base;
    return ex.json(status, ex.provider.errorBody({ reqId: ex.reqId, model }, status, message, err), extra);
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
      const plan = ex.sse(f.events);
      plan.status = f.status;
      plan.headers.push(...recorded);
      return plan;
    }
    const ct = f.headers.find(([k]) => k === 'content-type') ?? JSON_CT;
    return { kind: 'json', status: f.status, headers: [ct, ...ex.provider.headers(ex.reqId), ...recorded], body: f.bytes };
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
export { simulatedBaseUrl, simulatedSettings, dialectPrefix } from './dialects.ts';
export { splitSseEvents } from './fixtures.ts';
