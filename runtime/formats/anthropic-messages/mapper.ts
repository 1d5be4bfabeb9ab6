/**
 * Anthropic Messages mapper: decodes `POST /v1/messages` requests, Messages
 * responses, error envelopes and SSE streams into the translation IR
 * (runtime/translate/core.ts) and encodes the IR into them.
 *
 * The IR is a superset of this format, so most of this module is a typed copy;
 * the Anthropic-only rules live in the encoder: system messages hoisted into
 * `system`, consecutive same-role turns merged, trailing whitespace of a final
 * assistant prefill trimmed, `reasoning_effort` → `thinking.budget_tokens`,
 * `response_format` emulated by a forced tool, and the thinking-before-tool_use
 * rule of extended thinking. References: Anthropic Messages API, streaming and
 * extended-thinking docs; shared/reference/wire-formats.md §3.
 * Field-by-field coverage per format pair: specs/translation.ts.
 */
import { GatewayError, anthropicErrorTypeForStatus } from '../../errors.ts';
import { sseEvent } from '../../sse/writer.ts';
import { anthropicUsageInto, isRecord, mapUsageToAnthropic, str } from '../../transcode/common.ts';
import type { MappedError, MappedRequest, RequestContext } from '../../transcode/types.ts';
import { emptyUsage } from '../../usage.ts';
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
  type IrSource,
  type IrStopReason,
  type IrStreamDecoder,
  type IrStreamSink,
  type IrTextBlock,
  type IrTool,
  type IrToolChoice,
  type IrVendorFields,
  type Json,
  type LossReport,
  IrStreamEncoderBase,
  type IrStreamEncoder,
} from '../../translate/core.ts';

const FORMAT = 'anthropic-messages' as const;

/** Pinned upstream API version: under it `temperature`/`top_p`/`top_k` are valid (2026-10-21 rejects them). */
export const ANTHROPIC_VERSION = '2023-06-01';

/**
 * Effort level → `thinking.budget_tokens` (fixed buckets, LiteLLM style; Anthropic's
 * minimum budget is 1024). `none` disables thinking. The budget is capped at
 * `max_tokens − 1` (both APIs count reasoning inside the output limit); below
 * 1024 the request is rejected.
 */
export const REASONING_EFFORT_BUDGETS: Readonly<Record<string, number>> = {
  minimal: 1024,
  low: 2048,
  medium: 8192,
  high: 16384,
  xhigh: 32768,
  max: 65536,
};
const MIN_THINKING_BUDGET = 1024;

/** Name of the forced tool that emulates `response_format` json_schema / json_object. */
export const SYNTHETIC_JSON_TOOL = 'json_response';

/** Request fields decoded into the IR. */
export const MAPPED_FIELDS: ReadonlySet<string> = new Set([
  'model', 'messages', 'system', 'max_tokens', 'metadata', 'stop_sequences', 'stream', 'temperature', 'top_p', 'top_k', 'tools',
  'tool_choice', 'thinking', 'output_config', 'cache_control',
]);

/**
 * Anthropic-only fields, omitted at their default value (they then change
 * nothing); any other value is kept as an IR extra (a loss for other formats).
 */
