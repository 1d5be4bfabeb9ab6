/**
 * Transcoder: OpenAI Chat Completions ingress → Anthropic Messages upstream.
 *
 * Request  (OpenAI `POST /v1/chat/completions` body) → Anthropic `POST /v1/messages` body.
 * Response (Anthropic Message)                        → OpenAI `chat.completion`.
 * Stream   (Anthropic SSE events)                     → OpenAI `chat.completion.chunk` SSE + `[DONE]`.
 * Errors   (Anthropic error envelope)                  → OpenAI error envelope (status kept).
 *
 * Field-by-field coverage (what is mapped, rejected or dropped) is the
 * `openai → anthropic` row of specs/translation.ts; keep both in step.
 * References: Anthropic Messages API + streaming docs, OpenAI Chat Completions
 * API reference, and shared/reference/wire-formats.md §3.1–3.3.
 *
 * Non-standard OpenAI fields this pair understands (LiteLLM conventions):
 * - assistant `thinking_blocks: [{type:"thinking",thinking,signature} | {type:"redacted_thinking",data}]`
 *   — returned in responses/streams and replayed verbatim as Anthropic thinking
 *   blocks on the next turn (multi-turn extended thinking needs the signatures).
 *   Also accepted: assistant `reasoning_content` + `reasoning_signature` (one block).
 * - `cache_control` on content parts, tools and messages (kept as Anthropic `cache_control`).
 * - tool message `is_error: true` → tool_result `is_error`.
 * - top-level `thinking` and `top_k`, passed through as is.
 */
import { GatewayError } from '../errors.ts';
import { SSE_DONE, sseData } from '../sse/writer.ts';
import { emptyUsage } from '../usage.ts';
import {
  FieldPolicy,
  SseStreamTranscoder,
  anthropicUsageInto,
  invalid,
  isRecord,
  mapUsageToOpenAI,
  nowSeconds,
  str,
  type Json,
} from './common.ts';
import type { MappedError, MappedRequest, MappedResponse, RequestContext, Transcoder } from './types.ts';

/** Pinned upstream API version: under it `temperature`/`top_p`/`top_k` are valid (2026-10-21 rejects them). */
export const ANTHROPIC_VERSION = '2023-06-01';

/**
 * `reasoning_effort` → Anthropic `thinking.budget_tokens` (fixed buckets, LiteLLM style;
 * Anthropic's minimum budget is 1024). `none` disables thinking. The budget is
 * capped at `max_tokens − 1` (both APIs count reasoning inside the output limit);
 * below 1024 the request is rejected.
 */
export const REASONING_EFFORT_BUDGETS: Readonly<Record<string, number>> = {
  minimal: 1024,
  low: 2048,
  medium: 8192,
  high: 16384,
  xhigh: 32768,
  max: 65536,
};

/** Name of the forced tool that emulates `response_format` json_schema / json_object. */
export const SYNTHETIC_JSON_TOOL = 'json_response';

const UPSTREAM = 'anthropic';
const MIN_THINKING_BUDGET = 1024;

/** Fields this transcoder maps (exported for the TRANSLATIONS consistency test). */
export const MAPPED_FIELDS: ReadonlySet<string> = new Set([
  'model', 'messages', 'max_tokens', 'max_completion_tokens', 'temperature', 'top_p', 'top_k', 'stop', 'stream',
  'stream_options', 'tools', 'tool_choice', 'parallel_tool_calls', 'user', 'safety_identifier', 'reasoning_effort',
  'thinking', 'response_format',
]);

/**
 * OpenAI prompt-caching hints with no Anthropic request equivalent (Anthropic caches
 * only at explicit breakpoints, which are carried): always dropped and reported.
 */
export const CACHE_HINT_FIELDS: ReadonlySet<string> = new Set(['prompt_cache_key', 'prompt_cache_retention', 'prompt_cache_options']);

/**
 * Fields with no Anthropic equivalent, accepted only when their value is the
 * OpenAI default (then they change nothing and are omitted). Any other field
 * not in MAPPED_FIELDS is unsupported too.
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
 * OpenAI `tool_choice` → Anthropic `tool_choice` (Anthropic "tool use" docs; OpenAI
 * Chat reference): auto→auto, none→none, required→any, {function:{name}}→{tool,name}.
 * `parallel_tool_calls: false` → `disable_parallel_tool_use: true` (created on an
 * `auto` choice when none was given; not applicable to `none`).
 * Returns undefined when nothing is to be sent.
 */
export function mapToolChoice(choice: unknown, parallelToolCalls: unknown): Json | undefined {
  let out: Json | undefined;
  if (choice === 'auto') out = { type: 'auto' };
  else if (choice === 'none') out = { type: 'none' };
  else if (choice === 'required') out = { type: 'any' };
  else if (isRecord(choice) && choice.type === 'function' && isRecord(choice.function) && typeof choice.function.name === 'string') {
    out = { type: 'tool', name: choice.function.name };
  } else if (choice != null) {
    throw invalid('tool_choice', 'This `tool_choice` value cannot be translated for the anthropic upstream (supported: auto, none, required, {type:"function",function:{name}}).');
  }
  if (parallelToolCalls === false) {
    if (out === undefined) out = { type: 'auto' };
    if (out.type !== 'none') out.disable_parallel_tool_use = true;
  }
  return out;
}

