/**
 * Transcoder: Anthropic Messages ingress → OpenAI Chat Completions upstream.
 *
 * Request  (Anthropic `POST /v1/messages` body)  → OpenAI `POST /chat/completions` body.
 * Response (OpenAI `chat.completion`)             → Anthropic Message.
 * Stream   (OpenAI chunks + `[DONE]`)             → Anthropic SSE events.
 * Errors   (OpenAI error envelope)                → Anthropic error envelope (status kept).
 *
 * Field-by-field coverage is the `anthropic → openai` row of specs/translation.ts.
 * References: Anthropic Messages API + streaming docs, OpenAI Chat Completions
 * API reference, shared/reference/wire-formats.md §3.4–3.5.
 *
 * Hints without an OpenAI equivalent are dropped but always reported in
 * `dropped` (→ `x-switchyard-dropped-params`), whatever the policy:
 * `cache_control` (OpenAI caches prompt prefixes automatically) and assistant
 * `thinking`/`redacted_thinking` history (Chat Completions takes no reasoning input).
 */
import { GatewayError, anthropicErrorTypeForStatus } from '../errors.ts';
import { sseEvent } from '../sse/writer.ts';
import {
  FieldPolicy,
  SseStreamTranscoder,
  invalid,
  isRecord,
  mapUsageToAnthropic,
  openaiUsageToNeutral,
  str,
  tryParse,
  type Json,
} from './common.ts';
import type { MappedError, MappedRequest, MappedResponse, RequestContext, Transcoder } from './types.ts';

const UPSTREAM = 'openai';

/**
 * Anthropic `thinking.budget_tokens` → OpenAI `reasoning_effort` buckets:
 * < 4096 → low, < 16384 → medium, otherwise high. `disabled` and `adaptive`
 * send no reasoning_effort (the model's default applies).
 */
export const THINKING_BUDGET_BUCKETS: ReadonlyArray<{ below: number; effort: string }> = [
  { below: 4096, effort: 'low' },
  { below: 16384, effort: 'medium' },
  { below: Number.POSITIVE_INFINITY, effort: 'high' },
];

/** Fields this transcoder maps (exported for the TRANSLATIONS consistency test). */
export const MAPPED_FIELDS: ReadonlySet<string> = new Set([
  'model', 'messages', 'system', 'max_tokens', 'metadata', 'stop_sequences', 'stream', 'temperature', 'top_p', 'tools',
  'tool_choice', 'thinking', 'output_config', 'cache_control',
]);

/** Anthropic fields accepted only at their default value (they then change nothing). */
export const ACCEPTED_IF_DEFAULT: Readonly<Record<string, (v: unknown) => boolean>> = {
  service_tier: (v) => v == null || v === 'auto' || v === 'standard_only',
  speed: (v) => v == null || v === 'standard',
  top_k: (v) => v == null,
  container: (v) => v == null,
  mcp_servers: (v) => v == null || (Array.isArray(v) && v.length === 0),
  context_management: (v) => v == null,
  inference_geo: (v) => v == null,
  diagnostics: (v) => v == null,
  user_profile_id: (v) => v == null,
  workspace_id: (v) => v == null,
};

// ---------------------------------------------------------------------------------------------
// Small named mappers
// ---------------------------------------------------------------------------------------------

/**
 * Anthropic `tool_choice` → OpenAI `tool_choice` + `parallel_tool_calls`
 * (Anthropic tool-use docs; OpenAI Chat reference): auto→auto, any→required,
 * tool→{type:function,function:{name}}, none→none;
 * `disable_parallel_tool_use:true` → `parallel_tool_calls:false` (not for none).
 */
export function mapToolChoice(choice: unknown): { toolChoice?: unknown; parallelToolCalls?: boolean } {
  if (choice == null) return {};
  if (!isRecord(choice)) throw invalid('tool_choice', '`tool_choice` must be an object.');
  const out: { toolChoice?: unknown; parallelToolCalls?: boolean } = {};
  switch (choice.type) {
    case 'auto':
      out.toolChoice = 'auto';
      break;
    case 'any':
      out.toolChoice = 'required';
      break;
    case 'none':
      out.toolChoice = 'none';
      return out;
    case 'tool':
      out.toolChoice = { type: 'function', function: { name: str(choice.name) ?? '' } };
      break;
    default:
      throw invalid('tool_choice.type', `\`tool_choice\` type ${JSON.stringify(choice.type)} cannot be translated for the openai upstream.`);
  }
  if (choice.disable_parallel_tool_use === true) out.parallelToolCalls = false;
  return out;
}

