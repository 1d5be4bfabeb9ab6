/**
 * The openai-chat mapper follows the target provider's dialect (`ctx.dialect`,
 * from the provider spec): the max-tokens field, parameters the provider
 * rejects or renames, whether `stream_options.include_usage` is sent; and it
 * reads streamed reasoning in the fields OpenAI-compatible providers use
 * (DeepSeek `reasoning_content`, OpenRouter `reasoning`, or the dialect's own)
 * as IR thinking, so an Anthropic caller — the Anthropic SDK's own stream
 * accumulator here — gets thinking blocks.
 */
import Anthropic from '@anthropic-ai/sdk';
import { describe, expect, it } from 'vitest';
import { GatewayError } from '../../runtime/errors.ts';
import { selectTranscoder } from '../../runtime/transcode/index.ts';
import type { ProviderDialect } from '../../runtime/transcode/types.ts';
import { ctx, mapped, type Obj } from './helpers.ts';

const T = selectTranscoder('anthropic-messages', 'openai-chat');
const base = { model: 'm', max_tokens: 100, messages: [{ role: 'user', content: 'hi' }] };
const req = (body: Obj, dialect?: ProviderDialect, policy: 'reject' | 'drop' | 'strict' = 'reject') =>
  T.mapRequest({ ...base, ...body }, ctx({ dialect, unsupportedParams: policy }));

describe('request: dialect', () => {
  it('max-tokens field: max_completion_tokens by default, the dialect\'s field otherwise', () => {
    expect(req({}).body).toMatchObject({ max_completion_tokens: 100 });
    const b = req({}, { maxTokensField: 'max_tokens' }).body;
    expect(b.max_tokens).toBe(100);
    expect(b).not.toHaveProperty('max_completion_tokens');
  });

  it('stream_options.include_usage only where the provider honours it', () => {
    expect(req({ stream: true }).body.stream_options).toEqual({ include_usage: true });
    const b = req({ stream: true }, { streamUsage: false }).body;
    expect(b.stream).toBe(true);
    expect(b).not.toHaveProperty('stream_options');
  });

  it('renamed parameters are sent under the provider\'s name', () => {
    const b = req({ stop_sequences: ['END'] }, { renamedParams: { stop: 'stop_sequences' } }).body;
    expect(b.stop_sequences).toEqual(['END']);
    expect(b).not.toHaveProperty('stop');
  });

  it('tool-call ids follow the dialect\'s rules (Mistral: 9 alphanumerics): rewritten consistently, kept when they fit', () => {
    const dialect: ProviderDialect = { toolCallId: { maxLength: 9, pattern: '^[a-zA-Z0-9]{9}$' } };
    const convo = (id: string) => ({
      tools: [{ name: 'f', input_schema: { type: 'object' } }],
      messages: [
        { role: 'user', content: 'q' },
        { role: 'assistant', content: [{ type: 'tool_use', id, name: 'f', input: {} }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: id, content: 'r' }] },
      ],
    });
    const callIdOf = (id: string, d?: ProviderDialect): string => (req(convo(id), d).body.messages as Obj[])[1]!.tool_calls[0].id as string;
    const msgs = req(convo('toolu_01A09q90qw90lq917835lq9'), dialect).body.messages as Obj[];
    const callId = callIdOf('toolu_01A09q90qw90lq917835lq9', dialect);
    expect(callId).toMatch(/^[a-zA-Z0-9]{9}$/);
    expect(msgs[1]!.tool_calls[0].id).toBe(callId); // deterministic
    expect(msgs[2]).toMatchObject({ role: 'tool', tool_call_id: callId });
    expect(callIdOf('toolu_other', dialect)).not.toBe(callId);
    expect(callIdOf('abc123XYZ', dialect)).toBe('abc123XYZ');
    expect(callIdOf('toolu_01A09q90qw90lq917835lq9')).toBe('toolu_01A09q90qw90lq917835lq9'); // no rule: as is
  });

  it('a rejected parameter is never sent: 400 naming it by default (semantic), dropped and reported under drop', () => {
    const tools = [{ name: 'f', input_schema: { type: 'object' } }];
    const dialect: ProviderDialect = { rejectedParams: ['parallel_tool_calls'] };
    const body = { tools, tool_choice: { type: 'auto', disable_parallel_tool_use: true } };
    try {
      req(body, dialect);
      throw new Error('expected rejection');
    } catch (e) {
      expect(e).toBeInstanceOf(GatewayError);
      expect((e as GatewayError).param).toBe('parallel_tool_calls');
    }
    const m = req(body, dialect, 'drop');
    expect(m.body).not.toHaveProperty('parallel_tool_calls');
    expect(m.dropped).toEqual(['parallel_tool_calls']);
    // Not present → nothing to report.
    expect(req({ tools }, dialect).dropped).toEqual([]);
    // A JSON path: only the nested field goes.
    const s = req({ stream: true }, { rejectedParams: ['stream_options.include_usage'] }, 'drop');
    expect(s.body.stream_options).toEqual({});
    expect(s.dropped).toEqual(['stream_options.include_usage']);
  });
});

