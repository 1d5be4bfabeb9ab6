/**
 * The Gemini API simulator's request handler, independent of any HTTP server:
 * `GeminiSimulatorCore.handle(request, writer)` takes one parsed request and
 * writes the whole response through a `GeminiResponseWriter` (status + headers,
 * body chunks with backpressure, end, reset). The main simulator serves it as
 * provider `gemini` (../providers/gemini.ts); any other transport can too.
 *
 * Routes, auth, framing, controls and sources: see the docblock of ./index.ts.
 */
import { ControlError, parseFaults, resolveControls, type Controls } from '../controls.ts';
import { GEMINI_MODELS, findModel, modelResource, type GeminiModelInfo } from './models.ts';
import { parseGenerateRequest } from './request.ts';
import { requestSeed } from './signature.ts';
import { BLOCK_REASONS, FINISH_REASONS, promptTokens, synthesizeTurn } from './respond.ts';
import {
  GOOGLE_HEADERS,
  GeminiHttpError,
  JSON_CT,
  SSE_CT,
  apiKeyInvalidDetails,
  arrayFrames,
  errorEnvelope,
  prettyJson,
  quotaDetails,
  sseFrame,
  type Header,
} from './wire.ts';

/** One HTTP request as the simulator needs it. */
export interface GeminiRequest {
  /** Upper-case method. */
  method: string;
  /** URL path without the query string, e.g. `/v1beta/models/gemini-2.5-flash:generateContent`. */
  path: string;
  /** Raw query string without `?`, e.g. `alt=sse&key=...`, or ''. */
  query: string;
  /** Request headers, names lower-cased. */
  headers: Readonly<Record<string, string>>;
  /** The whole request body. */
  body: Buffer;
}

/**
 * Where the simulator writes one response. `ResponseSink` (../sink.ts) implements it
 * for uWebSockets.js; any other transport can.
 */
export interface GeminiResponseWriter {
  /** True once nothing more may be written (ended, client gone, or reset). */
  readonly gone: boolean;
  /** Sets status and headers; they go out with the first body bytes. */
  head(status: number, headers: readonly Header[]): void;
  /** Writes a chunk; resolves when it may continue (backpressure); false when the response is gone. */
  write(chunk: Uint8Array): Promise<boolean>;
  /** Ends the response, optionally with final bytes (sent with a content-length when nothing was written yet). */
  end(body?: Uint8Array): Promise<void>;
  /** Drops the connection on purpose (fault injection). */
  close(): void;
  /** Resolves after `ms` milliseconds, or early when the response becomes gone. */
  sleep(ms: number): Promise<void>;
}

type Json = Record<string, unknown>;

/** A unary response: status, headers, whole body. */
export interface UnaryPlan {
  kind: 'unary';
  status: number;
  headers: Header[];
  body: Buffer;
}

/** A stream response: framed events, the framed mid-stream error for a position, closing bytes. */
export interface StreamPlan {
  kind: 'stream';
  headers: Header[];
  /** Framed partial responses (SSE events, or JSON-array pieces). */
  events: Buffer[];
  /** The framed mid-stream error placed after `i` events. */
  errorAt: (i: number) => Buffer;
  /** Closing bytes (`\n]` for the JSON array, nothing for SSE). */
  close: Buffer;
}

/** What `execute` writes. */
export type Plan = UnaryPlan | StreamPlan;

/** The parsed route. */
interface Route {
  version: string;
  /** `list` | `get` | the method after `:` (generateContent, ...). */
  action: string;
  model: string | undefined;
}

const ROUTE = /^\/(v1|v1beta|v1alpha)\/models(?:\/([^/:]+)(?::([A-Za-z]+))?)?\/?$/;
const GENERATE_ACTIONS = new Set(['generateContent', 'streamGenerateContent', 'countTokens']);

