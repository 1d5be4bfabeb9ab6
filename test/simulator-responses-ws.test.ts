/**
 * WebSocket mode of the Responses API simulator: the openai SDK's own
 * `ResponsesWS` client (openai/resources/responses/ws) and a plain `ws` client
 * against `GET /v1/responses` upgraded — sequential turns, `previous_response_id`
 * chaining (also for `store: false` within the connection), `generate: false`
 * warm-up, error events that keep the socket open, auth before the upgrade,
 * faults and the connection lifetime limit.
 */
import OpenAI from 'openai';
import { ResponsesWS } from 'openai/resources/responses/ws';
import type { ResponsesServerEvent } from 'openai/resources/responses/responses';
import WebSocket from 'ws';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startResponsesSimulator, type ResponsesSimulator } from '../runtime/simulator/responses/index.ts';

type Ev = Record<string, unknown> & { type: string };

let sim: ResponsesSimulator;

beforeAll(async () => {
  sim = await startResponsesSimulator();
});
afterAll(async () => {
  await sim.close();
});
beforeEach(() => {
  sim.reset();
});

/** A plain ws client collecting server events; `turn()` sends one message and resolves at the turn's terminal event. */
async function connect(headers: Record<string, string> = { authorization: 'Bearer sk-ws' }, url = `ws://127.0.0.1:${sim.port}/v1/responses`): Promise<{
  ws: WebSocket;
  events: Ev[];
  turn: (msg: unknown, until?: (e: Ev) => boolean) => Promise<Ev[]>;
  closed: Promise<{ code: number; reason: string }>;
}> {
  const ws = new WebSocket(url, { headers });
  const events: Ev[] = [];
  let waiter: { from: number; resolve: (e: Ev[]) => void; until: (e: Ev) => boolean } | undefined;
  // A turn ends with its terminal response event, or with a protocol error (no sequence_number).
  const terminal = (e: Ev): boolean =>
    e.type === 'response.completed' || e.type === 'response.incomplete' || e.type === 'response.failed' || (e.type === 'error' && e.sequence_number === undefined);
  ws.on('message', (data) => {
    const ev = JSON.parse(String(data)) as Ev;
    events.push(ev);
    if (waiter?.until(ev)) {
      const w = waiter;
      waiter = undefined;
      w.resolve(events.slice(w.from));
    }
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: String(reason) })));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return {
    ws,
    events,
    closed,
    turn: (msg, until = terminal) =>
      new Promise<Ev[]>((resolve) => {
        waiter = { from: events.length, resolve, until };
        ws.send(typeof msg === 'string' ? msg : JSON.stringify(msg));
      }),
  };
}

const tools = [{ type: 'function', name: 'shell', parameters: { type: 'object', properties: { cmd: { type: 'string' } }, required: ['cmd'] } }];

describe('WebSocket mode with the openai SDK (ResponsesWS)', () => {
  it('creates two chained responses over one socket with the SDK client', async () => {
    const client = new OpenAI({ apiKey: 'sk-sdk', baseURL: `${sim.url}/v1`, maxRetries: 0 });
    const rws = new ResponsesWS(client);
    const events: ResponsesServerEvent[] = [];
    const completed: OpenAI.Responses.Response[] = [];
    let next: (() => void) | undefined;
    rws.on('event', (ev) => {
      events.push(ev);
      if (ev.type === 'response.completed') {
        completed.push(ev.response);
        next?.();
      }
    });
    const errors: unknown[] = [];
    rws.on('error', (e) => errors.push(e));
    const waitCompleted = (): Promise<void> => new Promise((r) => (next = r));
    let done = waitCompleted();
    rws.send({ type: 'response.create', model: 'gpt-5.5', store: false, input: 'first' });
    await done;
    done = waitCompleted();
    rws.send({ type: 'response.create', model: 'gpt-5.5', store: false, previous_response_id: completed[0]?.id, input: 'second' });
    await done;
    rws.close();
    expect(errors).toEqual([]);
    expect(completed).toHaveLength(2);
    expect(completed[1]?.previous_response_id).toBe(completed[0]?.id);
    expect(completed.map((r) => r.output[0]?.type)).toEqual(['message', 'message']);
    const seqs = events.filter((e) => e.type !== 'error').map((e) => (e as { sequence_number: number }).sequence_number);
    expect(seqs.filter((s) => s === 0)).toHaveLength(2);
    const up = sim.requests.find((r) => r.wsMessages !== undefined);
    expect(up?.path).toBe('/v1/responses');
    expect(up?.headers.authorization).toBe('Bearer sk-sdk');
    expect(up?.headers.upgrade?.toLowerCase()).toBe('websocket');
    expect(up?.wsMessages).toHaveLength(2);
  });
});

