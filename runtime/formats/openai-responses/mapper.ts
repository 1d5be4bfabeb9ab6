/**
 * OpenAI Responses mapper: decodes `POST /v1/responses` requests, `response`
 * objects, error envelopes and Responses SSE streams into the translation IR
 * (runtime/translate/core.ts) and encodes the IR into them, both ways.
 *
 * References: OpenAI API reference "Responses" (create, the Response object,
 * streaming events) and the openai SDK's types (openai/resources/responses:
 * `ResponseCreateParams`, `ResponseInputItem`, `ResponseOutputItem`,
 * `ResponseStreamEvent`, `ResponseUsage`) and its strict stream accumulator
 * (openai/lib/responses/ResponseStream), which the tests parse our streams
 * with; the simulated upstream runtime/simulator/responses/ (wire facts of the
 * openai SDK, the Agents SDK and Codex CLI in its docblock). Field-by-field
 * coverage per format pair: specs/translation.ts.
 *
 * Reasoning: a Claude thinking block (text + signature) becomes a `reasoning`
 * output item whose summary is the thinking text and whose `encrypted_content`
 * is a sealed carrier of the exact block (./carrier.ts); replayed as input, the
 * carrier turns back into that block. Any other `encrypted_content` (OpenAI's
 * own, forged, altered, another key) is never turned into a thinking block and
 * never sent to a non-Responses upstream: the item is a named loss.
 *
 * Tools: function tools map as they are; Codex's custom (freeform) tools such
 * as `apply_patch` become functions of one string `input` (grammar in the
 * description) and their calls come back as `custom_tool_call`; `namespace`
 * tools are flattened and their calls come back with `namespace`. `web_search`
 * becomes Anthropic's server web search tool (a loss for other upstreams);
 * Codex's client-side `tool_search` is an advisory loss; other OpenAI-hosted
 * tools (code_interpreter, file_search, image_generation, mcp, local_shell, …)
 * have no equivalent in the other formats served: each is a loss naming
 * `tools[i]` (class in specs/translation.ts).
 *
 * Request → response state: the Response object echoes request fields and the
 * encoders need to know which tools were custom or namespaced. The decoder keeps
 * both per request in a WeakMap keyed by the RequestContext object, which the
 * pipeline passes to mapRequest, mapResponse and createStream alike (absent:
 * defaults are echoed and every call is a function_call).
 */
import { createHash, randomBytes } from 'node:crypto';
import { GatewayError } from '../../errors.ts';
import { count, isRecord, nowSeconds, str, tryParse } from '../../transcode/common.ts';
import type { MappedError, MappedRequest, RequestContext } from '../../transcode/types.ts';
import { emptyUsage, type Usage } from '../../usage.ts';
import {
  invalid,
  type EncodedRequest,
  type FormatMapper,
  type IrBlock,
  type IrBlockStart,
  type IrError,
  type IrExtra,
  type IrMessage,
  type IrReasoning,
  type IrRequest,
  type IrResponse,
  type IrStopReason,
  type IrStreamDecoder,
  type IrStreamSink,
  type IrTextBlock,
  type IrTool,
  type IrToolChoice,
  type Json,
  type LossReport,
  IrStreamEncoderBase,
  type IrStreamEncoder,
} from '../../translate/core.ts';
import { irErrorTypeForOpenAI, markToolError, openaiErrorType, openaiUser, parseDataUrl, thinkingToEffort } from '../openai-chat/mapper.ts';
import { openReasoning, sealReasoning, isCarrier } from './carrier.ts';

const FORMAT = 'openai-responses' as const;

/** Request fields decoded into the IR (or handled by the gateway: `store`). */
export const MAPPED_FIELDS: ReadonlySet<string> = new Set([
  'model', 'input', 'instructions', 'max_output_tokens', 'temperature', 'top_p', 'tools', 'tool_choice', 'parallel_tool_calls',
  'text', 'reasoning', 'include', 'stream', 'stream_options', 'user', 'safety_identifier', 'store',
]);

/** Prompt-caching hints: fields of the same name and meaning in Chat Completions (carried there; advisory losses elsewhere). */
export const CACHE_HINT_FIELDS: ReadonlySet<string> = new Set(['prompt_cache_key', 'prompt_cache_retention']);
export const CACHE_HINT_SPEC = 'prompt_cache_key | prompt_cache_retention';

/**
 * Responses-only fields, omitted at their default value (they then change
 * nothing); any other value is kept as an IR extra (a loss for other formats,
 * classified in specs/translation.ts).
 */
export const ACCEPTED_IF_DEFAULT: Readonly<Record<string, (v: unknown) => boolean>> = {
  truncation: (v) => v == null || v === 'disabled',
  background: (v) => v == null || v === false,
  service_tier: (v) => v == null || v === 'auto' || v === 'default',
  top_logprobs: (v) => v == null || v === 0,
  max_tool_calls: (v) => v == null,
  previous_response_id: (v) => v == null,
  conversation: (v) => v == null,
  prompt: (v) => v == null,
  metadata: (v) => v == null || (isRecord(v) && Object.keys(v).length === 0),
  client_metadata: (v) => v == null || (isRecord(v) && Object.keys(v).length === 0),
  generate: (v) => v == null || v === true,
};

/** Include values this mapper honours (others are an advisory loss, named `include`). */
export const SUPPORTED_INCLUDES: ReadonlySet<string> = new Set(['reasoning.encrypted_content']);

/** Spec entries (specs/translation.ts `unsupported[].field`) of the losses this mapper reports. */
export const SPEC = {
  tool: 'tools[type!=function]',
  toolSearch: 'tools[type=tool_search]',
  webSearchOption: 'tools[type=web_search].<option>',
  reasoningItem: 'input[type=reasoning] (not issued by this gateway)',
  include: 'include (other values)',
  verbosity: 'text.verbosity',
  reasoningKey: 'reasoning.<other key>',
  itemReference: 'input[type=item_reference]',
  cache: 'cache_control (top level, system, blocks, tools)',
  thinking: 'thinking / redacted_thinking (to Responses)',
  vendor: '(other fields of a block or tool)',
} as const;

// ---------------------------------------------------------------------------------------------
// Small named mappers
// ---------------------------------------------------------------------------------------------

/**
 * Responses `tool_choice` → IR: "auto", "none", "required" → any,
 * `{type:"function",name}` → tool.
 * @throws GatewayError 400 for hosted-tool, custom, MCP and `allowed_tools` choices
 */
export function decodeToolChoice(choice: unknown, upstream: string): IrToolChoice | undefined {
  if (choice == null) return undefined;
  if (choice === 'auto' || choice === 'none') return { type: choice };
  if (choice === 'required') return { type: 'any' };
  if (isRecord(choice) && choice.type === 'function' && typeof choice.name === 'string') return { type: 'tool', name: choice.name };
  throw invalid('tool_choice', `This \`tool_choice\` value cannot be translated for the ${upstream} upstream (supported: auto, none, required, {type:"function",name}).`);
}

/** IR tool choice → Responses `tool_choice`. */
export function encodeToolChoice(choice: IrToolChoice): unknown {
  switch (choice.type) {
    case 'any':
      return 'required';
    case 'tool':
      return { type: 'function', name: choice.name };
    default:
      return choice.type;
  }
}

/**
 * IR stop reason → Responses status: max_tokens / model_context_window_exceeded
 * → incomplete (`max_output_tokens`), refusal → incomplete (`content_filter`),
 * anything else → completed.
 */
export function encodeStatus(stop: IrStopReason | null): { status: 'completed' | 'incomplete'; incomplete: Json | null } {
  if (stop === 'max_tokens' || stop === 'model_context_window_exceeded') return { status: 'incomplete', incomplete: { reason: 'max_output_tokens' } };
  if (stop === 'refusal') return { status: 'incomplete', incomplete: { reason: 'content_filter' } };
  return { status: 'completed', incomplete: null };
}

/**
 * Responses status → IR stop reason: incomplete `max_output_tokens` → max_tokens,
 * `content_filter` → refusal; completed → tool_use when a function call was
 * output, refusal when a refusal part was, else end_turn.
 */
export function decodeStatus(status: unknown, incomplete: unknown, sawToolCalls: boolean, sawRefusal: boolean): IrStopReason {
  if (status === 'incomplete') {
    const reason = isRecord(incomplete) ? incomplete.reason : undefined;
    return reason === 'content_filter' ? 'refusal' : 'max_tokens';
  }
  if (sawToolCalls) return 'tool_use';
  if (sawRefusal) return 'refusal';
  return 'end_turn';
}

/**
 * Neutral Usage → Responses `usage` (ResponseUsage): input_tokens = input +
 * cache writes + cache reads (the whole prompt, cached tokens a subset),
 * input_tokens_details.cached_tokens = cache reads (+ non-standard
 * cache_write_tokens when non-zero), output_tokens (reasoning included),
 * output_tokens_details.reasoning_tokens, total_tokens.
 */
