/**
 * Responses API synthesis for the simulated OpenAI upstream: the final
 * `response` object of one turn and the stream events derived from it. Pure
 * functions, no I/O; the route handlers live in ./handler.ts, the wire facts and
 * their sources in ./index.ts.
 *
 * Shapes follow the openai SDK's types (node_modules/openai/src/resources/responses/
 * responses.ts: `Response`, `ResponseOutputItem`, `ResponseStreamEvent`, `ResponseUsage`)
 * and are proven by pointing that SDK (and its strict `responses.stream()`
 * accumulator) at the simulator (test/simulator-responses*.test.ts).
 */
import { randomBytes } from 'node:crypto';
import { pickOpenAITool } from '../openai.ts';
import { type ToolCall, estimateTokens, fnv1a, fragments, sampleFromSchema, wordDelta, words } from '../synth.ts';

/** A JSON object. */
export type Json = Record<string, unknown>;

/** True for a plain JSON object. */
export function isObj(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A fresh id in OpenAI's style: `resp_`/`msg_`/`fc_`/`rs_` + 50 hex digits, `call_` + 24 alphanumerics (as in recorded streams). */
export function newId(prefix: string): string {
  if (prefix === 'call') return `call_${randomBytes(24).toString('base64').replace(/[^A-Za-z0-9]/g, '').slice(0, 24).padEnd(24, '0')}`;
  return `${prefix}_${randomBytes(25).toString('hex')}`;
}

/** The smallest `max_output_tokens` OpenAI accepts (400 `integer_below_min_value` below it). */
export const MIN_MAX_OUTPUT_TOKENS = 16;

/** Reasoning tokens reported for a turn that reasons (fixed, so tests can assert it). */
export const REASONING_TOKENS = 24;

/** Prefix of the simulator's opaque reasoning carrier (OpenAI's real ones are Fernet tokens, which start `gAAAAA`). */
const ENC_PREFIX = 'gAAAAAsim';

/**
 * The `encrypted_content` the simulator issues for a reasoning item: opaque to
 * clients, checked when it comes back as input (see `verifyEncryptedContent`).
 */
export function encryptedContent(itemId: string, summary: string): string {
  const payload = Buffer.from(JSON.stringify({ id: itemId, summary })).toString('base64url');
  return `${ENC_PREFIX}${payload}.${fnv1a(payload).toString(16)}`;
}

/** Whether `enc` is an `encrypted_content` this simulator issued and nobody altered. */
export function verifyEncryptedContent(enc: string): boolean {
  if (!enc.startsWith(ENC_PREFIX)) return false;
  const dot = enc.lastIndexOf('.');
  if (dot < 0) return false;
  const payload = enc.slice(ENC_PREFIX.length, dot);
  return fnv1a(payload).toString(16) === enc.slice(dot + 1);
}

/**
 * Normalizes the request `input` into items: a string becomes one user message
 * with an `input_text` part; a message item may omit `type` (EasyInputMessage).
 * @returns the items, or a string naming what is wrong
 */
export function normalizeInput(input: unknown): Json[] | string {
  if (input === undefined || input === null) return [];
  if (typeof input === 'string') return [{ type: 'message', role: 'user', content: [{ type: 'input_text', text: input }] }];
  if (!Array.isArray(input)) return "Invalid type for 'input': expected one of a string or array of input items, but got an object instead.";
  const out: Json[] = [];
  for (let i = 0; i < input.length; i++) {
    const item: unknown = input[i];
    if (!isObj(item)) return `Invalid type for 'input[${i}]': expected an input item object.`;
    if (item.type === undefined && typeof item.role === 'string') {
      const content = typeof item.content === 'string' ? [{ type: item.role === 'assistant' ? 'output_text' : 'input_text', text: item.content }] : item.content;
      out.push({ ...item, type: 'message', content });
    } else if (typeof item.type !== 'string') return `Missing required parameter: 'input[${i}].type'.`;
    else out.push(item);
  }
  return out;
}

/** Text of one message item (string content or the `text` of its parts). */
export function messageText(item: Json): string {
  if (typeof item.content === 'string') return item.content;
  if (!Array.isArray(item.content)) return '';
  return item.content.map((p: unknown) => (isObj(p) && typeof p.text === 'string' ? p.text : '')).join('\n');
}

/** Function tools of a request, including those nested in `namespace` tools (Codex), with their namespace. */
function functionTools(tools: unknown): { name: string; parameters: unknown; namespace?: string }[] {
  const out: { name: string; parameters: unknown; namespace?: string }[] = [];
  for (const t of Array.isArray(tools) ? tools : []) {
    if (!isObj(t)) continue;
    if (t.type === 'function' && typeof t.name === 'string') out.push({ name: t.name, parameters: t.parameters });
    else if (t.type === 'namespace' && typeof t.name === 'string' && Array.isArray(t.tools)) {
      for (const inner of t.tools) if (isObj(inner) && inner.type === 'function' && typeof inner.name === 'string') out.push({ name: inner.name, parameters: inner.parameters, namespace: t.name });
    }
  }
  return out;
}

/**
 * Decides the function call of a turn, reusing the Chat Completions rules
 * (`pickOpenAITool`): none when the last context item is a tool output or
 * `tool_choice` is "none"; else the forced tool (`x-sim-tool`), a
 * `[sim-tool:NAME(:{json})]` marker in the last user message, a
 * `{type:"function",name}` tool_choice, or the first function tool for "required".
 * @param context the whole conversation (history + this request's input)
 */
export function pickResponsesTool(body: Json, context: readonly Json[], forcedTool: string | undefined, forcedInput: unknown): (ToolCall & { namespace?: string }) | undefined {
  const tools = functionTools(body.tools);
  let k = context.length - 1;
  while (k >= 0 && context[k]?.type === 'message' && (context[k]?.role === 'system' || context[k]?.role === 'developer')) k--;
  const last = context[k];
  const lastType = typeof last?.type === 'string' ? last.type : '';
  const messages = lastType.endsWith('_output') ? [{ role: 'tool', content: '' }] : last && last.type === 'message' && last.role === 'user' ? [{ role: 'user', content: messageText(last) }] : [];
  const choice = isObj(body.tool_choice) && body.tool_choice.type === 'function' ? { type: 'function', function: { name: body.tool_choice.name } } : body.tool_choice;
  const call = pickOpenAITool({ tools: tools.map((t) => ({ name: t.name, parameters: t.parameters })), tool_choice: choice, messages }, forcedTool, forcedInput);
  if (!call) return undefined;
  const ns = tools.find((t) => t.name === call.name)?.namespace;
  return ns === undefined ? call : { ...call, namespace: ns };
}

/** Everything one synthesized turn depends on. */
export interface TurnInput {
  /** The request body (`response.create` fields; `type` ignored). */
  body: Json;
  /** Response id to use. */
  id: string;
  /** Unix seconds. */
  createdAt: number;
  /** Input tokens of the whole context. */
  inputTokens: number;
  /** Cached prefix tokens (`input_tokens_details.cached_tokens`). */
  cachedTokens: number;
  /** Words of text to produce (x-sim-events); `max_output_tokens` always caps them (response then `incomplete`). */
  words: number;
  /** The function call to make instead of text, if any. */
  tool: (ToolCall & { namespace?: string }) | undefined;
  /** `generate: false` (WebSocket warm-up): no output at all. */
  generate: boolean;
}

/** Whether the request asks for a reasoning item (`reasoning.effort` other than "none", or a summary). */
function wantsReasoning(body: Json): boolean {
  const r = body.reasoning;
  if (!isObj(r)) return false;
  if (r.effort === 'none') return false;
  return r.effort !== undefined && r.effort !== null ? true : r.summary !== undefined && r.summary !== null;
}

/** The text a turn produces: JSON for `text.format` json_schema / json_object, words otherwise. */
function outputText(body: Json, n: number): string {
  const format = isObj(body.text) && isObj(body.text.format) ? body.text.format : undefined;
  if (format?.type === 'json_schema') return JSON.stringify(sampleFromSchema(format.schema));
  if (format?.type === 'json_object') return JSON.stringify({ text: words(n) });
  return words(n);
}

/**
 * The final `response` object of a turn (status completed, or incomplete with
 * `incomplete_details.reason: "max_output_tokens"` when the words exceed
 * `max_output_tokens` minus the reasoning tokens).
 */
export function buildResponse(inp: TurnInput): Json {
  const b = inp.body;
  const output: Json[] = [];
  let outputTokens = 0;
  let reasoningTokens = 0;
  let status = 'completed';
  const maxOut = typeof b.max_output_tokens === 'number' ? b.max_output_tokens : undefined;
  if (inp.generate) {
    if (wantsReasoning(b)) {
      const id = newId('rs');
      const summaryMode = isObj(b.reasoning) ? b.reasoning.summary : undefined;
      const summaryText = `**Planning the reply**\n\nThe simulator reasons about ${inp.tool ? `calling ${inp.tool.name}` : 'the answer'}.`;
      const item: Json = { id, type: 'reasoning', summary: summaryMode ? [{ type: 'summary_text', text: summaryText }] : [] };
      const include = Array.isArray(b.include) ? b.include : [];
      if (include.includes('reasoning.encrypted_content')) item.encrypted_content = encryptedContent(id, summaryText);
      output.push(item);
      reasoningTokens = REASONING_TOKENS;
    }
    if (inp.tool) {
      const args = JSON.stringify(inp.tool.input ?? {});
      const item: Json = { id: newId('fc'), type: 'function_call', status: 'completed', arguments: args, call_id: newId('call'), name: inp.tool.name };
      if (inp.tool.namespace !== undefined) item.namespace = inp.tool.namespace;
      output.push(item);
      outputTokens = estimateTokens(Buffer.byteLength(args)) + 10;
    } else {
      let n = inp.words;
      if (maxOut !== undefined && reasoningTokens + n > maxOut) {
        n = Math.max(0, maxOut - reasoningTokens);
        status = 'incomplete';
      }
      const text = status === 'incomplete' ? words(n) : outputText(b, n);
      output.push({
        id: newId('msg'),
        type: 'message',
        status: status === 'incomplete' ? 'incomplete' : 'completed',
        content: [{ type: 'output_text', annotations: [], logprobs: [], text }],
        role: 'assistant',
      });
      outputTokens = status === 'incomplete' ? n : Math.max(n, estimateTokens(Buffer.byteLength(text)));
    }
  }
  outputTokens += reasoningTokens;
  const reasoning = isObj(b.reasoning) ? { effort: b.reasoning.effort ?? null, summary: b.reasoning.summary ?? null } : { effort: null, summary: null };
  return {
    id: inp.id,
    object: 'response',
    created_at: inp.createdAt,
    status,
    background: b.background === true,
    completed_at: status === 'completed' ? inp.createdAt : null,
    error: null,
    incomplete_details: status === 'incomplete' ? { reason: 'max_output_tokens' } : null,
    instructions: b.instructions ?? null,
    max_output_tokens: maxOut ?? null,
    max_tool_calls: b.max_tool_calls ?? null,
    model: typeof b.model === 'string' ? b.model : '',
    output,
    parallel_tool_calls: b.parallel_tool_calls ?? true,
    previous_response_id: b.previous_response_id ?? null,
    prompt_cache_key: b.prompt_cache_key ?? null,
    prompt_cache_retention: b.prompt_cache_retention ?? null,
    reasoning,
    safety_identifier: b.safety_identifier ?? null,
    service_tier: 'default',
    store: b.store ?? true,
    temperature: b.temperature ?? 1,
    text: isObj(b.text) ? { format: { type: 'text' }, verbosity: 'medium', ...b.text } : { format: { type: 'text' }, verbosity: 'medium' },
    tool_choice: b.tool_choice ?? 'auto',
    tools: Array.isArray(b.tools) ? b.tools : [],
    top_logprobs: b.top_logprobs ?? 0,
    top_p: b.top_p ?? 1,
    truncation: b.truncation ?? 'disabled',
    usage: {
      input_tokens: inp.inputTokens,
      input_tokens_details: { cached_tokens: inp.cachedTokens, cache_write_tokens: 0 },
      output_tokens: outputTokens,
      output_tokens_details: { reasoning_tokens: reasoningTokens },
      total_tokens: inp.inputTokens + outputTokens,
    },
    user: b.user ?? null,
    metadata: isObj(b.metadata) ? b.metadata : {},
  };
}

/** Deterministic `obfuscation` padding for a delta event (OpenAI pads deltas so their lengths do not leak). */
function obfuscation(delta: string): string {
  return 'x'.repeat(Math.max(1, 12 - (delta.length % 12)));
}

/** Options of `streamEvents`. */
export interface StreamOptions {
  /** Add `obfuscation` to delta events (`stream_options.include_obfuscation`, default true). */
  obfuscation: boolean;
}

/**
 * The stream events of a finished `response`, in the order OpenAI emits them:
 * `response.created`, `response.in_progress`, then per output item
 * `output_item.added`, (reasoning: `reasoning_summary_part.added`,
 * `reasoning_summary_text.delta`*, `reasoning_summary_text.done`,
 * `reasoning_summary_part.done`) | (message: `content_part.added`,
 * `output_text.delta`*, `output_text.done`, `content_part.done`) | (function call:
 * `function_call_arguments.delta`*, `function_call_arguments.done`),
 * `output_item.done`; finally `response.completed` or `response.incomplete`.
 * `sequence_number` counts from `firstSeq` (0 for a fresh stream) and is strictly increasing.
 */
export function streamEvents(final: Json, opts: StreamOptions, firstSeq = 0): Json[] {
  const ev: Json[] = [];
  let seq = firstSeq;
  const push = (e: Json): void => {
    ev.push({ ...e, sequence_number: seq++ });
  };
  const delta = (e: Json, d: string): Json => (opts.obfuscation ? { ...e, delta: d, obfuscation: obfuscation(d) } : { ...e, delta: d });
  const pending = { ...final, status: 'in_progress', completed_at: null, incomplete_details: null, output: [], usage: null };
  push({ type: 'response.created', response: pending });
  push({ type: 'response.in_progress', response: pending });
  const output = Array.isArray(final.output) ? (final.output as Json[]) : [];
  output.forEach((item, oi) => {
    const id = String(item.id);
    if (item.type === 'reasoning') {
      const summary = Array.isArray(item.summary) ? (item.summary as Json[]) : [];
      const added: Json = { id, type: 'reasoning', summary: [] };
      if (item.encrypted_content !== undefined) added.encrypted_content = item.encrypted_content;
      push({ type: 'response.output_item.added', output_index: oi, item: added });
      summary.forEach((part, si) => {
        const text = String(part.text);
        push({ type: 'response.reasoning_summary_part.added', item_id: id, output_index: oi, summary_index: si, part: { type: 'summary_text', text: '' } });
        for (const d of fragments(text, 4)) push(delta({ type: 'response.reasoning_summary_text.delta', item_id: id, output_index: oi, summary_index: si }, d));
        push({ type: 'response.reasoning_summary_text.done', item_id: id, output_index: oi, summary_index: si, text });
        push({ type: 'response.reasoning_summary_part.done', item_id: id, output_index: oi, summary_index: si, part: { type: 'summary_text', text } });
      });
    } else if (item.type === 'function_call') {
      const args = String(item.arguments);
      push({ type: 'response.output_item.added', output_index: oi, item: { ...item, status: 'in_progress', arguments: '' } });
      for (const d of fragments(args)) push(delta({ type: 'response.function_call_arguments.delta', item_id: id, output_index: oi }, d));
      push({ type: 'response.function_call_arguments.done', item_id: id, output_index: oi, arguments: args });
    } else if (item.type === 'message') {
      const part = (Array.isArray(item.content) ? item.content[0] : undefined) as Json | undefined;
      const text = String(part?.text ?? '');
      push({ type: 'response.output_item.added', output_index: oi, item: { ...item, status: 'in_progress', content: [] } });
      push({ type: 'response.content_part.added', item_id: id, output_index: oi, content_index: 0, part: { type: 'output_text', annotations: [], logprobs: [], text: '' } });
      const deltas = /^word0( word\d+)*$/.test(text) ? text.split(' ').map((_, i) => wordDelta(i)) : fragments(text, 4);
      for (const d of deltas) push(delta({ type: 'response.output_text.delta', item_id: id, output_index: oi, content_index: 0, logprobs: [] }, d));
      push({ type: 'response.output_text.done', item_id: id, output_index: oi, content_index: 0, text, logprobs: [] });
      push({ type: 'response.content_part.done', item_id: id, output_index: oi, content_index: 0, part: part ?? { type: 'output_text', annotations: [], logprobs: [], text } });
    }
    push({ type: 'response.output_item.done', output_index: oi, item });
  });
  push({ type: final.status === 'incomplete' ? 'response.incomplete' : 'response.completed', response: final });
  return ev;
}

/**
 * The `response.failed` event that replaces the rest of a stream on a
 * simulated mid-stream failure: the response with `status: "failed"` and
 * `error: {code: "server_error", message}`.
 */
export function failedEvent(final: Json, seq: number): Json {
  return {
    type: 'response.failed',
    sequence_number: seq,
    response: { ...final, status: 'failed', completed_at: null, output: [], usage: null, error: { code: 'server_error', message: 'The model failed to generate a response.' } },
  };
}

/**
 * The in-stream `error` event. First-party OpenAI nests the payload
 * (`{type:"error", error:{type, code, message, param}, sequence_number}`), as the
 * SDK's ResponseStream.ts notes ("First-party providers nest their error payload")
 * and its WebSocket type `ResponsesServerEvent.ResponseWsError` declares.
 * @param status set on WebSocket errors (`status` is the HTTP status the error stands for)
 */
export function streamErrorEvent(seq: number | undefined, error: Json = serverError(), status?: number): Json {
  const e: Json = { type: 'error', error };
  if (status !== undefined) e.status = status;
  if (seq !== undefined) e.sequence_number = seq;
  return e;
}

/** The inner error object of a 500. */
export function serverError(): Json {
  return { type: 'server_error', code: 'server_error', message: 'The server had an error while processing your request. Sorry about that!', param: null };
}
