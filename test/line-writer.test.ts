/**
 * LineWriter (runtime/observability/writer.ts): the buffered asynchronous
 * writer of usage records. Lines arrive complete and in order, by size or by
 * time, and close() writes what is left synchronously.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LineWriter } from '../runtime/observability/writer.ts';

const tmp = () => mkdtempSync(join(tmpdir(), 'sy-writer-'));

describe('LineWriter', () => {
  it('writes lines in order, batching by size, into a created directory', async () => {
    const dir = tmp();
    const file = join(dir, 'a', 'b', 'usage.jsonl');
    const w = new LineWriter(file, { flushBytes: 256, flushMs: 10_000 });
    const lines = Array.from({ length: 500 }, (_, i) => JSON.stringify({ i, pad: 'x'.repeat(i % 40) }) + '\n');
    for (const l of lines) w.write(l);
    await new Promise((r) => setTimeout(r, 100));
    w.close();
    expect(readFileSync(file, 'utf8')).toBe(lines.join(''));
    rmSync(dir, { recursive: true, force: true });
  });

  it('flushes a quiet writer after flushMs', async () => {
    const dir = tmp();
    const file = join(dir, 'u.jsonl');
    const w = new LineWriter(file, { flushMs: 20 });
    w.write('{"a":1}\n');
    expect(readFileSync(file, 'utf8')).toBe('');
    await new Promise((r) => setTimeout(r, 150));
    expect(readFileSync(file, 'utf8')).toBe('{"a":1}\n');
    w.close();
    w.write('{"late":true}\n'); // ignored after close
    expect(readFileSync(file, 'utf8')).toBe('{"a":1}\n');
    rmSync(dir, { recursive: true, force: true });
  });

  it('appends to an existing file and drops lines beyond maxBufferedBytes', () => {
    const dir = tmp();
    const file = join(dir, 'u.jsonl');
    const a = new LineWriter(file);
    a.write('1\n');
    a.close();
    const b = new LineWriter(file, { maxBufferedBytes: 4, flushMs: 10_000 });
    b.write('2\n');
    b.write('3\n');
    b.write('4\n');
    expect(b.dropped).toBe(1);
    b.close();
    expect(readFileSync(file, 'utf8')).toBe('1\n2\n3\n');
    rmSync(dir, { recursive: true, force: true });
  });
});
