/**
 * The openai-responses mapper, table by table: Responses requests decoded for
 * Anthropic and Chat Completions upstreams, Anthropic and Chat requests encoded
 * for a Responses upstream, responses and errors both ways, the loss policy of
 * every Responses-only field (specs/translation.ts classes), and the reasoning
 * carrier (exact round trip; forged, altered, foreign and other-key carriers
 * never become thinking blocks).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { GatewayError } from '../../runtime/errors.ts';
import { selectTranscoder } from '../../runtime/transcode/index.ts';
import type { Transcoder } from '../../runtime/transcode/types.ts';
import * as responses from '../../runtime/formats/openai-responses/mapper.ts';
import { openReasoning, sealReasoning, setReasoningCarrierKey } from '../../runtime/formats/openai-responses/carrier.ts';
import { TRANSLATIONS } from '../../specs/translation.ts';
import { ctx, fixtureJson } from '../transcode/helpers.ts';

type Obj = Record<string, any>;

const r2a = selectTranscoder('openai-responses', 'anthropic-messages');
const r2c = selectTranscoder('openai-responses', 'openai-chat');
const a2r = selectTranscoder('anthropic-messages', 'openai-responses');
const c2r = selectTranscoder('openai-chat', 'openai-responses');

function rejects(t: Transcoder, body: Obj, param: string, policy: 'reject' | 'strict' = 'reject'): GatewayError {
  try {
    t.mapRequest(body, ctx({ unsupportedParams: policy }));
  } catch (e) {
    expect(e).toBeInstanceOf(GatewayError);
    expect((e as GatewayError).param).toBe(param);
    return e as GatewayError;
  }
  throw new Error(`${param} was not rejected`);
}

describe('Responses request → Anthropic', () => {
  it('maps input items, instructions, sampling, tools, tool_choice, text.format, reasoning, user', () => {
    const m = r2a.mapRequest(
      {
        model: 'alias',
        instructions: 'Be brief.',
        input: [
          { role: 'developer', content: 'Use tools.' },
          { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'Look' }, { type: 'input_image', image_url: 'data:image/png;base64,AAAA', detail: 'high' }, { type: 'input_file', filename: 'a.pdf', file_data: 'data:application/pdf;base64,JVBE' }] },
          { type: 'message', role: 'assistant', content: [{ type: 'output_text', text: 'Calling.', annotations: [] }] },
          { type: 'function_call', call_id: 'call_1', name: 'get', arguments: '{"q":1}' },
          { type: 'function_call', call_id: 'call_2', name: 'get', arguments: '' },
          { type: 'function_call_output', call_id: 'call_1', output: 'one' },
          { type: 'function_call_output', call_id: 'call_2', output: [{ type: 'input_text', text: 'two' }] },
          { role: 'user', content: 'thanks' },
        ],
        max_output_tokens: 3000,
        temperature: 0.5,
        top_p: 0.9,
        tools: [{ type: 'function', name: 'get', description: 'Get it', parameters: { type: 'object', properties: { q: { type: 'number' } } }, strict: true }],
        tool_choice: 'required',
        parallel_tool_calls: false,
        reasoning: { effort: 'low', summary: 'auto' },
        include: ['reasoning.encrypted_content'],
        safety_identifier: 'u-1',
        user: 'ignored',
        store: false,
        stream: true,
        truncation: 'disabled',
        metadata: {},
        service_tier: 'auto',
      },
      ctx(),
    );
    // An open tool loop replayed without a reasoning carrier: Anthropic would reject thinking, so it is off (advisory, named).
    expect(m.dropped).toEqual(['reasoning_effort']);
    expect(m.degraded).toEqual(['reasoning_effort']);
    expect(m.stream).toBe(true);
    expect(m.body).toEqual({
      model: 'upstream-model',
      system: [{ type: 'text', text: 'Be brief.' }, { type: 'text', text: 'Use tools.' }],
      messages: [
        { role: 'user', content: [{ type: 'text', text: 'Look' }, { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'AAAA' } }, { type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: 'JVBE' }, title: 'a.pdf' }] },
        { role: 'assistant', content: [{ type: 'text', text: 'Calling.' }, { type: 'tool_use', id: 'call_1', name: 'get', input: { q: 1 } }, { type: 'tool_use', id: 'call_2', name: 'get', input: {} }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'call_1', content: 'one' }, { type: 'tool_result', tool_use_id: 'call_2', content: [{ type: 'text', text: 'two' }] }, { type: 'text', text: 'thanks' }] },
      ],
      max_tokens: 3000,
      temperature: 0.5,
      top_p: 0.9,
      metadata: { user_id: 'u-1' },
      tools: [{ name: 'get', description: 'Get it', input_schema: { type: 'object', properties: { q: { type: 'number' } } }, strict: true }],
      tool_choice: { type: 'any', disable_parallel_tool_use: true },
      stream: true,
    });
  });

  it('a string input is one user message; text.format json_schema → the forced JSON tool', () => {
    const m = r2a.mapRequest({ model: 'a', input: 'hi', text: { format: { type: 'json_schema', name: 'x', schema: { type: 'object', properties: { a: { type: 'string' } } }, strict: true } } }, ctx());
    expect(m.body.messages).toEqual([{ role: 'user', content: [{ type: 'text', text: 'hi' }] }]);
    expect(m.body.tool_choice).toEqual({ type: 'tool', name: 'json_response' });
    expect((m.body.tools as Obj[])[0]!.input_schema).toEqual({ type: 'object', properties: { a: { type: 'string' } } });
    expect(m.syntheticJsonTool).toBe('json_response');
  });

  it('hosted tools (code_interpreter, file_search, inside a namespace too) are a semantic loss named by position', () => {
    const base = { model: 'a', input: 'x', tools: [{ type: 'function', name: 'f', parameters: {} }, { type: 'code_interpreter', container: { type: 'auto' } }, { type: 'namespace', name: 'ns', description: 'd', tools: [{ type: 'function', name: 'g' }, { type: 'file_search', vector_store_ids: ['vs_1'] }] }] };
    const e = rejects(r2a, base, 'tools[1]');
    expect(e.message).toContain('`code_interpreter` tools are hosted by OpenAI');
    const m = r2a.mapRequest(base, ctx({ unsupportedParams: 'drop' }));
    expect(m.dropped).toEqual(['tools[1]', 'tools[2].tools[1]']);
    expect((m.body.tools as Obj[]).map((t) => t.name)).toEqual(['f', 'g']);
    rejects(r2c, { ...base, tools: [{ type: 'local_shell' }] }, 'tools[0]');
  });

  it('web_search → Anthropic\'s server web search tool (domains, location); options without an equivalent are advisory', () => {
    const m = r2a.mapRequest(
      {
        model: 'a',
        input: 'news?',
        tools: [
          { type: 'function', name: 'f', parameters: {} },
          { type: 'web_search', external_web_access: true, search_content_types: ['text', 'image'], filters: { allowed_domains: ['example.com'] }, user_location: { type: 'approximate', country: 'FR', city: 'Paris', timezone: 'Europe/Paris' }, search_context_size: 'high' },
        ],
      },
      ctx(),
    );
    expect(m.body.tools).toEqual([
      { name: 'f', input_schema: {} },
      { type: 'web_search_20250305', name: 'web_search', allowed_domains: ['example.com'], user_location: { type: 'approximate', city: 'Paris', country: 'FR', timezone: 'Europe/Paris' } },
    ]);
    expect(m.degraded).toEqual(['tools[1].external_web_access', 'tools[1].search_content_types', 'tools[1].search_context_size']);
    expect(r2a.mapRequest({ model: 'a', input: 'x', tools: [{ type: 'web_search_preview' }] }, ctx()).body.tools).toEqual([{ type: 'web_search_20250305', name: 'web_search' }]);
    // strict rejects even the advisory options; a Chat Completions upstream has no hosted search (semantic).
    rejects(r2a, { model: 'a', input: 'x', tools: [{ type: 'web_search', external_web_access: false }] }, 'tools[0].external_web_access', 'strict');
    const e = rejects(r2c, { model: 'a', input: 'x', tools: [{ type: 'web_search' }] }, 'tools[0]');
    expect(e.message).toContain('runs on Anthropic only');
  });

  it('Codex\'s client-side tool_search is an advisory loss: dropped and named, never a 400 under the default policy', () => {
    const toolSearch = { type: 'tool_search', execution: 'client', description: 'Tool discovery', parameters: { type: 'object', properties: { query: { type: 'string' } } } };
    for (const t of [r2a, r2c]) {
      const m = t.mapRequest({ model: 'a', input: 'x', tools: [{ type: 'function', name: 'f', parameters: {} }, toolSearch] }, ctx());
      expect(m.degraded).toEqual(['tools[1]']);
      expect((m.body.tools as Obj[]).length).toBe(1);
    }
    rejects(r2a, { model: 'a', input: 'x', tools: [toolSearch] }, 'tools[0]', 'strict');
    // A server-executed tool_search (hosted) stays semantic.
    rejects(r2a, { model: 'a', input: 'x', tools: [{ type: 'tool_search' }] }, 'tools[0]');
  });

  it('Codex\'s custom apply_patch and namespace tools: mapped to functions, their calls come back as custom_tool_call / with namespace', () => {
    const grammar = 'start: begin_patch hunk+ end_patch';
    const c = ctx();
    const m = r2a.mapRequest(
      {
        model: 'a',
        input: [
          { role: 'user', content: 'edit' },
          { type: 'custom_tool_call', call_id: 'call_p', name: 'apply_patch', input: '*** Begin Patch' },
          { type: 'custom_tool_call_output', call_id: 'call_p', output: 'Done' },
        ],
        tools: [
          { type: 'custom', name: 'apply_patch', description: 'Edit files.', format: { type: 'grammar', syntax: 'lark', definition: grammar } },
          { type: 'namespace', name: 'multi_agent_v1', description: 'agents', tools: [{ type: 'function', name: 'spawn', parameters: { type: 'object' } }] },
        ],
      },
      c,
    );
    expect(m.dropped).toEqual([]);
    const tools = m.body.tools as Obj[];
    expect(tools[0]).toEqual({ name: 'apply_patch', description: `Edit files.\n\nPass the raw input as \`input\`; it must follow this lark grammar:\n${grammar}`, input_schema: responses.CUSTOM_TOOL_PARAMETERS });
    expect(tools[1]).toEqual({ name: 'spawn', input_schema: { type: 'object' } });
    expect((m.body.messages as Obj[]).slice(1)).toEqual([
      { role: 'assistant', content: [{ type: 'tool_use', id: 'call_p', name: 'apply_patch', input: { input: '*** Begin Patch' } }] },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'call_p', content: 'Done' }] },
    ]);
    const msg = {
      id: 'msg_1', type: 'message', role: 'assistant', model: 'claude', stop_reason: 'tool_use', stop_sequence: null, usage: { input_tokens: 1, output_tokens: 1 },
      content: [{ type: 'tool_use', id: 'toolu_a', name: 'apply_patch', input: { input: '*** Begin Patch\n*** End Patch' } }, { type: 'tool_use', id: 'toolu_b', name: 'spawn', input: { n: 1 } }],
    };
    const r = r2a.mapResponse(msg, c, m).body as Obj;
    expect(r.output.map((o: Obj) => ({ ...o, id: o.id.slice(0, 4) }))).toEqual([
      { id: 'ctc_', type: 'custom_tool_call', call_id: 'toolu_a', name: 'apply_patch', input: '*** Begin Patch\n*** End Patch' },
      { id: 'fc_5', type: 'function_call', status: 'completed', call_id: 'toolu_b', name: 'spawn', arguments: '{"n":1}', namespace: 'multi_agent_v1' },
    ].map((o, i) => ({ ...o, id: r.output[i].id.slice(0, 4) })));
    expect(r.output[0].id).toMatch(/^ctc_/);
    expect(r.output[1].id).toMatch(/^fc_/);
  });

  it('Codex\'s request shape: advisory fields dropped and named, the turn goes on', () => {
    const m = r2a.mapRequest(
      {
        model: 'a',
        input: [{ type: 'message', role: 'user', content: [{ type: 'input_text', text: 'hi' }] }],
        store: false,
        stream: true,
        include: ['reasoning.encrypted_content'],
        prompt_cache_key: 'session-1',
        client_metadata: { session_id: 's' },
        tool_choice: 'auto',
        parallel_tool_calls: true,
        reasoning: { effort: 'medium', summary: 'auto' },
        text: { verbosity: 'low' },
        // Codex 0.171's tool kinds (a gpt-5.5-named model: tool_search; any model: web_search, a namespace).
        tools: [
          { type: 'function', name: 'exec_command', strict: false, parameters: { type: 'object', properties: { cmd: { type: 'string' } } } },
          { type: 'custom', name: 'apply_patch', format: { type: 'grammar', syntax: 'lark', definition: 'start: x' } },
          { type: 'tool_search', execution: 'client', description: 'd', parameters: { type: 'object' } },
          { type: 'web_search', external_web_access: true },
          { type: 'namespace', name: 'multi_agent_v1', description: 'agents', tools: [{ type: 'function', name: 'spawn_agent', parameters: { type: 'object' } }] },
        ],
      },
      ctx(),
    );
    expect(m.degraded).toEqual(['prompt_cache_key', 'client_metadata', 'tools[2]', 'tools[3].external_web_access', 'text.verbosity']);
    expect((m.body.tools as Obj[]).map((t) => t.name)).toEqual(['exec_command', 'apply_patch', 'web_search', 'spawn_agent']);
    expect(m.body.thinking).toEqual({ type: 'enabled', budget_tokens: 4095 });
  });

  it('rejects what cannot be read with a 400 naming the field', () => {
    rejects(r2a, { model: 'a', input: [{ type: 'function_call', name: 'f', arguments: '{}' }] }, 'input[0].call_id');
    rejects(r2a, { model: 'a', input: [{ type: 'function_call', call_id: 'c', name: 'f', arguments: '[1]' }] }, 'input[0].arguments');
    rejects(r2a, { model: 'a', input: [{ role: 'user', content: [{ type: 'input_image', file_id: 'file_1' }] }] }, 'input[0].content[0].file_id');
    rejects(r2a, { model: 'a', input: [{ type: 'local_shell_call' }] }, 'input[0].type');
    rejects(r2a, { model: 'a', input: 'x', tool_choice: { type: 'web_search' } }, 'tool_choice');
    rejects(r2a, { model: 'a', input: 'x', max_output_tokens: 0 }, 'max_output_tokens');
    rejects(r2a, { model: 'a', input: 'x', text: { format: { type: 'xml' } } }, 'text.format.type');
    rejects(r2a, { model: 'a', input: 42 }, 'input');
  });
});

describe('Responses request → Chat Completions', () => {
  it('maps the same fields; prompt_cache_key travels under its own name; reasoning.effort → reasoning_effort', () => {
    const m = r2c.mapRequest(
      {
        model: 'a',
        instructions: 'sys',
        input: [{ role: 'user', content: 'q' }, { type: 'function_call', call_id: 'c1', name: 'f', arguments: '{"a":1}' }, { type: 'function_call_output', call_id: 'c1', output: 'r' }],
        tools: [{ type: 'function', name: 'f', parameters: { type: 'object' } }],
        tool_choice: { type: 'function', name: 'f' },
        text: { format: { type: 'json_schema', name: 'out', schema: { type: 'object' }, strict: true } },
        reasoning: { effort: 'high' },
        prompt_cache_key: 'k',
        max_output_tokens: 99,
        stream: true,
      },
      ctx(),
    );
    expect(m.dropped).toEqual([]);
    expect(m.body).toEqual({
      model: 'upstream-model',
      messages: [
        { role: 'system', content: 'sys' },
        { role: 'user', content: 'q' },
        { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'f', arguments: '{"a":1}' } }] },
        { role: 'tool', tool_call_id: 'c1', content: 'r' },
      ],
      max_completion_tokens: 99,
      tools: [{ type: 'function', function: { name: 'f', parameters: { type: 'object' } } }],
      tool_choice: { type: 'function', function: { name: 'f' } },
      reasoning_effort: 'high',
      response_format: { type: 'json_schema', json_schema: { name: 'out', schema: { type: 'object' }, strict: true } },
      stream: true,
      stream_options: { include_usage: true },
      prompt_cache_key: 'k',
    });
  });
});

/** A non-default value for every Responses-only field the decoder keeps as an extra. */
const R_SAMPLES: Record<string, unknown> = {
  truncation: 'auto', background: true, service_tier: 'flex', top_logprobs: 3, max_tool_calls: 2, previous_response_id: 'resp_1', conversation: 'conv_1',
  prompt: { id: 'pmpt_1' }, metadata: { k: 'v' }, client_metadata: { a: 'b' }, generate: false,
};

