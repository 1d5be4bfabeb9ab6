/**
 * Responses API WebSocket mode through the gateway (runtime/server/responses-ws.ts)
 * to a Claude-backed alias on the simulated Anthropic upstream, with the `ws`
 * package as the client (the library the openai SDK's ResponsesWS and the
 * Agents SDK use on Node): auth before the upgrade, the SSE event objects as
 * messages, several responses on one socket chained by previous_response_id
 * with `store: false`, the `generate: false` warm-up without an upstream call,
 * errors as OpenAI's WebSocket mode sends them (socket kept open), and the
 * upstream aborted when the socket closes mid-response.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import WS from 'ws';
import { startStack, CALLER_KEY, type Stack } from './helpers/stack.ts';
import { LineCapture } from './helpers/capture.ts';

type Obj = Record<string, any>;

const RPM_KEY = 'sk-ws-rpm-1';
const usage = new LineCapture();
let stack: Stack;
beforeAll(async () => {
  // simulated: the upgrade's x-sim-* controls reach the upstream (runtime/upstream/index.ts).
  stack = await startStack((c) => {
    c.providers.anthropic!.simulated = true;
    c.callers!.push({ name: 'rpm', key: RPM_KEY, limits: { rpm: 1 } });
    c.logging = { ...c.logging, usage_sink: 'stdout' };
  }, { usageDestination: usage });
});
afterAll(async () => stack?.close());
beforeEach(() => stack.sim.reset());

const wsUrl = (prefix = ''): string => `${stack.url.replace(/^http/, 'ws')}${prefix}/v1/responses`;

/** A client socket with a message queue. */
interface Client {
  ws: WS;
  /** The next server message (parsed). */
  next(): Promise<Obj>;
  /** Messages up to and including the first of a terminal type. */
  until(types?: string[]): Promise<Obj[]>;
  send(m: Obj): void;
  closed: Promise<number>;
}

async function connect(headers: Record<string, string> = { authorization: `Bearer ${CALLER_KEY}` }, prefix = ''): Promise<Client> {
  const ws = new WS(wsUrl(prefix), { headers });
  const queue: Obj[] = [];
  const waiters: ((m: Obj) => void)[] = [];
  ws.on('message', (data) => {
    const m = JSON.parse(String(data)) as Obj;
    const w = waiters.shift();
    if (w) w(m);
    else queue.push(m);
  });
  const closed = new Promise<number>((r) => ws.on('close', (code) => r(code)));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const next = (): Promise<Obj> => {
    const m = queue.shift();
    return m ? Promise.resolve(m) : new Promise((r) => waiters.push(r));
  };
  return {
    ws,
    next,
    async until(types = ['response.completed', 'response.incomplete', 'response.failed', 'error']) {
      const out: Obj[] = [];
      for (;;) {
        const m = await next();
        out.push(m);
        if (types.includes(m.type)) return out;
      }
    },
    send: (m) => ws.send(JSON.stringify(m)),
    closed,
  };
}

/** The upstream (Anthropic simulator) request bodies. */
const upstreamBodies = (): Obj[] => stack.sim.requests.filter((r) => r.path.startsWith('/v1/messages')).map((r) => JSON.parse(r.body.toString('utf8')) as Obj);

