/**
 * Helpers shared by the codecs' stream grammars: the last SSE event of a
 * stream tail, and a JSON object test.
 */

/** The last SSE event in `tail` (trailing blank lines dropped), as latin1 text; '' when there is none. */
export function lastSseEvent(tail: Buffer): string {
  const t = tail.toString('latin1').trimEnd();
  // An event starts after a blank line: LF LF (also ending CR LF CR LF) or CR CR.
  const cut = Math.max(t.lastIndexOf('\n\n'), t.lastIndexOf('\n\r\n'), t.lastIndexOf('\r\r'));
  return cut < 0 ? t : t.slice(cut).trimStart();
}

export type Json = Record<string, unknown>;
export const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The body as a JSON object, or null (not JSON, or not an object). */
export function jsonObject(body: Buffer): Json | null {
  if (body.length === 0) return null;
  try {
    const v = JSON.parse(body.toString('utf8')) as unknown;
    return isObj(v) ? v : null;
  } catch {
    return null;
  }
}
