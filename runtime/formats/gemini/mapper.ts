/**
 * Gemini API mapper (wire format `gemini`): decodes `generateContent` /
 * `streamGenerateContent` (and `countTokens`) requests, `GenerateContentResponse` bodies and
 * stream chunks and Google's error envelope into the translation IR
 * (runtime/translate/core.ts), and encodes the IR into them.
 *
 * Field by field (coverage and loss classes per pair: specs/translation.ts):
 * - `contents[]` roles user/model (`function` read as user) → IR user/assistant
 *   messages; `systemInstruction` → system; mid-conversation IR system messages
 *   are appended to `systemInstruction` on the way out.
 * - parts: `text`; `inlineData` (image/* → image, application/pdf → document,
 *   text/* → text document); `fileData` with an http(s) URL (not a Files API
 *   URI) → url image/document, else a semantic loss; `functionCall` /
 *   `functionResponse` ↔ tool_use / tool_result; `thought: true` text ↔
 *   thinking; `thoughtSignature` ↔ sealed signatures (./signatures.ts).
 * - Function-call ids: Gemini 3 sends `functionCall.id` (8 characters) and
 *   clients echo it as `functionResponse.id`; Gemini 2.x sends none. Stable ids:
 *   a request's id-less call gets `gcall_<content index>_<part index>` (positions
 *   in the history never change as the conversation grows); a response's gets
 *   `call_` + 24 hex digits of SHA-256(responseId, call number, name, args).
 *   A `functionResponse` takes the id of the call it answers: the call of the
 *   closest earlier model turn with the same id when there is one, else the
 *   first unanswered call of that turn with the same name (order), else 400.
 *   Gemini CLI answers id-less calls with ids of its own: matched by name/order.
 * - `generationConfig`: temperature, topP, topK, maxOutputTokens, stopSequences,
 *   candidateCount (1 only), responseMimeType/responseSchema/responseJsonSchema
 *   (structured output), thinkingConfig (./tables.ts) ↔ IR; other keys are
 *   extras (losses towards other formats).
 * - `tools[].functionDeclarations` (`parametersJsonSchema`, which Gemini CLI
 *   sends, or `parameters` converted from Gemini's Schema) ↔ function tools;
 *   other tool kinds (googleSearch, codeExecution, …) are opaque.
 * - `toolConfig.functionCallingConfig` AUTO/ANY/NONE/VALIDATED,
 *   allowedFunctionNames ↔ IR tool choice.
 * - `safetySettings`: an advisory extra (Gemini-only).
 * - `usageMetadata`, `finishReason`: ./tables.ts.
 * - Errors: `{"error":{"code","message","status"}}` both ways.
 *
 * Streaming: the upstream is always asked for SSE (`alt=sse`, see
 * {@link geminiUpstreamPath}); a Gemini caller gets SSE or the JSON-array
 * framing (`[{…}\n,\r\n{…}\n]`, applied by ./ingress.ts); the stream flag
 * comes from the path (`RequestContext.call`).
 * Sources: ai.google.dev/api/generate-content, ai.google.dev/api/caching#Content,
 * ai.google.dev/gemini-api/docs/thought-signatures, docs/function-calling,
 * docs/thinking, docs/structured-output; runtime/simulator/gemini/ (verified wire facts).
 */
import { GatewayError } from '../../errors.ts';
import { isRecord, str } from '../../transcode/common.ts';
import type { MappedError, RequestContext } from '../../transcode/types.ts';
import {
  invalid,
  type EncodedRequest,
  type FormatMapper,
  type IrBlock,
  type IrError,
  type IrExtra,
  type IrMessage,
  type IrRequest,
  type IrResponse,
  type IrSource,
  type IrTextBlock,
  type IrTool,
  type IrToolChoice,
  type Json,
  type LossReport,
} from '../../translate/core.ts';
import { SignatureCarrier, unseal, type SealedClaudeBlock } from './signatures.ts';
import { GeminiStreamDecoder, GeminiStreamEncoder, collectResponse } from './stream.ts';
import {
  GOOGLE_STATUS_TO_IR_TYPE,
  decodeThinkingConfig,
  encodeErrorBody,
  errorCode,
  encodeThinkingConfig,
  geminiSchemaToJsonSchema,
  googleStatusFor,
  neutralUsageToGemini,
  stopToGemini,
} from './tables.ts';

const FORMAT = 'gemini' as const;

// ---------------------------------------------------------------------------------------------
// Call mode (how a Gemini caller asked: the path, not the body, says it)
// ---------------------------------------------------------------------------------------------

/**
 * How a Gemini caller called: `stream` (`:streamGenerateContent` vs
 * `:generateContent`, from `RequestContext.call`) and, for streams, `sse` or
 * the JSON array. The gateway always encodes SSE: the JSON-array framing is
 * applied on the way out (./ingress.ts JsonArrayFraming); `sse: false` serves
 * direct users of the mapper. `includeThoughts` is filled from the request's thinkingConfig.
 */
export interface GeminiCallMode {
  stream: boolean;
  sse: boolean;
  includeThoughts?: boolean;
}

const CTX_MODES = new WeakMap<object, GeminiCallMode>();

/** The caller's mode for this request context (set by decodeRequest; tests may set it directly). */
export function setGeminiCallerOptions(ctx: RequestContext, mode: GeminiCallMode): void {
  CTX_MODES.set(ctx, mode);
}

export function callerMode(ctx: RequestContext): GeminiCallMode {
  return CTX_MODES.get(ctx) ?? { stream: false, sse: true, includeThoughts: false };
}