describe('Responses WebSocket mode (gateway → Claude-backed alias)', () => {
  it('refuses the upgrade without a valid caller key: HTTP 401 in OpenAI\'s envelope, no socket', async () => {
    for (const headers of [{}, { authorization: 'Bearer sk-nope' }]) {
      const ws = new WS(wsUrl(), { headers });
      const res = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        ws.on('unexpected-response', (_req, r) => {
          let body = '';
          r.on('data', (c: Buffer) => (body += String(c)));
          r.on('end', () => resolve({ status: r.statusCode ?? 0, body }));
        });
        ws.on('open', () => reject(new Error('upgraded without a key')));
        ws.on('error', () => undefined);
      });
      expect(res.status).toBe(401);
      expect(JSON.parse(res.body).error).toMatchObject({ type: 'invalid_request_error', message: expect.any(String) });
    }
    expect(stack.sim.requests).toEqual([]);
  });

  it('streams a response as the SSE event objects, one message per event, then a second one chained with store:false', async () => {
    const c = await connect();
    c.send({ type: 'response.create', model: 'claude-prod', store: false, input: 'Say hello', stream: false });
    const first = await c.until();
    const types = first.map((m) => m.type);
    expect(types[0]).toBe('response.created');
    expect(types[1]).toBe('response.in_progress');
    expect(types).toContain('response.output_text.delta');
    expect(types.at(-1)).toBe('response.completed');
    expect(first.map((m) => m.sequence_number)).toEqual(first.map((_, i) => i));
    const r1 = first.at(-1)?.response as Obj;
    expect(r1).toMatchObject({ object: 'response', status: 'completed', model: 'claude-prod', store: false });
    const text1 = first.filter((m) => m.type === 'response.output_text.delta').map((m) => m.delta).join('');
    expect(r1.usage.output_tokens).toBeGreaterThan(0);

    c.send({ type: 'response.create', model: 'claude-prod', store: false, previous_response_id: r1.id, input: [{ type: 'message', role: 'user', content: [{ type: 'input_text', text: 'Again' }] }] });
    const second = await c.until();
    expect(second.at(-1)?.type).toBe('response.completed');
    expect(second.at(-1)?.response.id).not.toBe(r1.id);
    // The upstream saw the whole conversation rebuilt from the connection's memory.
    const bodies = upstreamBodies();
    expect(bodies).toHaveLength(2);
    expect(bodies[1]?.messages.map((m: Obj) => m.role)).toEqual(['user', 'assistant', 'user']);
    expect(JSON.stringify(bodies[1]?.messages[1])).toContain(text1.split(' ')[0]);
    // store:false responses are not in the response store (only the connection knew them).
    const got = await fetch(`${stack.url}/v1/responses/${r1.id as string}`, { headers: { authorization: `Bearer ${CALLER_KEY}` } });
    expect(got.status).toBe(404);
    c.ws.close();
    await c.closed;
  });

  it('answers a generate:false warm-up without an upstream call; the next turn chains to it (Codex\'s pattern)', async () => {
    const c = await connect({ authorization: `Bearer ${CALLER_KEY}` }, '/openai');
    c.send({ type: 'response.create', model: 'claude-prod', generate: false, store: false, input: [{ type: 'message', role: 'developer', content: [{ type: 'input_text', text: 'You are terse.' }] }], tools: [] });
    const warm = await c.until();
    expect(warm.map((m) => m.type)).toEqual(['response.created', 'response.in_progress', 'response.completed']);
    const w = warm[2]?.response as Obj;
    expect(w).toMatchObject({ status: 'completed', output: [], usage: { total_tokens: 0 } });
    expect(upstreamBodies()).toEqual([]);
    c.send({ type: 'response.create', model: 'claude-prod', store: false, previous_response_id: w.id, input: [{ type: 'message', role: 'user', content: [{ type: 'input_text', text: 'hi' }] }] });
    const turn = await c.until();
    expect(turn.at(-1)?.type).toBe('response.completed');
    const [body] = upstreamBodies();
    expect(JSON.stringify(body?.system)).toContain('You are terse.');
    expect(body?.messages).toEqual([{ role: 'user', content: [{ type: 'text', text: 'hi' }] }]);
    // A stored warm-up (store defaults to true) is in the response store once its response.completed arrives.
    c.send({ type: 'response.create', model: 'claude-prod', generate: false, input: 'warm' });
    const stored = (await c.until()).at(-1)?.response as Obj;
    const got = await fetch(`${stack.url}/v1/responses/${stored.id as string}`, { headers: { authorization: `Bearer ${CALLER_KEY}` } });
    expect(got.status).toBe(200);
    expect(((await got.json()) as Obj).id).toBe(stored.id);
    c.ws.close();
  });

  it('errors are messages {type:"error", status, error} and keep the socket open', async () => {
    const c = await connect();
    c.ws.send('{not json');
    expect(await c.next()).toMatchObject({ type: 'error', status: 400, error: { code: 'invalid_json' } });
    c.send({ type: 'session.update' });
    expect(await c.next()).toMatchObject({ type: 'error', status: 400, error: { param: 'type' } });
    c.send({ type: 'response.create', model: 'no-such-model', input: 'x' });
    const e = await c.next();
    expect(e).toMatchObject({ type: 'error', status: 404, error: { type: 'invalid_request_error' } });
    c.send({ type: 'response.create', model: 'claude-prod', generate: false, input: 'x', previous_response_id: 'resp_unknown' });
    expect(await c.next()).toMatchObject({ type: 'error', status: 404, error: { code: 'previous_response_not_found' } });
    c.send({ type: 'response.create', model: 'claude-prod', input: 'x', previous_response_id: 'resp_unknown' });
    expect(await c.next()).toMatchObject({ type: 'error', status: 404, error: { code: 'previous_response_not_found' } });
    // Still usable.
    c.send({ type: 'response.create', model: 'claude-prod', input: 'x' });
    expect((await c.until()).at(-1)?.type).toBe('response.completed');
    c.ws.close();
  });

  it('bounds the messages waiting behind the response in flight (16): more get a 429 error message', { timeout: 60_000 }, async () => {
    const c = await connect();
    for (let i = 0; i < 20; i++) c.send({ type: 'response.create', model: 'claude-prod', input: `n${i}` });
    const terminal: Obj[] = [];
    while (terminal.length < 20) {
      const m = await c.next();
      if (m.type === 'response.completed' || m.type === 'error') terminal.push(m);
    }
    const rejected = terminal.filter((m) => m.type === 'error');
    expect(rejected.length).toBeGreaterThanOrEqual(1);
    for (const e of rejected) expect(e).toMatchObject({ status: 429, error: { code: 'too_many_queued_messages' } });
    expect(upstreamBodies()).toHaveLength(20 - rejected.length);
    c.ws.close();
  });

  it('aborts the upstream request when the socket closes mid-response', async () => {
    const c = await connect({ authorization: `Bearer ${CALLER_KEY}`, 'x-sim-events': '200', 'x-sim-pace-ms': '20' });
    c.send({ type: 'response.create', model: 'claude-prod', input: 'long' });
    for (;;) if ((await c.next()).type === 'response.output_text.delta') break;
    c.ws.terminate();
    await expect.poll(() => stack.sim.stats.aborted, { timeout: 15_000 }).toBe(1);
    await expect.poll(() => stack.sy.gateway.inFlight, { timeout: 15_000 }).toBe(0);
  });
});

