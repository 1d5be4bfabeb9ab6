/**
 * Anthropic Message Batches (`files/v1/batches`), native Anthropic format only.
 *
 * Operations (specs/route-types.ts; wire format in wire-formats.md §1.1) and
 * the upstream path each maps to, derived from the capability row's
 * `upstreamPath` (`/v1/messages/batches`):
 *
 * | operation | ingress                                    | upstream                        |
 * |-----------|--------------------------------------------|---------------------------------|
 * | create    | POST   /v1/messages/batches                | POST   {path}                   |
 * | list      | GET    /v1/messages/batches                | GET    {path}?{query}           |
 * | retrieve  | GET    /v1/messages/batches/:id            | GET    {path}/:id               |
 * | results   | GET    /v1/messages/batches/:id/results    | GET    {path}/:id/results       |
 * | cancel    | POST   /v1/messages/batches/:id/cancel     | POST   {path}/:id/cancel        |
 * | delete    | DELETE /v1/messages/batches/:id            | DELETE {path}/:id               |
 *
 * Which upstream serves a request:
 * - create: every request's `params.model` is resolved like a Messages call
 *   (alias → targets, capability check for `files/v1/batches` in the anthropic
 *   format, caller permissions, model-string parameters, `force_model`) and
 *   takes the alias's FIRST capable target: a batch lives on one upstream, so
 *   there is no weighting and no failover. All requests must land on the same
 *   provider (else 400 naming the models and providers); each `params.model`
 *   is rewritten to the upstream model. The body is re-serialised (the only
 *   place outside transcoding that does: the models to patch are nested).
 * - list: the provider named in the `x-switchyard-provider` request header,
 *   else the first provider in config order whose table has `files/v1/batches`.
 * - by id (retrieve, results, cancel, delete): the provider that created or
 *   listed the batch through this process (an in-memory id → provider map,
 *   bounded); for an unknown id (another replica, a restart) the only
 *   batch-capable provider, or, with several, each in config order is asked
 *   `GET {path}/:id` until one knows it.
 * A caller reaches a provider's batches only if one of the model aliases it
 * may use targets that provider, or it has direct provider routing.
 *
 * Tenant isolation: every batch is owned by the caller that created it
 * (runtime/security/owners.ts: memory, plus the shared Redis with a redis
 * limits store, so it holds after a restart and across replicas). Retrieve,
 * results, cancel and delete of a batch the caller does not own are a 404
 * before anything is sent upstream; list pages show only the caller's own
 * batches. A request with the admin key in `x-admin-key` reaches every batch.
 *
 * Responses are relayed with the upstream status; `results_url` in a
 * `message_batch` (create, retrieve, cancel, list pages) is rewritten to the
 * GATEWAY's URL for the same batch (scheme and host from `x-forwarded-proto` /
 * `x-forwarded-host` or the `host` header, plus the ingress prefix such as
 * `/anthropic`), so SDKs that follow it (`client.messages.batches.results`)
 * come back through the gateway with their caller key. Results (JSONL) are
 * streamed through the executor's pump (no prelude: backpressure, idle timer
 * suspended while the caller's socket is full), unparsed. Upstream errors pass
 * through unchanged, as on every native route.
 *
 * Upstream requests go through the executor's path (runtime/upstream: undici
 * dispatch, first-byte timeout, `connectionError`), behind the provider's
 * circuit breaker (open: 503 with retry-after), with stored-key rotation on
 * 401/403, the total time limit and the shutdown abort. No other retries or
 * failover: a batch lives on one upstream.
 */