/**
 * Upstream path of a Gemini call, relative to the provider base URL
 * (`https://generativelanguage.googleapis.com`): `/v1beta/models/{model}:generateContent`,
 * or `:streamGenerateContent?alt=sse` for streams (the decoder reads SSE).
 */
export function geminiUpstreamPath(model: string, stream: boolean): string {
  const m = encodeURIComponent(model.startsWith('models/') ? model.slice(7) : model);
  return stream ? `/v1beta/models/${m}:streamGenerateContent?alt=sse` : `/v1beta/models/${m}:generateContent`;
}

// ---------------------------------------------------------------------------------------------
// Field tables
// ---------------------------------------------------------------------------------------------

/** Top-level request fields decoded into the IR (camelCase; snake_case is accepted as Google's parser does). */
export const MAPPED_FIELDS: ReadonlySet<string> = new Set(['model', 'contents', 'systemInstruction', 'tools', 'toolConfig', 'generationConfig', 'safetySettings']);

/** generationConfig keys decoded into the IR. */
export const MAPPED_GENERATION_FIELDS: ReadonlySet<string> = new Set([
  'temperature', 'topP', 'topK', 'maxOutputTokens', 'stopSequences', 'candidateCount', 'responseMimeType', 'responseSchema',
  'responseJsonSchema', '_responseJsonSchema', 'thinkingConfig', 'responseModalities',
]);

/**
 * Gemini-only fields, omitted at their default value (they then change
 * nothing); any other value is an IR extra (a loss towards other formats).
 */
export const ACCEPTED_IF_DEFAULT: Readonly<Record<string, (v: unknown) => boolean>> = {
  cachedContent: (v) => v == null || v === '',
  labels: (v) => v == null || (isRecord(v) && Object.keys(v).length === 0),
  serviceTier: (v) => v == null,
  store: (v) => v == null || v === false,
};

/** generationConfig keys accepted at their default value; other values are extras `generationConfig.<key>`. */
export const GENERATION_ACCEPTED_IF_DEFAULT: Readonly<Record<string, (v: unknown) => boolean>> = {
  presencePenalty: (v) => v == null || v === 0,
  frequencyPenalty: (v) => v == null || v === 0,
  seed: (v) => v == null,
  responseLogprobs: (v) => v == null || v === false,
  logprobs: (v) => v == null,
  enableEnhancedCivicAnswers: (v) => v == null || v === false,
  speechConfig: (v) => v == null,
  imageConfig: (v) => v == null,
  mediaResolution: (v) => v == null || v === 'MEDIA_RESOLUTION_UNSPECIFIED',
  audioTimestamp: (v) => v == null || v === false,
};

/** Loss-table entries (specs/translation.ts) this mapper reports. */
export const SPEC = {
  generationOther: 'generationConfig.<other key>',
  candidateCount: 'generationConfig.candidateCount',
  responseModalities: 'generationConfig.responseModalities',
  responseMime: 'generationConfig.responseMimeType',
  fileData: 'parts[].fileData (not fetchable)',
  thought: 'parts[].thought (unsigned)',
  foreignSignature: 'parts[].thoughtSignature (not the upstream\'s)',
  otherTools: 'tools[<not functionDeclarations>]',
  toolConfigOther: 'toolConfig.<other key>',
  cache: 'cache_control (top level, system, blocks, tools)',
  thinking: 'messages[role=assistant] thinking / redacted_thinking',
  vendor: '(other fields of a block or tool)',
  user: 'metadata.user_id | user',
  parallel: 'parallel_tool_calls',
  serverTools: 'tools[type!=function]',
  strict: 'tools[].strict',
  citations: 'citations',
} as const;

// ---------------------------------------------------------------------------------------------
// Shape helpers
// ---------------------------------------------------------------------------------------------

/**
 * Google's JSON parser takes every proto field in lowerCamelCase or its
 * snake_case name; the mapper reads one structural level at a time through
 * this shallow normaliser (never inside free-form values: args, response,
 * schemas, labels).
 */
export function camelKeys(o: Json): Json {
  let snake = false;
  for (const k in o) if (k.includes('_') && !k.startsWith('_')) { snake = true; break; }
  if (!snake) return o;
  const out: Json = {};
  for (const [k, v] of Object.entries(o)) {
    const c = k.includes('_') && !k.startsWith('_') ? k.replace(/_([a-z0-9])/g, (_m, ch: string) => ch.toUpperCase()) : k;
    if (!(c in out) || c === k) out[c] = v;
  }
  return out;
}

function obj(v: unknown): Json | undefined {
  return isRecord(v) ? camelKeys(v) : undefined;
}

/**
 * The documented placeholder signatures a client puts on a function call that
 * has none (Gemini CLI does for calls another model made): they carry nothing,
 * so leaving them out is no loss (ai.google.dev/gemini-api/docs/thought-signatures, FAQ).
 */
export const DUMMY_SIGNATURES: ReadonlySet<string> = new Set(['skip_thought_signature_validator', 'context_engineering_is_the_way_to_go']);

/** A Files API / Cloud Storage / YouTube URI: only a Gemini upstream can read it. */
function geminiOnlyUri(uri: string): boolean {
  return !/^https?:\/\//i.test(uri) || /^https:\/\/generativelanguage\.googleapis\.com\//i.test(uri) || /^https?:\/\/(www\.)?(youtube\.com|youtu\.be)\//i.test(uri);
}

