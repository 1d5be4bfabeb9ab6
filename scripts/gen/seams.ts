/**
 * The two seams' registries and their completeness checks:
 *
 * - generated/formats.ts — the wire-format table of specs/wire-formats.ts
 *   (ingress prefix, request-id header, validator per route type), checked
 *   against the validator registry (specs/formats/index.ts) and the route types.
 * - generated/adapters.ts — every provider adapter module
 *   runtime/providers/<type>.ts, keyed by provider type. A module whose type
 *   has no spec file under specs/providers/ fails the generation.
 *
 * And the translation check: every translated format a provider advertises
 * (capability `translatedFormats`, ingress F → native format U) needs a mapper.
 * Convention: a format F has mappers when runtime/formats/F/mapper.ts exists
 * (decode to and encode from the typed translation core); a pairwise
 * transcoder runtime/transcode/F__U.ts also counts. `gen` fails naming the
 * provider, route type and pair otherwise.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROVIDERS } from '../../specs/providers/index.ts';
import { RouteType } from '../../specs/route-types.ts';
import { VALIDATED_SCHEMAS } from '../../specs/formats/index.ts';
import { WIRE_FORMATS, WireFormatSpec } from '../../specs/wire-formats.ts';
import { assertValid } from './capabilities.ts';
import { literalValues } from './routes.ts';
import { byString, tsHeader, tsLiteral, tsString } from './util.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ADAPTER_DIR = 'runtime/providers';
/** Files of runtime/providers/ that are the seam itself, not adapters. */
const NOT_ADAPTERS = new Set(['betas.ts', 'index.ts', 'types.ts']);

/** Adapter module files (`<type>.ts`) under runtime/providers/, sorted. */
export function adapterFiles(root = ROOT): string[] {
  const dir = join(root, ADAPTER_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.ts') && !NOT_ADAPTERS.has(f)).sort(byString);
}

/** Whether format `f` has mappers to and from the translation core, or a pairwise transcoder `f__to` exists. */
export function hasMapper(from: string, to: string, root = ROOT): boolean {
  const mapper = (f: string) => existsSync(join(root, 'runtime/formats', f, 'mapper.ts'));
  return (mapper(from) && mapper(to)) || existsSync(join(root, 'runtime/transcode', `${from}__${to}.ts`));
}

/** Throws listing every advertised translation without a mapper. */
export function checkTranslations(root = ROOT): void {
  const missing: string[] = [];
  for (const type of Object.keys(PROVIDERS).sort(byString)) {
    const p = PROVIDERS[type]!;
    for (const cap of p.capabilities) {
      for (const from of cap.translatedFormats) {
        if (!hasMapper(from, p.nativeFormat, root)) {
          missing.push(`${type} ${cap.routeType}: ${from} → ${p.nativeFormat} (needs runtime/formats/${from}/mapper.ts and runtime/formats/${p.nativeFormat}/mapper.ts, or runtime/transcode/${from}__${p.nativeFormat}.ts)`);
        }
      }
    }
  }
  if (missing.length) throw new Error(`advertised translations without a mapper:\n  ${[...new Set(missing)].join('\n  ')}`);
}

function checkFormats(): void {
  const routeTypes = new Set(literalValues(RouteType));
  for (const [name, f] of Object.entries(WIRE_FORMATS)) {
    assertValid(`specs/wire-formats ${name}`, WireFormatSpec, f);
    if (f.format !== name) throw new Error(`WIRE_FORMATS.${name} has format ${f.format}`);
    for (const [rt, v] of Object.entries(f.validators)) {
      if (!routeTypes.has(rt)) throw new Error(`WIRE_FORMATS.${name}.validators: unknown route type ${rt}`);
      for (const n of [v.passthrough, v.translated]) {
        if (n !== null && !Object.hasOwn(VALIDATED_SCHEMAS, n)) throw new Error(`WIRE_FORMATS.${name}.validators.${rt}: no validator named ${n} in specs/formats/index.ts`);
      }
    }
  }
}

/** Source text of generated/formats.ts. */
export function renderFormats(): string {
  checkFormats();
  return `${tsHeader('Source: specs/wire-formats.ts. Renderer: scripts/gen/seams.ts.')}
/**
 * Wire-format facts that are data (the codecs under runtime/formats/ hold the
 * code): ingress prefix, the request-id header the format's SDKs read, and the
 * request validators per route type (names of generated/validators/).
 */
import type { Format, RouteType } from './routes.ts';
import type { ValidatorName } from './validators/index.ts';

/** Validators of one route type: minimal (every request) and full (translated requests). */
export interface RouteValidatorNames {
  readonly passthrough: ValidatorName | null;
  readonly translated: ValidatorName | null;
}

export interface WireFormatInfo {
  readonly format: Format;
  readonly displayName: string;
  readonly docs: string;
  /** The main listener also serves the format's ingress paths under this prefix. */
  readonly ingressPrefix: string;
  /** Response header the format's SDKs read as the request id. */
  readonly requestIdHeader: string;
  /** A request header only this format's clients send; null: none. */
  readonly identifyingHeader: string | null;
  readonly validators: Readonly<Partial<Record<RouteType, RouteValidatorNames>>>;
  readonly unmatchedPathFallback: boolean;
}

/** Every wire format's facts. */
export const WIRE_FORMATS: Readonly<Record<Format, WireFormatInfo>> = ${tsLiteral(WIRE_FORMATS)};
`;
}

/** Source text of generated/adapters.ts. */
export function renderAdapters(root = ROOT): string {
  const files = adapterFiles(root);
  for (const f of files) {
    const type = f.slice(0, -3);
    if (!Object.hasOwn(PROVIDERS, type)) throw new Error(`${ADAPTER_DIR}/${f}: adapter without a provider spec (add specs/providers/${type}.ts)`);
  }
  checkTranslations(root);
  const ident = (f: string) => `adapter_${f.slice(0, -3).replace(/[^a-z0-9]/g, '_')}`;
  return `${tsHeader('Source: runtime/providers/<type>.ts (found by listing the folder). Renderer: scripts/gen/seams.ts.')}
/**
 * Provider adapter modules by provider type. Provider types without a module
 * use the default of every hook (runtime/providers/index.ts).
 */
import type { ProviderType } from './capabilities.ts';
import type { ProviderAdapter } from '../runtime/providers/types.ts';
${files.map((f) => `import ${ident(f)} from '../${ADAPTER_DIR}/${f}';`).join('\n')}

/** Adapter module of each provider type that has one. */
export const ADAPTERS: Readonly<Partial<Record<ProviderType, ProviderAdapter>>> = {
${files.map((f) => `  ${tsString(f.slice(0, -3))}: ${ident(f)},`).join('\n')}
};
`;
}