describe('loss policy of every Responses-only field (specs/translation.ts classes)', () => {
  for (const [t, to] of [[r2a, 'anthropic-messages'], [r2c, 'openai-chat']] as const) {
    const row = TRANSLATIONS.find((x) => x.from === 'openai-responses' && x.to === to)!;
    it(`→ ${to}`, () => {
      expect(Object.keys(R_SAMPLES).sort()).toEqual(Object.keys(responses.ACCEPTED_IF_DEFAULT).sort());
      for (const [field, value] of Object.entries(R_SAMPLES)) {
        const cls = row.unsupported.find((u) => u.field === field)?.loss;
        expect(cls, field).toMatch(/^(advisory|semantic)$/);
        const body = { model: 'a', input: 'x', [field]: value };
        if (cls === 'semantic') rejects(t, body, field);
        else {
          const m = t.mapRequest(body, ctx());
          expect(m.degraded, field).toEqual([field]);
          expect(field in m.body, field).toBe(false);
        }
        rejects(t, body, field, 'strict');
        expect(t.mapRequest(body, ctx({ unsupportedParams: 'drop' })).dropped, field).toEqual([field]);
        // Defaults are accepted silently.
        expect(t.mapRequest({ model: 'a', input: 'x', [field]: null }, ctx({ unsupportedParams: 'strict' })).dropped, field).toEqual([]);
      }
    });
    it(`→ ${to}: every spec entry the mapper reports is classified`, () => {
      for (const f of [...Object.values(responses.SPEC).filter((s) => !s.includes('(to Responses)') && !s.startsWith('cache_control') && s !== '(other fields of a block or tool)')]) {
        expect(row.unsupported.some((u) => u.field === f), f).toBe(true);
      }
      for (const f of responses.MAPPED_FIELDS) expect(row.request.some((m) => m.field.includes(f)), f).toBe(true);
    });
  }
  it('unknown fields are semantic', () => {
    rejects(r2a, { model: 'a', input: 'x', frobnicate: 1 }, 'frobnicate');
  });
  it('include values other than reasoning.encrypted_content are an advisory loss named include', () => {
    const m = r2a.mapRequest({ model: 'a', input: 'x', include: ['reasoning.encrypted_content', 'message.output_text.logprobs'] }, ctx());
    expect(m.degraded).toEqual(['include']);
  });
});