export function mapUsageToResponses(u: Usage): Json {
  const input = u.input + u.cacheCreation + u.cacheRead;
  const details: Json = { cached_tokens: u.cacheRead };
  if (u.cacheCreation > 0) details.cache_write_tokens = u.cacheCreation;
  return {
    input_tokens: input,
    input_tokens_details: details,
    output_tokens: u.output,
    output_tokens_details: { reasoning_tokens: u.reasoning },
    total_tokens: input + u.output,
  };
}

/** Responses `usage` → neutral Usage (the inverse of {@link mapUsageToResponses}). */
export function responsesUsageToNeutral(u: unknown, into: Usage = emptyUsage()): Usage {
  if (!isRecord(u)) return into;
  const itd = isRecord(u.input_tokens_details) ? u.input_tokens_details : {};
  const otd = isRecord(u.output_tokens_details) ? u.output_tokens_details : {};
  into.cacheRead = count(itd.cached_tokens);
  into.cacheCreation = count(itd.cache_write_tokens);
  into.input = Math.max(0, count(u.input_tokens) - into.cacheRead - into.cacheCreation);
  into.output = count(u.output_tokens);
  into.reasoning = count(otd.reasoning_tokens);
  into.reported = true;
  return into;
}

/** `resp_`-prefixed response id (ids of other formats get the prefix; none → a random one). */
export function responseId(id: string): string {
  if (id === '') return 'resp_' + randomBytes(24).toString('hex');
  return id.startsWith('resp_') ? id : 'resp_' + (id.startsWith('msg_') ? id.slice(4) : id);
}

/** A stable output item id: `prefix_` + 48 hex digits of SHA-256(response id, output index). */
export function itemId(prefix: 'msg' | 'fc' | 'ctc' | 'rs', respId: string, outputIndex: number): string {
  return `${prefix}_${createHash('sha256').update(`${respId}:${outputIndex}`).digest('hex').slice(0, 48)}`;
}

// ---------------------------------------------------------------------------------------------
// Request: decode
// ---------------------------------------------------------------------------------------------

