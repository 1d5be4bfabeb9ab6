/**
 * OpenAI Chat Completions mapper: decodes `POST /v1/chat/completions` requests,
 * `chat.completion` responses, error envelopes and chunk streams into the
 * translation IR (runtime/translate/core.ts) and encodes the IR into them,
 * following the target provider's dialect (`ctx.dialect`: max-tokens field,
 * reasoning field, rejected/renamed parameters, stream usage).
 *
 * References: OpenAI Chat Completions API reference and error-codes guide;
 * shared/reference/wire-formats.md §3. Field-by-field coverage per format
 * pair: specs/translation.ts.
 *
 * Non-standard fields understood (LiteLLM conventions):
 * - assistant `thinking_blocks: [{type:"thinking",thinking,signature} | {type:"redacted_thinking",data}]`
 *   — encoded in responses/streams and decoded from replayed assistant turns
 *   (multi-turn extended thinking needs the signatures). Also decoded: assistant
 *   `reasoning_content` + `reasoning_signature` (one block).
 * - `cache_control` on content parts, tools and messages; `prompt_cache_breakpoint`.
 * - tool message `is_error: true`; top-level `thinking` and `top_k`.
 * - reasoning text of OpenAI-compatible providers: `reasoning_content` (DeepSeek,
 *   xAI), `reasoning` (OpenRouter), or the dialect's field → IR thinking (no signature).
 */
import { createHash } from 'node:crypto';
import { GatewayError } from '../../errors.ts';
import { SSE_DONE, sseData } from '../../sse/writer.ts';
import { isRecord, mapUsageToOpenAI, nowSeconds, openaiUsageToNeutral, str, tryParse } from '../../transcode/common.ts';
import type { MappedError, MappedRequest, RequestContext } from '../../transcode/types.ts';
import {
  invalid,
  type EncodedRequest,
  type FormatMapper,
  type IrBlock,
  type IrBlockStart,
  type IrCache,
  type IrError,
  type IrExtra,
  type IrMessage,
  type IrReasoning,
  type IrRequest,
  type IrResponse,
  type IrStopReason,
  type IrStreamDecoder,
  type IrStreamSink,
  type IrTool,
  type IrToolChoice,
  type IrVendorFields,
  type Json,
  type LossReport,
  IrStreamEncoderBase,
  type IrStreamEncoder,
} from '../../translate/core.ts';

const FORMAT = 'openai-chat' as const;

/**
 * Thinking budget → effort buckets: < 4096 → low, < 16384 → medium, otherwise high.
 * `disabled` and `adaptive` thinking send no reasoning_effort (the model's default applies).
 */
export const THINKING_BUDGET_BUCKETS: ReadonlyArray<{ below: number; effort: string }> = [
  { below: 4096, effort: 'low' },
  { below: 16384, effort: 'medium' },
  { below: Number.POSITIVE_INFINITY, effort: 'high' },
];

/** OpenAI documents `user` up to 64 characters. */
export const MAX_USER_LENGTH = 64;

/** Request fields decoded into the IR. */
export const MAPPED_FIELDS: ReadonlySet<string> = new Set([
  'model', 'messages', 'max_tokens', 'max_completion_tokens', 'temperature', 'top_p', 'top_k', 'stop', 'stream',
  'stream_options', 'tools', 'tool_choice', 'parallel_tool_calls', 'user', 'safety_identifier', 'reasoning_effort',
  'thinking', 'response_format',
]);

/** Prompt-caching hints: kept as IR extras (advisory losses where the upstream has no equivalent). */
export const CACHE_HINT_FIELDS: ReadonlySet<string> = new Set(['prompt_cache_key', 'prompt_cache_retention', 'prompt_cache_options']);
const CACHE_HINT_SPEC = 'prompt_cache_key | prompt_cache_retention | prompt_cache_options';

/**
 * OpenAI-only fields, omitted at their OpenAI default (they then change
 * nothing); any other value is kept as an IR extra (a loss for other formats).
 */
export const ACCEPTED_IF_DEFAULT: Readonly<Record<string, (v: unknown) => boolean>> = {
  n: (v) => v == null || v === 1,
  logprobs: (v) => v == null || v === false,
  top_logprobs: (v) => v == null,
  logit_bias: (v) => v == null || (isRecord(v) && Object.keys(v).length === 0),
  presence_penalty: (v) => v == null || v === 0,
  frequency_penalty: (v) => v == null || v === 0,
  seed: (v) => v == null,
  store: (v) => v == null || v === false,
  metadata: (v) => v == null || (isRecord(v) && Object.keys(v).length === 0),
  modalities: (v) => v == null || (Array.isArray(v) && v.every((m) => m === 'text')),
  service_tier: (v) => v == null || v === 'auto' || v === 'default',
  audio: (v) => v == null,
  prediction: (v) => v == null,
  verbosity: (v) => v == null,
  web_search_options: (v) => v == null,
  functions: (v) => v == null,
  function_call: (v) => v == null,
  moderation: (v) => v == null,
};

// ---------------------------------------------------------------------------------------------
// Small named mappers
// ---------------------------------------------------------------------------------------------

/**
 * OpenAI `tool_choice` → IR (OpenAI Chat reference): auto, none, required → any,
 * {type:"function",function:{name}} → {type:"tool",name}.
 * @throws GatewayError 400 for other values (allowed_tools, custom)
 */
export function decodeToolChoice(choice: unknown, upstream: string): IrToolChoice | undefined {
  if (choice == null) return undefined;
  if (choice === 'auto' || choice === 'none') return { type: choice };
  if (choice === 'required') return { type: 'any' };
  if (isRecord(choice) && choice.type === 'function' && isRecord(choice.function) && typeof choice.function.name === 'string') {
    return { type: 'tool', name: choice.function.name };
  }
  throw invalid('tool_choice', `This \`tool_choice\` value cannot be translated for the ${upstream} upstream (supported: auto, none, required, {type:"function",function:{name}}).`);
}

/**
 * IR tool choice → OpenAI `tool_choice` + `parallel_tool_calls`: auto→auto,
 * any→required, tool→{type:function,function:{name}}, none→none;
 * parallelToolCalls false → `parallel_tool_calls: false` (not for none).
 */
export function encodeToolChoice(choice: IrToolChoice | undefined, parallelToolCalls?: boolean): { toolChoice?: unknown; parallelToolCalls?: boolean } {
  if (choice === undefined) return parallelToolCalls === false ? { parallelToolCalls: false } : {};
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
      out.toolChoice = { type: 'function', function: { name: choice.name } };
      break;
  }
  if (parallelToolCalls === false) out.parallelToolCalls = false;
  return out;
}

/** Anthropic-style `thinking` → effort (THINKING_BUDGET_BUCKETS); undefined unless `{type:"enabled"}`. */
export function thinkingToEffort(thinking: unknown): string | undefined {
  if (!isRecord(thinking) || thinking.type !== 'enabled') return undefined;
  const budget = typeof thinking.budget_tokens === 'number' ? thinking.budget_tokens : 0;
  for (const b of THINKING_BUDGET_BUCKETS) if (budget < b.below) return b.effort;
  return 'high';
}

