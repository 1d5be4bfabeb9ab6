/**
 * The Responses simulator compared with real OpenAI recordings
 * (runtime/simulator/responses/recordings/, see SOURCES.md there): the same
 * event order for the same kind of turn, the same key sets on every event,
 * output item, content part and error object; response objects and usage may
 * only add fields the installed openai SDK's types declare and the recording
 * predates.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startResponsesSimulator, type ResponsesSimulator } from '../runtime/simulator/responses/index.ts';

type Ev = Record<string, unknown> & { type: string };

const dir = fileURLToPath(new URL('../runtime/simulator/responses/recordings/', import.meta.url));
const lines = (f: string): Ev[] =>
  readFileSync(dir + f, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Ev);

/** Fields newer than the recordings that the SDK's `Response` / `ResponseUsage` types declare. */
const NEWER_RESPONSE_FIELDS = ['completed_at'];
const NEWER_USAGE_INPUT_DETAILS = ['cache_write_tokens'];

const keys = (o: unknown): string[] => Object.keys(o as object).sort();

/** Consecutive events of the same delta type folded into one, so orders compare independent of chunking. */
const fold = (types: string[]): string[] => types.filter((t, i) => !(t.endsWith('.delta') && types[i - 1] === t));

/** Splits a multi-response chunk list at each `response.created`. */
function turns(evs: Ev[]): Ev[][] {
  const out: Ev[][] = [];
  for (const e of evs) {
    if (e.type === 'response.created') out.push([]);
    out.at(-1)?.push(e);
  }
  return out;
}

function expectResponseLike(mine: Record<string, unknown>, real: Record<string, unknown>): void {
  const extra = keys(mine).filter((k) => !(k in real));
  const missing = keys(real).filter((k) => !(k in mine));
  expect(missing).toEqual([]);
  expect(extra.filter((k) => !NEWER_RESPONSE_FIELDS.includes(k))).toEqual([]);
  if (real.usage && mine.usage) {
    const ru = real.usage as Record<string, unknown>;
    const mu = mine.usage as Record<string, unknown>;
    expect(keys(mu)).toEqual(keys(ru));
    expect(keys(mu.output_tokens_details)).toEqual(keys(ru.output_tokens_details));
    expect(keys(mu.input_tokens_details).filter((k) => !NEWER_USAGE_INPUT_DETAILS.includes(k))).toEqual(keys(ru.input_tokens_details));
  }
}

/** Key sets of one event and, where present, of its item / part / error / response. */
function expectEventLike(mine: Ev, real: Ev): void {
  expect(keys(mine), real.type).toEqual(keys(real));
  for (const k of ['item', 'part', 'error'] as const) {
    if (real[k] && typeof real[k] === 'object') expect(keys(mine[k]), `${real.type}.${k}`).toEqual(keys(real[k]));
  }
  if (real.item && (real.item as Ev).type === 'message' && Array.isArray((real.item as Ev).content)) {
    const rc = (real.item as { content: unknown[] }).content;
    const mc = (mine.item as { content: unknown[] }).content;
    if (rc[0]) expect(keys(mc[0])).toEqual(keys(rc[0]));
  }
  if (real.response) expectResponseLike(mine.response as Record<string, unknown>, real.response as Record<string, unknown>);
}

let sim: ResponsesSimulator;
beforeAll(async () => {
  sim = await startResponsesSimulator();
});
afterAll(async () => {
  await sim.close();
});

async function sse(body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Ev[]> {
  const r = await fetch(`${sim.url}/v1/responses`, {
    method: 'POST',
    headers: { authorization: 'Bearer sk-rec', 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ ...body, stream: true }),
  });
  const text = await r.text();
  return [...text.matchAll(/^data: (.+)$/gm)].map((m) => JSON.parse(m[1] as string) as Ev);
}

const calculator = {
  type: 'function',
  name: 'calculator',
  description: 'A minimal calculator for basic arithmetic.',
  strict: true,
  parameters: {
    type: 'object',
    properties: { a: { type: 'number' }, b: { type: 'number' }, op: { type: 'string', enum: ['add', 'subtract', 'multiply', 'divide'] } },
    required: ['a', 'b', 'op'],
    additionalProperties: false,
  },
};