/** `input_image` → IR image (data URL → base64, http(s) → url; a PDF data URL → document). `file_id` → 400. */
function decodeInputImage(p: Json, at: string, upstream: string): IrBlock {
  const url = str(p.image_url);
  if (url === undefined) {
    if (p.file_id != null) throw invalid(`${at}.file_id`, `\`file_id\` refers to an OpenAI-stored file and cannot be sent to the ${upstream} upstream; send \`image_url\` instead.`);
    throw invalid(`${at}.image_url`, '`image_url` is required.');
  }
  if (url.startsWith('data:')) {
    const d = parseDataUrl(url);
    if (!d) throw invalid(`${at}.image_url`, `Only base64 data URLs can be sent to the ${upstream} upstream.`);
    const source = { type: 'base64' as const, mediaType: d.mediaType, data: d.data };
    return d.mediaType === 'application/pdf' ? { type: 'document', source, at } : { type: 'image', source, at };
  }
  if (/^https?:\/\//i.test(url)) return { type: 'image', source: { type: 'url', url }, at };
  throw invalid(`${at}.image_url`, `Image URLs must be http(s) or base64 data URLs for the ${upstream} upstream.`);
}

/** `input_file` → IR document: `file_data` (PDF or text/plain data URL; bare base64 with a .pdf filename), `file_url`. `file_id` → 400. */
function decodeInputFile(p: Json, at: string, upstream: string): IrBlock {
  const filename = str(p.filename);
  let block: IrBlock;
  const fileData = str(p.file_data);
  if (fileData !== undefined) {
    let d = parseDataUrl(fileData);
    if (!d && filename !== undefined && /\.pdf$/i.test(filename)) d = { mediaType: 'application/pdf', data: fileData };
    if (!d) throw invalid(`${at}.file_data`, '`file_data` must be a base64 data URL.');
    if (d.mediaType === 'application/pdf') block = { type: 'document', source: { type: 'base64', mediaType: 'application/pdf', data: d.data }, at };
    else if (d.mediaType === 'text/plain') block = { type: 'document', source: { type: 'text', mediaType: 'text/plain', data: Buffer.from(d.data, 'base64').toString('utf8') }, at };
    else throw invalid(`${at}.file_data`, `File type ${d.mediaType} is not supported by the ${upstream} upstream (PDF and text/plain are).`);
  } else if (typeof p.file_url === 'string') {
    block = { type: 'document', source: { type: 'url', url: p.file_url }, at };
  } else if (p.file_id != null) {
    throw invalid(`${at}.file_id`, `\`file_id\` refers to an OpenAI-stored file and cannot be sent to the ${upstream} upstream; send \`file_data\` instead.`);
  } else throw invalid(at, '`input_file` needs `file_data` or `file_url`.');
  if (filename !== undefined) block.title = filename;
  return block;
}

/** One input content part (user, system/developer or tool output) → IR block; empty text → nothing. */
function decodeInputPart(p: unknown, at: string, upstream: string): IrBlock | undefined {
  if (!isRecord(p)) throw invalid(at, 'Content parts must be objects.');
  switch (p.type) {
    case 'input_text':
    case 'output_text':
    case 'text': {
      const text = str(p.text) ?? '';
      return text === '' ? undefined : { type: 'text', text, at };
    }
    case 'input_image':
      return decodeInputImage(p, at, upstream);
    case 'input_file':
      return decodeInputFile(p, at, upstream);
    default:
      throw invalid(`${at}.type`, `Content part type \`${String(p.type)}\` is not supported by the ${upstream} upstream.`);
  }
}

function decodeParts(content: unknown, at: string, upstream: string): IrBlock[] {
  if (typeof content === 'string') return content === '' ? [] : [{ type: 'text', text: content, at }];
  if (!Array.isArray(content)) throw invalid(at, '`content` must be a string or an array of content parts.');
  const out: IrBlock[] = [];
  content.forEach((p, j) => {
    const b = decodeInputPart(p, `${at}[${j}]`, upstream);
    if (b) out.push(b);
  });
  return out;
}

/** Assistant message content: `output_text` / `refusal` parts (or a string) → text blocks. */
function decodeAssistantParts(content: unknown, at: string): IrBlock[] {
  if (typeof content === 'string') return content === '' ? [] : [{ type: 'text', text: content, at }];
  if (!Array.isArray(content)) throw invalid(at, '`content` must be a string or an array of content parts.');
  const out: IrBlock[] = [];
  content.forEach((p, j) => {
    if (!isRecord(p)) throw invalid(`${at}[${j}]`, 'Content parts must be objects.');
    const text = p.type === 'output_text' || p.type === 'input_text' ? str(p.text) : p.type === 'refusal' ? str(p.refusal) : undefined;
    if (text === undefined) throw invalid(`${at}[${j}].type`, 'Assistant content parts must be `output_text` or `refusal`.');
    if (text !== '') out.push({ type: 'text', text, at: `${at}[${j}]` });
  });
  return out;
}

/** Function call `arguments` → a JSON object (empty → {}). */
function parseArguments(args: unknown, at: string): Json {
  const s = str(args) ?? '';
  if (s.trim() === '') return {};
  const v = tryParse(s);
  if (!isRecord(v)) throw invalid(at, 'Function call `arguments` must be a JSON object.');
  return v;
}

/**
 * A replayed reasoning item → the thinking block its carrier holds; null (and an
 * extra naming the item, a loss for every other format) when it carries no
 * carrier of this gateway that opens: OpenAI's own `encrypted_content`, a
 * forged or altered one, or a summary without one.
 */
function decodeReasoningItem(item: Json, at: string, extras: IrExtra[]): IrBlock | null {
  const enc = str(item.encrypted_content);
  if (enc !== undefined) {
    const block = openReasoning(enc);
    if (block) return block.type === 'thinking' ? { type: 'thinking', thinking: block.thinking, signature: block.signature, at } : { type: 'redacted_thinking', data: block.data, at };
  }
  const detail =
    enc === undefined
      ? 'a reasoning item without `encrypted_content` cannot be replayed'
      : isCarrier(enc)
        ? '`encrypted_content` does not verify (altered, or sealed under another gateway key)'
        : '`encrypted_content` was not issued by this gateway (OpenAI reasoning is only readable by OpenAI)';
  extras.push({ field: at, value: null, format: FORMAT, spec: SPEC.reasoningItem, detail });
  return null;
}

/**
 * `input` → IR messages, in order. A string is one user message. Message items
 * (`type` may be omitted): user → user, system/developer → system entries,
 * assistant → assistant text. Consecutive assistant-side items (assistant
 * messages, `function_call`, `reasoning`) form one assistant turn;
 * `function_call_output` items form user turns of tool results.
 */
function decodeInput(input: unknown, upstream: string, extras: IrExtra[]): IrMessage[] {
  if (input == null) return [];
  if (typeof input === 'string') return input === '' ? [] : [{ role: 'user', content: [{ type: 'text', text: input, at: 'input' }], plain: true, at: 'input' }];
  if (!Array.isArray(input)) throw invalid('input', '`input` must be a string or an array of input items.');
  const out: IrMessage[] = [];
  const push = (role: 'user' | 'assistant', block: IrBlock, at: string, toolResult = false): void => {
    const last = out[out.length - 1];
    if (last && last.role === role && (role === 'assistant' || (toolResult && last.content.every((b) => b.type === 'tool_result')))) last.content.push(block);
    else out.push({ role, content: [block], at });
  };
  input.forEach((item, i) => {
    const at = `input[${i}]`;
    if (!isRecord(item)) throw invalid(at, 'Input items must be objects.');
    const type = item.type ?? (typeof item.role === 'string' ? 'message' : undefined);
    switch (type) {
      case 'message': {
        const role = item.role;
        if (role === 'user') {
          const content = decodeParts(item.content, `${at}.content`, upstream);
          if (content.length > 0) out.push({ role: 'user', content, plain: typeof item.content === 'string', at });
        } else if (role === 'system' || role === 'developer') {
          const content = decodeParts(item.content, `${at}.content`, upstream);
          for (const b of content) if (b.type !== 'text') throw invalid(b.at ?? at, 'System and developer messages may only contain text.');
          if (content.length > 0) out.push({ role: 'system', content, at });
        } else if (role === 'assistant') {
          for (const b of decodeAssistantParts(item.content, `${at}.content`)) push('assistant', b, at);
        } else throw invalid(`${at}.role`, 'Message role must be `user`, `assistant`, `system` or `developer`.');
        return;
      }
      case 'function_call': {
        const callId = str(item.call_id);
        if (!callId) throw invalid(`${at}.call_id`, '`call_id` is required.');
        push('assistant', { type: 'tool_use', id: callId, name: str(item.name) ?? '', input: parseArguments(item.arguments, `${at}.arguments`), at }, at);
        return;
      }
      case 'custom_tool_call': {
        const callId = str(item.call_id);
        if (!callId) throw invalid(`${at}.call_id`, '`call_id` is required.');
        push('assistant', { type: 'tool_use', id: callId, name: str(item.name) ?? '', input: { input: str(item.input) ?? '' }, at }, at);
        return;
      }
      case 'function_call_output':
      case 'custom_tool_call_output': {
        const callId = str(item.call_id);
        if (!callId) throw invalid(`${at}.call_id`, '`call_id` is required.');
        const content = typeof item.output === 'string' ? item.output : decodeParts(item.output, `${at}.output`, upstream);
        push('user', { type: 'tool_result', toolUseId: callId, content, at }, at, true);
        return;
      }
      case 'reasoning': {
        const b = decodeReasoningItem(item, at, extras);
        if (b) push('assistant', b, at);
        return;
      }
      case 'item_reference':
        extras.push({ field: at, value: item.id ?? null, format: FORMAT, spec: SPEC.itemReference, detail: 'item references need the response store' });
        return;
      default:
        throw invalid(`${at}.type`, `Input item type \`${String(type)}\` is not supported by the ${upstream} upstream.`);
    }
  });
  return out;
}

/** Parameters of the function a custom (freeform) tool becomes: one string, the raw input. */
export const CUSTOM_TOOL_PARAMETERS: Json = {
  type: 'object',
  properties: { input: { type: 'string', description: 'The raw input of the tool, exactly in the format its description gives.' } },
  required: ['input'],
  additionalProperties: false,
};

/** How tools came in, for the response encoders: custom (freeform) tool names, and the namespace of namespaced functions. */
interface ToolKinds {
  custom: Set<string>;
  namespaces: Map<string, string>;
}

/**
 * A custom (freeform) tool → a function taking `{input: string}`; its input
 * grammar (`format: {type:"grammar", syntax, definition}`, e.g. Codex's
 * apply_patch) is appended to the description so the model writes valid input.
 */
function customTool(t: Json, at: string): IrTool {
  if (typeof t.name !== 'string' || t.name === '') throw invalid(`${at}.name`, 'Custom tools need a `name`.');
  let description = str(t.description) ?? '';
  const f = isRecord(t.format) ? t.format : undefined;
  if (f && f.type === 'grammar' && typeof f.definition === 'string') {
    description += `${description ? '\n\n' : ''}Pass the raw input as \`input\`; it must follow this ${str(f.syntax) ?? ''} grammar:\n${f.definition}`;
  }
  const tool: IrTool = { kind: 'function', name: t.name, parameters: CUSTOM_TOOL_PARAMETERS, at };
  if (description !== '') tool.description = description;
  return tool;
}

function functionTool(t: Json, at: string): IrTool {
  if (typeof t.name !== 'string' || t.name === '') throw invalid(`${at}.name`, 'Function tools need a `name`.');
  const tool: IrTool = { kind: 'function', name: t.name, parameters: isRecord(t.parameters) ? t.parameters : { type: 'object', properties: {} }, at };
  if (typeof t.description === 'string') tool.description = t.description;
  if (typeof t.strict === 'boolean') tool.strict = t.strict;
  return tool;
}

/** Responses web search tool types (GA, preview, dated). */
const WEB_SEARCH_TYPES: ReadonlySet<string> = new Set(['web_search', 'web_search_preview', 'web_search_2025_08_26', 'web_search_preview_2025_03_11']);

/**
 * A Responses `web_search` tool → Anthropic's server web search tool
 * (`{type:"web_search_20250305", name:"web_search"}`; Anthropic "Web search
 * tool" docs), as an opaque tool of the anthropic-messages format: carried to
 * Anthropic upstreams, a `tools[type=<server tool>]` loss (semantic) for any
 * other. `filters.allowed_domains` → `allowed_domains`; `user_location`
 * (approximate: city, region, country, timezone) → `user_location`. Options
 * with no Anthropic equivalent (`search_context_size`, Codex's
 * `external_web_access` and `search_content_types`) → advisory extras named
 * `tools[i].<option>`.
 */
function webSearchTool(t: Json, at: string, extras: IrExtra[]): IrTool {
  const value: Json = { type: 'web_search_20250305', name: 'web_search' };
  for (const k of Object.keys(t)) {
    const v = t[k];
    if (k === 'type' || v == null) continue;
    if (k === 'filters' && isRecord(v)) {
      for (const fk of Object.keys(v)) {
        if (fk === 'allowed_domains' && Array.isArray(v.allowed_domains)) value.allowed_domains = v.allowed_domains;
        else if (v[fk] != null) extras.push({ field: `${at}.filters.${fk}`, value: v[fk], format: FORMAT, spec: SPEC.webSearchOption });
      }
    } else if (k === 'user_location' && isRecord(v)) {
      const loc: Json = { type: 'approximate' };
      for (const lk of ['city', 'region', 'country', 'timezone']) if (typeof v[lk] === 'string') loc[lk] = v[lk];
      value.user_location = loc;
    } else extras.push({ field: `${at}.${k}`, value: v, format: FORMAT, spec: SPEC.webSearchOption });
  }
  return { kind: 'opaque', format: 'anthropic-messages', value, at };
}

/**
 * `tools` → IR function tools: `function` as is; `custom` (freeform, Codex's
 * apply_patch) → a function of one string (customTool); `namespace` (Codex) →
 * its function and custom tools, flattened (their calls come back with
 * `namespace`). `web_search` → Anthropic's server web search (webSearchTool);
 * Codex's client-executed `tool_search` → an advisory extra; other hosted tools
 * → an extra naming `tools[i]` (a semantic loss).
 */
function decodeTools(tools: unknown, extras: IrExtra[], kinds: ToolKinds): IrTool[] {
  if (tools == null) return [];
  if (!Array.isArray(tools)) throw invalid('tools', '`tools` must be an array.');
  const out: IrTool[] = [];
  const one = (t: unknown, at: string, namespace: string | undefined): void => {
    if (!isRecord(t)) throw invalid(at, 'Tools must be objects.');
    if (t.type === 'function') out.push(functionTool(t, at));
    else if (t.type === 'custom') {
      out.push(customTool(t, at));
      kinds.custom.add(t.name as string);
    } else if (t.type === 'namespace' && namespace === undefined && typeof t.name === 'string' && Array.isArray(t.tools)) {
      const ns = t.name;
      t.tools.forEach((inner, j) => one(inner, `${at}.tools[${j}]`, ns));
      return;
    } else if (typeof t.type === 'string' && WEB_SEARCH_TYPES.has(t.type)) {
      out.push(webSearchTool(t, at, extras));
      return;
    } else if (t.type === 'tool_search' && t.execution === 'client') {
      extras.push({ field: at, value: t, format: FORMAT, spec: SPEC.toolSearch, detail: 'Codex\'s deferred-tool discovery has no equivalent' });
      return;
    } else {
      extras.push({ field: at, value: t, format: FORMAT, spec: SPEC.tool, detail: `\`${String(t.type)}\` tools are hosted by OpenAI` });
      return;
    }
    if (namespace !== undefined) kinds.namespaces.set(t.name as string, namespace);
  };
  tools.forEach((t, i) => one(t, `tools[${i}]`, undefined));
  return out;
}

/** `text` → IR response format (`format` json_schema / json_object; `text` = none) and `verbosity` (an extra). */
function decodeText(text: unknown, ir: IrRequest, extras: IrExtra[]): void {
  if (text == null) return;
  if (!isRecord(text)) throw invalid('text', '`text` must be an object.');
  for (const k of Object.keys(text)) {
    const v = text[k];
    if (k === 'format') {
      if (v == null || (isRecord(v) && v.type === 'text')) continue;
      if (isRecord(v) && v.type === 'json_object') ir.responseFormat = { type: 'json_object' };
      else if (isRecord(v) && v.type === 'json_schema') {
        const f: IrRequest['responseFormat'] & { type: 'json_schema' } = { type: 'json_schema', schema: isRecord(v.schema) ? v.schema : { type: 'object' } };
        if (typeof v.name === 'string') f.name = v.name;
        if (typeof v.description === 'string') f.description = v.description;
        if (typeof v.strict === 'boolean') f.strict = v.strict;
        ir.responseFormat = f;
      } else throw invalid('text.format.type', '`text.format.type` must be `text`, `json_object` or `json_schema`.');
    } else if (k === 'verbosity') {
      if (v != null && v !== 'medium') extras.push({ field: 'text.verbosity', value: v, format: FORMAT, spec: SPEC.verbosity });
    } else if (v != null) extras.push({ field: `text.${k}`, value: v, format: FORMAT });
  }
}

/** Request-side facts the response encoders echo (Response object fields), per request context. */
interface Echo {
  instructions: unknown;
  maxOutputTokens: unknown;
  temperature: unknown;
  topP: unknown;
  tools: unknown;
  toolChoice: unknown;
  parallelToolCalls: unknown;
  reasoning: Json;
  text: Json;
  metadata: unknown;
  store: unknown;
  user: unknown;
  safetyIdentifier: unknown;
  promptCacheKey: unknown;
  toolKinds: ToolKinds;
}
const ECHOES = new WeakMap<RequestContext, Echo>();

function echoOf(body: Json, kinds: ToolKinds): Echo {
  const r = isRecord(body.reasoning) ? body.reasoning : {};
  const t = isRecord(body.text) ? body.text : {};
  return {
    instructions: body.instructions ?? null,
    maxOutputTokens: body.max_output_tokens ?? null,
    temperature: body.temperature ?? null,
    topP: body.top_p ?? null,
    tools: Array.isArray(body.tools) ? body.tools : [],
    toolChoice: body.tool_choice ?? 'auto',
    parallelToolCalls: body.parallel_tool_calls ?? true,
    reasoning: { effort: r.effort ?? null, summary: r.summary ?? null },
    text: { format: isRecord(t.format) ? t.format : { type: 'text' }, verbosity: t.verbosity ?? 'medium' },
    metadata: isRecord(body.metadata) ? body.metadata : {},
    store: body.store ?? true,
    user: body.user ?? null,
    safetyIdentifier: body.safety_identifier ?? null,
    promptCacheKey: body.prompt_cache_key ?? null,
    toolKinds: kinds,
  };
}

function decodeRequest(body: Json, losses: LossReport, ctx: RequestContext): IrRequest {
  const extras: IrExtra[] = [];
  for (const key of Object.keys(body)) {
    if (MAPPED_FIELDS.has(key)) continue;
    if (CACHE_HINT_FIELDS.has(key)) {
      // Same name and meaning in Chat Completions: carried there, an advisory loss elsewhere.
      if (body[key] != null) extras.push({ field: key, value: body[key], format: 'openai-chat', spec: CACHE_HINT_SPEC });
      continue;
    }
    const ok = Object.hasOwn(ACCEPTED_IF_DEFAULT, key) ? ACCEPTED_IF_DEFAULT[key] : undefined; // own keys only
    if (ok && ok(body[key])) continue;
    extras.push({ field: key, value: body[key], format: FORMAT });
  }
  if (body.instructions != null && typeof body.instructions !== 'string') throw invalid('instructions', '`instructions` must be a string.');
  const system: IrTextBlock[] = typeof body.instructions === 'string' && body.instructions !== '' ? [{ type: 'text', text: body.instructions, at: 'instructions' }] : [];
  const stream = body.stream === true;
  const kinds: ToolKinds = { custom: new Set(), namespaces: new Map() };
  const ir: IrRequest = { system, messages: decodeInput(body.input, losses.upstream, extras), tools: decodeTools(body.tools, extras, kinds), stream, includeUsage: stream, extras };
  if (body.max_output_tokens != null) {
    const v = body.max_output_tokens;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) throw invalid('max_output_tokens', '`max_output_tokens` must be a positive integer.');
    ir.maxTokens = v;
    ir.maxTokensField = 'max_output_tokens';
  }
  if (body.temperature != null) ir.temperature = body.temperature;
  if (body.top_p != null) ir.topP = body.top_p;
  const user = str(body.safety_identifier) ?? str(body.user);
  if (user !== undefined) ir.user = user;
  const choice = decodeToolChoice(body.tool_choice, losses.upstream);
  if (choice) ir.toolChoice = choice;
  if (body.parallel_tool_calls === false) ir.parallelToolCalls = false;
  decodeText(body.text, ir, extras);
  if (body.reasoning != null) {
    if (!isRecord(body.reasoning)) throw invalid('reasoning', '`reasoning` must be an object.');
    const r = body.reasoning;
    const reasoning: IrReasoning = {};
    for (const k of Object.keys(r)) {
      if (k === 'effort') {
        if (r.effort == null) continue;
        if (typeof r.effort !== 'string') throw invalid('reasoning.effort', '`reasoning.effort` must be a string.');
        reasoning.effort = r.effort;
      } else if (k === 'summary' || k === 'generate_summary') continue; // the thinking text is returned as the summary
      else if (r[k] != null) extras.push({ field: `reasoning.${k}`, value: r[k], format: FORMAT, spec: SPEC.reasoningKey });
    }
    if (reasoning.effort !== undefined) ir.reasoning = reasoning;
  }
  if (body.include != null) {
    if (!Array.isArray(body.include)) throw invalid('include', '`include` must be an array.');
    const other = body.include.filter((v) => typeof v !== 'string' || !SUPPORTED_INCLUDES.has(v));
    if (other.length > 0) extras.push({ field: 'include', value: other, format: FORMAT, spec: SPEC.include, detail: `only reasoning.encrypted_content is produced; not ${other.map((v) => JSON.stringify(v)).join(', ')}` });
  }
  ECHOES.set(ctx, echoOf(body, kinds));
  return ir;
}