/**
 * OpenAI `finish_reason` → IR stop reason (wire-formats §3.5): stop→end_turn,
 * length→max_tokens, tool_calls/function_call→tool_use, content_filter→refusal
 * (Envoy's choice; LiteLLM says end_turn). `stop` with tool calls emitted → tool_use.
 */
export function decodeFinishReason(reason: unknown, sawToolCalls = false, sawRefusal = false): IrStopReason {
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
 * IR stop reason → OpenAI `finish_reason` (Anthropic `types/stop_reason.py`; OpenAI
 * chat object reference): end_turn/stop_sequence/pause_turn→stop,
 * max_tokens/model_context_window_exceeded→length, tool_use→tool_calls,
 * refusal→content_filter; unknown or null → stop.
 */
export function encodeStopReason(reason: unknown): string {
  switch (reason) {
    case 'max_tokens':
    case 'model_context_window_exceeded':
      return 'length';
    case 'tool_use':
      return 'tool_calls';
    case 'refusal':
      return 'content_filter';
    default:
      return 'stop';
  }
}

/** IR (Anthropic) error type → OpenAI error `type`/`code` (closed set of runtime/errors.ts, plus billing). */
export function openaiErrorType(type: unknown, status: number): { type: string; code: string | null } {
  switch (type) {
    case 'invalid_request_error':
      return { type: 'invalid_request_error', code: null };
    case 'authentication_error':
      return { type: 'invalid_request_error', code: 'invalid_api_key' };
    case 'permission_error':
      return { type: 'invalid_request_error', code: 'permission_denied' };
    case 'not_found_error':
      return { type: 'invalid_request_error', code: 'not_found' };
    case 'request_too_large':
      return { type: 'invalid_request_error', code: 'request_too_large' };
    case 'rate_limit_error':
      return { type: 'rate_limit_exceeded', code: 'rate_limit_exceeded' };
    case 'billing_error':
      return { type: 'insufficient_quota', code: 'insufficient_quota' };
    case 'timeout_error':
      return { type: 'server_error', code: 'timeout' };
    case 'overloaded_error':
      return { type: 'server_error', code: 'overloaded' };
    case 'api_error':
      return { type: 'server_error', code: null };
    default:
      if (status === 429) return { type: 'rate_limit_exceeded', code: 'rate_limit_exceeded' };
      if (status >= 500 || status === 0) return { type: 'server_error', code: null };
      return { type: 'invalid_request_error', code: null };
  }
}

/**
 * OpenAI error `type`/`code` → IR error type, for what an HTTP status does not
 * say: `insufficient_quota` (OpenAI's 429 "check your plan and billing") → billing_error.
 */
function billingType(err: Json): string | undefined {
  const t = `${str(err.type) ?? ''} ${str(err.code) ?? ''}`;
  return /insufficient_quota|billing/.test(t) ? 'billing_error' : undefined;
}

/** OpenAI error `type`/`code` without a status (mid-stream) → IR (Anthropic) error type. */
export function irErrorTypeForOpenAI(err: Json): string {
  const billing = billingType(err);
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
 * End-user id → OpenAI `user`: as is up to MAX_USER_LENGTH characters, else its
 * SHA-256 hex digest (64 characters; stable, so per-user abuse tracking still
 * works). Claude Code sends a ~150-character `metadata.user_id`.
 */
export function openaiUser(id: string): string {
  return id.length <= MAX_USER_LENGTH ? id : createHash('sha256').update(id).digest('hex');
}

const ID_PATTERNS = new Map<string, RegExp>();

/**
 * A tool-call id the provider accepts (dialect `toolCallId`): kept when it
 * fits, else the first alphanumerics of its SHA-256 (hex, then base36 when
 * longer ids are allowed) up to `maxLength` (default 40). Deterministic, so a
 * tool call and its tool message keep matching ids across turns, and an id the
 * provider issued itself is never rewritten.
 */
export function fitToolCallId(id: string, rule: { maxLength?: number; pattern?: string } | undefined): string {
  if (!rule) return id;
  let re: RegExp | undefined;
  if (rule.pattern !== undefined) {
    re = ID_PATTERNS.get(rule.pattern);
    if (!re) ID_PATTERNS.set(rule.pattern, (re = new RegExp(rule.pattern)));
  }
  const max = rule.maxLength ?? 40;
  if (id.length <= max && (!re || re.test(id))) return id;
  const hex = createHash('sha256').update(id).digest('hex');
  return (BigInt('0x' + hex).toString(36) + hex).slice(0, max);
}

/** Prefix that marks a failed tool result in an OpenAI tool message (see markToolError). */
export const TOOL_ERROR_PREFIX = 'Error: ';

/**
 * A failed tool result → the tool message content starts with TOOL_ERROR_PREFIX.
 * OpenAI tool messages have no error flag (`{role:"tool", tool_call_id, content}`),
 * so the failure is carried where the model reads it: a string gets the prefix; a
 * list of text parts gets it on its first text part (a part `"Error"` is put first
 * when there is none); an empty content becomes `"Error"`.
 */
export function markToolError(content: string | Json[]): string | Json[] {
  if (typeof content === 'string') return content === '' ? 'Error' : TOOL_ERROR_PREFIX + content;
  const first = content[0];
  if (first && first.type === 'text') return [{ ...first, text: TOOL_ERROR_PREFIX + (str(first.text) ?? '') }, ...content.slice(1)];
  return [{ type: 'text', text: 'Error' }, ...content];
}

// ---------------------------------------------------------------------------------------------
// Request: decode
// ---------------------------------------------------------------------------------------------

/** `data:<media>;base64,<data>` → parts, or undefined. */
function parseDataUrl(url: string): { mediaType: string; data: string } | undefined {
  const m = /^data:([^;,]+)((?:;[^;,]*)*);base64,/.exec(url);
  if (!m || m[1] === undefined) return undefined;
  return { mediaType: m[1].toLowerCase(), data: url.slice(m[0].length) };
}

/**
 * Cache breakpoint on a part/message/tool: a non-standard `cache_control` is kept
 * as is; OpenAI's `prompt_cache_breakpoint: {mode:"explicit", ttl?}` becomes
 * `{type:"ephemeral"}`, with `ttl:"1h"` when a ttl is given (Anthropic offers 5m
 * and 1h; 1h is the closest to OpenAI's 30m/12h minimums).
 */
export function decodeCache(from: Json): IrCache | undefined {
  if (from.cache_control != null) return from.cache_control as IrCache;
  const bp = from.prompt_cache_breakpoint;
  if (isRecord(bp)) return bp.ttl != null ? { type: 'ephemeral', ttl: '1h' } : { type: 'ephemeral' };
  return undefined;
}

function withCache<B extends IrBlock>(block: B, from: Json): B {
  const cc = decodeCache(from);
  if (cc !== undefined) block.cache = cc;
  return block;
}

/**
 * OpenAI `image_url` → IR image (base64 or url source), or document for PDFs
 * (`data:application/pdf` or an http(s) URL ending in `.pdf`). `detail` is not carried.
 */
function decodeImageUrl(url: string, at: string, upstream: string): IrBlock {
  if (url.startsWith('data:')) {
    const d = parseDataUrl(url);
    if (!d) throw invalid(at, `Only base64 data URLs can be sent to the ${upstream} upstream.`);
    const source = { type: 'base64' as const, mediaType: d.mediaType, data: d.data };
    return d.mediaType === 'application/pdf' ? { type: 'document', source, at } : { type: 'image', source, at };
  }
  if (/^https?:\/\//i.test(url)) {
    const path = url.split(/[?#]/, 1)[0] ?? url;
    if (/\.pdf$/i.test(path)) return { type: 'document', source: { type: 'url', url }, at };
    return { type: 'image', source: { type: 'url', url }, at };
  }
  throw invalid(at, `Image URLs must be http(s) or base64 data URLs for the ${upstream} upstream.`);
}

/** OpenAI `file` part → IR document (PDF base64, or plain text). `file_id` cannot be carried. */
function decodeFilePart(part: Json, at: string, upstream: string): IrBlock {
  const file = isRecord(part.file) ? part.file : {};
  const fileData = str(file.file_data);
  if (fileData === undefined) {
    throw invalid(at, `\`file_id\` refers to an OpenAI-stored file and cannot be sent to the ${upstream} upstream; send \`file_data\` instead.`);
  }
  let d = parseDataUrl(fileData);
  // Some clients send bare base64 with a filename; treat as PDF when the name says so.
  if (!d && typeof file.filename === 'string' && /\.pdf$/i.test(file.filename)) d = { mediaType: 'application/pdf', data: fileData };
  if (!d) throw invalid(at, '`file_data` must be a base64 data URL.');
  let block: IrBlock;
  if (d.mediaType === 'application/pdf') block = { type: 'document', source: { type: 'base64', mediaType: 'application/pdf', data: d.data }, at };
  else if (d.mediaType === 'text/plain') block = { type: 'document', source: { type: 'text', mediaType: 'text/plain', data: Buffer.from(d.data, 'base64').toString('utf8') }, at };
  else throw invalid(at, `File type ${d.mediaType} is not supported by the ${upstream} upstream (PDF and text/plain are).`);
  if (typeof file.filename === 'string') block.title = file.filename;
  return block;
}

/** One user/system/tool content part → IR block (empty text → nothing). Content is never dropped: failures are 400s. */
function decodeUserPart(part: unknown, at: string, upstream: string): IrBlock | undefined {
  if (!isRecord(part)) throw invalid(at, 'Content parts must be objects.');
  switch (part.type) {
    case 'text': {
      const text = str(part.text) ?? '';
      if (text === '') return undefined;
      return withCache({ type: 'text', text, at }, part);
    }
    case 'image_url': {
      const iu = part.image_url;
      const url = typeof iu === 'string' ? iu : isRecord(iu) ? str(iu.url) : undefined;
      if (url === undefined) throw invalid(`${at}.image_url`, '`image_url.url` is required.');
      return withCache(decodeImageUrl(url, `${at}.image_url`, upstream), part);
    }
    case 'file':
      return withCache(decodeFilePart(part, `${at}.file`, upstream), part);
    default:
      throw invalid(`${at}.type`, `Content part type \`${String(part.type)}\` is not supported by the ${upstream} upstream.`);
  }
}

function decodeUserContent(content: unknown, at: string, upstream: string): IrBlock[] {
  if (typeof content === 'string') return content === '' ? [] : [{ type: 'text', text: content, at }];
  if (!Array.isArray(content)) return [];
  const out: IrBlock[] = [];
  content.forEach((p, j) => {
    const b = decodeUserPart(p, `${at}[${j}]`, upstream);
    if (b) out.push(b);
  });
  return out;
}

/** Thinking blocks replayed in an assistant message (`thinking_blocks`, else `reasoning_content` + `reasoning_signature`). */
function decodeReplayedThinking(m: Json, at: string): IrBlock[] {
  const out: IrBlock[] = [];
  if (Array.isArray(m.thinking_blocks)) {
    m.thinking_blocks.forEach((b, k) => {
      if (!isRecord(b)) throw invalid(`${at}.thinking_blocks[${k}]`, 'Thinking blocks must be objects.');
      if (b.type === 'thinking') out.push({ type: 'thinking', thinking: str(b.thinking) ?? '', signature: str(b.signature) ?? '' });
      else if (b.type === 'redacted_thinking') out.push({ type: 'redacted_thinking', data: str(b.data) ?? '' });
      else throw invalid(`${at}.thinking_blocks[${k}].type`, 'Thinking block type must be `thinking` or `redacted_thinking`.');
    });
    return out;
  }
  // Unsigned reasoning_content cannot be replayed (Anthropic would reject it) and is omitted, as OpenAI ignores it.
  if (typeof m.reasoning_content === 'string' && typeof m.reasoning_signature === 'string' && m.reasoning_signature !== '') {
    out.push({ type: 'thinking', thinking: m.reasoning_content, signature: m.reasoning_signature });
  }
  return out;
}

function decodeAssistant(m: Json, at: string, upstream: string): IrBlock[] {
  const blocks = decodeReplayedThinking(m, at);
  const c = m.content;
  if (typeof c === 'string') {
    if (c !== '') blocks.push({ type: 'text', text: c, at: `${at}.content` });
  } else if (Array.isArray(c)) {
    c.forEach((p, j) => {
      if (!isRecord(p)) throw invalid(`${at}.content[${j}]`, 'Content parts must be objects.');
      const text = p.type === 'text' ? str(p.text) : p.type === 'refusal' ? str(p.refusal) : undefined;
      if (text === undefined) throw invalid(`${at}.content[${j}].type`, 'Assistant content parts must be `text` or `refusal`.');
      if (text !== '') blocks.push(withCache({ type: 'text', text, at: `${at}.content[${j}]` }, p));
    });
  }
  if (m.function_call != null) throw invalid(`${at}.function_call`, 'Legacy `function_call` messages are not supported; use `tool_calls`.');
  if (m.audio != null) throw invalid(`${at}.audio`, `Assistant \`audio\` is not supported by the ${upstream} upstream.`);
  if (Array.isArray(m.tool_calls)) {
    m.tool_calls.forEach((tc, k) => {
      const p = `${at}.tool_calls[${k}]`;
      if (!isRecord(tc) || !isRecord(tc.function)) throw invalid(p, 'Tool calls must be `{id,type:"function",function:{name,arguments}}`.');
      const args = str(tc.function.arguments) ?? '';
      let input: unknown = {};
      if (args.trim() !== '') {
        try {
          input = JSON.parse(args);
        } catch {
          throw invalid(`${p}.function.arguments`, 'Tool call `arguments` must be a JSON object.');
        }
      }
      if (!isRecord(input)) throw invalid(`${p}.function.arguments`, 'Tool call `arguments` must be a JSON object.');
      blocks.push({ type: 'tool_use', id: str(tc.id) ?? `toolu_${k}`, name: str(tc.function.name) ?? '', input, at: p });
    });
  }
  return blocks;
}

function decodeToolMessage(m: Json, at: string, upstream: string): IrBlock {
  const content = typeof m.content === 'string' ? m.content : Array.isArray(m.content) ? decodeUserContent(m.content, `${at}.content`, upstream) : '';
  const block: IrBlock = { type: 'tool_result', toolUseId: str(m.tool_call_id) ?? '', content, at };
  if (m.is_error === true) block.isError = true;
  return block;
}

/**
 * OpenAI `messages` → IR messages, in order: system/developer → system entries;
 * `tool` messages → user messages with one tool_result; message-level cache
 * breakpoints go onto the message's last block; messages left without content are skipped.
 */
function decodeMessages(messages: unknown, upstream: string): IrMessage[] {
  if (!Array.isArray(messages)) throw invalid('messages', '`messages` must be an array.');
  const out: IrMessage[] = [];
  messages.forEach((m, i) => {
    const at = `messages[${i}]`;
    if (!isRecord(m)) throw invalid(at, 'Messages must be objects.');
    let msg: IrMessage;
    switch (m.role) {
      case 'system':
      case 'developer':
        msg = { role: 'system', content: decodeUserContent(m.content, `${at}.content`, upstream), at };
        break;
      case 'user':
        msg = { role: 'user', content: decodeUserContent(m.content, `${at}.content`, upstream), at };
        break;
      case 'assistant':
        msg = { role: 'assistant', content: decodeAssistant(m, at, upstream), at };
        break;
      case 'tool':
        msg = { role: 'user', content: [decodeToolMessage(m, at, upstream)], at };
        break;
      default:
        throw invalid(`${at}.role`, `Message role \`${String(m.role)}\` is not supported by the ${upstream} upstream.`);
    }
    if (msg.content.length === 0) return;
    if (typeof m.content === 'string' && m.role !== 'assistant') msg.plain = true;
    const mcc = decodeCache(m);
    if (mcc !== undefined) (msg.content[msg.content.length - 1] as IrBlock).cache = mcc;
    out.push(msg);
  });
  return out;
}

function decodeTools(tools: unknown): IrTool[] {
  if (!Array.isArray(tools)) return [];
  return tools.map((t, i): IrTool => {
    const at = `tools[${i}]`;
    if (!isRecord(t) || t.type !== 'function' || !isRecord(t.function)) return { kind: 'opaque', format: FORMAT, value: t, at };
    const f = t.function;
    const tool: IrTool = { kind: 'function', name: str(f.name) ?? '', parameters: isRecord(f.parameters) ? f.parameters : { type: 'object', properties: {} }, at };
    if (typeof f.description === 'string') tool.description = f.description;
    if (typeof f.strict === 'boolean') tool.strict = f.strict;
    const cc = decodeCache(t) ?? decodeCache(f);
    if (cc !== undefined) tool.cache = cc;
    return tool;
  });
}

function decodeRequest(body: Json, losses: LossReport): IrRequest {
  const extras: IrExtra[] = [];
  for (const key of Object.keys(body)) {
    if (MAPPED_FIELDS.has(key)) continue;
    if (CACHE_HINT_FIELDS.has(key)) {
      if (body[key] != null) extras.push({ field: key, value: body[key], format: FORMAT, spec: CACHE_HINT_SPEC });
      continue;
    }
    const ok = Object.hasOwn(ACCEPTED_IF_DEFAULT, key) ? ACCEPTED_IF_DEFAULT[key] : undefined; // own keys only: `__proto__`, `constructor` are caller fields
    if (ok && ok(body[key])) continue;
    extras.push({ field: key, value: body[key], format: FORMAT });
  }
  const stream = body.stream === true;
  const so = body.stream_options;
  const ir: IrRequest = {
    system: [],
    messages: decodeMessages(body.messages, losses.upstream),
    tools: decodeTools(body.tools),
    stream,
    includeUsage: stream && isRecord(so) && so.include_usage === true,
    extras,
  };
  const maxField = body.max_completion_tokens != null ? 'max_completion_tokens' : body.max_tokens != null ? 'max_tokens' : null;
  if (maxField) {
    const v = body[maxField];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) throw invalid(maxField, `\`${maxField}\` must be a positive integer.`);
    ir.maxTokens = v;
    ir.maxTokensField = maxField;
  }
  const reasoning: IrReasoning = {};
  if (body.thinking != null) reasoning.thinking = body.thinking as Json;
  else if (body.reasoning_effort != null) {
    if (typeof body.reasoning_effort !== 'string') throw invalid('reasoning_effort', `\`reasoning_effort\` ${JSON.stringify(body.reasoning_effort)} cannot be translated for the ${losses.upstream} upstream.`);
    reasoning.effort = body.reasoning_effort;
  }
  if (reasoning.thinking !== undefined || reasoning.effort !== undefined) ir.reasoning = reasoning;
  if (body.temperature != null) ir.temperature = body.temperature;
  if (body.top_p != null) ir.topP = body.top_p;
  if (body.top_k != null) ir.topK = body.top_k;
  if (typeof body.stop === 'string') ir.stop = [body.stop];
  else if (Array.isArray(body.stop) && body.stop.length > 0) ir.stop = body.stop as string[];
  const user = str(body.safety_identifier) ?? str(body.user);
  if (user !== undefined) ir.user = user;
  const choice = decodeToolChoice(body.tool_choice, losses.upstream);
  if (choice) ir.toolChoice = choice;
  if (body.parallel_tool_calls === false) ir.parallelToolCalls = false;
  const rf = body.response_format;
  if (rf != null && !(isRecord(rf) && rf.type === 'text')) {
    if (isRecord(rf) && rf.type === 'json_object') ir.responseFormat = { type: 'json_object' };
    else if (isRecord(rf) && rf.type === 'json_schema') {
      const js = isRecord(rf.json_schema) ? rf.json_schema : {};
      const f: IrRequest['responseFormat'] & { type: 'json_schema' } = { type: 'json_schema', schema: isRecord(js.schema) ? js.schema : { type: 'object' } };
      if (typeof js.name === 'string') f.name = js.name;
      if (typeof js.description === 'string') f.description = js.description;
      if (typeof js.strict === 'boolean') f.strict = js.strict;
      ir.responseFormat = f;
    } else extras.push({ field: 'response_format', value: rf, format: FORMAT, detail: 'unknown type' });
  }
  return ir;
}

// ---------------------------------------------------------------------------------------------
// Request: encode
// ---------------------------------------------------------------------------------------------

const CACHE_SPEC = 'cache_control (top level, system, blocks, tools)';
const VENDOR_SPEC = '(other fields of a block or tool)';

/**
 * What a block or tool carries that Chat Completions has no place for: its
 * cache breakpoint, citations on text, and other formats' fields the IR keeps verbatim (e.g.
 * Anthropic `caller` on tool_use); null-valued fields count as absent.
 */
function blockLosses(b: { cache?: IrCache; vendor?: IrVendorFields; citations?: unknown[] }, losses: LossReport): void {
  if (b.cache !== undefined) losses.lose('cache_control', CACHE_SPEC);
  if (b.citations !== undefined && b.citations.length > 0) losses.lose('citations', VENDOR_SPEC);
  if (b.vendor !== undefined && b.vendor.format !== FORMAT) {
    for (const [k, v] of Object.entries(b.vendor.fields)) if (v != null) losses.lose(k, VENDOR_SPEC);
  }
}
const THINKING_SPEC = 'messages[role=assistant] thinking / redacted_thinking';

/** IR image/document → an OpenAI part; `at` names the block in errors. */
function encodeMedia(b: IrBlock & { type: 'image' | 'document' }, at: string): Json {
  const src = b.source;
  if (b.type === 'image') {
    if (src.type === 'base64') return { type: 'image_url', image_url: { url: `data:${src.mediaType || 'image/png'};base64,${src.data}` } };
    if (src.type === 'url') return { type: 'image_url', image_url: { url: src.url } };
    throw invalid(`${at}.source`, `Image source type ${JSON.stringify(src.type === 'other' ? src.value.type : src.type)} cannot be sent to the openai upstream.`);
  }
  if (src.type === 'base64' && src.mediaType === 'application/pdf') {
    return { type: 'file', file: { filename: b.title ?? 'document.pdf', file_data: `data:application/pdf;base64,${src.data}` } };
  }
  if (src.type === 'text') return { type: 'text', text: src.data };
  const t = src.type === 'other' ? src.value.type : src.type;
  throw invalid(`${at}.source`, `Document source type ${JSON.stringify(t)} cannot be sent to the openai upstream (base64 PDF and text are supported).`);
}

function blockType(b: IrBlock): string {
  return b.type === 'opaque' ? String(b.value.type) : b.type;
}

/** Tool result content → tool message content (text) + images/PDFs, which follow in a user message (tool messages carry text only). */
function encodeToolResultContent(content: string | IrBlock[], at: string, losses: LossReport): { text: string | Json[]; images: Json[] } {
  if (typeof content === 'string') return { text: content, images: [] };
  const parts: Json[] = [];
  const images: Json[] = [];
  content.forEach((c, k) => {
    const p = c.at ?? `${at}.content[${k}]`;
    blockLosses(c, losses);
    if (c.type === 'text') parts.push({ type: 'text', text: c.text });
    else if (c.type === 'image') images.push(encodeMedia(c, p));
    else if (c.type === 'document') {
      const m = encodeMedia(c, p);
      if (m.type === 'text') parts.push(m);
      else images.push(m);
    } else throw invalid(`${p}.type`, `Tool result block type \`${blockType(c)}\` cannot be sent to the openai upstream.`);
  });
  const only = parts[0];
  return { text: parts.length === 1 && only ? (only.text as string) : parts, images };
}

function joinText(blocks: readonly IrBlock[], losses: LossReport): string[] {
  return blocks.map((b) => {
    blockLosses(b, losses);
    return b.type === 'text' ? b.text : '';
  });
}

/**
 * IR system + messages → OpenAI `messages` (wire-formats §3.4): the system prompt →
 * a leading system message (text blocks joined with "\n"); system entries → system
 * messages in place; user tool_result blocks → `tool` messages before the rest of
 * that user turn (isError → markToolError); assistant tool_use → `tool_calls`
 * (arguments = JSON.stringify(input)); assistant thinking → dropped (advisory loss "thinking").
 * Tool-call ids follow the dialect's rules (fitToolCallId).
 */
function encodeMessages(ir: IrRequest, losses: LossReport, idRule: { maxLength?: number; pattern?: string } | undefined): Json[] {
  const out: Json[] = [];
  if (ir.system.length > 0) out.push({ role: 'system', content: joinText(ir.system, losses).join('\n') });
  for (const m of ir.messages) {
    const first = m.content[0];
    if (m.plain && first && first.type === 'text' && m.content.length === 1) {
      if (first.cache !== undefined) losses.lose('cache_control', CACHE_SPEC);
      out.push({ role: m.role, content: first.text });
      continue;
    }
    if (m.role === 'system') {
      if (m.content.length > 0) out.push({ role: 'system', content: joinText(m.content, losses).join('\n') });
      continue;
    }
    if (m.role === 'user') {
      const parts: Json[] = [];
      const toolImages: Json[] = [];
      m.content.forEach((b, j) => {
        const p = b.at ?? `${m.at}.content[${j}]`;
        blockLosses(b, losses);
        switch (b.type) {
          case 'text':
            parts.push({ type: 'text', text: b.text });
            break;
          case 'image':
          case 'document':
            parts.push(encodeMedia(b, p));
            break;
          case 'tool_result': {
            const r = encodeToolResultContent(b.content, `${p}.content`, losses);
            out.push({ role: 'tool', tool_call_id: fitToolCallId(b.toolUseId, idRule), content: b.isError ? markToolError(r.text) : r.text });
            toolImages.push(...r.images);
            break;
          }
          default:
            throw invalid(`${p}.type`, `Content block type \`${blockType(b)}\` cannot be sent to the openai upstream.`);
        }
      });
      const all = toolImages.length > 0 ? [...toolImages, ...parts] : parts;
      if (all.length === 0) continue;
      const head = all[0];
      out.push({ role: 'user', content: all.length === 1 && head && head.type === 'text' ? head.text : all });
      continue;
    }
    let text = '';
    const toolCalls: Json[] = [];
    m.content.forEach((b, j) => {
      const p = b.at ?? `${m.at}.content[${j}]`;
      blockLosses(b, losses);
      switch (b.type) {
        case 'text':
          text += b.text;
          break;
        case 'tool_use':
          toolCalls.push({ id: fitToolCallId(b.id, idRule), type: 'function', function: { name: b.name, arguments: JSON.stringify(b.input ?? {}) } });
          break;
        case 'thinking':
        case 'redacted_thinking':
          losses.lose('thinking', THINKING_SPEC);
          break;
        default:
          throw invalid(`${p}.type`, `Content block type \`${blockType(b)}\` cannot be sent to the openai upstream.`);
      }
    });
    const msg: Json = { role: 'assistant', content: text === '' && toolCalls.length > 0 ? null : text };
    if (toolCalls.length > 0) msg.tool_calls = toolCalls;
    out.push(msg);
  }
  return out;
}

function encodeTools(tools: readonly IrTool[], losses: LossReport): Json[] {
  const out: Json[] = [];
  for (const t of tools) {
    if (t.kind === 'opaque') {
      if (t.format === FORMAT) out.push(t.value as Json);
      else losses.lose(t.at, 'tools[type=<server tool>]', `server tool ${isRecord(t.value) ? JSON.stringify(t.value.type) : ''} runs on Anthropic only`);
      continue;
    }
    blockLosses(t, losses);
    const fn: Json = { name: t.name };
    if (t.description !== undefined) fn.description = t.description;
    fn.parameters = t.parameters;
    if (t.strict !== undefined) fn.strict = t.strict;
    out.push({ type: 'function', function: fn });
  }
  return out;
}

const DIALECT_REJECTED_SPEC = '(parameter the target provider rejects)';

/** Deletes a dotted JSON path (`a.b.c`) from `obj`; whether it was there. */
function deletePath(obj: Json, path: string): boolean {
  const keys = path.split('.');
  let at: Json = obj;
  for (let i = 0; i < keys.length - 1; i++) {
    const next = at[keys[i] as string];
    if (!isRecord(next)) return false;
    at = next;
  }
  const last = keys[keys.length - 1] as string;
  if (!Object.hasOwn(at, last)) return false;
  delete at[last];
  return true;
}

function encodeRequest(ir: IrRequest, losses: LossReport, ctx: RequestContext): EncodedRequest {
  const dialect = ctx.dialect;
  const passthrough: Json = {};
  for (const x of ir.extras) {
    if (x.format === FORMAT) passthrough[x.field] = x.value;
    else losses.lose(x.field, x.spec ?? x.field, x.detail);
  }
  if (ir.cache !== undefined) losses.lose('cache_control', CACHE_SPEC);
  const out: Json = { model: ctx.upstreamModel, messages: encodeMessages(ir, losses, dialect?.toolCallId) };
  if (ir.maxTokens !== undefined) out[dialect?.maxTokensField ?? 'max_completion_tokens'] = ir.maxTokens;
  if (ir.temperature !== undefined) out.temperature = ir.temperature;
  if (ir.topP !== undefined) out.top_p = ir.topP;
  if (ir.topK !== undefined) losses.lose('top_k');
  if (ir.stop) out.stop = ir.stop;
  if (ir.user !== undefined) out.user = openaiUser(ir.user);
  const tools = encodeTools(ir.tools, losses);
  if (tools.length > 0) {
    out.tools = tools;
    const tc = encodeToolChoice(ir.toolChoice, ir.parallelToolCalls);
    if (tc.toolChoice !== undefined) out.tool_choice = tc.toolChoice;
    if (tc.parallelToolCalls === false) out.parallel_tool_calls = false;
  }
  const effort = ir.reasoning?.effort ?? thinkingToEffort(ir.reasoning?.thinking);
  if (effort !== undefined) out.reasoning_effort = effort;
  const rf = ir.responseFormat;
  if (rf?.type === 'json_object') out.response_format = { type: 'json_object' };
  else if (rf?.type === 'json_schema') {
    const js: Json = { name: rf.name ?? 'response' };
    if (rf.description !== undefined) js.description = rf.description;
    js.schema = rf.schema;
    js.strict = rf.strict ?? true;
    out.response_format = { type: 'json_schema', json_schema: js };
  }
  if (ir.stream) {
    out.stream = true;
    if (dialect?.streamUsage !== false) out.stream_options = { include_usage: true };
  }
  Object.assign(out, passthrough);
  if (dialect?.rejectedParams) {
    for (const p of dialect.rejectedParams) {
      if (p !== 'model' && p !== 'messages' && deletePath(out, p)) losses.lose(p, DIALECT_REJECTED_SPEC, 'the target provider rejects it');
    }
  }
  if (dialect?.renamedParams) {
    for (const [from, to] of Object.entries(dialect.renamedParams)) {
      if (from in out) {
        out[to] = out[from];
        delete out[from];
      }
    }
  }
  return { body: out, headers: {}, syntheticJsonTool: null };
}

// ---------------------------------------------------------------------------------------------
// Response, errors
// ---------------------------------------------------------------------------------------------

/** Reasoning text of a message or delta: `reasoning_content`, `reasoning`, or the dialect's field. */
function reasoningOf(m: Json, field: string | undefined): string | undefined {
  return str(m.reasoning_content) ?? str(m.reasoning) ?? (field !== undefined ? str(m[field]) : undefined);
}

/**
 * chat.completion → IR (wire-formats §3.5): reasoning text → a thinking block
 * (signature ""); content → text; `refusal` → text + stop reason refusal; tool
 * arguments that are not a JSON object (e.g. cut by max tokens) → input {}.
 * Only choice 0 is read (n is never sent).
 */
function decodeResponse(body: unknown, ctx: RequestContext): IrResponse {
  if (!isRecord(body) || !Array.isArray(body.choices)) {
    throw new GatewayError('upstream_unavailable', 'The openai upstream returned a body that is not a chat completion.');
  }
  const choice = body.choices.find((c) => isRecord(c) && (c.index === 0 || c.index === undefined)) ?? body.choices[0];
  const c = isRecord(choice) ? choice : {};
  const msg = isRecord(c.message) ? c.message : {};
  const content: IrBlock[] = [];
  const reasoning = reasoningOf(msg, ctx.dialect?.reasoningField);
  if (reasoning !== undefined && reasoning !== '') content.push({ type: 'thinking', thinking: reasoning, signature: '' });
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
  return { id: str(body.id) ?? '', content, stopReason: decodeFinishReason(c.finish_reason, sawTools, refusal !== undefined), usage: openaiUsageToNeutral(body.usage) };
}

/**
 * IR → chat.completion: text blocks concatenated (null when none), tool_use →
 * tool_calls, thinking → `reasoning_content` + `thinking_blocks` (with
 * signatures, for replay). Opaque blocks and citations are not carried.
 */
function encodeResponse(ir: IrResponse, ctx: RequestContext): unknown {
  let text = '';
  let hasText = false;
  let reasoning = '';
  const thinkingBlocks: Json[] = [];
  const toolCalls: Json[] = [];
  for (const b of ir.content) {
    switch (b.type) {
      case 'text':
        text += b.text;
        hasText = true;
        break;
      case 'thinking':
        reasoning += b.thinking;
        thinkingBlocks.push({ type: 'thinking', thinking: b.thinking, signature: b.signature });
        break;
      case 'redacted_thinking':
        thinkingBlocks.push({ type: 'redacted_thinking', data: b.data });
        break;
      case 'tool_use':
        toolCalls.push({ id: b.id, type: 'function', function: { name: b.name, arguments: JSON.stringify(b.input ?? {}) } });
        break;
      default:
        break; // server_tool_use, *_tool_result, …: executed upstream, no OpenAI equivalent
    }
  }
  const message: Json = { role: 'assistant', content: hasText ? text : null, refusal: null };
  if (toolCalls.length > 0) message.tool_calls = toolCalls;
  if (thinkingBlocks.length > 0) {
    message.reasoning_content = reasoning;
    message.thinking_blocks = thinkingBlocks;
  }
  return {
    id: ir.id,
    object: 'chat.completion',
    created: nowSeconds(ctx),
    model: ctx.alias,
    choices: [{ index: 0, message, logprobs: null, finish_reason: encodeStopReason(ir.stopReason) }],
    usage: mapUsageToOpenAI(ir.usage),
  };
}

function decodeError(status: number, body: unknown): IrError {
  const err = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  const out: IrError = { status, message: (err && str(err.message)) || `The openai upstream returned HTTP ${status}.` };
  const type = err && billingType(err);
  if (type) out.type = type;
  return out;
}

/** IR error → OpenAI envelope `{error:{message,type,param,code}}` (status kept). */
function encodeError(err: IrError): MappedError {
  const { type, code } = openaiErrorType(err.type, err.status);
  return { status: err.status, body: { error: { message: err.message, type, param: null, code } } };
}

// ---------------------------------------------------------------------------------------------
// Stream: decode (OpenAI chunks → IR sink)
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

/** Whether tool-call arguments are a complete JSON object: nothing can follow without making them invalid. */
function completeArgs(args: string): boolean {
  const t = args.trimEnd();
  return t.endsWith('}') && isRecord(tryParse(t));
}

const THINKING_START: IrBlockStart = { type: 'thinking', thinking: '', signature: '' };
const TEXT_START: IrBlockStart = { type: 'text', text: '' };

/**
 * OpenAI chunks → IR stream (Anthropic grammar; wire-formats §3.5):
 * - first chunk with a choice → start (Azure's leading `choices:[]` chunk is ignored).
 * - blocks open/close as the delta type switches: reasoning (`reasoning_content`,
 *   `reasoning`, the dialect's field) → thinking (no signature), `content`/`refusal` →
 *   text, each `tool_calls[].index` → its own tool_use block with argument fragments
 *   (empty ones skipped). Only choice 0 is read (n is never sent).
 * - IR blocks are strictly sequential, OpenAI tool calls may interleave. An open tool
 *   block is closed early only when its arguments are a complete JSON object;
 *   otherwise it stays open until the finish and everything else that arrives
 *   meanwhile is buffered and emitted whole after it. Non-blank arguments for a
 *   call whose complete block was already stopped → error.
 * - `finish_reason` closes the open block and emits the deferred ones; the
 *   include_usage chunk sets usage; `[DONE]` (or EOF after a finish_reason) →
 *   messageDelta + messageStop. tool_calls → tool_use even when text came first.
 * - `data: {"error":…}` → error; EOF without finish → truncated.
 */
class OpenAIStreamDecoder implements IrStreamDecoder {
  private messageStarted = false;
  private nextIndex = 0;
  private current: { kind: BlockKind; index: number; tool: ToolState | null } | null = null;
  private readonly tools = new Map<number, ToolState>();
  private deferred: Deferred[] = [];
  private finishReason: unknown = null;
  private sawToolCalls = false;
  private sawRefusal = false;
  private readonly reasoningField: string | undefined;
  constructor(
    private readonly sink: IrStreamEncoder,
    ctx: RequestContext,
  ) {
    this.reasoningField = ctx.dialect?.reasoningField;
  }

  onEnd(): void {
    if (this.finishReason !== null) this.finish();
    else this.sink.truncated();
  }

  onEvent(event: string | undefined, data: string): void {
    if (this.sink.finished) return;
    if (data === '[DONE]') {
      this.finish();
      return;
    }
    let ev: unknown;
    try {
      ev = JSON.parse(data);
    } catch {
      this.sink.error({ status: 0, type: 'api_error', message: 'The openai upstream sent a malformed stream event.' });
      return;
    }
    if (!isRecord(ev)) return;
    if (ev.error != null || event === 'error') {
      const err = isRecord(ev.error) ? ev.error : ev;
      this.sink.error({ status: 0, type: irErrorTypeForOpenAI(err), message: str(err.message) || 'The openai upstream reported an error.' });
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
    if (isRecord(ev.usage)) this.sink.usage = openaiUsageToNeutral(ev.usage);
  }

  private start(id: unknown): void {
    this.messageStarted = true;
    this.sink.start(str(id) ?? '');
  }

  private open(kind: BlockKind, start: IrBlockStart, tool: ToolState | null = null): number {
    this.close();
    const index = this.nextIndex++;
    this.current = { kind, index, tool };
    this.sink.blockStart(index, start);
    return index;
  }

  private close(): void {
    if (this.current === null) return;
    if (this.current.tool) this.current.tool.state = 'closed';
    this.sink.blockStop(this.current.index);
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
        const i = this.open('tool', { type: 'tool_use', id: tool.id, name: tool.name }, tool);
        if (tool.args) this.sink.inputDelta(i, tool.args);
      } else if (d.kind === 'text') {
        this.sink.textDelta(this.open('text', TEXT_START), JSON.stringify(d.text));
      } else {
        this.sink.thinkingDelta(this.open('thinking', THINKING_START), d.text);
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

  private onChoice(choice: Json): void {
    const d = choice.delta;
    if (isRecord(d)) {
      const reasoning = reasoningOf(d, this.reasoningField);
      if (reasoning) {
        if (this.current?.kind === 'thinking') this.sink.thinkingDelta(this.current.index, reasoning);
        else if (this.canSwitch()) this.sink.thinkingDelta(this.open('thinking', THINKING_START), reasoning);
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
        for (let k = 0; k < d.tool_calls.length && !this.sink.finished; k++) {
          const tc: unknown = d.tool_calls[k];
          if (isRecord(tc)) this.toolCall(tc, k);
        }
      }
    }
    if (choice.finish_reason != null && !this.sink.finished) {
      this.finishReason = choice.finish_reason;
      this.flush();
    }
  }

  private text(t: string): void {
    if (this.current?.kind === 'text') this.sink.textDelta(this.current.index, JSON.stringify(t));
    else if (this.canSwitch()) this.sink.textDelta(this.open('text', TEXT_START), JSON.stringify(t));
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
        this.open('tool', { type: 'tool_use', id: tool.id, name: tool.name }, tool);
      } else {
        this.deferred.push({ kind: 'tool', tool });
      }
    }
    const args = str(fn.arguments);
    if (!args) return;
    if (tool.state === 'closed') {
      // Its block was stopped because the arguments were a complete object: only blanks may follow.
      if (args.trim() !== '') this.sink.error({ status: 0, type: 'api_error', message: `The openai upstream sent arguments for tool call ${key} after the call was complete.` });
      return;
    }
    tool.args += args;
    if (tool.state === 'live' && this.current?.tool === tool) this.sink.inputDelta(this.current.index, args);
  }

  private finish(): void {
    if (!this.messageStarted) this.start('');
    this.flush();
    this.sink.messageDelta(decodeFinishReason(this.finishReason, this.sawToolCalls, this.sawRefusal));
    this.sink.messageStop();
  }
}

// ---------------------------------------------------------------------------------------------
// Stream: encode (IR sink → OpenAI chunks)
// ---------------------------------------------------------------------------------------------

type EncKind = 'text' | 'tool' | 'thinking' | 'ignored';

interface EncBlock {
  kind: EncKind;
  /** OpenAI tool_calls index (tool). */
  toolIndex: number;
  thinking: string;
  signature: string;
  /** Some argument fragment was emitted (tool). */
  argsSeen: boolean;
}

/**
 * IR stream → OpenAI `chat.completion.chunk` SSE (wire-formats §3.3):
 * - start → role chunk `{role:"assistant",content:""}`.
 * - text → `delta.content` (the IR's JSON literal copied as is); thinking →
 *   `delta.reasoning_content`; at a thinking block's end one `delta.thinking_blocks`
 *   entry with the COMPLETE block (text + signature); redacted thinking →
 *   `delta.thinking_blocks` at its start. Appending every streamed entry yields the list to replay.
 * - tool_use → `tool_calls` entry with index 0..n in order of appearance; id/type/name +
 *   `arguments:""` first, then fragments verbatim; a call without arguments gets "{}".
 * - opaque blocks and citations → nothing.
 * - messageStop → finish chunk, usage chunk (`choices:[]`, only with include_usage), `[DONE]`.
 * - error → `data: {"error":{message,type,param:null,code}}` and the stream ends WITHOUT
 *   `[DONE]` (the openai SDK throws an APIError on it); truncated → the same with code
 *   `upstream_stream_truncated`.
 */
class OpenAIStreamEncoder extends IrStreamEncoderBase implements IrStreamSink {
  private prefix = '';
  private head = '';
  private readonly created: number;
  private readonly includeUsage: boolean;
  private readonly blocks = new Map<number, EncBlock>();
  private toolCount = 0;
  private stopReason: IrStopReason | null = null;
  constructor(
    private readonly ctx: RequestContext,
    mapped: MappedRequest,
    private readonly upstreamLabel: string,
  ) {
    super();
    this.includeUsage = mapped.includeUsage;
    this.created = nowSeconds(ctx);
  }

  /** Writes one chunk whose delta is the given JSON. */
  private delta(deltaJson: string): void {
    this.out += this.prefix + deltaJson + (this.includeUsage ? ',"logprobs":null,"finish_reason":null}],"usage":null}\n\n' : ',"logprobs":null,"finish_reason":null}]}\n\n');
  }

  start(id: string): void {
    this.head = '{"id":' + JSON.stringify(id) + ',"object":"chat.completion.chunk","created":' + this.created + ',"model":' + JSON.stringify(this.ctx.alias);
    this.prefix = 'data: ' + this.head + ',"choices":[{"index":0,"delta":';
    this.delta('{"role":"assistant","content":""}');
  }

  blockStart(index: number, b: IrBlockStart): void {
    const state: EncBlock = { kind: 'ignored', toolIndex: -1, thinking: '', signature: '', argsSeen: false };
    switch (b.type) {
      case 'text':
        state.kind = 'text';
        if (b.text) this.delta('{"content":' + JSON.stringify(b.text) + '}');
        break;
      case 'tool_use':
        state.kind = 'tool';
        state.toolIndex = this.toolCount++;
        this.delta('{"tool_calls":[{"index":' + state.toolIndex + ',"id":' + JSON.stringify(b.id) + ',"type":"function","function":{"name":' + JSON.stringify(b.name) + ',"arguments":""}}]}');
        break;
      case 'thinking':
        state.kind = 'thinking';
        state.thinking = b.thinking;
        state.signature = b.signature;
        if (b.thinking) this.delta('{"reasoning_content":' + JSON.stringify(b.thinking) + '}');
        break;
      case 'redacted_thinking':
        this.delta('{"thinking_blocks":[' + JSON.stringify({ type: 'redacted_thinking', data: b.data }) + ']}');
        break;
      default:
        break; // opaque (server_tool_use, web_search_tool_result, …): executed upstream, not carried
    }
    this.blocks.set(index, state);
  }

  textDelta(index: number, literal: string): void {
    const b = this.blocks.get(index);
    if (b !== undefined && b.kind === 'text') this.delta('{"content":' + literal + '}');
  }

  thinkingDelta(index: number, text: string): void {
    const b = this.blocks.get(index);
    if (b !== undefined && b.kind === 'thinking') {
      b.thinking += text;
      this.delta('{"reasoning_content":' + JSON.stringify(text) + '}');
    }
  }

  signatureDelta(index: number, signature: string): void {
    const b = this.blocks.get(index);
    if (b !== undefined && b.kind === 'thinking') b.signature += signature;
  }

  inputDelta(index: number, partialJson: string): void {
    const b = this.blocks.get(index);
    if (b !== undefined && b.kind === 'tool') {
      b.argsSeen = true;
      this.delta('{"tool_calls":[{"index":' + b.toolIndex + ',"function":{"arguments":' + JSON.stringify(partialJson) + '}}]}');
    }
  }

  citationDelta(): void {
    // Citations have no Chat Completions equivalent.
  }

  blockStop(index: number): void {
    const b = this.blocks.get(index);
    if (b && b.kind === 'thinking') {
      this.delta('{"thinking_blocks":[' + JSON.stringify({ type: 'thinking', thinking: b.thinking, signature: b.signature }) + ']}');
    } else if (b && b.kind === 'tool' && !b.argsSeen) {
      // A tool call without arguments: "{}" so the accumulated arguments parse as JSON, as in the non-streaming response.
      this.delta('{"tool_calls":[{"index":' + b.toolIndex + ',"function":{"arguments":"{}"}}]}');
    }
  }

  messageDelta(stopReason: IrStopReason | null): void {
    if (stopReason !== null) this.stopReason = stopReason;
  }

  messageStop(): void {
    this.finished = true;
    const finish = encodeStopReason(this.stopReason);
    let out = this.prefix + '{},"logprobs":null,"finish_reason":"' + finish + (this.includeUsage ? '"}],"usage":null}\n\n' : '"}]}\n\n');
    if (this.includeUsage) out += 'data: ' + this.head + ',"choices":[],"usage":' + JSON.stringify(mapUsageToOpenAI(this.usage)) + '}\n\n';
    this.out += out + SSE_DONE;
  }

  error(err: IrError): void {
    this.finished = true;
    this.sawError = true;
    const { type, code } = openaiErrorType(err.type, 0);
    this.out += sseData(JSON.stringify({ error: { message: err.message, type, param: null, code } }));
  }

  truncated(): void {
    this.finished = true;
    this.out += sseData(
      JSON.stringify({ error: { message: `The ${this.upstreamLabel} upstream stream ended before the message was complete.`, type: 'server_error', param: null, code: 'upstream_stream_truncated' } }),
    );
  }
}

export const openaiChatMapper: FormatMapper = {
  format: FORMAT,
  label: 'openai',
  chatPath: '/chat/completions',
  decodeRequest: (body, losses) => decodeRequest(body, losses),
  encodeRequest,
  decodeResponse: (body, ctx) => decodeResponse(body, ctx),
  encodeResponse: (ir, ctx) => encodeResponse(ir, ctx),
  decodeError,
  encodeError,
  streamDecoder: (sink, ctx) => new OpenAIStreamDecoder(sink, ctx),
  streamEncoder: (ctx, mapped, upstreamLabel) => new OpenAIStreamEncoder(ctx, mapped, upstreamLabel),
};