describe('Anthropic / Chat Completions request → Responses upstream', () => {
  it('Anthropic: system → instructions, blocks → input items, thinking budget → effort, signed thinking dropped (advisory)', () => {
    const m = a2r.mapRequest(
      {
        model: 'a',
        max_tokens: 500,
        system: 'sys',
        thinking: { type: 'enabled', budget_tokens: 8000 },
        metadata: { user_id: 'u' },
        messages: [
          { role: 'user', content: [{ type: 'text', text: 'see' }, { type: 'image', source: { type: 'url', url: 'https://x/i.png' } }] },
          { role: 'assistant', content: [{ type: 'thinking', thinking: 't', signature: 's' }, { type: 'text', text: 'ok' }, { type: 'tool_use', id: 'toolu_1', name: 'f', input: { a: 1 } }] },
          { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: 'bad', is_error: true }, { type: 'text', text: 'go' }] },
        ],
        tools: [{ name: 'f', input_schema: { type: 'object' } }],
        tool_choice: { type: 'auto', disable_parallel_tool_use: true },
        output_config: { format: { type: 'json_schema', schema: { type: 'object' } } },
        stream: true,
      },
      ctx(),
    );
    expect(m.degraded).toEqual(['thinking']);
    expect(m.body).toEqual({
      model: 'upstream-model',
      instructions: 'sys',
      input: [
        { role: 'user', content: [{ type: 'input_text', text: 'see' }, { type: 'input_image', image_url: 'https://x/i.png', detail: 'auto' }] },
        { role: 'assistant', content: 'ok' },
        { type: 'function_call', call_id: 'toolu_1', name: 'f', arguments: '{"a":1}' },
        { type: 'function_call_output', call_id: 'toolu_1', output: 'Error: bad' },
        { role: 'user', content: [{ type: 'input_text', text: 'go' }] },
      ],
      max_output_tokens: 500,
      safety_identifier: 'u',
      tools: [{ type: 'function', name: 'f', parameters: { type: 'object' }, strict: false }],
      tool_choice: 'auto',
      parallel_tool_calls: false,
      reasoning: { effort: 'medium', summary: 'auto' },
      text: { format: { type: 'json_schema', name: 'response', schema: { type: 'object' }, strict: true } },
      store: false,
      stream: true,
    });
  });

  it('Anthropic: top_k, stop_sequences and cache_control follow their classes', () => {
    rejects(a2r, { model: 'a', max_tokens: 5, top_k: 3, messages: [{ role: 'user', content: 'x' }] }, 'top_k');
    rejects(a2r, { model: 'a', max_tokens: 5, stop_sequences: ['END'], messages: [{ role: 'user', content: 'x' }] }, 'stop');
    const m = a2r.mapRequest({ model: 'a', max_tokens: 5, system: [{ type: 'text', text: 's', cache_control: { type: 'ephemeral' } }], messages: [{ role: 'user', content: 'x' }] }, ctx());
    expect(m.degraded).toEqual(['cache_control']);
  });

  it('Chat: shared fields carried, verbosity → text.verbosity, n and logprobs follow their classes', () => {
    const m = c2r.mapRequest({ model: 'a', messages: [{ role: 'user', content: 'x' }], prompt_cache_key: 'k', metadata: { a: 'b' }, verbosity: 'low', user: 'u', max_completion_tokens: 20 }, ctx());
    expect(m.dropped).toEqual([]);
    expect(m.body).toEqual({ model: 'upstream-model', input: [{ role: 'user', content: 'x' }], max_output_tokens: 20, safety_identifier: 'u', text: { verbosity: 'low' }, store: false, prompt_cache_key: 'k', metadata: { a: 'b' } });
    rejects(c2r, { model: 'a', messages: [{ role: 'user', content: 'x' }], n: 2 }, 'n');
    rejects(c2r, { model: 'a', messages: [{ role: 'user', content: 'x' }], stop: 'END' }, 'stop');
  });
});

