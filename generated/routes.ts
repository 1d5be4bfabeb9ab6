// generated from specs/ — do not edit (npm run gen)
// Source: specs/route-types.ts (INGRESS_PATHS). Renderer: scripts/gen/routes.ts.

/**
 * Route table: (method, path, listener) → route type, ingress format, operation.
 *
 * Paths are matched WITHOUT their query string (Claude Code calls
 * `/v1/messages?beta=true`): strip it before calling. Matching is exact and
 * case-sensitive; a trailing slash is a different path. Parameterless paths cost
 * one Map lookup; the few `:param` paths (Message Batches) are compared
 * segment by segment. Params are returned raw (not percent-decoded).
 */

/** Kind of call, independent of wire format (Kong naming). */
export type RouteType = 'llm/v1/chat' | 'llm/v1/completions' | 'llm/v1/embeddings' | 'llm/v1/count_tokens' | 'files/v1/batches';

/** An API wire format: what the caller speaks (ingress) or what the upstream speaks. */
export type Format = 'anthropic-messages' | 'openai-chat' | 'openai-responses' | 'gemini';

/** A listener: the main port, or the dedicated Anthropic port (api.anthropic.com layout). */
export type Listener = 'main' | 'anthropic';

/** HTTP methods the gateway routes. */
export type Method = 'GET' | 'POST' | 'DELETE';

/** All route types, in spec order. */
export const ROUTE_TYPES: readonly RouteType[] = ["llm/v1/chat","llm/v1/completions","llm/v1/embeddings","llm/v1/count_tokens","files/v1/batches"];

/** All formats, in spec order. */
export const FORMATS: readonly Format[] = ["anthropic-messages","openai-chat","openai-responses","gemini"];

/** One ingress path. */
export interface RouteEntry {
  readonly method: Method;
  /** Path pattern; `:name` segments match one non-empty path segment. */
  readonly path: string;
  readonly routeType: RouteType;
  /** Format the caller speaks on this path (also the format of errors it gets). */
  readonly ingressFormat: Format;
  /** Listeners that serve this path. */
  readonly listeners: readonly Listener[];
  /** Operation within the route type (batches: create, list, retrieve, results, cancel, delete). */
  readonly operation: string;
  /** Whether the JSON body carries the `model` that selects the target. */
  readonly modelInBody: boolean;
  /** The model alias is the `:model` path parameter (URL-decoded); the body carries none. */
  readonly modelInPath?: boolean;
  readonly description: string;
}

/** Result of {@link matchRoute}. */
export interface RouteMatch {
  readonly route: RouteEntry;
  /** `:param` values by name (empty for parameterless paths). */
  readonly params: Record<string, string>;
}

