/**
 * Issue 10: the hostile-caller suite. The gateway runs as a child process
 * (`switchyard start --config`) with restricted callers; a caller with a valid
 * key tries to hurt other callers, read their data or reach a secret. One
 * named test per finding of the attack pass ("finding: …", each fails on the
 * code before issue 10) and per property that held ("held: …"). Loads are
 * bounded (tens of requests, a few MiB).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import Anthropic from '@anthropic-ai/sdk';
import { readFileSync, writeFileSync } from 'node:fs';
import { startSimulator, type Simulator } from '../../runtime/simulator/index.ts';
import { startGatewayProcess, startUpstream, rawRequest, startHungRedis, runCli, type Child } from './harness.ts';
import { REDIS_BIN, REDIS_SKIP_REASON, startRedis } from '../helpers/redis.ts';

const ALICE = 'sk-sy-alice-0000000000000001';
const BOB = 'sk-sy-bob-00000000000000002'; // may use `cheap` only
const CAROL = 'sk-sy-carol-000000000000003'; // direct provider routing, `cheap` only
const DAVE = 'sk-sy-dave-0000000000000004'; // direct provider routing, every model
const ADMIN = 'sy-admin-key-secret-0000000005';
const METRICS = 'sy-metrics-key-secret-000006';
const ECHO_KEY = 'sk-ant-echo-provider-secret-000007';
const OAI_REVOKED = 'sk-oai-revoked-key-secret-000008';
const OAI_GOOD = 'sk-oai-good-key-secret-0000009';
const BYOK = 'sk-ant-callers-own-secret-0000010';
const QUERY_SECRET = 'query-secret-in-base-url-000011';

const msg = (model: string, extra: Record<string, unknown> = {}) => JSON.stringify({ model, max_tokens: 8, messages: [{ role: 'user', content: 'Hi' }], ...extra });
const chat = (model: string, extra: Record<string, unknown> = {}) => JSON.stringify({ model, messages: [{ role: 'user', content: 'Hi' }], ...extra });

let sim: Simulator;
let up: Awaited<ReturnType<typeof startUpstream>>;
let gw: Child;
/** Whether the revoked OpenAI key is answered 401 by the scripted upstream. */
let revoked = true;

function configYaml(limits = 'limits: { per_model: { "anthropic:claude-opus-4-1": { rpm: 2 } } }'): string {
  return `server: { host: 127.0.0.1, port: 0, admin_key: "${ADMIN}", default_provider: anthropic, body_limit_bytes: 1048576, max_body_bytes_in_flight: 2097152 }
providers:
  anthropic: { type: anthropic, base_url: "${sim.url}", api_key: sk-ant-sim-key-000000012, simulated: true }
  echo: { type: anthropic, base_url: "${up.url}/echo", api_key: "${ECHO_KEY}" }
  byok: { type: anthropic, base_url: "${up.url}/byok", caller_keys: passthrough }
  oai: { type: openai, base_url: "${up.url}/oai/v1?tenant=${QUERY_SECRET}", api_keys: ["${OAI_REVOKED}", "${OAI_GOOD}"] }
models:
  cheap: { targets: [{ provider: anthropic, model: claude-haiku-4-5 }] }
  claude-prod: { targets: [{ provider: anthropic, model: claude-sonnet-4-5 }] }
  echo: { targets: [{ provider: echo, model: claude-sonnet-4-5 }] }
  byok: { targets: [{ provider: byok, model: claude-sonnet-4-5 }] }
  oai: { targets: [{ provider: oai, model: gpt-4.1 }] }
callers:
  - { name: alice, key: "${ALICE}", models: ["*"] }
  - { name: bob, key: "${BOB}", models: [cheap] }
  - { name: carol, key: "${CAROL}", models: [cheap], direct_provider_routing: true }
  - { name: dave, key: "${DAVE}", models: ["*"], direct_provider_routing: true }
circuit_breaker: { failure_threshold: 2, cooldown_ms: 60000, key_probe_ms: 400 }
retry: { max_attempts: 3, base_delay_ms: 1, max_delay_ms: 5 }
observability: { metrics: true, metrics_key: "${METRICS}" }
logging: { level: debug, usage_sink: none }
${limits}`;
}

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  up = await startUpstream((req, _body, res) => {
    const url = req.url ?? '';
    const key = String(req.headers['x-api-key'] ?? req.headers.authorization ?? '');
    if (url.startsWith('/echo/') || url.startsWith('/byok/')) {
      // An upstream that echoes the key it got: in the error body (raw, base64, URL-encoded) and in request-id.
      const k = key.replace(/^Bearer /, '');
      res.writeHead(401, { 'content-type': 'application/json', 'request-id': `req_${k}` });
      res.end(JSON.stringify({ type: 'error', error: { type: 'authentication_error', message: `Invalid API key: ${k} (b64 ${Buffer.from(`user:${k}`).toString('base64')}, url ${encodeURIComponent(`/${k}/`)})` } }));
      return;
    }
    if (url.startsWith('/oai/')) {
      if (req.headers['openai-organization'] || (revoked && key === `Bearer ${OAI_REVOKED}`)) {
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: 'Incorrect API key or organization', type: 'invalid_request_error', code: 'invalid_api_key' } }));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: 'chatcmpl-1', object: 'chat.completion', created: 1, model: 'gpt-4.1', choices: [{ index: 0, message: { role: 'assistant', content: 'ok' }, finish_reason: 'stop' }], usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 } }));
      return;
    }
    res.writeHead(404).end();
  });
  gw = await startGatewayProcess(configYaml());
}, 60_000);

