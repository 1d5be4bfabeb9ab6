/**
 * Byte-level patch of the top-level `model` string in a JSON body.
 *
 * Passthrough never re-serialises the caller's body (unknown fields and their
 * exact bytes survive); only the value of the top-level `"model"` key is
 * replaced. The scan is a single pass over the bytes tracking string state and
 * nesting depth; UTF-8 multi-byte sequences never contain the ASCII bytes it
 * looks at, so it is safe on raw bytes.
 */

const QUOTE = 0x22, BSLASH = 0x5c, LBRACE = 0x7b, RBRACE = 0x7d, LBRACK = 0x5b, RBRACK = 0x5d, COLON = 0x3a;
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

/**
 * Finds the byte span [start, end) of the value of a top-level key that is a
 * JSON string. Returns null when absent or not a string. Assumes `b` is valid
 * JSON (validate first).
 */
export function findTopLevelString(b: Uint8Array, key: string): [number, number] | null {
  const keyJson = Buffer.from(JSON.stringify(key));
  let depth = 0;
  let i = 0;
  const n = b.length;
  let expectKey = false;
  while (i < n) {
    const c = b[i] as number;
    if (c === QUOTE) {
      const end = skipString(b, i);
      if (end < 0) return null;
      if (depth === 1 && expectKey) {
        const j = skipWs(b, end);
        if (b[j] === COLON) {
          let match = end - i === keyJson.length;
          for (let k = 0; match && k < keyJson.length; k++) if (b[i + k] !== keyJson[k]) match = false;
          if (!match && b.indexOf(BSLASH, i) > -1 && b.indexOf(BSLASH, i) < end) {
            try { match = JSON.parse(Buffer.from(b.subarray(i, end)).toString('utf8')) === key; } catch { match = false; }
          }
          const v = skipWs(b, j + 1);
          if (match) {
            if (b[v] !== QUOTE) return null;
            const ve = skipString(b, v);
            return ve < 0 ? null : [v, ve];
          }
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
    } else if (c === 0x2c /* , */ && depth === 1) {
      expectKey = true;
    }
    i++;
  }
  return null;
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