describe('backpressure', () => {
  it('a client that stops reading: the gateway buffers at most about its high-water mark; resumed, every event arrives in order', { timeout: 120_000 }, async () => {
    const events = 60_000; // ~14 MB of messages: more than the socket buffers of both sides hold
    const c = await connect({ authorization: `Bearer ${CALLER_KEY}`, 'x-sim-events': String(events) });
    const socket = (c.ws as unknown as { _socket: { pause(): void; resume(): void } })._socket;
    c.send({ type: 'response.create', model: 'claude-prod', input: 'long', max_output_tokens: 100_000 });
    for (;;) if ((await c.next()).type === 'response.output_text.delta') break;
    socket.pause();
    await new Promise((r) => setTimeout(r, 1500));
    // While the client reads nothing, the relay pauses the upstream instead of queueing the rest in
    // uWS (which would hold several MB). Read before resuming: the last events (output_text.done …
    // response.completed) each carry the whole text and are sent together at the end.
    const peakWhilePaused = stack.sy.gateway.responsesWs?.peakBuffered;
    socket.resume();
    const rest = await c.until();
    expect(rest.at(-1)?.type).toBe('response.completed');
    expect(rest.filter((m) => m.type === 'response.output_text.delta').length + 1).toBe(events);
    expect(rest.map((m) => m.sequence_number)).toEqual(rest.map((_, i) => (rest[0]?.sequence_number as number) + i));
    expect(peakWhilePaused).toBeLessThan(1024 * 1024);
    c.ws.close();
  });
});

describe('limits and usage per response', () => {
  it('each response on a socket is one usage record; a rate limit answers that response with a 429 error message', async () => {
    const n = usage.lines.length;
    const c = await connect();
    const got: Obj[] = [];
    for (const input of ['one', 'two']) {
      c.send({ type: 'response.create', model: 'claude-prod', input });
      got.push((await c.until()).at(-1)?.response as Obj);
    }
    await usage.waitFor(n + 2);
    const recs = usage.lines.slice(n).map((l) => JSON.parse(l) as Obj);
    expect(recs.map((r) => [r.caller, r.model_alias ?? r.alias, r.output_tokens])).toEqual(got.map((r) => ['tester', 'claude-prod', r.usage.output_tokens]));
    // No per-response headers over a socket: advisory losses are named in the usage record.
    c.send({ type: 'response.create', model: 'claude-prod', input: 'x', client_metadata: { session_id: 's' } });
    expect((await c.until()).at(-1)?.type).toBe('response.completed');
    await usage.waitFor(n + 3);
    expect(JSON.parse(usage.lines[n + 2] as string).dropped_params).toEqual(['client_metadata']);
    c.ws.close();

    const limited = await connect({ authorization: `Bearer ${RPM_KEY}` });
    limited.send({ type: 'response.create', model: 'claude-prod', input: 'a' });
    expect((await limited.until()).at(-1)?.type).toBe('response.completed');
    limited.send({ type: 'response.create', model: 'claude-prod', input: 'b' });
    expect(await limited.next()).toMatchObject({ type: 'error', status: 429, error: { type: expect.stringMatching(/rate_limit/) } });
    limited.ws.close();
  });
});

describe('GET /v1/responses without an upgrade', () => {
  it('is answered as an HTTP request (no WebSocket handshake, no hang)', async () => {
    const r = await fetch(`${stack.url}/v1/responses`, { headers: { authorization: `Bearer ${CALLER_KEY}` } });
    expect([404, 405]).toContain(r.status);
    expect(((await r.json()) as Obj).error).toMatchObject({ message: expect.any(String) });
  });
});

describe('shutdown', () => {
  it('a gateway shutting down closes idle sockets with 1001 (going away)', async () => {
    const own = await startStack();
    try {
      const ws = new WS(`${own.url.replace(/^http/, 'ws')}/v1/responses`, { headers: { authorization: `Bearer ${CALLER_KEY}` } });
      await new Promise<void>((resolve, reject) => {
        ws.once('open', () => resolve());
        ws.once('error', reject);
      });
      const code = new Promise<number>((r) => ws.on('close', (c) => r(c)));
      const closing = own.sy.gateway.close(5_000);
      expect(await code).toBe(1001);
      await closing;
    } finally {
      await own.close().catch(() => undefined);
    }
  });
});
