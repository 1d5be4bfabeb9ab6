/**
 * Provider conformance: one suite that enumerates specs/providers/ (every spec
 * file, no hand-written list) and runs the same checks against every provider
 * type through the simulator, which plays each type from its spec under
 * `/_dialect/<type>` (runtime/simulator/dialects.ts).
 *
 * Per provider type, with the official SDK of its native format (`openai` or
 * `@anthropic-ai/sdk`) and the SDK of the format its chat is translated from:
 * - native (passthrough): JSON, stream (usage exactly when the upstream's
 *   streams carry it: not for a dialect that ignores
 *   `stream_options.include_usage`), a tool call round trip (the provider's own
 *   tool-call id replayed), embeddings where the spec lists them;
 * - translated: JSON and stream, a tool round trip, the upstream's max-tokens
 *   field on the wire (the dialect's for OpenAI-format upstreams);
 * - reasoning where the catalog has a thinking model and the dialect names a
 *   reasoning field: the field natively, Anthropic thinking blocks translated;
 * - auth: the spec's header and prefix on the wire (none for `auth: null`), and
 *   the simulated provider refuses a request without it;
 * - a rejected parameter (the dialect's first) → the provider's 400, relayed
 *   to the OpenAI caller with the parameter named;
 * - usage accounting: the usage record carries the upstream's token counts.
 * Every skip names its reason. `CONFORMANCE_TYPES=a,b` limits the run to those
 * provider types (used by test/provider-spec-throwaway.test.ts).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';
import { PROVIDERS } from '../specs/providers/index.ts';
import type { ProviderSpec } from '../specs/capability.ts';
import { startSimulator, simulatedBaseUrl, simulatedSettings, type Simulator, type RecordedRequest } from '../runtime/simulator/index.ts';
import { startSwitchyard, type Switchyard } from '../runtime/main.ts';
import { normalize, type ProviderRuntime } from '../runtime/config/index.ts';
import { adapterFor, type UpstreamRequest } from '../runtime/providers/index.ts';
import type { ProviderType } from '../generated/capabilities.ts';
import type { GatewayConfig } from '../generated/types/config.ts';
import { LineCapture } from './helpers/capture.ts';

const CALLER = 'sk-conformance-caller-0123456789';
const only = (process.env.CONFORMANCE_TYPES ?? '').split(',').map((s) => s.trim()).filter(Boolean);
const TYPES = Object.keys(PROVIDERS).filter((t) => only.length === 0 || only.includes(t));
const keyOf = (type: string) => `sk-prov-${type}-secret`;
/** A model the simulator answers for a provider without a catalog (models: []). */
const UNCATALOGUED = 'sim-model';

let sim: Simulator;
let sy: Switchyard;
const usage = new LineCapture();

/** Alias names of a provider type. */
const alias = (type: string, kind: 'chat' | 'think') => `conf-${type}-${kind}`;
const chatModel = (s: ProviderSpec) => s.models.find((m) => !m.thinking && m.maxOutputTokens > 0)?.id ?? s.models[0]?.id ?? UNCATALOGUED;
const thinkingModel = (s: ProviderSpec) => s.models.find((m) => m.thinking)?.id;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, recordLimit: 200 });
  const cfg: GatewayConfig = {
    server: { host: '127.0.0.1', port: 0 },
    providers: {},
    models: {},
    callers: [{ name: 'conformance', key: CALLER, models: ['*'] }],
    logging: { usage_sink: 'none', level: 'silent' },
    retry: { max_attempts: 1 },
  };
  for (const type of TYPES) {
    const spec = PROVIDERS[type]!;
    cfg.providers[`p-${type}`] = {
      type: type as GatewayConfig['providers'][string]['type'],
      base_url: simulatedBaseUrl(sim.url, type),
      ...simulatedSettings(type),
      ...(spec.auth ? { api_key: keyOf(type) } : {}),
    };
    cfg.models![alias(type, 'chat')] = { targets: [{ provider: `p-${type}`, model: chatModel(spec) }] };
    const think = thinkingModel(spec);
    if (think) cfg.models![alias(type, 'think')] = { targets: [{ provider: `p-${type}`, model: think }] };
  }
  if (TYPES.includes('xai')) cfg.models!['conf-xai-recorded'] = { targets: [{ provider: 'p-xai', model: 'fixture:openai-compatible/xai-reasoning-content-tool-call.sse' }] };
  sy = await startSwitchyard(normalize(cfg), { usageDestination: usage });
}, 30_000);
afterAll(async () => {
  await sy?.close(500);
  await sim?.close();
});

