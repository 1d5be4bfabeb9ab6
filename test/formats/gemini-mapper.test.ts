/**
 * Gemini mapper unit tables (runtime/formats/gemini/): each mapping of the
 * request, response, usage, finishReason and error tables, through the
 * composed transcoders the executor uses (selectTranscoder), both ways.
 */
import { describe, expect, it } from 'vitest';
import { GatewayError } from '../../runtime/errors.ts';
import { setGeminiCallerOptions, geminiUpstreamPath } from '../../runtime/formats/gemini/mapper.ts';
import { seal, unseal } from '../../runtime/formats/gemini/signatures.ts';
import { GEMINI_FINISH_TO_IR, GOOGLE_STATUS_NAMES, finishToIr, geminiSchemaToJsonSchema, geminiUsageToNeutral, neutralUsageToGemini, stopToGemini } from '../../runtime/formats/gemini/tables.ts';
import { selectTranscoder } from '../../runtime/transcode/index.ts';
import type { RequestContext } from '../../runtime/transcode/types.ts';
import { ctx, mapped } from '../transcode/helpers.ts';

type J = Record<string, any>;
const g2a = selectTranscoder('gemini', 'anthropic-messages');
const g2o = selectTranscoder('gemini', 'openai-chat');
const a2g = selectTranscoder('anthropic-messages', 'gemini');
const o2g = selectTranscoder('openai-chat', 'gemini');

const user = (text: string) => ({ role: 'user', parts: [{ text }] });

function paramOf(f: () => unknown): string | null {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(GatewayError);
    return (e as GatewayError).param;
  }
  throw new Error('did not throw');
}

describe('finishReason table', () => {
  it('Gemini → IR for every named reason; STOP with function calls → tool_use', () => {
    const expected: Record<string, string> = {
      STOP: 'end_turn', MAX_TOKENS: 'max_tokens', SAFETY: 'refusal', RECITATION: 'refusal', BLOCKLIST: 'refusal', PROHIBITED_CONTENT: 'refusal', SPII: 'refusal',
      LANGUAGE: 'refusal', OTHER: 'end_turn', MALFORMED_FUNCTION_CALL: 'end_turn', IMAGE_SAFETY: 'refusal', MISSING_THOUGHT_SIGNATURE: 'end_turn',
    };
    for (const [g, ir] of Object.entries(expected)) expect(finishToIr(g, false), g).toBe(ir);
    expect(Object.keys(GEMINI_FINISH_TO_IR).length).toBeGreaterThanOrEqual(19);
    expect(finishToIr('STOP', true)).toBe('tool_use');
    expect(finishToIr('MAX_TOKENS', true)).toBe('max_tokens');
    expect(finishToIr('SOMETHING_NEW', false)).toBe('end_turn');
  });
  it('IR → Gemini', () => {
    expect(['end_turn', 'stop_sequence', 'tool_use', 'pause_turn', 'max_tokens', 'model_context_window_exceeded', 'refusal', 'weird'].map((s) => stopToGemini(s))).toEqual(
      ['STOP', 'STOP', 'STOP', 'STOP', 'MAX_TOKENS', 'MAX_TOKENS', 'SAFETY', 'OTHER'],
    );
    expect(stopToGemini(null)).toBe('STOP');
  });
});

describe('usageMetadata', () => {
  it('Gemini → neutral: prompt includes cached, output includes thoughts', () => {
    const u = geminiUsageToNeutral({ promptTokenCount: 100, cachedContentTokenCount: 40, candidatesTokenCount: 7, thoughtsTokenCount: 20, totalTokenCount: 127 });
    expect(u).toEqual({ input: 60, output: 27, cacheCreation: 0, cacheCreation1h: 0, cacheRead: 40, reasoning: 20, reported: true });
  });
  it('neutral → Gemini and back is the identity on Gemini-shaped usage', () => {
    const g = { promptTokenCount: 100, candidatesTokenCount: 7, totalTokenCount: 127, cachedContentTokenCount: 40, thoughtsTokenCount: 20 };
    expect(neutralUsageToGemini(geminiUsageToNeutral(g))).toEqual(g);
    expect(neutralUsageToGemini({ input: 5, output: 3, cacheCreation: 2, cacheCreation1h: 0, cacheRead: 0, reasoning: 0, reported: true })).toEqual({ promptTokenCount: 7, candidatesTokenCount: 3, totalTokenCount: 10 });
  });
});

