/**
 * Gemini streams ⇄ the IR stream grammar (runtime/translate/core.ts).
 *
 * Decoder (upstream `streamGenerateContent?alt=sse` → IR sink): each `data:`
 * event is a partial GenerateContentResponse; parts become blocks opened and
 * closed as the part kind changes (text, thought text → thinking, each
 * functionCall → one whole tool_use block). A `thoughtSignature` becomes the
 * sealed signature (./signatures.ts) of a thinking block just before the part
 * it rode on (the open thought block, else an empty one), so that an Anthropic
 * caller can hand it back — except the signature of a text answer arriving
 * after answer text (Gemini 3's closing text signature), which is not carried:
 * a thinking block after the answer breaks clients, and Google validates
 * signatures of function calls only. `usageMetadata` is cumulative and replaces the
 * previous one. Gemini has no terminal event: the stream ends after the chunk
 * with `finishReason`, so the message is closed at EOF (no finishReason seen →
 * truncated). A `data:` payload holding `error` is an in-stream error.
 * The same decoder reads a unary GenerateContentResponse ({@link collectResponse}).
 *
 * Encoder (IR sink → Gemini caller): one chunk per text/thought delta, one per
 * function call (Gemini sends a call whole), a final chunk with finishReason
 * and usage; framed as SSE `data: …\r\n\r\n` or as the JSON array
 * `[{…}\n,\r\n{…}\n]` (the framing of `streamGenerateContent` without `alt=sse`).
 * Claude thinking blocks ride as the `thoughtSignature` of the next part
 * (SignatureCarrier); their text is shown as `thought: true` parts only when the
 * caller set `includeThoughts`. Wire facts: runtime/simulator/gemini/index.ts.
 */
import { isRecord, str, tryParse } from '../../transcode/common.ts';
import type { RequestContext } from '../../transcode/types.ts';
import { IrStreamEncoderBase, type IrBlock, type IrBlockStart, type IrError, type IrResponse, type IrStopReason, type IrStreamDecoder, type IrStreamEncoder, type IrStreamSink, type Json } from '../../translate/core.ts';
import { SignatureCarrier, seal } from './signatures.ts';
import { GOOGLE_STATUS_TO_IR_TYPE, encodeErrorBody, finishToIr, geminiUsageToNeutral, neutralUsageToGemini, responseCallId, stopToGemini } from './tables.ts';

// ---------------------------------------------------------------------------------------------
// Decode
// ---------------------------------------------------------------------------------------------

export class GeminiStreamDecoder implements IrStreamDecoder {
  private started = false;
  private index = -1;
  private open: 'text' | 'thinking' | null = null;
  private finish: string | undefined;
  private calls = 0;
  private responseId = '';
  /** `sink` is the caller format's encoder, which also holds the shared stream state. */
  constructor(private readonly sink: IrStreamEncoder) {}

  onEvent(_event: string | undefined, data: string): void {
    if (this.sink.finished) return;
    const v = tryParse(data);
    if (Array.isArray(v)) for (const c of v) this.chunk(c);
    else if (isRecord(v)) this.chunk(v);
    else this.sink.error({ status: 0, type: 'api_error', message: 'The gemini upstream sent a malformed stream event.' });
  }

  onEnd(): void {
    if (this.sink.finished) return;
    if (this.finish === undefined) {
      this.sink.truncated();
      return;
    }
    this.end();
  }

  /** Closes the message (finishReason seen, or a unary body fully read). */
  end(): void {
    if (!this.started) this.begin();
    this.close();
    this.sink.messageDelta(finishToIr(this.finish, this.calls > 0));
    this.sink.messageStop();
  }

  /** One partial (or whole) GenerateContentResponse. */
  chunk(c: unknown): void {
    if (!isRecord(c) || this.sink.finished) return;
    if (isRecord(c.error)) {
      const e = c.error;
      const name = str(e.status) ?? '';
      const err: IrError = { status: 0, message: str(e.message) || 'The gemini upstream reported an error.' };
      const type = Object.hasOwn(GOOGLE_STATUS_TO_IR_TYPE, name) ? GOOGLE_STATUS_TO_IR_TYPE[name] : undefined;
      if (type) err.type = type;
      this.sink.error(err);
      return;
    }
    if (c.usageMetadata !== undefined) geminiUsageToNeutral(c.usageMetadata, this.sink.usage);
    if (!this.started) {
      this.responseId = str(c.responseId) ?? '';
      this.begin();
    }
    const cand = Array.isArray(c.candidates) && isRecord(c.candidates[0]) ? c.candidates[0] : undefined;
    if (!cand) {
      if (isRecord(c.promptFeedback) && typeof c.promptFeedback.blockReason === 'string') this.finish = 'SAFETY';
      return;
    }
    const content = isRecord(cand.content) ? cand.content : undefined;
    if (content && Array.isArray(content.parts)) for (const p of content.parts) if (isRecord(p)) this.part(p);
    if (typeof cand.finishReason === 'string') this.finish = cand.finishReason;
  }