const openai = () => new OpenAI({ baseURL: `${sy.gateway.url}/v1`, apiKey: CALLER, maxRetries: 0 });
const anthropic = () => new Anthropic({ baseURL: sy.gateway.url, apiKey: CALLER, maxRetries: 0 });
const user = (content: string) => [{ role: 'user' as const, content }];

/** The simulator requests made while `f` runs. */
async function upstreamOf<T>(f: () => Promise<T>): Promise<{ result: T; reqs: RecordedRequest[] }> {
  const n = sim.requests.length;
  const result = await f();
  return { result, reqs: sim.requests.slice(n) };
}

/** Runs `f`, then the one usage record it produced. */
async function recordOf(f: () => Promise<unknown>): Promise<Record<string, unknown>> {
  const n = usage.lines.length;
  await f();
  await usage.waitFor(n + 1, 10_000);
  return JSON.parse(usage.lines[n]!) as Record<string, unknown>;
}

const WEATHER_TOOL_OPENAI = {
  type: 'function' as const,
  function: { name: 'get_weather', description: 'Weather for a city', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } },
};
const WEATHER_TOOL_ANTHROPIC = { name: 'get_weather', description: 'Weather for a city', input_schema: { type: 'object' as const, properties: { city: { type: 'string' } }, required: ['city'] } };

type Format = 'openai-chat' | 'anthropic-messages';
/** Native formats without a driver here: their native routes are covered elsewhere (gemini: test/gemini-provider.test.ts and the Gemini ingress tests). */
const NO_DRIVER: Record<string, string> = { gemini: 'the Gemini-format native path is covered by the Gemini ingress and provider tests (no @google/genai driver in this suite)' };
/** One answer, normalised across the two SDKs. */
interface Turn {
  text: string;
  /** 'stop' (end_turn / stop), 'tool' (tool_use / tool_calls), or the raw value. */
  finish: string;
  toolCall?: { id: string; name: string };
  usage: { input: number; output: number } | null;
}
/** The same calls through either official SDK. */
interface Driver {
  json(model: string, prompt: string): Promise<Turn>;
  stream(model: string, prompt: string): Promise<Turn>;
  /** Forces a get_weather call, then sends its result back with the call's id; both turns. */
  toolRoundTrip(model: string): Promise<[Turn, Turn]>;
}

const openaiDriver: Driver = {
  async json(model, prompt) {
    const r = await openai().chat.completions.create({ model, max_tokens: 200, messages: user(prompt) });
    return { text: r.choices[0]!.message.content ?? '', finish: r.choices[0]!.finish_reason, usage: r.usage ? { input: r.usage.prompt_tokens, output: r.usage.completion_tokens } : null };
  },
  async stream(model, prompt) {
    const st = await openai().chat.completions.create({ model, max_tokens: 200, messages: user(prompt), stream: true, stream_options: { include_usage: true } });
    const t: Turn = { text: '', finish: '', usage: null };
    for await (const c of st) {
      t.text += c.choices[0]?.delta.content ?? '';
      t.finish ||= c.choices[0]?.finish_reason ?? '';
      if (c.usage) t.usage = { input: c.usage.prompt_tokens, output: c.usage.completion_tokens };
    }
    return t;
  },
  async toolRoundTrip(model) {
    const c = openai();
    const first = await c.chat.completions.create({ model, max_tokens: 200, messages: user('Weather in Paris?'), tools: [WEATHER_TOOL_OPENAI], tool_choice: 'required' });
    const call = first.choices[0]!.message.tool_calls?.[0];
    const t1: Turn = { text: '', finish: first.choices[0]!.finish_reason, usage: null, ...(call?.type === 'function' ? { toolCall: { id: call.id, name: call.function.name } } : {}) };
    const second = await c.chat.completions.create({
      model, max_tokens: 200, tools: [WEATHER_TOOL_OPENAI],
      messages: [...user('Weather in Paris?'), first.choices[0]!.message, { role: 'tool', tool_call_id: t1.toolCall?.id ?? '', content: '18°C, sunny' }],
    });
    return [t1, { text: second.choices[0]!.message.content ?? '', finish: second.choices[0]!.finish_reason, usage: null }];
  },
};

