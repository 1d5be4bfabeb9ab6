/**
 * Emits generated/types/<name>.ts with json-schema-to-typescript.
 *
 * Input schemas: TYPED_SCHEMAS from specs/formats/index.ts, plus the provider
 * table shape (specs/capability.ts ProviderSpec) and translation coverage
 * (specs/translation.ts TranslationCoverage). Titled sub-schemas become named
 * types (see schema.ts). Tagged unions (`oneOf` + `discriminator`) are reduced
 * to their `oneOf` for typing, so a block union is a plain TS union.
 * Objects without an explicit `additionalProperties` get no index signature.
 */
import type { TSchema } from '@sinclair/typebox';
import { compile, type JSONSchema } from 'json-schema-to-typescript';
import { ProviderSpec } from '../../specs/capability.ts';
import { TYPED_SCHEMAS } from '../../specs/formats/index.ts';
import { TranslationCoverage } from '../../specs/translation.ts';
import { toPlainSchema, type JsonSchema } from './schema.ts';
import { byString, GENERATED_NOTICE } from './util.ts';

/** File name (without .ts) → [schema, root type name]. */
export function typedSchemas(): [string, TSchema, string][] {
  const out: [string, TSchema, string][] = Object.entries(TYPED_SCHEMAS).map(([file, s]) => {
    const title = (s as { title?: unknown }).title;
    if (typeof title !== 'string') throw new Error(`TYPED_SCHEMAS.${file} needs a title`);
    return [file, s, title];
  });
  out.push(['provider-spec', ProviderSpec, 'ProviderSpec'], ['translation-coverage', TranslationCoverage, 'TranslationCoverage']);
  return out.sort(([a], [b]) => byString(a, b));
}

/** Drop the typing-irrelevant wrapper of tagged unions so json-schema-to-typescript emits a clean union. */
function simplifyForTypes(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(simplifyForTypes);
  if (node === null || typeof node !== 'object') return node;
  const obj = { ...(node as Record<string, unknown>) };
  if (obj.discriminator !== undefined && Array.isArray(obj.oneOf)) {
    delete obj.discriminator;
    delete obj.type;
    delete obj.required;
    delete obj.properties;
  }
  // `not` is not expressible in TS; drop it rather than let the generator guess.
  delete obj.not;
  for (const [k, v] of Object.entries(obj)) obj[k] = simplifyForTypes(v);
  return obj;
}

/** Render every types file: relative path (under generated/) → contents. */
export async function renderTypes(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const [file, schema, rootName] of typedSchemas()) {
    const plain = simplifyForTypes({ ...toPlainSchema(schema), title: rootName }) as JsonSchema;
    delete plain.$id;
    const ts = await compile(plain as JSONSchema, rootName, {
      bannerComment: `// ${GENERATED_NOTICE}\n// Source schema: ${rootName} (specs/). Renderer: scripts/gen/types.ts (json-schema-to-typescript).`,
      additionalProperties: false,
      declareExternallyReferenced: true,
      enableConstEnums: false,
      format: true,
      strictIndexSignatures: false,
      unknownAny: true,
      cwd: process.cwd(),
      style: { singleQuote: true, printWidth: 120 },
    });
    // json-schema-to-typescript names the parent of a nested patternProperties by its (absent) $id.
    files.set(`types/${file}.ts`, ts.replace(/This interface was referenced by `[^`]*`'s JSON-Schema definition\n\s*\* via the `patternProperty` ("[^\n]*")\./g, 'Keys match the pattern $1.'));
  }
  return files;
}
