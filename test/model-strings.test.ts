/**
 * Issue 7: direct model strings (`provider:model?k=v`, `provider/model`) for
 * callers allowed direct provider routing, with the parameters applied to the
 * request body; `server.default_provider` and `server.force_model`, and the
 * CLI flags `--force-model` / `--default-provider` on a spawned
 * `switchyard start`.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulator, type Simulator } from '../runtime/simulator/index.ts';
import { parseModelString } from '../runtime/routing/index.ts';
import { typedModelParams } from '../runtime/routing/model-params.ts';
import { startStack, CALLER_KEY, type Stack } from './helpers/stack.ts';

const PLAIN_CALLER = 'sk-test-plain-caller-0001';
let stack: Stack;
beforeAll(async () => {
  stack = await startStack((c) => {
    c.callers![0]!.direct_provider_routing = true;
    c.callers!.push({ name: 'plain', key: PLAIN_CALLER, models: ['*'] });
    c.server!.default_provider = 'openai';
  });
});
afterAll(async () => stack?.close());

const anthropic = (key = CALLER_KEY) => new Anthropic({ baseURL: stack.url, apiKey: key, maxRetries: 0 });
const openai = (key = CALLER_KEY) => new OpenAI({ baseURL: `${stack.url}/v1`, apiKey: key, maxRetries: 0 });
const lastBody = () => JSON.parse(stack.sim.requests[stack.sim.requests.length - 1]!.body.toString()) as Record<string, unknown>;
const lastPath = () => stack.sim.requests[stack.sim.requests.length - 1]!.path;

describe('parsing', () => {
  it('provider:model?params and provider/model', () => {
    const providers = stack.cfg.providers;
    expect(parseModelString('anthropic:claude-sonnet-4-5?temperature=0.7&max_tokens=100', providers)).toEqual({
      provider: 'anthropic', model: 'claude-sonnet-4-5', params: { temperature: '0.7', max_tokens: '100' },
    });
    expect(parseModelString('openai/gpt-4.1', providers)).toEqual({ provider: 'openai', model: 'gpt-4.1', params: {} });
    expect(parseModelString('nope:gpt-4.1', providers)).toBeNull();
    expect(parseModelString('claude-prod', providers)).toBeNull();
    expect(typedModelParams({ temperature: '0.7', max_tokens: '100', reasoning_effort: 'low' })).toEqual({ temperature: 0.7, max_tokens: 100, reasoning_effort: 'low' });
    expect(() => typedModelParams({ max_tokens: '1.5' })).toThrow(/integer/);
    expect(() => typedModelParams({ messages: '[]' })).toThrow(/unsupported model-string parameter 'messages'/);
  });
});

describe('direct provider routing', () => {
  it('anthropic:model?temperature&max_tokens (Anthropic SDK, passthrough): params override the body', async () => {
    const msg = await anthropic().messages.create({
      model: 'anthropic:claude-sonnet-4-5?temperature=0.7&max_tokens=100',
      max_tokens: 16,
      messages: [{ role: 'user', content: 'Hi' }],
    });
    expect(msg.type).toBe('message');
    expect(lastPath()).toBe('/v1/messages');
    expect(lastBody()).toMatchObject({ model: 'claude-sonnet-4-5', temperature: 0.7, max_tokens: 100, messages: [{ role: 'user', content: 'Hi' }] });
  });

  it('without params the body is relayed byte for byte (only the model patched)', async () => {
    const raw = '{"model":"anthropic/claude-haiku-4-5",  "max_tokens":8,"messages":[{"role":"user","content":"x"}], "x_unknown": {"a": 1}}';
    const r = await fetch(`${stack.url}/v1/messages`, { method: 'POST', headers: { 'x-api-key': CALLER_KEY, 'content-type': 'application/json' }, body: raw });
    expect(r.status).toBe(200);
    expect(stack.sim.requests[stack.sim.requests.length - 1]!.body.toString()).toBe(raw.replace('"anthropic/claude-haiku-4-5"', '"claude-haiku-4-5"'));
  });

  it('openai/model (OpenAI SDK)', async () => {
    const c = await openai().chat.completions.create({ model: 'openai/gpt-4o-mini?temperature=0.2&seed=7', messages: [{ role: 'user', content: 'Hi' }] });
    expect(c.object).toBe('chat.completion');
    expect(lastPath()).toBe('/v1/chat/completions');
    expect(lastBody()).toMatchObject({ model: 'gpt-4o-mini', temperature: 0.2, seed: 7 });
  });

  it('translated: OpenAI SDK to anthropic:model?temperature — the param reaches the Anthropic body', async () => {
    const c = await openai().chat.completions.create({ model: 'anthropic:claude-haiku-4-5?temperature=0.3&max_tokens=50', messages: [{ role: 'user', content: 'Hi' }] });
    expect(c.choices[0]!.message.role).toBe('assistant');
    expect(lastPath()).toBe('/v1/messages');
    expect(lastBody()).toMatchObject({ model: 'claude-haiku-4-5', temperature: 0.3, max_tokens: 50 });
  });

  it('a caller without direct_provider_routing gets 403', async () => {
    const err = await anthropic(PLAIN_CALLER).messages.create({ model: 'anthropic:claude-sonnet-4-5', max_tokens: 8, messages: [{ role: 'user', content: 'Hi' }] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.PermissionDeniedError);
    expect((err as Error).message).toContain('Direct provider routing');
  });

  it('an unknown parameter is a 400 naming it', async () => {
    const err = await openai().chat.completions.create({ model: 'openai:gpt-4.1?stream=true', messages: [{ role: 'user', content: 'Hi' }] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    expect((err as Error).message).toContain("unsupported model-string parameter 'stream'");
  });
});

describe('server.default_provider', () => {
  it('a bare model name that is no alias goes to the default provider', async () => {
    const c = await openai(PLAIN_CALLER).chat.completions.create({ model: 'gpt-4.1-nano', messages: [{ role: 'user', content: 'Hi' }] });
    expect(c.object).toBe('chat.completion');
    expect(lastBody().model).toBe('gpt-4.1-nano');
    expect(lastPath()).toBe('/v1/chat/completions');
  });
});

describe('switchyard start --force-model --default-provider (spawned CLI)', () => {
  let sim: Simulator;
  let child: ReturnType<typeof spawn> | null = null;
  afterAll(async () => {
    child?.kill('SIGTERM');
    await sim?.close();
  });

  it('every request model is rewritten to the forced model string, params applied', async () => {
    sim = await startSimulator({ port: 0 });
    const dir = mkdtempSync(join(tmpdir(), 'sy-cli-'));
    const cfgPath = join(dir, 'switchyard.yaml');
    writeFileSync(cfgPath, [
      'server: { host: 127.0.0.1, port: 0 }',
      'providers:',
      `  anthropic: { type: anthropic, base_url: "${sim.url}", api_key: sk-ant-x }`,
      `  openai: { type: openai, base_url: "${sim.url}/v1", api_key: sk-oai-x }`,
      'models:',
      '  claude-prod: { targets: [{ provider: anthropic, model: claude-sonnet-4-5 }] }',
      'callers:',
      // No direct_provider_routing: the forced model string is the operator's choice, but the caller must
      // be allowed the forced model (`provider:model`, issue 10: force_model is subject to callers[].models).
      `  - { name: t, key: "${CALLER_KEY}", models: [claude-prod, "anthropic:claude-haiku-4-5"] }`,
      'logging: { level: silent, usage_sink: none }',
    ].join('\n'));
    const bin = new URL('../bin/switchyard.mjs', import.meta.url).pathname;
    child = spawn(process.execPath, [bin, 'start', '--config', cfgPath, '--force-model', 'anthropic:claude-haiku-4-5?temperature=0.25', '--default-provider', 'openai'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ANTHROPIC_PORT: '' },
    });
    let out = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      const t = setInterval(() => {
        const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (m) {
          clearInterval(t);
          resolve(m[1] as string);
        }
      }, 50);
      child!.on('exit', (code) => {
        clearInterval(t);
        reject(new Error(`switchyard exited ${code}: ${out}`));
      });
    });
    const client = new Anthropic({ baseURL: url, apiKey: CALLER_KEY, maxRetries: 0 });
    const msg = await client.messages.create({ model: 'claude-prod', max_tokens: 8, messages: [{ role: 'user', content: 'Hi' }] });
    expect(msg.type).toBe('message');
    const up = sim.requests[sim.requests.length - 1]!;
    expect(JSON.parse(up.body.toString())).toMatchObject({ model: 'claude-haiku-4-5', temperature: 0.25 });
    // Even a model the caller could never use by name is forced.
    await client.messages.create({ model: 'anything-at-all', max_tokens: 8, messages: [{ role: 'user', content: 'Hi' }] });
    expect(JSON.parse(sim.requests[sim.requests.length - 1]!.body.toString()).model).toBe('claude-haiku-4-5');
  }, 30_000);
});