describe('responses both ways (JSON)', () => {
  it('OpenAI\'s recorded Responses JSON → Anthropic message: reasoning summary → thinking, message → text, usage', () => {
    const rec = JSON.parse(readFileSync(new URL('../../runtime/simulator/responses/recordings/openai-reasoning-encrypted-content.1.json', import.meta.url), 'utf8')) as Obj;
    const c = ctx();
    const mapped = a2r.mapRequest({ model: 'a', max_tokens: 100, messages: [{ role: 'user', content: 'x' }] }, c);
    const { body, usage } = a2r.mapResponse(rec, c, mapped);
    const b = body as Obj;
    const texts = (rec.output as Obj[]).filter((o) => o.type === 'message').flatMap((o) => o.content.map((p: Obj) => p.text));
    expect(b.content.filter((x: Obj) => x.type === 'text').map((x: Obj) => x.text)).toEqual(texts);
    for (const x of b.content.filter((y: Obj) => y.type === 'thinking')) expect(x.signature).toBe('');
    expect(JSON.stringify(b)).not.toContain('gAAAA'); // OpenAI's encrypted reasoning never reaches another format
    expect(b.stop_reason).toBe('end_turn');
    const u = rec.usage as Obj;
    expect(usage).toMatchObject({ input: u.input_tokens - u.input_tokens_details.cached_tokens, cacheRead: u.input_tokens_details.cached_tokens, output: u.output_tokens, reasoning: u.output_tokens_details.reasoning_tokens });
  });

  it('function_call output → tool_use / tool_calls; incomplete → max_tokens / length', () => {
    const resp = { id: 'resp_1', object: 'response', status: 'incomplete', incomplete_details: { reason: 'max_output_tokens' }, output: [{ type: 'function_call', id: 'fc_1', call_id: 'call_9', name: 'f', arguments: '{"a":' }], usage: { input_tokens: 10, output_tokens: 5, input_tokens_details: { cached_tokens: 4 } } };
    const c = ctx();
    const a = a2r.mapResponse(resp, c, a2r.mapRequest({ model: 'a', max_tokens: 5, messages: [{ role: 'user', content: 'x' }] }, c)).body as Obj;
    expect(a.content).toEqual([{ type: 'tool_use', id: 'call_9', name: 'f', input: {} }]);
    expect(a.stop_reason).toBe('max_tokens');
    expect(a.usage).toEqual({ input_tokens: 6, output_tokens: 5, cache_creation_input_tokens: 0, cache_read_input_tokens: 4 });
    const ch = c2r.mapResponse(resp, c, c2r.mapRequest({ model: 'a', messages: [{ role: 'user', content: 'x' }] }, c)).body as Obj;
    expect(ch.choices[0].finish_reason).toBe('length');
    expect(() => a2r.mapResponse({ error: 'x' }, c, a2r.mapRequest({ model: 'a', max_tokens: 5, messages: [{ role: 'user', content: 'x' }] }, c))).toThrow(GatewayError);
  });

  it('a recorded Claude message → Response object: items, status, usage, request fields echoed', () => {
    const msg = fixtureJson('anthropic/message-parallel-tool-use.json') as Obj;
    const c = ctx();
    const mapped = r2a.mapRequest({ model: 'a', input: 'x', instructions: 'I', tools: [{ type: 'function', name: 'f', parameters: {} }], metadata: { k: 'v' }, temperature: 0.2 }, c);
    const r = r2a.mapResponse(msg, c, mapped).body as Obj;
    expect(r).toMatchObject({ object: 'response', status: 'completed', model: 'my-alias', instructions: 'I', metadata: { k: 'v' }, temperature: 0.2, incomplete_details: null, error: null });
    expect(r.id).toBe(responses.responseId(msg.id));
    const calls = (msg.content as Obj[]).filter((b) => b.type === 'tool_use');
    expect(r.output.filter((o: Obj) => o.type === 'function_call').map((o: Obj) => [o.call_id, o.name, JSON.parse(o.arguments)])).toEqual(calls.map((b) => [b.id, b.name, b.input]));
    expect(new Set(r.output.map((o: Obj) => o.id)).size).toBe(r.output.length);
    const u = msg.usage as Obj;
    expect(r.usage.input_tokens).toBe(u.input_tokens + u.cache_creation_input_tokens + u.cache_read_input_tokens);
  });

  it('errors: upstream envelopes → the caller\'s format, status kept', () => {
    expect(r2a.mapError(429, { type: 'error', error: { type: 'rate_limit_error', message: 'slow' } })).toEqual({ status: 429, body: { error: { message: 'slow', type: 'rate_limit_exceeded', param: null, code: 'rate_limit_exceeded' } } });
    const rec = JSON.parse(readFileSync(new URL('../../runtime/simulator/responses/recordings/openai-error.1.json', import.meta.url), 'utf8')) as Obj;
    const a = a2r.mapError(429, rec) as Obj;
    expect(a.status).toBe(429);
    expect(a.body.error.type).toBe('billing_error');
  });
});