export const ACCEPTED_IF_DEFAULT: Readonly<Record<string, (v: unknown) => boolean>> = {
  service_tier: (v) => v == null || v === 'auto' || v === 'standard_only',
  speed: (v) => v == null || v === 'standard',
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
 * Anthropic `tool_choice` → IR (Anthropic tool-use docs): auto, any, none,
 * {type:"tool",name}; `disable_parallel_tool_use: true` → parallelToolCalls false.
 * @throws GatewayError 400 for a value that is not an object or of an unknown type
 */
export function decodeToolChoice(choice: unknown, upstream: string): { toolChoice?: IrToolChoice; parallelToolCalls?: boolean } {
  if (choice == null) return {};
  if (!isRecord(choice)) throw invalid('tool_choice', '`tool_choice` must be an object.');
  let toolChoice: IrToolChoice;
  switch (choice.type) {
    case 'auto':
    case 'any':
    case 'none':
      toolChoice = { type: choice.type };
      break;
    case 'tool':
      toolChoice = { type: 'tool', name: str(choice.name) ?? '' };
      break;
    default:
      throw invalid('tool_choice.type', `\`tool_choice\` type ${JSON.stringify(choice.type)} cannot be translated for the ${upstream} upstream.`);
  }
  return choice.disable_parallel_tool_use === true ? { toolChoice, parallelToolCalls: false } : { toolChoice };
}

/**
 * IR tool choice → Anthropic `tool_choice`. parallelToolCalls false →
 * `disable_parallel_tool_use: true` (on an `auto` choice created when none was
 * given; not applicable to `none`). Undefined when nothing is to be sent.
 */
export function encodeToolChoice(choice: IrToolChoice | undefined, parallelToolCalls: boolean | undefined): Json | undefined {
  let out: Json | undefined = choice ? { ...choice } : undefined;
  if (parallelToolCalls === false) {
    if (out === undefined) out = { type: 'auto' };
    if (out.type !== 'none') out.disable_parallel_tool_use = true;
  }
  return out;
}

/** `msg_`-prefixed id (Anthropic ids; ids of other formats get the prefix). */
export function messageId(id: unknown): string {
  const s = str(id) ?? '';
  return s.startsWith('msg_') ? s : 'msg_' + s;
}

// ---------------------------------------------------------------------------------------------
// Request: decode
// ---------------------------------------------------------------------------------------------

function decodeSource(src: unknown): IrSource {
  const s = isRecord(src) ? src : {};
  if (s.type === 'base64') return { type: 'base64', mediaType: str(s.media_type) ?? '', data: str(s.data) ?? '' };
  if (s.type === 'url') return { type: 'url', url: str(s.url) ?? '' };
  if (s.type === 'text') return { type: 'text', mediaType: str(s.media_type) ?? 'text/plain', data: str(s.data) ?? '' };
  return { type: 'other', value: s };
}

function cacheOf(b: Json): IrCache | undefined {
  return b.cache_control != null ? (b.cache_control as IrCache) : undefined;
}

/** Keys each block type maps into the IR; any other key of a known block is kept as vendor fields. */
const BLOCK_KEYS: Readonly<Record<string, readonly string[]>> = {
  text: ['type', 'text', 'cache_control'],
  image: ['type', 'source', 'cache_control'],
  document: ['type', 'source', 'title', 'cache_control'],
  thinking: ['type', 'thinking', 'signature', 'cache_control'],
  redacted_thinking: ['type', 'data', 'cache_control'],
  tool_use: ['type', 'id', 'name', 'input', 'cache_control'],
  tool_result: ['type', 'tool_use_id', 'content', 'is_error', 'cache_control'],
};

/** Keys of `from` outside `known`, as vendor fields of this format (undefined when none). */
function vendorOf(from: Json, known: readonly string[]): IrVendorFields | undefined {
  let fields: Json | undefined;
  for (const k of Object.keys(from)) if (!known.includes(k)) (fields ??= {})[k] = from[k];
  return fields ? { format: FORMAT, fields } : undefined;
}

/** One Anthropic content block → IR block (any type; unknown ones are opaque). */
function decodeBlock(b: Json, at: string): IrBlock {
  const cache = cacheOf(b);
  let out: IrBlock;
  switch (b.type) {
    case 'text':
      out = { type: 'text', text: str(b.text) ?? '', at };
      if (Array.isArray(b.citations)) out.citations = b.citations;
      break;
    case 'image':
      out = { type: 'image', source: decodeSource(b.source), at };
      break;
    case 'document':
      out = { type: 'document', source: decodeSource(b.source), at };
      if (typeof b.title === 'string') out.title = b.title;
      break;
    case 'thinking':
      out = { type: 'thinking', thinking: str(b.thinking) ?? '', signature: str(b.signature) ?? '', at };
      break;
    case 'redacted_thinking':
      out = { type: 'redacted_thinking', data: str(b.data) ?? '', at };
      break;
    case 'tool_use':
      out = { type: 'tool_use', id: str(b.id) ?? '', name: str(b.name) ?? '', input: (b.input ?? {}) as Json, at };
      break;
    case 'tool_result': {
      let content: string | IrBlock[] = '';
      if (typeof b.content === 'string') content = b.content;
      else if (Array.isArray(b.content)) {
        content = b.content.map((c, k) => {
          if (!isRecord(c)) throw invalid(`${at}.content[${k}]`, 'Content blocks must be objects.');
          return decodeBlock(c, `${at}.content[${k}]`);
        });
      }
      out = { type: 'tool_result', toolUseId: str(b.tool_use_id) ?? '', content, at };
      if (b.is_error === true) out.isError = true;
      break;
    }
    default:
      return { type: 'opaque', format: FORMAT, value: b, at };
  }
  if (cache !== undefined) out.cache = cache;
  const keys = BLOCK_KEYS[out.type];
  const vendor = keys ? vendorOf(b, out.type === 'text' && out.citations ? [...keys, 'citations'] : keys) : undefined;
  if (vendor) out.vendor = vendor;
  return out;
}

/** Text-only blocks (system prompt, in-message system entries). */
function decodeTextBlocks(blocks: unknown[], at: (k: number) => string, message: string): IrTextBlock[] {
  return blocks.map((b, k) => {
    if (!isRecord(b) || b.type !== 'text') throw invalid(at(k), message);
    return decodeBlock(b, at(k)) as IrTextBlock;
  });
}

function decodeMessages(messages: unknown): IrMessage[] {
  if (!Array.isArray(messages)) throw invalid('messages', '`messages` must be an array.');
  return messages.map((m, i) => {
    const at = `messages[${i}]`;
    if (!isRecord(m)) throw invalid(at, 'Messages must be objects.');
    if (m.role !== 'user' && m.role !== 'assistant' && m.role !== 'system') throw invalid(`${at}.role`, 'Message role must be `user`, `assistant` or `system`.');
    if (typeof m.content === 'string') return { role: m.role, content: [{ type: 'text', text: m.content, at: `${at}.content` }], plain: true, at };
    if (!Array.isArray(m.content)) throw invalid(`${at}.content`, '`content` must be a string or an array of blocks.');
    if (m.role === 'system') {
      // Claude Code sends a system entry after the user turn.
      return { role: 'system', content: decodeTextBlocks(m.content, (j) => `${at}.content[${j}]`, 'System messages may only contain text blocks.'), at };
    }
    const content = m.content.map((b, j) => {
      if (!isRecord(b)) throw invalid(`${at}.content[${j}]`, 'Content blocks must be objects.');
      return decodeBlock(b, `${at}.content[${j}]`);
    });
    return { role: m.role, content, at };
  });
}

function decodeTools(tools: unknown): IrTool[] {
  if (!Array.isArray(tools)) return [];
  return tools.map((t, i): IrTool => {
    const at = `tools[${i}]`;
    if (!isRecord(t) || (t.type != null && t.type !== 'custom')) return { kind: 'opaque', format: FORMAT, value: t, at };
    const tool: IrTool = { kind: 'function', name: str(t.name) ?? '', parameters: isRecord(t.input_schema) ? t.input_schema : { type: 'object', properties: {} }, at };
    if (typeof t.description === 'string') tool.description = t.description;
    if (typeof t.strict === 'boolean') tool.strict = t.strict;
    const cache = cacheOf(t);
    if (cache !== undefined) tool.cache = cache;
    const vendor = vendorOf(t, ['name', 'description', 'input_schema', 'strict', 'cache_control']);
    if (vendor) tool.vendor = vendor;
    return tool;
  });
}

function decodeRequest(body: Json, losses: LossReport): IrRequest {
  const extras: IrExtra[] = [];
  for (const key of Object.keys(body)) {
    if (MAPPED_FIELDS.has(key)) continue;
    const ok = Object.hasOwn(ACCEPTED_IF_DEFAULT, key) ? ACCEPTED_IF_DEFAULT[key] : undefined; // own keys only: `__proto__`, `constructor` are caller fields
    if (ok && ok(body[key])) continue;
    extras.push({ field: key, value: body[key], format: FORMAT });
  }
  let system: IrTextBlock[] = [];
  if (typeof body.system === 'string') {
    if (body.system !== '') system = [{ type: 'text', text: body.system, at: 'system' }];
  } else if (Array.isArray(body.system)) {
    system = decodeTextBlocks(body.system, (k) => `system[${k}]`, 'System blocks must be text blocks.');
  }
  const ir: IrRequest = { system, messages: decodeMessages(body.messages), tools: decodeTools(body.tools), stream: body.stream === true, includeUsage: body.stream === true, extras };
  const cache = cacheOf(body);
  if (cache !== undefined) ir.cache = cache;
  if (typeof body.max_tokens === 'number') {
    ir.maxTokens = body.max_tokens;
    ir.maxTokensField = 'max_tokens';
  }
  if (body.temperature != null) ir.temperature = body.temperature;
  if (body.top_p != null) ir.topP = body.top_p;
  if (body.top_k != null) ir.topK = body.top_k;
  if (Array.isArray(body.stop_sequences) && body.stop_sequences.length > 0) ir.stop = body.stop_sequences as string[];
  if (isRecord(body.metadata)) {
    for (const k of Object.keys(body.metadata)) {
      if (k !== 'user_id') extras.push({ field: `metadata.${k}`, value: body.metadata[k], format: FORMAT, spec: 'metadata.<key other than user_id>' });
    }
    if (typeof body.metadata.user_id === 'string') ir.user = body.metadata.user_id;
  }
  const tc = decodeToolChoice(body.tool_choice, losses.upstream);
  if (tc.toolChoice) ir.toolChoice = tc.toolChoice;
  if (tc.parallelToolCalls === false) ir.parallelToolCalls = false;
  const reasoning: IrReasoning = {};
  if (isRecord(body.thinking)) reasoning.thinking = body.thinking;
  if (body.output_config != null) {
    const oc = isRecord(body.output_config) ? body.output_config : {};
    for (const k of Object.keys(oc)) {
      if (k === 'effort' && typeof oc.effort === 'string') reasoning.effort = oc.effort;
      else if (k === 'format' && isRecord(oc.format) && oc.format.type === 'json_schema' && isRecord(oc.format.schema)) {
        ir.responseFormat = { type: 'json_schema', schema: oc.format.schema, name: 'response', strict: true, origin: FORMAT };
      } else if (oc[k] != null) extras.push({ field: `output_config.${k}`, value: oc[k], format: FORMAT, spec: 'output_config.<other key>' });
    }
  }
  if (reasoning.thinking !== undefined || reasoning.effort !== undefined) ir.reasoning = reasoning;
  return ir;
}

// ---------------------------------------------------------------------------------------------
// Request: encode
// ---------------------------------------------------------------------------------------------

function encodeSource(s: IrSource): Json {
  switch (s.type) {
    case 'base64':
      return { type: 'base64', media_type: s.mediaType, data: s.data };
    case 'url':
      return { type: 'url', url: s.url };
    case 'text':
      return { type: 'text', media_type: s.mediaType, data: s.data };
    default:
      return s.value;
  }
}

/** IR block → Anthropic block (requests and responses). */
function encodeBlock(b: IrBlock): Json {
  let out: Json;
  switch (b.type) {
    case 'text':
      out = { type: 'text', text: b.text };
      if (b.citations) out.citations = b.citations;
      break;
    case 'image':
      out = { type: 'image', source: encodeSource(b.source) };
      break;
    case 'document':
      out = { type: 'document', source: encodeSource(b.source) };
      if (b.title !== undefined) out.title = b.title;
      break;
    case 'thinking':
      out = { type: 'thinking', thinking: b.thinking, signature: b.signature };
      break;
    case 'redacted_thinking':
      out = { type: 'redacted_thinking', data: b.data };
      break;
    case 'tool_use':
      out = { type: 'tool_use', id: b.id, name: b.name, input: b.input };
      break;
    case 'tool_result':
      out = { type: 'tool_result', tool_use_id: b.toolUseId, content: typeof b.content === 'string' ? b.content : b.content.map(encodeBlock) };
      if (b.isError) out.is_error = true;
      break;
    case 'opaque':
      if (b.format !== FORMAT) throw invalid(b.at ?? 'messages', `Content block type \`${String(b.value.type)}\` cannot be sent to the anthropic upstream.`);
      return b.value;
  }
  if (b.cache !== undefined) out.cache_control = b.cache;
  if (b.vendor?.format === FORMAT) Object.assign(out, b.vendor.fields);
  return out;
}

/**
 * Whether the conversation is in an open tool loop whose last assistant turn
 * does not start with a thinking block: with extended thinking enabled,
 * Anthropic rejects it ("Expected `thinking` or `redacted_thinking`, but found
 * `tool_use`. When `thinking` is enabled, a final `assistant` message must start
 * with a thinking block …", extended-thinking docs, "preserving thinking blocks").
 */
export function toolLoopWithoutThinking(messages: readonly Json[]): boolean {
  const last = messages[messages.length - 1];
  if (!last || last.role !== 'user' || !Array.isArray(last.content) || !last.content.some((b) => isRecord(b) && b.type === 'tool_result')) return false;
  for (let i = messages.length - 2; i >= 0; i--) {
    const m = messages[i] as Json;
    if (m.role !== 'assistant') continue;
    const content = Array.isArray(m.content) ? m.content : [];
    if (!content.some((b) => isRecord(b) && b.type === 'tool_use')) return false;
    const first = content[0];
    return !(isRecord(first) && (first.type === 'thinking' || first.type === 'redacted_thinking'));
  }
  return false;
}

/**
 * IR messages → Anthropic `system` + `messages`: system entries hoisted (any
 * position, in order) into `system`; consecutive same-role turns merged;
 * trailing whitespace of a final assistant (prefill) text trimmed (Anthropic 400s on it).
 */
function encodeMessages(ir: IrRequest): { system: Json[]; messages: Json[] } {
  const system: Json[] = ir.system.map(encodeBlock);
  const out: Json[] = [];
  for (const m of ir.messages) {
    if (m.role === 'system') {
      for (const b of m.content) {
        if (b.type !== 'text') throw invalid(`${m.at}.content`, 'System messages may only contain text.');
        system.push(encodeBlock(b));
      }
      continue;
    }
    const blocks = m.content.map(encodeBlock);
    if (blocks.length === 0) continue;
    const prev = out[out.length - 1];
    if (prev && prev.role === m.role) (prev.content as Json[]).push(...blocks);
    else out.push({ role: m.role, content: blocks });
  }
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

/** Reasoning → Anthropic `thinking`: the thinking object as is, else the effort's budget (REASONING_EFFORT_BUDGETS). */
function encodeThinking(ir: IrRequest, maxTokens: number): unknown {
  const r = ir.reasoning;
  if (!r) return undefined;
  if (r.thinking !== undefined) return r.thinking;
  const effort = r.effort;
  if (effort === undefined || effort === 'none') return undefined;
  const bucket = Object.hasOwn(REASONING_EFFORT_BUDGETS, effort) ? REASONING_EFFORT_BUDGETS[effort] : undefined;
  if (bucket === undefined) throw invalid('reasoning_effort', `\`reasoning_effort\` ${JSON.stringify(effort)} cannot be translated for the anthropic upstream.`);
  const budget = Math.min(bucket, maxTokens - 1);
  if (budget < MIN_THINKING_BUDGET) {
    const field = ir.maxTokensField;
    throw invalid(
      field ?? 'reasoning_effort',
      `\`reasoning_effort\` needs an output limit above ${MIN_THINKING_BUDGET} tokens on the anthropic upstream (thinking budget minimum); raise \`${field ?? 'max_completion_tokens'}\`.`,
    );
  }
  return { type: 'enabled', budget_tokens: budget };
}

/**
 * `response_format` → a forced synthetic tool (SYNTHETIC_JSON_TOOL) whose
 * input_schema is the JSON schema (`json_object`: any object). Its tool_use
 * input is decoded back into text. Not combinable with caller tools or thinking
 * (forced tool use is incompatible with extended thinking).
 */
function encodeResponseFormat(ir: IrRequest, hasTools: boolean, hasThinking: boolean, losses: LossReport): Json | undefined {
  const rf = ir.responseFormat;
  if (!rf || rf.origin === FORMAT) return undefined; // this format's own output_config.format: sent natively
  if (hasTools || hasThinking) {
    losses.lose('response_format', 'response_format', hasTools ? 'cannot be combined with `tools`' : 'cannot be combined with reasoning');
    return undefined;
  }
  let schema: Json = { type: 'object' };
  let description = 'Respond with the final answer as a JSON object passed as this tool\'s input.';
  if (rf.type === 'json_schema') {
    if (isRecord(rf.schema)) schema = rf.schema;
    if (typeof rf.description === 'string') description += ' ' + rf.description;
    if (schema.type !== 'object') {
      losses.lose('response_format', 'response_format', 'the schema\'s top-level type must be `object`');
      return undefined;
    }
  }
  return { name: SYNTHETIC_JSON_TOOL, description, input_schema: schema };
}

function encodeTools(tools: readonly IrTool[], losses: LossReport): Json[] {
  const out: Json[] = [];
  for (const t of tools) {
    if (t.kind === 'opaque') {
      if (t.format === FORMAT) out.push(t.value as Json);
      else losses.lose(t.at, 'tools[type!=function]', 'only `function` tools can be translated');
      continue;
    }
    const tool: Json = { name: t.name };
    if (t.description !== undefined) tool.description = t.description;
    tool.input_schema = t.parameters;
    if (t.strict !== undefined) tool.strict = t.strict;
    if (t.cache !== undefined) tool.cache_control = t.cache;
    if (t.vendor?.format === FORMAT) Object.assign(tool, t.vendor.fields);
    out.push(tool);
  }
  return out;
}

function encodeRequest(ir: IrRequest, losses: LossReport, ctx: RequestContext): EncodedRequest {
  const passthrough: Json = {};
  for (const x of ir.extras) {
    if (x.format !== FORMAT) losses.lose(x.field, x.spec ?? x.field, x.detail);
    else {
      // This format's own field (`context_management`, `metadata.<key>`, …): carried back as is.
      const dot = x.field.indexOf('.');
      if (dot < 0) passthrough[x.field] = x.value;
      else {
        const parent = x.field.slice(0, dot);
        const obj = isRecord(passthrough[parent]) ? (passthrough[parent] as Json) : (passthrough[parent] = {});
        obj[x.field.slice(dot + 1)] = x.value;
      }
    }
  }
  const { system, messages } = encodeMessages(ir);
  const out: Json = { model: ctx.upstreamModel };
  if (system.length > 0) out.system = system;
  out.messages = messages;
  const maxTokens = ir.maxTokens ?? ctx.defaultMaxTokens;
  out.max_tokens = maxTokens;
  let thinking = encodeThinking(ir, maxTokens);
  if (thinking !== undefined && isRecord(thinking) && thinking.type !== 'disabled' && toolLoopWithoutThinking(messages)) {
    // An OpenAI-format client replays its tool call without the signed thinking block:
    // Anthropic would answer 400. Thinking is off for this request (an advisory loss).
    losses.lose(ir.reasoning?.thinking !== undefined ? 'thinking' : 'reasoning_effort', 'reasoning_effort (replayed tool call without a thinking block)');
    thinking = undefined;
  }
  const forcesTool = (ir.toolChoice?.type === 'any' || ir.toolChoice?.type === 'tool') && ir.tools.some((t) => t.kind === 'function');
  if (thinking !== undefined && isRecord(thinking) && thinking.type !== 'disabled' && forcesTool) {
    // Anthropic: "Thinking may not be enabled when tool_choice forces tool use." The forced tool wins (advisory loss).
    losses.lose(ir.reasoning?.thinking !== undefined ? 'thinking' : 'reasoning_effort', 'reasoning_effort (with a tool_choice that forces tool use)');
    thinking = undefined;
  }
  if (thinking !== undefined) out.thinking = thinking;
  const outputConfig: Json = {};
  if (ir.reasoning?.thinking !== undefined && ir.reasoning.effort !== undefined) outputConfig.effort = ir.reasoning.effort;
  if (ir.responseFormat?.origin === FORMAT && ir.responseFormat.type === 'json_schema') outputConfig.format = { type: 'json_schema', schema: ir.responseFormat.schema };
  if (Object.keys(outputConfig).length > 0) out.output_config = outputConfig;
  if (ir.temperature !== undefined) out.temperature = ir.temperature;
  if (ir.topP !== undefined) out.top_p = ir.topP;
  if (ir.topK !== undefined) out.top_k = ir.topK;
  if (ir.stop) out.stop_sequences = ir.stop;
  if (ir.user !== undefined) out.metadata = { user_id: ir.user };
  if (ir.cache !== undefined) out.cache_control = ir.cache;

  const tools = encodeTools(ir.tools, losses);
  const jsonTool = encodeResponseFormat(ir, tools.length > 0, thinking !== undefined, losses);
  if (jsonTool) {
    out.tools = [jsonTool];
    out.tool_choice = { type: 'tool', name: SYNTHETIC_JSON_TOOL };
  } else if (tools.length > 0) {
    out.tools = tools;
    const tc = encodeToolChoice(ir.toolChoice, ir.parallelToolCalls);
    if (tc) out.tool_choice = tc;
  }
  if (ir.stream) out.stream = true;
  for (const [k, v] of Object.entries(passthrough)) out[k] = isRecord(v) && isRecord(out[k]) ? { ...(out[k] as Json), ...v } : v;
  return { body: out, headers: { 'anthropic-version': ANTHROPIC_VERSION }, syntheticJsonTool: jsonTool ? SYNTHETIC_JSON_TOOL : null };
}

// ---------------------------------------------------------------------------------------------
// Response, errors
// ---------------------------------------------------------------------------------------------

/** Anthropic Message → IR. A tool_use of the synthetic JSON tool becomes text (and its stop reason end_turn). */
function decodeResponse(body: unknown, _ctx: RequestContext, mapped: MappedRequest): IrResponse {
  if (!isRecord(body) || !Array.isArray(body.content)) {
    throw new GatewayError('upstream_unavailable', 'The anthropic upstream returned a body that is not a Messages response.');
  }
  const content: IrBlock[] = [];
  let jsonMode = false;
  for (const b of body.content) {
    if (!isRecord(b)) continue;
    if (b.type === 'tool_use' && mapped.syntheticJsonTool !== null && b.name === mapped.syntheticJsonTool) {
      content.push({ type: 'text', text: JSON.stringify(b.input ?? {}) });
      jsonMode = true;
    } else content.push(decodeBlock(b, 'content'));
  }
  const stop = (str(body.stop_reason) ?? null) as IrStopReason | null;
  return {
    id: str(body.id) ?? '',
    content,
    stopReason: jsonMode && stop === 'tool_use' ? 'end_turn' : stop,
    stopSequence: str(body.stop_sequence) ?? null,
    usage: anthropicUsageInto(emptyUsage(), body.usage),
  };
}

/** IR → Anthropic Message (stop_sequence is not carried across formats: null). */
function encodeResponse(ir: IrResponse, ctx: RequestContext): unknown {
  return {
    id: messageId(ir.id),
    type: 'message',
    role: 'assistant',
    model: ctx.alias,
    content: ir.content.filter((b) => b.type !== 'opaque' || b.format === FORMAT).map(encodeBlock),
    stop_reason: ir.stopReason ?? 'end_turn',
    stop_sequence: null,
    usage: mapUsageToAnthropic(ir.usage),
  };
}

function decodeError(status: number, body: unknown): IrError {
  const err = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  const out: IrError = { status, message: (err && str(err.message)) || `The anthropic upstream returned HTTP ${status}.` };
  const type = err && str(err.type);
  if (type) out.type = type;
  return out;
}

/**
 * IR error → Anthropic envelope `{type:"error",error:{type,message}}`, status kept;
 * the type is the IR's when known, else follows the status (anthropicErrorTypeForStatus).
 */
function encodeError(err: IrError): MappedError {
  return { status: err.status, body: { type: 'error', error: { type: err.type ?? anthropicErrorTypeForStatus(err.status), message: err.message } } };
}

// ---------------------------------------------------------------------------------------------
// Stream: decode (Anthropic SSE → IR sink)
// ---------------------------------------------------------------------------------------------

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

/**
 * Anthropic SSE events → IR sink, nearly one to one (the IR stream grammar is
 * Anthropic's). ping is ignored; a duplicate message_start is ignored; events
 * before message_start start the message (protocol violation, still a
 * well-formed result); the synthetic JSON tool streams as a text block; an
 * `event: error` or an unparsable event → sink.error; EOF before message_stop → sink.truncated.
 */
class AnthropicStreamDecoder implements IrStreamDecoder {
  private messageStarted = false;
  /** Block indexes of the synthetic JSON tool. */
  private jsonBlocks: Set<number> | null = null;
  private toolCount = 0;
  constructor(
    private readonly sink: IrStreamEncoder,
    private readonly jsonTool: string | null,
  ) {}

  onEnd(): void {
    this.sink.truncated();
  }

  onEvent(event: string | undefined, data: string): void {
    if (this.sink.finished || event === 'ping') return;
    if (event === 'content_block_delta' && this.messageStarted && this.textDeltaFast(data)) return;
    let ev: unknown;
    try {
      ev = JSON.parse(data);
    } catch {
      this.sink.error({ status: 0, type: 'api_error', message: 'The anthropic upstream sent a malformed stream event.' });
      return;
    }
    if (!isRecord(ev)) return;
    const type = typeof ev.type === 'string' ? ev.type : event;
    if (type === 'error' || event === 'error') {
      const err = isRecord(ev.error) ? ev.error : {};
      const e: IrError = { status: 0, message: str(err.message) || 'The anthropic upstream reported an error.' };
      if (typeof err.type === 'string') e.type = err.type;
      this.sink.error(e);
      return;
    }
    if (!this.messageStarted && (type === 'content_block_start' || type === 'content_block_delta' || type === 'message_delta' || type === 'message_stop')) {
      this.messageStarted = true;
      this.sink.start('');
    }
    const index = typeof ev.index === 'number' ? ev.index : -1;
    switch (type) {
      case 'message_start': {
        if (this.messageStarted) return;
        const msg = isRecord(ev.message) ? ev.message : {};
        anthropicUsageInto(this.sink.usage, msg.usage);
        this.messageStarted = true;
        this.sink.start(str(msg.id) ?? '');
        return;
      }
      case 'content_block_start':
        this.sink.blockStart(index, this.blockStart(index, isRecord(ev.content_block) ? ev.content_block : {}));
        return;
      case 'content_block_delta':
        this.blockDelta(index, ev.delta);
        return;
      case 'content_block_stop':
        this.sink.blockStop(index);
        return;
      case 'message_delta': {
        const d = isRecord(ev.delta) ? ev.delta : {};
        anthropicUsageInto(this.sink.usage, ev.usage);
        if (d.stop_reason != null) {
          const stop = d.stop_reason as IrStopReason;
          this.sink.messageDelta(this.jsonTool !== null && stop === 'tool_use' && this.toolCount === 0 ? 'end_turn' : stop);
        } else this.sink.messageDelta(null);
        return;
      }
      case 'message_stop':
        this.sink.messageStop();
        return;
      default:
        return; // unknown event types
    }
  }

  /**
   * Fast path for the bulk of a stream (performance, issue 6): a text delta in
   * Anthropic's exact wire shape
   * `{"type":"content_block_delta","index":N,"delta":{"type":"text_delta","text":"…"}}`
   * goes to the sink without JSON.parse: the text's JSON string literal is
   * validated and handed over as is (it may keep escapes the slow path would
   * normalise, e.g. `\u00e9` instead of `é`: the same string once parsed).
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
    if (litEnd - lit > 2) this.sink.textDelta(index, data.slice(lit, litEnd));
    return true;
  }

  private blockStart(index: number, cb: Json): IrBlockStart {
    switch (cb.type) {
      case 'text':
        return { type: 'text', text: str(cb.text) ?? '' };
      case 'tool_use':
        if (this.jsonTool !== null && cb.name === this.jsonTool) {
          (this.jsonBlocks ??= new Set()).add(index);
          return { type: 'text', text: '' };
        }
        this.toolCount++;
        return { type: 'tool_use', id: str(cb.id) ?? '', name: str(cb.name) ?? '' };
      case 'thinking':
        return { type: 'thinking', thinking: str(cb.thinking) ?? '', signature: str(cb.signature) ?? '' };
      case 'redacted_thinking':
        return { type: 'redacted_thinking', data: str(cb.data) ?? '' };
      default:
        return { type: 'opaque', value: cb }; // server_tool_use, web_search_tool_result, …
    }
  }

  private blockDelta(index: number, d: unknown): void {
    if (!isRecord(d)) return;
    switch (d.type) {
      case 'text_delta': {
        const t = str(d.text);
        if (t) this.sink.textDelta(index, JSON.stringify(t));
        return;
      }
      case 'input_json_delta': {
        const p = str(d.partial_json);
        if (!p) return; // empty fragments (Anthropic's usual first one) are skipped
        if (this.jsonBlocks !== null && this.jsonBlocks.has(index)) this.sink.textDelta(index, JSON.stringify(p));
        else this.sink.inputDelta(index, p);
        return;
      }
      case 'thinking_delta': {
        const t = str(d.thinking);
        if (t) this.sink.thinkingDelta(index, t);
        return;
      }
      case 'signature_delta':
        this.sink.signatureDelta(index, str(d.signature) ?? '');
        return;
      case 'citations_delta':
        this.sink.citationDelta(index, d.citation);
        return;
      default:
        return; // unknown deltas
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Stream: encode (IR sink → Anthropic SSE)
// ---------------------------------------------------------------------------------------------

/** IR sink → Anthropic SSE events (message_start with the usage known so far; message_delta with cumulative usage). */
class AnthropicStreamEncoder extends IrStreamEncoderBase implements IrStreamSink {
  constructor(
    private readonly ctx: RequestContext,
    private readonly upstreamLabel: string,
  ) {
    super();
  }

  start(id: string): void {
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
          usage: mapUsageToAnthropic(this.usage),
        },
      }),
    );
  }

  blockStart(index: number, b: IrBlockStart): void {
    let cb: string;
    switch (b.type) {
      case 'text':
        cb = '{"type":"text","text":""}';
        break;
      case 'thinking':
        cb = '{"type":"thinking","thinking":"","signature":""}';
        break;
      case 'redacted_thinking':
        cb = JSON.stringify({ type: 'redacted_thinking', data: b.data });
        break;
      case 'tool_use':
        cb = JSON.stringify({ type: 'tool_use', id: b.id, name: b.name, input: {} });
        break;
      default:
        cb = JSON.stringify(b.value);
    }
    this.out += 'event: content_block_start\ndata: {"type":"content_block_start","index":' + index + ',"content_block":' + cb + '}\n\n';
    if (b.type === 'text' && b.text !== '') this.textDelta(index, JSON.stringify(b.text));
    else if (b.type === 'thinking') {
      if (b.thinking !== '') this.thinkingDelta(index, b.thinking);
      if (b.signature !== '') this.signatureDelta(index, b.signature);
    }
  }

  private delta(index: number, delta: string): void {
    this.out += 'event: content_block_delta\ndata: {"type":"content_block_delta","index":' + index + ',"delta":' + delta + '}\n\n';
  }
  textDelta(index: number, literal: string): void {
    this.delta(index, '{"type":"text_delta","text":' + literal + '}');
  }
  thinkingDelta(index: number, text: string): void {
    this.delta(index, '{"type":"thinking_delta","thinking":' + JSON.stringify(text) + '}');
  }
  signatureDelta(index: number, signature: string): void {
    this.delta(index, '{"type":"signature_delta","signature":' + JSON.stringify(signature) + '}');
  }
  inputDelta(index: number, partialJson: string): void {
    this.delta(index, '{"type":"input_json_delta","partial_json":' + JSON.stringify(partialJson) + '}');
  }
  citationDelta(index: number, citation: unknown): void {
    this.delta(index, JSON.stringify({ type: 'citations_delta', citation }));
  }
  blockStop(index: number): void {
    this.out += 'event: content_block_stop\ndata: {"type":"content_block_stop","index":' + index + '}\n\n';
  }
  messageDelta(stopReason: IrStopReason | null): void {
    this.out += sseEvent(
      'message_delta',
      JSON.stringify({ type: 'message_delta', delta: { stop_reason: stopReason ?? 'end_turn', stop_sequence: null }, usage: mapUsageToAnthropic(this.usage) }),
    );
  }
  messageStop(): void {
    this.finished = true;
    this.out += 'event: message_stop\ndata: {"type":"message_stop"}\n\n';
  }
  error(err: IrError): void {
    this.finished = true;
    this.sawError = true;
    this.out += sseEvent('error', JSON.stringify({ type: 'error', error: { type: err.type ?? 'api_error', message: err.message } }));
  }
  truncated(): void {
    this.finished = true;
    this.out += sseEvent('error', JSON.stringify({ type: 'error', error: { type: 'api_error', message: `The ${this.upstreamLabel} upstream stream ended before the message was complete.` } }));
  }
}

