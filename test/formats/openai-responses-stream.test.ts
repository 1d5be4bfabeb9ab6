/**
 * Responses streams through the translation core, proven with the official
 * client: every recorded Claude stream (runtime/simulator/recordings/anthropic/*.sse)
 * is encoded as a Responses SSE stream by the openai-responses mapper and
 * served from a loopback HTTP server to the openai SDK, whose strict
 * `responses.stream()` accumulator (lib/responses/ResponseStream) and raw
 * `responses.create({stream:true})` iterator must parse it; the final response
 * must hold exactly the recording's content and usage, and a replayed reasoning
 * item must give back the exact thinking block (text and signature).
 * The other direction: OpenAI's recorded Responses stream and the simulator's
 * streams decoded into Anthropic and Chat Completions streams.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import OpenAI, { APIError } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { selectTranscoder } from '../../runtime/transcode/index.ts';
import { buildResponse, streamEvents } from '../../runtime/simulator/responses/synth.ts';
import { ctx, events, fixture, listFixtures, runBytewise, runWhole } from '../transcode/helpers.ts';

type Obj = Record<string, any>;

const r2a = selectTranscoder('openai-responses', 'anthropic-messages');
const a2r = selectTranscoder('anthropic-messages', 'openai-responses');
const c2r = selectTranscoder('openai-chat', 'openai-responses');

/** What a recorded Anthropic stream says: blocks (text, thinking + signature, tool input JSON), stop reason, usage. */
function anthropicTruth(sse: Buffer): { blocks: Obj[]; stop: string | null; usage: Obj; error: boolean } {
  const blocks: Obj[] = [];
  let stop: string | null = null;
  let usage: Obj = {};
  let error = false;
  for (const e of events(sse.toString('utf8'))) {
    if (e.data === undefined || e.event === 'ping') continue;
    const d = JSON.parse(e.data) as Obj;
    if (d.type === 'message_start') usage = { ...d.message.usage };
    else if (d.type === 'content_block_start') blocks[d.index] = { ...d.content_block, json: '' };
    else if (d.type === 'content_block_delta') {
      const b = blocks[d.index] as Obj;
      if (d.delta.type === 'text_delta') b.text += d.delta.text;
      else if (d.delta.type === 'thinking_delta') b.thinking += d.delta.thinking;
      else if (d.delta.type === 'signature_delta') b.signature += d.delta.signature;
      else if (d.delta.type === 'input_json_delta') b.json += d.delta.partial_json;
      else if (d.delta.type === 'citations_delta') (b.citations ??= []).push(d.delta.citation);
    } else if (d.type === 'message_delta') {
      stop = d.delta.stop_reason ?? stop;
      usage = { ...usage, ...d.usage };
    } else if (d.type === 'error') error = true;
  }
  return { blocks: blocks.filter(Boolean), stop, usage, error };
}

/** The output items the Responses encoder must produce for the recording's blocks. */
function expectedItems(blocks: Obj[]): Obj[] {
  const out: Obj[] = [];
  for (const b of blocks) {
    if (b.type === 'text') out.push({ type: 'message', text: b.text });
    else if (b.type === 'thinking') out.push({ type: 'reasoning', summary: b.thinking });
    else if (b.type === 'redacted_thinking') out.push({ type: 'reasoning', summary: '' });
    else if (b.type === 'tool_use') out.push({ type: 'function_call', call_id: b.id, name: b.name, arguments: b.json === '' ? '{}' : b.json });
  }
  return out;
}

function itemsOf(output: Obj[]): Obj[] {
  return output.map((it) => {
    if (it.type === 'message') return { type: 'message', text: it.content.map((p: Obj) => p.text).join('') };
    if (it.type === 'reasoning') return { type: 'reasoning', summary: it.summary.map((s: Obj) => s.text).join('') };
    return { type: 'function_call', call_id: it.call_id, name: it.name, arguments: it.arguments };
  });
}

