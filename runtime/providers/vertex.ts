/**
 * Adapter of the `vertex` provider type (Claude on Google Cloud Vertex AI):
 * what its spec (specs/providers/vertex.ts) cannot say.
 *
 * - configure: `project` is required; the default base URL is the region's
 *   host (`https://{region}-aiplatform.googleapis.com`, `global` →
 *   `https://aiplatform.googleapis.com`, as @anthropic-ai/vertex-sdk builds it);
 *   `credentials_file` must exist; `token_url` must be an http(s) URL.
 * - URL template: `{project}`, `{region}` and `{model}` of the capability
 *   path; a streamed chat goes to `:streamRawPredict` instead of `:rawPredict`.
 *   The model keeps its `@` unescaped, as the official SDK sends it. Token
 *   counting goes without `anthropic-beta`: Vertex's count-tokens rejects
 *   every beta value, and none changes a count.
 * - Body envelope (chat only): `model` removed, `anthropic_version:
 *   "vertex-2023-10-16"` added. On the native route this is a byte patch
 *   (the `"model": "…"` member is replaced by the `anthropic_version` member),
 *   so every other byte — thinking signatures included — is sent unchanged.
 *   Token counting keeps `model` in the body (Vertex's count-tokens needs it).
 * - Authentication: `Authorization: Bearer <token>` where the token is, in
 *   order: the provider key (`api_key`, or the caller's own under
 *   `caller_keys: passthrough`), `access_token`, or an access token minted by
 *   google-auth-library from `credentials_file` (a service-account key file)
 *   or application-default credentials. Minted tokens are cached per provider
 *   entry and refreshed {@link REFRESH_MARGIN_MS} before expiry; concurrent
 *   requests share one token request. A failed token request throws
 *   {@link VertexCredentialsError}: the attempt fails like an unreachable
 *   upstream (counted against the upstream, never the caller), and the message
 *   names only the endpoint's error code, never a credential or assertion.
 * - `token_url`: google-auth-library's service-account flow always posts to
 *   `https://oauth2.googleapis.com/token` (it ignores the key file's
 *   `token_uri`); the override is a request interceptor on the auth client's
 *   own transporter (gaxios interceptors, the library's supported request
 *   hook) that sends token requests to `token_url`. The assertion's `aud`
 *   stays Google's token URL, as the library signs it.
 * - Error normalisation: Vertex answers platform errors (auth, quota, 404,
 *   5xx) in Google's envelope `{"error":{"code","message","status"}}` and
 *   model errors in Anthropic's; Google's (or a non-JSON page) becomes
 *   Anthropic's envelope with the same status, so relay, retries and the
 *   transcoders see one shape.
 *
 * Source: Google Cloud "Use Claude models" (rawPredict / streamRawPredict /
 * count-tokens:rawPredict), google.rpc.Status, google-auth-library README
 * (GoogleAuth, keyFilename, getAccessToken), @anthropic-ai/vertex-sdk.
 */
import { existsSync } from 'node:fs';
import type { AuthClient, GoogleAuth } from 'google-auth-library';
import type { ProviderRuntime } from '../config/index.ts';
import { countTopLevelKey, findTopLevelMember } from '../relay/patch.ts';
import type { NormalizedError, ProviderAdapter, ProviderConfigCheck, ProviderConfigInput } from './types.ts';

/** The `anthropic_version` body value Vertex takes. */
export const VERTEX_ANTHROPIC_VERSION = 'vertex-2023-10-16';
/** OAuth scope of the minted tokens. */
export const CLOUD_PLATFORM_SCOPE = 'https://www.googleapis.com/auth/cloud-platform';
/** The token endpoint google-auth-library posts to (replaced by `token_url`). */
export const GOOGLE_TOKEN_URL = 'https://oauth2.googleapis.com/token';
/** A minted token is replaced this long before it expires (ms). */
export const REFRESH_MARGIN_MS = 5 * 60_000;
/** Time limit of one token request (ms). */
const TOKEN_TIMEOUT_MS = 30_000;

const VERSION_MEMBER = Buffer.from(`"anthropic_version":${JSON.stringify(VERTEX_ANTHROPIC_VERSION)}`);

/** A token could not be obtained (bad key file, token endpoint refusal, unreachable endpoint). Carries no secret. */
export class VertexCredentialsError extends Error {
  override readonly name = 'VertexCredentialsError';
}

/** The default base URL of a region (`global` → the multi-region host). */
export function vertexBaseUrl(region: string): string {
  return region === 'global' ? 'https://aiplatform.googleapis.com' : `https://${region}-aiplatform.googleapis.com`;
}

