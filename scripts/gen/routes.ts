/**
 * Emits generated/routes.ts from specs/route-types.ts: the route table, an
 * exact-match map for parameterless paths, a short list for `:param` paths, and
 * the lookup functions the server calls per request.
 */
import type { TSchema } from '@sinclair/typebox';
import { Format, GATEWAY_ENDPOINTS, GatewayEndpoint, INGRESS_PATHS, Listener, RouteType, type IngressPath } from '../../specs/route-types.ts';
import { WIRE_FORMATS } from '../../specs/wire-formats.ts';
import { byString, sortDeep, tsHeader, tsString } from './util.ts';

/** The literal values of a TypeBox union of literals (in declaration order). */
export function literalValues(schema: TSchema): string[] {
  const anyOf = (schema as { anyOf?: { const?: unknown }[] }).anyOf;
  if (!anyOf) throw new Error('expected a union of literals');
  return anyOf.map((s) => {
    if (typeof s.const !== 'string') throw new Error('expected string literals');
    return s.const;
  });
}

/** `'a' | 'b'` from a list of literals. */
export const unionType = (values: readonly string[]): string => values.map(tsString).join(' | ');

/** Sanity checks on the ingress paths: unique (method, path), well-formed patterns. */
function checkRoutes(routes: readonly IngressPath[]): void {
  const seen = new Set<string>();
  for (const r of routes) {
    const key = `${r.method} ${r.path}`;
    if (seen.has(key)) throw new Error(`duplicate ingress path ${key}`);
    seen.add(key);
    if (!r.path.startsWith('/') || r.path.includes('?') || r.path.includes('//') || (r.path.length > 1 && r.path.endsWith('/'))) {
      throw new Error(`malformed ingress path ${key}`);
    }
    if (r.listeners.length === 0) throw new Error(`ingress path ${key} has no listener`);
  }
  for (const e of GATEWAY_ENDPOINTS) {
    const key = `${e.method} ${e.path}`;
    if (seen.has(key)) throw new Error(`gateway endpoint ${key} is also an ingress path or listed twice`);
    seen.add(key);
  }
}

/**
 * The rules of \`formatForPath\`, from the specs: each format's ingress prefix,
 * then the root paths of each format's routes (a path equal to one, or below
 * it), then the one format marked \`unmatchedPathFallback\`.
 */
function unmatchedPathRules(): { prefixes: [string, string][]; roots: [string, string][]; fallback: string } {
  const formats = Object.values(WIRE_FORMATS);
  const fallbacks = formats.filter((f) => f.unmatchedPathFallback);
  if (fallbacks.length !== 1) throw new Error(`exactly one wire format must set unmatchedPathFallback (found ${fallbacks.length})`);
  // A prefix shared by formats of one API family (`/openai`) belongs to the first of them in WIRE_FORMATS order.
  const byPrefix = new Map<string, string>();
  for (const f of formats) if (!byPrefix.has(f.ingressPrefix)) byPrefix.set(f.ingressPrefix, f.format);
  const prefixes = [...byPrefix].sort(([a], [b]) => byString(a, b));
  const rootSet = new Map<string, string>();
  for (const r of INGRESS_PATHS) {
    if (r.ingressFormat === fallbacks[0]!.format) continue;
    if (prefixes.some(([p]) => r.path === p || r.path.startsWith(`${p}/`))) continue;
    const root = r.path.split('/:')[0] as string;
    // A shared gateway endpoint (\`GET /v1/models\`, shape decided per request) is no format's root.
    if (GATEWAY_ENDPOINTS.some((e) => e.path === root && e.format === null)) continue;
    const prev = rootSet.get(root);
    if (prev !== undefined && prev !== r.ingressFormat) throw new Error(`root path ${root} belongs to two formats`);
    rootSet.set(root, r.ingressFormat);
  }
  // A root path below another root path of the same format adds nothing.
  const roots = [...rootSet].filter(([p, f]) => ![...rootSet].some(([q, g]) => q !== p && g === f && p.startsWith(`${q}/`))).sort(([a], [b]) => byString(a, b));
  return { prefixes, roots, fallback: fallbacks[0]!.format };
}