import { PROVIDERS, findCapability, unsupportedReason, type Capability } from '../../generated/capabilities.ts';
import { GatewayError } from '../errors.ts';
import { mayUse, requireCallerProviderKey, type Caller } from '../auth/index.ts';
import { resolve, type Attempt } from '../routing/index.ts';
import { applyModelParams } from '../routing/model-params.ts';
import type { ProviderRuntime, RuntimeConfig } from '../config/index.ts';
import type { ResponseSink } from '../server/sink.ts';
import { upstreamHeaders, relayedHeaders } from '../upstream/index.ts';
import { scrubberFor } from '../security/scrub.ts';
import { createOwnerStore, ownerOf, type OwnerStore } from '../security/owners.ts';
import { isAdmin } from '../server/admin.ts';
import type { UpstreamAbort, UpstreamResponse } from '../upstream/body.ts';
import type { BreakerTicket } from '../upstream/breaker.ts';
import {
  RequestDeadline, abortWiring, adapterOf, callerEncodingError, circuitOpenError, connectionError, providerKey as keyFor, readBody, rejectProviderKey, sendUpstream,
} from '../upstream/exchange.ts';
import { pump } from '../relay/pump.ts';
import { isUpstreamFailureStatus } from '../upstream/retry.ts';
import type { Format, RouteEntry } from '../../generated/routes.ts';
import { check, codecFor, parseJson, type Validator } from '../formats/index.ts';
import type { GatewayState } from '../pipeline.ts';
import type { RequestRecorder } from '../recorder.ts';

/** What the batches handler needs from the pipeline's request. */
export interface BatchRequest {
  method: string;
  query: string;
  headers: Record<string, string>;
  body: Buffer;
  route: RouteEntry;
  params: Record<string, string>;
  id: string;
  /** performance.now() when the request arrived (the total time limit counts from here). */
  startedAt: number;
  /** The listener's own `http://host:port` (links fall back to it without server.public_url). */
  origin?: string;
}

const ROUTE_TYPE = 'files/v1/batches' as const;
/** Message Batches are an API of this wire format only (its ingress paths, specs/route-types.ts; its request shape, `requests[].params`). */
const BATCH_FORMAT: Format = 'anthropic-messages';
/** Object kind under which batch owners are recorded (runtime/security/owners.ts). */
const OWNER_KIND = 'batch';
/** Owners when the gateway state carries no store of its own (in-process callers of `handle`). */
const defaultOwners = createOwnerStore('memory');
/** Batch ids as Anthropic issues them (`msgbatch_…`); anything else could escape the upstream path. */
const BATCH_ID = /^[A-Za-z0-9_-]{1,200}$/;
/** Bound of the id → provider map (oldest entries are forgotten first). */
const MAX_KNOWN = 10_000;

/** Batch id → provider name, learned from create and list responses (per process). */
const known = new Map<string, string>();

function remember(id: string, provider: string): void {
  if (known.has(id)) known.delete(id);
  known.set(id, provider);
  if (known.size > MAX_KNOWN) {
    const oldest = known.keys().next().value;
    if (oldest !== undefined) known.delete(oldest);
  }
}

/** Forgets every learned batch id (tests). */
export function forgetBatches(): void {
  known.clear();
}

type Json = Record<string, unknown>;

/** Providers whose capability table serves Message Batches, in config order. */
function batchProviders(cfg: RuntimeConfig): ProviderRuntime[] {
  return [...cfg.providers.values()].filter((p) => findCapability(p.type, ROUTE_TYPE));
}

/** The batches capability of `p`, or the table's reason why it has none. */
function capabilityOf(p: ProviderRuntime): Capability {
  const cap = findCapability(p.type, ROUTE_TYPE);
  if (!cap) throw new GatewayError('invalid_request', unsupportedReason(p.type, ROUTE_TYPE));
  if (!(cap.nativeFormats as readonly string[]).includes(BATCH_FORMAT)) {
    throw new GatewayError('invalid_request', `${ROUTE_TYPE} on provider ${p.type} is available in its native format (${cap.nativeFormats.join(', ')}) only, not from the ${BATCH_FORMAT} format.`);
  }
  return cap;
}

/** Whether the caller may reach provider `p`'s batches (an allowed alias targets it, or direct routing). */
function mayReach(cfg: RuntimeConfig, caller: Caller, p: ProviderRuntime): boolean {
  if (caller.directProviderRouting) return true;
  for (const [name, alias] of cfg.aliases) {
    if (alias.targets.some((t) => t.provider === p.name) && mayUse(caller, name)) return true;
  }
  return false;
}

/** The provider key for `p`: the caller's own (caller_keys: passthrough, 401 when missing) or the next stored key. */
function providerKey(p: ProviderRuntime, caller: Caller): string | null {
  if (p.callerKeys === 'passthrough') requireCallerProviderKey([p], caller);
  return keyFor(p, caller.providerKey);
}

