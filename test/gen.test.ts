/**
 * Tests of the codegen step (scripts/gen.ts) and what it emits under generated/:
 * drift check, route table, validators, capability helpers and docs.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { diffTrees } from '../scripts/gen.ts';
import { VALIDATED_SCHEMAS } from '../specs/formats/index.ts';
import { ROUTES, formatForPath, matchRoute, ownEndpointMethods, pathExists, allowedMethods } from '../generated/routes.ts';
import { MODELS, PROVIDERS, PROVIDER_TYPES, TRANSLATIONS, findCapability, findModel, unsupportedReason } from '../generated/capabilities.ts';
import { validators, type Validator } from '../generated/validators/index.ts';

const ROOT = join(import.meta.dirname, '..');

/** Runs a validator; returns the first error (or null when valid). */
function firstError(v: Validator, data: unknown) {
  return v(data) ? null : (v.errors?.[0] ?? { instancePath: '?', message: 'no error object' });
}

describe('gen:check', () => {
  it('passes on the committed tree', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/gen.ts', '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(out).toContain('up to date');
  });

  it('reports files that differ, are missing or are extra', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'gen-test-'));
    try {
      cpSync(join(ROOT, 'generated'), tmp, { recursive: true });
      writeFileSync(join(tmp, 'routes.ts'), '// tampered\n');
      unlinkSync(join(tmp, 'docs/capabilities.md'));
      writeFileSync(join(tmp, 'stray.ts'), '');
      // diffTrees(fresh, committed): the tampered copy plays "committed".
      const problems = diffTrees(join(ROOT, 'generated'), tmp);
      expect(problems).toEqual([
        'missing: generated/docs/capabilities.md',
        'differs: generated/routes.ts',
        'extra:   generated/stray.ts',
      ]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('heads every generated file with the do-not-edit notice', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'generated/manifest.json'), 'utf8')) as { _generated: string; generated: Record<string, string>; specs: Record<string, string> };
    expect(manifest._generated).toMatch(/generated from specs\/ — do not edit/);
    expect(Object.keys(manifest.specs)).toContain('specs/route-types.ts');
    for (const file of Object.keys(manifest.generated)) {
      const head = readFileSync(join(ROOT, file), 'utf8').slice(0, 300);
      expect(head, file).toMatch(/generated from specs\/ — do not edit/);
    }
  });
});