/** Every ingress path (parameterless first, then `:param` paths; each sorted by method and path). */
export const ROUTES: readonly RouteEntry[] = [
  {"description":"List Message Batches","ingressFormat":"anthropic-messages","listeners":["main"],"method":"GET","modelInBody":false,"operation":"list","path":"/anthropic/v1/messages/batches","routeType":"files/v1/batches"},
  {"description":"List Message Batches","ingressFormat":"anthropic-messages","listeners":["anthropic","main"],"method":"GET","modelInBody":false,"operation":"list","path":"/v1/messages/batches","routeType":"files/v1/batches"},
  {"description":"Anthropic legacy Text Completions","ingressFormat":"anthropic-messages","listeners":["main"],"method":"POST","modelInBody":true,"operation":"create","path":"/anthropic/v1/complete","routeType":"llm/v1/completions"},
  {"description":"Anthropic Messages (JSON or SSE)","ingressFormat":"anthropic-messages","listeners":["main"],"method":"POST","modelInBody":true,"operation":"create","path":"/anthropic/v1/messages","routeType":"llm/v1/chat"},
  {"description":"Create a Message Batch","ingressFormat":"anthropic-messages","listeners":["main"],"method":"POST","modelInBody":false,"operation":"create","path":"/anthropic/v1/messages/batches","routeType":"files/v1/batches"},
  {"description":"Anthropic token counting","ingressFormat":"anthropic-messages","listeners":["main"],"method":"POST","modelInBody":true,"operation":"count","path":"/anthropic/v1/messages/count_tokens","routeType":"llm/v1/count_tokens"},
  {"description":"OpenAI Chat Completions (JSON or SSE)","ingressFormat":"openai-chat","listeners":["main"],"method":"POST","modelInBody":true,"operation":"create","path":"/openai/v1/chat/completions","routeType":"llm/v1/chat"},
  {"description":"OpenAI legacy Completions","ingressFormat":"openai-chat","listeners":["main"],"method":"POST","modelInBody":true,"operation":"create","path":"/openai/v1/completions","routeType":"llm/v1/completions"},
  {"description":"OpenAI Embeddings","ingressFormat":"openai-chat","listeners":["main"],"method":"POST","modelInBody":true,"operation":"create","path":"/openai/v1/embeddings","routeType":"llm/v1/embeddings"},
  {"description":"OpenAI Responses (JSON or SSE)","ingressFormat":"openai-responses","listeners":["main"],"method":"POST","modelInBody":true,"operation":"create","path":"/openai/v1/responses","routeType":"llm/v1/chat"},
  {"description":"OpenAI Responses input token count","ingressFormat":"openai-responses","listeners":["main"],"method":"POST","modelInBody":true,"operation":"input_tokens","path":"/openai/v1/responses/input_tokens","routeType":"llm/v1/count_tokens"},
  {"description":"OpenAI Chat Completions (JSON or SSE)","ingressFormat":"openai-chat","listeners":["main"],"method":"POST","modelInBody":true,"operation":"create","path":"/v1/chat/completions","routeType":"llm/v1/chat"},
  {"description":"Anthropic legacy Text Completions","ingressFormat":"anthropic-messages","listeners":["anthropic","main"],"method":"POST","modelInBody":true,"operation":"create","path":"/v1/complete","routeType":"llm/v1/completions"},
  {"description":"OpenAI legacy Completions","ingressFormat":"openai-chat","listeners":["main"],"method":"POST","modelInBody":true,"operation":"create","path":"/v1/completions","routeType":"llm/v1/completions"},
  {"description":"OpenAI Embeddings","ingressFormat":"openai-chat","listeners":["main"],"method":"POST","modelInBody":true,"operation":"create","path":"/v1/embeddings","routeType":"llm/v1/embeddings"},
  {"description":"Anthropic Messages (JSON or SSE)","ingressFormat":"anthropic-messages","listeners":["anthropic","main"],"method":"POST","modelInBody":true,"operation":"create","path":"/v1/messages","routeType":"llm/v1/chat"},
  {"description":"Create a Message Batch","ingressFormat":"anthropic-messages","listeners":["anthropic","main"],"method":"POST","modelInBody":false,"operation":"create","path":"/v1/messages/batches","routeType":"files/v1/batches"},
  {"description":"Anthropic token counting","ingressFormat":"anthropic-messages","listeners":["anthropic","main"],"method":"POST","modelInBody":true,"operation":"count","path":"/v1/messages/count_tokens","routeType":"llm/v1/count_tokens"},
  {"description":"OpenAI Responses (JSON or SSE)","ingressFormat":"openai-responses","listeners":["main"],"method":"POST","modelInBody":true,"operation":"create","path":"/v1/responses","routeType":"llm/v1/chat"},
  {"description":"OpenAI Responses input token count","ingressFormat":"openai-responses","listeners":["main"],"method":"POST","modelInBody":true,"operation":"input_tokens","path":"/v1/responses/input_tokens","routeType":"llm/v1/count_tokens"},
  {"description":"Delete a Message Batch","ingressFormat":"anthropic-messages","listeners":["main"],"method":"DELETE","modelInBody":false,"operation":"delete","path":"/anthropic/v1/messages/batches/:id","routeType":"files/v1/batches"},
  {"description":"Delete a stored response","ingressFormat":"openai-responses","listeners":["main"],"method":"DELETE","modelInBody":false,"operation":"delete","path":"/openai/v1/responses/:id","routeType":"llm/v1/chat"},
  {"description":"Delete a Message Batch","ingressFormat":"anthropic-messages","listeners":["anthropic","main"],"method":"DELETE","modelInBody":false,"operation":"delete","path":"/v1/messages/batches/:id","routeType":"files/v1/batches"},
  {"description":"Delete a stored response","ingressFormat":"openai-responses","listeners":["main"],"method":"DELETE","modelInBody":false,"operation":"delete","path":"/v1/responses/:id","routeType":"llm/v1/chat"},
  {"description":"Retrieve a Message Batch","ingressFormat":"anthropic-messages","listeners":["main"],"method":"GET","modelInBody":false,"operation":"retrieve","path":"/anthropic/v1/messages/batches/:id","routeType":"files/v1/batches"},
  {"description":"Stream a Message Batch results file (JSONL)","ingressFormat":"anthropic-messages","listeners":["main"],"method":"GET","modelInBody":false,"operation":"results","path":"/anthropic/v1/messages/batches/:id/results","routeType":"files/v1/batches"},
  {"description":"Retrieve a stored response","ingressFormat":"openai-responses","listeners":["main"],"method":"GET","modelInBody":false,"operation":"retrieve","path":"/openai/v1/responses/:id","routeType":"llm/v1/chat"},
  {"description":"List a stored response's input items","ingressFormat":"openai-responses","listeners":["main"],"method":"GET","modelInBody":false,"operation":"input_items","path":"/openai/v1/responses/:id/input_items","routeType":"llm/v1/chat"},
  {"description":"Retrieve a Message Batch","ingressFormat":"anthropic-messages","listeners":["anthropic","main"],"method":"GET","modelInBody":false,"operation":"retrieve","path":"/v1/messages/batches/:id","routeType":"files/v1/batches"},
  {"description":"Stream a Message Batch results file (JSONL)","ingressFormat":"anthropic-messages","listeners":["anthropic","main"],"method":"GET","modelInBody":false,"operation":"results","path":"/v1/messages/batches/:id/results","routeType":"files/v1/batches"},
  {"description":"Retrieve a stored response","ingressFormat":"openai-responses","listeners":["main"],"method":"GET","modelInBody":false,"operation":"retrieve","path":"/v1/responses/:id","routeType":"llm/v1/chat"},
  {"description":"List a stored response's input items","ingressFormat":"openai-responses","listeners":["main"],"method":"GET","modelInBody":false,"operation":"input_items","path":"/v1/responses/:id/input_items","routeType":"llm/v1/chat"},
  {"description":"Cancel a Message Batch","ingressFormat":"anthropic-messages","listeners":["main"],"method":"POST","modelInBody":false,"operation":"cancel","path":"/anthropic/v1/messages/batches/:id/cancel","routeType":"files/v1/batches"},
  {"description":"Gemini token counting","ingressFormat":"gemini","listeners":["main"],"method":"POST","modelInBody":false,"modelInPath":true,"operation":"countTokens","path":"/gemini/v1/models/:model:countTokens","routeType":"llm/v1/count_tokens"},
  {"description":"Gemini generateContent (JSON)","ingressFormat":"gemini","listeners":["main"],"method":"POST","modelInBody":false,"modelInPath":true,"operation":"generateContent","path":"/gemini/v1/models/:model:generateContent","routeType":"llm/v1/chat"},
  {"description":"Gemini streamGenerateContent (SSE with ?alt=sse, else a JSON array)","ingressFormat":"gemini","listeners":["main"],"method":"POST","modelInBody":false,"modelInPath":true,"operation":"streamGenerateContent","path":"/gemini/v1/models/:model:streamGenerateContent","routeType":"llm/v1/chat"},
  {"description":"Gemini token counting","ingressFormat":"gemini","listeners":["main"],"method":"POST","modelInBody":false,"modelInPath":true,"operation":"countTokens","path":"/gemini/v1beta/models/:model:countTokens","routeType":"llm/v1/count_tokens"},
  {"description":"Gemini generateContent (JSON)","ingressFormat":"gemini","listeners":["main"],"method":"POST","modelInBody":false,"modelInPath":true,"operation":"generateContent","path":"/gemini/v1beta/models/:model:generateContent","routeType":"llm/v1/chat"},
  {"description":"Gemini streamGenerateContent (SSE with ?alt=sse, else a JSON array)","ingressFormat":"gemini","listeners":["main"],"method":"POST","modelInBody":false,"modelInPath":true,"operation":"streamGenerateContent","path":"/gemini/v1beta/models/:model:streamGenerateContent","routeType":"llm/v1/chat"},
  {"description":"Cancel a background response","ingressFormat":"openai-responses","listeners":["main"],"method":"POST","modelInBody":false,"operation":"cancel","path":"/openai/v1/responses/:id/cancel","routeType":"llm/v1/chat"},
  {"description":"Cancel a Message Batch","ingressFormat":"anthropic-messages","listeners":["anthropic","main"],"method":"POST","modelInBody":false,"operation":"cancel","path":"/v1/messages/batches/:id/cancel","routeType":"files/v1/batches"},
  {"description":"Gemini token counting","ingressFormat":"gemini","listeners":["main"],"method":"POST","modelInBody":false,"modelInPath":true,"operation":"countTokens","path":"/v1/models/:model:countTokens","routeType":"llm/v1/count_tokens"},
  {"description":"Gemini generateContent (JSON)","ingressFormat":"gemini","listeners":["main"],"method":"POST","modelInBody":false,"modelInPath":true,"operation":"generateContent","path":"/v1/models/:model:generateContent","routeType":"llm/v1/chat"},
  {"description":"Gemini streamGenerateContent (SSE with ?alt=sse, else a JSON array)","ingressFormat":"gemini","listeners":["main"],"method":"POST","modelInBody":false,"modelInPath":true,"operation":"streamGenerateContent","path":"/v1/models/:model:streamGenerateContent","routeType":"llm/v1/chat"},
  {"description":"Cancel a background response","ingressFormat":"openai-responses","listeners":["main"],"method":"POST","modelInBody":false,"operation":"cancel","path":"/v1/responses/:id/cancel","routeType":"llm/v1/chat"},
  {"description":"Gemini token counting","ingressFormat":"gemini","listeners":["main"],"method":"POST","modelInBody":false,"modelInPath":true,"operation":"countTokens","path":"/v1beta/models/:model:countTokens","routeType":"llm/v1/count_tokens"},
  {"description":"Gemini generateContent (JSON)","ingressFormat":"gemini","listeners":["main"],"method":"POST","modelInBody":false,"modelInPath":true,"operation":"generateContent","path":"/v1beta/models/:model:generateContent","routeType":"llm/v1/chat"},
  {"description":"Gemini streamGenerateContent (SSE with ?alt=sse, else a JSON array)","ingressFormat":"gemini","listeners":["main"],"method":"POST","modelInBody":false,"modelInPath":true,"operation":"streamGenerateContent","path":"/v1beta/models/:model:streamGenerateContent","routeType":"llm/v1/chat"},
];

