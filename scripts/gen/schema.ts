/**
 * Schema preparation shared by the validator and type generators.
 *
 * `toPlainSchema(schema)` turns a TypeBox schema into plain JSON Schema:
 * - symbols (TypeBox `Kind`, `Optional` markers) dropped by a JSON round trip;
 * - every *non-root* sub-schema that has a `title` (or a nested `$id`, which
 *   becomes its title) hoisted into the root's
 *   `$defs[title]` and replaced by `{ $ref: "#/$defs/<title>" }`, so a block used
 *   in many places becomes one AJV function and one named TypeScript type
 *   (json-schema-to-typescript otherwise emits `TextBlock1`, `TextBlock2`, ...);
 * - object keys sorted recursively (except inside `required`/`enum`-like arrays,
 *   whose order is kept) so output does not depend on property insertion order
 *   beyond what the spec author wrote for `properties`.
 *
 * Throws if two different sub-schemas share a title.
 */
import type { TSchema } from '@sinclair/typebox';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type JsonSchema = { [k: string]: Json };

const isObj = (v: Json | undefined): v is { [k: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Keys whose value is a map of name → schema: their entries are schemas, not keywords. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);

/**
 * Convert to plain JSON Schema with titled sub-schemas hoisted into `$defs`.
 * @param schema TypeBox schema (any `TSchema`).
 * @returns a fresh JSON object, safe to mutate.
 */
export function toPlainSchema(schema: TSchema): JsonSchema {
  const root = JSON.parse(JSON.stringify(schema)) as JsonSchema;
  const defs = new Map<string, { schema: JsonSchema; text: string }>();

  const visit = (node: Json, isRoot: boolean, inMap: boolean): Json => {
    if (Array.isArray(node)) return node.map((n) => visit(n, false, false));
    if (!isObj(node)) return node;
    const out: { [k: string]: Json } = {};
    for (const [k, v] of Object.entries(node)) {
      if (inMap) out[k] = visit(v, false, false);
      else if (k === 'const' || k === 'enum' || k === 'default' || k === 'examples' || k === 'required') out[k] = v;
      else out[k] = visit(v, false, SCHEMA_MAPS.has(k));
    }
    if (inMap || isRoot) return out;
    // A nested `$id` (TypeBox reusable schemas such as RouteType) names the schema: hoist it like a title.
    if (typeof out.$id === 'string') {
      if (typeof out.title !== 'string') out.title = out.$id;
      delete out.$id;
    }
    if (typeof out.title !== 'string') return out;
    const title = out.title;
    const text = JSON.stringify(sortKeys(out));
    const seen = defs.get(title);
    if (seen && seen.text !== text) throw new Error(`Two different sub-schemas share the title "${title}"`);
    if (!seen) defs.set(title, { schema: out, text });
    return { $ref: `#/$defs/${title}` };
  };

  const plain = visit(root, true, false) as JsonSchema;
  if (defs.size > 0) {
    const existing = isObj(plain.$defs) ? plain.$defs : {};
    const merged: { [k: string]: Json } = { ...existing };
    for (const [title, { schema: s }] of [...defs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) merged[title] = s;
    plain.$defs = merged;
  }
  return plain;
}

/** Deep copy with object keys sorted (arrays keep their order). Used for hashing and JSON output. */
export function sortKeys<T extends Json>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => sortKeys(v)) as T;
  if (!isObj(value)) return value;
  const out: { [k: string]: Json } = {};
  for (const k of Object.keys(value).sort()) out[k] = sortKeys(value[k] as Json);
  return out as T;
}
