/**
 * The gateway server: uWS listeners (main port and optional dedicated
 * Anthropic port), request copying and capped body reads, route lookup from
 * generated/routes.ts, and the gateway's own endpoints (/health, /v1/models).
 *
 * uWS rules (DESIGN.md §5): all request fields are copied at the top of the
 * handler; the ResponseSink registers the single onAborted before any await;
 * onData chunks are copied; oversize bodies get a 413 in the caller's format.
 */
import { uws, type HttpRequest, type HttpResponse, type TemplatedApp, type us_listen_socket } from './uws.ts';
import { ResponseSink } from './sink.ts';
import { matchRoute, matchOwnEndpoint, ownEndpointMethods, pathExists, allowedMethods, formatForPath, listenerFormat, type Format, type OwnEndpoint } from '../../generated/routes.ts';
import { MODELS, PROVIDERS } from '../../generated/capabilities.ts';
import { GatewayError } from '../errors.ts';
import { handle, newRequestId, type GatewayState, type Incoming, type PipelineHooks } from '../pipeline.ts';
import { FALLBACK_FORMAT, codecFor, formatByHeader, liftCallerKeys, sendError } from '../formats/index.ts';
import { createAgent, disabledKeyList, disabledKeyProbes } from '../upstream/index.ts';
import { createReliability, reconfigureReliability } from '../upstream/reliability.ts';
import { createResponseStore } from '../responses/store.ts';
import { handleReload, handleEnableKeys, reloadGateway, type ReloadResult } from './admin.ts';
import { listenFailure, LIBUS_LISTEN_EXCLUSIVE_PORT } from './listen.ts';
import { authenticate, mayUse } from '../auth/index.ts';
import { createOwnerStore } from '../security/owners.ts';
import { setReasoningCarrierKey } from '../formats/openai-responses/carrier.ts';
import { mountResponsesWebSocket, type ResponsesWs } from './responses-ws.ts';
import type { RuntimeConfig } from '../config/index.ts';

export { VERSION } from '../version.ts';
import { VERSION } from '../version.ts';

/** Extra endpoints other subsystems register (metrics, admin). Handler gets a ResponseSink. */
export type ExtraRoute = (req: Omit<Incoming, 'route' | 'params'>, sink: ResponseSink, gw: Gateway) => void | Promise<void>;

export interface GatewayOptions {
  hooks?: PipelineHooks;
  /**
   * Handlers of the gateway's own endpoints that other subsystems serve, keyed by
   * the endpoint name in specs/route-types.ts GATEWAY_ENDPOINTS (`metrics`).
   */
  extraRoutes?: Partial<Record<OwnEndpoint['name'], ExtraRoute>>;
  /** Extra fields merged into /health. */
  health?: () => Record<string, unknown>;
  /**
   * Reads and validates the config for a hot reload (SIGHUP, POST /admin/reload);
   * throws ConfigError. Without it, reload answers that there is no config source.
   */
  loadConfig?: () => RuntimeConfig;
  /** Log line for reload outcomes (admin endpoint). */
  onReload?: (msg: string, fields: Record<string, unknown>) => void;
  /**
   * Listen with SO_REUSEPORT so that this process's worker threads share the
   * port (server.workers > 1; the caller checks first that nobody else holds it:
   * runtime/server/listen.ts). Default: exclusive — a port in use is an error naming it.
   */
  sharedPort?: boolean;
}

export interface Gateway {
  /** Current state (swapped atomically by reload). */
  state: GatewayState;
  /** Bound port of the main listener. */
  port: number;
  /** Bound port of the dedicated Anthropic listener, if any. */
  anthropicPort: number | null;
  url: string;
  /** Requests in flight. */
  inFlight: number;
  /** Responses API WebSocket mode on the main listener (runtime/server/responses-ws.ts). */
  responsesWs: ResponsesWs | null;
  /** Replaces the config (in-flight requests finish on the old state). */
  swapConfig(cfg: RuntimeConfig): void;
  /** Reloads from `GatewayOptions.loadConfig` (validated whole, swapped atomically); an invalid config is rejected and the old one keeps serving. */
  reload(): ReloadResult;
  /** Stops accepting; resolves when in-flight requests finished or the grace period ran out. */
  close(graceMs?: number): Promise<void>;
}