describe('errors', () => {
  it('Google envelope → Anthropic and OpenAI envelopes (status kept, type from status name)', () => {
    expect(a2g.mapError(429, { error: { code: 429, message: 'Quota', status: 'RESOURCE_EXHAUSTED' } })).toEqual({ status: 429, body: { type: 'error', error: { type: 'rate_limit_error', message: 'Quota' } } });
    expect(a2g.mapError(503, { error: { code: 503, message: 'busy', status: 'UNAVAILABLE' } }).body).toMatchObject({ error: { type: 'overloaded_error' } });
    const badKey = { error: { code: 400, message: 'API key not valid. Please pass a valid API key.', status: 'INVALID_ARGUMENT', details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'API_KEY_INVALID' }] } };
    expect(a2g.mapError(400, badKey).body).toMatchObject({ error: { type: 'authentication_error' } });
    expect(a2g.mapError(500, [{ error: { code: 500, message: 'x', status: 'INTERNAL' } }]).body).toMatchObject({ error: { type: 'api_error', message: 'x' } });
    expect(o2g.mapError(404, { error: { code: 404, message: 'nf', status: 'NOT_FOUND' } }).status).toBe(404);
  });
  it('Anthropic / OpenAI errors → Google envelope with the status name of the code', () => {
    expect(g2a.mapError(529, { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } })).toEqual({ status: 529, body: { error: { code: 529, message: 'Overloaded', status: 'UNAVAILABLE' } } });
    for (const [code, name] of [[400, 'INVALID_ARGUMENT'], [401, 'UNAUTHENTICATED'], [403, 'PERMISSION_DENIED'], [404, 'NOT_FOUND'], [429, 'RESOURCE_EXHAUSTED'], [500, 'INTERNAL'], [503, 'UNAVAILABLE'], [504, 'DEADLINE_EXCEEDED']] as const) {
      expect(GOOGLE_STATUS_NAMES[code]).toBe(name);
      expect(g2o.mapError(code, { error: { message: 'm', type: 'x' } }).body).toEqual({ error: { code, message: 'm', status: name } });
    }
  });
});

