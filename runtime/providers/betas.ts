/**
 * Per-upstream `anthropic-beta` policy: which of the caller's betas reach a
 * Claude-serving upstream, under which name, by which transport — and what
 * happens to the rest (specs/capability.ts `AnthropicBetas`, filled in each
 * provider spec's `betas`).
 *
 * {@link planBetas} runs once per target when the executor prepares an
 * attempt (runtime/upstream/executor.ts), before anything is sent: a beta the
 * upstream rejects never reaches it. Its answer:
 * - `header`: what to do with the `anthropic-beta` header — `undefined` keep
 *   the caller's bytes (nothing to filter), `null` remove it, a string send that;
 * - `list`: the betas to send (the body-transport adapters put them into the
 *   body `anthropic_beta` array through `AdapterContext.betas`);
 * - `dropped` / `degraded`: the losses, named `anthropic-beta:<value>`, for
 *   `x-switchyard-dropped-params` / `x-switchyard-degraded`;
 * - or a GatewayError 400 naming the beta when a loss is not allowed (semantic
 *   under the default policy, any under `strict`).
 *
 * Cost: the caller without `anthropic-beta`, and the upstream that accepts
 * every beta over the header (Anthropic), return a shared constant without
 * splitting anything.
 */
import { PROVIDERS, type ProviderType } from '../../generated/capabilities.ts';
import type { AnthropicBetas } from '../../generated/types/provider-spec.ts';
import { GatewayError } from '../errors.ts';
import type { UnsupportedParamsPolicy } from '../transcode/types.ts';

/** The outcome for one target (see the module docblock). */
export interface BetaPlan {
  /** `anthropic-beta` header: undefined = as the caller sent it (or absent), null = not sent, string = this value. */
  readonly header: string | null | undefined;
  /** Betas sent upstream (after renames), in the caller's order without duplicates. */
  readonly list: readonly string[];
  /** Lost betas, `anthropic-beta:<value>` (x-switchyard-dropped-params). */
  readonly dropped: readonly string[];
  /** The advisory ones among them (x-switchyard-degraded). */
  readonly degraded: readonly string[];
}

const EMPTY: readonly string[] = Object.freeze([]);
const UNCHANGED: BetaPlan = Object.freeze({ header: undefined, list: EMPTY, dropped: EMPTY, degraded: EMPTY });
const NONE_HEADER: BetaPlan = Object.freeze({ header: null, list: EMPTY, dropped: EMPTY, degraded: EMPTY });

/** A beta policy ready for lookups (one per provider type). */
export interface CompiledBetas {
  /** Names the upstream in errors. */
  readonly displayName: string;
  readonly transport: 'header' | 'body';
  readonly all: boolean;
  readonly accepted: ReadonlySet<string>;
  readonly renamed: ReadonlyMap<string, string>;
  readonly semantic: ReadonlySet<string>;
}

const compiled = new Map<ProviderType, CompiledBetas | null>();

/** Compiles a spec's `betas` (specs/capability.ts `AnthropicBetas`) for lookups. */
export function compileBetas(b: AnthropicBetas, displayName: string): CompiledBetas {
  return {
    displayName,
    transport: b.transport,
    all: b.accepted === 'all',
    accepted: new Set(b.accepted === 'all' ? [] : b.accepted),
    renamed: new Map(Object.entries(b.renamed ?? {})),
    semantic: new Set(b.semantic),
  };
}

/** The provider type's beta policy, compiled once (null: the type does not serve Claude betas). */
export function betaPolicyOf(type: ProviderType): CompiledBetas | null {
  let c = compiled.get(type);
  if (c === undefined) {
    const spec = PROVIDERS[type] as { betas?: AnthropicBetas; displayName: string };
    c = spec.betas ? compileBetas(spec.betas, spec.displayName) : null;
    compiled.set(type, c);
  }
  return c;
}

/**
 * Splits the caller's `anthropic-beta` header for one upstream.
 * @param type the target's provider type (its spec's `betas`)
 * @param header the caller's `anthropic-beta` header value (comma-separated), if any
 * @param policy the alias's `unsupported_params`
 * @returns the plan, or the 400 (kind invalid_request, `param` = `anthropic-beta`) naming the beta that may not be lost
 */
export function planBetas(type: ProviderType, header: string | undefined, policy: UnsupportedParamsPolicy): BetaPlan | GatewayError {
  const c = betaPolicyOf(type);
  if (c === null) return UNCHANGED; // not a Claude upstream: the header is not in its forwarded set anyway
  return planWith(c, header, policy);
}

/** {@link planBetas} for a compiled policy (tests exercise every transport with it). */
export function planWith(c: CompiledBetas, header: string | undefined, policy: UnsupportedParamsPolicy): BetaPlan | GatewayError {
  if (header === undefined || header.trim() === '') return c.transport === 'header' ? UNCHANGED : NONE_HEADER;
  if (c.all && c.transport === 'header') return UNCHANGED; // byte for byte
  const list: string[] = [];
  const dropped: string[] = [];
  const degraded: string[] = [];
  let changed = false;
  for (const raw of header.split(',')) {
    const beta = raw.trim();
    if (beta === '') continue;
    const sent = c.all || c.accepted.has(beta) ? beta : c.renamed.get(beta);
    if (sent !== undefined) {
      if (sent !== beta) changed = true;
      if (!list.includes(sent)) list.push(sent);
      continue;
    }
    const semantic = c.semantic.has(beta);
    if (policy === 'strict' || (policy === 'reject' && semantic)) {
      return new GatewayError(
        'invalid_request',
        `anthropic-beta \`${beta}\` is not supported by this model's ${c.displayName} upstream; remove it, or set unsupported_params: drop on the model alias.`,
        { param: 'anthropic-beta' },
      );
    }
    changed = true;
    const name = `anthropic-beta:${beta}`;
    if (!dropped.includes(name)) dropped.push(name);
    if (!semantic && !degraded.includes(name)) degraded.push(name);
  }
  if (c.transport === 'body') return { header: null, list, dropped, degraded };
  return { header: !changed ? undefined : list.length ? list.join(',') : null, list, dropped, degraded };
}