/** Grammar check of a Responses SSE text: event name = data.type, sequence_number 0..n-1, nesting and order of item events. */
function checkGrammar(out: string): Obj[] {
  const evs = events(out).map((e) => {
    const d = JSON.parse(e.data as string) as Obj;
    expect(e.event).toBe(d.type);
    return d;
  });
  evs.forEach((d, i) => expect(d.sequence_number).toBe(i));
  expect(evs[0]?.type).toBe('response.created');
  expect(evs[1]?.type).toBe('response.in_progress');
  let open: Obj | null = null;
  let part = false;
  let next = 0;
  for (const d of evs.slice(2)) {
    if (d.type === 'response.output_item.added') {
      expect(open).toBeNull();
      expect(d.output_index).toBe(next++);
      open = d.item;
    } else if (d.type === 'response.output_item.done') {
      expect(open?.id).toBe(d.item.id);
      expect(part).toBe(false);
      open = null;
    } else if (d.type === 'response.content_part.added' || d.type === 'response.reasoning_summary_part.added') {
      expect(open).not.toBeNull();
      expect(part).toBe(false);
      part = true;
    } else if (d.type === 'response.content_part.done' || d.type === 'response.reasoning_summary_part.done') {
      expect(part).toBe(true);
      part = false;
    } else if (/^response\.(output_text|reasoning_summary_text)\.(delta|done)$|annotation/.test(d.type)) {
      expect(part).toBe(true);
      expect(d.item_id).toBe(open?.id);
    } else if (d.type.startsWith('response.function_call_arguments.') || d.type.startsWith('response.custom_tool_call_input.')) {
      expect(open?.type).toBe(d.type.startsWith('response.custom') ? 'custom_tool_call' : 'function_call');
      expect(d.item_id).toBe(open?.id);
    } else if (d.type === 'error' || d.type === 'response.failed') {
      open = null; // a failure may cut an item short
      part = false;
    } else {
      expect(open).toBeNull();
      expect(['response.completed', 'response.incomplete']).toContain(d.type);
    }
  }
  return evs;
}

let server: Server;
let client: OpenAI;
let nextBody = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end(nextBody);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  client = new OpenAI({ baseURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, apiKey: 'test', maxRetries: 0 });
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
});

const REQUEST = { model: 'claude-alias', input: 'Hello', stream: true, include: ['reasoning.encrypted_content'] };