/** Parameterless routes keyed `${METHOD} ${path}`. */
export const EXACT_ROUTES: ReadonlyMap<string, RouteEntry> = new Map(
  ROUTES.filter((r) => !r.path.includes('/:')).map((r) => [`${r.method} ${r.path}`, r] as const),
);

/** Listeners serving each parameterless path under any method (405 vs 404). */
const EXACT_PATH_LISTENERS: ReadonlyMap<string, readonly Listener[]> = new Map<string, readonly Listener[]>([
  ['/anthropic/v1/complete', ["main"]],
  ['/anthropic/v1/messages', ["main"]],
  ['/anthropic/v1/messages/batches', ["main"]],
  ['/anthropic/v1/messages/count_tokens', ["main"]],
  ['/openai/v1/chat/completions', ["main"]],
  ['/openai/v1/completions', ["main"]],
  ['/openai/v1/embeddings', ["main"]],
  ['/openai/v1/responses', ["main"]],
  ['/openai/v1/responses/input_tokens', ["main"]],
  ['/v1/chat/completions', ["main"]],
  ['/v1/complete', ["anthropic","main"]],
  ['/v1/completions', ["main"]],
  ['/v1/embeddings', ["main"]],
  ['/v1/messages', ["anthropic","main"]],
  ['/v1/messages/batches', ["anthropic","main"]],
  ['/v1/messages/count_tokens', ["anthropic","main"]],
  ['/v1/responses', ["main"]],
  ['/v1/responses/input_tokens', ["main"]],
]);

