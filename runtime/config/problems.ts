/**
 * Config problems a person can act on: AJV schema errors (the config validator
 * reports every error: scripts/gen/validators.ts) turned into one line each,
 * with the path, what was expected and a suggestion —
 * - enum (union of literals) errors list the allowed values and the nearest one;
 * - unknown keys suggest the nearest valid key at that place;
 * - a value that came from an unset `${VAR}` names the variable instead of the
 *   rule it then broke (an empty `admin_key` is "SWITCHYARD_ADMIN_KEY is not set");
 * and `closest`, the nearest string by edit distance, used for model ids too.
 * Schema: generated/validators/config.schema.ts (from specs/config.ts).
 */
import type { ErrorObject } from 'ajv';

/** Levenshtein distance (insert, delete, substitute: 1 each). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/**
 * The candidate nearest to `word` (case-insensitive edit distance; ties: first in order).
 * @param maxDistance only a candidate at most this far (default: any)
 */
export function closest(word: string, candidates: Iterable<string>, maxDistance = Infinity): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  const w = word.toLowerCase();
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase());
    if (d < bestD) [best, bestD] = [c, d];
  }
  return bestD <= maxDistance ? best : null;
}

/** A suggestion close enough to be a likely typo: at most 3 edits and less than half the word. */
export function typoOf(word: string, candidates: Iterable<string>): string | null {
  return closest(word, candidates, Math.min(3, Math.max(1, Math.floor(word.length / 2))));
}

type Schema = Record<string, unknown>;

/** The sub-schema that validates the value at `segments` (object properties, maps, array items, unions). */
export function schemaAt(schema: Schema | undefined, segments: readonly string[]): Schema | undefined {
  let s = schema;
  for (const seg of segments) {
    if (!s) return undefined;
    const options = (s.anyOf as Schema[] | undefined) ?? [s];
    let next: Schema | undefined;
    for (const o of options) {
      const props = o.properties as Record<string, Schema> | undefined;
      if (props?.[seg]) next = props[seg];
      else if (o.type === 'array' && o.items && /^\d+$/.test(seg)) next = o.items as Schema;
      else if (o.patternProperties) next = Object.values(o.patternProperties as Record<string, Schema>)[0];
      else if (typeof o.additionalProperties === 'object') next = o.additionalProperties as Schema;
      if (next) break;
    }
    s = next;
  }
  return s;
}

/** Dotted path of an AJV instancePath (`/server/port` → `server.port`; root → `(root)`). */
export function dotted(instancePath: string): string {
  return instancePath ? instancePath.slice(1).split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~')).join('.') : '(root)';
}

function valueAt(doc: unknown, segments: readonly string[]): unknown {
  let v = doc;
  for (const s of segments) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[s] : undefined;
  return v;
}

const show = (v: unknown) => (typeof v === 'string' ? `'${v}'` : JSON.stringify(v));

/**
 * One line per problem, in document order of the AJV errors.
 * @param errors the validator's errors (allErrors)
 * @param schema the validated schema (for keys and allowed values)
 * @param doc the validated document (for the offending values)
 * @param unsetAt dotted path → the unset `${VAR}` names interpolated there
 */
export function schemaProblems(errors: readonly ErrorObject[], schema: Schema, doc: unknown, unsetAt: ReadonlyMap<string, string[]>): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const push = (line: string) => {
    if (!seen.has(line)) (seen.add(line), out.push(line));
  };
  // Errors of union branches are folded into their anyOf error.
  const branchOf = (e: ErrorObject, u: ErrorObject) => e !== u && e.instancePath === u.instancePath && e.schemaPath.startsWith(`${u.schemaPath}/`);
  const unions = errors.filter((e) => e.keyword === 'anyOf');
  for (const e of errors) {
    if (e.keyword !== 'anyOf' && unions.some((u) => branchOf(e, u))) continue;
    const path = dotted(e.instancePath);
    const segs = e.instancePath ? e.instancePath.slice(1).split('/') : [];
    const vars = unsetAt.get(path);
    if (vars && e.keyword !== 'additionalProperties' && e.keyword !== 'required') {
      push(`${path}: environment variable ${vars.join(', ')} ${vars.length > 1 ? 'are' : 'is'} not set (the value comes from ${vars.map((v) => `\${${v}}`).join(', ')})`);
      continue;
    }
    if (e.keyword === 'additionalProperties') {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      const props = Object.keys((schemaAt(schema, segs)?.properties as Record<string, unknown> | undefined) ?? {});
      const hint = typoOf(key, props);
      push(`${path}: must NOT have additional properties '${key}'${hint ? ` — did you mean '${hint}'?` : props.length ? ` (valid keys: ${props.join(', ')})` : ''}`);
      continue;
    }
    if (e.keyword === 'anyOf') {
      const branches = errors.filter((b) => branchOf(b, e));
      const value = valueAt(doc, segs);
      const consts = branches.filter((b) => b.keyword === 'const').map((b) => (b.params as { allowedValue: unknown }).allowedValue);
      if (branches.length > 0 && consts.length === branches.length) {
        const hint = typeof value === 'string' ? typoOf(value, consts.map(String)) : null;
        push(`${path}: must be one of ${consts.map(show).join(', ')} (got ${show(value)})${hint ? ` — did you mean '${hint}'?` : ''}`);
      } else {
        const parts = [...new Set(branches.map((b) => (b.keyword === 'const' ? `${show((b.params as { allowedValue: unknown }).allowedValue)}` : b.message ?? b.keyword)))];
        push(`${path}: ${parts.length ? parts.join(' or ') : e.message ?? 'invalid'} (got ${show(value)})`);
      }
      continue;
    }
    if (e.keyword === 'enum') {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues;
      const value = valueAt(doc, segs);
      const hint = typeof value === 'string' ? typoOf(value, allowed.map(String)) : null;
      push(`${path}: must be one of ${allowed.map(show).join(', ')} (got ${show(value)})${hint ? ` — did you mean '${hint}'?` : ''}`);
      continue;
    }
    push(`${path}: ${e.message ?? 'invalid'}`);
  }
  return out;
}
