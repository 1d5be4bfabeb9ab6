/**
 * Synthesis of Gemini API responses for a validated request: the
 * `GenerateContentResponse` of generateContent and the sequence of partial
 * responses of streamGenerateContent, built from one plan so both agree.
 *
 * Shapes follow recorded Google AI Studio traffic (see ./index.ts): candidate
 * keys in the order `content`, `finishReason`, `index`, `finishMessage`;
 * response keys `candidates`, `promptFeedback`, `usageMetadata`, `modelVersion`,
 * `responseId`; zero-valued counters are omitted (proto3 JSON); every stream
 * chunk carries `usageMetadata` with the prompt count, the cumulative
 * candidates count and the full thoughts count; a text stream ends with the
 * finishReason on its last text chunk, or (tools declared) on a terminal frame
 * `{"content": {"role": "model"}, "finishReason", "index"}`; function calls arrive whole in
 * one chunk, with `finishReason: "STOP"` and `finishMessage: "Model generated
 * function call(s)."`.
 *
 * Content is deterministic: text is `word0 word1 ...` (runtime/simulator/synth.ts),
 * thought summaries are "Simulated reasoning: step 1.", function-call args come
 * from an explicit control or a minimal value of the declared schema.
 */
import { type ToolCall, estimateTokens, findToolMarker, fragments, fnv1a, sampleFromSchema, wordDelta, words } from '../synth.ts';
import type { GeminiModelInfo } from './models.ts';
import type { FunctionDeclaration, ParsedRequest } from './request.ts';
import { simThoughtSignature } from './signature.ts';

type Json = Record<string, unknown>;