/** `thinking` → `reasoning_effort` (see THINKING_BUDGET_BUCKETS). */
export function mapThinking(thinking: unknown): string | undefined {
  if (!isRecord(thinking) || thinking.type !== 'enabled') return undefined;
  const budget = typeof thinking.budget_tokens === 'number' ? thinking.budget_tokens : 0;
  for (const b of THINKING_BUDGET_BUCKETS) if (budget < b.below) return b.effort;
  return 'high';
}

/**
 * OpenAI `finish_reason` → Anthropic `stop_reason` (wire-formats §3.5): stop→end_turn,
 * length→max_tokens, tool_calls/function_call→tool_use, content_filter→refusal
 * (Envoy's choice; LiteLLM says end_turn). `stop` with tool calls emitted → tool_use.
 */
export function mapFinishReason(reason: unknown, sawToolCalls = false, sawRefusal = false): string {
  switch (reason) {
    case 'length':
      return 'max_tokens';
    case 'tool_calls':
    case 'function_call':
      return 'tool_use';
    case 'content_filter':
      return 'refusal';
    default:
      if (sawToolCalls) return 'tool_use';
      if (sawRefusal) return 'refusal';
      return 'end_turn';
  }
}

/**
 * OpenAI error `type`/`code` → Anthropic error type, for what an HTTP status does
 * not say: `insufficient_quota` (OpenAI's 429 "you exceeded your current quota,
 * check your plan and billing") → billing_error. Undefined otherwise.
 */
function anthropicTypeFromOpenAIBody(err: Json): string | undefined {
  const t = `${str(err.type) ?? ''} ${str(err.code) ?? ''}`;
  return /insufficient_quota|billing/.test(t) ? 'billing_error' : undefined;
}

/** OpenAI error `type`/`code` (no status, e.g. mid-stream) → Anthropic error type. */
export function anthropicErrorTypeForOpenAI(err: Json): string {
  const billing = anthropicTypeFromOpenAIBody(err);
  if (billing) return billing;
  const t = `${str(err.type) ?? ''} ${str(err.code) ?? ''}`;
  if (/rate_limit|requests|tokens/.test(t)) return 'rate_limit_error';
  if (/invalid_api_key|authentication/.test(t)) return 'authentication_error';
  if (/overloaded|unavailable/.test(t)) return 'overloaded_error';
  if (/timeout/.test(t)) return 'timeout_error';
  if (/invalid_request/.test(t)) return 'invalid_request_error';
  return 'api_error';
}

/**
 * OpenAI error body + status → Anthropic error envelope `{type:"error",error:{type,message}}`.
 * Status kept; the type follows the status (anthropicErrorTypeForStatus, runtime/errors.ts)
 * except where the JSON body's `error.type`/`code` says more: a 429 `insufficient_quota`
 * is a billing_error, not a rate_limit_error (retrying does not help). The status stays
 * 429, so status-driven clients (the Anthropic SDK retries every 429) still retry it.
 */
export function mapError(status: number, body: unknown): MappedError {
  const err = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  const message = (err && str(err.message)) || `The openai upstream returned HTTP ${status}.`;
  const type = (err && anthropicTypeFromOpenAIBody(err)) ?? anthropicErrorTypeForStatus(status);
  return { status, body: { type: 'error', error: { type, message } } };
}

// ---------------------------------------------------------------------------------------------
// Request
// ---------------------------------------------------------------------------------------------

/** Anthropic image/document source → an OpenAI part. */
function mapMediaBlock(b: Json, param: string): Json {
  const src = isRecord(b.source) ? b.source : {};
  if (b.type === 'image') {
    if (src.type === 'base64') return { type: 'image_url', image_url: { url: `data:${str(src.media_type) ?? 'image/png'};base64,${str(src.data) ?? ''}` } };
    if (src.type === 'url') return { type: 'image_url', image_url: { url: str(src.url) ?? '' } };
    throw invalid(`${param}.source`, `Image source type ${JSON.stringify(src.type)} cannot be sent to the openai upstream.`);
  }
  // document
  if (src.type === 'base64' && src.media_type === 'application/pdf') {
    return { type: 'file', file: { filename: str(b.title) ?? 'document.pdf', file_data: `data:application/pdf;base64,${str(src.data) ?? ''}` } };
  }
  if (src.type === 'text') return { type: 'text', text: str(src.data) ?? '' };
  throw invalid(`${param}.source`, `Document source type ${JSON.stringify(src.type)} cannot be sent to the openai upstream (base64 PDF and text are supported).`);
}