/**
 * The gateway base URL for links handed to the caller, plus the ingress prefix
 * (`''` or `/anthropic`): `server.public_url` when configured, else the
 * address of the listener the request came in on. Never the request's `Host`
 * or `X-Forwarded-*` headers, which any caller controls (a link to another host).
 * @param origin the listener's own `http://host:port`
 */
export function gatewayBase(publicUrl: string | null, origin: string, route: RouteEntry): string {
  const i = route.path.indexOf('/v1/messages/batches');
  return `${publicUrl ?? origin}${i > 0 ? route.path.slice(0, i) : ''}`;
}

/** Rewrites `results_url` of a message_batch object to the gateway's; records id → provider. */
function rewriteBatch(b: unknown, base: string, provider: string): void {
  if (!b || typeof b !== 'object') return;
  const o = b as Json;
  if (typeof o.id !== 'string') return;
  if (BATCH_ID.test(o.id)) remember(o.id, provider);
  if (typeof o.results_url === 'string') o.results_url = `${base}/v1/messages/batches/${o.id}/results`;
}

/**
 * One batches request's upstream context: the total time limit and shutdown
 * (a Deadline, as in the executor), and the abort handle of the upstream
 * request in flight (ended by a caller disconnect, the total limit or shutdown).
 */
interface Call {
  state: GatewayState;
  caller: Caller;
  req: BatchRequest;
  sink: ResponseSink;
  deadline: RequestDeadline;
  /** Handle setter for the upstream request in flight (aborted by a caller disconnect or the deadline). */
  onHandle: (h: UpstreamAbort) => void;
}

/** The upstream's answer head and body, and the breaker ticket to report its outcome on. */
interface Exchange {
  res: UpstreamResponse;
  ticket: BreakerTicket;
}

/** The error for a request ended by its total time limit or the shutdown. */
function totalError(c: Call): GatewayError {
  return c.deadline.error();
}

/**
 * Sends one request to `p` through the executor's request path (undici
 * dispatch, first-byte timeout), behind `p`'s circuit breaker: an open circuit
 * is a 503 with `retry-after`; a connection failure counts against it. A
 * 401/403 for a stored provider key takes that key out of rotation and sends
 * again at once with the next key (the last usable key is never taken out:
 * its 401 goes back to the caller). Returns null when the caller left.
 * Throws GatewayError otherwise.
 */
async function exchange(c: Call, p: ProviderRuntime, method: 'GET' | 'POST' | 'DELETE', path: string, query: string | undefined, body: Buffer | null): Promise<Exchange | null> {
  const { state, caller, req, sink, deadline } = c;
  const breaker = state.reliability.breakers.get(p.name, p.baseUrl);
  const adapter = adapterOf(p);
  const actx = { provider: p, routeType: ROUTE_TYPE, model: null, stream: false, mode: 'passthrough' as const, betas: [] };
  for (;;) {
    if (!sink.open) return null;
    if (deadline.aborted) throw totalError(c);
    const ticket = breaker.acquire();
    if (!ticket) throw circuitOpenError(`Upstream ${p.name} is`, breaker.retryInMs());
    const key = providerKey(p, caller);
    let res: UpstreamResponse;
    try {
      res = await sendUpstream({ agent: state.agent, firstByteMs: state.cfg.timeouts.firstByteMs }, adapter, actx, {
        method, path, query: query ?? '',
        headers: upstreamHeaders(p, req.headers, adapter.authenticate ? null : key),
        body: method === 'POST' ? (body ?? Buffer.alloc(0)) : null,
      }, key, c.onHandle);
    } catch (e) {
      if (!sink.open || deadline.aborted) {
        ticket.done('neutral');
        if (!sink.open) return null;
        throw totalError(c);
      }
      const callerFault = callerEncodingError(e);
      if (callerFault) {
        // Nothing was sent: the caller's fault, never the upstream's.
        ticket.done('neutral');
        throw callerFault;
      }
      ticket.done('failure');
      throw connectionError(p, e);
    }
    const status = res.statusCode;
    const rejected = rejectProviderKey(p, key, status, req.headers, state.cfg.breaker.keyProbeMs);
    if (rejected !== null) {
      // The provider key is bad: not the caller's fault, not the upstream's health.
      ticket.done('neutral');
      if (rejected === 'rotated') {
        res.body.destroy();
        continue;
      }
    }
    return { res, ticket };
  }
}