// ---------------------------------------------------------------------------------------------
// Request: encode (IR → Responses upstream)
// ---------------------------------------------------------------------------------------------

/** What a block or tool carries that Responses has no place for (cache breakpoints, citations, other formats' fields). */
function blockLosses(b: { cache?: unknown; vendor?: { format: string; fields: Json }; citations?: unknown[] }, losses: LossReport): void {
  if (b.cache !== undefined) losses.lose('cache_control', SPEC.cache);
  if (b.citations !== undefined && b.citations.length > 0) losses.lose('citations', SPEC.vendor);
  if (b.vendor !== undefined && b.vendor.format !== FORMAT) {
    for (const [k, v] of Object.entries(b.vendor.fields)) if (v != null) losses.lose(k, SPEC.vendor);
  }
}

function blockType(b: IrBlock): string {
  return b.type === 'opaque' ? String(b.value.type) : b.type;
}

/** IR image/document → an input content part (`input_image` / `input_file` / `input_text`). */
function encodeMedia(b: IrBlock & { type: 'image' | 'document' }, at: string): Json {
  const src = b.source;
  if (b.type === 'image') {
    if (src.type === 'base64') return { type: 'input_image', image_url: `data:${src.mediaType || 'image/png'};base64,${src.data}`, detail: 'auto' };
    if (src.type === 'url') return { type: 'input_image', image_url: src.url, detail: 'auto' };
    throw invalid(`${at}.source`, `Image source type ${JSON.stringify(src.type === 'other' ? src.value.type : src.type)} cannot be sent to the openai upstream.`);
  }
  if (src.type === 'base64') return { type: 'input_file', filename: b.title ?? 'document.pdf', file_data: `data:${src.mediaType || 'application/pdf'};base64,${src.data}` };
  if (src.type === 'url') return { type: 'input_file', file_url: src.url };
  if (src.type === 'text') return { type: 'input_text', text: src.data };
  throw invalid(`${at}.source`, `Document source type ${JSON.stringify(src.value.type)} cannot be sent to the openai upstream.`);
}