/** Anthropic tool_result content → OpenAI tool message content (text) + images carried in a following user message. */
function mapToolResultContent(content: unknown, param: string, pol: FieldPolicy): { text: string | Json[]; images: Json[] } {
  if (typeof content === 'string') return { text: content, images: [] };
  if (!Array.isArray(content)) return { text: '', images: [] };
  const parts: Json[] = [];
  const images: Json[] = [];
  content.forEach((c, k) => {
    const p = `${param}[${k}]`;
    if (!isRecord(c)) throw invalid(p, 'Content blocks must be objects.');
    if (c.cache_control != null) pol.note('cache_control');
    if (c.type === 'text') parts.push({ type: 'text', text: str(c.text) ?? '' });
    else if (c.type === 'image') images.push(mapMediaBlock(c, p));
    else if (c.type === 'document') {
      const m = mapMediaBlock(c, p);
      if (m.type === 'text') parts.push(m);
      else images.push(m);
    } else throw invalid(`${p}.type`, `Tool result block type \`${String(c.type)}\` cannot be sent to the openai upstream.`);
  });
  const only = parts[0];
  return { text: parts.length === 1 && only ? (only.text as string) : parts, images };
}

/** Prefix that marks a failed tool result in an OpenAI tool message (see markToolError). */
export const TOOL_ERROR_PREFIX = 'Error: ';

/**
 * `tool_result.is_error: true` → the tool message content starts with
 * TOOL_ERROR_PREFIX. OpenAI tool messages have no error flag (Chat Completions
 * reference: `{role:"tool", tool_call_id, content}`), so the failure is carried
 * where the model reads it: a string gets the prefix; a list of text parts gets
 * it on its first text part (a part `"Error"` is put first when there is none);
 * an empty content becomes `"Error"`.
 */
export function markToolError(content: string | Json[]): string | Json[] {
  if (typeof content === 'string') return content === '' ? 'Error' : TOOL_ERROR_PREFIX + content;
  const first = content[0];
  if (first && first.type === 'text') return [{ ...first, text: TOOL_ERROR_PREFIX + (str(first.text) ?? '') }, ...content.slice(1)];
  return [{ type: 'text', text: 'Error' }, ...content];
}

/**
 * Anthropic `system` + `messages` → OpenAI `messages` (wire-formats §3.4): system →
 * leading system message (text blocks joined with "\n"); user `tool_result` blocks →
 * `tool` messages emitted before the rest of that user turn (images inside a tool
 * result follow in a user message, since tool messages carry text only; `is_error`
 * → markToolError); assistant `tool_use` → `tool_calls` (arguments = JSON.stringify(input)).
 */