afterAll(async () => {
  await gw?.stop();
  await up?.close();
  await sim?.close();
});

const post = (path: string, key: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${gw.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': key, ...headers }, body });
const health = async () => (await (await fetch(`${gw.url}/health`)).json()) as { providers: Record<string, { keys_disabled: number; keys_disabled_ids?: string[]; keys_probe_at?: Record<string, string>; circuit: { state: string } }>; in_flight: number };

describe('caller faults are caller faults', () => {
  it('finding: a DEL byte in a forwarded header is a 400 before any upstream attempt and never opens the circuit', async () => {
    const before = sim.requests.length;
    const body = msg('claude-prod');
    for (const header of ['user-agent', 'accept', 'anthropic-beta']) {
      for (let i = 0; i < 2; i++) {
        const r = await rawRequest(gw.url, `POST /v1/messages HTTP/1.1\r\nhost: x\r\nx-api-key: ${ALICE}\r\ncontent-type: application/json\r\n${header}: a\x7fb\r\ncontent-length: ${body.length}\r\n\r\n${body}`);
        expect(r.status).toBe(400);
        expect(r.text).toContain('invalid_request_error');
        expect(r.text).toContain(header);
      }
    }
    expect(sim.requests.length).toBe(before); // nothing was sent upstream
    expect((await health()).providers.anthropic!.circuit.state).toBe('closed');
    expect((await post('/v1/messages', BOB, msg('cheap'))).status).toBe(200); // another caller is unharmed
  });

  it('finding: a bogus OpenAI-Organization header does not take a stored provider key out of rotation', async () => {
    for (let i = 0; i < 3; i++) {
      const r = await post('/v1/chat/completions', ALICE, chat('oai'), { 'openai-organization': 'org-bogus' });
      expect(r.status).toBe(401); // the upstream's answer, relayed
    }
    expect((await health()).providers.oai!.keys_disabled).toBe(0);
  });

  it('finding: a key answered 401 is listed in /health, comes back through POST /admin/keys/enable and through a timed probe', async () => {
    revoked = true;
    // Two requests: whichever key the rotation starts with, the revoked one is tried and taken out.
    for (let i = 0; i < 2; i++) expect((await post('/v1/chat/completions', ALICE, chat('oai'))).status).toBe(200);
    let h = await health();
    expect(h.providers.oai!.keys_disabled).toBe(1);
    expect(Object.keys(h.providers.oai!.keys_probe_at ?? {})).toEqual([`…${OAI_REVOKED.slice(-4)}`]);
    const denied = await fetch(`${gw.url}/admin/keys/enable`, { method: 'POST' });
    expect(denied.status).toBe(401);
    const ok = await fetch(`${gw.url}/admin/keys/enable?provider=oai`, { method: 'POST', headers: { 'x-admin-key': ADMIN } });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ status: 'enabled', enabled: { oai: 1 } });
    expect((await health()).providers.oai!.keys_disabled).toBe(0);
    // Disabled again, then the key is fixed upstream: after key_probe_ms (400 ms) one request probes it.
    for (let i = 0; i < 2; i++) await post('/v1/chat/completions', ALICE, chat('oai'));
    expect((await health()).providers.oai!.keys_disabled).toBe(1);
    revoked = false;
    await new Promise((r) => setTimeout(r, 600));
    const n = up.seen.length;
    for (let i = 0; i < 2; i++) expect((await post('/v1/chat/completions', ALICE, chat('oai'))).status).toBe(200);
    expect(up.seen.slice(n).map((s) => s.headers.authorization)).toContain(`Bearer ${OAI_REVOKED}`);
    h = await health();
    expect(h.providers.oai!.keys_disabled).toBe(0);
  });
});

