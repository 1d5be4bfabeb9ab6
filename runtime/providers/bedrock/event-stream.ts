/**
 * Bedrock wire details of the `bedrock` adapter: the event-stream decoder and
 * error normalisation.
 *
 * {@link BedrockEventStreamDecoder}: InvokeModelWithResponseStream answers in
 * `application/vnd.amazon.eventstream` framing — binary messages (4-byte total
 * length, 4-byte headers length, prelude CRC, headers, payload, message CRC),
 * decoded (CRCs checked) by `@smithy/eventstream-codec`. A `chunk` event's
 * payload is `{"bytes":"<base64 of one Anthropic stream event JSON>"}`; the
 * decoder writes that JSON as one SSE event (`event: <type>\ndata: <json>\n\n`),
 * byte for byte except `message_stop`, which loses Bedrock's
 * `amazon-bedrock-invocationMetrics` member. An exception message
 * (`:message-type: exception`, e.g. `modelStreamErrorException`,
 * `throttlingException`) becomes an Anthropic `error` event, which the
 * prelude, relay and transcoders treat like Anthropic's own. Per event: one
 * codec decode, a base64 decode, and a scan for the event type (no JSON parse
 * except for `message_stop`).
 *
 * {@link normalizeBedrockError}: an error answer (`x-amzn-ErrorType:
 * <Name>:<namespace>`, body `{"message": "..."}`) → the Anthropic error
 * envelope `{"type":"error","error":{"type","message"}}`; the status stays
 * Bedrock's (429 and 5xx are retried, a 401/403 counts against the provider
 * credential, a 400 ValidationException is the caller's).
 *
 * Source: AWS event-stream encoding (Amazon Transcribe / Bedrock API
 * reference, "Event stream encoding"), InvokeModelWithResponseStream response
 * elements and errors, Bedrock "Common errors"; Anthropic "Errors" for the
 * envelope types.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { EventStreamCodec } from '@smithy/eventstream-codec';
import { fromUtf8, toUtf8 } from '@smithy/util-utf8';
import type { NormalizedError, StreamFramingDecoder } from '../types.ts';

const codec = new EventStreamCodec(toUtf8, fromUtf8);
const EMPTY = Buffer.alloc(0);
const BYTES_KEY = '"bytes":"';

/** Anthropic error type for a Bedrock error name (header `x-amzn-ErrorType` or in-stream `:exception-type`, any case). */
export function bedrockErrorType(name: string, status = 0): string {
  switch (name.toLowerCase()) {
    case 'validationexception':
    case 'serializationexception':
      return 'invalid_request_error';
    case 'unrecognizedclientexception':
    case 'invalidsignatureexception':
    case 'incompletesignatureexception':
    case 'missingauthenticationtokenexception':
    case 'expiredtokenexception':
      return 'authentication_error';
    case 'accessdeniedexception':
      return 'permission_error';
    case 'resourcenotfoundexception':
    case 'unknownoperationexception':
      return 'not_found_error';
    case 'throttlingexception':
    case 'servicequotaexceededexception':
      return 'rate_limit_error';
    case 'serviceunavailableexception':
      return 'overloaded_error';
    case 'modelstreamerrorexception':
      return status === 529 ? 'overloaded_error' : 'api_error';
    default:
      return status === 429 ? 'rate_limit_error' : status === 529 || status === 503 ? 'overloaded_error' : status >= 400 && status < 500 ? 'invalid_request_error' : 'api_error';
  }
}

function errorEnvelope(type: string, message: string): string {
  return JSON.stringify({ type: 'error', error: { type, message } });
}

/** The message of a Bedrock error body (`{"message"}` or `{"Message"}`), or a default. */
function messageOf(body: Buffer | Uint8Array, fallback: string): string {
  try {
    const v = JSON.parse(Buffer.from(body).toString('utf8')) as { message?: unknown; Message?: unknown };
    const m = v.message ?? v.Message;
    if (typeof m === 'string' && m) return m;
  } catch { /* not JSON */ }
  return fallback;
}