/** Source text of generated/routes.ts. */
export function renderRoutes(): string {
  checkRoutes(INGRESS_PATHS);
  const rules = unmatchedPathRules();
  const routes = [...INGRESS_PATHS].map((r) => ({ ...r, listeners: [...r.listeners].sort(byString) }));
  const isParam = (p: string) => p.split('/').some((s) => s.startsWith(':'));
  const exact = routes.filter((r) => !isParam(r.path)).sort((a, b) => byString(`${a.method} ${a.path}`, `${b.method} ${b.path}`));
  const param = routes.filter((r) => isParam(r.path)).sort((a, b) => byString(`${a.method} ${a.path}`, `${b.method} ${b.path}`));

  const routeConst = (r: IngressPath) => JSON.stringify(sortDeep(r));
  const exactPaths = new Map<string, Set<string>>();
  for (const r of exact) {
    const set = exactPaths.get(r.path) ?? new Set<string>();
    for (const l of r.listeners) set.add(l);
    exactPaths.set(r.path, set);
  }

  return `${tsHeader('Source: specs/route-types.ts (INGRESS_PATHS). Renderer: scripts/gen/routes.ts.')}
/**
 * Route table: (method, path, listener) → route type, ingress format, operation.
 *
 * Paths are matched WITHOUT their query string (Claude Code calls
 * \`/v1/messages?beta=true\`): strip it before calling. Matching is exact and
 * case-sensitive; a trailing slash is a different path. Parameterless paths cost
 * one Map lookup; the few \`:param\` paths (Message Batches) are compared
 * segment by segment. Params are returned raw (not percent-decoded).
 */

/** Kind of call, independent of wire format (Kong naming). */
export type RouteType = ${unionType(literalValues(RouteType))};

/** An API wire format: what the caller speaks (ingress) or what the upstream speaks. */
export type Format = ${unionType(literalValues(Format))};

/** A listener: the main port, or the dedicated Anthropic port (api.anthropic.com layout). */
export type Listener = ${unionType(literalValues(Listener))};

/** HTTP methods the gateway routes. */
export type Method = 'GET' | 'POST' | 'DELETE';

/** All route types, in spec order. */
export const ROUTE_TYPES: readonly RouteType[] = ${JSON.stringify(literalValues(RouteType))};

/** All formats, in spec order. */
export const FORMATS: readonly Format[] = ${JSON.stringify(literalValues(Format))};

/** One ingress path. */
export interface RouteEntry {
  readonly method: Method;
  /** Path pattern; \`:name\` segments match one non-empty path segment. */
  readonly path: string;
  readonly routeType: RouteType;
  /** Format the caller speaks on this path (also the format of errors it gets). */
  readonly ingressFormat: Format;
  /** Listeners that serve this path. */
  readonly listeners: readonly Listener[];
  /** Operation within the route type (batches: create, list, retrieve, results, cancel, delete). */
  readonly operation: string;
  /** Whether the JSON body carries the \`model\` that selects the target. */
  readonly modelInBody: boolean;
  /** The model alias is the \`:model\` path parameter (URL-decoded); the body carries none. */
  readonly modelInPath?: boolean;
  readonly description: string;
}

/** Result of {@link matchRoute}. */
export interface RouteMatch {
  readonly route: RouteEntry;
  /** \`:param\` values by name (empty for parameterless paths). */
  readonly params: Record<string, string>;
}

/** Every ingress path (parameterless first, then \`:param\` paths; each sorted by method and path). */
export const ROUTES: readonly RouteEntry[] = [
  ${[...exact, ...param].map(routeConst).join(',\n  ')},
];

/** Parameterless routes keyed \`\${METHOD} \${path}\`. */
export const EXACT_ROUTES: ReadonlyMap<string, RouteEntry> = new Map(
  ROUTES.filter((r) => !r.path.includes('/:')).map((r) => [\`\${r.method} \${r.path}\`, r] as const),
);

/** Listeners serving each parameterless path under any method (405 vs 404). */
const EXACT_PATH_LISTENERS: ReadonlyMap<string, readonly Listener[]> = new Map<string, readonly Listener[]>([
${[...exactPaths].sort(([a], [b]) => byString(a, b)).map(([p, ls]) => `  [${tsString(p)}, ${JSON.stringify([...ls].sort(byString))}],`).join('\n')}
]);

/** A path pattern pre-split into segments. */
interface Pattern {
  /** Path segments after the leading \`/\`; \`null\` marks a parameter, whose name is in \`names\`. */
  readonly segments: readonly (string | null)[];
  readonly names: readonly (string | undefined)[];
  /** Literal suffix of a \`:name:suffix\` segment (Gemini \`{model}:generateContent\`), else undefined. */
  readonly suffixes: readonly (string | undefined)[];
}

interface ParamRoute extends Pattern {
  readonly route: RouteEntry;
}

/** Splits a pattern: \`:name\` is a parameter segment, \`:name:suffix\` a parameter followed by the literal \`:suffix\`. */
function splitPattern(path: string): Pattern {
  const parts = path.slice(1).split('/');
  const param = (s: string) => s.startsWith(':');
  return {
    segments: parts.map((s) => (param(s) ? null : s)),
    names: parts.map((s) => (param(s) ? s.slice(1).split(':')[0] : undefined)),
    suffixes: parts.map((s) => (param(s) && s.indexOf(':', 1) > 0 ? s.slice(s.indexOf(':', 1)) : undefined)),
  };
}

/** Routes with \`:param\` segments, pre-split. */
const PARAM_ROUTES: readonly ParamRoute[] = ROUTES.filter((r) => r.path.includes('/:')).map((route) => ({ route, ...splitPattern(route.path) }));

/** Static prefixes (up to the first \`:param\`) of the param routes: a cheap pre-filter. */
const PARAM_PREFIXES: readonly string[] = ${JSON.stringify([...new Set(param.map((r) => r.path.slice(0, r.path.indexOf('/:') + 1)))].sort(byString))};

/** Match \`parts\` (path split on \`/\`, leading slash removed) against one pattern; params or null. */
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
 * @param method HTTP method, upper case (\`POST\`).
 * @param path request path WITHOUT the query string (\`/v1/messages\`).
 * @param listener which listener received the request.
 * @returns the route and its \`:param\` values, or null (see {@link pathExists} to tell 405 from 404).
 */
export function matchRoute(method: string, path: string, listener: Listener): RouteMatch | null {
  const hit = EXACT_ROUTES.get(\`\${method} \${path}\`);
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
 * Whether any method is routed on \`path\` for this listener: true → answer 405, false → 404.
 * @param path request path without the query string.
 */
export function pathExists(path: string, listener: Listener): boolean {
  const ls = EXACT_PATH_LISTENERS.get(path);
  if (ls !== undefined) return ls.includes(listener);
  const parts = path.slice(1).split('/');
  return PARAM_ROUTES.some((pr) => pr.route.listeners.includes(listener) && matchParams(pr, parts) !== null);
}

/** Methods routed on \`path\` for this listener (for the \`Allow\` header of a 405), sorted. */
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
 * (${rules.prefixes.map(([p, f]) => `\`${p}/…\` → ${f}`).join(', ')}); a format's root
 * route path or a path below it (${rules.roots.map(([p, f]) => `\`${p}\` → ${f}`).join(', ')});
 * anything else → ${rules.fallback}.
 */
