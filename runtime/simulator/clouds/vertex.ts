/**
 * Simulated Google Vertex AI serving Claude, with a local OAuth 2.0 token
 * endpoint — the test oracle for the gateway's `vertex` provider type (issue 12).
 *
 * Routes:
 * - `POST /v1/projects/{project}/locations/{region}/publishers/anthropic/models/{model}:rawPredict`
 *   → the Anthropic Message as JSON;
 *   `…/{model}:streamRawPredict` → Anthropic SSE (`event:`/`data:` framing and event
 *   grammar of the first-party API, bytes from the Anthropic simulator's generator).
 *   `{model}` is percent-decoded (`claude-sonnet-4-5@20250929`); the response echoes
 *   it with `@` → `-`. `?fault=...` style controls may ride on the model (./common.ts).
 *   Body: no `model`, `anthropic_version: "vertex-2023-10-16"` (or an Anthropic API version
 *   date: @anthropic-ai/vertex-sdk ≥ 1.1 copies its `anthropic-version` header, e.g.
 *   `2026-10-21`, into the body), `messages`, `max_tokens`;
 *   betas travel in the `anthropic-beta` header and must be in `betas`.
 * - `POST /v1/projects/{project}/locations/{region}/publishers/anthropic/models/count-tokens:rawPredict`
 *   → `{"input_tokens": N}` (this body names its `model`, as Vertex's token counting requires).
 * - `POST /token` — OAuth 2.0 token endpoint for the service-account JWT-bearer grant
 *   (RFC 7523): form `grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&assertion=<JWT>`.
 *   The assertion is verified with `jose`: RS256 signature against the registered
 *   service account's public key (and `kid` when the account names one), `iss`
 *   = the account's `client_email`, `aud` = `https://oauth2.googleapis.com/token`
 *   (what google-auth-library signs) or this endpoint's own URL, `exp` in the
 *   future, `exp - iat` ≤ 1 hour, a `scope`. Success:
 *   `{"access_token":"ya29.sim…","expires_in":3599,"token_type":"Bearer"}`; failures are
 *   Google's `{"error":"invalid_grant"|"unsupported_grant_type"|"invalid_scope"|"invalid_request","error_description"}` (400).
 *
 * Auth on the model routes: `Authorization: Bearer <access token>` issued by the
 * token endpoint (unexpired, scope including cloud-platform) or listed in
 * `accessTokens`. Missing/unknown/expired tokens → 401 in Google's error shape
 * (`{"error":{"code":401,"message","status":"UNAUTHENTICATED","details":[ErrorInfo]}}`,
 * `www-authenticate: Bearer realm="https://accounts.google.com/"`); a token without
 * the cloud-platform scope → 403 ACCESS_TOKEN_SCOPE_INSUFFICIENT; a project other
 * than `project` (when set) → 403 PERMISSION_DENIED.
 *
 * Errors: platform errors (auth, quota 429 RESOURCE_EXHAUSTED, 404, 500, 503, 504)
 * in Google's shape; model errors (400 invalid request, 529 overloaded, mid-stream
 * `event: error`) in Anthropic's shape, as Vertex relays them.
 *
 * Sources: Google Cloud "Claude models on Vertex AI" docs (rawPredict /
 * streamRawPredict / count-tokens:rawPredict request shapes), Google's OAuth 2.0
 * "Using OAuth 2.0 for Server to Server Applications" (JWT claims, error strings),
 * google.rpc.Status / ErrorInfo, the @anthropic-ai/vertex-sdk client (path building,
 * body rewriting) and google-auth-library's gtoken (assertion claims).
 */