// ---------------------------------------------------------------------------------------------
// Request: decode
// ---------------------------------------------------------------------------------------------

interface PendingCall {
  id: string;
  name: string;
  answered: boolean;
}

/** One media part (inlineData / fileData) → IR block. */
function decodeMedia(kind: 'inlineData' | 'fileData', v: Json, at: string, losses: LossReport): IrBlock | null {
  const mime = str(v.mimeType) ?? '';
  if (kind === 'inlineData') {
    const data = str(v.data) ?? '';
    if (mime.startsWith('image/')) return { type: 'image', source: { type: 'base64', mediaType: mime, data }, at };
    if (mime === 'application/pdf') return { type: 'document', source: { type: 'base64', mediaType: mime, data }, at };
    if (mime.startsWith('text/')) return { type: 'document', source: { type: 'text', mediaType: 'text/plain', data: Buffer.from(data, 'base64').toString('utf8') }, at };
    throw invalid(`${at}.inlineData.mimeType`, `inlineData of type ${JSON.stringify(mime)} cannot be translated for the ${losses.upstream} upstream (images, PDF and text only).`);
  }
  const uri = str(v.fileUri) ?? '';
  if (geminiOnlyUri(uri) || !(mime.startsWith('image/') || mime === 'application/pdf')) {
    losses.lose(`${at}.fileData`, SPEC.fileData, geminiOnlyUri(uri) ? 'only Gemini can read Files API, Cloud Storage and YouTube URIs' : `files of type ${JSON.stringify(mime)} cannot be fetched by this upstream`);
    return null;
  }
  return mime === 'application/pdf' ? { type: 'document', source: { type: 'url', url: uri }, at } : { type: 'image', source: { type: 'url', url: uri }, at };
}

/** A functionResponse `response` object → tool_result content (+ error flag): `{output|result: string}` → that string, `{error}` → error, else JSON. */
function toolResultContent(response: unknown): { content: string; isError: boolean } {
  if (isRecord(response)) {
    const keys = Object.keys(response);
    if (keys.length === 1 && keys[0] === 'error') return { content: typeof response.error === 'string' ? response.error : JSON.stringify(response.error), isError: true };
    if (keys.length === 1 && (keys[0] === 'output' || keys[0] === 'result') && typeof response[keys[0]] === 'string') return { content: response[keys[0]] as string, isError: false };
  }
  return { content: response === undefined ? '' : JSON.stringify(response), isError: false };
}

/** Claude blocks restored from a sealed signature. */
function restoredBlocks(blocks: SealedClaudeBlock[], at: string): IrBlock[] {
  return blocks.map((b) => (b.type === 'redacted_thinking' ? { type: 'redacted_thinking', data: b.data, at } : { type: 'thinking', thinking: b.thinking, signature: b.signature, at }));
}

