/**
 * OpenAI side of the simulator: synthesized Chat Completions (JSON and chunk
 * stream), legacy Completions, Embeddings, error envelopes and the mid-stream
 * error line.
 *
 * Shapes follow shared/reference/wire-formats.md §2: chunk stream = role
 * chunk first (`content:""`, or `null` when the turn starts with a tool call),
 * content/tool-call deltas (id/type/name on a call's first fragment only),
 * a finish chunk with `delta:{}`, a `choices:[]` usage chunk only with
 * `stream_options.include_usage` (then every chunk carries `"usage":null`), and
 * `data: [DONE]`. Error envelope `{"error":{"message","type","param","code"}}`.
 */
import { type ToolCall, embeddingVector, estimateTokens, findToolMarker, float32Base64, fragments, sampleFromSchema, sseData, wordDelta, words } from './synth.ts';

type Json = Record<string, unknown>;

function isObj(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * OpenAI error envelope for a status.
 * @param status HTTP status
 * @param message optional message (defaults per status)
 * @param model model name used in the 429 message
 */
export function openaiErrorBody(status: number, message?: string, model?: string): Json {
  let type = 'invalid_request_error';
  let code: string | null = null;
  let msg = message;
  switch (status) {
    case 401:
      code = 'invalid_api_key';
      msg ??= 'Incorrect API key provided.';
      break;
    case 403:
      code = 'permission_denied';
      msg ??= 'You are not allowed to access this resource.';
      break;
    case 404:
      msg ??= 'Not found';
      break;
    case 429:
      type = 'requests';
      code = 'rate_limit_exceeded';
      msg ??= `Rate limit reached for ${model ?? 'the model'} in organization org-switchyard-sim on requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in 1s.`;
      break;
    default:
      if (status >= 500) {
        type = 'server_error';
        msg ??=
          status === 503
            ? 'The server is overloaded or not ready yet.'
            : 'The server had an error while processing your request. Sorry about that!';
      }
      msg ??= 'Invalid request';
  }
  return { error: { message: msg, type, param: null, code } };
}

/** The mid-stream error line (`data: {"error":{...}}`) OpenAI-compatible servers emit before closing. */
export function openaiErrorEvent(message?: string): Buffer {
  return sseData(openaiErrorBody(500, message));
}

/**
 * Decides whether to answer with a tool call (mirrors `pickAnthropicTool`): none
 * when the last message has role `tool` or `tool_choice` is `"none"`; otherwise
 * `forcedTool`, a `[sim-tool:NAME]` marker in the last user message, a
 * `{type:"function",function:{name}}` tool_choice, or the first tool for `"required"`.
 */
export function pickOpenAITool(body: Json, forcedTool: string | undefined, forcedInput: unknown): ToolCall | undefined {
  const tools = (Array.isArray(body.tools) ? body.tools : []).filter(isObj).map((t) => (isObj(t.function) ? t.function : t));
  const msgs = Array.isArray(body.messages) ? body.messages : [];
  // The last turn, skipping trailing system/developer messages (Claude Code's environment block, translated).
  let k = msgs.length - 1;
  while (k >= 0 && isObj(msgs[k]) && (msgs[k].role === 'system' || msgs[k].role === 'developer')) k--;
  const last: unknown = msgs[k];
  if (isObj(last) && (last.role === 'tool' || last.role === 'function')) return undefined;
  const choice = body.tool_choice;
  if (choice === 'none') return undefined;
  let name = forcedTool;
  let input = forcedInput;
  if (!name && tools.length > 0) {
    let text = '';
    if (isObj(last) && last.role === 'user') {
      text = typeof last.content === 'string' ? last.content : Array.isArray(last.content) ? last.content.map((p: unknown) => (isObj(p) && typeof p.text === 'string' ? p.text : '')).join('\n') : '';
    }
    const marker = findToolMarker(text);
    if (marker) {
      name = marker.name;
      if (input === undefined) input = marker.input;
    } else if (isObj(choice) && isObj(choice.function) && typeof choice.function.name === 'string') name = choice.function.name;
    else if (choice === 'required') name = typeof tools[0]?.name === 'string' ? tools[0].name : undefined;
  }
  if (!name) return undefined;
  const def = tools.find((t) => t.name === name);
  return { name, input: input ?? sampleFromSchema(def?.parameters) };
}

/** Inputs of a synthesized chat completion. */
export interface OpenAISynthInput {
  /** Model to echo. */
  model: string;
  /** Completion id (`chatcmpl-...`). */
  id: string;
  /** Unix seconds for `created`. */
  created: number;
  /** Prompt token count to report. */
  promptTokens: number;
  /** Words/content deltas to produce before max-token truncation. */
  words: number;
  /** `max_completion_tokens ?? max_tokens`, if any (truncates; finish_reason `length`). */
  maxTokens: number | undefined;
  /** Tool call to make instead of text, if any. */
  tool: ToolCall | undefined;
  /** Whether `stream_options.include_usage` was requested. */
  includeUsage: boolean;
  /** Reasoning to emit before the answer, in the dialect's field (`reasoning_content` / `reasoning`); runtime/simulator/dialects.ts. */
  reasoning?: { field: string; deltas: string[] } | undefined;
  /** Tool-call id to use instead of the default `call_…` (a dialect's id rule). */
  toolCallId?: string | undefined;
}

function plan(inp: OpenAISynthInput): { n: number; finish: string; completionTokens: number; args: string } {
  if (inp.tool) {
    const args = JSON.stringify(inp.tool.input ?? {});
    return { n: 0, finish: 'tool_calls', completionTokens: estimateTokens(args.length) + 10, args };
  }
  const n = inp.maxTokens !== undefined ? Math.min(inp.words, Math.max(0, inp.maxTokens)) : inp.words;
  return { n, finish: n < inp.words ? 'length' : 'stop', completionTokens: n, args: '' };
}

/** Usage object; `reasoning` tokens are part of `completion` (OpenAI counts reasoning inside completion_tokens). */
function chatUsage(prompt: number, completion: number, reasoning = 0): Json {
  return {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: prompt + completion,
    prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
    completion_tokens_details: { reasoning_tokens: reasoning, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
  };
}

function callId(inp: OpenAISynthInput): string {
  return inp.toolCallId ?? inp.id.replace(/^chatcmpl-/, 'call_');
}

function reasoningTokens(inp: OpenAISynthInput): number {
  return inp.reasoning ? estimateTokens(inp.reasoning.deltas.join('').length) : 0;
}

/** A complete `chat.completion` object. */
export function openaiChatCompletion(inp: OpenAISynthInput): Json {
  const p = plan(inp);
  const message: Json = { role: 'assistant', content: inp.tool ? null : words(p.n), refusal: null, annotations: [] };
  if (inp.reasoning) message[inp.reasoning.field] = inp.reasoning.deltas.join('');
  if (inp.tool) message.tool_calls = [{ id: callId(inp), type: 'function', function: { name: inp.tool.name, arguments: p.args } }];
  const rt = reasoningTokens(inp);
  return {
    id: inp.id,
    object: 'chat.completion',
    created: inp.created,
    model: inp.model,
    choices: [{ index: 0, message, logprobs: null, finish_reason: p.finish }],
    usage: chatUsage(inp.promptTokens, p.completionTokens + rt, rt),
    service_tier: 'default',
    system_fingerprint: 'fp_switchyard_sim',
  };
}

/** The SSE events of a streamed chat completion, ending with `data: [DONE]`. */
export function openaiChatStreamEvents(inp: OpenAISynthInput): Buffer[] {
  const p = plan(inp);
  const ev: Buffer[] = [];
  const chunk = (delta: Json, finish: string | null): Buffer => {
    const c: Json = {
      id: inp.id,
      object: 'chat.completion.chunk',
      created: inp.created,
      model: inp.model,
      service_tier: 'default',
      system_fingerprint: 'fp_switchyard_sim',
      choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
    };
    if (inp.includeUsage) c.usage = null;
    return sseData(c);
  };
  ev.push(chunk({ role: 'assistant', content: inp.tool ? null : '', refusal: null }, null));
  if (inp.reasoning) for (const r of inp.reasoning.deltas) ev.push(chunk({ [inp.reasoning.field]: r }, null));
  if (inp.tool) {
    ev.push(chunk({ tool_calls: [{ index: 0, id: callId(inp), type: 'function', function: { name: inp.tool.name, arguments: '' } }] }, null));
    for (const frag of fragments(p.args)) ev.push(chunk({ tool_calls: [{ index: 0, function: { arguments: frag } }] }, null));
  } else {
    for (let i = 0; i < p.n; i++) ev.push(chunk({ content: wordDelta(i) }, null));
  }
  ev.push(chunk({}, p.finish));
  if (inp.includeUsage) {
    ev.push(
      sseData({
        id: inp.id,
        object: 'chat.completion.chunk',
        created: inp.created,
        model: inp.model,
        service_tier: 'default',
        system_fingerprint: 'fp_switchyard_sim',
        choices: [],
        usage: chatUsage(inp.promptTokens, p.completionTokens + reasoningTokens(inp), reasoningTokens(inp)),
      }),
    );
  }
  ev.push(sseData('[DONE]'));
  return ev;
}

/** Inputs of a legacy completion (`POST /v1/completions`). */
export interface OpenAICompletionInput {
  model: string;
  id: string;
  created: number;
  promptTokens: number;
  words: number;
  maxTokens: number | undefined;
  includeUsage: boolean;
}

function completionPlan(inp: OpenAICompletionInput): { n: number; finish: string } {
  const n = inp.maxTokens !== undefined ? Math.min(inp.words, Math.max(0, inp.maxTokens)) : inp.words;
  return { n, finish: n < inp.words ? 'length' : 'stop' };
}

/** A `text_completion` object. */
export function openaiCompletion(inp: OpenAICompletionInput): Json {
  const p = completionPlan(inp);
  return {
    id: inp.id,
    object: 'text_completion',
    created: inp.created,
    model: inp.model,
    choices: [{ text: ` ${words(p.n)}`, index: 0, logprobs: null, finish_reason: p.finish }],
    usage: { prompt_tokens: inp.promptTokens, completion_tokens: p.n, total_tokens: inp.promptTokens + p.n },
  };
}

/** SSE events of a streamed legacy completion, ending with `data: [DONE]`. */
export function openaiCompletionEvents(inp: OpenAICompletionInput): Buffer[] {
  const p = completionPlan(inp);
  const base = { id: inp.id, object: 'text_completion', created: inp.created, model: inp.model };
  const ev: Buffer[] = [];
  for (let i = 0; i < p.n; i++) ev.push(sseData({ ...base, choices: [{ text: ` word${i}`, index: 0, logprobs: null, finish_reason: null }] }));
  ev.push(sseData({ ...base, choices: [{ text: '', index: 0, logprobs: null, finish_reason: p.finish }] }));
  if (inp.includeUsage) ev.push(sseData({ ...base, choices: [], usage: { prompt_tokens: inp.promptTokens, completion_tokens: p.n, total_tokens: inp.promptTokens + p.n } }));
  ev.push(sseData('[DONE]'));
  return ev;
}

/**
 * An embeddings response: one deterministic unit vector per input item.
 * @param input `string | string[] | number[] | number[][]` as in the request
 * @param dims vector length (`dimensions`, default 8)
 * @param base64 `encoding_format: "base64"` (float32 little-endian), as the openai SDK requests by default
 * @returns the response object, or undefined when `input` has an unsupported shape
 */
export function openaiEmbeddings(model: string, input: unknown, dims: number, base64: boolean): Json | undefined {
  let items: unknown[];
  if (typeof input === 'string') items = [input];
  else if (Array.isArray(input) && input.length > 0 && input.every((x) => typeof x === 'number')) items = [input];
  else if (Array.isArray(input) && input.length > 0) items = input;
  else return undefined;
  let tokens = 0;
  const data = items.map((item, index) => {
    const key = typeof item === 'string' ? item : JSON.stringify(item);
    tokens += typeof item === 'string' ? estimateTokens(Buffer.byteLength(item)) : Array.isArray(item) ? item.length : 1;
    const v = embeddingVector(key, dims);
    return { object: 'embedding', index, embedding: base64 ? float32Base64(v) : v };
  });
  return { object: 'list', data, model, usage: { prompt_tokens: tokens, total_tokens: tokens } };
}