describe('Gemini request → Anthropic', () => {
  it('roles, systemInstruction, generationConfig, snake_case names', () => {
    const body = {
      system_instruction: { parts: [{ text: 'Be brief.' }] },
      contents: [user('Hi'), { role: 'model', parts: [{ text: 'Hello' }] }, { parts: [{ text: 'Again' }] }],
      generation_config: { temperature: 0.2, top_p: 0.9, topK: 5, maxOutputTokens: 300, stopSequences: ['END'], candidateCount: 1 },
    };
    const m = g2a.mapRequest(body, ctx());
    expect(m.body).toEqual({
      model: 'upstream-model',
      system: [{ type: 'text', text: 'Be brief.' }],
      messages: [
        { role: 'user', content: [{ type: 'text', text: 'Hi' }] },
        { role: 'assistant', content: [{ type: 'text', text: 'Hello' }] },
        { role: 'user', content: [{ type: 'text', text: 'Again' }] },
      ],
      max_tokens: 300,
      temperature: 0.2,
      top_p: 0.9,
      top_k: 5,
      stop_sequences: ['END'],
    });
    expect(m.stream).toBe(false);
    expect(m.dropped).toEqual([]);
  });

  it('the stream flag comes from the call mode (the path), not the body', () => {
    const body = { contents: [user('Hi')] };
    expect(g2a.mapRequest(body, { ...ctx(), call: { stream: true } }).stream).toBe(true);
    expect(g2a.mapRequest({ contents: [user('Hi')] }, ctx()).stream).toBe(false);
    expect(geminiUpstreamPath('gemini-2.5-flash', true)).toBe('/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse');
    expect(geminiUpstreamPath('models/gemini-2.5-flash', false)).toBe('/v1beta/models/gemini-2.5-flash:generateContent');
  });

  it('inlineData image/PDF/text, fileData https URL; Files API URI is a semantic loss; audio is rejected', () => {
    const body = {
      contents: [{
        role: 'user', parts: [
          { inlineData: { mimeType: 'image/png', data: 'iVBORw0K' } },
          { inline_data: { mime_type: 'application/pdf', data: 'JVBERi0=' } },
          { inlineData: { mimeType: 'text/plain', data: Buffer.from('notes').toString('base64') } },
          { fileData: { mimeType: 'image/jpeg', fileUri: 'https://example.com/cat.jpg' } },
          { fileData: { mimeType: 'application/pdf', fileUri: 'https://example.com/a.pdf' } },
        ],
      }],
    };
    expect((g2a.mapRequest(body, ctx()).body.messages as J[])[0]!.content).toEqual([
      { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBORw0K' } },
      { type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: 'JVBERi0=' } },
      { type: 'document', source: { type: 'text', media_type: 'text/plain', data: 'notes' } },
      { type: 'image', source: { type: 'url', url: 'https://example.com/cat.jpg' } },
      { type: 'document', source: { type: 'url', url: 'https://example.com/a.pdf' } },
    ]);
    const files = { contents: [{ role: 'user', parts: [{ text: 'see' }, { fileData: { mimeType: 'image/png', fileUri: 'https://generativelanguage.googleapis.com/v1beta/files/abc' } }] }] };
    expect(paramOf(() => g2a.mapRequest(files, ctx()))).toBe('contents[0].parts[1].fileData');
    const dropped = g2a.mapRequest(files, ctx({ unsupportedParams: 'drop' }));
    expect(dropped.dropped).toEqual(['contents[0].parts[1].fileData']);
    expect((dropped.body.messages as J[])[0]!.content).toEqual([{ type: 'text', text: 'see' }]);
    expect(paramOf(() => g2a.mapRequest({ contents: [{ role: 'user', parts: [{ inlineData: { mimeType: 'audio/wav', data: 'AAAA' } }] }] }, ctx()))).toBe('contents[0].parts[0].inlineData.mimeType');
  });

  it('function calls without ids get stable positional ids; responses match by name/order (Gemini CLI ids too)', () => {
    const body = {
      contents: [
        user('weather?'),
        { role: 'model', parts: [{ functionCall: { name: 'get_weather', args: { city: 'Oslo' } } }, { functionCall: { name: 'get_weather', args: { city: 'Rome' } } }, { functionCall: { name: 'get_time', args: {} } }] },
        { role: 'user', parts: [
          { functionResponse: { id: 'cli-invented-1', name: 'get_time', response: { output: '12:00' } } },
          { functionResponse: { name: 'get_weather', response: { output: 'rain' } } },
          { functionResponse: { name: 'get_weather', response: { error: 'no data' } } },
        ] },
      ],
    };
    const msgs = g2a.mapRequest(body, ctx()).body.messages as J[];
    expect(msgs[1]!.content.map((b: J) => b.id)).toEqual(['gcall_1_0', 'gcall_1_1', 'gcall_1_2']);
    expect(msgs[2]!.content).toEqual([
      { type: 'tool_result', tool_use_id: 'gcall_1_2', content: '12:00' },
      { type: 'tool_result', tool_use_id: 'gcall_1_0', content: 'rain' },
      { type: 'tool_result', tool_use_id: 'gcall_1_1', content: 'no data', is_error: true },
    ]);
    // The same history a turn later keeps the same ids.
    const longer = { contents: [...body.contents, { role: 'model', parts: [{ text: 'Done' }] }, user('thanks')] };
    expect((g2a.mapRequest(longer, ctx()).body.messages as J[])[1]!.content.map((b: J) => b.id)).toEqual(['gcall_1_0', 'gcall_1_1', 'gcall_1_2']);
    // Gemini 3 ids are kept and echoed; an unmatched response is a 400.
    const g3 = { contents: [user('x'), { role: 'model', parts: [{ functionCall: { id: 'bu4kjcsx', name: 'f', args: { a: 1 } } }] }, { role: 'user', parts: [{ functionResponse: { id: 'bu4kjcsx', name: 'f', response: { n: 2 } } }] }] };
    const m3 = g2a.mapRequest(g3, ctx()).body.messages as J[];
    expect(m3[1]!.content[0]).toEqual({ type: 'tool_use', id: 'bu4kjcsx', name: 'f', input: { a: 1 } });
    expect(m3[2]!.content[0]).toEqual({ type: 'tool_result', tool_use_id: 'bu4kjcsx', content: '{"n":2}' });
    expect(paramOf(() => g2a.mapRequest({ contents: [user('x'), { role: 'user', parts: [{ functionResponse: { name: 'g', response: {} } }] }] }, ctx()))).toBe('contents[1].parts[0].functionResponse');
  });

  it('functionDeclarations (parametersJsonSchema and Gemini Schema) and functionCallingConfig modes', () => {
    const tools = [{ functionDeclarations: [
      { name: 'a', description: 'A', parametersJsonSchema: { type: 'object', properties: { x: { type: 'string' } }, additionalProperties: false } },
      { name: 'b', parameters: { type: 'OBJECT', properties: { n: { type: 'INTEGER', nullable: true }, l: { type: 'ARRAY', items: { type: 'STRING' } } }, required: ['n'], propertyOrdering: ['n', 'l'] } },
      { name: 'c' },
    ] }];
    const base = { contents: [user('x')], tools };
    const body = g2a.mapRequest(base, ctx()).body;
    expect(body.tools).toEqual([
      { name: 'a', description: 'A', input_schema: { type: 'object', properties: { x: { type: 'string' } }, additionalProperties: false } },
      { name: 'b', input_schema: { type: 'object', properties: { n: { type: ['integer', 'null'] }, l: { type: 'array', items: { type: 'string' } } }, required: ['n'] } },
      { name: 'c', input_schema: { type: 'object', properties: {} } },
    ]);
    const choice = (fcc: J) => g2a.mapRequest({ ...base, toolConfig: { functionCallingConfig: fcc } }, ctx()).body;
    expect(choice({ mode: 'AUTO' }).tool_choice).toEqual({ type: 'auto' });
    expect(choice({ mode: 'NONE' }).tool_choice).toEqual({ type: 'none' });
    expect(choice({ mode: 'ANY' }).tool_choice).toEqual({ type: 'any' });
    expect(choice({ mode: 'ANY', allowedFunctionNames: ['b'] }).tool_choice).toEqual({ type: 'tool', name: 'b' });
    const two = choice({ mode: 'ANY', allowedFunctionNames: ['a', 'c'] });
    expect(two.tool_choice).toEqual({ type: 'any' });
    expect((two.tools as J[]).map((t) => t.name)).toEqual(['a', 'c']);
    expect(paramOf(() => choice({ mode: 'SOMETIMES' }))).toBe('toolConfig.functionCallingConfig.mode');
    // Built-in Gemini tools run on Gemini only.
    expect(paramOf(() => g2a.mapRequest({ contents: [user('x')], tools: [{ googleSearch: {} }] }, ctx()))).toBe('tools[0].googleSearch');
    expect(geminiSchemaToJsonSchema({ type: 'STRING', enum: ['a'], format: 'enum' })).toEqual({ type: 'string', enum: ['a'], format: 'enum' });
  });

  it('thinkingConfig → thinking / effort', () => {
    const th = (tc: J, extra: J = {}) => g2a.mapRequest({ contents: [user('x')], generationConfig: { maxOutputTokens: 20000, thinkingConfig: tc, ...extra } }, ctx()).body.thinking;
    expect(th({ thinkingBudget: 4096, includeThoughts: true })).toEqual({ type: 'enabled', budget_tokens: 4096 });
    expect(th({ thinkingBudget: 200 })).toEqual({ type: 'enabled', budget_tokens: 1024 });
    expect(th({ thinkingBudget: 0 })).toEqual({ type: 'disabled' });
    expect(th({ thinkingBudget: -1 })).toEqual({ type: 'enabled', budget_tokens: 8192 });
    expect(th({ thinkingLevel: 'LOW' })).toEqual({ type: 'enabled', budget_tokens: 2048 });
    expect(th({ thinking_level: 'high' })).toEqual({ type: 'enabled', budget_tokens: 16384 });
    expect(g2o.mapRequest({ contents: [user('x')], generationConfig: { thinkingConfig: { thinkingLevel: 'medium' } } }, ctx()).body.reasoning_effort).toBe('medium');
  });

  it('structured output: responseJsonSchema / responseSchema / bare JSON', () => {
    const schema = { type: 'object', properties: { a: { type: 'number' } }, required: ['a'] };
    const toOpenAI = (gc: J) => g2o.mapRequest({ contents: [user('x')], generationConfig: gc }, ctx()).body.response_format;
    expect(toOpenAI({ responseMimeType: 'application/json', responseJsonSchema: schema })).toMatchObject({ type: 'json_schema', json_schema: { schema } });
    expect(toOpenAI({ responseMimeType: 'application/json', responseSchema: { type: 'OBJECT', properties: { a: { type: 'NUMBER' } }, required: ['a'] } })).toMatchObject({ type: 'json_schema', json_schema: { schema } });
    expect(toOpenAI({ responseMimeType: 'application/json' })).toEqual({ type: 'json_object' });
    const a = g2a.mapRequest({ contents: [user('x')], generationConfig: { responseMimeType: 'application/json', responseJsonSchema: schema } }, ctx());
    expect(a.body.tool_choice).toEqual({ type: 'tool', name: 'json_response' });
    expect(a.syntheticJsonTool).toBe('json_response');
    expect(paramOf(() => g2a.mapRequest({ contents: [user('x')], generationConfig: { responseMimeType: 'text/x.enum' } }, ctx()))).toBe('generationConfig.responseMimeType');
  });

  it('loss classes: safetySettings advisory, candidateCount > 1 / cachedContent / penalties semantic, unknown fields rejected', () => {
    const m = g2a.mapRequest({ contents: [user('x')], safetySettings: [{ category: 'HARM_CATEGORY_HARASSMENT', threshold: 'BLOCK_NONE' }] }, ctx());
    expect(m.degraded).toEqual(['safetySettings']);
    expect(m.body.safetySettings).toBeUndefined();
    expect(paramOf(() => g2a.mapRequest({ contents: [user('x')], safetySettings: [{}] }, ctx({ unsupportedParams: 'strict' })))).toBe('safetySettings');
    expect(paramOf(() => g2a.mapRequest({ contents: [user('x')], generationConfig: { candidateCount: 2 } }, ctx()))).toBe('generationConfig.candidateCount');
    expect(paramOf(() => g2a.mapRequest({ contents: [user('x')], cachedContent: 'cachedContents/abc' }, ctx()))).toBe('cachedContent');
    expect(paramOf(() => g2o.mapRequest({ contents: [user('x')], generationConfig: { presencePenalty: 0.5 } }, ctx()))).toBe('generationConfig.presencePenalty');
    expect(paramOf(() => g2a.mapRequest({ contents: [user('x')], generationConfig: { futureKnob: 1 } }, ctx()))).toBe('generationConfig.futureKnob');
    expect(paramOf(() => g2a.mapRequest({ contents: [user('x')], newTopLevel: 1 }, ctx()))).toBe('newTopLevel');
    // Defaults are accepted silently.
    expect(g2a.mapRequest({ contents: [user('x')], cachedContent: '', generationConfig: { presencePenalty: 0, candidateCount: 1, responseModalities: ['TEXT'] } }, ctx()).dropped).toEqual([]);
  });
});

