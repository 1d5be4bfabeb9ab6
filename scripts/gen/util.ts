/**
 * Small helpers shared by the generators: headers, hashing, deterministic
 * literals and escaping.
 */
import { createHash } from 'node:crypto';

/** Marker placed at the top of every generated file. */
export const GENERATED_NOTICE = 'generated from specs/ — do not edit (npm run gen)';

/** `// generated ...` header for .ts/.js/.d.ts files. */
export const tsHeader = (extra = ''): string => `// ${GENERATED_NOTICE}${extra ? `\n// ${extra}` : ''}\n`;

/** Hex SHA-256 of a string or buffer. */
export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** Code-point order comparison (locale independent, deterministic). */
export const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Recursively sort object keys (arrays keep order). */
export function sortDeep<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => sortDeep(v)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value as object).sort(byString)) out[k] = sortDeep((value as Record<string, unknown>)[k]);
  return out as T;
}

/** A JSON value as a TS literal (keys sorted, 2-space indentation). JSON is valid TS. */
export const tsLiteral = (value: unknown, indent = 2): string => JSON.stringify(sortDeep(value), null, indent);

/** A string as a single-quoted TS string literal. */
export const tsString = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;

/** HTML text/attribute escaping. */
export const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Markdown table-cell escaping: pipes, newlines, and HTML-significant `<`. */
export const escapeMdCell = (s: string): string =>
  s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\r?\n/g, '<br>');

/** `some-name` → `someName`. */
export const camelCase = (s: string): string => s.replace(/[-_]+([a-z0-9])/g, (_, c: string) => c.toUpperCase());