describe('routes', () => {
  it.each([
    ['POST', '/v1/messages', 'main', 'llm/v1/chat', 'anthropic-messages', 'create'],
    ['POST', '/v1/messages', 'anthropic', 'llm/v1/chat', 'anthropic-messages', 'create'],
    ['POST', '/anthropic/v1/messages', 'main', 'llm/v1/chat', 'anthropic-messages', 'create'],
    ['POST', '/v1/messages/count_tokens', 'main', 'llm/v1/count_tokens', 'anthropic-messages', 'count'],
    ['POST', '/v1/complete', 'anthropic', 'llm/v1/completions', 'anthropic-messages', 'create'],
    ['POST', '/v1/chat/completions', 'main', 'llm/v1/chat', 'openai-chat', 'create'],
    ['POST', '/openai/v1/chat/completions', 'main', 'llm/v1/chat', 'openai-chat', 'create'],
    ['POST', '/v1/embeddings', 'main', 'llm/v1/embeddings', 'openai-chat', 'create'],
    ['GET', '/v1/messages/batches', 'main', 'files/v1/batches', 'anthropic-messages', 'list'],
    ['POST', '/v1/messages/batches', 'anthropic', 'files/v1/batches', 'anthropic-messages', 'create'],
  ] as const)('%s %s on %s → %s (%s)', (method, path, listener, routeType, format, operation) => {
    const m = matchRoute(method, path, listener);
    expect(m?.route.routeType).toBe(routeType);
    expect(m?.route.ingressFormat).toBe(format);
    expect(m?.route.operation).toBe(operation);
    expect(m?.params).toEqual({});
  });

  it('extracts batch ids from :param paths', () => {
    expect(matchRoute('GET', '/v1/messages/batches/abc/results', 'main')).toMatchObject({ route: { operation: 'results' }, params: { id: 'abc' } });
    expect(matchRoute('GET', '/v1/messages/batches/msgbatch_01', 'anthropic')).toMatchObject({ route: { operation: 'retrieve' }, params: { id: 'msgbatch_01' } });
    expect(matchRoute('DELETE', '/anthropic/v1/messages/batches/b1', 'main')).toMatchObject({ route: { operation: 'delete' }, params: { id: 'b1' } });
    expect(matchRoute('POST', '/v1/messages/batches/b2/cancel', 'main')).toMatchObject({ route: { operation: 'cancel' }, params: { id: 'b2' } });
    // an empty segment is not an id
    expect(matchRoute('GET', '/v1/messages/batches//results', 'main')).toBeNull();
    expect(matchRoute('GET', '/v1/messages/batches/abc/results/extra', 'main')).toBeNull();
  });

  it('filters by listener: the anthropic listener serves only the Anthropic API at the root', () => {
    expect(matchRoute('POST', '/openai/v1/chat/completions', 'anthropic')).toBeNull();
    expect(matchRoute('POST', '/v1/chat/completions', 'anthropic')).toBeNull();
    expect(matchRoute('POST', '/anthropic/v1/messages', 'anthropic')).toBeNull();
    expect(matchRoute('GET', '/anthropic/v1/messages/batches/abc', 'anthropic')).toBeNull();
    expect(pathExists('/anthropic/v1/messages', 'anthropic')).toBe(false);
    expect(pathExists('/v1/messages', 'anthropic')).toBe(true);
  });

  it('tells 405 from 404', () => {
    expect(matchRoute('GET', '/v1/messages', 'main')).toBeNull();
    expect(pathExists('/v1/messages', 'main')).toBe(true);
    expect(allowedMethods('/v1/messages/batches/abc', 'main')).toEqual(['DELETE', 'GET']);
    expect(pathExists('/v1/messages/batches/abc', 'main')).toBe(true);
    expect(pathExists('/v1/nothing', 'main')).toBe(false);
    expect(pathExists('/v1/messages/', 'main')).toBe(false);
    // The gateway's own endpoints: their methods for a 405 on another one.
    expect(ownEndpointMethods('/', 'main')).toEqual(['GET', 'HEAD']);
    expect(ownEndpointMethods('/v1/nothing', 'main')).toEqual([]);
  });

  it('guesses the caller format of unmatched paths', () => {
    expect(formatForPath('/anthropic/v1/nope')).toBe('anthropic-messages');
    expect(formatForPath('/v1/messages/nope')).toBe('anthropic-messages');
    expect(formatForPath('/v1/complete')).toBe('anthropic-messages');
    expect(formatForPath('/v1/models/x')).toBe('openai-chat');
    expect(formatForPath('/v1/messagesx')).toBe('openai-chat');
    expect(formatForPath('/')).toBe('openai-chat');
  });

  it('has one entry per (method, path)', () => {
    const keys = ROUTES.map((r) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

/** A Claude-Code-like body: adaptive thinking, context_management, output_config, defer_loading, system role in messages. */
const claudeCodeBody = {
  model: 'claude-sonnet-4-5',
  max_tokens: 32000,
  stream: true,
  thinking: { type: 'adaptive' },
  context_management: { edits: [{ type: 'clear_thinking_20251015', keep: 'all' }] },
  output_config: { effort: 'high' },
  tools: [{ name: 'Read', description: 'Read a file', input_schema: { type: 'object', properties: {} }, defer_loading: true }],
  messages: [
    { role: 'system', content: 'reminder' },
    { role: 'user', content: [{ type: 'text', text: 'hi', cache_control: { type: 'ephemeral' } }] },
  ],
  metadata: { user_id: 'user_abc' },
};

describe('validators', () => {
  it('exist for every VALIDATED_SCHEMAS entry and nothing else', () => {
    expect(Object.keys(validators).sort()).toEqual(Object.keys(VALIDATED_SCHEMAS).sort());
    expect(Object.keys(validators)).toContain('config');
  });

  it('anthropic passthrough accepts a Claude-Code-like body', () => {
    expect(firstError(validators['anthropic-messages-passthrough'], claudeCodeBody)).toBeNull();
  });

  it('anthropic full schema accepts the role:system entry Claude Code sends (transcoders map it in place), rejects other roles', () => {
    expect(firstError(validators['anthropic-messages-request'], claudeCodeBody)).toBeNull();
    const bad = { ...claudeCodeBody, messages: [{ role: 'tool', content: 'x' }] };
    expect(firstError(validators['anthropic-messages-request'], bad)?.instancePath).toMatch(/^\/messages\/0/);
  });

  it('passthrough rejects non-array messages, naming the field', () => {
    expect(firstError(validators['anthropic-messages-passthrough'], { model: 'm', messages: 'hi' })).toMatchObject({ instancePath: '/messages', keyword: 'type' });
    expect(firstError(validators['openai-chat-passthrough'], { model: 'm', messages: {} })).toMatchObject({ instancePath: '/messages', keyword: 'type' });
    expect(firstError(validators['anthropic-messages-passthrough'], { model: '', messages: [] })).toMatchObject({ instancePath: '/model' });
    expect(firstError(validators['openai-chat-passthrough'], { model: 'm', messages: [], stream: 'yes' })).toMatchObject({ instancePath: '/stream' });
    expect(firstError(validators['anthropic-count-tokens-passthrough'], { model: 'm' })).toMatchObject({ keyword: 'required', params: { missingProperty: 'messages' } });
  });

  it('anthropic full schema accepts every block type', () => {
    const body = {
      model: 'claude-sonnet-4-5',
      max_tokens: 2048,
      system: [{ type: 'text', text: 'be brief', cache_control: { type: 'ephemeral', ttl: '1h' } }],
      temperature: 0.5, top_p: 0.9, top_k: 40, stop_sequences: ['END'], stream: false,
      metadata: { user_id: 'u1' }, service_tier: 'auto',
      thinking: { type: 'enabled', budget_tokens: 1024 },
      tool_choice: { type: 'auto', disable_parallel_tool_use: true },
      tools: [
        { name: 'get_weather', description: 'Weather', input_schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] }, cache_control: { type: 'ephemeral' } },
        { type: 'custom', name: 'c2', input_schema: { type: 'object' } },
        { type: 'web_search_20250305', name: 'web_search', max_uses: 3 },
      ],
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'look', citations: [{ type: 'char_location', cited_text: 'x', document_index: 0 }] },
            { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBORw0KGgo=' } },
            { type: 'image', source: { type: 'url', url: 'https://example.com/a.jpg' } },
            { type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: 'JVBERi0=' }, title: 'doc', citations: { enabled: true } },
            { type: 'document', source: { type: 'url', url: 'https://example.com/a.pdf' } },
            { type: 'document', source: { type: 'text', media_type: 'text/plain', data: 'plain' } },
            { type: 'document', source: { type: 'content', content: [{ type: 'text', text: 'inline' }] }, context: 'ctx' },
            { type: 'search_result', source: 'https://example.com', title: 'r', content: [{ type: 'text', text: 't' }] },
          ],
        },
        {
          role: 'assistant',
          content: [
            { type: 'thinking', thinking: 'hmm', signature: 'sig==' },
            { type: 'redacted_thinking', data: 'opaque' },
            { type: 'text', text: 'calling' },
            { type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: { city: 'Paris' } },
            { type: 'server_tool_use', id: 'srvtoolu_1', name: 'web_search', input: { query: 'q' } },
            { type: 'web_search_tool_result', tool_use_id: 'srvtoolu_1', content: [{ type: 'web_search_result', title: 't', url: 'https://e.com', encrypted_content: 'enc', page_age: null }] },
            { type: 'web_fetch_tool_result', tool_use_id: 'srvtoolu_2', content: {} },
            { type: 'code_execution_tool_result', tool_use_id: 'srvtoolu_3', content: {} },
            { type: 'mcp_tool_use', id: 'mcptoolu_1', name: 'x', server_name: 's', input: {} },
            { type: 'mcp_tool_result', tool_use_id: 'mcptoolu_1', content: [] },
          ],
        },
        {
          role: 'user',
          content: [
            { type: 'tool_result', tool_use_id: 'toolu_1', content: 'sunny' },
            { type: 'tool_result', tool_use_id: 'toolu_1', is_error: true, content: [{ type: 'text', text: 'err' }, { type: 'image', source: { type: 'base64', media_type: 'image/jpeg', data: '/9j/' } }] },
            { type: 'tool_result', tool_use_id: 'toolu_1' },
          ],
        },
        { role: 'assistant', content: 'plain string content' },
      ],
      future_field: { anything: true },
    };
    expect(firstError(validators['anthropic-messages-request'], body)).toBeNull();
  });

  it.each([
    ['unknown block type', { type: 'hologram' }, '/messages/0/content/0'],
    ['text without text', { type: 'text' }, '/messages/0/content/0'],
    ['bad image media type', { type: 'image', source: { type: 'base64', media_type: 'image/bmp', data: 'x' } }, '/messages/0/content/0/source/media_type'],
    ['tool_result without id', { type: 'tool_result', content: 'x' }, '/messages/0/content/0'],
    ['thinking without signature', { type: 'thinking', thinking: 'x' }, '/messages/0/content/0'],
  ])('anthropic full schema rejects %s', (_name, block, path) => {
    const e = firstError(validators['anthropic-messages-request'], { model: 'm', max_tokens: 1, messages: [{ role: 'user', content: [block] }] });
    expect(e?.instancePath.startsWith(path), JSON.stringify(e)).toBe(true);
  });

  it('anthropic full schema checks tool_choice, thinking and max_tokens', () => {
    const base = { model: 'm', max_tokens: 10, messages: [] };
    for (const tc of [{ type: 'auto' }, { type: 'any' }, { type: 'tool', name: 'x' }, { type: 'none' }]) {
      expect(firstError(validators['anthropic-messages-request'], { ...base, tool_choice: tc })).toBeNull();
    }
    expect(firstError(validators['anthropic-messages-request'], { ...base, tool_choice: { type: 'tool' } })?.instancePath).toBe('/tool_choice');
    expect(firstError(validators['anthropic-messages-request'], { ...base, thinking: { type: 'disabled' } })).toBeNull();
    expect(firstError(validators['anthropic-messages-request'], { ...base, thinking: { type: 'enabled', budget_tokens: 10 } })?.instancePath).toBe('/thinking/budget_tokens');
    expect(firstError(validators['anthropic-messages-request'], { model: 'm', messages: [] })).toMatchObject({ params: { missingProperty: 'max_tokens' } });
    expect(firstError(validators['anthropic-messages-request'], { ...base, temperature: 1.5 })?.instancePath).toBe('/temperature');
  });

  it('openai full schema accepts every role and part type', () => {
    const body = {
      model: 'gpt-4.1',
      messages: [
        { role: 'system', content: 'sys' },
        { role: 'developer', content: [{ type: 'text', text: 'dev' }] },
        { role: 'user', content: [
          { type: 'text', text: 'hi' },
          { type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA', detail: 'high' } },
          { type: 'file', file: { file_data: 'data:application/pdf;base64,JVBE', filename: 'a.pdf' } },
          { type: 'input_audio', input_audio: { data: 'UklGR', format: 'wav' } },
        ] },
        { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'f', arguments: '{}' } }] },
        { role: 'tool', tool_call_id: 'call_1', content: 'result' },
      ],
      tools: [{ type: 'function', function: { name: 'f', parameters: { type: 'object' }, strict: true } }],
      tool_choice: { type: 'function', function: { name: 'f' } },
      parallel_tool_calls: false, stop: ['x'], max_tokens: 100, max_completion_tokens: 100,
      temperature: 1.2, top_p: 1, n: 1, user: 'u', response_format: { type: 'json_schema', json_schema: { name: 's', schema: { type: 'object' } } },
      reasoning_effort: 'low', stream: true, stream_options: { include_usage: true },
      thinking: { type: 'enabled', budget_tokens: 2048 },
    };
    expect(firstError(validators['openai-chat-request'], body)).toBeNull();
    expect(firstError(validators['openai-chat-request'], { model: 'm', messages: [{ role: 'wizard', content: 'x' }] })?.instancePath).toBe('/messages/0');
    expect(firstError(validators['openai-chat-request'], { model: 'm', messages: [], tool_choice: 'sometimes' })?.instancePath).toMatch(/^\/tool_choice/);
  });

  it('minimal schemas for legacy completions, embeddings and Anthropic complete', () => {
    expect(firstError(validators['openai-completions-request'], { model: 'm', prompt: 'x' })).toBeNull();
    expect(firstError(validators['openai-completions-request'], { model: 'm' })).toMatchObject({ params: { missingProperty: 'prompt' } });
    expect(firstError(validators['openai-embeddings-request'], { model: 'm', input: ['a', 'b'] })).toBeNull();
    expect(firstError(validators['openai-embeddings-request'], { model: 'm', input: 5 })?.instancePath).toBe('/input');
    expect(firstError(validators['anthropic-complete-request'], { model: 'm', prompt: '\n\nHuman: hi\n\nAssistant:', max_tokens_to_sample: 5 })).toBeNull();
    expect(firstError(validators['anthropic-complete-request'], { model: 'm', prompt: 'x' })).toMatchObject({ params: { missingProperty: 'max_tokens_to_sample' } });
  });

  it('response and error envelopes', () => {
    expect(firstError(validators['anthropic-error'], { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' }, request_id: 'req_1' })).toBeNull();
    expect(firstError(validators['openai-error'], { error: { message: 'x', type: 'invalid_request_error', param: null, code: null } })).toBeNull();
    expect(firstError(validators['anthropic-message-response'], {
      id: 'msg_1', type: 'message', role: 'assistant', model: 'm', content: [{ type: 'text', text: 'hi' }],
      stop_reason: 'end_turn', stop_sequence: null, usage: { input_tokens: 3, output_tokens: 1, cache_read_input_tokens: 0 },
    })).toBeNull();
    expect(firstError(validators['anthropic-stream-event'], { type: 'content_block_delta', index: 0, delta: { type: 'input_json_delta', partial_json: '{"a' } })).toBeNull();
    expect(firstError(validators['openai-chat-completion-chunk'], {
      id: 'c', object: 'chat.completion.chunk', created: 1, model: 'm',
      choices: [{ index: 0, delta: { tool_calls: [{ index: 0, function: { arguments: '{' } }] }, finish_reason: null }],
    })).toBeNull();
    // Recorded real responses (runtime/simulator/recordings/) match the response schema.
    for (const f of ['completion-text.json', 'completion-tool-call.json', 'completion-reasoning-tokens.json']) {
      const body = JSON.parse(readFileSync(new URL(`../runtime/simulator/recordings/openai/${f}`, import.meta.url), 'utf8')) as unknown;
      expect(firstError(validators['openai-chat-completion-response'], body), f).toBeNull();
    }
    expect(firstError(validators['openai-chat-completion-response'], { id: 'x', object: 'chat.completion', created: 1, model: 'm' })).not.toBeNull();
  });

  it('config rejects an unknown key, naming its path', () => {
    const ok = { providers: { anthropic: { type: 'anthropic', api_key: 'k' } }, models: { fast: { targets: [{ provider: 'anthropic', model: 'claude-haiku-4-5' }] } } };
    expect(firstError(validators.config, ok)).toBeNull();
    expect(firstError(validators.config, { ...ok, server: { prot: 4000 } })).toMatchObject({ instancePath: '/server', params: { additionalProperty: 'prot' } });
    expect(firstError(validators.config, { providers: { a: { type: 'anthropic', apikey: 'x' } } })).toMatchObject({ instancePath: '/providers/a', params: { additionalProperty: 'apikey' } });
    expect(firstError(validators.config, { providers: { 'Bad Name': { type: 'openai' } } })).toMatchObject({ instancePath: '/providers', params: { additionalProperty: 'Bad Name' } });
  });
});

describe('capabilities', () => {
  it('unsupportedReason is generated from the table', () => {
    expect(unsupportedReason('anthropic', 'llm/v1/embeddings')).toBe('llm/v1/embeddings is not supported by provider anthropic: Anthropic has no embeddings API.');
    expect(unsupportedReason('groq', 'llm/v1/count_tokens')).toBe('llm/v1/count_tokens is not supported by provider groq: Groq has no token counting endpoint.');
  });

  it('findCapability returns the first row or undefined', () => {
    expect(findCapability('anthropic', 'llm/v1/chat')?.upstreamPath).toBe('/v1/messages');
    expect(findCapability('anthropic', 'llm/v1/chat')?.name).toBe('Chat completions');
    expect(findCapability('openai', 'llm/v1/embeddings')?.upstreamPath).toBe('/embeddings');
    expect(findCapability('anthropic', 'llm/v1/embeddings')).toBeUndefined();
    // With the ingress format: the row that serves it natively (OpenAI's Responses API at its own path), else a translating row.
    expect(findCapability('openai', 'llm/v1/chat', 'openai-responses')?.upstreamPath).toBe('/responses');
    expect(findCapability('openai', 'llm/v1/chat', 'openai-chat')?.upstreamPath).toBe('/chat/completions');
    expect(findCapability('openai', 'llm/v1/chat', 'anthropic-messages')?.upstreamPath).toBe('/chat/completions');
    expect(findCapability('anthropic', 'llm/v1/chat', 'openai-responses')?.upstreamPath).toBe('/v1/messages');
  });

  it('every provider answers every route type with a capability or a reason', () => {
    for (const p of PROVIDER_TYPES) {
      for (const rt of ['llm/v1/chat', 'llm/v1/completions', 'llm/v1/embeddings', 'llm/v1/count_tokens', 'files/v1/batches'] as const) {
        const cap = findCapability(p, rt);
        if (!cap) expect(unsupportedReason(p, rt)).toMatch(new RegExp(`^${rt} is not supported by provider ${p}: .+\\.$`));
      }
    }
  });

  it('models are keyed by id', () => {
    expect(findModel('anthropic', 'claude-sonnet-4-5')?.maxOutputTokens).toBe(64000);
    expect(findModel('openai', 'gpt-4.1')?.contextWindow).toBe(1047576);
    expect(findModel('openai', 'constructor')).toBeUndefined();
    expect(Object.keys(MODELS).sort()).toEqual([...PROVIDER_TYPES]);
    expect(PROVIDERS.anthropic.versionHeader?.default).toBe('2023-06-01');
    expect(Array.isArray(TRANSLATIONS)).toBe(true);
  });
});

describe('docs', () => {
  const md = readFileSync(join(ROOT, 'generated/docs/capabilities.md'), 'utf8');
  const html = readFileSync(join(ROOT, 'generated/docs/capabilities.html'), 'utf8');

  it('markdown covers every provider, its tables, ingress paths and translations', () => {
    for (const p of PROVIDER_TYPES) {
      expect(md).toContain(`${PROVIDERS[p].displayName} (\`${p}\`)`);
      for (const m of Object.keys(MODELS[p])) expect(md).toContain(m);
    }
    expect(md).toContain('Anthropic has no embeddings API.');
    expect(md).toContain('| POST | /openai/v1/chat/completions |');
    expect(md).toMatch(/## Translation coverage/);
    if (TRANSLATIONS.length === 0) expect(md).toContain('No translations declared');
  });

  it('html has a section per provider with the tables the browser test needs', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<!-- generated from specs/')).toBe(true);
    for (const p of PROVIDER_TYPES) {
      const start = html.indexOf(`<section id="provider-${p}">`);
      expect(start, p).toBeGreaterThan(0);
      const section = html.slice(start, html.indexOf('\n    </section>', start));
      for (const t of ['upstream-paths', 'capabilities']) expect(section, `${p} ${t}`).toContain(`<table data-table="${t}">`);
      // A provider without a model catalog (openai-compatible, vllm) says so instead of an empty table.
      if (PROVIDERS[p].models.length > 0) expect(section, `${p} models`).toContain('<table data-table="models">');
      else expect(section, `${p} models`).toContain('<p class="empty" data-table="models">No catalog entries');
      // A provider without a default base URL (baseUrl null) says base_url is required.
      expect(section).toContain(PROVIDERS[p].baseUrl ?? 'none: <code>providers.&lt;name&gt;.base_url</code> is required');
    }
    expect(html).toContain('<section id="translations">');
    expect(html).not.toMatch(/<script/i);
    // "<provider key>" is escaped, not a tag
    expect(html).toContain('&lt;provider key&gt;');
  });
});

describe('seams: completeness checks of gen (scripts/gen/seams.ts)', () => {
  it('an advertised translation without a mapper or transcoder fails the generation, naming the pair', async () => {
    const { checkTranslations, hasMapper } = await import('../scripts/gen/seams.ts');
    const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const root = mkdtempSync(join(tmpdir(), 'switchyard-seams-'));
    try {
      expect(() => checkTranslations(root)).toThrow(/openai-chat → anthropic-messages \(needs runtime\/formats\/openai-chat\/mapper\.ts/);
      // Mappers of both formats count (the typed translation core) … (openai-responses and gemini: the providers advertise them too)
      for (const f of ['openai-chat', 'anthropic-messages', 'openai-responses', 'gemini']) {
        mkdirSync(join(root, 'runtime/formats', f), { recursive: true });
        writeFileSync(join(root, 'runtime/formats', f, 'mapper.ts'), '');
      }
      expect(hasMapper('openai-chat', 'anthropic-messages', root)).toBe(true);
      expect(() => checkTranslations(root)).not.toThrow();
      // … and so does a pairwise transcoder.
      rmSync(join(root, 'runtime/formats/openai-chat/mapper.ts'));
      expect(hasMapper('openai-chat', 'anthropic-messages', root)).toBe(false);
      mkdirSync(join(root, 'runtime/transcode'), { recursive: true });
      writeFileSync(join(root, 'runtime/transcode/openai-chat__anthropic-messages.ts'), '');
      expect(hasMapper('openai-chat', 'anthropic-messages', root)).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
    expect(() => checkTranslations()).not.toThrow(); // the repository itself
  });

  it('an adapter module without a provider spec fails the generation; adapter modules are registered by file name', async () => {
    const { renderAdapters, adapterFiles } = await import('../scripts/gen/seams.ts');
    const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const root = mkdtempSync(join(tmpdir(), 'switchyard-seams-'));
    try {
      // Mappers of every translated format, so that the translation check passes in the temporary tree.
      for (const f of ['openai-chat', 'anthropic-messages', 'openai-responses', 'gemini']) {
        mkdirSync(join(root, 'runtime/formats', f), { recursive: true });
        writeFileSync(join(root, 'runtime/formats', f, 'mapper.ts'), '');
      }
      mkdirSync(join(root, 'runtime/providers'), { recursive: true });
      writeFileSync(join(root, 'runtime/providers/types.ts'), '');
      writeFileSync(join(root, 'runtime/providers/openai.ts'), 'export default {};');
      expect(adapterFiles(root)).toEqual(['openai.ts']);
      expect(renderAdapters(root)).toContain("'openai': adapter_openai,");
      writeFileSync(join(root, 'runtime/providers/ghost.ts'), 'export default {};');
      expect(() => renderAdapters(root)).toThrow(/runtime\/providers\/ghost\.ts: adapter without a provider spec \(add specs\/providers\/ghost\.ts\)/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('the provider type union of the config schema is the list of spec files', async () => {
    const { PROVIDER_FILES } = await import('../specs/providers/index.ts');
    const { GatewayConfig } = await import('../specs/config.ts');
    const union = (GatewayConfig.properties.providers as unknown as { patternProperties: Record<string, { properties: { type: { anyOf: { const: string }[] } } }> }).patternProperties;
    const types = Object.values(union)[0]!.properties.type.anyOf.map((s) => s.const).sort();
    expect(types).toEqual(PROVIDER_FILES.map((f) => f.slice(0, -3)).sort());
  });
});
