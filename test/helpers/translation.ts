/**
 * Shared set-up of the translation end-to-end suites (issue 3): a simulator
 * whose fixtures directory is the project's recordings (runtime/simulator/recordings/,
 * symlinked) plus a few crafted streams for bug classes no recording shows
 * (duplicate `message_start`, parallel tool_use after text, a provider that
 * repeats `role` in every chunk), and a gateway in front of it with model
 * aliases that pin a fixture per target:
 *
 * - `fx-anthropic/<file>` → anthropic target, model `fixture:anthropic/<file>`
 * - `fx-openai/<file>`    → openai target, model `fixture:openai/<file>`
 * - `fx-compat/<file>`    → openai target, model `fixture:openai-compatible/<file>`
 * - `fx-crafted/<file>`   → the crafted file's provider, model `fixture:crafted/<file>`
 * An OpenAI caller of an `fx-anthropic/` alias (or an Anthropic caller of an
 * `fx-openai/` one) is translated; the same-format caller gets passthrough.
 * - `claude-prod` (anthropic, synthesized), `gpt-prod` (openai, synthesized),
 *   `claude-drop` / `gpt-drop` (same, with `unsupported_params: drop`).
 */
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulator, type Simulator, type RecordedRequest } from '../../runtime/simulator/index.ts';
import { startSwitchyard, type Switchyard } from '../../runtime/main.ts';
import { normalize } from '../../runtime/config/index.ts';
import { parseSse, type SseEvent } from '../../runtime/sse/parser.ts';
import type { GatewayConfig } from '../../generated/types/config.ts';
import { FIXTURES, testConfig } from './stack.ts';

export { CALLER_KEY, PROVIDER_KEY_ANTHROPIC, PROVIDER_KEY_OPENAI, FIXTURES } from './stack.ts';

/** Loose JSON for assertions. */
export type Obj = Record<string, any>;

const sse = (events: Array<[string | null, unknown]>): string =>
  events.map(([name, data]) => (name ? `event: ${name}\n` : '') + `data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`).join('');

const anthropicStart = (id: string, usage: Obj) => ({
  type: 'message_start',
  message: { id, type: 'message', role: 'assistant', content: [], model: 'claude-crafted', stop_reason: null, stop_sequence: null, usage },
});