describe('Anthropic / OpenAI request → Gemini', () => {
  it('Anthropic: system, roles, tools, tool_choice, tool results by name, thinking budget, images', () => {
    const m = a2g.mapRequest({
      model: 'm', max_tokens: 2000, system: 'Sys', temperature: 0.5, top_k: 3, stop_sequences: ['X'],
      thinking: { type: 'enabled', budget_tokens: 1500 },
      tools: [{ name: 'get_weather', description: 'W', input_schema: { type: 'object', properties: { city: { type: 'string' } } } }],
      tool_choice: { type: 'tool', name: 'get_weather' },
      messages: [
        { role: 'user', content: [{ type: 'text', text: 'Oslo?' }, { type: 'image', source: { type: 'url', url: 'https://x.test/a.png' } }] },
        { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: { city: 'Oslo' } }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: 'rain' }, { type: 'text', text: 'and?' }] },
      ],
    }, ctx({ upstreamModel: 'gemini-2.5-flash' }));
    expect(m.body).toEqual({
      contents: [
        { role: 'user', parts: [{ text: 'Oslo?' }, { fileData: { mimeType: 'image/png', fileUri: 'https://x.test/a.png' } }] },
        { role: 'model', parts: [{ functionCall: { id: 'toolu_1', name: 'get_weather', args: { city: 'Oslo' } } }] },
        { role: 'user', parts: [{ functionResponse: { id: 'toolu_1', name: 'get_weather', response: { output: 'rain' } } }, { text: 'and?' }] },
      ],
      systemInstruction: { parts: [{ text: 'Sys' }] },
      tools: [{ functionDeclarations: [{ name: 'get_weather', description: 'W', parametersJsonSchema: { type: 'object', properties: { city: { type: 'string' } } } }] }],
      toolConfig: { functionCallingConfig: { mode: 'ANY', allowedFunctionNames: ['get_weather'] } },
      generationConfig: { temperature: 0.5, topK: 3, maxOutputTokens: 2000, stopSequences: ['X'], thinkingConfig: { thinkingBudget: 1500, includeThoughts: true } },
    });
    expect(m.headers).toEqual({});
    // Gemini 3 takes a thinking level.
    const g3 = a2g.mapRequest({ model: 'm', max_tokens: 100, thinking: { type: 'enabled', budget_tokens: 10000 }, messages: [{ role: 'user', content: 'x' }] }, ctx({ upstreamModel: 'gemini-3-pro-preview' }));
    expect((g3.body.generationConfig as J).thinkingConfig).toEqual({ thinkingLevel: 'high', includeThoughts: true });
  });

  it('Anthropic-only things: cache_control advisory, Claude thinking advisory, server tools and disable_parallel_tool_use semantic', () => {
    const m = a2g.mapRequest({
      model: 'm', max_tokens: 10, cache_control: { type: 'ephemeral' },
      messages: [
        { role: 'user', content: [{ type: 'text', text: 'x', cache_control: { type: 'ephemeral' } }] },
        { role: 'assistant', content: [{ type: 'thinking', thinking: 't', signature: 'claude-sig' }, { type: 'text', text: 'y' }] },
        { role: 'user', content: 'z' },
      ],
    }, ctx());
    expect(m.degraded?.sort()).toEqual(['cache_control', 'thinking']);
    expect((m.body.contents as J[])[1]).toEqual({ role: 'model', parts: [{ text: 'y' }] });
    expect(paramOf(() => a2g.mapRequest({ model: 'm', max_tokens: 10, tools: [{ type: 'web_search_20250305', name: 'web_search' }], messages: [{ role: 'user', content: 'x' }] }, ctx()))).toBe('tools[0]');
    expect(paramOf(() => a2g.mapRequest({ model: 'm', max_tokens: 10, tools: [{ name: 'f', input_schema: { type: 'object' } }], tool_choice: { type: 'auto', disable_parallel_tool_use: true }, messages: [{ role: 'user', content: 'x' }] }, ctx()))).toBe('parallel_tool_calls');
    expect(paramOf(() => a2g.mapRequest({ model: 'm', max_tokens: 10, container: 'c', messages: [{ role: 'user', content: 'x' }] }, ctx()))).toBe('container');
  });

  it('OpenAI: penalties and seed carried natively, reasoning_effort → thinkingConfig, response_format, n > 1 rejected', () => {
    const m = o2g.mapRequest({
      model: 'm', messages: [{ role: 'developer', content: 'Dev' }, { role: 'user', content: 'x' }], presence_penalty: 0.5, frequency_penalty: 0.25, seed: 7,
      reasoning_effort: 'low', response_format: { type: 'json_schema', json_schema: { name: 'r', schema: { type: 'object' } } }, max_completion_tokens: 900,
    }, ctx({ upstreamModel: 'gemini-2.5-flash' }));
    expect(m.body.systemInstruction).toEqual({ parts: [{ text: 'Dev' }] });
    expect(m.body.generationConfig).toEqual({
      presencePenalty: 0.5, frequencyPenalty: 0.25, seed: 7, maxOutputTokens: 900, responseMimeType: 'application/json', responseJsonSchema: { type: 'object' },
      thinkingConfig: { thinkingBudget: 2048, includeThoughts: true },
    });
    expect(paramOf(() => o2g.mapRequest({ model: 'm', messages: [{ role: 'user', content: 'x' }], n: 2 }, ctx()))).toBe('n');
    expect(o2g.mapRequest({ model: 'm', messages: [{ role: 'user', content: 'x' }], user: 'u1' }, ctx()).degraded).toEqual(['user']);
  });
});