function configure(p: ProviderConfigInput): ProviderConfigCheck {
  const problems: string[] = [];
  const warnings: string[] = [];
  const o = p.options;
  const at = (k: string) => `providers.${p.name}.${k}`;
  if (!o.project) problems.push(`${at('project')}: required for provider type 'vertex' (the Google Cloud project id of the rawPredict path)`);
  else if (!/^[a-z0-9.:-]+$/.test(o.project)) problems.push(`${at('project')}: not a Google Cloud project id`);
  const region = o.region ?? 'global';
  if (!/^[a-z0-9-]+$/.test(region)) problems.push(`${at('region')}: not a Vertex AI location (e.g. us-east5, europe-west1, global)`);
  if (o.access_token && o.credentials_file) problems.push(`${p.name}: set access_token or credentials_file, not both`);
  if (o.credentials_file && !existsSync(o.credentials_file)) problems.push(`${at('credentials_file')}: no such file`);
  if (o.token_url) {
    try {
      const u = new URL(o.token_url);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') problems.push(`${at('token_url')}: must be http(s)`);
    } catch {
      problems.push(`${at('token_url')}: not a URL`);
    }
  }
  if (!o.access_token && !o.credentials_file && p.keys.length === 0 && p.callerKeys === 'stored' && !p.simulated) {
    warnings.push(`providers.${p.name}: no access_token or credentials_file; tokens come from Google application-default credentials`);
  }
  return { problems, warnings, defaultBaseUrl: vertexBaseUrl(region) };
}

/**
 * Mints and caches the OAuth access tokens of one provider entry
 * (credentials_file or application-default credentials).
 */
export class VertexTokenSource {
  #auth: GoogleAuth | null = null;
  #client: Promise<AuthClient> | null = null;
  #token: { value: string; expiresAt: number } | null = null;
  #inflight: Promise<string> | null = null;
  /** Token requests made (tests, metrics). */
  minted = 0;

  constructor(private readonly credentialsFile: string, private readonly tokenUrl: string) {}

  /** A valid access token: the cached one, or a fresh one (one request for any number of concurrent callers). */
  token(): Promise<string> | string {
    const t = this.#token;
    if (t !== null && t.expiresAt - Date.now() > REFRESH_MARGIN_MS) return t.value;
    this.#inflight ??= this.#mint().finally(() => {
      this.#inflight = null;
    });
    return this.#inflight;
  }

  async #authClient(): Promise<AuthClient> {
    const { GoogleAuth } = await import('google-auth-library');
    this.#auth = new GoogleAuth({ scopes: [CLOUD_PLATFORM_SCOPE], ...(this.credentialsFile ? { keyFilename: this.credentialsFile } : {}) });
    const client = await this.#auth.getClient();
    const tokenUrl = this.tokenUrl;
    client.transporter.interceptors.request.add({
      resolved: async (cfg) => {
        if (tokenUrl && String(cfg.url) === GOOGLE_TOKEN_URL) cfg.url = new URL(tokenUrl);
        cfg.timeout ??= TOKEN_TIMEOUT_MS;
        return cfg;
      },
    });
    return client;
  }

  async #mint(): Promise<string> {
    this.#client ??= this.#authClient();
    let client: AuthClient;
    try {
      client = await this.#client;
    } catch (e) {
      this.#client = null; // a key file fixed on disk is picked up by the next request
      throw new VertexCredentialsError(`Vertex credentials cannot be loaded (${loadFailure(e)})`);
    }
    this.minted++;
    let res: Awaited<ReturnType<AuthClient['getAccessToken']>>;
    try {
      res = await client.getAccessToken();
    } catch (e) {
      throw new VertexCredentialsError(`Vertex credentials: the OAuth token request failed (${tokenFailure(e)})`);
    }
    if (!res.token) throw new VertexCredentialsError('Vertex credentials: the OAuth token endpoint returned no access token');
    const expiry = client.credentials.expiry_date;
    this.#token = { value: res.token, expiresAt: typeof expiry === 'number' ? expiry : Date.now() + REFRESH_MARGIN_MS * 2 };
    return res.token;
  }
}

/** Why a key file could not be loaded, without its content. */
function loadFailure(e: unknown): string {
  const code = (e as { code?: unknown }).code;
  if (code === 'ENOENT') return 'credentials_file not found';
  if (code === 'EACCES') return 'credentials_file not readable';
  if (e instanceof SyntaxError) return 'credentials_file is not JSON';
  const msg = e instanceof Error ? e.message : '';
  if (/default credentials/i.test(msg)) return 'no application-default credentials found';
  if (/client_email|private_key|type/i.test(msg)) return 'credentials_file is not a service-account or authorized-user key file';
  return 'invalid credentials';
}