/** Reads a whole (non-streamed) upstream body: idle timeout between chunks, ended by the total limit. */
function readWhole(c: Call, res: UpstreamResponse): Promise<Buffer> {
  return readBody(res.body, c.state.cfg.timeouts.idleMs, c.deadline);
}

/**
 * Handles one Message Batches request. Throws GatewayError for gateway-side
 * failures (the pipeline renders them in the Anthropic format).
 */
export async function handleBatches(state: GatewayState, caller: Caller, req: BatchRequest, sink: ResponseSink, rec: RequestRecorder): Promise<void> {
  const { cfg } = state;
  if (req.route.ingressFormat !== BATCH_FORMAT) {
    throw new GatewayError('invalid_request', `${ROUTE_TYPE} is served in the native Anthropic format only.`);
  }
  const op = req.route.operation;
  const id = req.params.id;
  if (id !== undefined && !BATCH_ID.test(id)) throw new GatewayError('not_found', `No message batch with id '${id.slice(0, 80)}'.`);

  // Total time limit and shutdown, as for every request through the executor (runtime/upstream/exchange.ts).
  const deadline = new RequestDeadline(state.reliability, cfg.timeouts.totalMs, req.startedAt);
  const wiring = abortWiring(sink, deadline.total);
  const c: Call = { state, caller, req, sink, deadline, onHandle: wiring.onHandle };
  try {
    await run(c, op, id, rec);
  } finally {
    deadline.close();
    wiring.release();
  }
}

