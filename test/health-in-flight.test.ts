/**
 * `GET /health` `in_flight`: requests on API routes being served (a stream to
 * an upstream counts), never the /health request itself or other gateway
 * endpoints (runtime/server/app.ts).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startStack, CALLER_KEY, type Stack } from './helpers/stack.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack((c) => {
    c.providers.anthropic!.simulated = true; // relays the x-sim-* controls
  });
});
afterAll(async () => stack?.close());

const inFlight = async (): Promise<number> => ((await (await fetch(`${stack.url}/health`)).json()) as { in_flight: number }).in_flight;

describe('/health in_flight', () => {
  it('is 0 when idle, even with several /health and /v1/models requests at once', async () => {
    expect(await inFlight()).toBe(0);
    const all = await Promise.all([inFlight(), inFlight(), fetch(`${stack.url}/v1/models`, { headers: { 'x-api-key': CALLER_KEY } }).then(() => 0), inFlight()]);
    expect(all).toEqual([0, 0, 0, 0]);
  });

  it('counts a stream being relayed from its upstream, and drops back to 0 when it ends', async () => {
    const r = await fetch(`${stack.url}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': CALLER_KEY, 'x-sim-events': '40', 'x-sim-pace-ms': '50' },
      body: JSON.stringify({ model: 'claude-prod', max_tokens: 64, stream: true, messages: [{ role: 'user', content: 'Hi' }] }),
    });
    expect(r.status).toBe(200);
    const reader = r.body!.getReader();
    await reader.read(); // the stream started (40 events paced 50 ms apart: ~2 s left)
    expect(await inFlight()).toBe(1);
    while (!(await reader.read()).done) { /* drain */ }
    const end = Date.now() + 10_000;
    while ((await inFlight()) > 0 && Date.now() < end) await new Promise((res) => setTimeout(res, 50));
    expect(await inFlight()).toBe(0);
  });
});