describe('Claude recordings encoded as Responses streams, parsed by the openai SDK', () => {
  for (const rel of listFixtures('anthropic', '.sse')) {
    it(rel, async () => {
      const body = fixture(rel);
      const truth = anthropicTruth(body);
      const c = ctx();
      const mapped = r2a.mapRequest({ ...REQUEST }, c);
      const out = runWhole(r2a.createStream(c, mapped), body);
      // Split at every byte boundary: the same events (carriers differ only by their random IV).
      const strip = (s: string) => s.replace(/"encrypted_content":"swy1\.[^"]+"/g, '"encrypted_content":"X"');
      expect(strip(runBytewise(r2a.createStream(c, mapped), body))).toBe(strip(out));
      const evs = checkGrammar(out);

      nextBody = out;
      const seen: string[] = [];
      const stream = client.responses.stream({ model: 'claude-alias', input: 'Hello' });
      stream.on('event', (e) => seen.push(e.type));
      if (truth.error) {
        await expect(stream.finalResponse()).rejects.toBeInstanceOf(APIError);
        expect(evs.at(-2)?.type).toBe('error');
        expect(evs.at(-1)?.type).toBe('response.failed');
        return;
      }
      const final = (await stream.finalResponse()) as unknown as Obj;
      expect(seen).toEqual(evs.map((e) => e.type));
      expect(itemsOf(final.output)).toEqual(expectedItems(truth.blocks));
      const last = evs.at(-1) as Obj;
      expect(final.status).toBe(last.response.status);
      expect(final.status).toBe(truth.stop === 'max_tokens' || truth.stop === 'refusal' ? 'incomplete' : 'completed');
      if (final.status === 'incomplete') expect(final.incomplete_details).toEqual({ reason: truth.stop === 'refusal' ? 'content_filter' : 'max_output_tokens' });
      const u = truth.usage;
      const input = u.input_tokens + (u.cache_creation_input_tokens ?? 0) + (u.cache_read_input_tokens ?? 0);
      expect(final.usage).toMatchObject({ input_tokens: input, output_tokens: u.output_tokens, total_tokens: input + u.output_tokens, input_tokens_details: { cached_tokens: u.cache_read_input_tokens ?? 0 } });
      expect(final.usage.output_tokens_details).toEqual({ reasoning_tokens: u.output_tokens_details?.thinking_tokens ?? 0 });
      const webCitations = truth.blocks.flatMap((b) => (b.citations ?? []).filter((x: Obj) => x.type === 'web_search_result_location'));
      const annotations = final.output.flatMap((it: Obj) => (it.type === 'message' ? it.content.flatMap((p: Obj) => p.annotations) : []));
      expect(annotations.map((a: Obj) => a.url)).toEqual(webCitations.map((x: Obj) => x.url));

      // The raw iterator of responses.create({stream:true}) sees the same events.
      nextBody = out;
      const raw: Obj[] = [];
      for await (const e of await client.responses.create({ model: 'claude-alias', input: 'Hello', stream: true })) raw.push(e as Obj);
      expect(raw.map((e) => e.sequence_number)).toEqual(evs.map((_, i) => i));

      // Replaying the output as input gives Anthropic the exact thinking blocks back.
      const thinking = truth.blocks.filter((b) => b.type === 'thinking' || b.type === 'redacted_thinking');
      if (thinking.length === 0) return;
      const replay = r2a.mapRequest({ model: 'claude-alias', input: [{ role: 'user', content: 'Hello' }, ...final.output, { role: 'user', content: 'Next' }] }, ctx());
      const replayed = (replay.body.messages as Obj[])[1]!.content.filter((b: Obj) => b.type === 'thinking' || b.type === 'redacted_thinking');
      expect(JSON.stringify(replayed)).toBe(JSON.stringify(thinking.map((b) => (b.type === 'thinking' ? { type: 'thinking', thinking: b.thinking, signature: b.signature } : { type: 'redacted_thinking', data: b.data }))));
      expect(replay.dropped).toEqual([]);
    });
  }
});