const anthropicTurn = (m: Anthropic.Message): Turn => {
  const tu = m.content.find((b) => b.type === 'tool_use');
  return {
    text: m.content.map((b) => (b.type === 'text' ? b.text : '')).join(''),
    finish: m.stop_reason === 'end_turn' ? 'stop' : m.stop_reason === 'tool_use' ? 'tool' : String(m.stop_reason),
    usage: { input: m.usage.input_tokens, output: m.usage.output_tokens },
    ...(tu?.type === 'tool_use' ? { toolCall: { id: tu.id, name: tu.name } } : {}),
  };
};
const anthropicDriver: Driver = {
  json: async (model, prompt) => anthropicTurn(await anthropic().messages.create({ model, max_tokens: 200, messages: user(prompt) })),
  stream: async (model, prompt) => anthropicTurn(await anthropic().messages.stream({ model, max_tokens: 200, messages: user(prompt) }).finalMessage()),
  async toolRoundTrip(model) {
    const c = anthropic();
    const first = await c.messages.create({ model, max_tokens: 200, tools: [WEATHER_TOOL_ANTHROPIC], tool_choice: { type: 'any' }, messages: user('Weather in Paris?') });
    const t1 = anthropicTurn(first);
    const second = await c.messages.create({
      model, max_tokens: 200, tools: [WEATHER_TOOL_ANTHROPIC],
      messages: [...user('Weather in Paris?'), { role: 'assistant', content: first.content }, { role: 'user', content: [{ type: 'tool_result', tool_use_id: t1.toolCall?.id ?? '', content: '18°C, sunny' }] }],
    });
    return [t1, anthropicTurn(second)];
  },
};
const DRIVERS: Record<Format, Driver> = { 'openai-chat': openaiDriver, 'anthropic-messages': anthropicDriver };
const normFinish = (f: string) => (f === 'end_turn' ? 'stop' : f === 'tool_use' || f === 'tool_calls' ? 'tool' : f);

/**
 * The path a capability's `upstreamPath` becomes on the wire: through the
 * adapter's URL template (runtime/providers/<type>.ts, e.g. Vertex's project,
 * region and `@` model) with the settings the simulator needs, else `{model}`
 * URL-encoded (the default).
 */
function wirePath(type: string, path: string, model: string): string {
  const spec = PROVIDERS[type]!;
  const options = { ...Object.fromEntries(Object.entries(spec.configOptions ?? {}).map(([k, o]) => [k, o.default])), ...simulatedSettings(type) };
  const req: UpstreamRequest = { method: 'POST', path, query: '', headers: {}, body: null };
  const adapter = adapterFor(type as ProviderType);
  if (!adapter.url) return path.replace('{model}', encodeURIComponent(model));
  adapter.url(req, { provider: { options } as unknown as ProviderRuntime, routeType: 'llm/v1/chat', model, stream: false, mode: 'passthrough', betas: [] });
  return req.path;
}