describe('reasoning carrier', () => {
  const thinking = { type: 'thinking' as const, thinking: 'Let me think… "quoted" \\ \u2028 emoji 🧠', signature: 'EqQBCkYIBxgCKkA+sig/==' };

  it('round-trips a thinking block byte for byte, and redacted thinking', () => {
    const enc = sealReasoning(thinking);
    expect(enc).toMatch(/^swy1\.[A-Za-z0-9_-]+$/);
    expect(JSON.stringify(openReasoning(enc))).toBe(JSON.stringify(thinking));
    expect(openReasoning(sealReasoning({ type: 'redacted_thinking', data: 'ABC' }))).toEqual({ type: 'redacted_thinking', data: 'ABC' });
    expect(sealReasoning(thinking)).not.toBe(enc); // random IV
    expect(enc).not.toContain('Let me think');
  });

  it('a forged, altered or foreign encrypted_content never becomes a thinking block and is named as a loss', () => {
    const enc = sealReasoning(thinking);
    const raw = Buffer.from(enc.slice(5), 'base64url');
    raw[20] = (raw[20] as number) ^ 1;
    const altered = 'swy1.' + raw.toString('base64url');
    const forged = 'swy1.' + Buffer.from(JSON.stringify(thinking)).toString('base64url');
    const foreign = 'gAAAAABpPMlcH0HHEv5_ozHwP5Gxz5ZLE7A8Aw7GK94sa1KWHqXLrAch29KZrZqCzH6PkWnLWTxIZv420';
    for (const bad of [altered, forged, foreign, 'swy1.', 'swy1.!!!']) {
      expect(openReasoning(bad)).toBeNull();
      const body = {
        model: 'a',
        input: [
          { role: 'user', content: 'q' },
          { type: 'reasoning', id: 'rs_1', summary: [{ type: 'summary_text', text: 'I will call f' }], encrypted_content: bad },
          { type: 'function_call', call_id: 'c1', name: 'f', arguments: '{}' },
          { type: 'function_call_output', call_id: 'c1', output: 'ok' },
        ],
        tools: [{ type: 'function', name: 'f', parameters: {} }],
      };
      for (const t of [r2a, r2c]) {
        const m = t.mapRequest(body, ctx());
        expect(m.degraded).toEqual(['input[1]']);
        const sent = JSON.stringify(m.body);
        expect(sent).not.toContain('thinking"');
        expect(sent).not.toContain(bad === 'swy1.' ? 'swy1.!' : bad);
        expect(sent).not.toContain('I will call f');
      }
      const e = rejects(r2a, body, 'input[1]', 'strict');
      expect(e.message).toMatch(/encrypted_content/);
    }
  });

  it('a carrier sealed under another key does not open', () => {
    const enc = sealReasoning(thinking);
    setReasoningCarrierKey('another-gateway-secret-0123456789');
    try {
      expect(openReasoning(enc)).toBeNull();
      const again = sealReasoning(thinking);
      expect(openReasoning(again)).toEqual(thinking);
    } finally {
      setReasoningCarrierKey('switchyard-test-secret-abcdefghijkl');
    }
    expect(() => setReasoningCarrierKey('short')).toThrow(/at least 16/);
  });

  it('a replayed carrier restores the thinking block first in its assistant turn, for a tool loop with thinking on', () => {
    const enc = sealReasoning(thinking);
    const m = r2a.mapRequest(
      {
        model: 'a',
        reasoning: { effort: 'low' },
        max_output_tokens: 4000,
        input: [
          { role: 'user', content: 'q' },
          { type: 'reasoning', id: 'rs_1', summary: [], encrypted_content: enc },
          { type: 'function_call', call_id: 'c1', name: 'f', arguments: '{}' },
          { type: 'function_call_output', call_id: 'c1', output: 'ok' },
        ],
        tools: [{ type: 'function', name: 'f', parameters: {} }],
      },
      ctx(),
    );
    expect(m.dropped).toEqual([]);
    expect(m.body.thinking).toEqual({ type: 'enabled', budget_tokens: 2048 });
    expect((m.body.messages as Obj[])[1]).toEqual({ role: 'assistant', content: [thinking, { type: 'tool_use', id: 'c1', name: 'f', input: {} }] });
    // Without the carrier the open tool loop cannot keep thinking on: advisory loss, named.
    const without = r2a.mapRequest({ model: 'a', reasoning: { effort: 'low' }, max_output_tokens: 4000, input: [{ role: 'user', content: 'q' }, { type: 'function_call', call_id: 'c1', name: 'f', arguments: '{}' }, { type: 'function_call_output', call_id: 'c1', output: 'ok' }], tools: [{ type: 'function', name: 'f', parameters: {} }] }, ctx());
    expect(without.degraded).toEqual(['reasoning_effort']);
    expect(without.body.thinking).toBeUndefined();
  });
});
