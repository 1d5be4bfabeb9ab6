/**
 * Simulated Google Vertex AI serving Claude, with a local OAuth 2.0 token
 * endpoint — the upstream of the gateway's `vertex` provider type in tests,
 * benchmarks and `switchyard simulate` (base URL: the simulator's URL).
 *
 * Routes:
 * - `POST /v1/projects/{project}/locations/{region}/publishers/anthropic/models/{model}:rawPredict`
 *   → the Anthropic Message as JSON; `…/{model}:streamRawPredict` → Anthropic SSE
 *   (grammar and bytes of the Anthropic simulator's generators, ../anthropic.ts).
 *   `{model}` is percent-decoded (`claude-sonnet-4-5@20250929`; the answer's
 *   `model` has `@` → `-`); `?fault=...` controls may ride on it (../controls.ts).
 *   Body: no `model` (400 "Extra inputs are not permitted"), `anthropic_version:
 *   "vertex-2023-10-16"` (or an Anthropic API version date: @anthropic-ai/vertex-sdk
 *   ≥ 1.1 copies its `anthropic-version` header value, e.g. `2026-10-21`, into the
 *   body), `messages`, `max_tokens`; betas in the `anthropic-beta` header must be
 *   ones Vertex takes (the `vertex` spec's accepted betas, or `betas`).
 * - `POST …/publishers/anthropic/models/count-tokens:rawPredict` → `{"input_tokens": N}`
 *   (this body names its `model`, as Vertex's token counting requires; any
 *   `anthropic-beta` value is a 400, as reported in anthropics/claude-code #11154).
 * - `POST /token` — OAuth 2.0 token endpoint for the service-account JWT-bearer grant
 *   (RFC 7523): form `grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&assertion=<JWT>`.
 *   The assertion is verified with `jose`: RS256 signature against the registered
 *   service account's public key (and `kid` when the account names one), `iss`
 *   = the account's `client_email`, `aud` = `https://oauth2.googleapis.com/token`
 *   (what google-auth-library signs) or this endpoint's own URL, `exp` in the
 *   future, `exp - iat` ≤ 1 hour, a `scope`. Success:
 *   `{"access_token":"ya29.sim…","expires_in":3599,"token_type":"Bearer"}`; failures are
 *   Google's `{"error":"invalid_grant"|"unsupported_grant_type"|"invalid_scope"|"invalid_request","error_description"}` (400).
 *   Every token request is counted in `tokenRequests` of the provider's state.
 *
 * Auth on the model routes: `Authorization: Bearer <access token>` issued by the
 * token endpoint (unexpired, scope including cloud-platform) or listed in
 * `accessTokens`. Without `accessTokens` and `serviceAccounts` (the
 * `switchyard simulate` default) any bearer passes except one starting `bad-`.
 * Missing/unknown/expired tokens → 401 in Google's error shape
 * (`{"error":{"code":401,"message","status":"UNAUTHENTICATED","details":[ErrorInfo]}}`,
 * `www-authenticate: Bearer realm="https://accounts.google.com/"`); a token without
 * the cloud-platform scope → 403 ACCESS_TOKEN_SCOPE_INSUFFICIENT; a project other
 * than `project` (when set) → 403 PERMISSION_DENIED.
 *
 * Errors: platform errors (auth, quota 429 RESOURCE_EXHAUSTED, 404, 500, 503, 504)
 * in Google's shape; model errors (400 invalid request, 413, 529 overloaded,
 * mid-stream `event: error`) in Anthropic's, as Vertex relays them.
 *
 * Sources: Google Cloud "Claude models on Vertex AI" docs (rawPredict /
 * streamRawPredict / count-tokens:rawPredict request shapes), Google's OAuth 2.0
 * "Using OAuth 2.0 for Server to Server Applications" (JWT claims, error strings),
 * google.rpc.Status / ErrorInfo, the @anthropic-ai/vertex-sdk client (path building,
 * body rewriting) and google-auth-library's gtoken (assertion claims).
 */
