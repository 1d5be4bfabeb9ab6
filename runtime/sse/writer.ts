/**
 * SSE event formatting (WHATWG event-stream framing).
 *
 * Callers pass already-serialised JSON; `JSON.stringify` never emits a raw
 * newline, so the common path is a single string concatenation. Arbitrary
 * data containing newlines is split into several `data:` lines as the spec
 * requires.
 */

/** `data: <data>\n\n` — OpenAI-style event without a name. */
export function sseData(data: string): string {
  if (data.indexOf('\n') === -1 && data.indexOf('\r') === -1) return 'data: ' + data + '\n\n';
  return dataLines(data) + '\n';
}

/** `event: <name>\ndata: <data>\n\n` — Anthropic-style named event. */
export function sseEvent(name: string, data: string): string {
  if (data.indexOf('\n') === -1 && data.indexOf('\r') === -1) return 'event: ' + name + '\ndata: ' + data + '\n\n';
  return 'event: ' + name + '\n' + dataLines(data) + '\n';
}

/** `: <text>\n\n` — a comment, usable as keep-alive by any SSE parser. */
export function sseComment(text = ''): string {
  return text === '' ? ':\n\n' : ': ' + text.replace(/[\r\n]+/g, ' ') + '\n\n';
}

/** The OpenAI end-of-stream sentinel event. */
export const SSE_DONE = 'data: [DONE]\n\n';

function dataLines(data: string): string {
  let out = '';
  for (const line of data.split(/\r\n|\r|\n/)) out += 'data: ' + line + '\n';
  return out;
}