  private begin(): void {
    this.started = true;
    this.sink.start(this.responseId);
  }

  private openBlock(kind: 'text' | 'thinking', start: IrBlockStart): void {
    this.close();
    this.index++;
    this.sink.blockStart(this.index, start);
    this.open = kind;
  }

  private close(): void {
    if (this.open !== null) {
      this.sink.blockStop(this.index);
      this.open = null;
    }
  }

  private signature(sig: string): void {
    if (this.open !== 'thinking') this.openBlock('thinking', { type: 'thinking', thinking: '', signature: '' });
    this.sink.signatureDelta(this.index, seal({ g: sig }));
    this.close();
  }

  private part(p: Json): void {
    const sig = typeof p.thoughtSignature === 'string' && p.thoughtSignature !== '' ? p.thoughtSignature : typeof p.thought_signature === 'string' && p.thought_signature !== '' ? p.thought_signature : undefined;
    if (p.thought === true) {
      if (this.open !== 'thinking') this.openBlock('thinking', { type: 'thinking', thinking: '', signature: '' });
      if (typeof p.text === 'string' && p.text !== '') this.sink.thinkingDelta(this.index, p.text);
      if (sig !== undefined) this.signature(sig);
      return;
    }
    if (typeof p.text === 'string' && sig !== undefined && this.open === 'text') {
      // Gemini 3 signs a text answer on its last part (streams: a closing `{"text": "", thoughtSignature}`).
      // Carried, it would be a thinking block after (or inside) the answer text, which Anthropic never sends and
      // clients misread (Claude Code takes the last block as the answer). Google validates signatures on
      // function calls only, so this one is not carried (documented in specs/providers/gemini.ts).
    } else if (sig !== undefined) this.signature(sig);
    if (typeof p.text === 'string') {
      if (p.text === '') return;
      if (this.open !== 'text') this.openBlock('text', { type: 'text', text: '' });
      this.sink.textDelta(this.index, JSON.stringify(p.text));
      return;
    }
    const fc = isRecord(p.functionCall) ? p.functionCall : isRecord(p.function_call) ? p.function_call : undefined;
    if (fc) {
      this.close();
      const name = str(fc.name) ?? '';
      const args = isRecord(fc.args) ? fc.args : {};
      const id = str(fc.id) || responseCallId(this.responseId, this.calls, name, args);
      this.calls++;
      this.index++;
      this.sink.blockStart(this.index, { type: 'tool_use', id, name });
      this.sink.inputDelta(this.index, JSON.stringify(args));
      this.sink.blockStop(this.index);
    }
    // inlineData / executableCode / codeExecutionResult: only produced for response modalities
    // or tools this gateway never requests from a translated call.
  }
}

/** IR sink that assembles an IrResponse (unary bodies read through the stream decoder). */
class CollectSink extends IrStreamEncoderBase implements IrStreamSink {
  id = '';
  blocks: (IrBlock & { json?: string })[] = [];
  stop: IrStopReason | null = null;
  start(id: string): void {
    this.id = id;
  }
  blockStart(_index: number, b: IrBlockStart): void {
    switch (b.type) {
      case 'text':
        this.blocks.push({ type: 'text', text: b.text });
        break;
      case 'thinking':
        this.blocks.push({ type: 'thinking', thinking: b.thinking, signature: b.signature });
        break;
      case 'redacted_thinking':
        this.blocks.push({ type: 'redacted_thinking', data: b.data });
        break;
      case 'tool_use':
        this.blocks.push({ type: 'tool_use', id: b.id, name: b.name, input: {}, json: '' });
        break;
      default:
        this.blocks.push({ type: 'opaque', format: 'gemini', value: b.value });
    }
  }
  private last(): (IrBlock & { json?: string }) | undefined {
    return this.blocks[this.blocks.length - 1];
  }
  textDelta(_index: number, literal: string): void {
    const b = this.last();
    if (b?.type === 'text') b.text += JSON.parse(literal) as string;
  }
  thinkingDelta(_index: number, text: string): void {
    const b = this.last();
    if (b?.type === 'thinking') b.thinking += text;
  }
  signatureDelta(_index: number, signature: string): void {
    const b = this.last();
    if (b?.type === 'thinking') b.signature += signature;
  }
  inputDelta(_index: number, partialJson: string): void {
    const b = this.last();
    if (b) b.json = (b.json ?? '') + partialJson;
  }
  citationDelta(): void {}
  blockStop(): void {
    const b = this.last();
    if (b?.type === 'tool_use') {
      const v = tryParse(b.json ?? '');
      b.input = isRecord(v) ? v : {};
      delete b.json;
    }
  }
  messageDelta(stopReason: IrStopReason | null): void {
    this.stop = stopReason;
  }
  messageStop(): void {}
  error(): void {}
  truncated(): void {}
}

/** A unary GenerateContentResponse → IrResponse (candidate 0; a blocked prompt → refusal without content). */
export function collectResponse(body: Json): IrResponse {
  const sink = new CollectSink();
  const dec = new GeminiStreamDecoder(sink);
  dec.chunk(body);
  dec.end();
  return { id: sink.id, content: sink.blocks, stopReason: sink.stop, stopSequence: null, usage: sink.usage };
}