/** Crafted upstream streams (provider, bytes). */
export const CRAFTED: Record<string, { provider: 'anthropic' | 'openai'; body: string }> = {
  // A misbehaving upstream/proxy that repeats message_start: must yield one role chunk and usage counted once.
  'anthropic-duplicate-message-start.sse': {
    provider: 'anthropic',
    body: sse([
      ['message_start', anthropicStart('msg_dup', { input_tokens: 10, cache_creation_input_tokens: 0, cache_read_input_tokens: 4, output_tokens: 1 })],
      ['message_start', anthropicStart('msg_dup', { input_tokens: 10, cache_creation_input_tokens: 0, cache_read_input_tokens: 4, output_tokens: 1 })],
      ['content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } }],
      ['content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'Hi there' } }],
      ['content_block_stop', { type: 'content_block_stop', index: 0 }],
      ['message_delta', { type: 'message_delta', delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: 5 } }],
      ['message_stop', { type: 'message_stop' }],
    ]),
  },
  // Text at block 0, then three tool_use blocks at 1..3 (the last without arguments), pings in between.
  'anthropic-text-then-3-tools.sse': {
    provider: 'anthropic',
    body: sse([
      ['message_start', anthropicStart('msg_par', { input_tokens: 30, cache_creation_input_tokens: 0, cache_read_input_tokens: 0, output_tokens: 1 })],
      ['content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } }],
      ['content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'Checking both cities.' } }],
      ['ping', '{"type": "ping"}'],
      ['content_block_stop', { type: 'content_block_stop', index: 0 }],
      ['content_block_start', { type: 'content_block_start', index: 1, content_block: { type: 'tool_use', id: 'toolu_A', name: 'get_weather', input: {} } }],
      ['content_block_delta', { type: 'content_block_delta', index: 1, delta: { type: 'input_json_delta', partial_json: '' } }],
      ['content_block_delta', { type: 'content_block_delta', index: 1, delta: { type: 'input_json_delta', partial_json: '{"city": "Par' } }],
      ['ping', '{"type": "ping"}'],
      ['content_block_delta', { type: 'content_block_delta', index: 1, delta: { type: 'input_json_delta', partial_json: 'is"}' } }],
      ['content_block_stop', { type: 'content_block_stop', index: 1 }],
      ['content_block_start', { type: 'content_block_start', index: 2, content_block: { type: 'tool_use', id: 'toolu_B', name: 'get_weather', input: {} } }],
      ['content_block_delta', { type: 'content_block_delta', index: 2, delta: { type: 'input_json_delta', partial_json: '{"city": "Oslo"}' } }],
      ['content_block_stop', { type: 'content_block_stop', index: 2 }],
      ['content_block_start', { type: 'content_block_start', index: 3, content_block: { type: 'tool_use', id: 'toolu_C', name: 'get_time', input: {} } }],
      ['content_block_delta', { type: 'content_block_delta', index: 3, delta: { type: 'input_json_delta', partial_json: '' } }],
      ['content_block_stop', { type: 'content_block_stop', index: 3 }],
      ['message_delta', { type: 'message_delta', delta: { stop_reason: 'tool_use', stop_sequence: null }, usage: { output_tokens: 77 } }],
      ['message_stop', { type: 'message_stop' }],
    ]),
  },
  // An OpenAI-compatible server that repeats `role` in every chunk, sends content next to an empty `tool_calls: []`
  // (text, not a tool call) and ends a text+tool turn with finish_reason "stop".
  'openai-role-every-chunk-tool-finish-stop.sse': {
    provider: 'openai',
    body: sse(
      [
        { role: 'assistant', content: 'Let me look', tool_calls: [] },
        { role: 'assistant', content: ' that up.' },
        { role: 'assistant', tool_calls: [{ index: 0, id: 'call_1', type: 'function', function: { name: 'lookup', arguments: '{"q":' } }] },
        { role: 'assistant', tool_calls: [{ index: 0, function: { arguments: '"x"}' } }] },
      ]
        .map((delta): [null, unknown] => [null, { id: 'chatcmpl-rep', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [{ index: 0, delta, finish_reason: null }] }])
        .concat([
          [null, { id: 'chatcmpl-rep', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [{ index: 0, delta: { role: 'assistant' }, finish_reason: 'stop' }] }],
          [null, { id: 'chatcmpl-rep', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [], usage: { prompt_tokens: 20, completion_tokens: 9, total_tokens: 29 } }],
          [null, '[DONE]'],
        ]),
    ),
  },
  // An Anthropic stream that stops after content and message_delta, without message_stop (a truncated upstream).
  'anthropic-no-message-stop.sse': {
    provider: 'anthropic',
    body: sse([
      ['message_start', anthropicStart('msg_cut', { input_tokens: 5, cache_creation_input_tokens: 0, cache_read_input_tokens: 0, output_tokens: 1 })],
      ['content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } }],
      ['content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'Half an ans' } }],
      ['content_block_stop', { type: 'content_block_stop', index: 0 }],
      ['message_delta', { type: 'message_delta', delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: 4 } }],
    ]),
  },
  // An OpenAI stream that stops after content and its finish chunk, without `data: [DONE]`.
  'openai-no-done.sse': {
    provider: 'openai',
    body: sse([
      [null, { id: 'chatcmpl-cut', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [{ index: 0, delta: { role: 'assistant', content: 'Half an ans' }, finish_reason: null }] }],
      [null, { id: 'chatcmpl-cut', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] }],
    ]),
  },
};

export interface TranslationStack {
  sim: Simulator;
  sy: Switchyard;
  /** Gateway base URL. */
  url: string;
  /** The last request the simulator received. */
  last(): RecordedRequest;
  /** The last upstream request body, parsed. */
  lastBody(): Obj;
  close(): Promise<void>;
}

/** Starts the simulator (shared + crafted fixtures) and a gateway with the aliases listed in the module docblock. */
export async function startTranslationStack(patch: (c: GatewayConfig) => void = () => {}): Promise<TranslationStack> {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-translation-'));
  for (const sub of ['anthropic', 'openai', 'openai-compatible']) symlinkSync(join(FIXTURES, sub), join(dir, sub));
  mkdirSync(join(dir, 'crafted'));
  for (const [name, f] of Object.entries(CRAFTED)) writeFileSync(join(dir, 'crafted', name), f.body);
  const sim = await startSimulator({ port: 0, fixturesDir: dir });
  const cfg = normalize(
    testConfig(sim.url, (c) => {
      c.providers.anthropic!.simulated = true;
      c.providers.openai!.simulated = true;
      c.retry = { max_attempts: 1 };
      const m = c.models!;
      m['claude-sonnet-4-5'] = { targets: [{ provider: 'anthropic', model: 'claude-sonnet-4-5' }] };
      m['claude-drop'] = { targets: [{ provider: 'anthropic', model: 'claude-sonnet-4-5' }], unsupported_params: 'drop' };
      m['gpt-drop'] = { targets: [{ provider: 'openai', model: 'gpt-4.1' }], unsupported_params: 'drop' };
      for (const f of readdirSync(join(FIXTURES, 'anthropic'))) m[`fx-anthropic/${f}`] = { targets: [{ provider: 'anthropic', model: `fixture:anthropic/${f}` }] };
      for (const f of readdirSync(join(FIXTURES, 'openai'))) m[`fx-openai/${f}`] = { targets: [{ provider: 'openai', model: `fixture:openai/${f}` }] };
      for (const f of readdirSync(join(FIXTURES, 'openai-compatible'))) m[`fx-compat/${f}`] = { targets: [{ provider: 'openai', model: `fixture:openai-compatible/${f}` }] };
      for (const [name, f] of Object.entries(CRAFTED)) m[`fx-crafted/${name}`] = { targets: [{ provider: f.provider, model: `fixture:crafted/${name}` }] };
      patch(c);
    }),
  );
  const sy = await startSwitchyard(cfg);
  const last = () => {
    const r = sim.requests[sim.requests.length - 1];
    if (!r) throw new Error('the simulator received no request');
    return r;
  };
  return {
    sim,
    sy,
    url: sy.gateway.url,
    last,
    lastBody: () => JSON.parse(last().body.toString('utf8')) as Obj,
    async close() {
      await sy.close(1000);
      await sim.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fixture file's bytes. */
export function fixtureBytes(rel: string): Buffer {
  return readFileSync(join(FIXTURES, rel));
}

/** A JSON fixture, parsed. */
export function fixtureJson(rel: string): Obj {
  return JSON.parse(fixtureBytes(rel).toString('utf8')) as Obj;
}

/** SSE events of a body (the gateway's own parser: LF/CRLF framing). */
export function sseEvents(body: string | Buffer): SseEvent[] {
  return parseSse(typeof body === 'string' ? Buffer.from(body, 'utf8') : body);
}

/** The JSON data of every event of an Anthropic stream, with the event name. */
export function anthropicEvents(body: string | Buffer): Array<{ event: string | undefined; data: Obj }> {
  return sseEvents(body).map((e) => ({ event: e.event, data: JSON.parse(e.data) as Obj }));
}

/** Concatenated `thinking_delta` text and `signature_delta` of a recorded Anthropic stream's first thinking block. */
export function recordedThinking(rel: string): { thinking: string; signature: string } {
  let thinking = '';
  let signature = '';
  for (const { data } of anthropicEvents(fixtureBytes(rel))) {
    if (data.type !== 'content_block_delta') continue;
    if (data.delta?.type === 'thinking_delta') thinking += data.delta.thinking as string;
    if (data.delta?.type === 'signature_delta') signature += data.delta.signature as string;
  }
  return { thinking, signature };
}