/** A path pattern pre-split into segments. */
interface Pattern {
  /** Path segments after the leading `/`; `null` marks a parameter, whose name is in `names`. */
  readonly segments: readonly (string | null)[];
  readonly names: readonly (string | undefined)[];
  /** Literal suffix of a `:name:suffix` segment (Gemini `{model}:generateContent`), else undefined. */
  readonly suffixes: readonly (string | undefined)[];
}

interface ParamRoute extends Pattern {
  readonly route: RouteEntry;
}

/** Splits a pattern: `:name` is a parameter segment, `:name:suffix` a parameter followed by the literal `:suffix`. */
function splitPattern(path: string): Pattern {
  const parts = path.slice(1).split('/');
  const param = (s: string) => s.startsWith(':');
  return {
    segments: parts.map((s) => (param(s) ? null : s)),
    names: parts.map((s) => (param(s) ? s.slice(1).split(':')[0] : undefined)),
    suffixes: parts.map((s) => (param(s) && s.indexOf(':', 1) > 0 ? s.slice(s.indexOf(':', 1)) : undefined)),
  };
}

/** Routes with `:param` segments, pre-split. */
const PARAM_ROUTES: readonly ParamRoute[] = ROUTES.filter((r) => r.path.includes('/:')).map((route) => ({ route, ...splitPattern(route.path) }));

