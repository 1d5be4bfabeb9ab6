/**
 * Issue 12 (item 5): Claude Code's gateway contract ("LLM gateway protocol",
 * code.claude.com/docs/en/llm-gateway-protocol; shared/reference/claude-code-client.md),
 * the rows of the README table "Claude Code's gateway contract" that are not
 * already checked elsewhere (the table points at those tests):
 * - `HEAD /` and `GET /` are answered (200) on both listeners, before any key;
 * - `count_tokens` is a capability of every provider spec that serves Claude;
 * - usage is present in `message_start`, natively and when an OpenAI upstream
 *   is translated into the Anthropic stream (Claude Code reads it there);
 * - the keep-alive interval is below Claude Code's ~20 s stall watchdog.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { PROVIDERS, type ModelInfo } from '../generated/capabilities.ts';
import { CONFIG_DEFAULTS } from '../generated/config-defaults.ts';
import { startStack, CALLER_KEY, type Stack } from './helpers/stack.ts';

let stack: Stack;
let anthropicBase = '';
beforeAll(async () => {
  stack = await startStack((c) => {
    c.server!.anthropic_port = 0;
    c.models!['claude-opus-5-5'] = { targets: [{ provider: 'anthropic', model: 'claude-opus-5-5' }] };
    c.models!['claude-sonnet-5-5'] = { targets: [{ provider: 'openai', model: 'gpt-4.1' }] };
  });
  anthropicBase = `http://127.0.0.1:${stack.sy.gateway.anthropicPort}`;
});
afterAll(async () => stack?.close());

/** Claude Code's headers (observed, 2.1.330). */
const CC_HEADERS = {
  'x-api-key': CALLER_KEY,
  'anthropic-version': '2023-06-01',
  'anthropic-beta': 'claude-code-20250219,interleaved-thinking-2025-05-14,context-management-2025-06-27,effort-2025-11-24',
  'content-type': 'application/json',
  'x-app': 'cli',
};

/** The SSE events of a response, parsed. */
async function events(res: Response): Promise<{ event: string; data: Record<string, unknown> }[]> {
  const text = await res.text();
  return text.split('\n\n').filter((b) => b.includes('data:')).map((b) => {
    const ev = /^event: (.*)$/m.exec(b)?.[1] ?? '';
    const data = /^data: (.*)$/m.exec(b)?.[1] ?? '{}';
    return { event: ev, data: JSON.parse(data) as Record<string, unknown> };
  });
}

describe('HEAD / and GET / (Claude Code probes the base URL at start-up)', () => {
  it.each([['main listener', () => stack.url], ['dedicated Anthropic listener', () => anthropicBase]])('%s: 200 without a key', async (_n, base) => {
    const head = await fetch(`${base()}/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const get = await fetch(`${base()}/`);
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ name: 'switchyard', status: 'ok' });
  });

  it('other methods on / are still refused in the caller\'s format', async () => {
    const r = await fetch(`${anthropicBase}/`, { method: 'POST', headers: CC_HEADERS, body: '{}' });
    // 405 (the path exists under GET and HEAD), not 404, with the methods it takes.
    expect(r.status).toBe(405);
    expect(r.headers.get('allow')).toBe('GET, HEAD');
    expect(await r.json()).toMatchObject({ type: 'error', error: { type: 'invalid_request_error', message: 'Method POST is not allowed on /.' } });
  });
});

describe('count_tokens on every Claude-serving upstream', () => {
  it('every provider spec whose catalog holds Claude models has a llm/v1/count_tokens capability', () => {
    const claudeServing = Object.values(PROVIDERS).filter((p) => p.models.some((m) => (m as ModelInfo).canonicalId !== undefined));
    expect(claudeServing.map((p) => p.type)).toContain('anthropic');
    for (const p of claudeServing) {
      expect(p.capabilities.some((c) => c.routeType === 'llm/v1/count_tokens'), `${p.type} serves Claude but has no count_tokens capability`).toBe(true);
    }
  });
});

describe('usage in message_start', () => {
  it.each([
    ['native Anthropic upstream', 'claude-opus-5-5'],
    ['OpenAI upstream translated into the Anthropic stream', 'claude-sonnet-5-5'],
  ])('%s: message_start.message.usage carries input_tokens', async (_n, model) => {
    const res = await fetch(`${anthropicBase}/v1/messages?beta=true`, {
      method: 'POST', headers: CC_HEADERS,
      body: JSON.stringify({ model, max_tokens: 64, stream: true, messages: [{ role: 'user', content: 'Say hello' }] }),
    });
    expect(res.status).toBe(200);
    const evs = await events(res);
    const start = evs.find((e) => e.event === 'message_start');
    expect(start, 'a message_start event').toBeDefined();
    const usage = (start!.data.message as { usage?: Record<string, unknown> }).usage;
    expect(usage).toBeDefined();
    expect(typeof usage!.input_tokens).toBe('number');
    expect(evs.at(-1)?.event).toBe('message_stop');
  });
});

describe('no silence longer than Claude Code\'s stall watchdog', () => {
  it('the default keep-alive interval (server.keepalive_ms) is well below ~20 s', () => {
    // Behaviour (pings before a slow first byte, failover after them) is checked in test/fault.test.ts "timeouts and keep-alive".
    expect(CONFIG_DEFAULTS.server.keepalive_ms).toBeLessThanOrEqual(10_000);
    expect(stack.cfg.server.keepaliveMs).toBeLessThan(20_000);
  });
});
