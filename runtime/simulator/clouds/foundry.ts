/**
 * Simulated Microsoft Foundry (Claude in Azure AI Foundry) — the test oracle
 * for the gateway's `foundry` provider type (issue 12).
 *
 * Routes (base URL `{url}/anthropic`, like `https://{resource}.services.ai.azure.com/anthropic`):
 * - `POST /anthropic/v1/messages` — the Anthropic Messages API as is: `model` (the
 *   deployment name) in the body, JSON or SSE per body `stream`, betas in the
 *   `anthropic-beta` header, `anthropic-version` header required; content from the
 *   Anthropic simulator's generators (text, tool_use, signed thinking).
 * - `POST /anthropic/v1/messages/count_tokens` → `{"input_tokens": N}`.
 * Query strings (`?beta=true`) are ignored as on the first-party API.
 *
 * Auth: the resource key in `api-key` or `x-api-key` (the official
 * @anthropic-ai/foundry-sdk sends `x-api-key`), or `Authorization: Bearer <Entra token>`
 * with a token from `entraTokens`. Failures are 401 in Azure's envelope
 * `{"error":{"code":"401","message":...}}` (the API-management gateway in front of the
 * model answers them, not the model).
 *
 * Errors from the model (validation, faults, mid-stream) are Anthropic's envelope
 * and `event: error`; every response carries `request-id`, `apim-request-id` and
 * `x-ms-region`.
 *
 * Sources: Microsoft Foundry "Deploy and use Claude models" docs (endpoint shape,
 * `api-key`/Entra auth), the @anthropic-ai/foundry-sdk client (base URL, `x-api-key`,
 * `azureADTokenProvider` → Bearer), Azure AI services 401 messages, and
 * shared/reference/wire-formats.md §1 for the Anthropic wire.
 */
import { timingSafeEqual } from 'node:crypto';
import { anthropicErrorBody, anthropicErrorEvent } from '../anthropic.ts';
import {
  FaultQueue,
  claudeInput,
  claudeMessage,
  claudeSse,
  controlsOrError,
  countTokens,
  jsonPlan,
  missingMessagesField,
  parseJsonObject,
  serveCloud,
  statusFault,
  writePlan,
  type CloudHandler,
  type CloudListenOptions,
  type CloudRequest,
  type CloudSimulator,
  type Header,
  type Plan,
} from './common.ts';

/** Options of the Foundry simulator. */
export interface FoundrySimulatorOptions extends CloudListenOptions {
  /** Resource keys accepted in `api-key` / `x-api-key`; default none. */
  apiKeys?: string[];
  /** Microsoft Entra access tokens accepted as `Authorization: Bearer`; default none. */
  entraTokens?: string[];
  /** `anthropic-beta` values accepted; default any. */
  betas?: readonly string[];
  /** Azure region reported in `x-ms-region`; default `East US 2`. */
  region?: string;
}

/** A running Foundry simulator. */
export interface FoundrySimulator extends CloudSimulator {
  /** `${url}/anthropic/`: the base URL for @anthropic-ai/foundry-sdk and the gateway's `foundry` base. */
  baseURL: string;
}

const NO_FAULTS = { faults: [], paceMs: 0 };

function contains(list: readonly string[], value: string): boolean {
  const v = Buffer.from(value);
  let hit = false;
  for (const k of list) {
    const b = Buffer.from(k);
    if (b.length === v.length && timingSafeEqual(b, v)) hit = true;
  }
  return hit;
}

class FoundrySim {
  readonly faults = new FaultQueue();
  readonly #keys: readonly string[];
  readonly #entra: readonly string[];
  readonly #betas: Set<string> | undefined;
  readonly #region: string;
  #seq = 0;

  constructor(opts: FoundrySimulatorOptions) {
    this.#keys = opts.apiKeys ?? [];
    this.#entra = opts.entraTokens ?? [];
    this.#betas = opts.betas ? new Set(opts.betas) : undefined;
    this.#region = opts.region ?? 'East US 2';
  }