/** Static prefixes (up to the first `:param`) of the param routes: a cheap pre-filter. */
const PARAM_PREFIXES: readonly string[] = ["/anthropic/v1/messages/batches/","/gemini/v1/models/","/gemini/v1beta/models/","/openai/v1/responses/","/v1/messages/batches/","/v1/models/","/v1/responses/","/v1beta/models/"];

/** Match `parts` (path split on `/`, leading slash removed) against one pattern; params or null. */
function matchParams(pr: Pattern, parts: readonly string[]): Record<string, string> | null {
  if (parts.length !== pr.segments.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const seg = pr.segments[i];
    let part = parts[i] as string;
    if (seg === null) {
      const suffix = pr.suffixes[i];
      if (suffix !== undefined) {
        if (!part.endsWith(suffix)) return null;
        part = part.slice(0, part.length - suffix.length);
      }
      if (part.length === 0) return null;
      params[pr.names[i] as string] = part;
    } else if (seg !== part) return null;
  }
  return params;
}

/**
 * Find the route for a request.
 * @param method HTTP method, upper case (`POST`).
 * @param path request path WITHOUT the query string (`/v1/messages`).
 * @param listener which listener received the request.
 * @returns the route and its `:param` values, or null (see {@link pathExists} to tell 405 from 404).
 */
export function matchRoute(method: string, path: string, listener: Listener): RouteMatch | null {
  const hit = EXACT_ROUTES.get(`${method} ${path}`);
  if (hit !== undefined) return hit.listeners.includes(listener) ? { route: hit, params: {} } : null;
  if (!PARAM_PREFIXES.some((p) => path.startsWith(p))) return null;
  const parts = path.slice(1).split('/');
  for (const pr of PARAM_ROUTES) {
    if (pr.route.method !== method || !pr.route.listeners.includes(listener)) continue;
    const params = matchParams(pr, parts);
    if (params !== null) return { route: pr.route, params };
  }
  return null;
}

/**
 * Whether any method is routed on `path` for this listener: true → answer 405, false → 404.
 * @param path request path without the query string.
 */
export function pathExists(path: string, listener: Listener): boolean {
  const ls = EXACT_PATH_LISTENERS.get(path);
  if (ls !== undefined) return ls.includes(listener);
  const parts = path.slice(1).split('/');
  return PARAM_ROUTES.some((pr) => pr.route.listeners.includes(listener) && matchParams(pr, parts) !== null);
}

/** Methods routed on `path` for this listener (for the `Allow` header of a 405), sorted. */
export function allowedMethods(path: string, listener: Listener): Method[] {
  const parts = path.slice(1).split('/');
  const out = new Set<Method>();
  for (const r of ROUTES) {
    if (!r.listeners.includes(listener)) continue;
    if (r.path === path) out.add(r.method);
  }
  for (const pr of PARAM_ROUTES) {
    if (pr.route.listeners.includes(listener) && matchParams(pr, parts) !== null) out.add(pr.route.method);
  }
  return [...out].sort();
}

/**
 * Best guess of the caller's format for a path that matched no route, so a 404
 * or 405 comes back in a shape the caller's SDK parses. Rules from the specs
 * (specs/wire-formats.ts, specs/route-types.ts): a format's ingress prefix
 * (`/anthropic/…` → anthropic-messages, `/gemini/…` → gemini, `/openai/…` → openai-chat); a format's root
 * route path or a path below it (`/v1/complete` → anthropic-messages, `/v1/messages` → anthropic-messages, `/v1/responses` → openai-responses, `/v1beta/models` → gemini);
 * anything else → openai-chat.
 */