import { randomBytes } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { createPublicKey } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader, errors as joseErrors, jwtVerify } from 'jose';
import { anthropicErrorBody, anthropicErrorEvent } from '../anthropic.ts';
import {
  CLOUD_CLAUDE_BETAS,
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

/** A service account whose JWT assertions the token endpoint accepts. */
export interface VertexServiceAccount {
  /** The key file's `client_email` (the assertion's `iss`). */
  clientEmail: string;
  /** Its public key: a KeyObject or PEM (SPKI or X.509 certificate). */
  publicKey: KeyObject | string;
  /** The key file's `private_key_id`; when set, an assertion's `kid` must match. */
  keyId?: string;
}

/** Options of the Vertex simulator. */
export interface VertexSimulatorOptions extends CloudListenOptions {
  /** Service accounts for the JWT-bearer grant; default none. */
  serviceAccounts?: VertexServiceAccount[];
  /** Static access tokens accepted on the model routes (gateway `access_token` config); default none. */
  accessTokens?: string[];
  /** Project id the model routes must name; default any. */
  project?: string;
  /** Lifetime of issued access tokens in seconds; default 3599. */
  tokenTtlSeconds?: number;
  /** `anthropic-beta` header values accepted; default CLOUD_CLAUDE_BETAS. */
  betas?: readonly string[];
  /** Clock in ms since the epoch (token expiry); default Date.now. */
  now?: () => number;
}

/** A running Vertex simulator. */
export interface VertexSimulator extends CloudSimulator {
  /** `${url}/token`: the OAuth token endpoint. */
  tokenUrl: string;
  /** `${url}/v1`: the base URL for @anthropic-ai/vertex-sdk. */
  baseURL: string;
}

/** The `anthropic_version` Vertex requires for Claude. */
export const VERTEX_ANTHROPIC_VERSION = 'vertex-2023-10-16';
/** The audience google-auth-library puts in service-account assertions. */
export const GOOGLE_TOKEN_AUDIENCE = 'https://oauth2.googleapis.com/token';
const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const CLOUD_PLATFORM = 'https://www.googleapis.com/auth/cloud-platform';

type Json = Record<string, unknown>;

const GOOGLE_STATUS: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  409: 'ABORTED',
  429: 'RESOURCE_EXHAUSTED',
  499: 'CANCELLED',
  500: 'INTERNAL',
  501: 'NOT_IMPLEMENTED',
  503: 'UNAVAILABLE',
  504: 'DEADLINE_EXCEEDED',
};

/** Google's JSON error envelope (google.rpc.Status as served over HTTP/JSON). */
export function googleErrorBody(code: number, message: string, reason?: string, method?: string): Json {
  const error: Json = { code, message, status: GOOGLE_STATUS[code] ?? (code >= 500 ? 'INTERNAL' : 'FAILED_PRECONDITION') };
  if (reason) {
    error.details = [
      {
        '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
        reason,
        domain: 'googleapis.com',
        metadata: { service: 'aiplatform.googleapis.com', ...(method ? { method } : {}) },
      },
    ];
  }
  return { error };
}

const PREDICT_METHOD = 'google.cloud.aiplatform.v1.PredictionService.RawPredict';
const AUTH_MESSAGE =
  'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.';

function googleFaultMessage(status: number, model: string): string {
  switch (status) {
    case 429:
      return `Quota exceeded for aiplatform.googleapis.com/online_prediction_requests_per_base_model with base model: anthropic-${model}. Please submit a quota increase request. https://cloud.google.com/vertex-ai/docs/generative-ai/quotas-genai.`;
    case 404:
      return `Publisher Model \`publishers/anthropic/models/${model}\` not found.`;
    case 503:
      return 'The service is currently unavailable.';
    case 504:
      return 'The request timed out. Please try again.';
    case 403:
      return `Permission 'aiplatform.endpoints.predict' denied on resource (or it may not exist).`;
    case 401:
      return AUTH_MESSAGE;
    default:
      return 'Internal error encountered.';
  }
}

interface IssuedToken {
  email: string;
  scopes: string[];
  expiresAt: number;
}

class VertexSim {
  readonly faults = new FaultQueue();
  readonly #accounts: Map<string, { key: KeyObject; keyId?: string }>;
  readonly #static: Set<string>;
  readonly #project: string | undefined;
  readonly #ttl: number;
  readonly #betas: Set<string>;
  readonly #now: () => number;
  readonly #tokens = new Map<string, IssuedToken>();
  #seq = 0;