/** Why a token request failed: the endpoint's status and OAuth error code only (never its description, which may quote input). */
function tokenFailure(e: unknown): string {
  const r = (e as { response?: { status?: unknown; data?: unknown } }).response;
  if (r && typeof r.status === 'number') {
    const err = (r.data as { error?: unknown } | undefined)?.error;
    const code = typeof err === 'string' && /^[a-z_]{1,64}$/.test(err) ? `, ${err}` : '';
    return `token endpoint answered ${r.status}${code}`;
  }
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string' && /^[A-Z_]{2,40}$/.test(code)) return `token endpoint unreachable: ${code}`;
  if (e instanceof Error && /private key|PEM|asn1|DECODER/i.test(e.message)) return 'the key file\'s private_key cannot sign';
  return 'token endpoint unreachable';
}

const sources = new WeakMap<ProviderRuntime, VertexTokenSource>();

/** The token source of a provider entry (one per config load of the entry). */
export function vertexTokenSource(p: ProviderRuntime): VertexTokenSource {
  let s = sources.get(p);
  if (!s) {
    s = new VertexTokenSource(p.options.credentials_file ?? '', p.options.token_url ?? '');
    sources.set(p, s);
  }
  return s;
}

/** Anthropic error type of an HTTP status (Anthropic's errors doc). */
function anthropicErrorType(status: number): string {
  switch (status) {
    case 400: return 'invalid_request_error';
    case 401: return 'authentication_error';
    case 403: return 'permission_error';
    case 404: return 'not_found_error';
    case 413: return 'request_too_large';
    case 429: return 'rate_limit_error';
    case 503: case 529: return 'overloaded_error';
    default: return status >= 500 ? 'api_error' : 'invalid_request_error';
  }
}

/**
 * A cloud's error answer → Anthropic's envelope (same status). Anthropic's
 * own envelope (`{"type":"error",…}`) passes unchanged; `{"error":{"message",
 * "status"|"code"}}` (Google's google.rpc.Status, Azure's) keeps its message,
 * prefixed with `label`; anything else gets a generic message.
 */
export function cloudErrorToAnthropic(label: string, status: number, body: Buffer): NormalizedError {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const obj = parsed as { type?: unknown; error?: { message?: unknown; status?: unknown } } | undefined;
  if (obj && obj.type === 'error' && typeof obj.error === 'object' && obj.error !== null) return { status, body };
  const message = typeof obj?.error?.message === 'string' ? obj.error.message.slice(0, 2000) : `${label} answered ${status}.`;
  const reason = typeof obj?.error?.status === 'string' ? ` (${obj.error.status})` : '';
  const out = { type: 'error', error: { type: anthropicErrorType(status), message: typeof obj?.error?.message === 'string' ? `${label}: ${message}${reason}` : message } };
  return { status, body: JSON.stringify(out) };
}

const vertex: ProviderAdapter = {
  configure,

  url(req, ctx) {
    const o = ctx.provider.options;
    let path = req.path.replace('{project}', encodeURIComponent(o.project ?? '')).replace('{region}', encodeURIComponent(o.region ?? 'global'));
    if (ctx.model !== null) path = path.replace('{model}', encodeURIComponent(ctx.model).replaceAll('%40', '@'));
    if (ctx.stream && ctx.routeType === 'llm/v1/chat' && path.endsWith(':rawPredict')) path = `${path.slice(0, -':rawPredict'.length)}:streamRawPredict`;
    req.path = path;
    // Vertex's count-tokens answers any anthropic-beta value with a 400 (anthropics/claude-code #11154): betas do not change a count.
    if (ctx.routeType === 'llm/v1/count_tokens') delete req.headers['anthropic-beta'];
  },

  nativeBody(body, ctx) {
    if (ctx.routeType !== 'llm/v1/chat') return body;
    const span = findTopLevelMember(body, 'model');
    if (span !== null && countTopLevelKey(body, 'anthropic_version') === 0) {
      return Buffer.concat([body.subarray(0, span[0]), VERSION_MEMBER, body.subarray(span[1])]);
    }
    // No string `model`, or the caller sent its own anthropic_version (rare): rebuild the object.
    const obj = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
    delete obj.model;
    obj.anthropic_version = VERTEX_ANTHROPIC_VERSION;
    return JSON.stringify(obj);
  },

  translatedBody(body, ctx) {
    if (ctx.routeType !== 'llm/v1/chat') return body;
    const { model: _model, ...rest } = body;
    return { anthropic_version: VERTEX_ANTHROPIC_VERSION, ...rest };
  },

  authenticate(req, key, ctx) {
    const fixed = key ?? (ctx.provider.options.access_token || null);
    if (fixed !== null) {
      req.headers.authorization = `Bearer ${fixed}`;
      return;
    }
    const t = vertexTokenSource(ctx.provider).token();
    if (typeof t === 'string') {
      req.headers.authorization = `Bearer ${t}`;
      return;
    }
    return t.then((v) => {
      req.headers.authorization = `Bearer ${v}`;
    });
  },

  normalizeError(status, body) {
    return cloudErrorToAnthropic('Vertex AI', status, body);
  },
};
export default vertex;