export function mapMessages(system: unknown, messages: unknown, pol: FieldPolicy): Json[] {
  const out: Json[] = [];
  if (typeof system === 'string') {
    if (system !== '') out.push({ role: 'system', content: system });
  } else if (Array.isArray(system)) {
    const texts: string[] = [];
    system.forEach((b, k) => {
      if (!isRecord(b) || b.type !== 'text') throw invalid(`system[${k}]`, 'System blocks must be text blocks.');
      if (b.cache_control != null) pol.note('cache_control');
      texts.push(str(b.text) ?? '');
    });
    if (texts.length > 0) out.push({ role: 'system', content: texts.join('\n') });
  }
  if (!Array.isArray(messages)) throw invalid('messages', '`messages` must be an array.');
  messages.forEach((m, i) => {
    const param = `messages[${i}]`;
    if (!isRecord(m)) throw invalid(param, 'Messages must be objects.');
    if (m.role === 'system') {
      // A system entry inside `messages` (Claude Code sends one after the user turn): an OpenAI system message in place.
      if (typeof m.content === 'string') {
        out.push({ role: 'system', content: m.content });
        return;
      }
      if (!Array.isArray(m.content)) throw invalid(`${param}.content`, '`content` must be a string or an array of blocks.');
      const texts: string[] = [];
      m.content.forEach((b, j) => {
        if (!isRecord(b) || b.type !== 'text') throw invalid(`${param}.content[${j}]`, 'System messages may only contain text blocks.');
        if (b.cache_control != null) pol.note('cache_control');
        texts.push(str(b.text) ?? '');
      });
      if (texts.length > 0) out.push({ role: 'system', content: texts.join('\n') });
      return;
    }
    if (m.role !== 'user' && m.role !== 'assistant') throw invalid(`${param}.role`, 'Message role must be `user`, `assistant` or `system`.');
    if (typeof m.content === 'string') {
      out.push({ role: m.role, content: m.content });
      return;
    }
    if (!Array.isArray(m.content)) throw invalid(`${param}.content`, '`content` must be a string or an array of blocks.');
    if (m.role === 'user') {
      const parts: Json[] = [];
      const toolImages: Json[] = [];
      m.content.forEach((b, j) => {
        const p = `${param}.content[${j}]`;
        if (!isRecord(b)) throw invalid(p, 'Content blocks must be objects.');
        if (b.cache_control != null) pol.note('cache_control');
        switch (b.type) {
          case 'text':
            parts.push({ type: 'text', text: str(b.text) ?? '' });
            break;
          case 'image':
          case 'document':
            parts.push(mapMediaBlock(b, p));
            break;
          case 'tool_result': {
            const r = mapToolResultContent(b.content, `${p}.content`, pol);
            out.push({ role: 'tool', tool_call_id: str(b.tool_use_id) ?? '', content: b.is_error === true ? markToolError(r.text) : r.text });
            toolImages.push(...r.images);
            break;
          }
          default:
            throw invalid(`${p}.type`, `Content block type \`${String(b.type)}\` cannot be sent to the openai upstream.`);
        }
      });
      const all = toolImages.length > 0 ? [...toolImages, ...parts] : parts;
      if (all.length === 0) return;
      const first = all[0];
      out.push({ role: 'user', content: all.length === 1 && first && first.type === 'text' ? first.text : all });
      return;
    }
    // assistant
    let text = '';
    const toolCalls: Json[] = [];
    m.content.forEach((b, j) => {
      const p = `${param}.content[${j}]`;
      if (!isRecord(b)) throw invalid(p, 'Content blocks must be objects.');
      if (b.cache_control != null) pol.note('cache_control');
      switch (b.type) {
        case 'text':
          text += str(b.text) ?? '';
          break;
        case 'tool_use':
          toolCalls.push({ id: str(b.id) ?? '', type: 'function', function: { name: str(b.name) ?? '', arguments: JSON.stringify(b.input ?? {}) } });
          break;
        case 'thinking':
        case 'redacted_thinking':
          pol.note('thinking');
          break;
        default:
          throw invalid(`${p}.type`, `Content block type \`${String(b.type)}\` cannot be sent to the openai upstream.`);
      }
    });
    const msg: Json = { role: 'assistant', content: text === '' && toolCalls.length > 0 ? null : text };
    if (toolCalls.length > 0) msg.tool_calls = toolCalls;
    out.push(msg);
  });
  return out;
}

/** Anthropic custom tools → OpenAI function tools; server tools (versioned `type`) are unsupported. */
export function mapTools(tools: unknown, pol: FieldPolicy): Json[] {
  if (!Array.isArray(tools)) return [];
  const out: Json[] = [];
  tools.forEach((t, i) => {
    if (!isRecord(t) || (t.type != null && t.type !== 'custom')) {
      pol.unsupported(`tools[${i}]`, `server tool ${isRecord(t) ? JSON.stringify(t.type) : ''} runs on Anthropic only`);
      return;
    }
    if (t.cache_control != null) pol.note('cache_control');
    const fn: Json = { name: str(t.name) ?? '' };
    if (typeof t.description === 'string') fn.description = t.description;
    fn.parameters = isRecord(t.input_schema) ? t.input_schema : { type: 'object', properties: {} };
    if (typeof t.strict === 'boolean') fn.strict = t.strict;
    out.push({ type: 'function', function: fn });
  });
  return out;
}

