/**
 * A transcoder for one (ingress format, upstream format) pair, composed from
 * the two formats' mappers: decode the caller's request into the IR and encode
 * it for the upstream; decode the upstream's response, error or stream into the
 * IR and encode it for the caller. Implements the executor's Transcoder
 * interface (runtime/transcode/types.ts), so the executor does not know the IR.
 */
import { SseParser } from '../sse/parser.ts';
import type { MappedRequest, RequestContext, StreamTranscoder, Transcoder } from '../transcode/types.ts';
import { emptyUsage, type Usage } from '../usage.ts';
import { GatewayError } from '../errors.ts';
import { LossReport, type CountMapper, type FormatMapper, type IrStreamDecoder, type IrStreamEncoder } from './core.ts';

/**
 * A stream transcoder: SSE parser → upstream decoder → IR sink (the caller
 * format's encoder, which also holds the shared StreamState: output buffer,
 * usage, flags) → bytes for the caller. No object is allocated per event
 * beyond what each format's parser needs.
 */
class ComposedStream implements StreamTranscoder {
  private readonly state: IrStreamEncoder;
  private readonly parser: SseParser;
  private readonly decoder: IrStreamDecoder;
  private startedFlag = false;
  /** Scrubs secrets from the caller bytes of an upstream error event (see Transcoder.createStream). */
  private readonly scrub: ((text: string) => string) | null;
  constructor(ingress: FormatMapper, upstream: FormatMapper, ctx: RequestContext, mapped: MappedRequest, scrub: ((text: string) => string) | null) {
    this.scrub = scrub;
    this.state = ingress.streamEncoder(ctx, mapped, upstream.label);
    const decoder = upstream.streamDecoder(this.state, ctx, mapped);
    this.decoder = decoder;
    this.parser = new SseParser((event, data) => decoder.onEvent(event, data));
  }

  get usage(): Usage {
    return { ...this.state.usage };
  }
  get started(): boolean {
    return this.startedFlag;
  }
  get finished(): boolean {
    return this.state.finished;
  }
  get sawUpstreamError(): boolean {
    return this.state.sawError;
  }

  push(chunk: Buffer): string {
    this.parser.push(chunk);
    return this.take();
  }

  end(): string {
    this.parser.end();
    if (!this.state.finished) this.decoder.onEnd();
    return this.take();
  }

  private take(): string {
    const r = this.state.out;
    if (r !== '') {
      this.state.out = '';
      this.startedFlag = true;
      // Only the bytes produced once the upstream's error event arrived are inspected.
      if (this.state.sawError && this.scrub) return this.scrub(r);
    }
    return r;
  }
}

/** The transcoder ingress → upstream (llm/v1/chat), through the IR. */
export function composeTranscoder(ingress: FormatMapper, upstream: FormatMapper): Transcoder {
  return {
    upstreamPath: upstream.chatPath,
    mapRequest(body, ctx): MappedRequest {
      const losses = new LossReport(ctx.unsupportedParams, ingress.format, upstream.format, upstream.label);
      const ir = ingress.decodeRequest(body, losses, ctx);
      const enc = upstream.encodeRequest(ir, losses, ctx);
      const mapped: MappedRequest = {
        body: enc.body,
        headers: enc.headers,
        dropped: losses.dropped,
        stream: ir.stream,
        includeUsage: ir.includeUsage,
        syntheticJsonTool: enc.syntheticJsonTool,
      };
      if (losses.degraded.length > 0) mapped.degraded = losses.degraded;
      return mapped;
    },
    mapResponse(body, ctx, mapped) {
      const ir = upstream.decodeResponse(body, ctx, mapped);
      return { body: ingress.encodeResponse(ir, ctx, mapped), usage: ir.usage };
    },
    mapError(status, body) {
      return ingress.encodeError(upstream.decodeError(status, body));
    },
    createStream(ctx, mapped, scrub) {
      return new ComposedStream(ingress, upstream, ctx, mapped, scrub ?? null);
    },
  };
}

/**
 * The count-tokens transcoder ingress → upstream (llm/v1/count_tokens): the
 * caller's count request read as the chat request it counts, decoded into the
 * IR, encoded as the upstream's chat request and cut down to its count request;
 * the upstream's count answer becomes the caller's. Null when either format
 * lacks its side of token counting (CountMapper).
 */
export function composeCountTranscoder(ingress: FormatMapper, upstream: FormatMapper): Transcoder | null {
  const i = ingress.count;
  const u = upstream.count;
  if (!i?.toChat || !i.response || !u?.fromChat || !u.tokens) return null;
  const counter = { toChat: i.toChat, response: i.response, fromChat: u.fromChat, tokens: u.tokens } satisfies Required<CountMapper>;
  return {
    upstreamPath: upstream.chatPath,
    mapRequest(body, ctx): MappedRequest {
      const losses = new LossReport(ctx.unsupportedParams, ingress.format, upstream.format, upstream.label);
      const ir = ingress.decodeRequest(counter.toChat(body), losses, { ...ctx, call: { stream: false } });
      ir.stream = false;
      const enc = upstream.encodeRequest(ir, losses, ctx);
      const mapped: MappedRequest = { body: counter.fromChat(enc.body, ctx), headers: enc.headers, dropped: losses.dropped, stream: false, includeUsage: false, syntheticJsonTool: null };
      if (losses.degraded.length > 0) mapped.degraded = losses.degraded;
      return mapped;
    },
    mapResponse(body) {
      return { body: counter.response(counter.tokens(body)), usage: emptyUsage() };
    },
    mapError(status, body) {
      return ingress.encodeError(upstream.decodeError(status, body));
    },
    createStream() {
      throw new GatewayError('api_error', 'Token counting does not stream.', { expose: false });
    },
  };
}