describe('responses (JSON)', () => {
  it('Gemini response → Anthropic message: thought parts, signature sealed, id-less calls get stable ids, usage', () => {
    const body = {
      candidates: [{ content: { role: 'model', parts: [
        { text: 'Let me think', thought: true },
        { functionCall: { name: 'get_weather', args: { city: 'Oslo' } }, thoughtSignature: 'R2VtaW5pU2ln' },
        { functionCall: { name: 'get_weather', args: { city: 'Rome' } } },
      ] }, finishReason: 'STOP', index: 0 }],
      usageMetadata: { promptTokenCount: 30, candidatesTokenCount: 10, thoughtsTokenCount: 5, totalTokenCount: 45 },
      modelVersion: 'gemini-2.5-flash', responseId: 'resp-1',
    };
    const out = a2g.mapResponse(body, ctx(), mapped({ stream: false })).body as J;
    expect(out.stop_reason).toBe('tool_use');
    expect(out.id).toBe('msg_resp-1');
    expect(out.content[0].type).toBe('thinking');
    expect(out.content[0].thinking).toBe('Let me think');
    expect(unseal(out.content[0].signature)).toEqual({ g: 'R2VtaW5pU2ln' });
    expect(out.content[1]).toMatchObject({ type: 'tool_use', name: 'get_weather', input: { city: 'Oslo' } });
    expect(out.content[1].id).toMatch(/^call_[0-9a-f]{24}$/);
    expect(out.content[2].id).not.toBe(out.content[1].id);
    expect(out.usage).toEqual({ input_tokens: 30, output_tokens: 15, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 });
    // The same response decodes to the same ids (stable).
    expect((a2g.mapResponse(body, ctx(), mapped({ stream: false })).body as J).content[1].id).toBe(out.content[1].id);
  });

  it('a blocked prompt is a refusal; a body of the wrong shape is an upstream error', () => {
    const out = a2g.mapResponse({ promptFeedback: { blockReason: 'SAFETY' }, usageMetadata: { promptTokenCount: 3, totalTokenCount: 3 } }, ctx(), mapped({ stream: false })).body as J;
    expect(out.stop_reason).toBe('refusal');
    expect(out.content).toEqual([]);
    expect(() => a2g.mapResponse({ nope: 1 }, ctx(), mapped({ stream: false }))).toThrow(GatewayError);
  });

  it('Anthropic message → Gemini response: thinking sealed onto the next part, thoughts shown only with includeThoughts', () => {
    const msg = {
      id: 'msg_1', type: 'message', role: 'assistant', model: 'claude', stop_reason: 'tool_use', stop_sequence: null,
      content: [{ type: 'thinking', thinking: 'Plan.', signature: 'EqQBCkYIBxgCKkD' }, { type: 'text', text: 'Calling.' }, { type: 'redacted_thinking', data: 'ENC' }, { type: 'tool_use', id: 'toolu_9', name: 'f', input: { a: 1 } }],
      usage: { input_tokens: 10, output_tokens: 4, cache_creation_input_tokens: 0, cache_read_input_tokens: 2 },
    };
    const c = ctx();
    const hidden = g2a.mapResponse(msg, c, mapped({ stream: false })).body as J;
    const parts = hidden.candidates[0].content.parts as J[];
    expect(parts.map((p) => Object.keys(p).sort())).toEqual([['text', 'thoughtSignature'], ['functionCall', 'thoughtSignature']]);
    expect(unseal(parts[0]!.thoughtSignature)).toEqual({ c: [{ type: 'thinking', thinking: 'Plan.', signature: 'EqQBCkYIBxgCKkD' }] });
    expect(unseal(parts[1]!.thoughtSignature)).toEqual({ c: [{ type: 'redacted_thinking', data: 'ENC' }] });
    expect(parts[1]!.functionCall).toEqual({ id: 'toolu_9', name: 'f', args: { a: 1 } });
    expect(hidden.candidates[0].finishReason).toBe('STOP');
    expect(hidden.usageMetadata).toEqual({ promptTokenCount: 12, candidatesTokenCount: 4, totalTokenCount: 16, cachedContentTokenCount: 2 });
    expect(hidden.modelVersion).toBe('my-alias');
    const shown: RequestContext = ctx();
    setGeminiCallerOptions(shown, { stream: false, sse: true, includeThoughts: true });
    expect((g2a.mapResponse(msg, shown, mapped({ stream: false })).body as J).candidates[0].content.parts[0]).toEqual({ text: 'Plan.', thought: true });
  });
});