async function run(c: Call, op: string, id: string | undefined, rec: RequestRecorder): Promise<void> {
  const { state, caller, req, sink } = c;
  const { cfg } = state;
  let provider: ProviderRuntime;
  let body: Buffer | null = null;
  // Tenant isolation: a batch is its creator's (or an admin's, with x-admin-key) — checked before any upstream call.
  const owners = state.owners ?? defaultOwners;
  const owner = ownerOf(caller);
  const admin = cfg.server.adminKey !== null && req.headers['x-admin-key'] !== undefined && isAdmin({ 'x-admin-key': req.headers['x-admin-key'] }, cfg.server.adminKey);
  if (id !== undefined && !admin && (await owners.owner(OWNER_KIND, id)) !== owner) {
    throw new GatewayError('not_found', `No message batch with id '${id}'.`);
  }
  if (op === 'create') {
    const r = planCreate(cfg, caller, req.body);
    provider = r.provider;
    body = r.body;
    rec.request(r.aliases.join(','));
    rec.nativeCall(r.provider.name, PROVIDERS[r.provider.type].nativeFormat, r.targets.join(','));
  } else if (op === 'list') {
    provider = pickListProvider(cfg, req.headers);
  } else {
    const p = await pickByIdProvider(c, id as string);
    if (!p) return; // the caller left
    provider = p;
  }
  if (!admin && !mayReach(cfg, caller, provider)) {
    throw new GatewayError('permission', `This caller key may not use the Message Batches of provider ${provider.name}.`);
  }
  const cap = capabilityOf(provider);
  rec.nativeCall(provider.name, PROVIDERS[provider.type].nativeFormat);
  const path = cap.upstreamPath + (id === undefined ? '' : `/${id}`) + (op === 'results' ? '/results' : op === 'cancel' ? '/cancel' : '');
  const ex = await exchange(c, provider, req.method as 'GET' | 'POST' | 'DELETE', path, op === 'list' ? req.query : undefined, body);
  if (!ex) return;
  const { res, ticket } = ex;
  const status = res.statusCode;
  const headers = relayedHeaders(res.headers);
  const scrubber = scrubberFor(cfg);
  scrubber.scrubHeaders(headers, caller.providerKey);
  headers['x-switchyard-request-id'] = req.id;
  if (provider.simulated) headers['x-switchyard-simulated'] = 'true';
  rec.answered(status);
  if (status >= 400) rec.failed('upstream');
  if (op === 'results' && status < 400) {
    // The pump without a prelude: commits at once, relays with backpressure (its idle timer is
    // suspended while the caller's socket is full: a slow reader is not an idle upstream).
    const r = await pump(res.body, sink, {
      prelude: null,
      idleMs: cfg.timeouts.idleMs,
      signal: c.deadline.total,
      onCommit: () => sink.writeHead(status, { 'content-type': 'application/x-jsonl', ...headers }),
    });
    const outcome = r.kind === 'finished' ? r.outcome : 'upstream_error';
    if (outcome === 'complete') {
      ticket.done('success');
      sink.end();
    } else if (outcome === 'caller_aborted') {
      ticket.done('success');
      rec.failed('caller_aborted');
    } else {
      // Headers are out: the JSONL body just ends early (no in-band error format exists for JSONL).
      ticket.done(outcome === 'aborted' ? 'neutral' : 'failure');
      rec.failed(outcome === 'aborted' ? totalError(c).kind : outcome);
      sink.close();
    }
    return;
  }
  let buf: Buffer;
  try {
    buf = await readWhole(c, res);
  } catch (e) {
    if (!sink.open) {
      ticket.done('neutral');
      return;
    }
    if (e instanceof GatewayError) {
      ticket.done('neutral');
      throw e;
    }
    // The upstream dropped the connection mid-body: a 502 in the caller's format, not an unexposed 500.
    ticket.done('failure');
    throw new GatewayError('upstream_unavailable', `Upstream ${provider.name} broke off its answer (${(e as { code?: string }).code ?? (e as Error).message}).`);
  }
  ticket.done(isUpstreamFailureStatus(status) ? 'failure' : status === 429 ? 'neutral' : 'success');
  if (status >= 400 || buf.length === 0) {
    sink.send(status, headers, scrubber.scrubBuffer(buf, caller.providerKey));
    return;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(buf.toString('utf8'));
  } catch {
    sink.send(status, headers, buf);
    return;
  }
  const base = gatewayBase(cfg.server.publicUrl, req.origin ?? `http://${cfg.server.host}:${cfg.server.port}`, req.route);
  const o = parsed as Json;
  if (op === 'create' && typeof o.id === 'string') await owners.record(OWNER_KIND, o.id, owner);
  if (op === 'list' && Array.isArray(o.data)) {
    // Only the caller's own batches (an admin sees all); first_id / last_id stay the upstream's page cursors.
    if (!admin) o.data = await ownedOnly(owners, o.data, owner);
    for (const b of o.data as unknown[]) rewriteBatch(b, base, provider.name);
  } else rewriteBatch(o, base, provider.name);
  if (op === 'delete' && typeof o.id === 'string') {
    known.delete(o.id);
    await owners.forget(OWNER_KIND, o.id);
  }
  headers['content-type'] = 'application/json';
  sink.send(status, headers, JSON.stringify(parsed));
}

/** The batches of a list page that `owner` owns. */
async function ownedOnly(owners: OwnerStore, data: unknown[], owner: string): Promise<unknown[]> {
  const mine = await Promise.all(data.map(async (b) => {
    const bid = b && typeof b === 'object' ? (b as Json).id : undefined;
    return typeof bid === 'string' && (await owners.owner(OWNER_KIND, bid)) === owner;
  }));
  return data.filter((_, i) => mine[i]);
}