function encodeUserBlock(b: IrBlock, at: string, losses: LossReport): Json {
  blockLosses(b, losses);
  if (b.type === 'text') return { type: 'input_text', text: b.text };
  if (b.type === 'image' || b.type === 'document') return encodeMedia(b, at);
  throw invalid(`${at}.type`, `Content block type \`${blockType(b)}\` cannot be sent to the openai upstream.`);
}

/**
 * IR system + messages → Responses `instructions` + `input` items: the system
 * prompt → `instructions` (text blocks joined with "\n"); system entries →
 * developer messages in place; user text/media → a user message of input parts;
 * tool_result → `function_call_output` (isError → "Error: " prefix, as for Chat
 * Completions); assistant text → an assistant message; tool_use →
 * `function_call` (call_id = the tool_use id); thinking → dropped (advisory:
 * OpenAI cannot read another provider's reasoning).
 */
function encodeInput(ir: IrRequest, losses: LossReport): { instructions?: string; input: Json[] } {
  const input: Json[] = [];
  for (const b of ir.system) blockLosses(b, losses);
  const instructions = ir.system.length > 0 ? ir.system.map((b) => b.text).join('\n') : undefined;
  for (const m of ir.messages) {
    if (m.role === 'system') {
      for (const b of m.content) blockLosses(b, losses);
      input.push({ role: 'developer', content: m.content.map((b) => (b.type === 'text' ? b.text : '')).join('\n') });
      continue;
    }
    if (m.role === 'user') {
      let parts: Json[] = [];
      const flush = (): void => {
        if (parts.length === 0) return;
        const only = parts[0];
        input.push({ role: 'user', content: m.plain && parts.length === 1 && only && only.type === 'input_text' ? only.text : parts });
        parts = [];
      };
      m.content.forEach((b, j) => {
        const p = b.at ?? `${m.at}.content[${j}]`;
        if (b.type === 'tool_result') {
          blockLosses(b, losses);
          flush();
          let output: string | Json[];
          if (typeof b.content === 'string') output = b.content;
          else output = b.content.map((c, k) => encodeUserBlock(c, c.at ?? `${p}.content[${k}]`, losses));
          if (b.isError) output = markToolError(Array.isArray(output) ? output.map((x) => (x.type === 'input_text' ? { ...x, type: 'text' } : x)) : output);
          if (Array.isArray(output)) output = output.map((x) => (x.type === 'text' ? { ...x, type: 'input_text' } : x));
          input.push({ type: 'function_call_output', call_id: b.toolUseId, output });
        } else parts.push(encodeUserBlock(b, p, losses));
      });
      flush();
      continue;
    }
    let text = '';
    const flushText = (): void => {
      if (text !== '') input.push({ role: 'assistant', content: text });
      text = '';
    };
    m.content.forEach((b, j) => {
      const p = b.at ?? `${m.at}.content[${j}]`;
      blockLosses(b, losses);
      switch (b.type) {
        case 'text':
          text += b.text;
          break;
        case 'tool_use':
          flushText();
          input.push({ type: 'function_call', call_id: b.id, name: b.name, arguments: JSON.stringify(b.input ?? {}) });
          break;
        case 'thinking':
        case 'redacted_thinking':
          losses.lose('thinking', SPEC.thinking);
          break;
        default:
          throw invalid(`${p}.type`, `Content block type \`${blockType(b)}\` cannot be sent to the openai upstream.`);
      }
    });
    flushText();
  }
  return instructions === undefined ? { input } : { instructions, input };
}

function encodeTools(tools: readonly IrTool[], losses: LossReport): Json[] {
  const out: Json[] = [];
  for (const t of tools) {
    if (t.kind === 'opaque') {
      if (t.format === FORMAT) out.push(t.value as Json);
      else losses.lose(t.at, 'tools[type=<server tool>]', `server tool ${isRecord(t.value) ? JSON.stringify(t.value.type) : ''} runs on its own provider only`);
      continue;
    }
    blockLosses(t, losses);
    const tool: Json = { type: 'function', name: t.name };
    if (t.description !== undefined) tool.description = t.description;
    tool.parameters = t.parameters;
    // Responses defaults `strict` to true, which rejects schemas that are not strict-compatible: absent → false.
    tool.strict = t.strict ?? false;
    out.push(tool);
  }
  return out;
}

/** Chat Completions fields carried to a Responses upstream under the same name (`verbosity` goes to `text.verbosity`). */
export const SHARED_WITH_CHAT: ReadonlySet<string> = new Set(['prompt_cache_key', 'prompt_cache_retention', 'metadata', 'service_tier']);

/**
 * IR → Responses request body. Always `store: false` (a translated caller asked
 * for no stored response; reasoning is not replayed across formats), reasoning
 * with `summary: "auto"` so the model's reasoning comes back as thinking text.
 */
function encodeRequest(ir: IrRequest, losses: LossReport, ctx: RequestContext): EncodedRequest {
  const passthrough: Json = {};
  let verbosity: unknown;
  for (const x of ir.extras) {
    if (x.format === FORMAT || (x.format === 'openai-chat' && SHARED_WITH_CHAT.has(x.field))) passthrough[x.field] = x.value;
    else if (x.format === 'openai-chat' && x.field === 'verbosity') verbosity = x.value;
    else losses.lose(x.field, x.spec ?? x.field, x.detail);
  }
  if (ir.cache !== undefined) losses.lose('cache_control', SPEC.cache);
  const { instructions, input } = encodeInput(ir, losses);
  const out: Json = { model: ctx.upstreamModel };
  if (instructions !== undefined) out.instructions = instructions;
  out.input = input;
  if (ir.maxTokens !== undefined) out.max_output_tokens = ir.maxTokens;
  if (ir.temperature !== undefined) out.temperature = ir.temperature;
  if (ir.topP !== undefined) out.top_p = ir.topP;
  if (ir.topK !== undefined) losses.lose('top_k');
  if (ir.stop) losses.lose('stop', 'stop | stop_sequences', 'the Responses API has no stop sequences');
  if (ir.user !== undefined) out.safety_identifier = openaiUser(ir.user);
  const tools = encodeTools(ir.tools, losses);
  if (tools.length > 0) {
    out.tools = tools;
    if (ir.toolChoice) out.tool_choice = encodeToolChoice(ir.toolChoice);
    if (ir.parallelToolCalls === false && ir.toolChoice?.type !== 'none') out.parallel_tool_calls = false;
  }
  let effort = ir.reasoning?.effort ?? thinkingToEffort(ir.reasoning?.thinking);
  if (effort === 'max') effort = 'xhigh'; // Anthropic's top effort level; the Responses API's is xhigh
  if (effort !== undefined) out.reasoning = effort === 'none' ? { effort } : { effort, summary: 'auto' };
  const rf = ir.responseFormat;
  const text: Json = {};
  if (rf?.type === 'json_object') text.format = { type: 'json_object' };
  else if (rf?.type === 'json_schema') {
    const f: Json = { type: 'json_schema', name: rf.name ?? 'response' };
    if (rf.description !== undefined) f.description = rf.description;
    f.schema = rf.schema;
    f.strict = rf.strict ?? true;
    text.format = f;
  }
  if (verbosity !== undefined) text.verbosity = verbosity;
  if (Object.keys(text).length > 0) out.text = text;
  out.store = false;
  if (ir.stream) out.stream = true;
  Object.assign(out, passthrough);
  return { body: out, headers: {}, syntheticJsonTool: null };
}

// ---------------------------------------------------------------------------------------------
// Response: decode (Responses upstream → IR)
// ---------------------------------------------------------------------------------------------

/** A reasoning item's summary texts, joined with a blank line. */
function summaryText(item: Json): string {
  return (Array.isArray(item.summary) ? item.summary : [])
    .map((s: unknown) => (isRecord(s) && typeof s.text === 'string' ? s.text : ''))
    .filter((t) => t !== '')
    .join('\n\n');
}

/**
 * `response` object → IR: reasoning → thinking (summary text, signature "":
 * OpenAI's encrypted reasoning is not carried to another format); message
 * `output_text` parts → text blocks (annotations not carried), `refusal` →
 * text + stop reason refusal; function_call → tool_use (id = call_id; arguments
 * that are not a JSON object → {}); other items (hosted tool calls) → opaque.
 */