export function mapRequest(body: Record<string, unknown>, ctx: RequestContext): MappedRequest {
  const pol = new FieldPolicy(ctx.unsupportedParams, UPSTREAM);
  for (const key of Object.keys(body)) {
    if (MAPPED_FIELDS.has(key)) continue;
    const ok = Object.hasOwn(ACCEPTED_IF_DEFAULT, key) ? ACCEPTED_IF_DEFAULT[key] : undefined; // own keys only: `__proto__`, `constructor` are caller fields
    if (ok && ok(body[key])) continue;
    pol.unsupported(key);
  }
  if (body.cache_control != null) pol.note('cache_control');
  const out: Json = { model: ctx.upstreamModel, messages: mapMessages(body.system, body.messages, pol) };
  // The target's dialect (specs/providers/<type>.ts): its max-tokens field name.
  if (typeof body.max_tokens === 'number') out[ctx.dialect?.maxTokensField ?? 'max_completion_tokens'] = body.max_tokens;
  if (body.temperature != null) out.temperature = body.temperature;
  if (body.top_p != null) out.top_p = body.top_p;
  if (Array.isArray(body.stop_sequences) && body.stop_sequences.length > 0) out.stop = body.stop_sequences;
  if (isRecord(body.metadata)) {
    for (const k of Object.keys(body.metadata)) if (k !== 'user_id') pol.unsupported(`metadata.${k}`);
    if (typeof body.metadata.user_id === 'string') out.user = body.metadata.user_id;
  }
  const tools = mapTools(body.tools, pol);
  if (tools.length > 0) {
    out.tools = tools;
    const tc = mapToolChoice(body.tool_choice);
    if (tc.toolChoice !== undefined) out.tool_choice = tc.toolChoice;
    if (tc.parallelToolCalls === false) out.parallel_tool_calls = false;
  } else {
    mapToolChoice(body.tool_choice); // validate; nothing to act on without tools
  }
  let effort = mapThinking(body.thinking);
  if (body.output_config != null) {
    const oc = isRecord(body.output_config) ? body.output_config : {};
    for (const k of Object.keys(oc)) {
      if (k === 'effort' && typeof oc.effort === 'string') effort = oc.effort;
      else if (k === 'format' && isRecord(oc.format) && oc.format.type === 'json_schema' && isRecord(oc.format.schema)) {
        out.response_format = { type: 'json_schema', json_schema: { name: 'response', schema: oc.format.schema, strict: true } };
      } else if (oc[k] != null) pol.unsupported(`output_config.${k}`);
    }
  }
  if (effort !== undefined) out.reasoning_effort = effort;
  const stream = body.stream === true;
  // A dialect whose streams ignore stream_options.include_usage gets none (and no usage is expected).
  const includeUsage = stream && ctx.dialect?.streamUsage !== false;
  if (stream) {
    out.stream = true;
    if (includeUsage) out.stream_options = { include_usage: true };
  }
  return { body: out, headers: {}, dropped: pol.dropped, stream, includeUsage, syntheticJsonTool: null };
}

// ---------------------------------------------------------------------------------------------
// Response
// ---------------------------------------------------------------------------------------------

/** OpenAI ids → Anthropic-looking ids (`msg_` prefix kept when already there). */
export function messageId(id: unknown): string {
  const s = str(id) ?? '';
  return s.startsWith('msg_') ? s : 'msg_' + s;
}

function reasoningOf(m: Json): string | undefined {
  const r = str(m.reasoning_content) ?? str(m.reasoning);
  return r === '' ? undefined : r;
}

/**
 * OpenAI chat.completion → Anthropic Message (wire-formats §3.5). Reasoning text
 * (`reasoning_content`/`reasoning` of OpenAI-compatible providers) → a thinking
 * block with an empty signature; `refusal` → text block + stop_reason refusal;
 * tool arguments that are not a JSON object (e.g. cut by max tokens) → input {}.
 */