function decodeContents(contents: unknown, losses: LossReport): IrMessage[] {
  if (!Array.isArray(contents)) throw invalid('contents', '`contents` must be an array of Content objects.');
  const out: IrMessage[] = [];
  /** Calls of the latest model turn, for matching function responses. */
  let calls: PendingCall[] = [];
  contents.forEach((raw, i) => {
    const at = `contents[${i}]`;
    const c = obj(raw);
    if (!c) throw invalid(at, 'Each content must be an object.');
    const role = c.role == null || c.role === 'user' || c.role === 'function' ? 'user' : c.role === 'model' ? 'assistant' : undefined;
    if (!role) throw invalid(`${at}.role`, 'Content role must be `user` or `model`.');
    const rawParts = c.parts;
    if (!Array.isArray(rawParts)) throw invalid(`${at}.parts`, '`parts` must be an array.');
    const blocks: IrBlock[] = [];
    const thoughts: number[] = [];
    let sealedSeen = false;
    let lastTextPart = -2;
    if (role === 'assistant') calls = [];
    rawParts.forEach((rawPart, j) => {
      const pat = `${at}.parts[${j}]`;
      const p = obj(rawPart);
      if (!p) throw invalid(pat, 'Each part must be an object.');
      if (typeof p.thoughtSignature === 'string' && p.thoughtSignature !== '' && !DUMMY_SIGNATURES.has(p.thoughtSignature)) {
        const opened = unseal(p.thoughtSignature);
        if (opened === 'forged') {
          // Altered, fabricated, or sealed under another signing key (restart without SWITCHYARD_SIGNATURE_KEY): never restored.
          losses.lose(`${pat}.thoughtSignature`, SPEC.foreignSignature, 'not a signature this gateway issued (altered, or its signing key changed)');
        } else if (opened !== null && 'c' in opened) {
          blocks.push(...restoredBlocks(opened.c, `${pat}.thoughtSignature`));
          sealedSeen = true;
        } else losses.lose(`${pat}.thoughtSignature`, SPEC.foreignSignature, 'a Gemini thought signature means nothing to another provider');
      }
      if (typeof p.text === 'string') {
        if (p.thought === true) {
          thoughts.push(blocks.length);
          blocks.push({ type: 'thinking', thinking: p.text, signature: '', at: pat });
        } else if (p.text !== '' || rawParts.length === 1) {
          // Consecutive text parts (a streamed answer as the client kept it) are one text block, as the model wrote it.
          const prev = blocks[blocks.length - 1];
          if (prev?.type === 'text' && lastTextPart === j - 1) prev.text += p.text;
          else blocks.push({ type: 'text', text: p.text, at: pat });
          lastTextPart = j;
        }
      } else if (isRecord(p.inlineData) || isRecord(p.fileData)) {
        const kind = isRecord(p.inlineData) ? 'inlineData' : 'fileData';
        const b = decodeMedia(kind, camelKeys(p[kind] as Json), pat, losses);
        if (b) blocks.push(b);
      } else if (isRecord(p.functionCall)) {
        if (role !== 'assistant') throw invalid(`${pat}.functionCall`, 'functionCall parts belong to `model` contents.');
        const fc = camelKeys(p.functionCall);
        const name = str(fc.name) ?? '';
        const id = str(fc.id) || `gcall_${i}_${j}`;
        calls.push({ id, name, answered: false });
        blocks.push({ type: 'tool_use', id, name, input: isRecord(fc.args) ? fc.args : {}, at: pat });
      } else if (isRecord(p.functionResponse)) {
        const fr = camelKeys(p.functionResponse);
        const name = str(fr.name) ?? '';
        const given = str(fr.id);
        const call = (given ? calls.find((k) => !k.answered && k.id === given) : undefined) ?? calls.find((k) => !k.answered && k.name === name);
        if (!call) {
          throw invalid(`${pat}.functionResponse`, `functionResponse ${JSON.stringify(name)} answers no functionCall of the previous model turn (matched by id, else by name in order).`);
        }
        call.answered = true;
        const { content, isError } = toolResultContent(fr.response);
        const parts: IrBlock[] = [];
        if (Array.isArray(fr.parts)) {
          fr.parts.forEach((fp, k) => {
            const q = obj(fp);
            if (q && (isRecord(q.inlineData) || isRecord(q.fileData))) {
              const kind = isRecord(q.inlineData) ? 'inlineData' : 'fileData';
              const b = decodeMedia(kind, camelKeys(q[kind] as Json), `${pat}.functionResponse.parts[${k}]`, losses);
              if (b) parts.push(b);
            }
          });
        }
        const block: IrBlock = { type: 'tool_result', toolUseId: call.id, content: parts.length > 0 ? [{ type: 'text', text: content }, ...parts] : content, at: pat };
        if (isError) block.isError = true;
        blocks.push(block);
      } else if (p.executableCode !== undefined || p.codeExecutionResult !== undefined) {
        blocks.push({ type: 'opaque', format: FORMAT, value: p, at: pat });
      } else throw invalid(pat, 'The part has no data field (text, inlineData, fileData, functionCall or functionResponse).');
    });
    // Thought parts: the display copy of sealed Claude thinking is redundant (the seal restores it);
    // unsigned Gemini thought summaries cannot be replayed to another provider.
    const kept = blocks.filter((b, k) => {
      if (!thoughts.includes(k)) return true;
      if (!sealedSeen) losses.lose(`${at}.parts[].thought`, SPEC.thought, 'thought summaries without a signature cannot be replayed to another provider');
      return false;
    });
    if (kept.length > 0) out.push({ role, content: kept, at });
  });
  return out;
}

function decodeSystem(v: unknown): IrTextBlock[] {
  if (v == null) return [];
  if (typeof v === 'string') return v === '' ? [] : [{ type: 'text', text: v, at: 'systemInstruction' }];
  const c = obj(v);
  if (!c || !Array.isArray(c.parts)) throw invalid('systemInstruction', '`systemInstruction` must be a Content with text parts.');
  return c.parts.map((p, k) => {
    const q = obj(p);
    if (!q || typeof q.text !== 'string') throw invalid(`systemInstruction.parts[${k}]`, 'System instruction parts must be text.');
    return { type: 'text', text: q.text, at: `systemInstruction.parts[${k}]` };
  });
}

function decodeTools(tools: unknown): IrTool[] {
  if (tools == null) return [];
  if (!Array.isArray(tools)) throw invalid('tools', '`tools` must be an array of Tool objects.');
  const out: IrTool[] = [];
  tools.forEach((raw, i) => {
    const t = obj(raw);
    if (!t) throw invalid(`tools[${i}]`, 'Each tool must be an object.');
    for (const [k, v] of Object.entries(t)) {
      if (k !== 'functionDeclarations') {
        out.push({ kind: 'opaque', format: FORMAT, value: { [k]: v }, at: `tools[${i}].${k}` });
        continue;
      }
      if (!Array.isArray(v)) throw invalid(`tools[${i}].functionDeclarations`, '`functionDeclarations` must be an array.');
      v.forEach((rd, k2) => {
        const at = `tools[${i}].functionDeclarations[${k2}]`;
        const d = obj(rd);
        if (!d || typeof d.name !== 'string') throw invalid(at, 'A function declaration needs a `name`.');
        const parameters = isRecord(d.parametersJsonSchema) ? d.parametersJsonSchema : isRecord(d.parameters) ? geminiSchemaToJsonSchema(d.parameters) : { type: 'object', properties: {} };
        const tool: IrTool = { kind: 'function', name: d.name, parameters, at };
        if (typeof d.description === 'string') tool.description = d.description;
        const vendor: Json = {};
        for (const key of Object.keys(d)) if (!['name', 'description', 'parameters', 'parametersJsonSchema'].includes(key) && d[key] != null) vendor[key] = d[key];
        if (Object.keys(vendor).length > 0) tool.vendor = { format: FORMAT, fields: vendor };
        out.push(tool);
      });
    }
  });
  return out;
}

/**
 * `toolConfig.functionCallingConfig` → IR: AUTO/VALIDATED → auto, NONE → none,
 * ANY → any (one allowed name → that tool); allowedFunctionNames with ANY
 * restrict the tools sent (other modes: Gemini ignores them).
 */