/** A request's headers (lower-case names; repeated ones joined with ", "). */
export function readHeaders(req: HttpRequest): Record<string, string> {
  const h: Record<string, string> = {};
  req.forEach((k, v) => {
    const prev = h[k];
    h[k] = prev === undefined ? v : `${prev}, ${v}`;
  });
  return h;
}

const JSON_CT = { 'content-type': 'application/json' };
/** The body of a request until (and unless) one is read: zero bytes, shared (nothing can be written into it). */
const EMPTY_BODY = Buffer.alloc(0);
/** Body of `GET /` (the reachability check of Claude Code's gateway protocol). */
const ROOT_BODY = JSON.stringify({ name: 'switchyard', status: 'ok' });

/** Starts the gateway listeners. Throws when a port cannot be bound. */
export async function startGateway(cfg: RuntimeConfig, opts: GatewayOptions = {}): Promise<Gateway> {
  const agent = createAgent(cfg.timeouts);
  if (cfg.responses.reasoningKey) setReasoningCarrierKey(cfg.responses.reasoningKey);
  const gw: Gateway = {
    state: {
      cfg, agent, hooks: opts.hooks ?? {}, reliability: createReliability(cfg), owners: createOwnerStore(cfg.limits.store, cfg.limits.storeTimeoutMs),
      // Created at start (not on first use): with the memory store, each worker thread must be listening for the others' writes.
      responses: createResponseStore(cfg.responses),
    },
    port: 0,
    anthropicPort: null,
    url: '',
    inFlight: 0,
    responsesWs: null,
    swapConfig(next) {
      const old = gw.state.agent;
      const reliability = gw.state.reliability;
      reconfigureReliability(reliability, next);
      if (next.responses.reasoningKey) setReasoningCarrierKey(next.responses.reasoningKey);
      gw.state = { cfg: next, agent: createAgent(next.timeouts), hooks: gw.state.hooks, reliability, owners: gw.state.owners, responses: gw.state.responses };
      // The old agent finishes its in-flight requests, then closes.
      void old.close().catch(() => undefined);
    },
    reload() {
      if (!opts.loadConfig) return { ok: false, problems: ['no config file to reload from (started with the embedded default)'] };
      return reloadGateway(gw, opts.loadConfig);
    },
    close: async () => undefined,
  };
  const sockets: us_listen_socket[] = [];
  /** The listeners' own base URLs (set once bound). */
  const origins = { main: '', anthropic: '' };
  /** Request body bytes held by requests of this gateway (server.max_body_bytes_in_flight). */
  let bodyBytesInFlight = 0;
  const apps: TemplatedApp[] = [];
  let closing = false;

  const listen = (listener: 'main' | 'anthropic', host: string, port: number): Promise<number> =>
    new Promise((resolvePort, reject) => {
      const app: TemplatedApp = uws.App();
      apps.push(app);
      if (listener === 'main') {
        gw.responsesWs = mountResponsesWebSocket(app, {
          state: () => gw.state,
          origin: () => origins.main,
          closing: () => closing,
          begin: () => void gw.inFlight++,
          end: () => void gw.inFlight--,
          readHeaders,
        });
      }
      app.any('/*', (res, req) => onRequest(res, req, listener));
      const done = (sock: us_listen_socket | false) => {
        if (!sock) return void listenFailure(host, port, listener).then(reject);
        sockets.push(sock);
        resolvePort(uws.us_socket_local_port(sock));
      };
      if (opts.sharedPort) app.listen(host, port, done);
      // The native listen(host, port, options, cb) exists; uWS's typings only declare options without a host.
      else (app as unknown as { listen(h: string, p: number, o: number, cb: typeof done): TemplatedApp }).listen(host, port, LIBUS_LISTEN_EXCLUSIVE_PORT, done);
    });

  const onRequest = (res: HttpResponse, req: HttpRequest, listener: 'main' | 'anthropic'): void => {
    const sink = new ResponseSink(res);
    const method = req.getCaseSensitiveMethod().toUpperCase();
    const path = req.getUrl();
    let query = req.getQuery() ?? '';
    const headers = readHeaders(req);
    const startedAt = performance.now();
    const id = newRequestId();
    // The caller's error format, once per request: the dedicated listener only speaks Anthropic.
    const fmt: Format = listenerFormat(listener) ?? formatForPath(path);
    // A caller key in the query (Google's `?key=`) moves into its header before anything logs or routes the query.
    if (query !== '') query = liftCallerKeys(query, headers);
    if (closing) {
      sendError(sink, fmt, new GatewayError('draining', 'The gateway is shutting down.'), { connection: 'close' });
      return;
    }
    const origin = listener === 'anthropic' ? origins.anthropic : origins.main;
    const match = matchRoute(method, path, listener);
    if (!match) {
      const own = ownEndpoint(method, path, listener);
      if (own) {
        void runOwn(own, { method, path, query, headers, body: EMPTY_BODY, listener, startedAt, id, origin }, sink, fmt);
        return;
      }
      // 405 on a path served under other methods (an ingress route or one of the gateway's own endpoints, e.g. POST /), else 404.
      // (An own endpoint switched off here, e.g. /metrics with observability.metrics: false, is not served: no 405 for it.)
      const served = ownEndpointMethods(path, listener).filter((m) => ownEndpoint(m, path, listener) !== null);
      const allow = pathExists(path, listener) || served.length > 0 ? [...new Set([...allowedMethods(path, listener), ...served])].sort() : null;
      if (allow) sendError(sink, fmt, new GatewayError('method_not_allowed', `Method ${method} is not allowed on ${path}.`), { allow: allow.join(', ') });
      else sendError(sink, fmt, new GatewayError('not_found', `No route for ${method} ${path}.`));
      return;
    }
    // Every field set here, in one order (later writes change values, not the object's shape).
    const incoming: Incoming = {
      method, path, query, headers, body: EMPTY_BODY, listener, route: match.route, params: match.params, startedAt, id, origin,
      callerProviderKey: undefined, authenticated: undefined,
    };
    const format = match.route.ingressFormat;
    // The caller's response framing from the start, so the early errors below (413, 503) are framed too (Gemini's JSON-array streams).
    sink.filter = codecFor(format).responseFilter?.(match.route, query) ?? null;
    const limit = gw.state.cfg.server.bodyLimitBytes;
    // Counted from here, not from when the body is complete: close() must wait for a
    // request whose body is still uploading instead of destroying the agent under it.
    gw.inFlight++;
    let counted = true;
    const done = (): void => {
      if (!counted) return;
      counted = false;
      gw.inFlight--;
    };
    if (method === 'GET' || method === 'DELETE') {
      void run(incoming, sink, done);
      return;
    }
    const declared = headers['content-length'];
    if (declared !== undefined && !/^\d+$/.test(declared)) {
      sendError(sink, format, new GatewayError('invalid_request', 'Invalid content-length header.'), { connection: 'close' });
      done();
      return;
    }
    if (declared !== undefined && Number(declared) > limit) {
      sendError(sink, format, tooLarge(limit), { connection: 'close' });
      done();
      return;
    }
    // Authenticate from the headers alone: an unknown or missing key never gets its body read.
    const c = gw.state.cfg;
    try {
      // Kept for the pipeline, which reuses it while the config is still this one (no second key lookup).
      incoming.authenticated = { cfg: c, caller: authenticate(headers, c.callers, listener === 'anthropic' ? c.server.anthropicAuth : c.server.auth, c.hasPassthroughProvider) };
    } catch {
      // The pipeline answers (and accounts) the 401 from the headers; the body is never buffered.
      void run(incoming, sink, done);
      return;
    }
    // The global bound on body bytes held at once: the declared length is reserved up front,
    // a chunked body grows its reservation as it arrives; released when the request ends.
    const bodies = gw.state.cfg.server.maxBodyBytesInFlight;
    let reserved = 0;
    const reserve = (n: number): boolean => {
      if (n <= reserved) return true;
      if (bodyBytesInFlight + (n - reserved) > bodies) return false;
      bodyBytesInFlight += n - reserved;
      reserved = n;
      return true;
    };
    const finish = done;
    const release = (): void => {
      bodyBytesInFlight -= reserved;
      reserved = 0;
      finish();
    };
    if (!reserve(declared !== undefined ? Number(declared) : 0)) {
      sendError(sink, format, busy(), { connection: 'close' });
      done();
      return;
    }
    // A caller that goes away mid-upload releases its count; once `run` started, it releases it.
    let running = false;
    sink.onAbort(() => {
      if (!running) release();
    });
    const parts: Buffer[] = [];
    let size = 0;
    res.onData((ab, isLast) => {
      if (!sink.open) return;
      size += ab.byteLength;
      if (size > limit) {
        sendError(sink, format, tooLarge(limit), { connection: 'close' });
        release();
        return;
      }
      if (!reserve(size)) {
        sendError(sink, format, busy(), { connection: 'close' });
        release();
        return;
      }
      // Copy: uWS neuters the ArrayBuffer after the callback.
      parts.push(copyChunk(ab));
      if (isLast) {
        if (closing) {
          // Shutdown began while the body was uploading: answer as for a new request.
          sendError(sink, format, new GatewayError('draining', 'The gateway is shutting down.'), { connection: 'close' });
          release();
          return;
        }
        incoming.body = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, size);
        running = true;
        void run(incoming, sink, release);
      }
    });
  };

  /** Runs a routed request; `done` releases its in-flight count (taken in onRequest). */
  const run = async (incoming: Incoming, sink: ResponseSink, done: () => void): Promise<void> => {
    try {
      await handle(gw.state, incoming, sink);
    } finally {
      done();
    }
  };

  type Own = (req: Omit<Incoming, 'route' | 'params'>, sink: ResponseSink) => void | Promise<void>;
  /** Gateway-endpoint requests (/health, /v1/models, reload, …) among gw.inFlight: close() waits for them, /health does not report them. */
  let ownInFlight = 0;
  const runOwn = async (own: Own, req: Omit<Incoming, 'route' | 'params'>, sink: ResponseSink, fmt: Format) => {
    gw.inFlight++;
    ownInFlight++;
    try {
      await own(req, sink);
    } catch (e) {
      sendError(sink, fmt, e instanceof GatewayError ? e : new GatewayError('api_error', String(e), { expose: false }));
    } finally {
      gw.inFlight--;
      ownInFlight--;
    }
  };

  /** The handler of a gateway endpoint (specs/route-types.ts GATEWAY_ENDPOINTS), or null. */
  const ownEndpoint = (method: string, path: string, listener: 'main' | 'anthropic'): Own | null => {
    const e = matchOwnEndpoint(method, path, listener);
    if (!e) return null;
    switch (e.name) {
      case 'root':
        // Reveals nothing about the config: reachable without a key (Claude Code probes it before any key is sent).
        return (r, sink) => sink.send(200, JSON_CT, r.method === 'HEAD' ? '' : ROOT_BODY);
      case 'health':
        return (_r, sink) => sink.send(200, JSON_CT, JSON.stringify(health()));
      case 'models':
        // Shape: the endpoint's format; at the root, the listener's format, else the one whose identifying header the request carries.
        return (r, sink) => listModels(r, sink, e.format ?? listenerFormat(listener) ?? formatByHeader(r.headers) ?? FALLBACK_FORMAT);
      case 'model':
        return (r, sink) => listModels(r, sink, e.format ?? listenerFormat(listener) ?? formatByHeader(r.headers) ?? FALLBACK_FORMAT, e.params?.model ?? '');
      case 'reload':
        return (r, sink) => handleReload(gw, opts.loadConfig, r.headers, sink, opts.onReload);
      case 'enable-keys':
        return (r, sink) => handleEnableKeys(gw, r.headers, r.query, sink, opts.onReload);
      default: {
        const extra = opts.extraRoutes?.[e.name];
        return extra ? (r, sink) => extra(r, sink, gw) : null;
      }
    }
  };

  const health = (): Record<string, unknown> => {
    const c = gw.state.cfg;
    const providers: Record<string, unknown> = {};
    const circuits = new Map(gw.state.reliability.breakers.snapshot().map((b) => [`${b.provider} ${b.base_url}`, b]));
    for (const p of c.providers.values()) {
      const disabled = disabledKeyList(p);
      const cb = circuits.get(`${p.name} ${p.baseUrl}`);
      providers[p.name] = {
        type: p.type,
        base_url: publicBaseUrl(p.baseUrl),
        simulated: p.simulated,
        caller_keys: p.callerKeys,
        keys: p.keys.length,
        keys_disabled: disabled.length,
        ...(disabled.length ? { keys_disabled_ids: disabled, keys_probe_at: disabledKeyProbes(p) } : {}),
        circuit: cb
          ? { state: cb.state, consecutive_failures: cb.consecutive_failures, window_requests: cb.window_requests, window_failures: cb.window_failures, retry_in_ms: cb.retry_in_ms, opened_total: cb.opened_total }
          : { state: 'closed' },
      };
    }
    return {
      status: closing ? 'shutting_down' : 'ok',
      version: VERSION,
      listeners: { main: { host: c.server.host, port: gw.port }, ...(gw.anthropicPort !== null ? { anthropic: { host: c.server.host, port: gw.anthropicPort } } : {}) },
      providers,
      models: c.aliases.size,
      in_flight: gw.inFlight - ownInFlight, // requests on API routes; not this /health request itself
      ...(opts.health?.() ?? {}),
    };
  };

  /** `GET …/models` in the caller's shape; with `one` (a path segment, URL-encoded), that alias alone or 404. */
  const listModels = (r: Omit<Incoming, 'route' | 'params'>, sink: ResponseSink, fmt: Format, one?: string) => {
    const c = gw.state.cfg;
    let caller;
    try {
      caller = authenticate(r.headers, c.callers, r.listener === 'anthropic' ? c.server.anthropicAuth : c.server.auth, c.hasPassthroughProvider);
    } catch (e) {
      sendError(sink, fmt, e as GatewayError);
      return;
    }
    const info = (alias: string) => {
      const t = c.aliases.get(alias)?.targets[0];
      const p = t ? c.providers.get(t.provider) : undefined;
      const m = t && p ? MODELS[p.type]?.[t.model] : undefined;
      return { t, p, m };
    };
    const ids = [...c.aliases.keys()].filter((a) => mayUse(caller, a)).sort();
    if (one !== undefined) {
      let id = one;
      try { id = decodeURIComponent(one).replace(/^models\//, ''); } catch { /* not percent-encoding: no such alias */ }
      const codec = codecFor(fmt);
      if (!ids.includes(id)) {
        sendError(sink, fmt, new GatewayError('not_found', `Unknown model '${id.slice(0, 200)}': no model alias of that name is available to this caller key.`, { param: 'model' }));
        return;
      }
      const { p, m } = info(id);
      const entry = { id, displayName: m?.displayName ?? id, ownedBy: p ? PROVIDERS[p.type].displayName.toLowerCase() : 'switchyard', catalog: catalogFields(m) };
      const body = codec.modelGet ? codec.modelGet(entry) : (codec.modelList([entry]) as { data?: unknown[] }).data?.[0];
      sink.send(200, JSON_CT, JSON.stringify(body));
      return;
    }
    const body = codecFor(fmt).modelList(ids.map((id) => {
      const { p, m } = info(id);
      return { id, displayName: m?.displayName ?? id, ownedBy: p ? PROVIDERS[p.type].displayName.toLowerCase() : 'switchyard', catalog: catalogFields(m) };
    }));
    sink.send(200, JSON_CT, JSON.stringify(body));
  };

  gw.port = await listen('main', cfg.server.host, cfg.server.port);
  gw.url = `http://${cfg.server.host}:${gw.port}`;
  origins.main = listenerOrigin(cfg.server.host, gw.port);
  if (cfg.server.anthropicPort !== null) {
    gw.anthropicPort = await listen('anthropic', cfg.server.host, cfg.server.anthropicPort);
    origins.anthropic = listenerOrigin(cfg.server.host, gw.anthropicPort);
  }

  gw.close = async (graceMs = gw.state.cfg.server.shutdownGraceMs) => {
    closing = true;
    for (const s of sockets.splice(0)) uws.us_listen_socket_close(s);
    gw.responsesWs?.shutdown();
    const deadline = Date.now() + graceMs;
    while (gw.inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    if (gw.inFlight > 0) {
      // Grace period over: requests still running end now with an error in their caller's format
      // (an error event for streams), then the upstream connections are closed.
      gw.state.reliability.shutdown.abort();
      const hard = Date.now() + 1000;
      while (gw.inFlight > 0 && Date.now() < hard) await new Promise((r) => setTimeout(r, 10));
    }
    await gw.state.agent.destroy().catch(() => undefined);
    await gw.state.owners?.close();
    await gw.state.responses?.close();
    // Close the remaining (idle keep-alive) connections: a worker thread can only end
    // once uWS holds no open sockets (runtime/server/workers.ts).
    for (const app of apps.splice(0)) (app as unknown as { close?: () => void }).close?.();
  };
  return gw;
}

/** Model catalog details added to /v1/models entries (specs/providers/*.ts `models`); none for models outside the catalog. */
function catalogFields(m: { contextWindow: number; maxOutputTokens: number; inputModalities: readonly string[]; thinking: boolean; lifecycle?: { status: string; retires?: string } } | undefined): Record<string, unknown> {
  return m ? { context_window: m.contextWindow, max_output_tokens: m.maxOutputTokens, input_modalities: [...m.inputModalities], thinking: m.thinking, ...(m.lifecycle ? { lifecycle: m.lifecycle.status, ...(m.lifecycle.retires ? { retires: m.lifecycle.retires } : {}) } : {}) } : {};
}

/**
 * A base URL as /health shows it: without userinfo (`https://user:secret@host`),
 * query and fragment, which may carry credentials (`?api-key=…`).
 */
export function publicBaseUrl(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    u.search = '';
    u.hash = '';
    return u.toString().replace(/\/$/, url.endsWith('/') ? '/' : '');
  } catch {
    return '(invalid URL)';
  }
}

/** A listener's own base URL; a wildcard address becomes loopback (set server.public_url for remote callers). */
function listenerOrigin(host: string, port: number): string {
  const h = host === '0.0.0.0' || host === '' ? '127.0.0.1' : host === '::' ? '[::1]' : host.includes(':') ? `[${host}]` : host;
  return `http://${h}:${port}`;
}

/**
 * A copy of a request body chunk. A small chunk (the usual JSON request) is copied into
 * Node's shared Buffer pool: ~0.1 µs against ~1 µs for a new ArrayBuffer of its own
 * (`ab.slice`), and no ArrayBuffer per request for the GC to track; a large one gets its own.
 */
function copyChunk(ab: ArrayBuffer): Buffer {
  return ab.byteLength < Buffer.poolSize >>> 1 ? Buffer.from(new Uint8Array(ab)) : Buffer.from(ab.slice(0));
}

/** The 503 a request gets when the bodies being read and served already hold server.max_body_bytes_in_flight. */
function busy(): GatewayError {
  return new GatewayError('unavailable', 'The gateway is reading too many request bodies at once (server.max_body_bytes_in_flight); retry shortly.', {
    headers: { 'retry-after': '1' }, openaiCode: 'server_busy',
  });
}

function tooLarge(limit: number): GatewayError {
  return new GatewayError('request_too_large', `Request body exceeds the ${limit}-byte limit.`);
}

