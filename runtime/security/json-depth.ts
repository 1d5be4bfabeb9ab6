/**
 * A bound on JSON nesting, checked on the raw bytes before `JSON.parse`:
 * recursive code downstream (validators, transcoders, re-serialisation) must
 * never meet a document deep enough to overflow the stack (a 500). Deeper
 * documents are a 400 in the caller's format on every route.
 */

/** Deepest nesting of objects/arrays accepted in a request body (JSON Schema in tools stays far below it). */
export const MAX_JSON_DEPTH = 128;

/**
 * Whether the JSON text nests objects/arrays deeper than `max` (strings and
 * their escapes are skipped; the text need not be valid JSON). One pass, no allocation.
 */
export function jsonTooDeep(body: Buffer, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as number;
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped byte
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}