describe.each(TYPES)('provider %s', (type) => {
  const spec = PROVIDERS[type]!;
  const native = spec.nativeFormat as Format;
  const nativeFormat: string = spec.nativeFormat;
  const nativeSkip = NO_DRIVER[nativeFormat] ?? null;
  const d = spec.dialect ?? {};
  const chatCap = spec.capabilities.find((c) => c.routeType === 'llm/v1/chat');
  const embedCap = spec.capabilities.find((c) => c.routeType === 'llm/v1/embeddings');
  const translatedFrom = (chatCap?.translatedFormats[0] ?? null) as Format | null;
  const model = chatModel(spec);
  const think = thinkingModel(spec);
  const basePath = new URL(simulatedBaseUrl('http://h', type)).pathname.replace(/\/$/, '');
  const upstreamPath = (p: string) => `${basePath}${wirePath(type, p, model)}`;
  const chatPath = upstreamPath(chatCap?.upstreamPath ?? '');
  /** The output-limit field the upstream must receive: the dialect's for OpenAI-format upstreams, Gemini's generationConfig.maxOutputTokens. */
  const maxField = native === 'openai-chat' ? (d.maxTokensField ?? 'max_completion_tokens') : nativeFormat === 'gemini' ? 'generationConfig.maxOutputTokens' : 'max_tokens';
  const otherMaxField = maxField === 'max_tokens' ? 'max_completion_tokens' : 'max_tokens';
  const field = (body: Record<string, unknown>, path: string): unknown => path.split('.').reduce<unknown>((o, k) => (o !== null && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), body);
  /** Whether a stream from this upstream carries usage. */
  const streamUsage = native !== 'openai-chat' || d.streamUsage !== false;

  /** Auth as the spec says: its header with prefix + key, or no credential header at all. */
  const expectAuth = (r: RecordedRequest) => {
    if (spec.auth) expect(r.headers[spec.auth.header]).toBe(`${spec.auth.prefix}${keyOf(type)}`);
    else {
      expect(r.headers.authorization).toBeUndefined();
      expect(r.headers['x-api-key']).toBeUndefined();
      expect(r.headers['api-key']).toBeUndefined();
    }
  };

  it.skipIf(nativeSkip !== null)(`native JSON (${native} SDK, passthrough): answer, upstream path, auth, usage record${nativeSkip ? ` — skipped: ${nativeSkip}` : ''}`, async () => {
    let t!: Turn;
    const { reqs } = await upstreamOf(async () => {
      const rec = await recordOf(async () => (t = await DRIVERS[native].json(alias(type, 'chat'), 'Say hello.')));
      expect(rec).toMatchObject({ provider: `p-${type}`, mode: 'passthrough', status: 200, usage_reported: true, input_tokens: t.usage!.input, output_tokens: t.usage!.output });
    });
    expect(t.text).toMatch(/\w/);
    expect(normFinish(t.finish)).toBe('stop');
    expect(reqs).toHaveLength(1);
    expect(reqs[0]!.path).toBe(chatPath);
    expectAuth(reqs[0]!);
  });

  it.skipIf(nativeSkip !== null)(`native stream (${native} SDK): text, usage exactly when the upstream's streams carry it${nativeSkip ? ` — skipped: ${nativeSkip}` : ''}`, async () => {
    const t = await DRIVERS[native].stream(alias(type, 'chat'), 'Say hello.');
    expect(t.text).toMatch(/\w/);
    expect(normFinish(t.finish)).toBe('stop');
    if (streamUsage) expect(t.usage?.output).toBeGreaterThan(0);
    else expect(t.usage).toBeNull();
  });

  it.skipIf(nativeSkip !== null)(`native tool call round trip (${native} SDK): the provider's tool-call id replayed${nativeSkip ? ` — skipped: ${nativeSkip}` : ''}`, async () => {
    const [first, second] = await DRIVERS[native].toolRoundTrip(alias(type, 'chat'));
    expect(normFinish(first.finish)).toBe('tool');
    expect(first.toolCall?.name).toBe('get_weather');
    if (d.toolCallId?.pattern) expect(first.toolCall!.id).toMatch(new RegExp(d.toolCallId.pattern));
    expect(normFinish(second.finish)).toBe('stop');
    expect(second.text).toMatch(/\w/);
  });

  it.skipIf(!embedCap)(`native embeddings${embedCap ? '' : ' — skipped: the spec lists no embeddings capability'}`, async () => {
    const { result, reqs } = await upstreamOf(() => openai().embeddings.create({ model: alias(type, 'chat'), input: 'hello' }));
    expect(result.data[0]!.embedding.length).toBeGreaterThan(0);
    expect(reqs[0]!.path).toBe(upstreamPath(embedCap!.upstreamPath));
  });

  const translatedSkip = translatedFrom ? null : 'chat is native only (no translated formats)';
  it.skipIf(translatedSkip !== null)(`translated JSON and stream (${translatedFrom ?? '-'} SDK): text, the upstream's max-tokens field, usage record`, async () => {
    const drv = DRIVERS[translatedFrom!];
    let t!: Turn;
    const { reqs } = await upstreamOf(async () => {
      const rec = await recordOf(async () => (t = await drv.json(alias(type, 'chat'), 'Say hello.')));
      expect(rec).toMatchObject({ mode: 'transcode', upstream_format: native, status: 200, usage_reported: true, input_tokens: t.usage!.input, output_tokens: t.usage!.output });
    });
    expect(t.text).toMatch(/\w/);
    expect(normFinish(t.finish)).toBe('stop');
    const body = JSON.parse(reqs[0]!.body.toString()) as Record<string, unknown>;
    expect(field(body, maxField)).toBe(200);
    expect(body[otherMaxField]).toBeUndefined();
    expect(reqs[0]!.path).toBe(chatPath);
    expectAuth(reqs[0]!);

    const s = await drv.stream(alias(type, 'chat'), 'Say hello.');
    expect(s.text).toMatch(/\w/);
    if (streamUsage) expect(s.usage?.output).toBeGreaterThan(0);
    else expect(s.usage?.output ?? 0).toBe(0);
  });

  it.skipIf(translatedSkip !== null)(`translated tool round trip (${translatedFrom ?? '-'} SDK): the call, then its result with the same id`, async () => {
    const [first, second] = await DRIVERS[translatedFrom!].toolRoundTrip(alias(type, 'chat'));
    expect(normFinish(first.finish)).toBe('tool');
    expect(first.toolCall?.name).toBe('get_weather');
    expect(normFinish(second.finish)).toBe('stop');
    expect(second.text).toMatch(/\w/);
  });

  const reasoningSkip = native !== 'openai-chat' ? `native format ${native}: reasoning is native thinking blocks there (test/translation-e2e.test.ts covers them both ways)`
    : !think ? 'the catalog has no thinking model'
      : !d.reasoningField ? 'the dialect names no reasoning field'
        : null;
  it.skipIf(reasoningSkip !== null)(`reasoning: ${d.reasoningField ?? '-'} natively, Anthropic thinking blocks translated${reasoningSkip ? ` — skipped: ${reasoningSkip}` : ''}`, async () => {
    const field = d.reasoningField!;
    const stream = await openai().chat.completions.create({ model: alias(type, 'think'), messages: user('Think, then answer.'), stream: true });
    let reasoning = '';
    for await (const c of stream) reasoning += ((c.choices[0]?.delta ?? {}) as Record<string, unknown>)[field] as string | undefined ?? '';
    expect(reasoning).toMatch(/\w/);

    const events: Anthropic.MessageStreamEvent[] = [];
    const s = anthropic().messages.stream({ model: alias(type, 'think'), max_tokens: 2048, thinking: { type: 'enabled', budget_tokens: 1024 }, messages: user('Think, then answer.') });
    s.on('streamEvent', (e) => events.push(e));
    const final = await s.finalMessage();
    expect(final.content[0]).toMatchObject({ type: 'thinking', thinking: reasoning });
    expect(final.content.some((b) => b.type === 'text')).toBe(true);
    expect(events.some((e) => e.type === 'content_block_delta' && e.delta.type === 'thinking_delta')).toBe(true);
  });

  it(`auth: ${spec.auth ? `the simulated provider refuses a request without ${spec.auth.header}` : 'none — the simulated provider answers without a credential'}`, async () => {
    const q = spec.configOptions?.api_version ? `?api-version=${spec.configOptions.api_version.default}` : '';
    const res = await fetch(`${sim.url}${chatPath}${q}`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ model, max_tokens: 20, messages: user('hi') }),
    });
    // A missing credential is 401, or 403 where the cloud answers so (AWS: MissingAuthenticationToken;
    // Google answers a call without any credential 403 PERMISSION_DENIED, "unregistered callers").
    if (!spec.auth) expect(res.status).toBe(200);
    else if (nativeFormat === 'gemini') expect(res.status).toBe(403);
    else expect([401, 403]).toContain(res.status);
  });

  const rejected = d.rejectedParams?.[0];
  const rejectSkip = native !== 'openai-chat' ? `native format ${native}: no dialect parameters` : !rejected ? 'the dialect rejects no parameter' : null;
  it.skipIf(rejectSkip !== null)(`rejected parameter ${rejected ?? ''} → the provider's 400, relayed${rejectSkip ? ` — skipped: ${rejectSkip}` : ''}`, async () => {
    const m = /^([^[\]]+)\[\]\.(.+)$/.exec(rejected!);
    const body: Record<string, unknown> = { model: alias(type, 'chat'), messages: user('hi') };
    if (m) body[m[1]!] = [{ role: 'user', content: 'hi', [m[2]!]: 'x' }];
    else body[rejected!] = rejected === 'logit_bias' ? { 50256: -100 } : rejected === 'top_logprobs' ? 2 : rejected!.startsWith('max_') ? 50 : true;
    const err = await openai().chat.completions.create(body as never).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    expect((err as InstanceType<typeof OpenAI.BadRequestError>).message).toContain(rejected!);
  });
});

describe.skipIf(!TYPES.includes('xai'))('recorded dialect stream', () => {
  it('xAI grok-3-mini recording (reasoning_content, whole tool call in one chunk) through the xai provider → Anthropic thinking block then tool_use', async () => {
    const s = anthropic().messages.stream({ model: 'conf-xai-recorded', max_tokens: 1024, tools: [WEATHER_TOOL_ANTHROPIC], messages: user('Weather?') });
    const final = await s.finalMessage();
    expect(final.content[0]).toMatchObject({ type: 'thinking', thinking: expect.stringMatching(/\w/) });
    const tu = final.content.find((b) => b.type === 'tool_use');
    expect(tu).toBeDefined();
    expect(final.stop_reason).toBe('tool_use');
    // xAI counts reasoning outside completion_tokens (recording: 26 completion + 227 reasoning).
    expect(final.usage.output_tokens).toBeGreaterThan(26);
  });
});