function decodeResponse(body: unknown): IrResponse {
  if (!isRecord(body) || !Array.isArray(body.output)) {
    throw new GatewayError('upstream_unavailable', 'The openai upstream returned a body that is not a Responses response.');
  }
  const content: IrBlock[] = [];
  let sawTools = false;
  let sawRefusal = false;
  for (const item of body.output) {
    if (!isRecord(item)) continue;
    switch (item.type) {
      case 'reasoning': {
        const text = summaryText(item);
        if (text !== '') content.push({ type: 'thinking', thinking: text, signature: '' });
        break;
      }
      case 'message':
        for (const p of Array.isArray(item.content) ? item.content : []) {
          if (!isRecord(p)) continue;
          if (p.type === 'output_text' && typeof p.text === 'string' && p.text !== '') content.push({ type: 'text', text: p.text });
          else if (p.type === 'refusal' && typeof p.refusal === 'string') {
            sawRefusal = true;
            content.push({ type: 'text', text: p.refusal });
          }
        }
        break;
      case 'function_call': {
        const parsed = tryParse(str(item.arguments) ?? '');
        content.push({ type: 'tool_use', id: str(item.call_id) ?? str(item.id) ?? '', name: str(item.name) ?? '', input: isRecord(parsed) ? parsed : {} });
        sawTools = true;
        break;
      }
      default:
        content.push({ type: 'opaque', format: FORMAT, value: item });
    }
  }
  if (body.status === 'failed') {
    const err = isRecord(body.error) ? body.error : {};
    throw new GatewayError('upstream_unavailable', `The openai upstream failed the response: ${str(err.message) ?? 'no reason given'}.`);
  }
  return { id: str(body.id) ?? '', content, stopReason: decodeStatus(body.status, body.incomplete_details, sawTools, sawRefusal), usage: responsesUsageToNeutral(body.usage) };
}

// ---------------------------------------------------------------------------------------------
// Response: encode (IR → Responses caller)
// ---------------------------------------------------------------------------------------------

/** Anthropic citations → `url_citation` annotations (web search results); other citation kinds have no Responses equivalent. */
export function annotationsOf(citations: readonly unknown[] | undefined, text: string): Json[] {
  const out: Json[] = [];
  for (const c of citations ?? []) {
    const a = annotationOf(c, text.length);
    if (a) out.push(a);
  }
  return out;
}

function annotationOf(c: unknown, length: number): Json | undefined {
  if (!isRecord(c) || c.type !== 'web_search_result_location' || typeof c.url !== 'string') return undefined;
  return { type: 'url_citation', start_index: 0, end_index: length, title: str(c.title) ?? '', url: c.url };
}

function messageItem(id: string, status: string, parts: Json[]): Json {
  return { id, type: 'message', status, content: parts, role: 'assistant' };
}
function textPart(text: string, annotations: Json[]): Json {
  return { type: 'output_text', annotations, logprobs: [], text };
}
function reasoningItem(id: string, thinking: string, carrier: string | undefined): Json {
  const item: Json = { id, type: 'reasoning', summary: thinking === '' ? [] : [{ type: 'summary_text', text: thinking }] };
  if (carrier !== undefined) item.encrypted_content = carrier;
  return item;
}
function functionCallItem(id: string, status: string, callId: string, name: string, args: string, namespace?: string): Json {
  const item: Json = { id, type: 'function_call', status, arguments: args, call_id: callId, name };
  if (namespace !== undefined) item.namespace = namespace;
  return item;
}
function customToolCallItem(id: string, callId: string, name: string, input: string, namespace?: string): Json {
  const item: Json = { id, type: 'custom_tool_call', call_id: callId, name, input };
  if (namespace !== undefined) item.namespace = namespace;
  return item;
}
/** The raw input of a custom tool call from its function arguments (`{input}`; anything else: the JSON text). */
function customInput(input: unknown): string {
  return isRecord(input) && typeof input.input === 'string' ? input.input : JSON.stringify(input ?? {});
}

/** The Response object around `output` (request fields echoed when the request was decoded with this context). */
function responseObject(id: string, ctx: RequestContext, createdAt: number, status: string, incomplete: Json | null, output: Json[], usage: Json | null, error: Json | null = null): Json {
  const e = ECHOES.get(ctx);
  return {
    id,
    object: 'response',
    created_at: createdAt,
    status,
    background: false,
    completed_at: status === 'completed' ? nowSeconds(ctx) : null,
    error,
    incomplete_details: incomplete,
    instructions: e?.instructions ?? null,
    max_output_tokens: e?.maxOutputTokens ?? null,
    model: ctx.alias,
    output,
    parallel_tool_calls: e?.parallelToolCalls ?? true,
    previous_response_id: null,
    prompt_cache_key: e?.promptCacheKey ?? null,
    reasoning: e?.reasoning ?? { effort: null, summary: null },
    safety_identifier: e?.safetyIdentifier ?? null,
    service_tier: 'default',
    store: e?.store ?? false,
    temperature: e?.temperature ?? null,
    text: e?.text ?? { format: { type: 'text' }, verbosity: 'medium' },
    tool_choice: e?.toolChoice ?? 'auto',
    tools: e?.tools ?? [],
    top_p: e?.topP ?? null,
    truncation: 'disabled',
    usage,
    user: e?.user ?? null,
    metadata: e?.metadata ?? {},
  };
}

/**
 * IR → Response object: each text block → a `message` item with one
 * `output_text` part (citations → `url_citation` annotations); thinking →
 * `reasoning` (summary = the thinking text, `encrypted_content` = a sealed
 * carrier when signed); redacted thinking → `reasoning` with a carrier only;
 * tool_use → `function_call` (call_id = the tool_use id; `custom_tool_call` with
 * the raw input for a custom tool of the request; `namespace` for a namespaced one). Opaque blocks
 * (server tools run upstream) are not carried. Stop reason → status.
 */
function encodeResponse(ir: IrResponse, ctx: RequestContext): unknown {
  const id = responseId(ir.id);
  const kinds = ECHOES.get(ctx)?.toolKinds;
  const output: Json[] = [];
  for (const b of ir.content) {
    const oi = output.length;
    switch (b.type) {
      case 'text':
        output.push(messageItem(itemId('msg', id, oi), 'completed', [textPart(b.text, annotationsOf(b.citations, b.text))]));
        break;
      case 'thinking':
        output.push(reasoningItem(itemId('rs', id, oi), b.thinking, b.signature !== '' ? sealReasoning({ type: 'thinking', thinking: b.thinking, signature: b.signature }) : undefined));
        break;
      case 'redacted_thinking':
        output.push(reasoningItem(itemId('rs', id, oi), '', sealReasoning({ type: 'redacted_thinking', data: b.data })));
        break;
      case 'tool_use': {
        const ns = kinds?.namespaces.get(b.name);
        if (kinds?.custom.has(b.name)) output.push(customToolCallItem(itemId('ctc', id, oi), b.id, b.name, customInput(b.input), ns));
        else output.push(functionCallItem(itemId('fc', id, oi), 'completed', b.id, b.name, JSON.stringify(b.input ?? {}), ns));
        break;
      }
      default:
        break; // server_tool_use, *_tool_result: executed upstream, no Responses item
    }
  }
  const { status, incomplete } = encodeStatus(ir.stopReason);
  return responseObject(id, ctx, nowSeconds(ctx), status, incomplete, output, mapUsageToResponses(ir.usage));
}

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

function decodeError(status: number, body: unknown): IrError {
  const err = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  const out: IrError = { status, message: (err && str(err.message)) || `The openai upstream returned HTTP ${status}.` };
  if (err) {
    const t = irErrorTypeForOpenAI(err);
    if (t === 'billing_error') out.type = t;
  }
  return out;
}

/** IR error → OpenAI envelope `{error:{message,type,param,code}}` (status kept), as the Responses API answers. */
function encodeError(err: IrError): MappedError {
  const { type, code } = openaiErrorType(err.type, err.status);
  return { status: err.status, body: { error: { message: err.message, type, param: null, code } } };
}

// ---------------------------------------------------------------------------------------------
// Stream: decode (Responses SSE → IR sink)
// ---------------------------------------------------------------------------------------------

/**
 * Responses stream events → IR stream:
 * - `response.created` → start (response id, usage zero); `in_progress`/`queued` ignored.
 * - output items are sequential: `output_item.added` opens one IR block per
 *   message content part (`content_part.added`: output_text or refusal → text),
 *   reasoning item (→ thinking, opened at its first summary text — none, no block —
 *   summary parts joined by a blank line), function_call (→ tool_use, `function_call_arguments.delta`
 *   fragments); other items (hosted tool calls) → an opaque block at `output_item.done`.
 * - `response.completed` / `response.incomplete` → usage, messageDelta(stop), messageStop;
 *   `response.failed` and `error` → error; EOF before a terminal event → truncated.
 */