export function formatForPath(path: string): Format {
  if (path === '/anthropic' || path.startsWith('/anthropic/')) return 'anthropic-messages';
  if (path === '/gemini' || path.startsWith('/gemini/')) return 'gemini';
  if (path === '/openai' || path.startsWith('/openai/')) return 'openai-chat';
  if (path === '/v1/complete' || path.startsWith('/v1/complete/')) return 'anthropic-messages';
  if (path === '/v1/messages' || path.startsWith('/v1/messages/')) return 'anthropic-messages';
  if (path === '/v1/responses' || path.startsWith('/v1/responses/')) return 'openai-responses';
  if (path === '/v1beta/models' || path.startsWith('/v1beta/models/')) return 'gemini';
  return 'openai-chat';
}

/**
 * The one format a listener speaks, when all its ingress paths share one
 * (the dedicated Anthropic listener); null for a listener serving several.
 */
export function listenerFormat(listener: Listener): Format | null {
  return LISTENER_FORMATS[listener];
}

const LISTENER_FORMATS: Readonly<Record<Listener, Format | null>> = {"main":null,"anthropic":"anthropic-messages"};

/** A gateway's own endpoint (specs/route-types.ts GATEWAY_ENDPOINTS). */
export interface OwnEndpoint {
  readonly method: 'GET' | 'POST' | 'HEAD';
  readonly path: string;
  /** Which handler serves it (runtime/server/app.ts, or an extra route registered under this name). */
  readonly name: 'root' | 'health' | 'models' | 'model' | 'reload' | 'enable-keys' | 'metrics' | 'dashboard' | 'dashboard-script' | 'dashboard-chart-script' | 'dashboard-chart-style' | 'dashboard-snapshot' | 'dashboard-events';
  readonly listeners: readonly Listener[];
  /** Error format (and, for `models`, response shape); null: decided per request. */
  readonly format: Format | null;
  readonly description: string;
}

