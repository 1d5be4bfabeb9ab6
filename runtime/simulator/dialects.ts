/**
 * Simulated provider dialects: the simulator plays every provider type of
 * specs/providers/ from its spec (generated/capabilities.ts), under the path
 * prefix `/_dialect/<type>` of one simulator.
 *
 * What a spec drives (see specs/capability.ts `Dialect`):
 * - routes: each capability's `upstreamPath` below the path of the spec's
 *   default base URL (`{model}` in the path is the model, as Azure's
 *   deployment); {@link simulatedBaseUrl} is the base URL to configure;
 * - auth: the spec's `auth` header and prefix, or none (`auth: null`: ollama,
 *   vllm) — a missing key is the provider's 401, a key starting `bad-` too;
 * - request-id header: the spec's `requestIdHeader`;
 * - rejected parameters (`dialect.rejectedParams`, JSON paths such as
 *   `messages[].name`): the provider's 400 naming the parameter;
 * - tool-call ids (`dialect.toolCallId`): generated ids follow the rule, and a
 *   replayed id that breaks it is a 400 (Mistral: 9 alphanumerics);
 * - reasoning (`dialect.reasoningField`): models the catalog marks `thinking`
 *   stream their reasoning in that field before the answer (recorded shape:
 *   recordings/openai-compatible/xai-reasoning-content-tool-call.sse);
 * - usage in streams (`dialect.streamUsage`): false ignores
 *   `stream_options.include_usage`.
 *
 * What a spec cannot say lives in {@link QUIRKS}, one entry per provider type
 * (the simulated counterpart of its adapter): Azure's required `api-version`
 * query, its 401 text and error envelope. The SimulatedProvider of each type
 * is built in ./providers/dialects.ts.
 *
 * Source: each provider's spec file (which cites its API reference).
 */
import { PROVIDERS, type ProviderSpec, type ProviderType } from '../../generated/capabilities.ts';
import type { RouteType } from '../../generated/routes.ts';

/** Path prefix under which the simulator plays provider type `type`. */
export const dialectPrefix = (type: string): string => `/_dialect/${type}`;

/** Every provider type with a spec (generated/capabilities.ts), sorted. */
export const DIALECT_TYPES: readonly string[] = Object.keys(PROVIDERS).sort();

/** What a simulated provider does beyond its spec. */
export interface Quirks {
  /** Query parameter every request must carry; missing → `status` with `message`. */
  requiredQuery?: { name: string; status: number; message: string };
  /** 401 message for a missing or wrong key (default: OpenAI's). */
  unauthorizedMessage?: string;
  /** Error envelope `{"error":{"code":"<status>","message"}}` instead of OpenAI's (Azure's gateway errors). */
  codeEnvelope?: boolean;
}

const QUIRKS: Partial<Record<string, Quirks>> = {
  // Azure OpenAI: a request without api-version is not routed (404 "Resource not found"); a key failure names the subscription key.
  'azure-openai': {
    requiredQuery: { name: 'api-version', status: 404, message: 'Resource not found' },
    unauthorizedMessage: 'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.',
    codeEnvelope: true,
  },
};

/** One provider type as the simulator plays it. */
export interface SimDialect {
  type: ProviderType;
  spec: ProviderSpec;
  /** Routes: full-path regular-expression fragment (prefix + base path + upstream path; group 1 = `{model}` when the path has it) → route type. */
  routes: Array<{ path: string; routeType: RouteType; modelInPath: boolean }>;
  auth: { header: string; prefix: string } | null;
  requestIdHeader: string;
  reasoningField: string | null;
  /** Catalogued models with `thinking: true`. */
  thinkingModels: ReadonlySet<string>;
  streamUsage: boolean;
  rejectedParams: readonly string[];
  toolCallId: { maxLength?: number; pattern?: string } | null;
  quirks: Quirks;
}

const cache = new Map<string, SimDialect | null>();
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The dialect of provider type `type`, or undefined when no spec has that type. */
export function simDialect(type: string): SimDialect | undefined {
  if (!/^[a-z][a-z0-9-]*$/.test(type)) return undefined;
  let d = cache.get(type);
  if (d === undefined) {
    const spec = (PROVIDERS as Record<string, ProviderSpec>)[type];
    d = spec ? build(type as ProviderType, spec) : null;
    cache.set(type, d);
  }
  return d ?? undefined;
}

function basePath(spec: ProviderSpec): string {
  return spec.baseUrl === null ? '' : new URL(spec.baseUrl).pathname.replace(/\/+$/, '');
}

