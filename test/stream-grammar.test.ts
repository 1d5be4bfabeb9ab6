/**
 * Stream grammar keyed by (wire format × route type), end to end: a streamed
 * legacy `POST /v1/completions` is relayed as its chunks arrive (its grammar
 * knows `choices[].text`), not held until the finish chunk or 64 KiB as the
 * chat-delta grammar did. Order-based: the scripted upstream sends its first
 * text chunk and then waits until the client has received it (or 8 s, the
 * failure case) before finishing, so the assertion holds under any CPU load.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import OpenAI from 'openai';
import { startSwitchyard, type Switchyard } from '../runtime/main.ts';
import { normalize } from '../runtime/config/index.ts';
import { startScripted, type Scripted } from './helpers/scripted.ts';
import { testConfig, CALLER_KEY } from './helpers/stack.ts';

let up: Scripted;
let sy: Switchyard;
beforeAll(async () => {
  up = await startScripted();
  sy = await startSwitchyard(normalize(testConfig(up.url, (c) => {
    c.providers.openai = { type: 'openai', base_url: `${up.url}/v1`, api_key: 'sk-up' };
    c.models!['instruct'] = { targets: [{ provider: 'openai', model: 'gpt-3.5-turbo-instruct' }] };
  })));
});
afterAll(async () => {
  await sy?.close(500);
  await up?.close();
});

const chunk = (text: string, finish: string | null) =>
  `data: ${JSON.stringify({ id: 'cmpl-1', object: 'text_completion', created: 1, model: 'gpt-3.5-turbo-instruct', choices: [{ index: 0, text, logprobs: null, finish_reason: finish }] })}\n\n`;

describe('legacy completions stream (openai-chat × llm/v1/completions grammar)', () => {
  it('the first text chunk reaches the client before the upstream sends the rest', async () => {
    let clientGotFirst!: () => void;
    const gotFirst = new Promise<void>((r) => { clientGotFirst = r; });
    const events: string[] = [];
    up.queue((_req, _body, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(chunk('Hello', null));
      events.push('upstream: first chunk sent');
      const rest = () => {
        events.push('upstream: rest sent');
        res.write(chunk(' world', null));
        res.write(chunk('', 'length'));
        res.end('data: [DONE]\n\n');
      };
      // The rest waits for the client to have the first chunk; 8 s is the failure path (the gateway held it).
      const t = setTimeout(rest, 8000);
      void gotFirst.then(() => { clearTimeout(t); rest(); });
    });
    const client = new OpenAI({ baseURL: `${sy.gateway.url}/v1`, apiKey: CALLER_KEY, maxRetries: 0 });
    const stream = await client.completions.create({ model: 'instruct', prompt: 'Say hi', max_tokens: 4, stream: true });
    let text = '';
    let finish: string | null = null;
    for await (const c of stream) {
      if (text === '' && c.choices[0]?.text) {
        events.push('client: first text');
        clientGotFirst();
      }
      text += c.choices[0]?.text ?? '';
      finish = c.choices[0]?.finish_reason ?? finish;
    }
    expect(text).toBe('Hello world');
    expect(finish).toBe('length');
    expect(events).toEqual(['upstream: first chunk sent', 'client: first text', 'upstream: rest sent']);
  }, 20_000);

  it('a completions stream cut before [DONE] ends with an error event (clean-end check of the grammar)', async () => {
    up.queue((_req, _body, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(chunk('Hello', null));
      setTimeout(() => res.end(), 20);
    });
    const client = new OpenAI({ baseURL: `${sy.gateway.url}/v1`, apiKey: CALLER_KEY, maxRetries: 0 });
    const stream = await client.completions.create({ model: 'instruct', prompt: 'Say hi', max_tokens: 4, stream: true });
    let text = '';
    const err = await (async () => {
      for await (const c of stream) text += c.choices[0]?.text ?? '';
    })().then(() => null, (e: unknown) => e);
    expect(text).toBe('Hello');
    expect(err).toBeInstanceOf(OpenAI.APIError);
    expect((err as Error).message).toMatch(/ended before the message was complete/);
  });
});