class ResponsesStreamDecoder implements IrStreamDecoder {
  private started = false;
  private nextIndex = 0;
  /** The open IR block: its index and kind. */
  private open: { index: number; kind: 'text' | 'thinking' | 'tool' } | null = null;
  /** Reasoning summary parts seen in the current reasoning item. */
  private summaryParts = 0;
  private sawTools = false;
  private sawRefusal = false;
  constructor(private readonly sink: IrStreamEncoder) {}

  onEnd(): void {
    this.sink.truncated();
  }

  private ensureStarted(id: unknown): void {
    if (this.started) return;
    this.started = true;
    this.sink.start(str(id) ?? '');
  }

  private openBlock(kind: 'text' | 'thinking' | 'tool', start: IrBlockStart): number {
    this.close();
    const index = this.nextIndex++;
    this.open = { index, kind };
    this.sink.blockStart(index, start);
    return index;
  }

  private close(): void {
    if (this.open === null) return;
    this.sink.blockStop(this.open.index);
    this.open = null;
  }

  onEvent(event: string | undefined, data: string): void {
    if (this.sink.finished) return;
    const ev = tryParse(data);
    if (!isRecord(ev)) {
      if (data === '[DONE]') return;
      this.sink.error({ status: 0, type: 'api_error', message: 'The openai upstream sent a malformed stream event.' });
      return;
    }
    const type = str(ev.type) ?? event;
    switch (type) {
      case 'response.created':
        this.ensureStarted(isRecord(ev.response) ? ev.response.id : undefined);
        return;
      case 'response.output_item.added': {
        this.ensureStarted('');
        const item = isRecord(ev.item) ? ev.item : {};
        this.close();
        if (item.type === 'reasoning') {
          this.summaryParts = 0; // its thinking block opens with the first summary text (none: no block)
        } else if (item.type === 'function_call') {
          this.sawTools = true;
          this.openBlock('tool', { type: 'tool_use', id: str(item.call_id) ?? str(item.id) ?? '', name: str(item.name) ?? '' });
          const args = str(item.arguments);
          if (args && this.open) this.sink.inputDelta(this.open.index, args);
        }
        return;
      }
      case 'response.content_part.added': {
        const part = isRecord(ev.part) ? ev.part : {};
        if (part.type === 'refusal') this.sawRefusal = true;
        this.openBlock('text', { type: 'text', text: '' });
        const t = str(part.text) ?? str(part.refusal);
        if (t && this.open) this.sink.textDelta(this.open.index, JSON.stringify(t));
        return;
      }
      case 'response.output_text.delta':
      case 'response.refusal.delta': {
        const d = str(ev.delta);
        if (d && this.open?.kind === 'text') this.sink.textDelta(this.open.index, JSON.stringify(d));
        return;
      }
      case 'response.content_part.done':
        if (this.open?.kind === 'text') this.close();
        return;
      case 'response.reasoning_summary_part.added':
        if (this.open?.kind === 'thinking' && this.summaryParts > 0) this.sink.thinkingDelta(this.open.index, '\n\n');
        this.summaryParts++;
        return;
      case 'response.reasoning_summary_text.delta': {
        const d = str(ev.delta);
        if (!d) return;
        if (this.open?.kind !== 'thinking') this.openBlock('thinking', { type: 'thinking', thinking: '', signature: '' });
        if (this.open) this.sink.thinkingDelta(this.open.index, d);
        return;
      }
      case 'response.function_call_arguments.delta': {
        const d = str(ev.delta);
        if (d && this.open?.kind === 'tool') this.sink.inputDelta(this.open.index, d);
        return;
      }
      case 'response.output_item.done': {
        const item = isRecord(ev.item) ? ev.item : {};
        if (this.open !== null) this.close();
        else if (item.type !== 'message' && item.type !== 'reasoning' && item.type !== 'function_call') {
          const index = this.nextIndex++;
          this.sink.blockStart(index, { type: 'opaque', value: item });
          this.sink.blockStop(index);
        }
        return;
      }
      case 'response.completed':
      case 'response.incomplete': {
        this.ensureStarted(isRecord(ev.response) ? ev.response.id : '');
        this.close();
        const r = isRecord(ev.response) ? ev.response : {};
        responsesUsageToNeutral(r.usage, this.sink.usage);
        this.sink.messageDelta(decodeStatus(r.status ?? (type === 'response.incomplete' ? 'incomplete' : 'completed'), r.incomplete_details, this.sawTools, this.sawRefusal));
        this.sink.messageStop();
        return;
      }
      case 'response.failed': {
        const r = isRecord(ev.response) ? ev.response : {};
        const err = isRecord(r.error) ? r.error : {};
        this.sink.error({ status: 0, type: irErrorTypeForOpenAI(err), message: str(err.message) || 'The openai upstream failed the response.' });
        return;
      }
      case 'error': {
        const err = isRecord(ev.error) ? ev.error : ev;
        this.sink.error({ status: 0, type: irErrorTypeForOpenAI(err), message: str(err.message) || 'The openai upstream reported an error.' });
        return;
      }
      default:
        return; // in_progress, queued, *.done duplicates of accumulated text, annotations, hosted-tool progress
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Stream: encode (IR sink → Responses SSE)
// ---------------------------------------------------------------------------------------------

interface EncItem {
  kind: 'text' | 'thinking' | 'redacted' | 'tool' | 'custom' | 'ignored';
  outputIndex: number;
  id: string;
  /** text: JSON string literals of the deltas; thinking: text pieces. */
  pieces: string[];
  signature: string;
  annotations: Json[];
  /** thinking: the summary part was opened. */
  partOpen: boolean;
  callId: string;
  name: string;
  namespace: string | undefined;
  data: string;
}

/**
 * IR stream → Responses SSE (`event: <type>\ndata: <json>\n\n`, no `[DONE]`), in
 * the official grammar, `sequence_number` from 0 increasing by 1:
 * `response.created`, `response.in_progress` (status in_progress, output [],
 * usage null); per IR block one output item:
 * - text: `output_item.added` (message, in_progress, content []),
 *   `content_part.added` (output_text ""), `output_text.delta`* (the IR's JSON
 *   literal copied as is), `output_text.annotation.added` per web citation,
 *   `output_text.done`, `content_part.done`, `output_item.done`;
 * - thinking: `output_item.added` (reasoning, summary []),
 *   `reasoning_summary_part.added` at the first text, `reasoning_summary_text.delta`*,
 *   `reasoning_summary_text.done`, `reasoning_summary_part.done`, `output_item.done`
 *   (summary + `encrypted_content` carrier when signed); redacted thinking: added + done (carrier);
 * - tool_use: `output_item.added` (function_call, arguments ""),
 *   `function_call_arguments.delta`*, `function_call_arguments.done` ("{}" when
 *   none), `output_item.done`; a custom tool of the request → `custom_tool_call`
 *   with `custom_tool_call_input.delta` (the whole raw input, at the block's end) and `.done`;
 * then `response.completed` or `response.incomplete` with every item and usage.
 * An error → `error` (`{type:"error", error:{type,code,message,param}}`, as first-party
 * OpenAI sends it) then `response.failed`.
 */
class ResponsesStreamEncoder extends IrStreamEncoderBase implements IrStreamSink {
  private seq = 0;
  private id = '';
  private readonly createdAt: number;
  private readonly items = new Map<number, EncItem>();
  private readonly output: Json[] = [];
  private stopReason: IrStopReason | null = null;
  constructor(
    private readonly ctx: RequestContext,
    private readonly upstreamLabel: string,
  ) {
    super();
    this.createdAt = nowSeconds(ctx);
  }

  /** Writes one event; `body` is the JSON of the event's fields after `type` (without braces). */
  private emit(type: string, body: string): void {
    this.out += 'event: ' + type + '\ndata: {"type":"' + type + '",' + body + ',"sequence_number":' + this.seq++ + '}\n\n';
  }

  private lifecycle(type: string, response: Json): void {
    this.emit(type, '"response":' + JSON.stringify(response));
  }

  start(id: string): void {
    this.id = responseId(id);
    const pending = responseObject(this.id, this.ctx, this.createdAt, 'in_progress', null, [], null);
    pending.completed_at = null;
    this.lifecycle('response.created', pending);
    this.lifecycle('response.in_progress', pending);
  }

  private added(item: Json, oi: number): void {
    this.emit('response.output_item.added', '"output_index":' + oi + ',"item":' + JSON.stringify(item));
  }

  blockStart(index: number, b: IrBlockStart): void {
    const oi = this.output.length;
    const it: EncItem = { kind: 'ignored', outputIndex: oi, id: '', pieces: [], signature: '', annotations: [], partOpen: false, callId: '', name: '', namespace: undefined, data: '' };
    this.items.set(index, it);
    switch (b.type) {
      case 'text':
        it.kind = 'text';
        it.id = itemId('msg', this.id, oi);
        this.output.push(messageItem(it.id, 'in_progress', []));
        this.added(messageItem(it.id, 'in_progress', []), oi);
        this.emit('response.content_part.added', this.where(it) + ',"part":{"type":"output_text","annotations":[],"logprobs":[],"text":""}');
        if (b.text !== '') this.textDelta(index, JSON.stringify(b.text));
        return;
      case 'thinking':
        it.kind = 'thinking';
        it.id = itemId('rs', this.id, oi);
        this.output.push(reasoningItem(it.id, '', undefined));
        this.added(reasoningItem(it.id, '', undefined), oi);
        if (b.thinking !== '') this.thinkingDelta(index, b.thinking);
        if (b.signature !== '') it.signature = b.signature;
        return;
      case 'redacted_thinking':
        it.kind = 'redacted';
        it.id = itemId('rs', this.id, oi);
        it.data = b.data;
        this.output.push(reasoningItem(it.id, '', undefined));
        this.added(reasoningItem(it.id, '', undefined), oi);
        return;
      case 'tool_use': {
        const kinds = ECHOES.get(this.ctx)?.toolKinds;
        it.callId = b.id;
        it.name = b.name;
        it.namespace = kinds?.namespaces.get(b.name);
        if (kinds?.custom.has(b.name)) {
          it.kind = 'custom';
          it.id = itemId('ctc', this.id, oi);
          const item = customToolCallItem(it.id, b.id, b.name, '', it.namespace);
          this.output.push(item);
          this.added(item, oi);
          return;
        }
        it.kind = 'tool';
        it.id = itemId('fc', this.id, oi);
        const item = functionCallItem(it.id, 'in_progress', b.id, b.name, '', it.namespace);
        this.output.push(item);
        this.added(item, oi);
        return;
      }
      default:
        return; // opaque (server_tool_use, web_search_tool_result): executed upstream, no Responses item
    }
  }

  /** `"item_id":…,"output_index":…` (+ `"content_index":0` for message parts). */
  private where(it: EncItem): string {
    return '"item_id":"' + it.id + '","output_index":' + it.outputIndex + (it.kind === 'text' ? ',"content_index":0' : '');
  }

  textDelta(index: number, literal: string): void {
    const it = this.items.get(index);
    if (it === undefined || it.kind !== 'text') return;
    it.pieces.push(literal);
    this.emit('response.output_text.delta', this.where(it) + ',"delta":' + literal + ',"logprobs":[]');
  }

  thinkingDelta(index: number, text: string): void {
    const it = this.items.get(index);
    if (it === undefined || it.kind !== 'thinking' || text === '') return;
    if (!it.partOpen) {
      it.partOpen = true;
      this.emit('response.reasoning_summary_part.added', this.where(it) + ',"summary_index":0,"part":{"type":"summary_text","text":""}');
    }
    it.pieces.push(text);
    this.emit('response.reasoning_summary_text.delta', this.where(it) + ',"summary_index":0,"delta":' + JSON.stringify(text));
  }

  signatureDelta(index: number, signature: string): void {
    const it = this.items.get(index);
    if (it !== undefined && it.kind === 'thinking') it.signature += signature;
  }

  inputDelta(index: number, partialJson: string): void {
    const it = this.items.get(index);
    if (it === undefined) return;
    if (it.kind === 'custom') {
      it.pieces.push(partialJson); // the raw input is known once the JSON arguments are whole
      return;
    }
    if (it.kind !== 'tool') return;
    it.pieces.push(partialJson);
    this.emit('response.function_call_arguments.delta', this.where(it) + ',"delta":' + JSON.stringify(partialJson));
  }

  citationDelta(index: number, citation: unknown): void {
    const it = this.items.get(index);
    if (it === undefined || it.kind !== 'text') return;
    const a = annotationOf(citation, 0);
    if (!a) return;
    it.annotations.push(a);
    this.emit('response.output_text.annotation.added', this.where(it) + ',"annotation_index":' + (it.annotations.length - 1) + ',"annotation":' + JSON.stringify(a));
  }

  blockStop(index: number): void {
    const it = this.items.get(index);
    if (it === undefined) return;
    let item: Json;
    switch (it.kind) {
      case 'text': {
        const text = it.pieces.length === 0 ? '' : (JSON.parse('[' + it.pieces.join(',') + ']') as string[]).join('');
        for (const a of it.annotations) a.end_index = text.length;
        const part = textPart(text, it.annotations);
        this.emit('response.output_text.done', this.where(it) + ',"text":' + JSON.stringify(text) + ',"logprobs":[]');
        this.emit('response.content_part.done', this.where(it) + ',"part":' + JSON.stringify(part));
        item = messageItem(it.id, 'completed', [part]);
        break;
      }
      case 'thinking': {
        const text = it.pieces.join('');
        if (it.partOpen) {
          this.emit('response.reasoning_summary_text.done', this.where(it) + ',"summary_index":0,"text":' + JSON.stringify(text));
          this.emit('response.reasoning_summary_part.done', this.where(it) + ',"summary_index":0,"part":' + JSON.stringify({ type: 'summary_text', text }));
        }
        item = reasoningItem(it.id, text, it.signature !== '' ? sealReasoning({ type: 'thinking', thinking: text, signature: it.signature }) : undefined);
        break;
      }
      case 'redacted':
        item = reasoningItem(it.id, '', sealReasoning({ type: 'redacted_thinking', data: it.data }));
        break;
      case 'tool': {
        const args = it.pieces.length === 0 ? '{}' : it.pieces.join('');
        if (it.pieces.length === 0) this.emit('response.function_call_arguments.delta', this.where(it) + ',"delta":"{}"');
        this.emit('response.function_call_arguments.done', this.where(it) + ',"name":' + JSON.stringify(it.name) + ',"arguments":' + JSON.stringify(args));
        item = functionCallItem(it.id, 'completed', it.callId, it.name, args, it.namespace);
        break;
      }
      case 'custom': {
        const input = customInput(tryParse(it.pieces.join('')));
        if (input !== '') this.emit('response.custom_tool_call_input.delta', this.where(it) + ',"delta":' + JSON.stringify(input));
        this.emit('response.custom_tool_call_input.done', this.where(it) + ',"input":' + JSON.stringify(input));
        item = customToolCallItem(it.id, it.callId, it.name, input, it.namespace);
        break;
      }
      default:
        return;
    }
    this.items.delete(index);
    this.output[it.outputIndex] = item;
    this.emit('response.output_item.done', '"output_index":' + it.outputIndex + ',"item":' + JSON.stringify(item));
  }

  messageDelta(stopReason: IrStopReason | null): void {
    if (stopReason !== null) this.stopReason = stopReason;
  }

  messageStop(): void {
    this.finished = true;
    for (const index of [...this.items.keys()]) this.blockStop(index);
    const { status, incomplete } = encodeStatus(this.stopReason);
    const final = responseObject(this.id, this.ctx, this.createdAt, status, incomplete, this.output, mapUsageToResponses(this.usage));
    this.lifecycle(status === 'completed' ? 'response.completed' : 'response.incomplete', final);
  }

  private fail(message: string, type: string, code: string | null): void {
    this.finished = true;
    if (this.id === '') this.start('');
    this.emit('error', '"error":' + JSON.stringify({ type, code, message, param: null }));
    const failed = responseObject(this.id, this.ctx, this.createdAt, 'failed', null, [], null, { code: code ?? 'server_error', message });
    this.lifecycle('response.failed', failed);
  }

  error(err: IrError): void {
    this.sawError = true;
    const { type, code } = openaiErrorType(err.type, 0);
    this.fail(err.message, type, code ?? (type === 'server_error' ? 'server_error' : null));
  }

  truncated(): void {
    this.fail(`The ${this.upstreamLabel} upstream stream ended before the response was complete.`, 'server_error', 'upstream_stream_truncated');
  }
}

export const openaiResponsesMapper: FormatMapper = {
  format: FORMAT,
  label: 'openai',
  chatPath: '/responses',
  decodeRequest,
  encodeRequest,
  decodeResponse: (body) => decodeResponse(body),
  encodeResponse: (ir, ctx) => encodeResponse(ir, ctx),
  decodeError,
  encodeError,
  streamDecoder: (sink) => new ResponsesStreamDecoder(sink),
  streamEncoder: (ctx, _mapped: MappedRequest, upstreamLabel) => new ResponsesStreamEncoder(ctx, upstreamLabel),
};