describe('sealed signatures', () => {
  it('round trip; a forged or altered seal is never opened (reported, the part named)', () => {
    const s = seal({ c: [{ type: 'thinking', thinking: 'a', signature: 'b' }] });
    expect(unseal(s)).toEqual({ c: [{ type: 'thinking', thinking: 'a', signature: 'b' }] });
    expect(unseal('EqQBCkYIBxgCKkD')).toBeNull();
    const raw = Buffer.from(s, 'base64');
    raw[raw.length - 3]! ^= 1;
    const altered = raw.toString('base64');
    expect(unseal(altered)).toBe('forged');
    const body = { contents: [user('x'), { role: 'model', parts: [{ text: 'y', thoughtSignature: altered }] }, user('z')] };
    // Never restored: reported (advisory by default, 400 under strict), the rest of the turn kept.
    const m = g2a.mapRequest(body, ctx());
    expect(m.degraded).toEqual(['contents[1].parts[0].thoughtSignature']);
    expect((m.body.messages as J[])[1]).toEqual({ role: 'assistant', content: [{ type: 'text', text: 'y' }] });
    expect(paramOf(() => g2a.mapRequest(body, ctx({ unsupportedParams: 'strict' })))).toBe('contents[1].parts[0].thoughtSignature');
    // An Anthropic caller replaying a tampered Gemini seal is rejected too.
    const g = seal({ g: 'R2VtaW5p' });
    const gRaw = Buffer.from(g, 'base64');
    gRaw[gRaw.length - 2]! ^= 1;
    const req = { model: 'm', max_tokens: 5, messages: [{ role: 'user', content: 'x' }, { role: 'assistant', content: [{ type: 'thinking', thinking: '', signature: gRaw.toString('base64') }, { type: 'text', text: 'y' }] }, { role: 'user', content: 'z' }] };
    const a = a2g.mapRequest(req, ctx());
    expect(a.degraded).toEqual(['thinking']);
    expect((a.body.contents as J[])[1]).toEqual({ role: 'model', parts: [{ text: 'y' }] });
  });

  it('Gemini thought signature → Anthropic caller → back: on the same part, byte for byte; trailing signature part kept', () => {
    const req = {
      model: 'm', max_tokens: 50, messages: [
        { role: 'user', content: 'x' },
        { role: 'assistant', content: [{ type: 'thinking', thinking: 'summary', signature: seal({ g: 'U0lHLTE=' }) }, { type: 'tool_use', id: 'abcd1234', name: 'f', input: {} }, { type: 'tool_use', id: 'efgh5678', name: 'f', input: {} }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'abcd1234', content: '1' }, { type: 'tool_result', tool_use_id: 'efgh5678', content: '2' }] },
        { role: 'assistant', content: [{ type: 'text', text: 'Done' }, { type: 'thinking', thinking: '', signature: seal({ g: 'U0lHLTI=' }) }] },
        { role: 'user', content: 'more' },
      ],
    };
    const contents = a2g.mapRequest(req, ctx()).body.contents as J[];
    expect(contents[1]).toEqual({ role: 'model', parts: [{ functionCall: { id: 'abcd1234', name: 'f', args: {} }, thoughtSignature: 'U0lHLTE=' }, { functionCall: { id: 'efgh5678', name: 'f', args: {} } }] });
    expect(contents[3]).toEqual({ role: 'model', parts: [{ text: 'Done' }, { text: '', thoughtSignature: 'U0lHLTI=' }] });
  });
});

