/**
 * The `openai-responses` codec (runtime/formats/openai-responses/index.ts)
 * judged on OpenAI's recorded Responses streams
 * (runtime/simulator/responses/recordings/): prelude hold and commit, clean
 * end, failure and truncation from the last bytes the relay keeps, usage and
 * response metadata, and the stream error event as the openai SDK reads it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GatewayError } from '../../runtime/errors.ts';
import { codecFor } from '../../runtime/formats/index.ts';
import { TAIL_BYTES } from '../../runtime/relay/pump.ts';
import { SseParser } from '../../runtime/sse/parser.ts';

type Obj = Record<string, any>;
const codec = codecFor('openai-responses');
const grammar = codec.streamGrammar('llm/v1/chat')!;

function recorded(name: string): Obj[] {
  return readFileSync(new URL(`../../runtime/simulator/responses/recordings/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Obj);
}
/** Events as OpenAI sends them: `event: <type>` + data. */
const sse = (evs: Obj[]) => Buffer.from(evs.map((e) => `event: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`).join(''));
const tailOf = (b: Buffer) => b.subarray(Math.max(0, b.length - TAIL_BYTES));

const turns: Obj[][] = [];
for (const l of recorded('openai-reasoning-encrypted-content.1.chunks.txt')) {
  if (l.type === 'response.created') turns.push([]);
  turns.at(-1)!.push(l);
}
const failed = recorded('openai-error.1.chunks.txt');

describe('openai-responses codec on recorded streams', () => {
  it('holds the lifecycle prelude and commits at the first content event', () => {
    for (const turn of turns) {
      const verdicts = turn.map((e) => grammar.preludeEvent(e.type, JSON.stringify(e)).kind);
      const first = verdicts.indexOf('commit');
      expect(turn[0]!.type).toBe('response.created');
      expect(verdicts.slice(0, first).every((v) => v === 'hold')).toBe(true);
      expect(first).toBeGreaterThan(1);
      expect(String(turn[first]!.type)).toMatch(/delta|output_item\.(added|done)|response\.(completed|incomplete)/);
      // Without the SSE event name (data-only framing) the data's type decides the same way.
      expect(turn.map((e) => grammar.preludeEvent(undefined, JSON.stringify(e)).kind)).toEqual(verdicts);
    }
  });
  it('an error event before content is an error verdict with its type and message', () => {
    const err = failed.find((e) => e.type === 'error')!;
    expect(grammar.preludeEvent('error', JSON.stringify(err))).toEqual({ kind: 'error', errorType: 'insufficient_quota', message: err.error.message });
    const rf = failed.find((e) => e.type === 'response.failed')!;
    expect(grammar.preludeEvent('response.failed', JSON.stringify(rf))).toMatchObject({ kind: 'error', errorType: 'insufficient_quota' });
  });
  it('classifies the end from the last bytes: completed, failed, truncated', () => {
    for (const turn of turns) {
      const whole = sse(turn);
      expect(grammar.classifyEnd(tailOf(whole))).toBe('complete');
      expect(grammar.classifyEnd(tailOf(sse(turn.slice(0, -1))))).toBe('truncated');
      expect(grammar.classifyEnd(tailOf(whole.subarray(0, whole.length - 40)))).toBe('truncated');
      const lastStart = whole.lastIndexOf('event: ');
      expect(grammar.classifyEnd(whole.subarray(0, lastStart + 60))).toBe('truncated');
    }
    expect(grammar.classifyEnd(tailOf(sse(failed)))).toBe('error_event');
    expect(grammar.classifyEnd(Buffer.from('event: error\ndata: {"type":"error","code":"server_error","message":"x"}\n\n'))).toBe('error_event');
    // Short terminal events are judged by name.
    expect(grammar.classifyEnd(Buffer.from('event: response.incomplete\ndata: {"type":"response.incomplete"}\n\n'))).toBe('complete');
    expect(grammar.classifyEnd(Buffer.from('data: {"type":"response.output_text.delta","delta":"x"}\n\n'))).toBe('truncated');
  });
  it('usage and metadata from the stream (sniffer) and from the final Response (JSON)', () => {
    const turn = turns[0]!;
    const final = turn.at(-1)!.response as Obj;
    const s = codec.usageSniffer();
    const bytes = sse(turn);
    for (let i = 0; i < bytes.length; i += 97) s.push(bytes.subarray(i, i + 97));
    const u = final.usage as Obj;
    const expected = { input: u.input_tokens - u.input_tokens_details.cached_tokens, cacheRead: u.input_tokens_details.cached_tokens, output: u.output_tokens, reasoning: u.output_tokens_details.reasoning_tokens, reported: true };
    expect(s.usage).toMatchObject(expected);
    expect(s.meta).toEqual({ id: final.id, model: final.model, finishReasons: ['completed'] });
    const meta = {};
    expect(codec.usageFromJson(Buffer.from(JSON.stringify(final)), meta)).toMatchObject(expected);
    expect(meta).toEqual({ id: final.id, model: final.model, finishReasons: ['completed'] });
    expect(codec.responseMeta({ status: 'incomplete', incomplete_details: { reason: 'max_output_tokens' } })).toEqual({ finishReasons: ['max_output_tokens'] });
  });
  it('a gateway error mid-stream is an `error` event the openai SDK raises (data.error), with the ResponseErrorEvent fields', () => {
    const ev: [string | undefined, string][] = [];
    const p = new SseParser((e, d) => ev.push([e, d]));
    p.push(Buffer.from(codec.streamError(codec.errorBody(new GatewayError('overloaded', 'busy')))));
    p.end();
    expect(ev).toHaveLength(1);
    expect(ev[0]![0]).toBe('error');
    const d = JSON.parse(ev[0]![1]) as Obj;
    expect(d).toMatchObject({ type: 'error', message: 'busy', error: { message: 'busy' } });
    expect(typeof d.code).toBe('string');
  });
  it('a non-JSON upstream error becomes an OpenAI envelope naming only the status', () => {
    const n = JSON.parse(codec.normalizeUpstreamError(429, Buffer.from('<html>sk-x</html>'))) as Obj;
    expect(n).toEqual({ error: { message: 'Upstream answered HTTP 429.', type: 'rate_limit_exceeded', param: null, code: null } });
  });
});