function isObj(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parseRoute(path: string): Route | undefined {
  const m = ROUTE.exec(path);
  if (!m) return undefined;
  const version = m[1] as string;
  if (m[2] === undefined) return { version, action: 'list', model: undefined };
  let model: string;
  try {
    model = decodeURIComponent(m[2]);
  } catch {
    model = m[2];
  }
  return { version, action: m[3] ?? 'get', model };
}

/**
 * Where faults come from when the core runs inside the main simulator
 * (../providers/gemini.ts): the server's shared queue and default fault, so
 * `sim.queueFaults` applies to Gemini requests like to any other.
 */
export interface FaultSource {
  /** The next queued fault spec (consumed), or undefined. */
  next(): string | undefined;
  /** The default fault spec, or null. */
  readonly default: string | null;
}

/** Options of `GeminiSimulatorCore`. */
export interface GeminiCoreOptions {
  /** Default page size of `models.list` (API default 50). */
  defaultPageSize?: number;
  /** Shared fault source; default: the core's own queue (`queueFaults`, `setDefaultFault`). */
  faults?: FaultSource;
}

/**
 * The Gemini simulator without a listener. Holds the fault queue, the default
 * fault and the request counter; everything else is per request.
 */
export class GeminiSimulatorCore {
  #faultQueue: string[] = [];
  #defaultFault: string | null = null;
  #seq = 0;
  readonly #pageSize: number;
  readonly #faults: FaultSource;

  constructor(opts: GeminiCoreOptions = {}) {
    this.#pageSize = opts.defaultPageSize ?? 50;
    const own = this;
    this.#faults = opts.faults ?? { next: () => own.#faultQueue.shift(), get default() { return own.#defaultFault; } };
  }

  /** Queues fault specs (grammar of ../controls.ts), consumed one per authenticated generate/countTokens request. Throws on a malformed spec. */
  queueFaults(specs: readonly string[]): void {
    for (const s of specs) parseFaults(s);
    this.#faultQueue.push(...specs);
  }

  /** Sets (or clears with null) the fault used when no queue entry or header names one. Throws on a malformed spec. */
  setDefaultFault(spec: string | null): void {
    if (spec !== null) parseFaults(spec);
    this.#defaultFault = spec;
  }

  /** Clears the fault queue and the default fault. */
  reset(): void {
    this.#faultQueue = [];
    this.#defaultFault = null;
  }

  /**
   * Handles one request and writes its whole response (never throws; internal
   * errors become a 500 in Google's envelope, or a reset once headers went out).
   */
  async handle(req: GeminiRequest, res: GeminiResponseWriter): Promise<void> {
    const seq = ++this.#seq;
    const query = new URLSearchParams(req.query);
    const arrayStream = req.path.endsWith(':streamGenerateContent') && query.get('alt') !== 'sse';
    let controls: Controls | undefined;
    let headersOut = false;
    try {
      const plan = await this.#plan(req, query, seq, (c) => {
        controls = c;
      });
      headersOut = true;
      await execute(res, plan, controls);
    } catch (err) {
      if (res.gone) return;
      if (headersOut) {
        res.close();
        return;
      }
      const e = err instanceof GeminiHttpError ? err : new GeminiHttpError(500, `switchyard simulator error: ${err instanceof Error ? err.message : String(err)}`);
      const plan = errorPlan(e.status, e.message, e.details, arrayStream);
      res.head(plan.status, plan.headers);
      await res.end(plan.body);
    }
  }

  async #plan(req: GeminiRequest, query: URLSearchParams, seq: number, setControls: (c: Controls) => void): Promise<Plan> {
    if (req.path === '/health' || req.path === '/health/') return unary(200, { status: 'ok', simulator: 'switchyard-gemini' });
    const route = parseRoute(req.path);
    if (!route) throw new GeminiHttpError(404, `Method not found: ${req.method} ${req.path}`);
    authenticate(req.headers, query);
    if (route.action === 'list' || route.action === 'get') {
      if (req.method !== 'GET') throw new GeminiHttpError(404, `Method not found: ${req.method} ${req.path}`);
      return route.action === 'list' ? this.#list(query) : getModel(route);
    }
    if (req.method !== 'POST') throw new GeminiHttpError(404, `Method not found: ${req.method} ${req.path}`);
    const modelId = (route.model ?? '').replace(/^models\//, '');
    const model = findModel(modelId);
    if (!model || !GENERATE_ACTIONS.has(route.action)) {
      throw new GeminiHttpError(404, `models/${modelId} is not found for API version ${route.version}, or is not supported for ${route.action}. Call ListModels to see the list of available models and their supported methods.`);
    }
    const c = controlsFor(req.headers, modelId, this.#faults.next(), this.#faults.default);
    setControls(c);
    const status = c.faults.find((f) => f.kind === 'status');
    if (status?.kind === 'status') {
      const retry = status.retryAfter ?? c.retryAfter ?? 1;
      throw new GeminiHttpError(status.status, errorEnvelope(status.status).error.message as string, status.status === 429 ? quotaDetails(model.id, retry) : undefined);
    }
    if (c.fixture !== undefined) throw new GeminiHttpError(400, 'switchyard simulator: recorded fixtures are not available for the Gemini API; synthesized responses only.');
    const body = parseBody(req.body);
    if (route.action === 'countTokens') return countTokens(body, model, req.headers);
    return this.#generate(req, body, model, c, seq, route.action === 'streamGenerateContent', query.get('alt') === 'sse');
  }

  #list(query: URLSearchParams): Plan {
    const rawSize = query.get('pageSize');
    const size = rawSize === null ? this.#pageSize : Math.max(1, Math.min(1000, Number.parseInt(rawSize, 10) || this.#pageSize));
    const token = query.get('pageToken');
    const start = token ? Number.parseInt(Buffer.from(token, 'base64url').toString('utf8'), 10) : 0;
    if (!Number.isInteger(start) || start < 0 || start > GEMINI_MODELS.length) throw new GeminiHttpError(400, 'Invalid page token.');
    const page = GEMINI_MODELS.slice(start, start + size);
    const out: Json = { models: page.map(modelResource) };
    if (start + size < GEMINI_MODELS.length) out.nextPageToken = Buffer.from(String(start + size)).toString('base64url');
    return unary(200, out);
  }

  #generate(req: GeminiRequest, body: Json, model: GeminiModelInfo, c: Controls, seq: number, stream: boolean, sse: boolean): Plan {
    const h = req.headers;
    const parsed = parseGenerateRequest(body, model, h['x-sim-strict-ids'] === '1' || h['x-sim-strict-ids'] === 'true');
    const finishReason = h['x-sim-finish-reason'] || undefined;
    if (finishReason !== undefined && !FINISH_REASONS.includes(finishReason)) throw new GeminiHttpError(400, `switchyard simulator: x-sim-finish-reason must be one of ${FINISH_REASONS.join(', ')}`);
    const blockPrompt = h['x-sim-block-prompt'] || undefined;
    if (blockPrompt !== undefined && !BLOCK_REASONS.includes(blockPrompt)) throw new GeminiHttpError(400, `switchyard simulator: x-sim-block-prompt must be one of ${BLOCK_REASONS.join(', ')}`);
    const prompt = promptTokens(parsed.contents, parsed.systemInstruction, body.tools);
    const seed = requestSeed(req.body);
    const turn = synthesizeTurn({
      model,
      req: parsed,
      seed,
      responseId: responseId(seed, seq),
      promptTokens: prompt,
      cachedTokens: cachedTokens(h, parsed.cachedContent !== undefined, prompt),
      words: c.events,
      wordsExplicit: c.eventsExplicit,
      forcedTools: c.tool ? c.tool.split(',').map((s) => s.trim()).filter(Boolean) : [],
      forcedInput: c.toolInput,
      finishReason,
      blockPrompt,
    });
    if (!stream) return unary(200, turn.response);
    if (sse) {
      return {
        kind: 'stream',
        headers: [SSE_CT, ['content-disposition', 'attachment'], ...GOOGLE_HEADERS],
        events: turn.chunks.map(sseFrame),
        errorAt: () => sseFrame(errorEnvelope(503)),
        close: Buffer.alloc(0),
      };
    }
    const frames = arrayFrames(turn.chunks);
    return {
      kind: 'stream',
      headers: [JSON_CT, ...GOOGLE_HEADERS],
      events: frames.pieces,
      errorAt: (i) => Buffer.from(`${i === 0 ? '[' : '\n,\r\n'}${prettyJson(errorEnvelope(503))}`),
      close: frames.close,
    };
  }
}