describe('Codex custom tools in a stream', () => {
  it('a Claude tool call of a custom tool streams as custom_tool_call with custom_tool_call_input events, parsed by the SDK', async () => {
    const patch = '*** Begin Patch\n*** Add File: a.txt\n+hello "world"\n*** End Patch';
    const args = JSON.stringify({ input: patch });
    const sse = [
      ['message_start', { type: 'message_start', message: { id: 'msg_c', type: 'message', role: 'assistant', content: [], model: 'claude', stop_reason: null, stop_sequence: null, usage: { input_tokens: 50, output_tokens: 1 } } }],
      ['content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'tool_use', id: 'toolu_c', name: 'apply_patch', input: {} } }],
      ...[args.slice(0, 7), args.slice(7, 30), args.slice(30)].map((p) => ['content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'input_json_delta', partial_json: p } }]),
      ['content_block_stop', { type: 'content_block_stop', index: 0 }],
      ['message_delta', { type: 'message_delta', delta: { stop_reason: 'tool_use', stop_sequence: null }, usage: { output_tokens: 30 } }],
      ['message_stop', { type: 'message_stop' }],
    ]
      .map(([e, d]) => `event: ${e}\ndata: ${JSON.stringify(d)}\n\n`)
      .join('');
    const c = ctx();
    const mapped = r2a.mapRequest({ model: 'a', input: 'patch it', stream: true, tools: [{ type: 'custom', name: 'apply_patch', description: 'Edit.' }] }, c);
    const out = runBytewise(r2a.createStream(c, mapped), Buffer.from(sse));
    const evs = checkGrammar(out);
    expect(evs.map((e) => e.type).filter((t) => t.startsWith('response.custom'))).toEqual(['response.custom_tool_call_input.delta', 'response.custom_tool_call_input.done']);
    nextBody = out;
    const final = (await client.responses.stream({ model: 'a', input: 'patch it' }).finalResponse()) as unknown as Obj;
    expect(final.output).toHaveLength(1);
    expect(final.output[0]).toMatchObject({ type: 'custom_tool_call', call_id: 'toolu_c', name: 'apply_patch', input: patch });
    expect(final.usage).toMatchObject({ input_tokens: 50, output_tokens: 30 });
  });
});

describe('JSON and stream agree', () => {
  it('a recorded Claude message encodes to the same output items as JSON and as a stream', async () => {
    const msg = JSON.parse(readFileSync(new URL('../../runtime/simulator/recordings/anthropic/message-thinking.json', import.meta.url), 'utf8')) as Obj;
    const c = ctx();
    const mapped = r2a.mapRequest({ ...REQUEST, stream: false }, c);
    const json = r2a.mapResponse(msg, c, mapped).body as Obj;
    expect(json.object).toBe('response');
    expect(json.model).toBe('my-alias');
    const kinds = (msg.content as Obj[]).map((b) => ({ text: 'message', thinking: 'reasoning', tool_use: 'function_call', redacted_thinking: 'reasoning' })[b.type as string]);
    expect(json.output.map((o: Obj) => o.type)).toEqual(kinds);
    const rs = json.output.find((o: Obj) => o.type === 'reasoning');
    expect(rs.encrypted_content).toMatch(/^swy1\./);
    const back = r2a.mapRequest({ model: 'm', input: [{ role: 'user', content: 'q' }, ...json.output, { role: 'user', content: 'more' }] }, ctx());
    const th = (msg.content as Obj[]).find((b) => b.type === 'thinking')!;
    expect((back.body.messages as Obj[])[1]!.content[0]).toEqual({ type: 'thinking', thinking: th.thinking, signature: th.signature });
  });
});

/** Responses events as the SSE OpenAI sends (`event: <type>` + data). */
function responsesSse(evs: Obj[]): Buffer {
  return Buffer.from(evs.map((e) => `event: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`).join(''));
}

describe('Responses upstream streams decoded for Anthropic and Chat Completions callers', () => {
  const lines = readFileSync(new URL('../../runtime/simulator/responses/recordings/openai-reasoning-encrypted-content.1.chunks.txt', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Obj);
  // Two recorded turns, each from response.created to response.completed.
  const turns: Obj[][] = [];
  for (const l of lines) {
    if (l.type === 'response.created') turns.push([]);
    turns.at(-1)!.push(l);
  }

  it.each(turns.map((t, i) => [i + 1, t] as const))('OpenAI\'s recorded stream, turn %i (reasoning summary, function call, message) → Anthropic events', (_n, recorded) => {
    const c = ctx();
    const mapped = a2r.mapRequest({ model: 'm', max_tokens: 100, stream: true, messages: [{ role: 'user', content: 'x' }] }, c);
    expect(mapped.body).toMatchObject({ model: 'upstream-model', store: false, stream: true, max_output_tokens: 100, input: [{ role: 'user', content: 'x' }] });
    const out = runBytewise(a2r.createStream(c, mapped), responsesSse(recorded));
    const evs = events(out).map((e) => JSON.parse(e.data as string) as Obj);
    const completed = recorded.at(-1)!.response as Obj;
    const types = evs.map((e) => e.type);
    expect(types[0]).toBe('message_start');
    expect(types.at(-1)).toBe('message_stop');
    const starts = evs.filter((e) => e.type === 'content_block_start').map((e) => e.content_block.type);
    const expectedStarts = (completed.output as Obj[]).flatMap((o) => (o.type === 'reasoning' ? (o.summary.length ? ['thinking'] : []) : o.type === 'function_call' ? ['tool_use'] : o.content.map(() => 'text')));
    expect(starts).toEqual(expectedStarts);
    const fc = (completed.output as Obj[]).find((o) => o.type === 'function_call');
    if (fc) {
      const json = evs.filter((e) => e.type === 'content_block_delta' && e.delta.type === 'input_json_delta').map((e) => e.delta.partial_json).join('');
      expect(JSON.parse(json)).toEqual(JSON.parse(fc.arguments));
      expect(evs.find((e) => e.type === 'content_block_start' && e.content_block.type === 'tool_use')?.content_block.id).toBe(fc.call_id);
    }
    const delta = evs.find((e) => e.type === 'message_delta') as Obj;
    expect(delta.delta.stop_reason).toBe(fc ? 'tool_use' : 'end_turn');
    const u = completed.usage as Obj;
    expect(delta.usage).toEqual({ input_tokens: u.input_tokens - u.input_tokens_details.cached_tokens, output_tokens: u.output_tokens, cache_creation_input_tokens: 0, cache_read_input_tokens: u.input_tokens_details.cached_tokens });
    const summary = (completed.output as Obj[]).filter((o) => o.type === 'reasoning').flatMap((o) => o.summary.map((s: Obj) => s.text)).join('\n\n');
    expect(evs.filter((e) => e.type === 'content_block_delta' && e.delta.type === 'thinking_delta').map((e) => e.delta.thinking).join('')).toBe(summary);
  });

  it('the simulator\'s streams (text, incomplete, mid-stream failure) → Chat Completions chunks', () => {
    const body = { model: 'gpt-5.5', input: 'hi', max_output_tokens: 5 };
    const final = buildResponse({ body, id: 'resp_sim', createdAt: 1, inputTokens: 10, cachedTokens: 0, words: 8, tool: undefined, generate: true });
    expect(final.status).toBe('incomplete');
    const c = ctx();
    const mapped = c2r.mapRequest({ model: 'm', stream: true, stream_options: { include_usage: true }, messages: [{ role: 'user', content: 'hi' }] }, c);
    const out = runWhole(c2r.createStream(c, mapped), responsesSse(streamEvents(final, { obfuscation: true })));
    const chunks = events(out).filter((e) => e.data !== '[DONE]').map((e) => JSON.parse(e.data as string) as Obj);
    expect(chunks.flatMap((ch) => ch.choices.map((x: Obj) => x.delta.content ?? '')).join('')).toBe((final.output as Obj[])[0]!.content[0].text);
    expect(chunks.flatMap((ch) => ch.choices.map((x: Obj) => x.finish_reason)).filter(Boolean)).toEqual(['length']);
    expect(chunks.at(-1)!.usage).toMatchObject({ prompt_tokens: 10, completion_tokens: (final.usage as Obj).output_tokens });
    expect(out.endsWith('data: [DONE]\n\n')).toBe(true);

    const failed = streamEvents(final, { obfuscation: false }).slice(0, 5);
    failed.push({ type: 'error', sequence_number: 5, error: { type: 'server_error', code: 'server_error', message: 'boom', param: null } });
    const out2 = runWhole(c2r.createStream(c, mapped), responsesSse(failed));
    expect(out2).toContain('"message":"boom"');
    expect(out2).not.toContain('[DONE]');
    // EOF before response.completed → a truncation error, never a silent end.
    const out3 = runWhole(c2r.createStream(c, mapped), responsesSse(streamEvents(final, { obfuscation: false }).slice(0, 6)));
    expect(out3).toContain('upstream_stream_truncated');
  });
});