export function mapResponse(body: unknown, ctx: RequestContext, _mapped: MappedRequest): MappedResponse {
  if (!isRecord(body) || !Array.isArray(body.choices)) {
    throw new GatewayError('upstream_unavailable', 'The openai upstream returned a body that is not a chat completion.');
  }
  const choice = body.choices.find((c) => isRecord(c) && (c.index === 0 || c.index === undefined)) ?? body.choices[0];
  const c = isRecord(choice) ? choice : {};
  const msg = isRecord(c.message) ? c.message : {};
  const content: Json[] = [];
  const reasoning = reasoningOf(msg);
  if (reasoning !== undefined) content.push({ type: 'thinking', thinking: reasoning, signature: '' });
  if (typeof msg.content === 'string' && msg.content !== '') content.push({ type: 'text', text: msg.content });
  const refusal = typeof msg.refusal === 'string' && msg.refusal !== '' ? msg.refusal : undefined;
  if (refusal !== undefined) content.push({ type: 'text', text: refusal });
  let sawTools = false;
  if (Array.isArray(msg.tool_calls)) {
    for (const tc of msg.tool_calls) {
      if (!isRecord(tc)) continue;
      const fn = isRecord(tc.function) ? tc.function : {};
      const parsed = tryParse(str(fn.arguments) ?? '');
      content.push({ type: 'tool_use', id: str(tc.id) ?? '', name: str(fn.name) ?? '', input: isRecord(parsed) ? parsed : {} });
      sawTools = true;
    }
  }
  const usage = openaiUsageToNeutral(body.usage);
  return {
    body: {
      id: messageId(body.id),
      type: 'message',
      role: 'assistant',
      model: ctx.alias,
      content,
      stop_reason: mapFinishReason(c.finish_reason, sawTools, refusal !== undefined),
      stop_sequence: null,
      usage: mapUsageToAnthropic(usage),
    },
    usage,
  };
}

// ---------------------------------------------------------------------------------------------
// Stream
// ---------------------------------------------------------------------------------------------

type BlockKind = 'thinking' | 'text' | 'tool';

/** One upstream tool call (keyed by its OpenAI `tool_calls[].index`). */
interface ToolState {
  id: string;
  name: string;
  /** Arguments received so far (for the completeness check and for deferred emission). */
  args: string;
  /** live: its block is the open one; deferred: buffered, emitted whole at the finish; closed: block stopped. */
  state: 'live' | 'deferred' | 'closed';
}

/** Content buffered while a tool block must stay open (emitted whole, in arrival order, at the finish). */
type Deferred = { kind: 'text' | 'thinking'; text: string } | { kind: 'tool'; tool: ToolState };

/**
 * Whether tool-call arguments are a complete JSON object: nothing can follow
 * without making them invalid, so the block may be closed before the finish.
 */
function completeArgs(args: string): boolean {
  const t = args.trimEnd();
  return t.endsWith('}') && isRecord(tryParse(t));
}

/**
 * OpenAI chunks → Anthropic SSE (wire-formats §3.5):
 * - first chunk with a choice → `message_start` (usage zeros: OpenAI reports usage
 *   only at the end); Azure's leading `choices:[]` chunk is ignored.
 * - blocks open/close as the delta type switches: `reasoning_content`/`reasoning` →
 *   thinking (no signature), `content`/`refusal` → text, each `tool_calls[].index` →
 *   its own tool_use block with `input_json_delta` fragments (empty ones skipped).
 *   `tool_calls: []` next to content is text only. Only choice 0 is read (n is never sent).
 * - Anthropic blocks are strictly sequential (start, deltas, stop; one open at a
 *   time), OpenAI tool calls may interleave (fragments of index 0 after index 1
 *   started). An open tool block is closed early only when its arguments are a
 *   complete JSON object (nothing valid can follow); otherwise it stays open until
 *   the finish and everything else that arrives meanwhile (other tool calls, text,
 *   reasoning) is buffered and emitted whole after it — each deferred tool as
 *   start + one `input_json_delta` with all its arguments + stop. Sequential calls
 *   (OpenAI's own order) therefore still stream live. Non-blank arguments for a call
 *   whose complete block was already stopped → `event: error` (never a delta for a
 *   stopped block).
 * - `finish_reason` closes the open block and emits the deferred ones; the include_usage chunk sets usage;
 *   `[DONE]` (or EOF after a finish_reason) → `message_delta` {stop_reason, cumulative
 *   usage} + `message_stop`. tool_calls → tool_use even when text came first.
 * - `data: {"error":…}` → `event: error`; EOF without finish → `event: error` too.
 */