// ---------------------------------------------------------------------------------------------
// Encode
// ---------------------------------------------------------------------------------------------

/** The JSON-array stream's element separator (Google's framing, see runtime/simulator/gemini/index.ts). */
export const ARRAY_SEPARATOR = '\n,\r\n';

export class GeminiStreamEncoder extends IrStreamEncoderBase implements IrStreamSink {
  private id = '';
  private wrote = false;
  private readonly carrier = new SignatureCarrier();
  private thinking: { text: string; signature: string } | null = null;
  private tool: { id: string; name: string; json: string } | null = null;
  private calls = 0;
  private stopped = false;
  constructor(
    private readonly ctx: RequestContext,
    private readonly upstreamLabel: string,
    private readonly mode: { sse: boolean; includeThoughts?: boolean },
  ) {
    super();
  }

  private write(json: string): void {
    if (this.mode.sse) this.out += 'data: ' + json + '\r\n\r\n';
    else {
      this.out += (this.wrote ? ARRAY_SEPARATOR : '[') + json;
      this.wrote = true;
    }
  }

  private tail(): string {
    return ',"usageMetadata":' + JSON.stringify(neutralUsageToGemini(this.usage)) + ',"modelVersion":' + JSON.stringify(this.ctx.alias) + ',"responseId":' + JSON.stringify(this.id) + '}';
  }

  /** A chunk holding one part (JSON text of the part without its closing brace). */
  private part(open: string): void {
    const sig = this.carrier.take();
    const p = sig === undefined ? open + '}' : open + ',"thoughtSignature":' + JSON.stringify(sig) + '}';
    this.write('{"candidates":[{"content":{"parts":[' + p + '],"role":"model"},"index":0}]' + this.tail());
  }

  start(id: string): void {
    this.id = id;
  }

  blockStart(index: number, b: IrBlockStart): void {
    switch (b.type) {
      case 'text':
        if (b.text !== '') this.textDelta(index, JSON.stringify(b.text));
        break;
      case 'thinking':
        this.thinking = { text: '', signature: b.signature };
        if (b.thinking !== '') this.thinkingDelta(index, b.thinking);
        break;
      case 'redacted_thinking':
        this.carrier.add({ type: 'redacted_thinking', data: b.data });
        break;
      case 'tool_use':
        this.tool = { id: b.id, name: b.name, json: '' };
        break;
      default:
        break; // server-tool blocks: never requested by a Gemini caller
    }
  }
  textDelta(_index: number, literal: string): void {
    this.part('{"text":' + literal);
  }
  thinkingDelta(_index: number, text: string): void {
    if (this.thinking) this.thinking.text += text;
    if (this.mode.includeThoughts === true) this.write('{"candidates":[{"content":{"parts":[{"text":' + JSON.stringify(text) + ',"thought":true}],"role":"model"},"index":0}]' + this.tail());
  }
  signatureDelta(_index: number, signature: string): void {
    if (this.thinking) this.thinking.signature += signature;
  }
  inputDelta(_index: number, partialJson: string): void {
    if (this.tool) this.tool.json += partialJson;
  }
  citationDelta(): void {}
  blockStop(): void {
    if (this.thinking) {
      this.carrier.add({ type: 'thinking', thinking: this.thinking.text, signature: this.thinking.signature });
      this.thinking = null;
    } else if (this.tool) {
      const t = this.tool;
      this.tool = null;
      const args = tryParse(t.json === '' ? '{}' : t.json);
      this.calls++;
      this.part('{"functionCall":' + JSON.stringify({ id: t.id, name: t.name, args: isRecord(args) ? args : {} }));
    }
  }
  messageDelta(stopReason: IrStopReason | null): void {
    if (this.stopped) return;
    this.stopped = true;
    const sig = this.carrier.take();
    const content = sig === undefined ? '{"role":"model"}' : '{"parts":[{"text":"","thoughtSignature":' + JSON.stringify(sig) + '}],"role":"model"}';
    const msg = this.calls > 0 ? ',"finishMessage":"Model generated function call(s)."' : '';
    this.write('{"candidates":[{"content":' + content + ',"finishReason":' + JSON.stringify(stopToGemini(stopReason)) + ',"index":0' + msg + '}]' + this.tail());
  }
  messageStop(): void {
    if (!this.stopped) this.messageDelta(null);
    this.finished = true;
    if (!this.mode.sse) this.out += this.wrote ? '\n]' : '[]';
  }
  private fail(err: IrError): void {
    this.finished = true;
    this.write(JSON.stringify(encodeErrorBody(err)));
    if (!this.mode.sse) this.out += '\n]';
  }
  error(err: IrError): void {
    this.sawError = true;
    this.fail(err);
  }
  truncated(): void {
    this.fail({ status: 0, type: 'api_error', message: `The ${this.upstreamLabel} upstream stream ended before the message was complete.` });
  }
}