function isObj(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Finish reasons after which the candidate carries no (further) content. */
const BLOCKING = new Set(['SAFETY', 'RECITATION', 'LANGUAGE', 'OTHER', 'BLOCKLIST', 'PROHIBITED_CONTENT', 'SPII', 'MALFORMED_FUNCTION_CALL', 'IMAGE_SAFETY', 'UNEXPECTED_TOOL_CALL', 'TOO_MANY_TOOL_CALLS']);

/** Every `FinishReason` value of the API reference (ai.google.dev/api/generate-content#FinishReason). */
export const FINISH_REASONS: readonly string[] = ['STOP', 'MAX_TOKENS', ...BLOCKING];

/** Prompt block reasons (`promptFeedback.blockReason`). */
export const BLOCK_REASONS: readonly string[] = ['SAFETY', 'OTHER', 'BLOCKLIST', 'PROHIBITED_CONTENT', 'IMAGE_SAFETY'];

/** Inputs of one synthesized turn. */
export interface GeminiSynthInput {
  model: GeminiModelInfo;
  req: ParsedRequest;
  /** Request fingerprint for thought signatures and call ids (FNV-1a of the body). */
  seed: string;
  responseId: string;
  promptTokens: number;
  cachedTokens: number;
  /** Words of text to produce before `maxOutputTokens` truncation. */
  words: number;
  /** Whether `words` was set explicitly (then maxOutputTokens does not truncate). */
  wordsExplicit: boolean;
  /** Function names forced by `x-sim-tool` (comma-separated = parallel calls). */
  forcedTools: string[];
  /** Explicit args (`x-sim-tool-input`). */
  forcedInput: unknown;
  /** `x-sim-finish-reason` override. */
  finishReason: string | undefined;
  /** `x-sim-block-prompt` reason: answer with promptFeedback and no candidates. */
  blockPrompt: string | undefined;
}

/** A synthesized turn: the unary response and the stream's partial responses. */
export interface GeminiTurn {
  response: Json;
  chunks: Json[];
}

/** Lower-cases OpenAPI-style type names (`STRING` → `string`) so synth.ts's sampler can read Gemini schemas. */
function lowerTypes(schema: unknown, depth = 0): unknown {
  if (depth > 16) return schema;
  if (Array.isArray(schema)) return schema.map((s) => lowerTypes(s, depth + 1));
  if (!isObj(schema)) return schema;
  const out: Json = {};
  for (const [k, v] of Object.entries(schema)) {
    if (k === 'type' && typeof v === 'string') out[k] = v.toLowerCase();
    else if (k === 'properties' && isObj(v)) out[k] = Object.fromEntries(Object.entries(v).map(([pk, pv]) => [pk, lowerTypes(pv, depth + 1)]));
    else if (k === 'items' || k === 'anyOf') out[k] = lowerTypes(v, depth + 1);
    else out[k] = v;
  }
  return out;
}

function lastUserText(contents: Json[]): string {
  const last = contents[contents.length - 1];
  if (!last || last.role === 'model') return '';
  return (last.parts as Json[]).map((p) => (typeof p.text === 'string' && p.thought !== true ? p.text : '')).join('\n');
}

/**
 * Decides which functions to call (mirrors pickAnthropicTool / pickOpenAITool):
 * none when the last turn is a function-response turn or mode is NONE; otherwise
 * the forced names, a `[sim-tool:NAME]` marker in the last user text, or for mode
 * ANY the first allowed (else first declared) function. Args: explicit control,
 * marker JSON, or a minimal value of the declared parameters schema.
 */
export function pickGeminiCalls(req: ParsedRequest, forced: string[], forcedInput: unknown): ToolCall[] {
  const last = req.contents[req.contents.length - 1];
  if (last && (last.parts as Json[]).some((p) => p.functionResponse !== undefined)) return [];
  if (req.callingMode === 'NONE') return [];
  const schemaOf = (name: string): unknown => lowerTypes(req.declarations.find((d: FunctionDeclaration) => d.name === name)?.schema);
  if (forced.length > 0) return forced.map((name) => ({ name, input: forcedInput ?? sampleFromSchema(schemaOf(name)) }));
  if (req.declarations.length === 0) return [];
  const marker = findToolMarker(lastUserText(req.contents));
  if (marker) return [{ name: marker.name, input: forcedInput ?? marker.input ?? sampleFromSchema(schemaOf(marker.name)) }];
  if (req.callingMode !== 'ANY') return [];
  const name = req.allowedFunctionNames[0] ?? (req.declarations[0] as FunctionDeclaration).name;
  return [{ name, input: forcedInput ?? sampleFromSchema(schemaOf(name)) }];
}

const THOUGHTS = ['Simulated reasoning:', ' step 1.'];
/** Thoughts tokens reported whenever the model thinks (with or without includeThoughts). */
const THOUGHT_TOKENS = 12;

function callId(seed: string, i: number): string {
  return fnv1a(`${seed}:call:${i}`).toString(36).padStart(8, '0').slice(-8);
}

function usage(inp: GeminiSynthInput, candidates: number, thoughts: number): Json {
  const u: Json = { promptTokenCount: inp.promptTokens };
  if (candidates > 0) u.candidatesTokenCount = candidates;
  u.totalTokenCount = inp.promptTokens + candidates + thoughts;
  if (inp.cachedTokens > 0) u.cachedContentTokenCount = inp.cachedTokens;
  u.promptTokensDetails = [{ modality: 'TEXT', tokenCount: inp.promptTokens }];
  if (inp.cachedTokens > 0) u.cacheTokensDetails = [{ modality: 'TEXT', tokenCount: inp.cachedTokens }];
  if (thoughts > 0) u.thoughtsTokenCount = thoughts;
  return u;
}

function envelope(inp: GeminiSynthInput, candidate: Json | undefined, u: Json, extra?: Json): Json {
  const r: Json = {};
  if (candidate) r.candidates = [candidate];
  if (extra) Object.assign(r, extra);
  r.usageMetadata = u;
  r.modelVersion = inp.model.id;
  r.responseId = inp.responseId;
  return r;
}

/** A candidate; `parts: null` gives the terminal frame's `content: {role: "model"}` without parts. */
function candidate(parts: Json[] | null | undefined, finishReason: string | undefined, finishMessage?: string): Json {
  const c: Json = {};
  if (parts) c.content = { parts, role: 'model' };
  else if (parts === null) c.content = { role: 'model' };
  if (finishReason) c.finishReason = finishReason;
  c.index = 0;
  if (finishMessage) c.finishMessage = finishMessage;
  if (finishReason === 'SAFETY') {
    c.safetyRatings = [
      { category: 'HARM_CATEGORY_SEXUALLY_EXPLICIT', probability: 'NEGLIGIBLE' },
      { category: 'HARM_CATEGORY_HATE_SPEECH', probability: 'NEGLIGIBLE' },
      { category: 'HARM_CATEGORY_HARASSMENT', probability: 'NEGLIGIBLE' },
      { category: 'HARM_CATEGORY_DANGEROUS_CONTENT', probability: 'HIGH', blocked: true },
    ];
  }
  return c;
}

/** Text answer: words (or a JSON value for structured output) split into stream deltas. */
function textPlan(inp: GeminiSynthInput): { deltas: string[]; tokens: number; truncated: boolean } {
  const { req } = inp;
  if (req.responseMimeType === 'application/json' || req.responseMimeType === 'text/x.enum') {
    const value = req.responseSchema !== undefined ? sampleFromSchema(lowerTypes(req.responseSchema)) : { text: words(inp.words) };
    const text = req.responseMimeType === 'text/x.enum' && typeof value === 'string' ? value : JSON.stringify(value);
    return { deltas: fragments(text, 3), tokens: estimateTokens(Buffer.byteLength(text)), truncated: false };
  }
  const n = !inp.wordsExplicit && req.maxOutputTokens !== undefined ? Math.min(inp.words, req.maxOutputTokens) : inp.words;
  const deltas: string[] = [];
  for (let i = 0; i < n; i++) deltas.push(wordDelta(i));
  return { deltas, tokens: n, truncated: n < inp.words };
}

/**
 * Builds the unary response and the stream chunks of one turn.
 * Thought signatures: on the first functionCall part whenever the model thinks
 * (and always on Gemini 3); on Gemini 3 text answers also on the last text
 * part (unary) or on a closing empty-text part (stream), as the API does.
 */
export function synthesizeTurn(inp: GeminiSynthInput): GeminiTurn {
  const { req, model, seed } = inp;
  const thoughts = req.thinking ? THOUGHT_TOKENS : 0;
  if (inp.blockPrompt) {
    const r = envelope(inp, undefined, usage(inp, 0, 0), { promptFeedback: { blockReason: inp.blockPrompt } });
    return { response: r, chunks: [r] };
  }
  const thoughtParts: Json[] = req.includeThoughts ? THOUGHTS.map((t) => ({ text: t, thought: true })) : [];
  const lead = req.includeThoughts ? 1 : 0; // unary merges the thought summary into one part
  const calls = pickGeminiCalls(req, inp.forcedTools, inp.forcedInput);
  const chunks: Json[] = [];
  let streamed = 0;
  for (const p of thoughtParts) chunks.push(envelope(inp, candidate([p], undefined), usage(inp, 0, thoughts)));
  const unaryThought: Json[] = req.includeThoughts ? [{ text: THOUGHTS.join(''), thought: true }] : [];

  if (calls.length > 0 && !inp.finishReason) {
    const signCalls = req.thinking || model.gen3;
    const parts = calls.map((c, i) => {
      const fc: Json = { name: c.name, args: isObj(c.input) ? c.input : {} };
      if (model.gen3) fc.id = callId(seed, i);
      const part: Json = { functionCall: fc };
      if (i === 0 && signCalls) part.thoughtSignature = simThoughtSignature(model.id, seed, lead + i);
      return part;
    });
    const tokens = estimateTokens(Buffer.byteLength(JSON.stringify(parts.map((p) => p.functionCall)))) + 2 * calls.length;
    const msg = 'Model generated function call(s).';
    chunks.push(envelope(inp, candidate(parts, 'STOP', msg), usage(inp, tokens, thoughts)));
    return { response: envelope(inp, candidate([...unaryThought, ...parts], 'STOP', msg), usage(inp, tokens, thoughts)), chunks };
  }

  const plan = textPlan(inp);
  const override = inp.finishReason;
  if (override && BLOCKING.has(override)) {
    // Half of the text streams, then a closing chunk without content (the candidate was stopped).
    const half = plan.deltas.slice(0, Math.floor(plan.deltas.length / 2));
    for (const d of half) chunks.push(envelope(inp, candidate([{ text: d }], undefined), usage(inp, ++streamed, thoughts)));
    chunks.push(envelope(inp, candidate(undefined, override), usage(inp, streamed, thoughts)));
    return { response: envelope(inp, candidate(undefined, override), usage(inp, streamed, thoughts)), chunks };
  }
  const finish = override ?? (plan.truncated ? 'MAX_TOKENS' : 'STOP');
  const signText = model.gen3 && req.thinking;
  const sig = signText ? simThoughtSignature(model.id, seed, lead) : undefined;
  // Closing frame: Gemini 3 sends the signature in an empty-text part; with tools declared the
  // API closes with a content-without-parts frame; otherwise the last text chunk is final.
  const closing = sig ? 'signature' : req.declarations.length > 0 || plan.deltas.length === 0 ? 'terminal' : 'inline';
  const perDelta = plan.deltas.length > 0 ? plan.tokens / plan.deltas.length : 0;
  plan.deltas.forEach((d, i) => {
    const lastDelta = i === plan.deltas.length - 1;
    const count = lastDelta ? plan.tokens : Math.max(1, Math.round(perDelta * (i + 1)));
    chunks.push(envelope(inp, candidate([{ text: d }], lastDelta && closing === 'inline' ? finish : undefined), usage(inp, count, thoughts)));
  });
  if (closing === 'signature') chunks.push(envelope(inp, candidate([{ text: '', thoughtSignature: sig }], finish), usage(inp, plan.tokens, thoughts)));
  else if (closing === 'terminal') chunks.push(envelope(inp, candidate(null, finish), usage(inp, plan.tokens, thoughts)));
  const textPart: Json = { text: plan.deltas.join('') };
  if (sig) textPart.thoughtSignature = sig;
  return { response: envelope(inp, candidate([...unaryThought, textPart], finish), usage(inp, plan.tokens, thoughts)), chunks };
}

/**
 * Prompt token estimate shared by generateContent and countTokens: ceil(bytes/4)
 * of the JSON of `contents`, `systemInstruction` and `tools` (so a countTokens
 * call predicts the promptTokenCount of the same request exactly).
 */
export function promptTokens(contents: unknown, systemInstruction: unknown, tools: unknown): number {
  return estimateTokens(Buffer.byteLength(JSON.stringify([contents ?? [], systemInstruction ?? null, tools ?? null])));
}