export class OpenAIToAnthropicStream extends SseStreamTranscoder {
  private readonly ctx: RequestContext;
  private messageStarted = false;
  private nextIndex = 0;
  private current: { kind: BlockKind; index: number; tool: ToolState | null } | null = null;
  private readonly tools = new Map<number, ToolState>();
  private deferred: Deferred[] = [];
  private finishReason: unknown = null;
  private sawToolCalls = false;
  private sawRefusal = false;
  constructor(ctx: RequestContext, _mapped: MappedRequest) {
    super();
    this.ctx = ctx;
  }

  /** EOF after a finish_reason (no [DONE]) ends normally; before it, an Anthropic error event. */
  protected endWithoutTerminal(): void {
    if (this.finishReason !== null) this.finish();
    else {
      this.finishedFlag = true;
      this.out += sseEvent('error', JSON.stringify({ type: 'error', error: { type: 'api_error', message: 'The openai upstream stream ended before the message was complete.' } }));
    }
  }

  protected onEvent(event: string | undefined, data: string): void {
    if (this.finishedFlag) return;
    if (data === '[DONE]') {
      this.finish();
      return;
    }
    let ev: unknown;
    try {
      ev = JSON.parse(data);
    } catch {
      this.fail({ type: 'api_error', message: 'The openai upstream sent a malformed stream event.' });
      return;
    }
    if (!isRecord(ev)) return;
    if (ev.error != null || event === 'error') {
      const err = isRecord(ev.error) ? ev.error : ev;
      this.fail({ type: anthropicErrorTypeForOpenAI(err), message: str(err.message) || 'The openai upstream reported an error.' });
      return;
    }
    const choices = ev.choices;
    if (Array.isArray(choices) && choices.length > 0) {
      const choice = choices.length === 1 ? choices[0] : choices.find((c) => isRecord(c) && c.index === 0);
      if (isRecord(choice) && (choice.index === 0 || choice.index === undefined)) {
        if (!this.messageStarted) this.start(ev.id);
        this.onChoice(choice);
      }
    }
    if (isRecord(ev.usage)) this.usageState = openaiUsageToNeutral(ev.usage);
  }

  private start(id: unknown): void {
    this.messageStarted = true;
    this.out += sseEvent(
      'message_start',
      JSON.stringify({
        type: 'message_start',
        message: {
          id: messageId(id),
          type: 'message',
          role: 'assistant',
          model: this.ctx.alias,
          content: [],
          stop_reason: null,
          stop_sequence: null,
          usage: { input_tokens: 0, output_tokens: 0, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 },
        },
      }),
    );
  }

  private open(kind: BlockKind, contentBlock: string, tool: ToolState | null = null): number {
    this.close();
    const index = this.nextIndex++;
    this.current = { kind, index, tool };
    this.out += 'event: content_block_start\ndata: {"type":"content_block_start","index":' + index + ',"content_block":' + contentBlock + '}\n\n';
    return index;
  }

  private close(): void {
    if (this.current === null) return;
    if (this.current.tool) this.current.tool.state = 'closed';
    this.out += 'event: content_block_stop\ndata: {"type":"content_block_stop","index":' + this.current.index + '}\n\n';
    this.current = null;
  }

  /** Whether a new block may open now: nothing deferred, and the open block (if a tool call) is complete. */
  private canSwitch(): boolean {
    if (this.deferred.length > 0) return false;
    const tool = this.current?.tool;
    return !tool || completeArgs(tool.args);
  }

  /** Closes the open block, then emits every deferred entry as a whole block. */
  private flush(): void {
    this.close();
    const deferred = this.deferred;
    this.deferred = [];
    for (const d of deferred) {
      if (d.kind === 'tool') {
        const { tool } = d;
        const i = this.open('tool', JSON.stringify({ type: 'tool_use', id: tool.id, name: tool.name, input: {} }), tool);
        if (tool.args) this.blockDelta(i, '{"type":"input_json_delta","partial_json":' + JSON.stringify(tool.args) + '}');
      } else if (d.kind === 'text') {
        this.blockDelta(this.open('text', '{"type":"text","text":""}'), '{"type":"text_delta","text":' + JSON.stringify(d.text) + '}');
      } else {
        this.blockDelta(this.open('thinking', '{"type":"thinking","thinking":"","signature":""}'), '{"type":"thinking_delta","thinking":' + JSON.stringify(d.text) + '}');
      }
    }
    this.close();
  }