function build(type: ProviderType, spec: ProviderSpec): SimDialect {
  const base = basePath(spec);
  const seen = new Set<string>();
  const routes: SimDialect['routes'] = [];
  for (const c of spec.capabilities) {
    if (c.method !== 'POST' || seen.has(c.upstreamPath)) continue;
    seen.add(c.upstreamPath);
    const modelInPath = c.upstreamPath.includes('{model}');
    const path = esc(c.upstreamPath).replace(esc('{model}'), '([^/]+)');
    routes.push({ path: `${esc(dialectPrefix(type))}${esc(base)}${path}`, routeType: c.routeType, modelInPath });
  }
  const d = spec.dialect ?? {};
  return {
    type,
    spec,
    routes,
    auth: spec.auth ? { header: spec.auth.header, prefix: spec.auth.prefix } : null,
    requestIdHeader: spec.requestIdHeader,
    reasoningField: d.reasoningField ?? null,
    thinkingModels: new Set(spec.models.filter((m) => m.thinking).map((m) => m.id)),
    streamUsage: d.streamUsage !== false,
    rejectedParams: d.rejectedParams ?? [],
    toolCallId: d.toolCallId ? { ...d.toolCallId } : null,
    quirks: QUIRKS[type] ?? {},
  };
}

/**
 * Provider types the simulator plays with a module of their own
 * (./providers/<type>.ts: the cloud's paths, auth and envelopes) instead of a
 * dialect: the base path under the simulator's URL, and the provider settings
 * a gateway config needs to reach it.
 */
export const OWN_MODULE_TYPES: Readonly<Record<string, { basePath: string; settings: Readonly<Record<string, string>> }>> = {
  vertex: { basePath: '', settings: { project: 'sim-project', region: 'us-east5' } },
  foundry: { basePath: '/anthropic', settings: {} },
  bedrock: { basePath: '', settings: { region: 'us-east-1' } },
};

/** Provider settings (`providers.<name>.<option>`) a config needs for type `type` played by the simulator ({} for most). */
export function simulatedSettings(type: string): Readonly<Record<string, string>> {
  return OWN_MODULE_TYPES[type]?.settings ?? {};
}

/**
 * Base URL to configure for provider type `type` played by the simulator at
 * `simUrl`: the prefix plus the path of the spec's default base URL (none for
 * a spec without one, e.g. azure-openai: its paths start with `/openai/`); for
 * a type with its own module, that module's base path (no prefix).
 */
export function simulatedBaseUrl(simUrl: string, type: string): string {
  const own = OWN_MODULE_TYPES[type];
  if (own) return `${simUrl}${own.basePath}`;
  const d = simDialect(type);
  if (!d) throw new Error(`no provider spec for type '${type}'`);
  return `${simUrl}${dialectPrefix(type)}${basePath(d.spec)}`;
}

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The first rejected parameter (JSON path as in the spec) the body carries, or null. `a[].b`: field b of any element of array a. */
export function rejectedParam(d: SimDialect, body: Json): string | null {
  for (const p of d.rejectedParams) {
    const m = /^([^[\]]+)\[\]\.(.+)$/.exec(p);
    if (m) {
      const arr = body[m[1] as string];
      if (Array.isArray(arr) && arr.some((e) => isObj(e) && e[m[2] as string] !== undefined)) return p;
    } else if (body[p] !== undefined && body[p] !== null) return p;
  }
  return null;
}

/** A tool-call id in the history that breaks the dialect's rule (assistant `tool_calls[].id`, tool `tool_call_id`), or null. */
export function badToolCallId(d: SimDialect, body: Json): string | null {
  const rule = d.toolCallId;
  if (!rule) return null;
  const re = rule.pattern ? new RegExp(rule.pattern) : null;
  const bad = (id: unknown) => typeof id === 'string' && ((rule.maxLength !== undefined && id.length > rule.maxLength) || (re !== null && !re.test(id)));
  for (const m of Array.isArray(body.messages) ? body.messages : []) {
    if (!isObj(m)) continue;
    if (bad(m.tool_call_id)) return m.tool_call_id as string;
    for (const c of Array.isArray(m.tool_calls) ? m.tool_calls : []) if (isObj(c) && bad(c.id)) return c.id as string;
  }
  return null;
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A tool-call id following the dialect's rule for request number `seq` (undefined: the simulator's default `call_…`). */
export function toolCallIdFor(d: SimDialect, seq: number): string | undefined {
  if (!d.toolCallId?.maxLength) return undefined;
  let x = (seq * 2654435761) >>> 0;
  let id = '';
  for (let i = 0; i < d.toolCallId.maxLength; i++) {
    id += ALNUM[x % ALNUM.length];
    x = Math.floor(x / ALNUM.length) + (i + 1) * 7919;
  }
  return id;
}

/** Reasoning the simulated model streams before answering: for catalogued thinking models of a dialect with a reasoning field. */
export function reasoningFor(d: SimDialect, model: string): { field: string; deltas: string[] } | undefined {
  if (!d.reasoningField || !d.thinkingModels.has(model)) return undefined;
  return { field: d.reasoningField, deltas: ['The user wants', ' a short answer;', ' I will keep it brief.'] };
}