/** Resolves every request's model; all must land on one provider. Returns the rewritten body. */
function planCreate(cfg: RuntimeConfig, caller: Caller, raw: Buffer): { provider: ProviderRuntime; body: Buffer; aliases: string[]; targets: string[] } {
  const json = parseJson(raw, '{"requests": [...]}');
  check(codecFor(BATCH_FORMAT).validators(ROUTE_TYPE).passthrough as Validator, json);
  const requests = json.requests;
  if (!Array.isArray(requests) || requests.length === 0) {
    throw new GatewayError('invalid_request', 'requests: must be a non-empty array of {custom_id, params}.', { param: 'requests' });
  }
  const byModel = new Map<string, { attempt: Attempt; params: Record<string, string> }>();
  const providers = new Map<string, string>(); // provider name → first model that went there
  requests.forEach((r: unknown, i: number) => {
    const params = r && typeof r === 'object' ? (r as Json).params : undefined;
    if (!params || typeof params !== 'object' || Array.isArray(params)) {
      throw new GatewayError('invalid_request', `requests.${i}.params: must be an object (a Messages request body).`, { param: `requests.${i}.params` });
    }
    const p = params as Json;
    const model = p.model;
    if (typeof model !== 'string' || model === '') {
      throw new GatewayError('invalid_request', `requests.${i}.params.model: must be a non-empty string.`, { param: `requests.${i}.params.model` });
    }
    let hit = byModel.get(model);
    if (!hit) {
      let plan;
      try {
        plan = resolve(cfg, caller, model, ROUTE_TYPE, BATCH_FORMAT, () => 0);
      } catch (e) {
        if (e instanceof GatewayError) throw new GatewayError(e.kind, `requests.${i}.params.model: ${e.message}`, { param: `requests.${i}.params.model` });
        throw e;
      }
      hit = { attempt: plan.attempts[0] as Attempt, params: plan.params };
      byModel.set(model, hit);
      const name = hit.attempt.provider.name;
      if (!providers.has(name)) providers.set(name, model);
      if (providers.size > 1) {
        const list = [...providers].map(([prov, m]) => `'${m}' → provider ${prov}`).join(', ');
        throw new GatewayError('invalid_request',
          `requests.${i}.params.model: all requests of a Message Batch must go to the same upstream, but ${list}. Split the batch by provider.`,
          { param: `requests.${i}.params.model` });
      }
    }
    applyModelParams(p, hit.params);
    p.model = hit.attempt.target.model;
  });
  const first = byModel.values().next().value as { attempt: Attempt };
  return {
    provider: first.attempt.provider,
    body: Buffer.from(JSON.stringify(json)),
    aliases: [...byModel.keys()],
    targets: [...new Set([...byModel.values()].map((h) => `${h.attempt.provider.name}/${h.attempt.target.model}`))],
  };
}

function pickListProvider(cfg: RuntimeConfig, headers: Record<string, string>): ProviderRuntime {
  const named = headers['x-switchyard-provider']?.trim();
  if (named) {
    const p = cfg.providers.get(named);
    if (!p) throw new GatewayError('not_found', `x-switchyard-provider: unknown provider '${named}'.`);
    capabilityOf(p);
    return p;
  }
  const p = batchProviders(cfg)[0];
  if (!p) throw new GatewayError('invalid_request', noBatchProvider(cfg));
  return p;
}

function noBatchProvider(cfg: RuntimeConfig): string {
  const reasons = [...new Set([...cfg.providers.values()].map((p) => unsupportedReason(p.type, ROUTE_TYPE)))];
  return `No configured provider serves Message Batches. ${reasons.join(' ')}`.trim();
}

/** The provider of batch `id` (see the module docblock); null when the caller left while providers were asked. */
async function pickByIdProvider(c: Call, id: string): Promise<ProviderRuntime | null> {
  const { state: { cfg }, req } = c;
  const named = req.headers['x-switchyard-provider']?.trim();
  if (named) return pickListProvider(cfg, req.headers);
  const k = known.get(id);
  const p = k ? cfg.providers.get(k) : undefined;
  if (p) return p;
  const candidates = batchProviders(cfg);
  if (candidates.length === 0) throw new GatewayError('invalid_request', noBatchProvider(cfg));
  if (candidates.length === 1) return candidates[0] as ProviderRuntime;
  for (const cand of candidates) {
    const cap = capabilityOf(cand);
    let ex: Exchange | null;
    try {
      ex = await exchange(c, cand, 'GET', `${cap.upstreamPath}/${id}`, undefined, null);
    } catch (e) {
      if (c.deadline.aborted) throw e;
      continue; // unreachable candidate, or its circuit is open: try the next
    }
    if (!ex) return null;
    const status = ex.res.statusCode;
    const ok = await readWhole(c, ex.res).then(() => true, () => false);
    if (c.deadline.aborted) throw totalError(c);
    ex.ticket.done(!ok || isUpstreamFailureStatus(status) ? 'failure' : 'success');
    if (ok && status < 300) {
      remember(id, cand.name);
      return cand;
    }
  }
  return candidates[0] as ProviderRuntime; // relays that upstream's 404
}