describe('WebSocket mode with a plain ws client', () => {
  it('streams the same event objects as SSE, one message per event', async () => {
    const c = await connect();
    const evs = await c.turn({ type: 'response.create', model: 'm', input: 'hi', reasoning: { effort: 'low', summary: 'auto' } });
    expect(evs[0]?.type).toBe('response.created');
    expect(evs.at(-1)?.type).toBe('response.completed');
    expect(evs.map((e) => e.sequence_number)).toEqual(evs.map((_, i) => i));
    expect(evs.filter((e) => e.type === 'response.output_text.delta').map((e) => e.delta).join('')).toBe('word0 word1 word2 word3 word4 word5 word6 word7');
    expect(evs.some((e) => e.type === 'response.reasoning_summary_text.delta')).toBe(true);
    c.ws.close();
  });

  it('chains store:false turns from the connection cache (latest only), tool round trip included', async () => {
    const c = await connect();
    const t1 = await c.turn({ type: 'response.create', model: 'm', store: false, input: 'run [sim-tool:shell:{"cmd":"ls"}]', tools });
    const r1 = t1.at(-1)?.response as { id: string; output: Array<{ type: string; call_id: string; arguments: string }> };
    expect(r1.output[0]).toMatchObject({ type: 'function_call', arguments: '{"cmd":"ls"}' });
    const t2 = await c.turn({ type: 'response.create', model: 'm', store: false, previous_response_id: r1.id, input: [{ type: 'function_call_output', call_id: r1.output[0]?.call_id, output: 'a.txt' }], tools });
    const r2 = t2.at(-1)?.response as { id: string; output: Array<{ type: string }> };
    expect(t2.at(-1)?.type).toBe('response.completed');
    expect(r2.output[0]?.type).toBe('message');
    // Only the most recent response is cached: chaining from r1 again fails.
    const t3 = await c.turn({ type: 'response.create', model: 'm', store: false, previous_response_id: r1.id, input: 'again' });
    expect(t3).toEqual([{ type: 'error', status: 400, error: { type: 'invalid_request_error', code: 'previous_response_not_found', message: `Previous response with id '${r1.id}' not found.`, param: 'previous_response_id' } }]);
    // A failed turn evicts the cache; the socket stays open.
    const t4 = await c.turn({ type: 'response.create', model: 'm', store: false, previous_response_id: r2.id, input: 'x' });
    expect(t4.at(-1)?.type).toBe('error');
    const t5 = await c.turn({ type: 'response.create', model: 'm', input: 'fresh' });
    expect(t5.at(-1)?.type).toBe('response.completed');
    // A store:false response is not visible on another connection.
    const other = await connect();
    const t6 = await other.turn({ type: 'response.create', model: 'm', previous_response_id: r2.id, input: 'x' });
    expect((t6[0]?.error as { code: string }).code).toBe('previous_response_not_found');
    // A stored one is.
    const stored = (t5.at(-1)?.response as { id: string }).id;
    const t7 = await other.turn({ type: 'response.create', model: 'm', previous_response_id: stored, input: 'x' });
    expect(t7.at(-1)?.type).toBe('response.completed');
    c.ws.close();
    other.ws.close();
  });

  it('answers generate:false warm-ups without output, chainable', async () => {
    const c = await connect();
    const warm = await c.turn({ type: 'response.create', model: 'm', store: false, generate: false, instructions: 'be terse', tools, input: [] });
    expect(warm.map((e) => e.type)).toEqual(['response.created', 'response.in_progress', 'response.completed']);
    const r = warm.at(-1)?.response as { id: string; output: unknown[]; usage: { output_tokens: number } };
    expect(r.output).toEqual([]);
    expect(r.usage.output_tokens).toBe(0);
    const t = await c.turn({ type: 'response.create', model: 'm', store: false, previous_response_id: r.id, input: 'now' });
    expect(t.at(-1)?.type).toBe('response.completed');
    c.ws.close();
  });

  it('runs turns sent back to back in order and answers bad messages with error events', async () => {
    const c = await connect();
    const all = new Promise<void>((resolve) => {
      c.ws.on('message', () => {
        if (c.events.filter((e) => e.type === 'response.completed').length === 2 && c.events.filter((e) => e.type === 'error').length === 3) resolve();
      });
    });
    c.ws.send(JSON.stringify({ type: 'response.create', model: 'm', input: 'a', metadata: { n: '1' } }));
    c.ws.send('{not json');
    c.ws.send(JSON.stringify({ type: 'session.update' }));
    c.ws.send(JSON.stringify({ type: 'response.create', model: 'm', input: 'x', background: true }));
    c.ws.send(JSON.stringify({ type: 'response.create', model: 'm', input: 'b', metadata: { n: '2' } }));
    await all;
    const order = c.events.filter((e) => e.type === 'response.completed' || e.type === 'error').map((e) => (e.type === 'error' ? (e.error as { code: string; param: string }).param ?? (e.error as { code: string }).code : (e.response as { metadata: { n: string } }).metadata.n));
    expect(order).toEqual(['1', 'invalid_json', 'type', 'background', '2']);
    expect(c.events.filter((e) => e.type === 'error').every((e) => e.status === 400)).toBe(true);
    c.ws.close();
  });

  it('refuses the upgrade without a valid key (401, OpenAI envelope)', async () => {
    for (const headers of [{}, { authorization: 'Bearer bad-key' }]) {
      const ws = new WebSocket(`ws://127.0.0.1:${sim.port}/v1/responses`, { headers });
      const res = await new Promise<{ status: number; body: string }>((resolve) => {
        ws.on('unexpected-response', (_req, r) => {
          let body = '';
          r.on('data', (d: Buffer) => (body += String(d)));
          r.on('end', () => resolve({ status: r.statusCode ?? 0, body }));
        });
      });
      expect(res.status).toBe(401);
      expect((JSON.parse(res.body) as { error: { type: string } }).error.type).toBe('invalid_request_error');
    }
  });

  it('applies faults per turn: status error event, mid-stream error, response.failed, reset', async () => {
    const c = await connect();
    const t1 = await c.turn({ type: 'response.create', model: 'm?fault=status:429:3', input: 'x' });
    expect(t1).toEqual([{ type: 'error', status: 429, error: expect.objectContaining({ code: 'rate_limit_exceeded', type: 'requests', headers: { 'retry-after': '3' } }) }]);
    // Default: the error event, then response.failed (as OpenAI streams it).
    const t2 = await c.turn({ type: 'response.create', model: 'm?fault=error-after:4', input: 'x' });
    expect(t2.map((e) => e.type)).toEqual(['response.created', 'response.in_progress', 'response.output_item.added', 'response.content_part.added', 'error', 'response.failed']);
    expect(t2[4]).toMatchObject({ sequence_number: 4, error: { type: 'server_error', code: 'server_error' } });
    expect(t2[5]).toMatchObject({ sequence_number: 5, response: { status: 'failed', error: { code: 'server_error' } } });
    const t2b = await c.turn({ type: 'response.create', model: 'm?fault=error-after:3&stream-error=error', input: 'x' }, (e) => e.type === 'error');
    expect(t2b.map((e) => e.type)).toEqual(['response.created', 'response.in_progress', 'response.output_item.added', 'error']);
    const t3 = await c.turn({ type: 'response.create', model: 'm?fault=error-after:3&stream-error=failed', input: 'x' });
    expect(t3.at(-1)).toMatchObject({ type: 'response.failed', sequence_number: 3, response: { status: 'failed' } });
    sim.queueFaults(['reset-after:2']);
    c.ws.send(JSON.stringify({ type: 'response.create', model: 'm', input: 'x' }));
    const closed = await c.closed;
    expect(closed.code).toBe(1006);
    expect(c.events.slice(-2).map((e) => e.type)).toEqual(['response.created', 'response.in_progress']);
  });

  it('applies upgrade-time x-sim headers to every turn', async () => {
    const c = await connect({ authorization: 'Bearer k', 'x-sim-events': '3', 'x-sim-tool': 'shell' });
    const t1 = await c.turn({ type: 'response.create', model: 'm', input: 'x', tools });
    expect((t1.at(-1)?.response as { output: Array<{ type: string }> }).output[0]?.type).toBe('function_call');
    // x-sim-tool forces a call even without tools (as ../controls.ts defines); tool_choice "none" still wins.
    const t2 = await c.turn({ type: 'response.create', model: 'm', input: 'x', tool_choice: 'none' });
    expect(t2.filter((e) => e.type === 'response.output_text.delta')).toHaveLength(3);
    c.ws.close();
  });
});