/** Bedrock error answer → Anthropic error envelope, same status. */
export function normalizeBedrockError(status: number, body: Buffer, headers: IncomingHttpHeaders): NormalizedError {
  const raw = headers['x-amzn-errortype'];
  const name = (Array.isArray(raw) ? raw[0] : raw)?.split(':')[0] ?? '';
  return { status, body: errorEnvelope(bedrockErrorType(name, status), messageOf(body, name || `Bedrock answered ${status}`)) };
}

/** The `type` of an Anthropic stream event JSON, read from its first member (`{"type":"…"`), else parsed. */
function eventType(json: string): string {
  const m = /^\s*\{\s*"type"\s*:\s*"([a-z_]+)"/.exec(json);
  if (m) return m[1] as string;
  try {
    const t = (JSON.parse(json) as { type?: unknown }).type;
    return typeof t === 'string' ? t : 'message';
  } catch {
    return 'message';
  }
}

function sse(type: string, json: string): string {
  return `event: ${type}\ndata: ${json}\n\n`;
}

/**
 * Decodes AWS event-stream bytes into Anthropic SSE bytes, one instance per
 * response. `push` keeps a partial message until its remaining bytes arrive.
 * Throws on a corrupt message (CRC mismatch) or, at `end`, a truncated one.
 */
export class BedrockEventStreamDecoder implements StreamFramingDecoder {
  private pending: Buffer = EMPTY;

  push(chunk: Buffer): Buffer {
    let buf = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    let out = '';
    let off = 0;
    while (buf.length - off >= 4) {
      const total = buf.readUInt32BE(off);
      if (total < 16) throw new Error(`corrupt AWS event-stream message (length ${total})`);
      if (buf.length - off < total) break;
      out += this.message(buf.subarray(off, off + total));
      off += total;
    }
    // Keep the partial message (copied: the chunk's memory may be reused).
    this.pending = off === buf.length ? EMPTY : Buffer.from(buf.subarray(off));
    buf = EMPTY;
    return out ? Buffer.from(out) : EMPTY;
  }

  end(): Buffer {
    if (this.pending.length) throw new Error(`AWS event-stream ended inside a message (${this.pending.length} bytes left)`);
    return EMPTY;
  }

  /** One complete message → its SSE text ('' for events that carry nothing for the caller). */
  private message(bytes: Buffer): string {
    const msg = codec.decode(bytes);
    const h = msg.headers;
    const kind = h[':message-type']?.value;
    if (kind === 'event') {
      if (h[':event-type']?.value !== 'chunk') return '';
      const payload = Buffer.from(msg.body.buffer, msg.body.byteOffset, msg.body.byteLength).toString('latin1');
      const s = payload.indexOf(BYTES_KEY);
      if (s < 0) return '';
      const e = payload.indexOf('"', s + BYTES_KEY.length);
      let json = Buffer.from(payload.slice(s + BYTES_KEY.length, e), 'base64').toString('utf8');
      const type = eventType(json);
      if (type === 'message_stop' && json.includes('amazon-bedrock-invocationMetrics')) {
        const ev = JSON.parse(json) as Record<string, unknown>;
        delete ev['amazon-bedrock-invocationMetrics'];
        json = JSON.stringify(ev);
      }
      return sse(type, json);
    }
    // An exception (or error) message: the model or Bedrock failed after the 200.
    const name = String(h[':exception-type']?.value ?? h[':error-code']?.value ?? 'internalServerException');
    let status = 0;
    let message = name;
    try {
      const v = JSON.parse(Buffer.from(msg.body).toString('utf8')) as { message?: unknown; originalStatusCode?: unknown };
      if (typeof v.message === 'string') message = v.message;
      if (typeof v.originalStatusCode === 'number') status = v.originalStatusCode;
    } catch { /* a non-JSON exception payload: the name says it */ }
    return sse('error', errorEnvelope(bedrockErrorType(name, status), message));
  }
}