export function formatForPath(path: string): Format {
${[...rules.prefixes, ...rules.roots].map(([p, f]) => `  if (path === ${tsString(p)} || path.startsWith(${tsString(`${p}/`)})) return ${tsString(f)};`).join('\n')}
  return ${tsString(rules.fallback)};
}

/**
 * The one format a listener speaks, when all its ingress paths share one
 * (the dedicated Anthropic listener); null for a listener serving several.
 */
export function listenerFormat(listener: Listener): Format | null {
  return LISTENER_FORMATS[listener];
}

const LISTENER_FORMATS: Readonly<Record<Listener, Format | null>> = ${JSON.stringify(Object.fromEntries(literalValues(Listener).map((l) => {
    const fs = [...new Set(INGRESS_PATHS.filter((r) => r.listeners.includes(l as never)).map((r) => r.ingressFormat))];
    return [l, fs.length === 1 ? fs[0] : null];
  })))};

/** A gateway's own endpoint (specs/route-types.ts GATEWAY_ENDPOINTS). */
export interface OwnEndpoint {
  readonly method: 'GET' | 'POST' | 'HEAD';
  readonly path: string;
  /** Which handler serves it (runtime/server/app.ts, or an extra route registered under this name). */
  readonly name: ${unionType(literalValues((GatewayEndpoint.properties.name)))};
  readonly listeners: readonly Listener[];
  /** Error format (and, for \`models\`, response shape); null: decided per request. */
  readonly format: Format | null;
  readonly description: string;
}

/** The gateway's own endpoints keyed \`\${METHOD} \${path}\`. */
export const OWN_ENDPOINTS: ReadonlyMap<string, OwnEndpoint> = new Map<string, OwnEndpoint>([
${[...GATEWAY_ENDPOINTS].sort((a, b) => byString(`${a.method} ${a.path}`, `${b.method} ${b.path}`)).map((e) => `  [${tsString(`${e.method} ${e.path}`)}, ${JSON.stringify(sortDeep({ ...e, listeners: [...e.listeners].sort(byString) }))}],`).join('\n')}
]);

/** Own endpoints with \`:param\` segments (one model alias), pre-split. */
const OWN_PARAM_ENDPOINTS: readonly (Pattern & { readonly endpoint: OwnEndpoint })[] = [...OWN_ENDPOINTS.values()]
  .filter((e) => e.path.includes('/:'))
  .map((endpoint) => ({ endpoint, ...splitPattern(endpoint.path) }));

/** The own endpoint for (method, path) on this listener and its \`:param\` values, or undefined. */
export function matchOwnEndpoint(method: string, path: string, listener: Listener): (OwnEndpoint & { readonly params?: Record<string, string> }) | undefined {
  const e = OWN_ENDPOINTS.get(\`\${method} \${path}\`);
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
 * Methods of the gateway's own endpoints on exactly \`path\` (no \`:param\` paths: an
 * unknown \`models/{x}:method\` stays a 404) for this listener, sorted — for a 405's \`Allow\` header.
 */
export function ownEndpointMethods(path: string, listener: Listener): OwnEndpoint['method'][] {
  const out = new Set<OwnEndpoint['method']>();
  for (const e of OWN_ENDPOINTS.values()) if (e.path === path && e.listeners.includes(listener)) out.add(e.method);
  return [...out].sort();
}
`;
}
