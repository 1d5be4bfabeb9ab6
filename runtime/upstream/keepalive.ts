/**
 * Keep-alive for stream requests while the caller waits (retries, backoff,
 * slow first byte): SDKs and proxies give up after ~20 s of silence.
 *
 * When the wait exceeds `server.keepalive_ms`, the gateway commits to HTTP 200
 * with SSE headers and then writes, every `keepalive_ms`, the keep-alive of
 * the caller's wire format, one its SDKs ignore (the codec's `keepalive`,
 * runtime/formats/<format>/: Anthropic `event: ping`, OpenAI the SSE comment
 * `: keep-alive`; an Anthropic ping never goes into an OpenAI stream,
 * DESIGN.md §6).
 *
 * Once headers went out, the request can still fail over (only keep-alives were
 * written), but a final failure becomes an error event in the stream.
 */
import type { ResponseSink } from '../server/sink.ts';

/** SSE response headers the gateway commits to when it sends keep-alives. */
export function sseHeaders(requestId: string): Record<string, string> {
  return { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', 'x-switchyard-request-id': requestId };
}

export class Keepalive {
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  /** Keep-alive events written so far. */
  sent = 0;

  /**
   * @param sink the caller's response
   * @param bytes the keep-alive of the caller's (ingress) format (its codec's `keepalive`)
   * @param intervalMs wait before the first keep-alive and between them (0 = disabled)
   * @param headers headers used if the keep-alive has to send the response head
   */
  constructor(
    private readonly sink: ResponseSink,
    private readonly bytes: string,
    private readonly intervalMs: number,
    private readonly headers: Record<string, string>,
  ) {}

  /** Starts the timer (no-op when disabled). */
  start(): void {
    if (this.intervalMs <= 0 || this.stopped || this.timer) return;
    this.timer = setInterval(() => this.tick(), this.intervalMs);
    this.timer.unref?.();
  }

  private tick(): void {
    if (this.stopped || !this.sink.open) return this.stop();
    if (!this.sink.headersSent) this.sink.writeHead(200, this.headers);
    this.sink.write(this.bytes);
    this.sent++;
  }

  /** Stops for good (content started, or the request is over). */
  stop(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
