/**
 * Issue 5: caller keys (hashed or plain from the environment, `switchyard
 * keys new`, model allowlists, per-listener auth) and provider keys (rotation,
 * 401/403 disabling reported in /health, `caller_keys: passthrough` with the
 * gateway key in `x-switchyard-key`), through the real SDKs.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { startStack, CALLER_KEY, PROVIDER_KEY_ANTHROPIC, type Stack } from './helpers/stack.ts';
import { parseConfig } from '../runtime/config/index.ts';
import { authenticate, findCaller } from '../runtime/auth/index.ts';
import { newCallerKey } from '../runtime/auth/keys.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const sha = (k: string) => createHash('sha256').update(k).digest('hex');
const HASHED_KEY = 'sk-sy-hashed-caller-key-777';
const CLAUDE_ONLY_KEY = 'sk-sy-claude-only-caller';
const BYOK_ANTHROPIC = 'sk-ant-callers-own-key-123';
const BYOK_OPENAI = 'sk-openai-callers-own-key-456';
const ROT_KEYS = ['rot-key-one', 'rot-key-two', 'bad-rot-key-three'];

let stack: Stack;
beforeAll(async () => {
  stack = await startStack((c, simUrl) => {
    c.server!.anthropic_port = 0;
    c.server!.anthropic_auth = 'optional';
    c.callers!.push(
      { name: 'hashed', key_sha256: sha(HASHED_KEY), metadata: { team: 'search' } },
      { name: 'claude-only', key: CLAUDE_ONLY_KEY, models: ['claude-*', 'byok-?laude'] },
    );
    c.providers.rot = { type: 'anthropic', base_url: simUrl, api_keys: ROT_KEYS };
    c.providers['byok-anthropic'] = { type: 'anthropic', base_url: simUrl, caller_keys: 'passthrough' };
    c.providers['byok-openai'] = { type: 'openai', base_url: `${simUrl}/v1`, caller_keys: 'passthrough' };
    c.models!['rotating'] = { targets: [{ provider: 'rot', model: 'claude-sonnet-4-5' }] };
    c.models!['byok-claude'] = { targets: [{ provider: 'byok-anthropic', model: 'claude-sonnet-4-5' }] };
    c.models!['byok-gpt'] = { targets: [{ provider: 'byok-openai', model: 'gpt-4.1' }] };
  });
});
afterAll(async () => stack?.close());

const anthropic = (apiKey: string, extra: ConstructorParameters<typeof Anthropic>[0] = {}) => new Anthropic({ baseURL: stack.url, apiKey, maxRetries: 0, ...extra });
const openai = (apiKey: string, extra: ConstructorParameters<typeof OpenAI>[0] = {}) => new OpenAI({ baseURL: `${stack.url}/v1`, apiKey, maxRetries: 0, ...extra });
const hi = { max_tokens: 16, messages: [{ role: 'user' as const, content: 'Hi' }] };
const lastUpstream = () => stack.sim.requests[stack.sim.requests.length - 1]!;

describe('caller keys', () => {
  it('`switchyard keys new` prints a fresh key and its SHA-256', () => {
    const r = spawnSync(process.execPath, ['bin/switchyard.mjs', 'keys', 'new'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const m = /^key: +(sk-sy-[A-Za-z0-9_-]{32})\nkey_sha256: ([0-9a-f]{64})\n$/.exec(r.stdout);
    expect(m, r.stdout).not.toBeNull();
    expect(m![2]).toBe(sha(m![1]!));
    const a = newCallerKey();
    expect(a.key).not.toBe(newCallerKey().key);
  });

  it('a key stored only as key_sha256 authenticates (SDK), and its metadata is attached', async () => {
    const msg = await anthropic(HASHED_KEY).messages.create({ model: 'claude-prod', ...hi });
    expect(msg.type).toBe('message');
    const c = authenticate({ 'x-api-key': HASHED_KEY }, stack.cfg.callers, 'required');
    expect(c).toMatchObject({ name: 'hashed', metadata: { team: 'search' }, providerKey: null });
  });

  it('a plain key comes from an environment variable; an unset variable is a config error, not an empty key', () => {
    const yaml = 'providers: {a: {type: anthropic}}\ncallers: [{name: dev, key: "${DEV_KEY}"}]\n';
    const cfg = parseConfig(yaml, { DEV_KEY: 'sk-from-env' });
    expect(findCaller(cfg.callers, 'sk-from-env')?.name).toBe('dev');
    expect(() => parseConfig(yaml, {})).toThrow(/callers\.0 \(dev\): needs key or key_sha256/);
  });

  it('config checks: duplicate caller names or keys are errors; the store must be memory or redis://', () => {
    const base = 'providers: {a: {type: anthropic}}\nmodels: {m: {targets: [{provider: a, model: x}]}}\n';
    expect(() => parseConfig(`${base}callers: [{name: a, key: k1}, {name: a, key: k2}]\n`)).toThrow(/callers\.1 \(a\): duplicate caller name/);
    expect(() => parseConfig(`${base}callers: [{name: a, key: k1}, {name: b, key_sha256: ${sha('k1')}}]\n`)).toThrow(/callers\.1 \(b\): same key as caller 'a'/);
    expect(() => parseConfig(`${base}limits: {store: 'redis:/oops'}\n`)).toThrow(/limits\.store: must be "memory" or a redis:\/\//);
    expect(parseConfig(`${base}limits: {per_model: {nope: {rpm: 1}}}\n`).warnings).toContain('limits.per_model.nope: no model alias of that name (per-model limits apply to aliases by exact name)');
  });

  it('wrong and missing keys: 401 in the caller format (both SDKs raise AuthenticationError)', async () => {
    await expect(anthropic('sk-wrong').messages.create({ model: 'claude-prod', ...hi })).rejects.toBeInstanceOf(Anthropic.AuthenticationError);
    await expect(openai('sk-wrong').chat.completions.create({ model: 'gpt-prod', messages: [{ role: 'user', content: 'x' }] })).rejects.toBeInstanceOf(OpenAI.AuthenticationError);
    // A key that is right except for its last character (the comparison is over the whole hash).
    await expect(anthropic(CALLER_KEY.slice(0, -1) + 'X').messages.create({ model: 'claude-prod', ...hi })).rejects.toBeInstanceOf(Anthropic.AuthenticationError);
  });

  it('per-key model allowlist (globs): other models are 403, /v1/models lists only the allowed ones', async () => {
    const ok = await anthropic(CLAUDE_ONLY_KEY).messages.create({ model: 'claude-prod', ...hi });
    expect(ok.type).toBe('message');
    const err = await openai(CLAUDE_ONLY_KEY).chat.completions.create({ model: 'gpt-prod', messages: [{ role: 'user', content: 'x' }] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.PermissionDeniedError);
    expect((err as InstanceType<typeof OpenAI.PermissionDeniedError>).message).toContain('gpt-prod');
    const ids = (await openai(CLAUDE_ONLY_KEY).models.list()).data.map((m) => m.id).sort();
    expect(ids).toEqual(['byok-claude', 'claude-prod']);
  });

  it('auth per listener: main requires a key; the Anthropic listener (anthropic_auth: optional) serves keyless callers as "anonymous" but still rejects a wrong key', async () => {
    const port = stack.sy.gateway.anthropicPort!;
    const body = JSON.stringify({ model: 'claude-prod', ...hi });
    const keyless = (url: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect((await keyless(`${stack.url}/v1/messages`)).status).toBe(401);
    const r = await keyless(`http://127.0.0.1:${port}/v1/messages`);
    expect(r.status).toBe(200);
    // A wrong gateway key is never silently anonymous.
    await expect(new Anthropic({ baseURL: `http://127.0.0.1:${port}`, apiKey: 'sk-any', maxRetries: 0, defaultHeaders: { 'x-switchyard-key': 'sk-wrong' } })
      .messages.create({ model: 'claude-prod', ...hi })).rejects.toBeInstanceOf(Anthropic.AuthenticationError);
    expect(() => authenticate({ 'x-api-key': 'sk-wrong' }, stack.cfg.callers, 'optional')).toThrow('Invalid caller key.');
    expect(authenticate({}, stack.cfg.callers, 'optional')).toMatchObject({ name: 'anonymous', providerKey: null });
    // With a passthrough provider configured, an unknown x-api-key under optional auth is the caller's own provider key.
    expect(authenticate({ 'x-api-key': 'sk-own' }, stack.cfg.callers, 'optional', true)).toMatchObject({ name: 'anonymous', providerKey: 'sk-own' });
    expect(() => authenticate({ 'x-api-key': 'sk-own' }, stack.cfg.callers, 'required', true)).toThrow(/x-switchyard-key/);
    const health = await (await fetch(`${stack.url}/health`)).json();
    expect(health.listeners.anthropic.port).toBe(port);
  });
});

describe('provider keys', () => {
  it('several keys rotate round-robin; a key answered 401 leaves the rotation (retried at once with the next key) and /health counts it', async () => {
    const start = stack.sim.requests.length;
    for (let i = 0; i < 6; i++) {
      const msg = await anthropic(CALLER_KEY).messages.create({ model: 'rotating', ...hi });
      expect(msg.type).toBe('message');
    }
    const used = stack.sim.requests.slice(start).map((r) => r.headers['x-api-key']);
    const [one, two, bad] = ROT_KEYS;
    expect(used).toEqual([one, two, bad, one, two, one, two]);
    const health = await (await fetch(`${stack.url}/health`)).json();
    expect(health.providers.rot).toMatchObject({ keys: 3, keys_disabled: 1 });
    expect(JSON.stringify(health)).not.toContain('rot-key');
    const metrics = await (await fetch(`${stack.url}/metrics`)).text();
    expect(metrics).toContain('switchyard_provider_keys_disabled{provider="rot"} 1');
  });

  it('stored providers never receive the caller key or the caller\'s own key', async () => {
    await anthropic(BYOK_ANTHROPIC, { defaultHeaders: { 'x-switchyard-key': CALLER_KEY } }).messages.create({ model: 'claude-prod', ...hi });
    const up = lastUpstream();
    expect(up.headers['x-api-key']).toBe(PROVIDER_KEY_ANTHROPIC);
    expect(JSON.stringify(up.headers)).not.toContain(CALLER_KEY);
    expect(JSON.stringify(up.headers)).not.toContain(BYOK_ANTHROPIC);
  });
});

describe('caller_keys: passthrough (the caller\'s own provider key goes upstream)', () => {
  it('Anthropic SDK: own key in x-api-key, gateway key in x-switchyard-key', async () => {
    const msg = await anthropic(BYOK_ANTHROPIC, { defaultHeaders: { 'x-switchyard-key': CALLER_KEY } }).messages.create({ model: 'byok-claude', ...hi });
    expect(msg.type).toBe('message');
    const up = lastUpstream();
    expect(up.headers['x-api-key']).toBe(BYOK_ANTHROPIC);
    expect(up.headers['x-switchyard-key']).toBeUndefined();
    expect(JSON.stringify(up.headers)).not.toContain(CALLER_KEY);
  });

  it('OpenAI SDK: own key as Bearer, gateway key in x-switchyard-key; streaming too', async () => {
    const client = openai(BYOK_OPENAI, { defaultHeaders: { 'x-switchyard-key': CALLER_KEY } });
    const r = await client.chat.completions.create({ model: 'byok-gpt', messages: [{ role: 'user', content: 'x' }] });
    expect(r.object).toBe('chat.completion');
    expect(lastUpstream().headers.authorization).toBe(`Bearer ${BYOK_OPENAI}`);
    const stream = await client.chat.completions.create({ model: 'byok-gpt', stream: true, messages: [{ role: 'user', content: 'x' }] });
    let chunks = 0;
    for await (const _ of stream) chunks++;
    expect(chunks).toBeGreaterThan(1);
    expect(lastUpstream().headers.authorization).toBe(`Bearer ${BYOK_OPENAI}`);
  });

  it('the gateway key alone (in x-api-key) is never sent upstream: 401 naming x-switchyard-key', async () => {
    const before = stack.sim.stats.received;
    const e = await anthropic(CALLER_KEY).messages.create({ model: 'byok-claude', ...hi }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(Anthropic.AuthenticationError);
    expect((e as Error).message).toContain('x-switchyard-key');
    expect(stack.sim.stats.received).toBe(before);
  });

  it('a provider key in x-api-key is not a gateway key (without x-switchyard-key: 401, nothing upstream)', async () => {
    const before = stack.sim.stats.received;
    const e = await anthropic(BYOK_ANTHROPIC).messages.create({ model: 'byok-claude', ...hi }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(Anthropic.AuthenticationError);
    expect((e as Error).message).toContain('x-switchyard-key');
    expect(stack.sim.stats.received).toBe(before);
  });

  it('a wrong gateway key in x-switchyard-key is 401 even with a provider key present', async () => {
    const e = await anthropic(BYOK_ANTHROPIC, { defaultHeaders: { 'x-switchyard-key': 'sk-wrong' } }).messages.create({ model: 'byok-claude', ...hi }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(Anthropic.AuthenticationError);
  });

  it('under auth: optional, a keyless-for-the-gateway caller with its own provider key runs as "anonymous"', async () => {
    const port = stack.sy.gateway.anthropicPort!;
    const msg = await new Anthropic({ baseURL: `http://127.0.0.1:${port}`, apiKey: BYOK_ANTHROPIC, maxRetries: 0 }).messages.create({ model: 'byok-claude', ...hi });
    expect(msg.type).toBe('message');
    expect(lastUpstream().headers['x-api-key']).toBe(BYOK_ANTHROPIC);
  });
});