export const anthropicMessagesMapper: FormatMapper = {
  format: FORMAT,
  label: 'anthropic',
  chatPath: '/v1/messages',
  decodeRequest: (body, losses) => decodeRequest(body, losses),
  encodeRequest,
  decodeResponse,
  encodeResponse: (ir, ctx) => encodeResponse(ir, ctx),
  decodeError,
  encodeError,
  streamDecoder: (sink, _ctx, mapped) => new AnthropicStreamDecoder(sink, mapped.syntheticJsonTool),
  streamEncoder: (ctx, _mapped, upstreamLabel) => new AnthropicStreamEncoder(ctx, upstreamLabel),
  count: {
    fromChat: (body) => {
      const out: Json = {};
      for (const k of COUNT_FIELDS) if (body[k] !== undefined) out[k] = body[k];
      return out;
    },
    tokens: (body) => {
      if (isRecord(body) && typeof body.input_tokens === 'number') return body.input_tokens;
      throw new GatewayError('upstream_unavailable', 'The anthropic upstream answered token counting without `input_tokens`.');
    },
  },
};

/**
 * Fields of a Messages request that `POST /v1/messages/count_tokens` takes
 * (https://docs.anthropic.com/en/api/messages-count-tokens); output settings are not among them.
 */
const COUNT_FIELDS = ['model', 'messages', 'system', 'tools', 'tool_choice', 'thinking'] as const;