import { createPublicKey, randomBytes, type KeyObject } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader, errors as joseErrors, jwtVerify } from 'jose';
import { PROVIDERS } from '../../../generated/capabilities.ts';
import { anthropicErrorBody, anthropicErrorEvent, anthropicMessage, anthropicStreamEvents, thinkingTurnError } from '../anthropic.ts';
import type { Header } from '../sink.ts';
import { estimateTokens } from '../synth.ts';
import { claudeSynthInput } from './anthropic.ts';
import { HttpError, requireFields, type Json, type SimExchange, type SimulatedProvider } from './types.ts';

/** A service account whose JWT assertions the token endpoint accepts. */
export interface VertexServiceAccount {
  /** The key file's `client_email` (the assertion's `iss`). */
  clientEmail: string;
  /** Its public key: a KeyObject or PEM (SPKI or X.509 certificate). */
  publicKey: KeyObject | string;
  /** The key file's `private_key_id`; when set, an assertion's `kid` must match. */
  keyId?: string;
}

/** Options of the simulated Vertex AI (`startSimulator({ vertex })`). */
export interface VertexSimOptions {
  /** Service accounts for the JWT-bearer grant; default none. */
  serviceAccounts?: VertexServiceAccount[];
  /** Static access tokens accepted on the model routes (gateway `access_token` config); default none. */
  accessTokens?: string[];
  /** Project id the model routes must name; default any. */
  project?: string;
  /** Lifetime of issued access tokens in seconds; default 3599. */
  tokenTtlSeconds?: number;
  /** `anthropic-beta` header values accepted; default the `vertex` spec's accepted betas (any when it lists none). */
  betas?: readonly string[];
  /** Clock in ms since the epoch (token expiry); default Date.now. */
  now?: () => number;
}

/** What a test can observe of the simulated Vertex. */
export interface VertexSimState {
  /** Requests to the token endpoint since start (successful or not). */
  tokenRequests: number;
}

/** The `anthropic_version` Vertex requires for Claude. */
export const VERTEX_ANTHROPIC_VERSION = 'vertex-2023-10-16';
/** The audience google-auth-library puts in service-account assertions. */
export const GOOGLE_TOKEN_AUDIENCE = 'https://oauth2.googleapis.com/token';
const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const CLOUD_PLATFORM = 'https://www.googleapis.com/auth/cloud-platform';
const PREDICT_METHOD = 'google.cloud.aiplatform.v1.PredictionService.RawPredict';
const AUTH_MESSAGE =
  'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.';
const MISSING_MESSAGE =
  'Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.';
const WWW_INVALID: Header = ['www-authenticate', 'Bearer realm="https://accounts.google.com/", error="invalid_token"'];

const GOOGLE_STATUS: Record<number, string> = {
  400: 'INVALID_ARGUMENT', 401: 'UNAUTHENTICATED', 403: 'PERMISSION_DENIED', 404: 'NOT_FOUND', 405: 'METHOD_NOT_ALLOWED', 409: 'ABORTED',
  429: 'RESOURCE_EXHAUSTED', 499: 'CANCELLED', 500: 'INTERNAL', 501: 'NOT_IMPLEMENTED', 503: 'UNAVAILABLE', 504: 'DEADLINE_EXCEEDED',
};

/** Google's JSON error envelope (google.rpc.Status as served over HTTP/JSON), with an ErrorInfo `reason` when given. */
export function googleErrorBody(code: number, message: string, reason?: string, method?: string): Json {
  const error: Json = { code, message, status: GOOGLE_STATUS[code] ?? (code >= 500 ? 'INTERNAL' : 'FAILED_PRECONDITION') };
  if (reason) {
    error.details = [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason, domain: 'googleapis.com', metadata: { service: 'aiplatform.googleapis.com', ...(method ? { method } : {}) } }];
  }
  return { error };
}

