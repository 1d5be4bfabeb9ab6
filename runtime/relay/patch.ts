/**
 * Byte-level patch of the top-level `model` string in a JSON body, and the
 * byte-level body envelope of providers whose body differs from their native
 * format's (`rewriteTopLevel`: members removed and added, the rest untouched).
 *
 * Passthrough never re-serialises the caller's body (unknown fields and their
 * exact bytes survive); only the value of the top-level `"model"` key is
 * replaced. The scan is a single pass over the bytes tracking string state and
 * nesting depth; UTF-8 multi-byte sequences never contain the ASCII bytes it
 * looks at, so it is safe on raw bytes.
 *
 * A body with the same top-level key twice is valid JSON, but `JSON.parse`
 * (what the gateway validates and resolves) keeps the LAST occurrence while a
 * patch can only rewrite one of them: the pipeline rejects a duplicate
 * top-level `model` key (`countTopLevelKey`) before anything is patched, so
 * `patchModel` always rewrites the one value the gateway resolved.
 */

const QUOTE = 0x22, BSLASH = 0x5c, LBRACE = 0x7b, RBRACE = 0x7d, LBRACK = 0x5b, RBRACK = 0x5d, COLON = 0x3a, COMMA = 0x2c;
const SPACE = 0x20, TAB = 0x09, LF = 0x0a, CR = 0x0d;

/** Index just past the closing quote of the string starting at `start` (a quote). -1 if unterminated. */
function skipString(b: Uint8Array, start: number): number {
  let i = start + 1;
  const n = b.length;
  while (i < n) {
    const c = b[i];
    if (c === BSLASH) i += 2;
    else if (c === QUOTE) return i + 1;
    else i++;
  }
  return -1;
}

function skipWs(b: Uint8Array, i: number): number {
  while (i < b.length) {
    const c = b[i];
    if (c !== SPACE && c !== TAB && c !== LF && c !== CR) break;
    i++;
  }
  return i;
}

/** Whether the JSON string token b[s, e) (quotes included) decodes to `key` (`keyJson` is its plain encoding). */
function keyMatches(b: Uint8Array, s: number, e: number, key: string, keyJson: Uint8Array): boolean {
  if (e - s === keyJson.length) {
    let k = 0;
    while (k < keyJson.length && b[s + k] === keyJson[k]) k++;
    if (k === keyJson.length) return true;
  }
  // An escaped spelling (`"mod\u0065l"`) decodes to the same key: compare the decoded string.
  let escaped = false;
  for (let k = s + 1; k < e - 1; k++) if (b[k] === BSLASH) { escaped = true; break; }
  if (!escaped) return false;
  try {
    return JSON.parse(Buffer.from(b.buffer, b.byteOffset + s, e - s).toString('utf8')) === key;
  } catch {
    return false;
  }
}

/** JSON encodings of the keys looked up (a handful of constants such as `model`), built once per key. */
const keyJsonCache = new Map<string, Buffer>();
function keyBytes(key: string): Buffer {
  let k = keyJsonCache.get(key);
  if (k === undefined) {
    k = Buffer.from(JSON.stringify(key));
    if (keyJsonCache.size < 64) keyJsonCache.set(key, k);
  }
  return k;
}

/**
 * Byte offsets of the values of every top-level occurrence of `key` (in body
 * order), whatever the value's type; each entry is the index of the value's
 * first byte. Keys are compared after JSON unescaping, so `"mod\u0065l"`
 * counts as `model`. Stops after `max` occurrences. Assumes `b` is valid
 * JSON (validate first).
 */
function topLevelValueStarts(b: Uint8Array, key: string, max = Infinity): number[] {
  return topLevelMembers(b, key, max).map((m) => m[1]);
}

/** [key start (its opening quote), value start] of every top-level occurrence of `key`, in body order (at most `max`). */
function topLevelMembers(b: Uint8Array, key: string, max = Infinity): Array<[number, number]> {
  const keyJson = keyBytes(key);
  const out: Array<[number, number]> = [];
  let depth = 0;
  let i = 0;
  const n = b.length;
  let expectKey = false;
  while (i < n) {
    const c = b[i] as number;
    if (c === QUOTE) {
      const end = skipString(b, i);
      if (end < 0) return out;
      if (depth === 1 && expectKey) {
        const j = skipWs(b, end);
        if (b[j] === COLON) {
          const v = skipWs(b, j + 1);
          if (keyMatches(b, i, end, key, keyJson) && out.push([i, v]) >= max) return out;
          expectKey = false;
          i = v;
          continue;
        }
      }
      i = end;
      continue;
    }
    if (c === LBRACE || c === LBRACK) {
      depth++;
      expectKey = c === LBRACE && depth === 1;
    } else if (c === RBRACE || c === RBRACK) {
      depth--;
    } else if (c === COMMA && depth === 1) {
      expectKey = true;
    }
    i++;
  }
  return out;
}

