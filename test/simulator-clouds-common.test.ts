/**
 * The shared seam of the cloud simulators (runtime/simulator/clouds/common.ts):
 * a handler driven through an in-memory CloudResponse (no listener), the
 * listener's bounded request record, client aborts, connection-reset and stall
 * faults, pacing, malformed controls and oversized bodies.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from 'node:net';
import { request } from 'undici';
import { createFoundryHandler, startFoundrySimulator, type FoundrySimulator } from '../runtime/simulator/clouds/foundry.ts';
import type { CloudResponse, Header } from '../runtime/simulator/clouds/common.ts';

const KEY = 'k-common';
const H = { 'x-api-key': KEY, 'anthropic-version': '2023-06-01', 'content-type': 'application/json' };
const MSG = { model: 'claude-x', max_tokens: 64, messages: [{ role: 'user', content: 'hi' }] };

/** An in-memory CloudResponse that records what a handler wrote. */
class MemoryResponse implements CloudResponse {
  status = 0;
  headers: readonly Header[] = [];
  chunks: Buffer[] = [];
  ended = false;
  closed = false;
  get gone(): boolean {
    return this.ended || this.closed;
  }
  head(status: number, headers: readonly Header[]): void {
    this.status = status;
    this.headers = headers;
  }
  async write(chunk: Uint8Array): Promise<boolean> {
    this.chunks.push(Buffer.from(chunk));
    return true;
  }
  async end(body?: Uint8Array): Promise<void> {
    if (body) this.chunks.push(Buffer.from(body));
    this.ended = true;
  }
  close(): void {
    this.closed = true;
  }
  sleep(): Promise<void> {
    return Promise.resolve();
  }
}

let sim: FoundrySimulator;
beforeAll(async () => {
  sim = await startFoundrySimulator({ apiKeys: [KEY], recordLimit: 3, maxBodyBytes: 4096 });
});
afterAll(async () => {
  await sim.close();
});

describe('cloud simulator seam', () => {
  it('a handler runs without a listener through any CloudResponse', async () => {
    const { handle, faults } = createFoundryHandler({ apiKeys: [KEY] });
    const res = new MemoryResponse();
    await handle({ method: 'POST', path: '/anthropic/v1/messages', query: '', headers: H, body: Buffer.from(JSON.stringify({ ...MSG, stream: true })) }, res);
    expect(res.status).toBe(200);
    const text = Buffer.concat(res.chunks).toString('utf8');
    expect(text.startsWith('event: message_start\n')).toBe(true);
    expect(text.endsWith('event: message_stop\ndata: {"type":"message_stop"}\n\n')).toBe(true);
    faults.push(['reset-after:2']);
    const cut = new MemoryResponse();
    await handle({ method: 'POST', path: '/anthropic/v1/messages', query: '', headers: H, body: Buffer.from(JSON.stringify({ ...MSG, stream: true })) }, cut);
    expect(cut.closed).toBe(true);
    expect(Buffer.concat(cut.chunks).toString('utf8').match(/^event: /gm)).toHaveLength(2);
  });

  it('keeps a bounded record of requests', async () => {
    sim.reset();
    for (let i = 0; i < 5; i++) {
      const r = await request(`${sim.url}/anthropic/v1/messages`, { method: 'POST', headers: H, body: JSON.stringify({ ...MSG, max_tokens: i + 1 }) });
      await r.body.dump();
    }
    expect(sim.requests.map((r) => (JSON.parse(r.body.toString('utf8')) as { max_tokens: number }).max_tokens)).toEqual([3, 4, 5]);
    expect(sim.requests.every((r) => r.completed && !r.aborted)).toBe(true);
  });

  it('records a client that disconnects mid-stream as aborted', async () => {
    sim.reset();
    const body = JSON.stringify({ ...MSG, model: 'claude-x?pace-ms=200&events=20', stream: true });
    const sock = connect(sim.port, '127.0.0.1');
    await new Promise<void>((r) => sock.once('connect', () => r()));
    sock.write(`POST /anthropic/v1/messages HTTP/1.1\r\nhost: x\r\nx-api-key: ${KEY}\r\nanthropic-version: 2023-06-01\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    await new Promise<void>((r) => sock.once('data', () => r()));
    sock.destroy();
    await expect.poll(() => sim.requests[0]?.aborted, { timeout: 10_000 }).toBe(true);
    expect(sim.requests[0]?.completed).toBe(false);
  });

  it('reset-after:0 closes before headers; stall-ms delays but completes; malformed controls are a 400', async () => {
    sim.reset();
    sim.queueFaults(['reset-after:0']);
    const reset = await request(`${sim.url}/anthropic/v1/messages`, { method: 'POST', headers: H, body: JSON.stringify(MSG) }).catch((e: unknown) => e);
    expect(reset).toBeInstanceOf(Error);
    const stalled = await request(`${sim.url}/anthropic/v1/messages`, { method: 'POST', headers: { ...H, 'x-sim-fault': 'stall-ms:30' }, body: JSON.stringify(MSG) });
    expect(stalled.statusCode).toBe(200);
    await stalled.body.dump();
    const bad = await request(`${sim.url}/anthropic/v1/messages`, { method: 'POST', headers: { ...H, 'x-sim-fault': 'explode' }, body: JSON.stringify(MSG) });
    expect(bad.statusCode).toBe(400);
    expect(await bad.body.json()).toMatchObject({ type: 'error', error: { type: 'invalid_request_error', message: expect.stringMatching(/unknown fault "explode"/) } });
  });

  it('a body over maxBodyBytes is a 413 in the cloud format', async () => {
    const big = JSON.stringify({ ...MSG, messages: [{ role: 'user', content: 'x'.repeat(8000) }] });
    const res = await request(`${sim.url}/anthropic/v1/messages`, { method: 'POST', headers: H, body: big });
    expect(res.statusCode).toBe(413);
    expect(await res.body.json()).toMatchObject({ type: 'error', error: { type: 'request_too_large' } });
  });
});