  readonly handle: CloudHandler = async (req, res) => {
    const seq = ++this.#seq;
    const reqId = `req_fndry_sim${seq}`;
    const base: Header[] = [['request-id', reqId], ['apim-request-id', `00000000-0000-4000-8000-${seq.toString(16).padStart(12, '0')}`], ['x-ms-region', this.#region]];
    const anthropicError = (status: number, message?: string): Plan => jsonPlan(status, base, anthropicErrorBody(status, reqId, message));
    const m = /^\/anthropic\/v1\/messages(\/count_tokens)?\/?$/.exec(req.path);
    if (!m) {
      await writePlan(res, jsonPlan(404, base, { error: { code: '404', message: 'Resource not found' } }), NO_FAULTS);
      return;
    }
    if (req.method !== 'POST') {
      await writePlan(res, anthropicError(405, 'Method not allowed'), NO_FAULTS);
      return;
    }
    const denied = this.#authenticate(req);
    if (denied) {
      await writePlan(res, jsonPlan(401, [...base, ['www-authenticate', 'Bearer']], { error: { code: '401', message: denied } }), NO_FAULTS);
      return;
    }
    const body = parseJsonObject(req.body);
    const c = await controlsOrError(res, this.faults, req, body?.model, (msg) => anthropicError(400, msg));
    if (!c) return;
    const fault = statusFault(c);
    if (fault) {
      const plan = anthropicError(fault.status);
      if (fault.status === 429 || fault.retryAfter !== undefined) plan.headers.push(['retry-after', String(fault.retryAfter ?? c.retryAfter ?? 1)]);
      await writePlan(res, plan, c);
      return;
    }
    if (!body) return writePlan(res, anthropicError(400, 'There was an issue with the request body: expected a JSON object.'), c);
    if (!req.headers['anthropic-version']) return writePlan(res, anthropicError(400, 'anthropic-version: header is required'), c);
    const beta = this.#checkBetas(req.headers['anthropic-beta']);
    if (beta) return writePlan(res, anthropicError(400, beta), c);
    if (typeof body.model !== 'string') return writePlan(res, anthropicError(400, 'model: Field required'), c);
    const model = body.model.split('?')[0] as string;
    const missing = missingMessagesField(body, m[1] ? [['messages', 'array']] : undefined);
    if (missing) return writePlan(res, anthropicError(400, `${missing}: Field required`), c);
    if (m[1]) return writePlan(res, jsonPlan(200, base, { input_tokens: countTokens(req.body.length) }), c);
    const inp = claudeInput(body, model, `msg_fndry_sim${seq}`, req.body.length, c);
    if (body.stream !== true) return writePlan(res, jsonPlan(200, base, claudeMessage(inp)), c);
    return writePlan(
      res,
      { kind: 'stream', status: 200, headers: [['content-type', 'text/event-stream; charset=utf-8'], ['cache-control', 'no-cache'], ...base], frames: claudeSse(inp), errorFrame: anthropicErrorEvent() },
      c,
    );
  };

  #checkBetas(header: string | undefined): string | undefined {
    if (!header || !this.#betas) return undefined;
    for (const b of header.split(',').map((s) => s.trim()).filter(Boolean)) if (!this.#betas.has(b)) return `Unexpected value(s) \`${b}\` for the \`anthropic-beta\` header.`;
    return undefined;
  }

  /** Returns the 401 message, or undefined when the key or Entra token is accepted. */
  #authenticate(req: CloudRequest): string | undefined {
    const key = req.headers['api-key'] || req.headers['x-api-key'];
    if (key) return contains(this.#keys, key) ? undefined : 'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.';
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1];
    if (bearer) return contains(this.#entra, bearer) ? undefined : 'Unauthorized. Access token is missing, invalid, audience is incorrect (https://cognitiveservices.azure.com), or have expired.';
    return 'Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.';
  }
}

/**
 * A Foundry handler without a listener (for embedding in another server).
 * @returns the handler and its fault queue
 */
export function createFoundryHandler(opts: FoundrySimulatorOptions = {}): { handle: CloudHandler; faults: FaultQueue } {
  const sim = new FoundrySim(opts);
  return { handle: sim.handle, faults: sim.faults };
}

/**
 * Starts the Foundry simulator on its own uWebSockets.js listener.
 * @param opts apiKeys, entraTokens, betas, region, host/port/recordLimit/maxBodyBytes
 * @returns the running simulator with `baseURL` (`${url}/anthropic/`)
 */
export async function startFoundrySimulator(opts: FoundrySimulatorOptions = {}): Promise<FoundrySimulator> {
  const sim = new FoundrySim(opts);
  const cloud = await serveCloud(sim.handle, sim.faults, (res) => writePlan(res, jsonPlan(413, [], anthropicErrorBody(413, 'req_fndry_sim_too_large')), NO_FAULTS), opts);
  return Object.assign(cloud, { baseURL: `${cloud.url}/anthropic/` });
}