describe('tenant isolation', () => {
  const sdk = (key: string, headers: Record<string, string> = {}) => new Anthropic({ baseURL: gw.url, apiKey: key, maxRetries: 0, defaultHeaders: headers });
  const batchReq = (model: string) => ({ custom_id: 'a', params: { model, max_tokens: 8, messages: [{ role: 'user' as const, content: 'Hi' }] } });

  it('finding: another caller cannot list, read, cancel or delete a Message Batch; an admin can', async () => {
    const b = await sdk(ALICE).messages.batches.create({ requests: [batchReq('cheap')] });
    const bob = sdk(BOB); // may use `cheap`, which targets the same provider
    const before = sim.requests.length;
    for (const op of [
      () => bob.messages.batches.retrieve(b.id),
      () => bob.messages.batches.cancel(b.id),
      () => bob.messages.batches.delete(b.id),
      () => fetch(`${gw.url}/v1/messages/batches/${b.id}/results`, { headers: { 'x-api-key': BOB } }).then((r) => { if (!r.ok) throw Object.assign(new Error('x'), { status: r.status }); return r; }),
    ]) {
      const e = (await (op() as Promise<unknown>).then(() => null, (x: unknown) => x)) as { status?: number } | null;
      expect(e?.status).toBe(404);
    }
    expect(sim.requests.length).toBe(before); // refused before any upstream call
    const listed = await fetch(`${gw.url}/v1/messages/batches`, { headers: { 'x-api-key': BOB } });
    expect(((await listed.json()) as { data: { id: string }[] }).data.map((x) => x.id)).not.toContain(b.id);
    const mine = await fetch(`${gw.url}/v1/messages/batches`, { headers: { 'x-api-key': ALICE } });
    expect(((await mine.json()) as { data: { id: string }[] }).data.map((x) => x.id)).toContain(b.id);
    // The owner and an admin (x-admin-key next to a caller key) reach it.
    expect((await sdk(ALICE).messages.batches.retrieve(b.id)).id).toBe(b.id);
    expect((await sdk(BOB, { 'x-admin-key': ADMIN }).messages.batches.retrieve(b.id)).id).toBe(b.id);
  });

  it('finding: default_provider does not bypass callers[].models; model names match exactly (no trailing space)', async () => {
    for (const model of ['claude-sonnet-4-5', 'claude-opus-4-1', 'claude-prod ', ' cheap', 'cheap\t']) {
      const r = await post('/v1/messages', BOB, msg(model));
      expect([400, 403]).toContain(r.status);
    }
    expect((await post('/v1/messages', BOB, msg('cheap'))).status).toBe(200);
    expect((await post('/v1/messages', ALICE, msg('claude-sonnet-4-5'))).status).toBe(200); // allowed callers still use it
  });

  it('finding: direct provider routing is subject to callers[].models', async () => {
    expect((await post('/v1/messages', CAROL, msg('anthropic:claude-opus-4-1'))).status).toBe(403);
    expect((await post('/v1/messages', CAROL, msg('anthropic/claude-opus-4-1'))).status).toBe(403);
    expect((await post('/v1/messages', DAVE, msg('anthropic:claude-opus-4-1'))).status).toBe(200);
  });

  it('finding: per-model limits apply to a model string under its provider:model name, whatever its parameters or spelling', async () => {
    const statuses: number[] = [];
    for (const m of ['anthropic:claude-opus-4-1?temperature=0.5', 'anthropic/claude-opus-4-1', 'anthropic:claude-opus-4-1?top_p=0.9']) {
      statuses.push((await post('/v1/messages', DAVE, msg(m))).status);
    }
    // rpm 2 (the direction test above used one): the bucket is shared by every spelling.
    expect(statuses.filter((x) => x === 429).length).toBeGreaterThanOrEqual(2);
  });

  it('finding: model-string parameters are checked as own properties only (constructor, toString)', async () => {
    for (const p of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const before = sim.requests.length;
      const r = await post('/v1/messages', DAVE, msg(`anthropic:claude-haiku-4-5?${p}=1`));
      expect(r.status).toBe(400);
      expect(sim.requests.length).toBe(before);
    }
  });
});