const chunk = (delta: Obj, finish: string | null = null) =>
  `data: ${JSON.stringify({ id: 'gen-1', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
const usage = `data: ${JSON.stringify({ id: 'gen-1', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [], usage: { prompt_tokens: 10, completion_tokens: 20, total_tokens: 30 } })}\n\n`;

/** A reasoning stream in a given field, then text. */
function reasoningStream(field: string): string {
  return chunk({ role: 'assistant', [field]: 'Let me ' }) + chunk({ [field]: 'think.' }) + chunk({ content: 'Answer.' }) + chunk({}, 'stop') + usage + 'data: [DONE]\n\n';
}

/** The Anthropic SDK's own stream accumulator over the transcoded stream. */
async function anthropicFinal(sse: string, dialect?: ProviderDialect): Promise<Anthropic.Message> {
  const s = T.createStream(ctx({ dialect }), mapped({ includeUsage: true }));
  const out = s.push(Buffer.from(sse)) + s.end();
  const client = new Anthropic({ apiKey: 'k', fetch: (async () => new Response(out, { status: 200, headers: { 'content-type': 'text/event-stream' } })) as typeof fetch });
  return client.messages.stream({ model: 'm', max_tokens: 10, messages: [{ role: 'user', content: 'x' }] }).finalMessage();
}

describe('stream: reasoning fields of OpenAI-compatible providers → Anthropic thinking blocks', () => {
  for (const [name, field, dialect] of [
    ['DeepSeek reasoning_content', 'reasoning_content', { reasoningField: 'reasoning_content' }],
    ['OpenRouter reasoning', 'reasoning', { reasoningField: 'reasoning' }],
  ] as const) {
    it(name, async () => {
      const msg = await anthropicFinal(reasoningStream(field), dialect);
      expect(msg.content).toHaveLength(2);
      expect(msg.content[0]).toEqual({ type: 'thinking', thinking: 'Let me think.', signature: '' });
      expect(msg.content[1]).toMatchObject({ type: 'text', text: 'Answer.' });
      expect(msg.stop_reason).toBe('end_turn');
      expect(msg.usage.output_tokens).toBe(20);
    });
  }

  it('a field no dialect names is not read as reasoning', async () => {
    const msg = await anthropicFinal(reasoningStream('reasoning_text'));
    expect(msg.content.map((b) => b.type)).toEqual(['text']);
  });

  it('non-streaming: the dialect\'s reasoning field → a thinking block', () => {
    const body = { id: 'gen-1', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: 'A.', reasoning: 'R.' }, finish_reason: 'stop' }], usage: { prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 } };
    const r = T.mapResponse(body, ctx({ dialect: { reasoningField: 'reasoning' } }), mapped({ stream: false }));
    expect((r.body as Obj).content).toEqual([{ type: 'thinking', thinking: 'R.', signature: '' }, { type: 'text', text: 'A.' }]);
  });
});