describe('recorded OpenAI streams vs the simulator', () => {
  const recorded = turns(lines('openai-reasoning-encrypted-content.1.chunks.txt'));

  it('streams a reasoning + function call turn in the recorded order with the recorded key sets', async () => {
    const real = recorded[0] as Ev[];
    const mine = await sse({
      model: 'gpt-5.1-codex-max',
      input: 'Compute (12 + 7) * 3 * 10 [sim-tool:calculator:{"a":12,"b":7,"op":"add"}]',
      reasoning: { effort: 'high', summary: 'detailed' },
      store: false,
      include: ['reasoning.encrypted_content'],
      tools: [calculator],
    });
    expect(fold(mine.map((e) => e.type))).toEqual(fold(real.map((e) => e.type)));
    const byType = new Map<string, Ev[]>();
    for (const e of mine) byType.set(e.type, [...(byType.get(e.type) ?? []), e]);
    for (const r of real) {
      const m = byType.get(r.type)?.find((x) => (x.item as Ev | undefined)?.type === (r.item as Ev | undefined)?.type);
      expect(m, r.type).toBeDefined();
      expectEventLike(m as Ev, r);
    }
    const addedReasoning = mine.find((e) => e.type === 'response.output_item.added')?.item as Ev;
    expect(typeof addedReasoning.encrypted_content).toBe('string');
  });

  it('streams a text turn whose events match the recorded message events', async () => {
    const realAll = recorded.flat();
    const mine = await sse({ model: 'gpt-5.1-codex-max', input: 'Say the result', reasoning: { effort: 'high', summary: 'detailed' }, store: false, include: ['reasoning.encrypted_content'] });
    const checked = new Set<string>();
    for (const r of realAll) {
      if (!['response.content_part.added', 'response.output_text.delta', 'response.output_text.done', 'response.content_part.done'].includes(r.type) && !((r.item as Ev | undefined)?.type === 'message')) continue;
      const m = mine.find((x) => x.type === r.type && (x.item as Ev | undefined)?.type === (r.item as Ev | undefined)?.type);
      expect(m, r.type).toBeDefined();
      expectEventLike(m as Ev, r);
      checked.add(r.type);
    }
    expect([...checked].sort()).toEqual([
      'response.content_part.added',
      'response.content_part.done',
      'response.output_item.added',
      'response.output_item.done',
      'response.output_text.delta',
      'response.output_text.done',
    ]);
  });

  it('fails mid-stream like the recorded failure: error event, then response.failed', async () => {
    const real = lines('openai-error.1.chunks.txt');
    const mine = await sse({ model: 'gpt-5-nano', input: 'x', reasoning: { effort: 'medium' } }, { 'x-sim-fault': 'error-after:2' });
    expect(mine.map((e) => e.type)).toEqual(real.map((e) => e.type));
    mine.forEach((m, i) => expectEventLike(m, real[i] as Ev));
    const failed = mine[3]?.response as Record<string, unknown>;
    const realFailed = real[3]?.response as Record<string, unknown>;
    expect(keys(failed.error)).toEqual(keys(realFailed.error));
    expect(failed.output).toEqual([]);
    expect(failed.usage).toBeNull();
  });

  it('answers a non-streamed create with the recorded body keys (billing included)', async () => {
    const real = JSON.parse(readFileSync(`${dir}openai-reasoning-encrypted-content.1.json`, 'utf8')) as Record<string, unknown>;
    const r = await fetch(`${sim.url}/v1/responses`, {
      method: 'POST',
      headers: { authorization: 'Bearer sk-rec', 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'gpt-5-mini', input: 'hi', reasoning: { effort: 'low' }, include: ['reasoning.encrypted_content'] }),
    });
    const mine = (await r.json()) as Record<string, unknown>;
    expectResponseLike(mine, real);
    const [rr, rm] = real.output as Ev[];
    const [mr, mm] = mine.output as Ev[];
    expect(keys(mr)).toEqual(keys(rr));
    expect(keys(mm)).toEqual(keys(rm));
    const errBody = JSON.parse(readFileSync(`${dir}openai-error.1.json`, 'utf8')) as { error: unknown };
    const e = await fetch(`${sim.url}/v1/responses`, {
      method: 'POST',
      headers: { authorization: 'Bearer sk-rec', 'content-type': 'application/json', 'x-sim-fault': 'status:429' },
      body: JSON.stringify({ model: 'gpt-5-mini', input: 'hi' }),
    });
    expect(keys(((await e.json()) as { error: unknown }).error)).toEqual(keys(errBody.error));
  });
});