describe('resource bounds', () => {
  it('finding: an unknown or missing key is answered from the headers alone (the body is never awaited)', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) =>
      // A declared 1 MiB body that never comes: the 401 must not wait for it.
      rawRequest(gw.url, `POST /v1/messages HTTP/1.1\r\nhost: x\r\n${i % 2 ? 'x-api-key: sk-wrong\r\n' : ''}content-type: application/json\r\ncontent-length: 1048000\r\n\r\n{"model":`, 8000)));
    for (const r of results) {
      expect(r.timedOut).toBe(false);
      expect(r.status).toBe(401);
    }
  });

  it('finding: body bytes read at once are bounded (server.max_body_bytes_in_flight): beyond it a 503 with retry-after', async () => {
    // Three valid callers each declare 900 KiB and send only part of it: the third exceeds 2 MiB.
    const head = (k: string) => `POST /v1/messages HTTP/1.1\r\nhost: x\r\nx-api-key: ${k}\r\ncontent-type: application/json\r\ncontent-length: ${900 * 1024}\r\n\r\n{"model":"cheap"`;
    const slow = [rawRequest(gw.url, head(ALICE), 4000), rawRequest(gw.url, head(DAVE), 4000)];
    await new Promise((r) => setTimeout(r, 300));
    const third = await rawRequest(gw.url, head(BOB), 4000);
    expect(third.status).toBe(503);
    expect(third.text.toLowerCase()).toContain('retry-after: 1');
    expect(third.text).toContain('max_body_bytes_in_flight');
    await Promise.all(slow);
    // Released when those connections went away.
    await new Promise((r) => setTimeout(r, 300));
    expect((await post('/v1/messages', BOB, msg('cheap'))).status).toBe(200);
  });

  it('finding: metric labels take only configured names; /metrics requires observability.metrics_key', async () => {
    await Promise.all(Array.from({ length: 40 }, (_, i) => post('/v1/messages', ALICE, msg(`made-up-model-${i}-x`))));
    expect((await fetch(`${gw.url}/metrics`)).status).toBe(401);
    const text = await (await fetch(`${gw.url}/metrics`, { headers: { authorization: `Bearer ${METRICS}` } })).text();
    expect(text).toContain('switchyard_requests_total');
    expect(text).not.toContain('made-up-model');
    expect(text).toContain('target="other"');
  });

  it('finding: JSON nested deeper than the bound is a 400 on every route (no 500)', async () => {
    const deep = '['.repeat(50_000) + ']'.repeat(50_000);
    const bodies: [string, string, string][] = [
      ['/v1/chat/completions', 'claude-prod', `{"model":"claude-prod","messages":[{"role":"user","content":"hi"}],"tools":[{"type":"function","function":{"name":"f","parameters":{"type":"object","x":${deep}}}}]}`],
      ['/v1/messages', 'oai', `{"model":"oai","max_tokens":8,"messages":[{"role":"user","content":"hi"}],"tools":[{"name":"f","input_schema":{"type":"object","x":${deep}}}]}`],
      ['/v1/messages', 'cheap', `{"model":"cheap","max_tokens":8,"messages":[{"role":"user","content":"hi"}],"metadata":${deep}}`],
      ['/v1/messages/batches', '', `{"requests":${deep}}`],
    ];
    for (const [path, , body] of bodies) {
      const r = await post(path, ALICE, body, path.includes('chat') ? { authorization: `Bearer ${ALICE}` } : {});
      expect(r.status).toBe(400);
    }
  });
});