function controlsFor(headers: Readonly<Record<string, string>>, model: string, queued: string | undefined, defaultFault: string | null): Controls {
  try {
    return resolveControls(headers, model, queued, defaultFault);
  } catch (e) {
    if (e instanceof ControlError) throw new GeminiHttpError(400, `switchyard simulator: ${e.message}`);
    throw e;
  }
}

/**
 * Auth as the Gemini API does it: an API key in `x-goog-api-key` or `?key=`, or an
 * OAuth access token in `authorization: Bearer`. Missing: 403 PERMISSION_DENIED;
 * a key starting with `bad-`: 400 INVALID_ARGUMENT / API_KEY_INVALID (the real
 * API's answer to an invalid key); a bearer token starting with `bad-`: 401 UNAUTHENTICATED.
 */
function authenticate(headers: Readonly<Record<string, string>>, query: URLSearchParams): void {
  const key = headers['x-goog-api-key'] || query.get('key') || '';
  const bearer = /^Bearer\s+(.+)$/i.exec(headers.authorization ?? '')?.[1]?.trim() ?? '';
  if (key === '' && bearer === '') {
    throw new GeminiHttpError(403, "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.");
  }
  if (key !== '' && key.startsWith('bad-')) throw new GeminiHttpError(400, 'API key not valid. Please pass a valid API key.', apiKeyInvalidDetails());
  if (key === '' && bearer.startsWith('bad-')) throw new GeminiHttpError(401, errorEnvelope(401).error.message as string);
}

