/**
 * The stream pump's tail (runtime/relay/pump.ts): at EOF the stream-end check
 * gets exactly the last TAIL_BYTES relayed bytes (or all of them when fewer),
 * however the upstream split them into chunks — one per-stream buffer, so a
 * terminal event split across many small chunks, or after a large chunk, is
 * still seen whole — and every chunk reaches the caller unchanged.
 */
import { describe, expect, it } from 'vitest';
import { pump, TAIL_BYTES } from '../runtime/relay/pump.ts';
import { UpstreamBody } from '../runtime/upstream/body.ts';
import type { ResponseSink } from '../runtime/server/sink.ts';

function fakeSink(): { sink: ResponseSink; written: Buffer[] } {
  const written: Buffer[] = [];
  const sink = {
    open: true,
    write: (c: Uint8Array | string) => (written.push(Buffer.from(c)), true),
    onAbort: () => {},
    onWritable: () => {},
  } as unknown as ResponseSink;
  return { sink, written };
}

async function relay(chunks: Buffer[]): Promise<{ tail: Buffer; written: Buffer; outcome: string }> {
  const body = new UpstreamBody();
  const { sink, written } = fakeSink();
  let tail = Buffer.alloc(0);
  const done = pump(body, sink, {
    prelude: null, idleMs: 0, signal: new AbortController().signal, onCommit: () => {},
    terminal: (t) => ((tail = Buffer.from(t)), 'complete'),
  });
  for (const c of chunks) body.push(c);
  body.finish();
  const r = await done;
  return { tail, written: Buffer.concat(written), outcome: r.kind === 'finished' ? r.outcome : r.kind };
}

const stream = (n: number) => Buffer.from(Array.from({ length: n }, (_, i) => String.fromCharCode(97 + (i % 26))).join(''));

describe('pump tail for the stream-end check', () => {
  it.each([
    ['one chunk shorter than the tail', [40]],
    ['one chunk longer than the tail', [1000]],
    ['many one-byte chunks', Array.from({ length: 700 }, () => 1)],
    ['small chunks after a large one', [900, 3, 5, 7, 100, 2]],
    ['a large chunk after small ones', [10, 20, 30, 300]],
    ['chunks that straddle the tail boundary', [200, 100, 200, 56, 255, 1]],
  ])('%s', async (_name, sizes) => {
    const all = stream(sizes.reduce((a, b) => a + b, 0));
    const chunks: Buffer[] = [];
    let at = 0;
    for (const n of sizes) chunks.push(all.subarray(at, (at += n)));
    const r = await relay(chunks);
    expect(r.outcome).toBe('complete');
    expect(r.written.equals(all)).toBe(true);
    expect(r.tail.toString()).toBe(all.subarray(Math.max(0, all.length - TAIL_BYTES)).toString());
  });
});