/**
 * How many times `key` occurs as a top-level key of the JSON object `b`
 * (escaped spellings included, nested objects excluded). More than 1 means
 * `JSON.parse` and a byte patch would disagree on which value counts.
 */
export function countTopLevelKey(b: Uint8Array, key: string): number {
  return topLevelValueStarts(b, key).length;
}

/**
 * Finds the byte span [start, end) of the value of a top-level key that is a
 * JSON string (the first occurrence). Returns null when absent or not a
 * string. Assumes `b` is valid JSON (validate first).
 */
export function findTopLevelString(b: Uint8Array, key: string): [number, number] | null {
  const v = topLevelValueStarts(b, key, 1)[0];
  if (v === undefined || b[v] !== QUOTE) return null;
  const ve = skipString(b, v);
  return ve < 0 ? null : [v, ve];
}

/**
 * The byte span [start, end) of the whole top-level member `"key": "value"`
 * (key's opening quote to value's closing quote) when its value is a JSON
 * string; null otherwise. Replacing the span by another member keeps the
 * object valid (commas untouched). Assumes `b` is valid JSON.
 */
export function findTopLevelMember(b: Uint8Array, key: string): [number, number] | null {
  const m = topLevelMembers(b, key, 1)[0];
  if (m === undefined || b[m[1]] !== QUOTE) return null;
  const ve = skipString(b, m[1]);
  return ve < 0 ? null : [m[0], ve];
}

/** Returns a copy of `body` with the top-level `model` value replaced (or `body` itself when unchanged). */
export function patchModel(body: Buffer, model: string): Buffer {
  const span = findTopLevelString(body, 'model');
  if (!span) return body;
  const replacement = Buffer.from(JSON.stringify(model));
  const [s, e] = span;
  if (e - s === replacement.length && body.compare(replacement, 0, replacement.length, s, e) === 0) return body;
  return Buffer.concat([body.subarray(0, s), replacement, body.subarray(e)]);
}

/** Index just past the JSON value starting at `i` (valid JSON assumed). */
function skipValue(b: Uint8Array, i: number): number {
  const c = b[i];
  if (c === QUOTE) return skipString(b, i);
  if (c === LBRACE || c === LBRACK) {
    let depth = 0;
    const n = b.length;
    while (i < n) {
      const d = b[i] as number;
      if (d === QUOTE) {
        i = skipString(b, i);
        if (i < 0) return b.length;
        continue;
      }
      if (d === LBRACE || d === LBRACK) depth++;
      else if ((d === RBRACE || d === RBRACK) && --depth === 0) return i + 1;
      i++;
    }
    return n;
  }
  // number, true, false, null: up to the next delimiter
  while (i < b.length) {
    const d = b[i];
    if (d === COMMA || d === RBRACE || d === RBRACK || d === SPACE || d === TAB || d === LF || d === CR) break;
    i++;
  }
  return i;
}

/**
 * Body envelope at the byte level (providers whose body differs from the
 * native format's: Bedrock, Vertex AI): a copy of the JSON object `body`
 * without its top-level members named in `remove` (escaped spellings
 * included) and with `add` appended (name → value already JSON-encoded).
 * Every other member keeps its exact bytes (whitespace between members is
 * not kept). One pass; values are skipped, not parsed. Assumes valid JSON.
 */
export function rewriteTopLevel(body: Uint8Array, remove: readonly string[], add: ReadonlyArray<readonly [string, string]>): Buffer {
  const parts: Uint8Array[] = [];
  let first = true;
  const sep = () => {
    if (!first) parts.push(COMMA_BYTES);
    first = false;
  };
  parts.push(LBRACE_BYTES);
  let i = skipWs(body, 0) + 1; // past '{'
  const n = body.length;
  for (;;) {
    i = skipWs(body, i);
    if (i >= n || body[i] === RBRACE) break;
    if (body[i] === COMMA) {
      i++;
      continue;
    }
    const ks = i;
    const ke = skipString(body, ks);
    if (ke < 0) break;
    const vs = skipWs(body, skipWs(body, ke) + 1); // past ':'
    const ve = skipValue(body, vs);
    let drop = false;
    for (const k of remove) if (keyMatches(body, ks, ke, k, keyBytes(k))) { drop = true; break; }
    if (!drop) {
      sep();
      parts.push(body.subarray(ks, ve));
    }
    i = ve;
  }
  for (const [k, v] of add) {
    sep();
    parts.push(Buffer.from(`${JSON.stringify(k)}:${v}`));
  }
  parts.push(RBRACE_BYTES);
  return Buffer.concat(parts);
}
const COMMA_BYTES = Buffer.from(','), LBRACE_BYTES = Buffer.from('{'), RBRACE_BYTES = Buffer.from('}');