function decodeToolConfig(tc: Json | undefined, tools: IrTool[], extras: IrExtra[]): { choice?: IrToolChoice; tools: IrTool[] } {
  if (!tc) return { tools };
  for (const k of Object.keys(tc)) if (k !== 'functionCallingConfig' && tc[k] != null) extras.push({ field: `toolConfig.${k}`, value: tc[k], format: FORMAT, spec: SPEC.toolConfigOther });
  const fcc = obj(tc.functionCallingConfig);
  if (!fcc) return { tools };
  const mode = typeof fcc.mode === 'string' ? fcc.mode.toUpperCase() : 'AUTO';
  const allowed = Array.isArray(fcc.allowedFunctionNames) ? fcc.allowedFunctionNames.filter((n): n is string => typeof n === 'string') : [];
  switch (mode) {
    case 'AUTO':
    case 'MODE_UNSPECIFIED':
    case 'VALIDATED':
      return { choice: { type: 'auto' }, tools };
    case 'NONE':
      return { choice: { type: 'none' }, tools };
    case 'ANY': {
      if (allowed.length === 1) return { choice: { type: 'tool', name: allowed[0] as string }, tools };
      if (allowed.length === 0) return { choice: { type: 'any' }, tools };
      return { choice: { type: 'any' }, tools: tools.filter((t) => t.kind !== 'function' || allowed.includes(t.name)) };
    }
    default:
      throw invalid('toolConfig.functionCallingConfig.mode', `functionCallingConfig mode ${JSON.stringify(fcc.mode)} is not one of AUTO, ANY, NONE, VALIDATED.`);
  }
}

function decodeGenerationConfig(g: Json, ir: IrRequest, extras: IrExtra[]): boolean {
  let includeThoughts = false;
  for (const k of Object.keys(g)) {
    if (MAPPED_GENERATION_FIELDS.has(k)) continue;
    const ok = Object.hasOwn(GENERATION_ACCEPTED_IF_DEFAULT, k) ? GENERATION_ACCEPTED_IF_DEFAULT[k] : undefined;
    if (ok && ok(g[k])) continue;
    extras.push({ field: `generationConfig.${k}`, value: g[k], format: FORMAT, spec: ok ? `generationConfig.${k}` : SPEC.generationOther });
  }
  if (g.temperature != null) ir.temperature = g.temperature;
  if (g.topP != null) ir.topP = g.topP;
  if (g.topK != null) ir.topK = g.topK;
  if (typeof g.maxOutputTokens === 'number') {
    ir.maxTokens = g.maxOutputTokens;
    ir.maxTokensField = 'generationConfig.maxOutputTokens';
  }
  if (Array.isArray(g.stopSequences) && g.stopSequences.length > 0) ir.stop = g.stopSequences.filter((s): s is string => typeof s === 'string');
  if (g.candidateCount != null && g.candidateCount !== 1) {
    extras.push({ field: 'generationConfig.candidateCount', value: g.candidateCount, format: FORMAT, spec: SPEC.candidateCount });
  }
  if (Array.isArray(g.responseModalities) && !g.responseModalities.every((m) => typeof m === 'string' && m.toUpperCase() === 'TEXT')) {
    extras.push({ field: 'generationConfig.responseModalities', value: g.responseModalities, format: FORMAT, spec: SPEC.responseModalities });
  }
  const mime = str(g.responseMimeType);
  const jsonSchema = isRecord(g.responseJsonSchema) ? g.responseJsonSchema : isRecord(g._responseJsonSchema) ? g._responseJsonSchema : undefined;
  if (mime === 'application/json') {
    if (jsonSchema) ir.responseFormat = { type: 'json_schema', schema: jsonSchema, name: 'response', origin: FORMAT };
    else if (isRecord(g.responseSchema)) ir.responseFormat = { type: 'json_schema', schema: geminiSchemaToJsonSchema(g.responseSchema), name: 'response', origin: FORMAT };
    else ir.responseFormat = { type: 'json_object', origin: FORMAT };
  } else if (mime !== undefined && mime !== 'text/plain') {
    extras.push({ field: 'generationConfig.responseMimeType', value: mime, format: FORMAT, spec: SPEC.responseMime, detail: 'only application/json and text/plain translate' });
  }
  const tc = obj(g.thinkingConfig);
  if (tc) {
    const r = decodeThinkingConfig(tc);
    if (r) ir.reasoning = r;
    includeThoughts = tc.includeThoughts === true;
  }
  return includeThoughts;
}

function decodeRequest(rawBody: Json, losses: LossReport, ctx: RequestContext): IrRequest {
  const body = camelKeys(rawBody);
  const mode = { stream: ctx.call?.stream === true, sse: true };
  const extras: IrExtra[] = [];
  for (const key of Object.keys(body)) {
    if (MAPPED_FIELDS.has(key)) continue;
    const ok = Object.hasOwn(ACCEPTED_IF_DEFAULT, key) ? ACCEPTED_IF_DEFAULT[key] : undefined;
    if (ok && ok(body[key])) continue;
    extras.push({ field: key, value: body[key], format: FORMAT });
  }
  if (Array.isArray(body.safetySettings) && body.safetySettings.length > 0) extras.push({ field: 'safetySettings', value: body.safetySettings, format: FORMAT });
  const ir: IrRequest = {
    system: decodeSystem(body.systemInstruction),
    messages: decodeContents(body.contents, losses),
    tools: [],
    stream: mode.stream,
    includeUsage: mode.stream,
    extras,
  };
  const tools = decodeTools(body.tools);
  const tc = decodeToolConfig(obj(body.toolConfig), tools, extras);
  ir.tools = tc.tools;
  if (tc.choice && ir.tools.length > 0) ir.toolChoice = tc.choice;
  const g = obj(body.generationConfig);
  const includeThoughts = g ? decodeGenerationConfig(g, ir, extras) : false;
  CTX_MODES.set(ctx, { stream: mode.stream, sse: mode.sse, includeThoughts });
  return ir;
}