describe('WebSocket client leaving mid-turn', () => {
  it('marks the upgrade record aborted when the socket closes while a turn streams', async () => {
    const c = await connect();
    const first = new Promise<void>((resolve) => c.ws.once('message', () => resolve()));
    c.ws.send(JSON.stringify({ type: 'response.create', model: 'm?pace-ms=50&events=200', input: 'x' }));
    await first;
    c.ws.close();
    await c.closed;
    const rec = sim.requests.find((r) => r.wsMessages);
    for (let i = 0; i < 100 && !rec?.aborted; i++) await new Promise((r) => setTimeout(r, 50));
    expect(rec?.aborted).toBe(true);
    expect(c.events.length).toBeLessThan(50);
  });
});

describe('WebSocket connection limit', () => {
  it('sends websocket_connection_limit_reached after the lifetime and closes', async () => {
    const short = await startResponsesSimulator({ wsMaxAgeMs: 150 });
    try {
      const c = await connect({ authorization: 'Bearer k' }, `ws://127.0.0.1:${short.port}/v1/responses`);
      const closed = await c.closed;
      expect(closed).toEqual({ code: 1000, reason: 'websocket_connection_limit_reached' });
      expect(c.events).toEqual([{ type: 'error', status: 400, error: expect.objectContaining({ code: 'websocket_connection_limit_reached' }) }]);
    } finally {
      await short.close();
    }
  });
});