  /** Buffers text or reasoning behind an open, incomplete tool block. */
  private defer(kind: 'text' | 'thinking', t: string): void {
    const last = this.deferred[this.deferred.length - 1];
    if (last && last.kind === kind) last.text += t;
    else this.deferred.push({ kind, text: t });
  }

  private blockDelta(index: number, delta: string): void {
    this.out += 'event: content_block_delta\ndata: {"type":"content_block_delta","index":' + index + ',"delta":' + delta + '}\n\n';
  }

  private onChoice(choice: Json): void {
    const d = choice.delta;
    if (isRecord(d)) {
      const reasoning = str(d.reasoning_content) ?? str(d.reasoning);
      if (reasoning) {
        if (this.current?.kind === 'thinking') this.blockDelta(this.current.index, '{"type":"thinking_delta","thinking":' + JSON.stringify(reasoning) + '}');
        else if (this.canSwitch()) this.blockDelta(this.open('thinking', '{"type":"thinking","thinking":"","signature":""}'), '{"type":"thinking_delta","thinking":' + JSON.stringify(reasoning) + '}');
        else this.defer('thinking', reasoning);
      }
      const text = str(d.content);
      if (text) this.text(text);
      const refusal = str(d.refusal);
      if (refusal) {
        this.sawRefusal = true;
        this.text(refusal);
      }
      if (Array.isArray(d.tool_calls)) {
        for (let k = 0; k < d.tool_calls.length && !this.finishedFlag; k++) {
          const tc: unknown = d.tool_calls[k];
          if (isRecord(tc)) this.toolCall(tc, k);
        }
      }
    }
    if (choice.finish_reason != null && !this.finishedFlag) {
      this.finishReason = choice.finish_reason;
      this.flush();
    }
  }

  private text(t: string): void {
    if (this.current?.kind === 'text') this.blockDelta(this.current.index, '{"type":"text_delta","text":' + JSON.stringify(t) + '}');
    else if (this.canSwitch()) this.blockDelta(this.open('text', '{"type":"text","text":""}'), '{"type":"text_delta","text":' + JSON.stringify(t) + '}');
    else this.defer('text', t);
  }

  private toolCall(tc: Json, position: number): void {
    const key = typeof tc.index === 'number' ? tc.index : position;
    const fn = isRecord(tc.function) ? tc.function : {};
    let tool = this.tools.get(key);
    if (tool === undefined) {
      this.sawToolCalls = true;
      tool = { id: str(tc.id) || `toolu_${key}`, name: str(fn.name) ?? '', args: '', state: 'deferred' };
      this.tools.set(key, tool);
      if (this.canSwitch()) {
        tool.state = 'live';
        this.open('tool', JSON.stringify({ type: 'tool_use', id: tool.id, name: tool.name, input: {} }), tool);
      } else {
        this.deferred.push({ kind: 'tool', tool });
      }
    }
    const args = str(fn.arguments);
    if (!args) return;
    if (tool.state === 'closed') {
      // Its block was stopped because the arguments were a complete object: only blanks may follow.
      if (args.trim() !== '') this.fail({ type: 'api_error', message: `The openai upstream sent arguments for tool call ${key} after the call was complete.` });
      return;
    }
    tool.args += args;
    if (tool.state === 'live' && this.current?.tool === tool) this.blockDelta(this.current.index, '{"type":"input_json_delta","partial_json":' + JSON.stringify(args) + '}');
  }

  private finish(): void {
    if (!this.messageStarted) this.start('');
    this.flush();
    this.finishedFlag = true;
    const stop = mapFinishReason(this.finishReason, this.sawToolCalls, this.sawRefusal);
    this.out += sseEvent(
      'message_delta',
      JSON.stringify({ type: 'message_delta', delta: { stop_reason: stop, stop_sequence: null }, usage: mapUsageToAnthropic(this.usageState) }),
    );
    this.out += 'event: message_stop\ndata: {"type":"message_stop"}\n\n';
  }

  private fail(err: { type: string; message: string }): void {
    this.finishedFlag = true;
    this.errorFlag = true;
    this.out += sseEvent('error', JSON.stringify({ type: 'error', error: err }));
  }
}

export const anthropicMessagesToOpenAIChat: Transcoder = {
  upstreamPath: '/chat/completions',
  mapRequest,
  mapResponse,
  mapError,
  createStream: (ctx, mapped) => new OpenAIToAnthropicStream(ctx, mapped),
};