// ---------------------------------------------------------------------------------------------
// Request: encode
// ---------------------------------------------------------------------------------------------

const IMAGE_EXT_MIME: Readonly<Record<string, string>> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp', gif: 'image/gif', heic: 'image/heic', heif: 'image/heif' };

/** MIME type of an image URL from its extension (fileData needs one); image/jpeg when unknown. */
export function imageMimeFromUrl(url: string): string {
  const m = /\.([a-z0-9]+)(?:[?#]|$)/i.exec(url);
  const ext = m?.[1]?.toLowerCase();
  return (ext && Object.hasOwn(IMAGE_EXT_MIME, ext) ? IMAGE_EXT_MIME[ext] : undefined) ?? 'image/jpeg';
}

function encodeSource(src: IrSource, kind: 'image' | 'document', at: string): Json {
  switch (src.type) {
    case 'base64':
      return { inlineData: { mimeType: src.mediaType || (kind === 'image' ? 'image/png' : 'application/pdf'), data: src.data } };
    case 'url':
      return { fileData: { mimeType: kind === 'image' ? imageMimeFromUrl(src.url) : 'application/pdf', fileUri: src.url } };
    case 'text':
      return { text: src.data };
    default:
      throw invalid(`${at}.source`, `A ${kind} source of type ${JSON.stringify(src.value.type)} cannot be sent to the gemini upstream.`);
  }
}

/** What a block or tool carries that Gemini has no place for (cache breakpoints, citations, other formats' fields). */
function blockLosses(b: { cache?: unknown; vendor?: { format: string; fields: Json }; citations?: unknown[] }, losses: LossReport): void {
  if (b.cache !== undefined) losses.lose('cache_control', SPEC.cache);
  if (b.citations !== undefined && b.citations.length > 0) losses.lose('citations', SPEC.vendor);
  if (b.vendor !== undefined && b.vendor.format !== FORMAT) for (const [k, v] of Object.entries(b.vendor.fields)) if (v != null) losses.lose(k, SPEC.vendor);
}

/** Tool-result content → functionResponse.response (+ media parts that follow it in the same content). */
function encodeToolResult(b: IrBlock & { type: 'tool_result' }, names: Map<string, string>, at: string): { part: Json; media: Json[] } {
  let text = '';
  const media: Json[] = [];
  if (typeof b.content === 'string') text = b.content;
  else {
    for (const [k, c] of b.content.entries()) {
      if (c.type === 'text') text += (text === '' ? '' : '\n') + c.text;
      else if (c.type === 'image' || c.type === 'document') media.push(encodeSource(c.source, c.type, `${at}.content[${k}]`));
      else throw invalid(`${at}.content[${k}]`, `Tool result content of type \`${c.type}\` cannot be sent to the gemini upstream.`);
    }
  }
  const name = names.get(b.toolUseId);
  if (name === undefined) throw invalid(`${at}.tool_use_id`, `Tool result ${JSON.stringify(b.toolUseId)} answers no earlier tool call (Gemini needs the function name).`);
  return { part: { functionResponse: { id: b.toolUseId, name, response: b.isError ? { error: text } : { output: text } } }, media };
}

/**
 * IR messages → Gemini contents: user → user, assistant → model; tool results
 * first in their user content; thinking blocks whose signature is a sealed
 * Gemini signature put it back on the next part of the turn (a trailing empty
 * text part when none follows); other reasoning blocks are dropped (reported).
 */
function encodeContents(ir: IrRequest, losses: LossReport): { contents: Json[]; system: Json[] } {
  const system: Json[] = ir.system.map((b) => {
    blockLosses(b, losses);
    return { text: b.text };
  });
  const contents: Json[] = [];
  const names = new Map<string, string>();
  for (const m of ir.messages) {
    if (m.role === 'system') {
      for (const b of m.content) {
        if (b.type !== 'text') throw invalid(`${m.at}.content`, 'System messages may only contain text.');
        system.push({ text: b.text });
      }
      continue;
    }
    const lead: Json[] = [];
    const parts: Json[] = [];
    let pendingSig: string | undefined;
    const push = (p: Json) => {
      if (pendingSig !== undefined) {
        p.thoughtSignature = pendingSig;
        pendingSig = undefined;
      }
      parts.push(p);
    };
    m.content.forEach((b, j) => {
      const at = b.at ?? `${m.at}.content[${j}]`;
      blockLosses(b, losses);
      switch (b.type) {
        case 'text':
          push({ text: b.text });
          break;
        case 'image':
        case 'document':
          push(encodeSource(b.source, b.type, at));
          break;
        case 'tool_use':
          names.set(b.id, b.name);
          push({ functionCall: { id: b.id, name: b.name, args: b.input ?? {} } });
          break;
        case 'tool_result': {
          const r = encodeToolResult(b, names, at);
          lead.push(r.part);
          parts.push(...r.media);
          break;
        }
        case 'thinking':
        case 'redacted_thinking': {
          const opened = b.type === 'thinking' && b.signature !== '' ? unseal(b.signature) : null;
          // A forged or foreign-key seal is never unwrapped: reported like any signature Gemini cannot use.
          if (opened !== null && opened !== 'forged' && 'g' in opened) pendingSig = opened.g;
          else losses.lose('thinking', SPEC.thinking);
          break;
        }
        case 'opaque':
          if (b.format === FORMAT) push(b.value);
          else throw invalid(`${at}.type`, `Content block type \`${String(b.value.type)}\` cannot be sent to the gemini upstream.`);
          break;
      }
    });
    if (pendingSig !== undefined) parts.push({ text: '', thoughtSignature: pendingSig });
    const all = [...lead, ...parts];
    if (all.length === 0) continue;
    const role = m.role === 'assistant' ? 'model' : 'user';
    const prev = contents[contents.length - 1];
    if (prev && prev.role === role) (prev.parts as Json[]).push(...all);
    else contents.push({ role, parts: all });
  }
  return { contents, system };
}

function encodeTools(ir: IrRequest, losses: LossReport): Json[] {
  const decls: Json[] = [];
  const others: Json[] = [];
  for (const t of ir.tools) {
    if (t.kind === 'opaque') {
      if (t.format === FORMAT && isRecord(t.value)) others.push(t.value);
      else losses.lose(t.at, SPEC.serverTools, 'only function tools translate');
      continue;
    }
    blockLosses(t, losses);
    if (t.strict === true) losses.lose(`${t.at}.strict`, SPEC.strict);
    const d: Json = { name: t.name };
    if (t.description !== undefined) d.description = t.description;
    d.parametersJsonSchema = t.parameters;
    if (t.vendor?.format === FORMAT) Object.assign(d, t.vendor.fields);
    decls.push(d);
  }
  return decls.length > 0 ? [{ functionDeclarations: decls }, ...others] : others;
}

function encodeToolChoice(choice: IrToolChoice | undefined): Json | undefined {
  if (!choice) return undefined;
  switch (choice.type) {
    case 'auto':
      return { functionCallingConfig: { mode: 'AUTO' } };
    case 'none':
      return { functionCallingConfig: { mode: 'NONE' } };
    case 'any':
      return { functionCallingConfig: { mode: 'ANY' } };
    case 'tool':
      return { functionCallingConfig: { mode: 'ANY', allowedFunctionNames: [choice.name] } };
  }
}

/** OpenAI Chat sampling fields Gemini's generationConfig carries natively (IR extras of openai-chat). */
export const OPENAI_TO_GENERATION: Readonly<Record<string, string>> = { presence_penalty: 'presencePenalty', frequency_penalty: 'frequencyPenalty', seed: 'seed' };

/** Gemini's own fields carried back as is (generationConfig.<key> → into generationConfig). */
function carryOwnExtra(out: Json, gen: Json, x: IrExtra): void {
  if (x.field.startsWith('generationConfig.')) gen[x.field.slice('generationConfig.'.length)] = x.value;
  else if (x.field.startsWith('toolConfig.')) ((out.toolConfig ??= {}) as Json)[x.field.slice('toolConfig.'.length)] = x.value;
  else out[x.field] = x.value;
}

function encodeRequest(ir: IrRequest, losses: LossReport, ctx: RequestContext): EncodedRequest {
  const out: Json = {};
  const gen: Json = {};
  for (const x of ir.extras) {
    if (x.format === FORMAT) carryOwnExtra(out, gen, x);
    else if (x.format === 'openai-chat' && Object.hasOwn(OPENAI_TO_GENERATION, x.field)) gen[OPENAI_TO_GENERATION[x.field] as string] = x.value;
    else losses.lose(x.field, x.spec ?? x.field, x.detail);
  }
  if (ir.cache !== undefined) losses.lose('cache_control', SPEC.cache);
  if (ir.user !== undefined) losses.lose('user', SPEC.user, 'the Gemini API has no end-user id');
  if (ir.parallelToolCalls === false) losses.lose('parallel_tool_calls', SPEC.parallel, 'Gemini cannot be limited to one function call per turn');
  const { contents, system } = encodeContents(ir, losses);
  out.contents = contents;
  if (system.length > 0) out.systemInstruction = { parts: system };
  const tools = encodeTools(ir, losses);
  if (tools.length > 0) {
    out.tools = tools;
    const tc = encodeToolChoice(ir.toolChoice);
    if (tc) out.toolConfig = { ...(isRecord(out.toolConfig) ? out.toolConfig : {}), ...tc };
  }
  if (ir.temperature !== undefined) gen.temperature = ir.temperature;
  if (ir.topP !== undefined) gen.topP = ir.topP;
  if (ir.topK !== undefined) gen.topK = ir.topK;
  if (ir.maxTokens !== undefined) gen.maxOutputTokens = ir.maxTokens;
  if (ir.stop && ir.stop.length > 0) gen.stopSequences = ir.stop;
  const rf = ir.responseFormat;
  if (rf) {
    gen.responseMimeType = 'application/json';
    if (rf.type === 'json_schema') gen.responseJsonSchema = rf.schema;
  }
  const effort = ir.reasoning?.effort;
  if (effort !== undefined && ir.reasoning?.thinking === undefined && effort !== 'none' && !Object.hasOwn(EFFORTS, effort)) {
    throw invalid(ir.maxTokensField === 'max_tokens' ? 'output_config.effort' : 'reasoning_effort', `Effort ${JSON.stringify(effort)} cannot be translated for the gemini upstream.`);
  }
  const thinking = encodeThinkingConfig(ir.reasoning, ctx.upstreamModel);
  if (thinking) gen.thinkingConfig = thinking;
  if (Object.keys(gen).length > 0) out.generationConfig = gen;
  return { body: out, headers: {}, syntheticJsonTool: null };
}

const EFFORTS: Readonly<Record<string, true>> = { minimal: true, low: true, medium: true, high: true, xhigh: true, max: true };

// ---------------------------------------------------------------------------------------------
// Response, errors
// ---------------------------------------------------------------------------------------------

function decodeResponse(body: unknown): IrResponse {
  const b = Array.isArray(body) && body.length === 1 ? body[0] : body;
  if (!isRecord(b) || (!Array.isArray(b.candidates) && !isRecord(b.promptFeedback))) {
    throw new GatewayError('upstream_unavailable', 'The gemini upstream returned a body that is not a GenerateContentResponse.');
  }
  return collectResponse(b);
}

/** IR → GenerateContentResponse (one candidate). Thought text is shown only when the caller asked (includeThoughts). */
function encodeResponse(ir: IrResponse, ctx: RequestContext): unknown {
  const includeThoughts = callerMode(ctx).includeThoughts === true;
  const parts: Json[] = [];
  const carrier = new SignatureCarrier();
  const push = (p: Json) => {
    const sig = carrier.take();
    if (sig !== undefined) p.thoughtSignature = sig;
    parts.push(p);
  };
  let calls = 0;
  for (const b of ir.content) {
    switch (b.type) {
      case 'thinking':
        if (includeThoughts && b.thinking !== '') parts.push({ text: b.thinking, thought: true });
        carrier.add({ type: 'thinking', thinking: b.thinking, signature: b.signature });
        break;
      case 'redacted_thinking':
        carrier.add({ type: 'redacted_thinking', data: b.data });
        break;
      case 'text':
        push({ text: b.text });
        break;
      case 'tool_use':
        calls++;
        push({ functionCall: { id: b.id, name: b.name, args: b.input ?? {} } });
        break;
      default:
        break; // server-tool blocks: never requested by a Gemini caller (no server tools are sent)
    }
  }
  if (carrier.pending) push({ text: '' });
  const candidate: Json = { content: { parts, role: 'model' }, finishReason: stopToGemini(ir.stopReason), index: 0 };
  if (calls > 0) candidate.finishMessage = 'Model generated function call(s).';
  return { candidates: [candidate], usageMetadata: neutralUsageToGemini(ir.usage), modelVersion: ctx.alias, responseId: ir.id };
}

/**
 * Google error envelope → IR error: type from `error.status` (or the HTTP
 * status), authentication_error for an invalid key (ErrorInfo reason
 * API_KEY_INVALID, which Google answers with 400). Arrays (the JSON-array
 * stream's `[{"error":…}]`) are read too.
 */
function decodeError(status: number, body: unknown): IrError {
  const b = Array.isArray(body) ? body[0] : body;
  const e = isRecord(b) && isRecord(b.error) ? b.error : undefined;
  const out: IrError = { status, message: (e && str(e.message)) || `The gemini upstream returned HTTP ${status}.` };
  const name = (e && str(e.status)) || googleStatusFor(status);
  let type = Object.hasOwn(GOOGLE_STATUS_TO_IR_TYPE, name) ? GOOGLE_STATUS_TO_IR_TYPE[name] : undefined;
  if (e && Array.isArray(e.details) && e.details.some((d) => isRecord(d) && d.reason === 'API_KEY_INVALID')) type = 'authentication_error';
  if (type) out.type = type;
  return out;
}

function encodeError(err: IrError): MappedError {
  return { status: errorCode(err), body: encodeErrorBody(err) };
}

export const geminiMapper: FormatMapper = {
  format: FORMAT,
  label: 'gemini',
  chatPath: '/v1beta/models/{model}:generateContent',
  decodeRequest,
  encodeRequest,
  decodeResponse: (body) => decodeResponse(body),
  encodeResponse: (ir, ctx) => encodeResponse(ir, ctx),
  decodeError,
  encodeError,
  streamDecoder: (sink) => new GeminiStreamDecoder(sink),
  streamEncoder: (ctx, _mapped, upstreamLabel) => new GeminiStreamEncoder(ctx, upstreamLabel, callerMode(ctx)),
  count: {
    toChat: countRequestToChat,
    response: (tokens) => ({ totalTokens: tokens }),
    // `contents` and `generateContentRequest` are exclusive; the latter (with the model) also counts system instruction and tools.
    fromChat: (body, ctx) => ({ generateContentRequest: { model: `models/${ctx.upstreamModel.replace(/^models\//, '')}`, ...body } }),
    tokens: (body) => {
      if (isRecord(body) && typeof body.totalTokens === 'number') return body.totalTokens;
      throw new GatewayError('upstream_unavailable', 'The gemini upstream answered countTokens without `totalTokens`.');
    },
  },
};

/**
 * A `countTokens` request (https://ai.google.dev/api/tokens#method:-models.counttokens)
 * → the GenerateContentRequest it counts: `generateContentRequest` when given
 * (its `model` is the path's), else `{contents}`.
 */
function countRequestToChat(body: Json): Json {
  const b = camelKeys(body);
  if (isRecord(b.generateContentRequest)) {
    const { model: _model, ...rest } = camelKeys(b.generateContentRequest);
    return rest;
  }
  return { contents: b.contents ?? [] };
}