  constructor(opts: VertexSimulatorOptions) {
    this.#accounts = new Map(
      (opts.serviceAccounts ?? []).map((a) => [a.clientEmail, { key: typeof a.publicKey === 'string' ? createPublicKey(a.publicKey) : a.publicKey, keyId: a.keyId }]),
    );
    this.#static = new Set(opts.accessTokens ?? []);
    this.#project = opts.project;
    this.#ttl = opts.tokenTtlSeconds ?? 3599;
    this.#betas = new Set(opts.betas ?? CLOUD_CLAUDE_BETAS);
    this.#now = opts.now ?? Date.now;
  }

  readonly handle: CloudHandler = async (req, res) => {
    const seq = ++this.#seq;
    const reqId = `req_vrtx_sim${seq}`;
    const base: Header[] = [['request-id', reqId], ['x-switchyard-simulator', '1']];
    if (/^\/token\/?$/.test(req.path)) {
      await writePlan(res, req.method === 'POST' ? await this.#token(req) : googleJson(405, googleErrorBody(405, 'Method not allowed')), NO_FAULTS);
      return;
    }
    const m = /^\/v1\/projects\/([^/]+)\/locations\/([^/]+)\/publishers\/anthropic\/models\/([^/]+):(rawPredict|streamRawPredict)\/?$/.exec(req.path);
    if (!m) {
      await writePlan(res, googleJson(404, googleErrorBody(404, `The requested URL ${req.path} was not found on this server.`), base), NO_FAULTS);
      return;
    }
    if (req.method !== 'POST') {
      await writePlan(res, googleJson(405, googleErrorBody(405, `Method ${req.method} is not allowed.`), base), NO_FAULTS);
      return;
    }
    let project: string;
    let model: string;
    try {
      project = decodeURIComponent(m[1] as string);
      model = decodeURIComponent(m[3] as string);
    } catch {
      await writePlan(res, googleJson(400, googleErrorBody(400, 'Invalid resource name.'), base), NO_FAULTS);
      return;
    }
    const denied = this.#authenticate(req, project);
    if (denied) {
      await writePlan(res, denied, NO_FAULTS);
      return;
    }
    const stream = m[4] === 'streamRawPredict';
    const c = await controlsOrError(res, this.faults, req, model, (msg) => jsonPlan(400, base, anthropicErrorBody(400, reqId, msg)));
    if (!c) return;
    const baseModel = model.split('?')[0] as string;
    const fault = statusFault(c);
    if (fault) {
      const s = fault.status;
      let plan: Plan;
      if (s === 400 || s === 413 || s === 529) plan = jsonPlan(s, base, anthropicErrorBody(s, reqId));
      else plan = googleJson(s, googleErrorBody(s, googleFaultMessage(s, baseModel), s === 429 ? 'RATE_LIMIT_EXCEEDED' : undefined, PREDICT_METHOD), base);
      if (s === 429 || fault.retryAfter !== undefined) plan.headers.push(['retry-after', String(fault.retryAfter ?? c.retryAfter ?? 1)]);
      await writePlan(res, plan, c);
      return;
    }
    const body = parseJsonObject(req.body);
    const invalid = (msg: string): Promise<void> => writePlan(res, jsonPlan(400, base, anthropicErrorBody(400, reqId, msg)), c);
    if (!body) return invalid('There was an issue with the request body: expected a JSON object.');
    const betaProblem = this.#checkBetas(req.headers['anthropic-beta']);
    if (betaProblem) return invalid(betaProblem);
    if (baseModel === 'count-tokens') {
      if (typeof body.model !== 'string') return invalid('model: Field required');
      const missing = missingMessagesField(body, [['messages', 'array']]);
      if (missing) return invalid(`${missing}: Field required`);
      await writePlan(res, jsonPlan(200, base, { input_tokens: countTokens(req.body.length) }), c);
      return;
    }
    if ('model' in body) return invalid('model: Extra inputs are not permitted');
    if (body.anthropic_version === undefined) return invalid('anthropic_version: Field required');
    if (typeof body.anthropic_version !== 'string' || !(body.anthropic_version === VERTEX_ANTHROPIC_VERSION || /^\d{4}-\d{2}-\d{2}$/.test(body.anthropic_version))) {
      return invalid(`anthropic_version: Input should be '${VERTEX_ANTHROPIC_VERSION}' or an Anthropic API version date`);
    }
    const missing = missingMessagesField(body);
    if (missing) return invalid(`${missing}: Field required`);
    const inp = claudeInput(body, baseModel.replace('@', '-'), `msg_vrtx_sim${seq}`, req.body.length, c);
    if (!stream) {
      await writePlan(res, jsonPlan(200, base, claudeMessage(inp)), c);
      return;
    }
    await writePlan(
      res,
      { kind: 'stream', status: 200, headers: [['content-type', 'text/event-stream; charset=utf-8'], ['cache-control', 'no-cache'], ...base], frames: claudeSse(inp), errorFrame: anthropicErrorEvent() },
      c,
    );
  };

  #checkBetas(header: string | undefined): string | undefined {
    if (!header) return undefined;
    for (const b of header.split(',').map((s) => s.trim()).filter(Boolean)) if (!this.#betas.has(b)) return `Unexpected value(s) \`${b}\` for the \`anthropic-beta\` header. Please consult our documentation at docs.anthropic.com or try again without the header.`;
    return undefined;
  }

  /** Checks the bearer token and project; returns the error plan, or undefined when allowed. */
  #authenticate(req: CloudRequest, project: string): Plan | undefined {
    const www: Header = ['www-authenticate', 'Bearer realm="https://accounts.google.com/", error="invalid_token"'];
    const token = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1];
    if (!token) {
      return googleJson(
        401,
        googleErrorBody(
          401,
          'Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.',
          'CREDENTIALS_MISSING',
          PREDICT_METHOD,
        ),
        [['www-authenticate', 'Bearer realm="https://accounts.google.com/"']],
      );
    }
    if (!this.#static.has(token)) {
      const issued = this.#tokens.get(token);
      if (!issued) return googleJson(401, googleErrorBody(401, AUTH_MESSAGE, 'ACCESS_TOKEN_TYPE_UNSUPPORTED', PREDICT_METHOD), [www]);
      if (issued.expiresAt <= this.#now()) return googleJson(401, googleErrorBody(401, AUTH_MESSAGE, 'ACCESS_TOKEN_EXPIRED', PREDICT_METHOD), [www]);
      if (!issued.scopes.includes(CLOUD_PLATFORM)) {
        return googleJson(403, googleErrorBody(403, 'Request had insufficient authentication scopes.', 'ACCESS_TOKEN_SCOPE_INSUFFICIENT', PREDICT_METHOD), [
          ['www-authenticate', 'Bearer realm="https://accounts.google.com/", error="insufficient_scope"'],
        ]);
      }
    }
    if (this.#project !== undefined && project !== this.#project) {
      return googleJson(403, googleErrorBody(403, `Permission 'aiplatform.endpoints.predict' denied on resource '//aiplatform.googleapis.com/projects/${project}' (or it may not exist).`, 'IAM_PERMISSION_DENIED', PREDICT_METHOD));
    }
    return undefined;
  }

  /** The JWT-bearer grant (RFC 7523 §2.1) as Google's token endpoint answers it. */
  async #token(req: CloudRequest): Promise<Plan> {
    const bad = (error: string, description: string): Plan => oauthJson(400, { error, error_description: description });
    const form = new URLSearchParams(req.body.toString('utf8'));
    const grant = form.get('grant_type');
    if (grant !== JWT_BEARER) return bad('unsupported_grant_type', `Invalid grant_type: ${grant ?? ''}`);
    const assertion = form.get('assertion');
    if (!assertion) return bad('invalid_request', 'Missing required parameter: assertion');
    let claims: Json;
    let kid: string | undefined;
    try {
      claims = decodeJwt(assertion);
      kid = decodeProtectedHeader(assertion).kid;
    } catch {
      return bad('invalid_grant', 'Invalid JWT: the assertion is not a well-formed JWT.');
    }
    const account = typeof claims.iss === 'string' ? this.#accounts.get(claims.iss) : undefined;
    if (!account) return bad('invalid_grant', 'Invalid grant: account not found');
    if (account.keyId !== undefined && kid !== undefined && kid !== account.keyId) return bad('invalid_grant', 'Invalid JWT Signature.');
    const lifetime = 'Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values in the JWT claim.';
    const host = req.headers.host ?? '127.0.0.1';
    try {
      await jwtVerify(assertion, account.key, {
        algorithms: ['RS256'],
        issuer: claims.iss as string,
        audience: [GOOGLE_TOKEN_AUDIENCE, `http://${host}/token`],
        currentDate: new Date(this.#now()),
        clockTolerance: 60,
        requiredClaims: ['exp', 'iat'],
      });
    } catch (e) {
      if (e instanceof joseErrors.JWSSignatureVerificationFailed) return bad('invalid_grant', 'Invalid JWT Signature.');
      if (e instanceof joseErrors.JWTClaimValidationFailed && e.claim === 'aud') return bad('invalid_grant', `Invalid JWT: Failed audience check. The right audience is ${GOOGLE_TOKEN_AUDIENCE}`);
      if (e instanceof joseErrors.JWTExpired || e instanceof joseErrors.JWTClaimValidationFailed) return bad('invalid_grant', lifetime);
      if (e instanceof joseErrors.JOSEAlgNotAllowed) return bad('invalid_grant', 'Invalid JWT Signature.');
      return bad('invalid_grant', 'Invalid JWT: the assertion could not be verified.');
    }
    const exp = claims.exp as number;
    const iat = claims.iat as number;
    if (exp - iat > 3600) return bad('invalid_grant', lifetime);
    const scopes = typeof claims.scope === 'string' ? claims.scope.split(/\s+/).filter(Boolean) : [];
    if (scopes.length === 0) return bad('invalid_scope', 'Invalid OAuth scope or ID token audience provided.');
    const now = this.#now();
    for (const [t, v] of this.#tokens) if (v.expiresAt <= now) this.#tokens.delete(t);
    const accessToken = `ya29.sim.${randomBytes(24).toString('base64url')}`;
    this.#tokens.set(accessToken, { email: claims.iss as string, scopes, expiresAt: now + this.#ttl * 1000 });
    return oauthJson(200, { access_token: accessToken, expires_in: this.#ttl, token_type: 'Bearer' });
  }
}

const NO_FAULTS = { faults: [], paceMs: 0 };

function googleJson(status: number, body: Json, headers: readonly Header[] = []): Plan {
  const plan = jsonPlan(status, headers, body);
  plan.headers[0] = ['content-type', 'application/json; charset=UTF-8'];
  return plan;
}

function oauthJson(status: number, body: Json): Plan {
  return googleJson(status, body, [['cache-control', 'no-cache, no-store, max-age=0, must-revalidate'], ['pragma', 'no-cache']]);
}

/**
 * A Vertex handler without a listener (for embedding in another server).
 * @returns the handler and its fault queue
 */
export function createVertexHandler(opts: VertexSimulatorOptions = {}): { handle: CloudHandler; faults: FaultQueue } {
  const sim = new VertexSim(opts);
  return { handle: sim.handle, faults: sim.faults };
}

/**
 * Starts the Vertex simulator (model routes and the OAuth token endpoint) on its own uWebSockets.js listener.
 * @param opts serviceAccounts, accessTokens, project, tokenTtlSeconds, betas, now, host/port/recordLimit/maxBodyBytes
 * @returns the running simulator with `tokenUrl` and `baseURL` (`${url}/v1`, for @anthropic-ai/vertex-sdk)
 */
export async function startVertexSimulator(opts: VertexSimulatorOptions = {}): Promise<VertexSimulator> {
  const sim = new VertexSim(opts);
  const cloud = await serveCloud(
    sim.handle,
    sim.faults,
    (res) => writePlan(res, jsonPlan(413, [], anthropicErrorBody(413, 'req_vrtx_sim_too_large')), NO_FAULTS),
    opts,
  );
  return Object.assign(cloud, { tokenUrl: `${cloud.url}/token`, baseURL: `${cloud.url}/v1` });
}
