/**
 * A ResponseSink that turns what the pipeline writes into Responses API
 * events, for transports other than HTTP (WebSocket mode, ./entry.ts) and for
 * capturing an answer in process (./input-tokens.ts): `out.event(json)` once
 * per SSE event (keep-alive comments dropped), `out.answer(status, json)` for
 * a complete non-stream answer, `out.end()` when the answer is over.
 * Kept apart from ./entry.ts so it does not import the pipeline.
 */
import { ResponseSink, type SinkTarget } from '../server/sink.ts';
import { SseParser } from '../sse/parser.ts';
import { SseChunkReader, simpleEventData } from './sse-chunks.ts';

/** Where an {@link eventSink} delivers a Responses answer. */
export interface ResponseEventWriter {
  /** One stream event, as its JSON text. false: backpressure (wait for the transport to drain, then `EventSink.writable()`). */
  event(json: string): boolean;
  /** A complete non-stream answer: HTTP status and JSON body (an OpenAI error envelope, or a Response). */
  answer(status: number, json: string): void;
  /** The answer is over (after the last event or the answer). */
  end(): void;
  /**
   * Optional: runs `deliver` (which calls `event` once per event of one written chunk) as one
   * transport write (a WebSocket's cork: one syscall for the chunk's messages). Returns false for
   * backpressure, as `event` does; `event`'s own results inside are then not used.
   */
  batch?(deliver: () => void): boolean;
}

/** A ResponseSink over an event writer, with the transport's two signals. */
export interface EventSink {
  sink: ResponseSink;
  /** The transport drained after `event` returned false. */
  writable(): void;
  /** The transport closed: the request is aborted (its upstream too). */
  abort(): void;
}

/** Builds a ResponseSink that delivers Responses events to `out` (see the module docblock). */
export function eventSink(out: ResponseEventWriter): EventSink {
  let status = 0;
  let sse = false;
  let onAborted: (() => void) | null = null;
  let onWritable: ((offset: number) => boolean) | null = null;
  const body: Buffer[] = [];
  let pressure = false;
  const parser = new SseParser((_event, data) => {
    if (!out.event(data)) pressure = true;
  });
  const reader = new SseChunkReader(parser);
  const push = (chunk: Uint8Array | string): void => {
    if (sse) {
      // Whole events of the stream encoder: their data without the UTF-8 round trip (./sse-chunks.ts).
      const whole = reader.whole(chunk);
      const events = whole === null ? null : simpleEventData(whole);
      if (events !== null) {
        if (out.batch !== undefined && events.length > 1) {
          if (!out.batch(() => { for (const data of events) out.event(data); })) pressure = true;
        } else for (const data of events) if (!out.event(data)) pressure = true;
        return;
      }
    }
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (sse) reader.push(buf);
    else body.push(Buffer.from(buf));
  };
  const target: SinkTarget = {
    onAborted(h) { onAborted = h; },
    writeStatus(s) { status = Number.parseInt(s, 10); },
    writeHeader(k, v) { if (k.toLowerCase() === 'content-type' && v.startsWith('text/event-stream')) sse = true; },
    write(chunk) {
      pressure = false;
      push(chunk);
      return !pressure;
    },
    end(chunk) {
      if (chunk !== undefined) push(chunk);
      if (!sse) out.answer(status || 200, Buffer.concat(body).toString('utf8'));
      out.end();
    },
    cork(cb) { cb(); },
    onWritable(h) { onWritable = h; },
    close() { out.end(); },
  };
  const sink = new ResponseSink(target);
  return {
    sink,
    writable() { onWritable?.(0); },
    abort() { onAborted?.(); },
  };
}
