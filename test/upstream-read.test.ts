/**
 * readAll over a real UpstreamBody (runtime/upstream/exchange.ts, body.ts):
 * the shortcut for a body that finished before anyone read it (a small JSON
 * answer arriving with its head) gives the same bytes, `end` and size cap as
 * the listener path, which still reads bodies that are arriving, with its
 * idle timeout.
 */
import { describe, expect, it } from 'vitest';
import { UpstreamBody } from '../runtime/upstream/body.ts';
import { readAll } from '../runtime/upstream/exchange.ts';

function finished(...chunks: string[]): UpstreamBody {
  const body = new UpstreamBody();
  for (const c of chunks) body.push(Buffer.from(c));
  body.finish();
  return body;
}

describe('readAll over an UpstreamBody', () => {
  it('a body that already ended: its chunks joined in order, `end` emitted once, then nothing more', async () => {
    const body = finished('{"a":', '1,"b"', ':2}');
    const ends: number[] = [];
    body.on('end', () => ends.push(1));
    const got = await readAll(body, 1000);
    expect(got.toString()).toBe('{"a":1,"b":2}');
    expect(ends).toEqual([1]);
    expect(body.readableEnded).toBe(true);
    // Already consumed: a later reader sees no data again (as with a Readable after `end`).
    const seen: Buffer[] = [];
    body.on('data', (c) => seen.push(c));
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([]);
    expect(ends).toEqual([1]);
  });

  it('a single chunk is returned as is; an ended empty body gives zero bytes', async () => {
    const one = Buffer.from('{"ok":true}');
    const body = new UpstreamBody();
    body.push(one);
    body.finish();
    expect(await readAll(body, 1000)).toBe(one);
    expect((await readAll(finished(), 1000)).length).toBe(0);
  });

  it('an ended body larger than the cap is refused and destroyed, as on the listener path', async () => {
    const small = finished('x'.repeat(10), 'y'.repeat(10));
    await expect(readAll(small, 1000, 15)).rejects.toThrow('upstream body larger than 15 bytes');
    expect(small.destroyed).toBe(true);
    const arriving = new UpstreamBody();
    const p = readAll(arriving, 1000, 15);
    arriving.push(Buffer.from('x'.repeat(10)));
    arriving.push(Buffer.from('y'.repeat(10)));
    await expect(p).rejects.toThrow('upstream body larger than 15 bytes');
    expect(arriving.destroyed).toBe(true);
  });

  it('a body still arriving is read through listeners, buffered chunks first', async () => {
    const body = new UpstreamBody();
    body.push(Buffer.from('one,'));
    const p = readAll(body, 1000);
    await new Promise((r) => setTimeout(r, 0));
    body.push(Buffer.from('two,'));
    body.push(Buffer.from('three'));
    body.finish();
    expect((await p).toString()).toBe('one,two,three');
    expect(body.readableEnded).toBe(true);
  });

  it('a body that stops arriving ends with the idle timeout (UND_ERR_BODY_TIMEOUT), not the shortcut', async () => {
    const body = new UpstreamBody();
    body.push(Buffer.from('partial'));
    const err = await readAll(body, 30).then(() => null, (e: Error & { code?: string }) => e);
    expect(err?.code).toBe('UND_ERR_BODY_TIMEOUT');
    expect(body.destroyed).toBe(true);
  });

  it('an upstream error before the end rejects with that error', async () => {
    const body = new UpstreamBody();
    const p = readAll(body, 1000);
    body.push(Buffer.from('partial'));
    body.fail(new Error('socket reset'));
    await expect(p).rejects.toThrow('socket reset');
  });
});