function googleFaultMessage(status: number, model: string): string {
  switch (status) {
    case 429: return `Quota exceeded for aiplatform.googleapis.com/online_prediction_requests_per_base_model with base model: anthropic-${model}. Please submit a quota increase request. https://cloud.google.com/vertex-ai/docs/generative-ai/quotas-genai.`;
    case 404: return `Publisher Model \`publishers/anthropic/models/${model}\` not found.`;
    case 503: return 'The service is currently unavailable.';
    case 504: return 'The request timed out. Please try again.';
    case 403: return 'Permission \'aiplatform.endpoints.predict\' denied on resource (or it may not exist).';
    case 401: return AUTH_MESSAGE;
    default: return 'Internal error encountered.';
  }
}

/** A Google-shaped error: `code` is the ErrorInfo reason (upper case), which selects Google's envelope. */
function googleError(status: number, message: string, reason: string, headers: Header[] = []): HttpError {
  return new HttpError(status, message, null, reason, headers);
}

/** Anthropic's error statuses on Vertex (the model's own answers); every other status is Google's platform. */
const ANTHROPIC_STATUSES = new Set([400, 413, 529]);

function specBetas(): readonly string[] | undefined {
  const b = (PROVIDERS.vertex as { betas?: { accepted?: unknown } }).betas?.accepted;
  return Array.isArray(b) ? (b as string[]) : undefined;
}

interface IssuedToken {
  scopes: string[];
  expiresAt: number;
}

/**
 * The simulated Vertex AI of one simulator (its issued tokens are per instance).
 * @returns the provider module and its observable state
 */