describe('streams (Gemini upstream → IR → Anthropic SSE)', () => {
  const sse = (...chunks: J[]) => Buffer.from(chunks.map((c) => `data: ${JSON.stringify(c)}\r\n\r\n`).join(''));
  const cand = (parts: J[], finishReason?: string) => ({ candidates: [{ content: { role: 'model', parts }, ...(finishReason ? { finishReason } : {}), index: 0 }], usageMetadata: { promptTokenCount: 9, candidatesTokenCount: 2, totalTokenCount: 11 }, responseId: 'r1' });
  const events = (out: string) => out.split('\n\n').filter(Boolean).map((e) => JSON.parse(e.split('\ndata: ')[1]!) as J);

  it('text chunks, a whole function call and the finishReason; the same bytes fed one at a time give the same output', () => {
    const body = sse(cand([{ text: 'Hel' }]), cand([{ text: 'lo' }]), cand([{ functionCall: { name: 'f', args: { a: 1 } } }], 'STOP'));
    const whole = a2g.createStream(ctx(), mapped());
    const out = whole.push(body) + whole.end();
    const bytewise = a2g.createStream(ctx(), mapped());
    let out2 = '';
    for (let i = 0; i < body.length; i++) out2 += bytewise.push(body.subarray(i, i + 1));
    out2 += bytewise.end();
    expect(out2).toBe(out);
    const ev = events(out);
    expect(ev.map((e) => e.type)).toEqual(['message_start', 'content_block_start', 'content_block_delta', 'content_block_delta', 'content_block_stop', 'content_block_start', 'content_block_delta', 'content_block_stop', 'message_delta', 'message_stop']);
    expect(ev[5]!.content_block).toMatchObject({ type: 'tool_use', name: 'f', id: expect.stringMatching(/^call_/) });
    expect(ev[6]!.delta).toEqual({ type: 'input_json_delta', partial_json: '{"a":1}' });
    expect(ev[8]!.delta.stop_reason).toBe('tool_use');
    expect(ev[8]!.usage).toMatchObject({ input_tokens: 9, output_tokens: 2 });
    expect(whole.finished).toBe(true);
  });

  it('EOF before a finishReason is a truncation error; an error chunk is an in-stream error', () => {
    const t = a2g.createStream(ctx(), mapped());
    const ev = events(t.push(sse(cand([{ text: 'Hi' }]))) + t.end());
    expect(ev[ev.length - 1]).toMatchObject({ type: 'error', error: { type: 'api_error', message: expect.stringMatching(/gemini upstream stream ended/) } });
    const e = a2g.createStream(ctx(), mapped());
    const ev2 = events(e.push(sse(cand([{ text: 'Hi' }]), { error: { code: 503, message: 'The model is overloaded.', status: 'UNAVAILABLE' } })) + e.end());
    expect(ev2[ev2.length - 1]).toEqual({ type: 'error', error: { type: 'overloaded_error', message: 'The model is overloaded.' } });
    expect(e.sawUpstreamError).toBe(true);
  });

  it('Claude error mid-stream to a JSON-array Gemini caller closes the array with the error envelope', () => {
    const c = ctx();
    setGeminiCallerOptions(c, { stream: true, sse: false });
    const s = g2a.createStream(c, mapped());
    const out = s.push(Buffer.from('event: message_start\ndata: {"type":"message_start","message":{"id":"msg_1","usage":{"input_tokens":3,"output_tokens":0}}}\n\nevent: error\ndata: {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}\n\n')) + s.end();
    expect(JSON.parse(out)).toEqual([{ error: { code: 503, message: 'Overloaded', status: 'UNAVAILABLE' } }]);
  });
});