/** The gateway's own endpoints keyed `${METHOD} ${path}`. */
export const OWN_ENDPOINTS: ReadonlyMap<string, OwnEndpoint> = new Map<string, OwnEndpoint>([
  ['GET /', {"description":"Reachability check: 200 {\"name\":\"switchyard\",\"status\":\"ok\"}, no key needed","format":null,"listeners":["anthropic","main"],"method":"GET","name":"root","path":"/"}],
  ['GET /anthropic/v1/models', {"description":"Model aliases, Anthropic shape","format":"anthropic-messages","listeners":["main"],"method":"GET","name":"models","path":"/anthropic/v1/models"}],
  ['GET /dashboard', {"description":"Live dashboard page (server.dashboard)","format":null,"listeners":["main"],"method":"GET","name":"dashboard","path":"/dashboard"}],
  ['GET /dashboard/app.js', {"description":"Dashboard script","format":null,"listeners":["main"],"method":"GET","name":"dashboard-script","path":"/dashboard/app.js"}],
  ['GET /dashboard/assets/uPlot.iife.min.js', {"description":"Chart library (uPlot)","format":null,"listeners":["main"],"method":"GET","name":"dashboard-chart-script","path":"/dashboard/assets/uPlot.iife.min.js"}],
  ['GET /dashboard/assets/uPlot.min.css', {"description":"Chart library styles (uPlot)","format":null,"listeners":["main"],"method":"GET","name":"dashboard-chart-style","path":"/dashboard/assets/uPlot.min.css"}],
  ['GET /dashboard/events', {"description":"Dashboard data as SSE (needs server.admin_key)","format":null,"listeners":["main"],"method":"GET","name":"dashboard-events","path":"/dashboard/events"}],
  ['GET /dashboard/snapshot', {"description":"Dashboard data (needs server.admin_key)","format":null,"listeners":["main"],"method":"GET","name":"dashboard-snapshot","path":"/dashboard/snapshot"}],
  ['GET /gemini/v1/models', {"description":"Model aliases, Gemini shape","format":"gemini","listeners":["main"],"method":"GET","name":"models","path":"/gemini/v1/models"}],
  ['GET /gemini/v1/models/:model', {"description":"One model alias, Gemini shape","format":"gemini","listeners":["main"],"method":"GET","name":"model","path":"/gemini/v1/models/:model"}],
  ['GET /gemini/v1beta/models', {"description":"Model aliases, Gemini shape","format":"gemini","listeners":["main"],"method":"GET","name":"models","path":"/gemini/v1beta/models"}],
  ['GET /gemini/v1beta/models/:model', {"description":"One model alias, Gemini shape","format":"gemini","listeners":["main"],"method":"GET","name":"model","path":"/gemini/v1beta/models/:model"}],
  ['GET /health', {"description":"Liveness, providers, circuits, keys out of rotation","format":null,"listeners":["anthropic","main"],"method":"GET","name":"health","path":"/health"}],
  ['GET /metrics', {"description":"Prometheus metrics (observability.metrics)","format":null,"listeners":["main"],"method":"GET","name":"metrics","path":"/metrics"}],
  ['GET /openai/v1/models', {"description":"Model aliases, OpenAI shape","format":"openai-chat","listeners":["main"],"method":"GET","name":"models","path":"/openai/v1/models"}],
  ['GET /v1/models', {"description":"Model aliases the caller may use (Anthropic shape with anthropic-version, Gemini shape with x-goog-api-key, else OpenAI)","format":null,"listeners":["anthropic","main"],"method":"GET","name":"models","path":"/v1/models"}],
  ['GET /v1/models/:model', {"description":"One model alias the caller may use (shape as for /v1/models)","format":null,"listeners":["anthropic","main"],"method":"GET","name":"model","path":"/v1/models/:model"}],
  ['GET /v1beta/models', {"description":"Model aliases, Gemini shape","format":"gemini","listeners":["main"],"method":"GET","name":"models","path":"/v1beta/models"}],
  ['GET /v1beta/models/:model', {"description":"One model alias, Gemini shape","format":"gemini","listeners":["main"],"method":"GET","name":"model","path":"/v1beta/models/:model"}],
  ['HEAD /', {"description":"Reachability check (Claude Code sends HEAD / at start-up): 200, no body, no key needed","format":null,"listeners":["anthropic","main"],"method":"HEAD","name":"root","path":"/"}],
  ['POST /admin/keys/enable', {"description":"Put provider keys taken out of rotation back (needs server.admin_key)","format":null,"listeners":["main"],"method":"POST","name":"enable-keys","path":"/admin/keys/enable"}],
  ['POST /admin/reload', {"description":"Hot reload (needs server.admin_key)","format":null,"listeners":["main"],"method":"POST","name":"reload","path":"/admin/reload"}],
]);

/** Own endpoints with `:param` segments (one model alias), pre-split. */
const OWN_PARAM_ENDPOINTS: readonly (Pattern & { readonly endpoint: OwnEndpoint })[] = [...OWN_ENDPOINTS.values()]
  .filter((e) => e.path.includes('/:'))
  .map((endpoint) => ({ endpoint, ...splitPattern(endpoint.path) }));

/** The own endpoint for (method, path) on this listener and its `:param` values, or undefined. */
export function matchOwnEndpoint(method: string, path: string, listener: Listener): (OwnEndpoint & { readonly params?: Record<string, string> }) | undefined {
  const e = OWN_ENDPOINTS.get(`${method} ${path}`);
  if (e !== undefined && !e.path.includes('/:')) return e.listeners.includes(listener) ? e : undefined;
  const parts = path.slice(1).split('/');
  for (const p of OWN_PARAM_ENDPOINTS) {
    if (p.endpoint.method !== method || !p.endpoint.listeners.includes(listener)) continue;
    const params = matchParams(p, parts);
    if (params !== null) return { ...p.endpoint, params };
  }
  return undefined;
}

/**
 * Methods of the gateway's own endpoints on exactly `path` (no `:param` paths: an
 * unknown `models/{x}:method` stays a 404) for this listener, sorted — for a 405's `Allow` header.
 */
export function ownEndpointMethods(path: string, listener: Listener): OwnEndpoint['method'][] {
  const out = new Set<OwnEndpoint['method']>();
  for (const e of OWN_ENDPOINTS.values()) if (e.path === path && e.listeners.includes(listener)) out.add(e.method);
  return [...out].sort();
}