function parseBody(buf: Buffer): Json {
  let v: unknown;
  try {
    v = JSON.parse(buf.toString('utf8'));
  } catch {
    throw new GeminiHttpError(400, 'Invalid JSON payload received. Unexpected token.');
  }
  if (!isObj(v)) throw new GeminiHttpError(400, `Invalid JSON payload received. Expected an object, got ${Array.isArray(v) ? 'a list' : typeof v}.`);
  return v;
}

function getModel(route: Route): Plan {
  const id = (route.model ?? '').replace(/^models\//, '');
  const m = findModel(id);
  if (!m) throw new GeminiHttpError(404, `models/${id} is not found for API version ${route.version}, or is not supported for getModel. Call ListModels to see the list of available models and their supported methods.`);
  return unary(200, modelResource(m));
}

/**
 * `countTokens`: body `{contents}` or `{generateContentRequest}` (API reference
 * models.countTokens); answers `{totalTokens, promptTokensDetails}` with the
 * same estimate generateContent reports as promptTokenCount.
 */
function countTokens(body: Json, model: GeminiModelInfo, headers: Readonly<Record<string, string>>): Plan {
  for (const k of Object.keys(body)) {
    if (k !== 'contents' && k !== 'generateContentRequest') throw new GeminiHttpError(400, `Invalid JSON payload received. Unknown name ${JSON.stringify(k)}: Cannot find field.`);
  }
  if (body.contents !== undefined && body.generateContentRequest !== undefined) throw new GeminiHttpError(400, '* CountTokensRequest: contents and generate_content_request cannot both be set.');
  const gcr: Json = isObj(body.generateContentRequest) ? { ...body.generateContentRequest } : { contents: body.contents };
  if (body.generateContentRequest !== undefined && !isObj(body.generateContentRequest)) throw new GeminiHttpError(400, "Invalid value at 'generate_content_request', expected an object");
  const parsed = parseGenerateRequest(gcr, model);
  const total = promptTokens(parsed.contents, parsed.systemInstruction, gcr.tools);
  const out: Json = { totalTokens: total };
  const cached = cachedTokens(headers, parsed.cachedContent !== undefined, total);
  if (cached > 0) out.cachedContentTokenCount = cached;
  out.promptTokensDetails = [{ modality: 'TEXT', tokenCount: total }];
  return unary(200, out);
}

function cachedTokens(headers: Readonly<Record<string, string>>, cachedContent: boolean, prompt: number): number {
  const raw = headers['x-sim-cached-tokens'];
  if (raw !== undefined && raw !== '') {
    if (!/^\d+$/.test(raw)) throw new GeminiHttpError(400, 'switchyard simulator: x-sim-cached-tokens: expected a non-negative integer');
    return Math.min(prompt, Number(raw));
  }
  return cachedContent ? Math.floor(prompt / 2) : 0;
}

function responseId(seed: string, seq: number): string {
  return Buffer.from(`sim${seed}${seq.toString(36)}`).toString('base64url').slice(0, 23);
}

function unary(status: number, obj: unknown): UnaryPlan {
  return { kind: 'unary', status, headers: [JSON_CT, ...GOOGLE_HEADERS], body: Buffer.from(prettyJson(obj)) };
}

function errorPlan(status: number, message: string, details: readonly Record<string, unknown>[] | undefined, arrayStream: boolean): UnaryPlan {
  const envelope = errorEnvelope(status, message, details);
  const plan = unary(status, envelope);
  if (arrayStream) plan.body = Buffer.from(`[${prettyJson(envelope)}\n]`);
  return plan;
}

/**
 * Writes a plan, applying the faults of ../controls.ts (the same semantics as the
 * Anthropic/OpenAI simulator's writer, generalised to a closing frame so the
 * JSON-array stream can end with `\n]`): `stall-ms`, `reset-after`
 * (0 = before headers; unary N>0 = half the body), `error-after:N` (N partial
 * responses, then the error element/event and a clean end), `stall-after:N:MS`,
 * `error-before-content`, and `x-sim-pace-ms` pacing between stream events.
 */
export async function execute(res: GeminiResponseWriter, plan: Plan, c: Controls | undefined): Promise<void> {
  const faults = c?.faults ?? [];
  for (const f of faults) if (f.kind === 'stall-ms') await res.sleep(f.ms);
  if (res.gone) return;
  const reset = faults.find((f) => f.kind === 'reset-after');
  const resetN = reset?.kind === 'reset-after' ? reset.n : -1;
  if (resetN === 0) {
    res.close();
    return;
  }
  if (plan.kind === 'unary') {
    res.head(plan.status, plan.headers);
    if (resetN > 0) {
      await res.write(plan.body.subarray(0, Math.floor(plan.body.length / 2)));
      res.close();
      return;
    }
    await res.end(plan.body);
    return;
  }
  res.head(200, plan.headers);
  const total = plan.events.length;
  const errorFirst = faults.some((f) => f.kind === 'error-before-content');
  const ea = faults.find((f) => f.kind === 'error-after');
  const errorAt = errorFirst ? 0 : ea?.kind === 'error-after' ? Math.min(ea.n, total) : -1;
  const sa = faults.find((f) => f.kind === 'stall-after');
  const stallAt = sa?.kind === 'stall-after' ? Math.min(sa.n, total) : -1;
  const resetAt = resetN > 0 ? Math.min(resetN, total) : -1;
  const pace = c?.paceMs ?? 0;
  let pending: Buffer[] = [];
  const flush = async (): Promise<boolean> => {
    if (pending.length === 0) return !res.gone;
    const buf = pending.length === 1 ? (pending[0] as Buffer) : Buffer.concat(pending);
    pending = [];
    return res.write(buf);
  };
  for (let i = 0; i <= total; i++) {
    if (i === resetAt) {
      await flush();
      res.close();
      return;
    }
    if (i === errorAt) {
      pending.push(plan.errorAt(i), plan.close);
      if (await flush()) await res.end();
      return;
    }
    if (i === stallAt) {
      if (!(await flush())) return;
      await res.sleep(sa?.kind === 'stall-after' ? sa.ms : 0);
      if (res.gone) return;
    }
    if (i === total) break;
    pending.push(plan.events[i] as Buffer);
    if (pace > 0 && i < total - 1) {
      if (!(await flush())) return;
      await res.sleep(pace);
      if (res.gone) return;
    }
  }
  pending.push(plan.close);
  if (await flush()) await res.end();
}