/**
 * Anthropic `stop_reason` → OpenAI `finish_reason` (Anthropic `types/stop_reason.py`;
 * OpenAI chat object reference): end_turn/stop_sequence/pause_turn→stop,
 * max_tokens/model_context_window_exceeded→length, tool_use→tool_calls,
 * refusal→content_filter; unknown or null → stop.
 */
export function mapStopReason(reason: unknown): string {
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

/** Anthropic error type → OpenAI error `type`/`code` (closed set of runtime/errors.ts, plus billing). */
export function mapAnthropicErrorType(type: unknown, status: number): { type: string; code: string | null } {
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
 * Anthropic error body + status → OpenAI error envelope `{error:{message,type,param,code}}`
 * (Anthropic errors doc; OpenAI error-codes guide). The HTTP status is kept.
 */
export function mapError(status: number, body: unknown): MappedError {
  const err = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  const message = (err && str(err.message)) || `The anthropic upstream returned HTTP ${status}.`;
  const { type, code } = mapAnthropicErrorType(err?.type, status);
  return { status, body: { error: { message, type, param: null, code } } };
}

// ---------------------------------------------------------------------------------------------
// Request
// ---------------------------------------------------------------------------------------------

/** `data:<media>;base64,<data>` → parts, or undefined. */
function parseDataUrl(url: string): { mediaType: string; data: string } | undefined {
  const m = /^data:([^;,]+)((?:;[^;,]*)*);base64,/.exec(url);
  if (!m || m[1] === undefined) return undefined;
  return { mediaType: m[1].toLowerCase(), data: url.slice(m[0].length) };
}

/**
 * Cache breakpoints on a part → Anthropic `cache_control`: a non-standard
 * `cache_control` is kept as is; OpenAI's `prompt_cache_breakpoint: {mode:"explicit", ttl?}`
 * (explicit prompt caching) becomes `{type:"ephemeral"}`, with `ttl:"1h"` when a ttl
 * is given (Anthropic offers 5m and 1h; 1h is the closest to OpenAI's 30m/12h minimums).
 */
export function mapCacheControl(from: Json): unknown {
  if (from.cache_control != null) return from.cache_control;
  const bp = from.prompt_cache_breakpoint;
  if (isRecord(bp)) return bp.ttl != null ? { type: 'ephemeral', ttl: '1h' } : { type: 'ephemeral' };
  return undefined;
}

function withCacheControl(block: Json, from: Json): Json {
  const cc = mapCacheControl(from);
  if (cc !== undefined) block.cache_control = cc;
  return block;
}

/**
 * OpenAI `image_url` → Anthropic `image` (base64 or url source), or `document`
 * for PDFs (`data:application/pdf` or an http(s) URL ending in `.pdf`).
 * `detail` has no Anthropic equivalent and is ignored.
 */
export function mapImageUrl(url: string, param: string): Json {
  if (url.startsWith('data:')) {
    const d = parseDataUrl(url);
    if (!d) throw invalid(param, 'Only base64 data URLs can be sent to the anthropic upstream.');
    if (d.mediaType === 'application/pdf') return { type: 'document', source: { type: 'base64', media_type: d.mediaType, data: d.data } };
    return { type: 'image', source: { type: 'base64', media_type: d.mediaType, data: d.data } };
  }
  if (/^https?:\/\//i.test(url)) {
    const path = url.split(/[?#]/, 1)[0] ?? url;
    if (/\.pdf$/i.test(path)) return { type: 'document', source: { type: 'url', url } };
    return { type: 'image', source: { type: 'url', url } };
  }
  throw invalid(param, 'Image URLs must be http(s) or base64 data URLs for the anthropic upstream.');
}

/** OpenAI `file` part → Anthropic `document` (PDF base64, or plain text). `file_id` cannot be carried. */
function mapFilePart(part: Json, param: string): Json {
  const file = isRecord(part.file) ? part.file : {};
  const fileData = str(file.file_data);
  if (fileData === undefined) {
    throw invalid(param, '`file_id` refers to an OpenAI-stored file and cannot be sent to the anthropic upstream; send `file_data` instead.');
  }
  let d = parseDataUrl(fileData);
  // Some clients send bare base64 with a filename; treat as PDF when the name says so.
  if (!d && typeof file.filename === 'string' && /\.pdf$/i.test(file.filename)) d = { mediaType: 'application/pdf', data: fileData };
  if (!d) throw invalid(param, '`file_data` must be a base64 data URL.');
  const block: Json =
    d.mediaType === 'application/pdf'
      ? { type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: d.data } }
      : d.mediaType === 'text/plain'
        ? { type: 'document', source: { type: 'text', media_type: 'text/plain', data: Buffer.from(d.data, 'base64').toString('utf8') } }
        : (() => {
            throw invalid(param, `File type ${d.mediaType} is not supported by the anthropic upstream (PDF and text/plain are).`);
          })();
  if (typeof file.filename === 'string') block.title = file.filename;
  return block;
}

/** One OpenAI user/tool content part → Anthropic block. Content can never be dropped, so failures are 400s. */
function mapUserPart(part: unknown, param: string): Json | undefined {
  if (!isRecord(part)) throw invalid(param, 'Content parts must be objects.');
  switch (part.type) {
    case 'text': {
      const text = str(part.text) ?? '';
      if (text === '') return undefined; // Anthropic rejects empty text blocks
      return withCacheControl({ type: 'text', text }, part);
    }
    case 'image_url': {
      const iu = part.image_url;
      const url = typeof iu === 'string' ? iu : isRecord(iu) ? str(iu.url) : undefined;
      if (url === undefined) throw invalid(`${param}.image_url`, '`image_url.url` is required.');
      return withCacheControl(mapImageUrl(url, `${param}.image_url`), part);
    }
    case 'file':
      return withCacheControl(mapFilePart(part, `${param}.file`), part);
    default:
      throw invalid(`${param}.type`, `Content part type \`${String(part.type)}\` is not supported by the anthropic upstream.`);
  }
}

function mapUserContent(content: unknown, param: string): Json[] {
  if (typeof content === 'string') return content === '' ? [] : [{ type: 'text', text: content }];
  if (!Array.isArray(content)) return [];
  const out: Json[] = [];
  content.forEach((p, j) => {
    const b = mapUserPart(p, `${param}[${j}]`);
    if (b) out.push(b);
  });
  return out;
}

/** Thinking blocks to replay from an assistant message (`thinking_blocks`, else `reasoning_content` + `reasoning_signature`). */
function replayThinking(m: Json, param: string): Json[] {
  const out: Json[] = [];
  if (Array.isArray(m.thinking_blocks)) {
    m.thinking_blocks.forEach((b, k) => {
      if (!isRecord(b)) throw invalid(`${param}.thinking_blocks[${k}]`, 'Thinking blocks must be objects.');
      if (b.type === 'thinking') {
        // Replayed verbatim: Anthropic verifies the signature against the exact text.
        out.push({ type: 'thinking', thinking: str(b.thinking) ?? '', signature: str(b.signature) ?? '' });
      } else if (b.type === 'redacted_thinking') {
        out.push({ type: 'redacted_thinking', data: str(b.data) ?? '' });
      } else {
        throw invalid(`${param}.thinking_blocks[${k}].type`, 'Thinking block type must be `thinking` or `redacted_thinking`.');
      }
    });
    return out;
  }
  // Unsigned reasoning_content cannot be replayed (Anthropic would reject it) and is omitted, as OpenAI ignores it.
  if (typeof m.reasoning_content === 'string' && typeof m.reasoning_signature === 'string' && m.reasoning_signature !== '') {
    out.push({ type: 'thinking', thinking: m.reasoning_content, signature: m.reasoning_signature });
  }
  return out;
}

function mapAssistant(m: Json, param: string): Json[] {
  const blocks = replayThinking(m, param);
  const c = m.content;
  if (typeof c === 'string') {
    if (c !== '') blocks.push({ type: 'text', text: c });
  } else if (Array.isArray(c)) {
    c.forEach((p, j) => {
      if (!isRecord(p)) throw invalid(`${param}.content[${j}]`, 'Content parts must be objects.');
      const text = p.type === 'text' ? str(p.text) : p.type === 'refusal' ? str(p.refusal) : undefined;
      if (text === undefined) throw invalid(`${param}.content[${j}].type`, 'Assistant content parts must be `text` or `refusal`.');
      if (text !== '') blocks.push(withCacheControl({ type: 'text', text }, p));
    });
  }
  if (m.function_call != null) throw invalid(`${param}.function_call`, 'Legacy `function_call` messages are not supported; use `tool_calls`.');
  if (m.audio != null) throw invalid(`${param}.audio`, 'Assistant `audio` is not supported by the anthropic upstream.');
  if (Array.isArray(m.tool_calls)) {
    m.tool_calls.forEach((tc, k) => {
      const p = `${param}.tool_calls[${k}]`;
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
      blocks.push({ type: 'tool_use', id: str(tc.id) ?? `toolu_${k}`, name: str(tc.function.name) ?? '', input });
    });
  }
  return blocks;
}

function mapToolMessage(m: Json, param: string): Json {
  const block: Json = { type: 'tool_result', tool_use_id: str(m.tool_call_id) ?? '' };
  if (typeof m.content === 'string') block.content = m.content;
  else if (Array.isArray(m.content)) block.content = mapUserContent(m.content, `${param}.content`);
  else block.content = '';
  if (m.is_error === true) block.is_error = true;
  return block;
}

/**
 * OpenAI `messages` → Anthropic `system` + `messages`: system/developer messages
 * hoisted (any position, in order) to `system` text blocks; `tool` messages
 * become user `tool_result` blocks; consecutive same-role turns are merged;
 * message-level `cache_control` goes onto the message's last block; trailing
 * whitespace of a final assistant (prefill) text is trimmed (Anthropic 400s on it).
 */
export function mapMessages(messages: unknown): { system: Json[]; messages: Json[] } {
  if (!Array.isArray(messages)) throw invalid('messages', '`messages` must be an array.');
  const system: Json[] = [];
  const out: Json[] = [];
  messages.forEach((m, i) => {
    const param = `messages[${i}]`;
    if (!isRecord(m)) throw invalid(param, 'Messages must be objects.');
    let role: 'user' | 'assistant';
    let blocks: Json[];
    switch (m.role) {
      case 'system':
      case 'developer': {
        const sys = mapUserContent(m.content, `${param}.content`);
        for (const b of sys) {
          if (b.type !== 'text') throw invalid(`${param}.content`, 'System messages may only contain text.');
          system.push(b);
        }
        const mcc = mapCacheControl(m);
        if (mcc !== undefined && sys.length > 0) (system[system.length - 1] as Json).cache_control = mcc;
        return;
      }
      case 'user':
        role = 'user';
        blocks = mapUserContent(m.content, `${param}.content`);
        break;
      case 'assistant':
        role = 'assistant';
        blocks = mapAssistant(m, param);
        break;
      case 'tool':
        role = 'user';
        blocks = [mapToolMessage(m, param)];
        break;
      default:
        throw invalid(`${param}.role`, `Message role \`${String(m.role)}\` is not supported by the anthropic upstream.`);
    }
    if (blocks.length === 0) return;
    const mcc = mapCacheControl(m);
    if (mcc !== undefined) (blocks[blocks.length - 1] as Json).cache_control = mcc;
    const prev = out[out.length - 1];
    if (prev && prev.role === role) (prev.content as Json[]).push(...blocks);
    else out.push({ role, content: blocks });
  });
  const last = out[out.length - 1];
  if (last && last.role === 'assistant') {
    const content = last.content as Json[];
    const tail = content[content.length - 1];
    if (tail && tail.type === 'text' && typeof tail.text === 'string') {
      const trimmed = tail.text.replace(/\s+$/, '');
      if (trimmed === '') content.pop();
      else tail.text = trimmed;
      if (content.length === 0) out.pop();
    }
  }
  return { system, messages: out };
}

/** OpenAI `tools` → Anthropic custom tools `{name,description,input_schema,strict?,cache_control?}`. */
export function mapTools(tools: unknown, pol: FieldPolicy): Json[] {
  if (!Array.isArray(tools)) return [];
  const out: Json[] = [];
  tools.forEach((t, i) => {
    if (!isRecord(t) || t.type !== 'function' || !isRecord(t.function)) {
      pol.unsupported(`tools[${i}]`, 'only `function` tools can be translated');
      return;
    }
    const f = t.function;
    const tool: Json = { name: str(f.name) ?? '' };
    if (typeof f.description === 'string') tool.description = f.description;
    tool.input_schema = isRecord(f.parameters) ? f.parameters : { type: 'object', properties: {} };
    if (typeof f.strict === 'boolean') tool.strict = f.strict;
    const cc = mapCacheControl(t) ?? mapCacheControl(f);
    if (cc !== undefined) tool.cache_control = cc;
    out.push(tool);
  });
  return out;
}

/**
 * The token limit and thinking config: `max_completion_tokens` ?? `max_tokens` ??
 * ctx.defaultMaxTokens; `thinking` passed as is, else `reasoning_effort` → budget
 * (see REASONING_EFFORT_BUDGETS).
 */
function mapLimits(body: Json, ctx: RequestContext): { maxTokens: number; thinking: unknown } {
  const callerMaxField = body.max_completion_tokens != null ? 'max_completion_tokens' : body.max_tokens != null ? 'max_tokens' : null;
  const callerMax = callerMaxField ? body[callerMaxField] : undefined;
  if (callerMax !== undefined && (typeof callerMax !== 'number' || !Number.isInteger(callerMax) || callerMax < 1)) {
    throw invalid(callerMaxField as string, `\`${callerMaxField}\` must be a positive integer.`);
  }
  const maxTokens = (callerMax as number | undefined) ?? ctx.defaultMaxTokens;
  if (body.thinking != null) return { maxTokens, thinking: body.thinking };
  const effort = body.reasoning_effort;
  if (effort == null || effort === 'none') return { maxTokens, thinking: undefined };
  const bucket = typeof effort === 'string' ? REASONING_EFFORT_BUDGETS[effort] : undefined;
  if (bucket === undefined) throw invalid('reasoning_effort', `\`reasoning_effort\` ${JSON.stringify(effort)} cannot be translated for the anthropic upstream.`);
  const budget = Math.min(bucket, maxTokens - 1);
  if (budget < MIN_THINKING_BUDGET) {
    throw invalid(
      callerMaxField ?? 'reasoning_effort',
      `\`reasoning_effort\` needs an output limit above ${MIN_THINKING_BUDGET} tokens on the anthropic upstream (thinking budget minimum); raise \`${callerMaxField ?? 'max_completion_tokens'}\`.`,
    );
  }
  return { maxTokens, thinking: { type: 'enabled', budget_tokens: budget } };
}

/**
 * `response_format` → a forced synthetic tool (SYNTHETIC_JSON_TOOL) whose
 * input_schema is the JSON schema (`json_object`: any object). Its tool_use input
 * is returned as message content with finish_reason `stop`. Not combinable with
 * caller tools or thinking (forced tool use is incompatible with extended thinking).
 */
function mapResponseFormat(rf: unknown, hasTools: boolean, hasThinking: boolean, pol: FieldPolicy): Json | undefined {
  if (rf == null || (isRecord(rf) && rf.type === 'text')) return undefined;
  if (!isRecord(rf) || (rf.type !== 'json_object' && rf.type !== 'json_schema')) {
    pol.unsupported('response_format', 'unknown type');
    return undefined;
  }
  if (hasTools || hasThinking) {
    pol.unsupported('response_format', hasTools ? 'cannot be combined with `tools`' : 'cannot be combined with reasoning');
    return undefined;
  }
  let schema: Json = { type: 'object' };
  let description = 'Respond with the final answer as a JSON object passed as this tool\'s input.';
  if (rf.type === 'json_schema') {
    const js = isRecord(rf.json_schema) ? rf.json_schema : {};
    if (isRecord(js.schema)) schema = js.schema;
    if (typeof js.description === 'string') description += ' ' + js.description;
    if (schema.type !== 'object') {
      pol.unsupported('response_format', 'the schema\'s top-level type must be `object`');
      return undefined;
    }
  }
  return { name: SYNTHETIC_JSON_TOOL, description, input_schema: schema };
}

export function mapRequest(body: Record<string, unknown>, ctx: RequestContext): MappedRequest {
  const pol = new FieldPolicy(ctx.unsupportedParams, UPSTREAM);
  for (const key of Object.keys(body)) {
    if (MAPPED_FIELDS.has(key)) continue;
    if (CACHE_HINT_FIELDS.has(key)) {
      if (body[key] != null) pol.note(key);
      continue;
    }
    const ok = Object.hasOwn(ACCEPTED_IF_DEFAULT, key) ? ACCEPTED_IF_DEFAULT[key] : undefined; // own keys only: `__proto__`, `constructor` are caller fields
    if (ok && ok(body[key])) continue;
    pol.unsupported(key);
  }
  const { system, messages } = mapMessages(body.messages);
  const out: Json = { model: ctx.upstreamModel };
  if (system.length > 0) out.system = system;
  out.messages = messages;
  const { maxTokens, thinking } = mapLimits(body, ctx);
  out.max_tokens = maxTokens;
  if (thinking !== undefined) out.thinking = thinking;
  if (body.temperature != null) out.temperature = body.temperature;
  if (body.top_p != null) out.top_p = body.top_p;
  if (body.top_k != null) out.top_k = body.top_k;
  if (typeof body.stop === 'string') out.stop_sequences = [body.stop];
  else if (Array.isArray(body.stop) && body.stop.length > 0) out.stop_sequences = body.stop;
  const userId = str(body.safety_identifier) ?? str(body.user);
  if (userId !== undefined) out.metadata = { user_id: userId };

  const tools = mapTools(body.tools, pol);
  const jsonTool = mapResponseFormat(body.response_format, tools.length > 0, thinking !== undefined, pol);
  if (jsonTool) {
    out.tools = [jsonTool];
    out.tool_choice = { type: 'tool', name: SYNTHETIC_JSON_TOOL };
  } else if (tools.length > 0) {
    out.tools = tools;
    const tc = mapToolChoice(body.tool_choice, body.parallel_tool_calls);
    if (tc) out.tool_choice = tc;
  } else {
    // No tools: tool_choice / parallel_tool_calls have nothing to act on; validate and omit.
    mapToolChoice(body.tool_choice, body.parallel_tool_calls);
  }

  const stream = body.stream === true;
  if (stream) out.stream = true;
  const so = body.stream_options;
  const includeUsage = stream && isRecord(so) && so.include_usage === true;
  return {
    body: out,
    headers: { 'anthropic-version': ANTHROPIC_VERSION },
    dropped: pol.dropped,
    stream,
    includeUsage,
    syntheticJsonTool: jsonTool ? SYNTHETIC_JSON_TOOL : null,
  };
}

// ---------------------------------------------------------------------------------------------
// Response
// ---------------------------------------------------------------------------------------------

/** Anthropic Message → OpenAI chat.completion (wire-formats §3.2). Server-tool blocks and citations are not carried. */
export function mapResponse(body: unknown, ctx: RequestContext, mapped: MappedRequest): MappedResponse {
  if (!isRecord(body) || !Array.isArray(body.content)) {
    throw new GatewayError('upstream_unavailable', 'The anthropic upstream returned a body that is not a Messages response.');
  }
  let text = '';
  let hasText = false;
  let reasoning = '';
  let jsonMode = false;
  const thinkingBlocks: Json[] = [];
  const toolCalls: Json[] = [];
  for (const b of body.content) {
    if (!isRecord(b)) continue;
    switch (b.type) {
      case 'text':
        text += str(b.text) ?? '';
        hasText = true;
        break;
      case 'thinking':
        reasoning += str(b.thinking) ?? '';
        thinkingBlocks.push({ type: 'thinking', thinking: str(b.thinking) ?? '', signature: str(b.signature) ?? '' });
        break;
      case 'redacted_thinking':
        thinkingBlocks.push({ type: 'redacted_thinking', data: str(b.data) ?? '' });
        break;
      case 'tool_use':
        if (mapped.syntheticJsonTool !== null && b.name === mapped.syntheticJsonTool) {
          text += JSON.stringify(b.input ?? {});
          hasText = true;
          jsonMode = true;
        } else {
          toolCalls.push({ id: str(b.id) ?? '', type: 'function', function: { name: str(b.name) ?? '', arguments: JSON.stringify(b.input ?? {}) } });
        }
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
  const finish = jsonMode && body.stop_reason === 'tool_use' ? 'stop' : mapStopReason(body.stop_reason);
  const usage = anthropicUsageInto(emptyUsage(), body.usage);
  return {
    body: {
      id: str(body.id) ?? '',
      object: 'chat.completion',
      created: nowSeconds(ctx),
      model: ctx.alias,
      choices: [{ index: 0, message, logprobs: null, finish_reason: finish }],
      usage: mapUsageToOpenAI(usage),
    },
    usage,
  };
}

// ---------------------------------------------------------------------------------------------
// Stream
// ---------------------------------------------------------------------------------------------

type Kind = 'text' | 'tool' | 'thinking' | 'json' | 'ignored';

interface BlockState {
  kind: Kind;
  /** OpenAI tool_calls index (Tool). */
  toolIndex: number;
  thinking: string;
  signature: string;
  /** Some argument fragment was emitted (Tool). */
  argsSeen?: boolean;
}

/**
 * Anthropic SSE → OpenAI chunks (wire-formats §3.3):
 * - message_start → role chunk `{role:"assistant",content:""}`; usage remembered.
 * - text_delta → `delta.content`; thinking_delta → `delta.reasoning_content`.
 * - thinking block end → one `delta.thinking_blocks:[{type:"thinking",thinking,signature}]`
 *   entry holding the COMPLETE block (signature_delta is carried this way);
 *   redacted_thinking → `delta.thinking_blocks:[{type:"redacted_thinking",data}]`.
 *   Appending every streamed `thinking_blocks` entry yields the list to replay.
 * - tool_use → `tool_calls` entry with index 0..n in order of appearance (not the
 *   Anthropic block index); id/type/name + `arguments:""` on the first fragment,
 *   then `partial_json` fragments verbatim; empty fragments are skipped.
 * - synthetic JSON tool → its partial_json streams as `delta.content`.
 * - ping, content_block_stop, citations_delta, server-tool blocks, unknown events → nothing.
 * - message_delta → stop reason + cumulative usage (replace, never add);
 *   message_stop → finish chunk, usage chunk (`choices:[]`, only with include_usage), `[DONE]`.
 * - `event: error` → `data: {"error":{message,type,param:null,code}}` and the stream
 *   ends WITHOUT `[DONE]`: the openai SDK throws an APIError on a data event carrying
 *   `error` (core/streaming `fromSSEResponse`), other clients see no completion sentinel.
 * - EOF without message_stop → the same error event (code `upstream_stream_truncated`).
 */
const TEXT_DELTA_HEAD = '{"type":"content_block_delta","index":';
const TEXT_DELTA_MID = ',"delta":{"type":"text_delta","text":';

/**
 * End (index past the closing quote) of the JSON string literal starting at
 * `s[start]`, or -1 when there is none or it is not valid JSON (RFC 8259 §7:
 * no raw control characters, only the defined escapes).
 */
function jsonStringEnd(s: string, start: number): number {
  if (s.charCodeAt(start) !== 0x22) return -1;
  const n = s.length;
  for (let i = start + 1; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) return -1;
    if (c === 0x5c) {
      const e = s.charCodeAt(++i);
      if (e === 0x75) {
        for (let k = 0; k < 4; k++) {
          const h = s.charCodeAt(++i);
          if (!((h >= 0x30 && h <= 0x39) || (h >= 0x41 && h <= 0x46) || (h >= 0x61 && h <= 0x66))) return -1;
        }
      } else if (e !== 0x22 && e !== 0x5c && e !== 0x2f && e !== 0x62 && e !== 0x66 && e !== 0x6e && e !== 0x72 && e !== 0x74) return -1;
    }
  }
  return -1;
}

export class AnthropicToOpenAIStream extends SseStreamTranscoder {
  private readonly ctx: RequestContext;
  private readonly includeUsage: boolean;
  private readonly jsonTool: string | null;
  private prefix = '';
  private head = '';
  private readonly created: number;
  private readonly blocks = new Map<number, BlockState>();
  private toolCount = 0;
  private stopReason: unknown = null;
  private messageStarted = false;
  constructor(ctx: RequestContext, mapped: MappedRequest) {
    super();
    this.ctx = ctx;
    this.includeUsage = mapped.includeUsage;
    this.jsonTool = mapped.syntheticJsonTool;
    this.created = nowSeconds(ctx);
  }

  /** EOF without message_stop: an OpenAI error data event (code upstream_stream_truncated), no [DONE]. */
  protected endWithoutTerminal(): void {
    this.finishedFlag = true;
    this.out += sseData(
      JSON.stringify({ error: { message: 'The anthropic upstream stream ended before the message was complete.', type: 'server_error', param: null, code: 'upstream_stream_truncated' } }),
    );
  }

  private start(id: string): void {
    this.messageStarted = true;
    this.head = '{"id":' + JSON.stringify(id) + ',"object":"chat.completion.chunk","created":' + this.created + ',"model":' + JSON.stringify(this.ctx.alias);
    this.prefix = 'data: ' + this.head + ',"choices":[{"index":0,"delta":';
    this.delta('{"role":"assistant","content":""}');
  }

  /** Writes one chunk whose delta is the given JSON. */
  private delta(deltaJson: string): void {
    this.out += this.prefix + deltaJson + (this.includeUsage ? ',"logprobs":null,"finish_reason":null}],"usage":null}\n\n' : ',"logprobs":null,"finish_reason":null}]}\n\n');
  }

  protected onEvent(event: string | undefined, data: string): void {
    if (this.finishedFlag || event === 'ping') return;
    if (event === 'content_block_delta' && this.messageStarted && this.textDeltaFast(data)) return;
    let ev: unknown;
    try {
      ev = JSON.parse(data);
    } catch {
      this.fail({ type: 'api_error', message: 'The anthropic upstream sent a malformed stream event.' });
      return;
    }
    if (!isRecord(ev)) return;
    const type = typeof ev.type === 'string' ? ev.type : event;
    if (type === 'error' || event === 'error') {
      this.fail(isRecord(ev.error) ? ev.error : {});
      return;
    }
    if (!this.messageStarted && (type === 'content_block_start' || type === 'content_block_delta' || type === 'message_delta' || type === 'message_stop')) {
      this.start(''); // protocol violation (no message_start): still produce a well-formed OpenAI stream
    }
    switch (type) {
      case 'message_start': {
        if (this.messageStarted) return; // a duplicate message_start is ignored (never double counted)
        const msg = isRecord(ev.message) ? ev.message : {};
        anthropicUsageInto(this.usageState, msg.usage);
        this.start(str(msg.id) ?? '');
        return;
      }
      case 'content_block_start':
        this.blockStart(ev);
        return;
      case 'content_block_delta':
        this.blockDelta(ev);
        return;
      case 'content_block_stop': {
        const b = this.blocks.get(typeof ev.index === 'number' ? ev.index : -1);
        if (b && b.kind === 'thinking') {
          this.delta('{"thinking_blocks":[' + JSON.stringify({ type: 'thinking', thinking: b.thinking, signature: b.signature }) + ']}');
        } else if (b && b.kind === 'tool' && !b.argsSeen) {
          // A tool call without arguments: send "{}" so the accumulated arguments parse as JSON,
          // as in the non-streaming response (JSON.stringify of input {}).
          this.delta('{"tool_calls":[{"index":' + b.toolIndex + ',"function":{"arguments":"{}"}}]}');
        }
        return;
      }
      case 'message_delta': {
        const d = isRecord(ev.delta) ? ev.delta : {};
        if (d.stop_reason != null) this.stopReason = d.stop_reason;
        anthropicUsageInto(this.usageState, ev.usage);
        return;
      }
      case 'message_stop':
        this.finish();
        return;
      default:
        return; // ping and unknown event types
    }
  }

  /**
   * Fast path for the bulk of a stream (performance, issue 6): a text delta in
   * Anthropic's exact wire shape
   * `{"type":"content_block_delta","index":N,"delta":{"type":"text_delta","text":"…"}}`
   * is mapped without JSON.parse / JSON.stringify: the text's JSON string
   * literal (validated) is copied into the OpenAI chunk as is. Same outcome as
   * `blockDelta` (the literal may keep escapes the slow path would normalise,
   * e.g. `\u00e9` instead of `é`: the same string once parsed).
   * @returns false when `data` is in any other shape (the caller takes the slow path)
   */
  private textDeltaFast(data: string): boolean {
    if (!data.startsWith(TEXT_DELTA_HEAD)) return false;
    let i = TEXT_DELTA_HEAD.length;
    const digits = i;
    let index = 0;
    for (let c = data.charCodeAt(i); c >= 0x30 && c <= 0x39 && i - digits < 9; c = data.charCodeAt(++i)) index = index * 10 + c - 0x30;
    if (i === digits || (i - digits > 1 && data.charCodeAt(digits) === 0x30) || !data.startsWith(TEXT_DELTA_MID, i)) return false;
    const lit = i + TEXT_DELTA_MID.length;
    const litEnd = jsonStringEnd(data, lit);
    if (litEnd !== data.length - 2 || data.charCodeAt(litEnd) !== 0x7d || data.charCodeAt(litEnd + 1) !== 0x7d) return false;
    const b = this.blocks.get(index);
    if (b && b.kind === 'text' && litEnd - lit > 2) this.delta('{"content":' + data.slice(lit, litEnd) + '}');
    return true;
  }

  private blockStart(ev: Json): void {
    const index = typeof ev.index === 'number' ? ev.index : -1;
    const cb = isRecord(ev.content_block) ? ev.content_block : {};
    const state: BlockState = { kind: 'ignored', toolIndex: -1, thinking: '', signature: '' };
    switch (cb.type) {
      case 'text': {
        state.kind = 'text';
        const t = str(cb.text);
        if (t) this.delta('{"content":' + JSON.stringify(t) + '}');
        break;
      }
      case 'tool_use':
        if (this.jsonTool !== null && cb.name === this.jsonTool) {
          state.kind = 'json';
        } else {
          state.kind = 'tool';
          state.toolIndex = this.toolCount++;
          this.delta(
            '{"tool_calls":[{"index":' + state.toolIndex + ',"id":' + JSON.stringify(str(cb.id) ?? '') + ',"type":"function","function":{"name":' + JSON.stringify(str(cb.name) ?? '') + ',"arguments":""}}]}',
          );
        }
        break;
      case 'thinking':
        state.kind = 'thinking';
        state.thinking = str(cb.thinking) ?? '';
        state.signature = str(cb.signature) ?? '';
        if (state.thinking) this.delta('{"reasoning_content":' + JSON.stringify(state.thinking) + '}');
        break;
      case 'redacted_thinking':
        this.delta('{"thinking_blocks":[' + JSON.stringify({ type: 'redacted_thinking', data: str(cb.data) ?? '' }) + ']}');
        break;
      default:
        break; // server_tool_use, web_search_tool_result, …: executed upstream, not carried
    }
    this.blocks.set(index, state);
  }

  private blockDelta(ev: Json): void {
    const b = this.blocks.get(typeof ev.index === 'number' ? ev.index : -1);
    const d = ev.delta;
    if (!b || !isRecord(d)) return;
    switch (d.type) {
      case 'text_delta': {
        const t = str(d.text);
        if (t && b.kind === 'text') this.delta('{"content":' + JSON.stringify(t) + '}');
        return;
      }
      case 'input_json_delta': {
        const p = str(d.partial_json);
        if (!p) return; // empty fragments (Anthropic's usual first one) are skipped
        if (b.kind === 'tool') {
          b.argsSeen = true;
          this.delta('{"tool_calls":[{"index":' + b.toolIndex + ',"function":{"arguments":' + JSON.stringify(p) + '}}]}');
        }
        else if (b.kind === 'json') this.delta('{"content":' + JSON.stringify(p) + '}');
        return;
      }
      case 'thinking_delta': {
        const t = str(d.thinking);
        if (t && b.kind === 'thinking') {
          b.thinking += t;
          this.delta('{"reasoning_content":' + JSON.stringify(t) + '}');
        }
        return;
      }
      case 'signature_delta':
        if (b.kind === 'thinking') b.signature += str(d.signature) ?? '';
        return;
      default:
        return; // citations_delta and unknown deltas
    }
  }

  private finish(): void {
    this.finishedFlag = true;
    let finish = mapStopReason(this.stopReason);
    if (this.jsonTool !== null && this.stopReason === 'tool_use' && this.toolCount === 0) finish = 'stop';
    this.out +=
      this.prefix + '{},"logprobs":null,"finish_reason":"' + finish + (this.includeUsage ? '"}],"usage":null}\n\n' : '"}]}\n\n');
    if (this.includeUsage) {
      this.out += 'data: ' + this.head + ',"choices":[],"usage":' + JSON.stringify(mapUsageToOpenAI(this.usageState)) + '}\n\n';
    }
    this.out += SSE_DONE;
  }

  /** Upstream error event → OpenAI error data event; the stream ends here (no [DONE]). */
  private fail(err: Json): void {
    this.finishedFlag = true;
    this.errorFlag = true;
    const { type, code } = mapAnthropicErrorType(err.type, 0);
    const message = str(err.message) || 'The anthropic upstream reported an error.';
    this.out += sseData(JSON.stringify({ error: { message, type, param: null, code } }));
  }
}

export const openaiChatToAnthropicMessages: Transcoder = {
  upstreamPath: '/v1/messages',
  mapRequest,
  mapResponse,
  mapError,
  createStream: (ctx, mapped) => new AnthropicToOpenAIStream(ctx, mapped),
};