describe('secrets', () => {
  it('finding: a provider key echoed by the upstream (body, request-id, base64, URL-encoded) never reaches the caller, native or translated', async () => {
    for (const [path, body] of [['/v1/messages', msg('echo')], ['/v1/chat/completions', chat('echo')]] as const) {
      const r = await post(path, ALICE, body);
      const text = `${JSON.stringify(Object.fromEntries(r.headers))}\n${await r.text()}`;
      expect(r.status).toBe(401);
      expect(text).toContain('[redacted]');
      for (const form of [ECHO_KEY, Buffer.from(`user:${ECHO_KEY}`).toString('base64'), encodeURIComponent(`/${ECHO_KEY}/`)]) expect(text).not.toContain(form);
    }
  });

  it('finding: the caller\'s own provider key (caller_keys: passthrough) echoed by the upstream is scrubbed too', async () => {
    const r = await post('/v1/messages', BYOK, msg('byok'), { 'x-switchyard-key': ALICE });
    const text = `${JSON.stringify(Object.fromEntries(r.headers))}\n${await r.text()}`;
    expect(r.status).toBe(401);
    expect(text).not.toContain(BYOK);
  });

  it('finding: a base_url query is honoured upstream and redacted in the banner and /health', async () => {
    expect(up.seen.some((s) => s.url.startsWith('/oai/v1/chat/completions?tenant='))).toBe(true);
    expect(gw.output()).not.toContain(QUERY_SECRET);
    expect(JSON.stringify(await health())).not.toContain(QUERY_SECRET);
  });

  it('finding: a base_url with userinfo is refused at config load, and neither the refusal nor a rejected reload quotes it', async () => {
    const file = `${gw.configPath}.userinfo.yaml`;
    writeFileSync(file, 'providers:\n  p: { type: openai, base_url: "https://user:pw-in-url-secret-13@api.example.com/v1", api_key: k }\n');
    const check = await runCli(['config', 'check', file], {});
    expect(check.code).not.toBe(0);
    expect(check.output).toContain('must not contain userinfo');
    expect(check.output).not.toContain('pw-in-url-secret-13');
    const original = readFileSync(gw.configPath, 'utf8');
    try {
      writeFileSync(gw.configPath, original.replace(`base_url: "${up.url}/echo"`, `base_url: "http://user:pw-in-url-secret-13@[bad/echo?key=q-secret-14"`));
      const r = await fetch(`${gw.url}/admin/reload`, { method: 'POST', headers: { 'x-admin-key': ADMIN } });
      const text = await r.text();
      expect(r.status).toBe(400);
      expect(text).not.toContain('pw-in-url-secret-13');
      expect(text).not.toContain('q-secret-14');
      writeFileSync(gw.configPath, original.replace(`base_url: "${up.url}/echo"`, `base_url: "http://user:pw-in-url-secret-13@127.0.0.1:9/echo"`));
      const r2 = await fetch(`${gw.url}/admin/reload`, { method: 'POST', headers: { 'x-admin-key': ADMIN } });
      const t2 = await r2.text();
      expect(r2.status).toBe(400);
      expect(t2).toContain('must not contain userinfo');
      expect(t2).not.toContain('pw-in-url-secret-13');
      await new Promise((r) => setTimeout(r, 200));
      expect(gw.output()).not.toContain('pw-in-url-secret-13');
    } finally {
      writeFileSync(gw.configPath, original);
    }
  });

  it('finding: x-admin-key and caller keys are redacted in request logs at debug level', async () => {
    await fetch(`${gw.url}/v1/messages/batches`, { headers: { 'x-api-key': BOB, 'x-admin-key': ADMIN } });
    await post('/v1/messages', ALICE, msg('cheap'), { 'x-admin-key': ADMIN });
    await new Promise((r) => setTimeout(r, 300));
    const out = gw.output();
    expect(out).toContain('"x-admin-key":"[redacted]"');
    for (const s of [ADMIN, ALICE, BOB, ECHO_KEY, OAI_GOOD, OAI_REVOKED, BYOK, METRICS]) expect(out).not.toContain(s);
  });

  it('finding: batch results_url comes from the listener (or server.public_url), never from X-Forwarded-Host / Host', async () => {
    const r = await post('/v1/messages/batches', ALICE, JSON.stringify({ requests: [{ custom_id: 'a', params: JSON.parse(msg('cheap')) }] }), { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https', host: 'evil.example' });
    const b = (await r.json()) as { id: string };
    const got = (await (await fetch(`${gw.url}/v1/messages/batches/${b.id}`, { headers: { 'x-api-key': ALICE, 'x-forwarded-host': 'evil.example' } })).json()) as { results_url: string | null };
    expect(got.results_url).toBe(`${gw.url}/v1/messages/batches/${b.id}/results`);
  });
});

describe('held (must keep holding)', () => {
  it('held: wrong, missing and provider keys in every key header are 401 in the route\'s format', async () => {
    const cases: [string, Record<string, string>][] = [
      ['/v1/messages', {}], ['/v1/messages', { 'x-api-key': 'sk-nope' }], ['/v1/messages', { authorization: 'Bearer sk-nope' }],
      ['/v1/messages', { 'x-api-key': ECHO_KEY }], ['/v1/chat/completions', { authorization: `Bearer ${OAI_GOOD}` }],
      ['/v1/messages', { 'x-switchyard-key': 'sk-nope', 'x-api-key': BYOK }], ['/v1/messages', { 'x-api-key': ALICE.slice(0, -1) }],
    ];
    for (const [path, headers] of cases) {
      const r = await fetch(`${gw.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: msg('cheap') });
      expect(r.status).toBe(401);
      const j = (await r.json()) as Record<string, unknown>;
      expect(path.includes('chat') ? 'error' in j && !('type' in j) : j.type === 'error').toBe(true);
    }
  });

  it('held: only allow-listed caller headers are forwarded upstream', async () => {
    const before = up.seen.length;
    await post('/v1/chat/completions', ALICE, chat('oai'), { cookie: 'session=s3cr3t', 'x-internal': 'i', 'x-forwarded-for': '1.2.3.4', 'user-agent': 'ua/1' });
    const h = up.seen[before]!.headers;
    expect(h.cookie).toBeUndefined();
    expect(h['x-internal']).toBeUndefined();
    expect(h['x-forwarded-for']).toBeUndefined();
    expect(h['x-api-key']).toBeUndefined();
    expect(h.authorization).toMatch(/^Bearer sk-oai-/);
    expect(h['user-agent']).toBe('ua/1');
  });

  it('held: oversize bodies are a 413 and prototype-pollution keys change nothing', async () => {
    expect((await post('/v1/messages', ALICE, `{"model":"cheap","pad":"${'x'.repeat(1_100_000)}"}`)).status).toBe(413);
    const r = await post('/v1/messages', ALICE, '{"model":"cheap","max_tokens":8,"messages":[{"role":"user","content":"Hi"}],"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}');
    expect([200, 400]).toContain(r.status);
    expect((await post('/v1/messages', BOB, msg('cheap'))).status).toBe(200);
  });

  it('held: callers that abort mid-stream leave nothing in flight; a smuggled request behind conflicting lengths is never served', async () => {
    await Promise.all(Array.from({ length: 10 }, async () => {
      const c = new AbortController();
      const r = await fetch(`${gw.url}/v1/messages`, { method: 'POST', signal: c.signal, headers: { 'content-type': 'application/json', 'x-api-key': ALICE, 'x-sim-events': '400', 'x-sim-pace-ms': '20' }, body: msg('cheap', { stream: true }) });
      expect(r.status).toBe(200);
      await r.body!.getReader().read(); // the stream started; then the caller leaves
      c.abort();
    }));
    // /health does not count itself: 0 means nothing is in flight.
    const end = Date.now() + 10_000;
    while ((await health()).in_flight > 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
    expect((await health()).in_flight).toBe(0);
    const before = sim.requests.length;
    const smuggled = `GET /v1/models HTTP/1.1\r\nhost: x\r\nx-api-key: ${ALICE}\r\n\r\n`;
    const r = await rawRequest(gw.url, `POST /v1/messages HTTP/1.1\r\nhost: x\r\nx-api-key: ${ALICE}\r\ncontent-length: 4\r\ntransfer-encoding: chunked\r\n\r\n0\r\n\r\n${smuggled}`, 3000);
    expect(r.text).not.toContain('"object":"list"'); // the smuggled GET /v1/models was not answered
    expect(sim.requests.length).toBe(before);
  });

  it('held: direct provider routing stays off for callers without it', async () => {
    expect((await post('/v1/messages', BOB, msg('anthropic:cheap'))).status).toBe(403);
  });
});

describe.skipIf(!REDIS_BIN)(`batch ownership in the shared store (${REDIS_BIN ? 'redis-server' : REDIS_SKIP_REASON})`, () => {
  it('finding: batch owners hold across replicas and after a restart (limits.store: redis)', async () => {
    const redis = await startRedis();
    await redis.start();
    const limits = `limits: { store: "${redis.url}/0" }`;
    let a: Child | null = null;
    let b: Child | null = null;
    try {
      a = await startGatewayProcess(configYaml(limits));
      b = await startGatewayProcess(configYaml(limits));
      const created = await fetch(`${a.url}/v1/messages/batches`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': ALICE }, body: JSON.stringify({ requests: [{ custom_id: 'r', params: JSON.parse(msg('cheap')) }] }) });
      const id = ((await created.json()) as { id: string }).id;
      const get = (g: Child, key: string) => fetch(`${g.url}/v1/messages/batches/${id}`, { headers: { 'x-api-key': key } }).then((r) => r.status);
      expect(await get(b, BOB)).toBe(404); // another replica: still not bob's
      expect(await get(b, ALICE)).toBe(200);
      await a.stop();
      a = await startGatewayProcess(configYaml(limits)); // a restart
      expect(await get(a, BOB)).toBe(404);
      expect(await get(a, ALICE)).toBe(200);
    } finally {
      await a?.stop();
      await b?.stop();
      await redis.stop();
    }
  }, 60_000);
});

describe('a slow store and safe defaults', () => {
  it('finding: a hung (not down) Redis costs bounded latency: requests follow on_store_error within limits.store_timeout_ms', async () => {
    const hung = await startHungRedis();
    const g = await startGatewayProcess(configYaml(`limits: { store: "${hung.url}", on_store_error: open, store_timeout_ms: 100, per_caller: { rpm: 100000 } }`));
    try {
      const t0 = Date.now();
      for (let i = 0; i < 12; i++) {
        const r = await fetch(`${g.url}/v1/messages`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': ALICE }, body: msg('cheap') });
        expect(r.status).toBe(200);
      }
      // Before issue 10: ≥ 500 ms per request (12 × 500 = 6 s). Now: one 100 ms wait per 2 s circuit window.
      expect(Date.now() - t0).toBeLessThan(4000);
    } finally {
      await g.stop();
      await hung.close();
    }
  });

  it('finding: the embedded default refuses the public demo key when real provider keys are in the environment', async () => {
    const r = await runCli(['start', '--port', '0'], { ANTHROPIC_API_KEY: 'sk-ant-real-looking-000015', SWITCHYARD_KEY: '', SWITCHYARD_CONFIG: '', LOG_LEVEL: 'silent' });
    expect(r.code).toBe(1);
    expect(r.output).toContain('SWITCHYARD_KEY');
    expect(r.output).not.toContain('sk-ant-real-looking-000015');
  });
});

describe('protocol edges the uWS build cannot answer yet', () => {
  // uWebSockets.js 20.30 (the pinned build) answers these inside its C++ HTTP parser, before any
  // JavaScript runs: it drops HTTP/1.0 responses, closes on the 49th header without a status and
  // closes a connection when a request is pipelined behind a pending one. Fixing them needs a
  // uWS upgrade (README Security section); the cases stay here, skipped with that reason.
  it.skip('finding: an HTTP/1.0 request is served or refused at once (uWS 20.30 drops the answer)', () => undefined);
  it.skip('finding: a 49th header gets 431 (uWS 20.30 closes without a status)', () => undefined);
  it.skip('finding: a request pipelined behind a pending one is served in order (uWS 20.30 closes both)', () => undefined);
});
