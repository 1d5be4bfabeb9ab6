/**
 * Gemini ingress: what a Gemini API call says outside its body, and the
 * response framing it reads (https://ai.google.dev/api/generate-content).
 *
 * - The model alias is the path's `models/{model}:method` segment (the route's
 *   `:model` parameter, URL-decoded; a leading `models/` is not part of it).
 * - The method says whether it streams (`:streamGenerateContent`).
 * - The caller key may come as `?key=KEY` (Google's convention; the SDKs send
 *   `x-goog-api-key`): on every path, it is moved into the `x-goog-api-key`
 *   header and removed from the query before anything else sees the request
 *   (runtime/server/app.ts), so that it is never logged, recorded or forwarded
 *   with the query.
 * - `:streamGenerateContent` without `alt=sse` answers one JSON array written
 *   as it grows (`[{…}\n,\r\n{…}\n]`; an error before the stream is
 *   `[{"error":…}\n]`). The gateway produces Gemini streams as SSE everywhere
 *   (transcoder, passthrough relay, keep-alive, error events) and
 *   {@link JsonArrayFraming} rewrites them on their way to such a caller.
 *   Wire facts: runtime/simulator/gemini/index.ts.
 */
import type { RouteEntry } from '../../../generated/routes.ts';
import { GatewayError } from '../../errors.ts';
import type { BodyFilter, Headers } from '../../server/sink.ts';
import { SseParser } from '../../sse/parser.ts';
import { ARRAY_SEPARATOR } from './stream.ts';

/** The header Google's clients carry the key in; `?key=` is moved here. */
export const GEMINI_KEY_HEADER = 'x-goog-api-key';

/**
 * Splits a `key` parameter off a query string.
 * @param query the query without `?`
 * @returns the key (URL-decoded; the last one when repeated) and the query without any `key` parameter
 */
export function liftQueryKey(query: string): { key: string | null; query: string } {
  if (query === '' || !/(?:^|&)key=/.test(query)) return { key: null, query };
  let key: string | null = null;
  const rest: string[] = [];
  for (const p of query.split('&')) {
    if (p.startsWith('key=')) {
      try {
        key = decodeURIComponent(p.slice(4).replace(/\+/g, ' '));
      } catch {
        key = p.slice(4);
      }
    } else rest.push(p);
  }
  return { key, query: rest.join('&') };
}

/**
 * The model alias and stream flag of a Gemini call.
 * @throws GatewayError invalid_request for a model segment that is not valid percent-encoding
 */
export function geminiCall(route: RouteEntry, params: Record<string, string>): { model: string; stream: boolean } {
  let model = params.model ?? '';
  try {
    model = decodeURIComponent(model);
  } catch {
    throw new GatewayError('invalid_request', 'The model in the path is not valid percent-encoding.', { param: 'model' });
  }
  if (model.startsWith('models/')) model = model.slice('models/'.length);
  return { model, stream: route.operation === 'streamGenerateContent' };
}

/** Whether a query string asks for SSE (`alt=sse`). */
export function wantsSse(query: string): boolean {
  return /(?:^|&)alt=sse(?:&|$)/.test(query);
}

/**
 * Rewrites the gateway's Gemini SSE (`data: <json>` events) into the JSON-array
 * framing of `streamGenerateContent` without `alt=sse`: `[` + first element,
 * `\n,\r\n` + each next one, `\n]` at the end (`[]` when nothing came). A
 * keep-alive (a blank line, no event) becomes JSON whitespace. A complete
 * answer sent at once (an error before the stream) becomes a one-element array.
 */
export class JsonArrayFraming implements BodyFilter {
  private opened = false;
  private out = '';
  private readonly parser = new SseParser((_event, data) => {
    this.out += (this.opened ? ARRAY_SEPARATOR : '[') + data;
    this.opened = true;
  });

  headers(h: Headers): Headers {
    return { ...h, 'content-type': 'application/json; charset=UTF-8' };
  }

  chunk(c: Uint8Array | string): string {
    this.parser.push(typeof c === 'string' ? Buffer.from(c, 'utf8') : Buffer.from(c.buffer, c.byteOffset, c.byteLength));
    const o = this.out;
    this.out = '';
    // Bytes that completed no event (a keep-alive, half an event): whitespace keeps the connection alive.
    return o === '' ? '\r\n' : o;
  }

  end(last?: Uint8Array | string): string {
    let o = last === undefined ? '' : this.chunk(last);
    this.parser.end();
    o += this.out;
    this.out = '';
    return o + (this.opened ? '\n]' : '[]');
  }

  whole(body: Uint8Array | string): string {
    const text = typeof body === 'string' ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
    return `[${text}\n]`;
  }
}