export function vertexProvider(opts: VertexSimOptions = {}): { provider: SimulatedProvider; state: VertexSimState } {
  const accounts = new Map((opts.serviceAccounts ?? []).map((a) => [a.clientEmail, { key: typeof a.publicKey === 'string' ? createPublicKey(a.publicKey) : a.publicKey, keyId: a.keyId }]));
  const statics = new Set(opts.accessTokens ?? []);
  const permissive = statics.size === 0 && accounts.size === 0;
  const ttl = opts.tokenTtlSeconds ?? 3599;
  const betaList = opts.betas ?? specBetas();
  const betas = betaList ? new Set(betaList) : undefined;
  const now = opts.now ?? Date.now;
  const tokens = new Map<string, IssuedToken>();
  const state: VertexSimState = { tokenRequests: 0 };

  const modelOf = (raw: string): string => {
    try {
      return decodeURIComponent(raw);
    } catch {
      throw googleError(400, 'Invalid resource name.', 'INVALID_RESOURCE_NAME');
    }
  };

  function authenticate(headers: Record<string, string>, params: string[]): HttpError | undefined {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '')?.[1];
    if (!token) return googleError(401, MISSING_MESSAGE, 'CREDENTIALS_MISSING', [['www-authenticate', 'Bearer realm="https://accounts.google.com/"']]);
    if (permissive) {
      if (token.startsWith('bad-')) return googleError(401, AUTH_MESSAGE, 'ACCESS_TOKEN_TYPE_UNSUPPORTED', [WWW_INVALID]);
    } else if (!statics.has(token)) {
      const issued = tokens.get(token);
      if (!issued) return googleError(401, AUTH_MESSAGE, 'ACCESS_TOKEN_TYPE_UNSUPPORTED', [WWW_INVALID]);
      if (issued.expiresAt <= now()) return googleError(401, AUTH_MESSAGE, 'ACCESS_TOKEN_EXPIRED', [WWW_INVALID]);
      if (!issued.scopes.includes(CLOUD_PLATFORM)) {
        return googleError(403, 'Request had insufficient authentication scopes.', 'ACCESS_TOKEN_SCOPE_INSUFFICIENT', [['www-authenticate', 'Bearer realm="https://accounts.google.com/", error="insufficient_scope"']]);
      }
    }
    let project: string | undefined;
    try {
      project = params[0] === undefined ? undefined : decodeURIComponent(params[0]);
    } catch {
      return googleError(400, 'Invalid resource name.', 'INVALID_RESOURCE_NAME');
    }
    if (opts.project !== undefined && project !== opts.project) {
      return googleError(403, `Permission 'aiplatform.endpoints.predict' denied on resource '//aiplatform.googleapis.com/projects/${project}' (or it may not exist).`, 'IAM_PERMISSION_DENIED');
    }
    return undefined;
  }

  function checkBetas(header: string | undefined): void {
    if (!header || !betas) return;
    for (const b of header.split(',').map((s) => s.trim()).filter(Boolean)) {
      if (!betas.has(b)) throw new HttpError(400, `Unexpected value(s) \`${b}\` for the \`anthropic-beta\` header. Please consult our documentation at docs.anthropic.com or try again without the header.`);
    }
  }

  /** The JWT-bearer grant (RFC 7523 §2.1) as Google's token endpoint answers it. */
  async function grant(ex: SimExchange): Promise<ReturnType<SimExchange['json']>> {
    state.tokenRequests++;
    const oauth = (status: number, body: Json) => ex.json(status, body, [['cache-control', 'no-cache, no-store, max-age=0, must-revalidate'], ['pragma', 'no-cache']]);
    const bad = (error: string, description: string) => oauth(400, { error, error_description: description });
    const form = new URLSearchParams(ex.rec.body.toString('utf8'));
    const grantType = form.get('grant_type');
    if (grantType !== JWT_BEARER) return bad('unsupported_grant_type', `Invalid grant_type: ${grantType ?? ''}`);
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
    const account = typeof claims.iss === 'string' ? accounts.get(claims.iss) : undefined;
    if (!account) return bad('invalid_grant', 'Invalid grant: account not found');
    if (account.keyId !== undefined && kid !== undefined && kid !== account.keyId) return bad('invalid_grant', 'Invalid JWT Signature.');
    const lifetime = 'Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values in the JWT claim.';
    const host = ex.rec.headers.host ?? '127.0.0.1';
    try {
      await jwtVerify(assertion, account.key, {
        algorithms: ['RS256'],
        issuer: claims.iss as string,
        audience: [GOOGLE_TOKEN_AUDIENCE, `http://${host}/token`],
        currentDate: new Date(now()),
        clockTolerance: 60,
        requiredClaims: ['exp', 'iat'],
      });
    } catch (e) {
      if (e instanceof joseErrors.JWSSignatureVerificationFailed || e instanceof joseErrors.JOSEAlgNotAllowed) return bad('invalid_grant', 'Invalid JWT Signature.');
      if (e instanceof joseErrors.JWTClaimValidationFailed && e.claim === 'aud') return bad('invalid_grant', `Invalid JWT: Failed audience check. The right audience is ${GOOGLE_TOKEN_AUDIENCE}`);
      if (e instanceof joseErrors.JWTExpired || e instanceof joseErrors.JWTClaimValidationFailed) return bad('invalid_grant', lifetime);
      return bad('invalid_grant', 'Invalid JWT: the assertion could not be verified.');
    }
    if ((claims.exp as number) - (claims.iat as number) > 3600) return bad('invalid_grant', lifetime);
    const scopes = typeof claims.scope === 'string' ? claims.scope.split(/\s+/).filter(Boolean) : [];
    if (scopes.length === 0) return bad('invalid_scope', 'Invalid OAuth scope or ID token audience provided.');
    const t = now();
    for (const [k, v] of tokens) if (v.expiresAt <= t) tokens.delete(k);
    const accessToken = `ya29.sim.${randomBytes(24).toString('base64url')}`;
    tokens.set(accessToken, { scopes, expiresAt: t + ttl * 1000 });
    return oauth(200, { access_token: accessToken, expires_in: ttl, token_type: 'Bearer' });
  }

  const provider: SimulatedProvider = {
    name: 'vertex',
    routes: [
      {
        method: 'POST', path: '/projects/([^/]+)/locations/([^/]+)/publishers/anthropic/models/([^/]+):(rawPredict|streamRawPredict)', json: true,
        model: (params, body) => {
          const m = modelOf(params[2] ?? '');
          return m === 'count-tokens' ? body.model : m;
        },
        handler: (ex, body, c, [, , rawModel = '', verb]) => {
          const model = (modelOf(rawModel).split('?')[0] as string);
          if (model === 'count-tokens') {
            // Vertex's count-tokens takes no beta at all (anthropics/claude-code #11154).
            const beta = ex.rec.headers['anthropic-beta'];
            if (beta) throw new HttpError(400, `Unexpected value(s) \`${beta}\` for the \`anthropic-beta\` header. Please consult our documentation at docs.anthropic.com or try again without the header.`);
            requireFields(provider, body, [['model', 'string'], ['messages', 'array']]);
            return ex.json(200, { input_tokens: estimateTokens(ex.rec.body.length) });
          }
          checkBetas(ex.rec.headers['anthropic-beta']);
          if ('model' in body) throw new HttpError(400, 'model: Extra inputs are not permitted');
          const v = body.anthropic_version;
          if (v === undefined) throw provider.missingField('anthropic_version');
          if (typeof v !== 'string' || !(v === VERTEX_ANTHROPIC_VERSION || /^\d{4}-\d{2}-\d{2}$/.test(v))) {
            throw new HttpError(400, `anthropic_version: Input should be '${VERTEX_ANTHROPIC_VERSION}' or an Anthropic API version date`);
          }
          requireFields(provider, body, [['messages', 'array'], ['max_tokens', 'number']]);
          const thinkingError = thinkingTurnError(body);
          if (thinkingError !== undefined) throw new HttpError(400, thinkingError);
          const inp = claudeSynthInput(ex, body, c, model.replace('@', '-'), `msg_vrtx_sim_${ex.seq}`);
          return verb === 'streamRawPredict' ? ex.sse(anthropicStreamEvents(inp)) : ex.json(200, anthropicMessage(inp));
        },
      },
      { method: 'POST', path: '/token', json: false, public: true, handler: (ex) => grant(ex) },
    ],
    claims: (path) => path.startsWith('/v1/projects/') || path === '/token',
    apiKey: (headers) => /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '')?.[1],
    authenticate,
    missingKeyMessage: MISSING_MESSAGE,
    badKey: () => googleError(401, AUTH_MESSAGE, 'ACCESS_TOKEN_TYPE_UNSUPPORTED', [WWW_INVALID]),
    headers: (reqId) => [['request-id', reqId], ['x-switchyard-simulator', '1']],
    errorBody(ex, status, message, err) {
      const reason = err?.code && /^[A-Z_]+$/.test(err.code) ? err.code : undefined;
      if (reason === undefined && (ANTHROPIC_STATUSES.has(status) || (err !== undefined && status < 500 && status !== 401 && status !== 403 && status !== 404 && status !== 405 && status !== 429))) {
        return anthropicErrorBody(status, ex.reqId, message);
      }
      const model = ex.model ?? 'claude';
      return googleErrorBody(status, message ?? googleFaultMessage(status, model), reason ?? (status === 429 ? 'RATE_LIMIT_EXCEEDED' : undefined), reason || status === 429 ? PREDICT_METHOD : undefined);
    },
    rateLimitHeaders: () => [],
    errorEvent: anthropicErrorEvent,
    missingField: (name) => new HttpError(400, `${name}: Field required`),
    invalidJsonMessage: 'There was an issue with the request body: expected a JSON object.',
    notFoundMessage: (method, path, pathKnown) => (pathKnown ? `Method ${method} is not allowed.` : `The requested URL ${path} was not found on this server.`),
    models: () => ({ error: { code: 404, message: 'Not found', status: 'NOT_FOUND' } }),
  };
  return { provider, state };
}
