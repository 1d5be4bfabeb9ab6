/**
 * Named tables and small conversions of the Gemini mapper: finishReason ↔ IR
 * stop reasons, HTTP status ↔ Google status names ↔ IR error types,
 * usageMetadata ↔ the neutral Usage, Gemini `Schema` (OpenAPI subset) → JSON
 * Schema, and thinking configuration ↔ IR reasoning.
 *
 * Sources: Gemini API reference (ai.google.dev/api/generate-content:
 * `FinishReason`, `UsageMetadata`, `ThinkingConfig`; ai.google.dev/api/caching#Schema),
 * API errors guide (ai.google.dev/gemini-api/docs/troubleshooting), Google
 * API design guide error model (google.rpc.Code ↔ HTTP).
 */
import { createHash } from 'node:crypto';
import { count, isRecord } from '../../transcode/common.ts';
import type { IrError, IrReasoning, IrStopReason, Json } from '../../translate/core.ts';
import { emptyUsage, type Usage } from '../../usage.ts';
import { REASONING_EFFORT_BUDGETS } from '../anthropic-messages/mapper.ts';

/**
 * Gemini `finishReason` → IR stop reason. STOP becomes `tool_use` when the
 * candidate holds function calls (Gemini reports STOP for them). Blocked
 * content (safety, recitation, blocklist, …) is a refusal; tool-call failures
 * of the model and OTHER end the turn. Unknown values → end_turn.
 */
export const GEMINI_FINISH_TO_IR: Readonly<Record<string, IrStopReason>> = {
  FINISH_REASON_UNSPECIFIED: 'end_turn',
  STOP: 'end_turn',
  MAX_TOKENS: 'max_tokens',
  SAFETY: 'refusal',
  RECITATION: 'refusal',
  LANGUAGE: 'refusal',
  OTHER: 'end_turn',
  BLOCKLIST: 'refusal',
  PROHIBITED_CONTENT: 'refusal',
  SPII: 'refusal',
  MALFORMED_FUNCTION_CALL: 'end_turn',
  IMAGE_SAFETY: 'refusal',
  IMAGE_PROHIBITED_CONTENT: 'refusal',
  IMAGE_OTHER: 'end_turn',
  NO_IMAGE: 'end_turn',
  IMAGE_RECITATION: 'refusal',
  UNEXPECTED_TOOL_CALL: 'end_turn',
  TOO_MANY_TOOL_CALLS: 'end_turn',
  MISSING_THOUGHT_SIGNATURE: 'end_turn',
};

/** IR stop reason → Gemini `finishReason`. Unknown IR values → OTHER. */
export const IR_STOP_TO_GEMINI: Readonly<Record<string, string>> = {
  end_turn: 'STOP',
  stop_sequence: 'STOP',
  tool_use: 'STOP',
  pause_turn: 'STOP',
  max_tokens: 'MAX_TOKENS',
  model_context_window_exceeded: 'MAX_TOKENS',
  refusal: 'SAFETY',
};

export function finishToIr(reason: string | undefined, hasToolCalls: boolean): IrStopReason {
  const r = reason !== undefined && Object.hasOwn(GEMINI_FINISH_TO_IR, reason) ? (GEMINI_FINISH_TO_IR[reason] as IrStopReason) : 'end_turn';
  return r === 'end_turn' && hasToolCalls && (reason === 'STOP' || reason === undefined) ? 'tool_use' : r;
}

export function stopToGemini(stop: IrStopReason | null): string {
  if (stop === null) return 'STOP';
  return Object.hasOwn(IR_STOP_TO_GEMINI, stop) ? (IR_STOP_TO_GEMINI[stop] as string) : 'OTHER';
}

/** HTTP status → Google `error.status` (google.rpc.Code names; Gemini API errors guide). */
export const GOOGLE_STATUS_NAMES: Readonly<Record<number, string>> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  402: 'FAILED_PRECONDITION',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  408: 'DEADLINE_EXCEEDED',
  409: 'ABORTED',
  412: 'FAILED_PRECONDITION',
  413: 'INVALID_ARGUMENT',
  429: 'RESOURCE_EXHAUSTED',
  499: 'CANCELLED',
  500: 'INTERNAL',
  501: 'UNIMPLEMENTED',
  502: 'UNAVAILABLE',
  503: 'UNAVAILABLE',
  504: 'DEADLINE_EXCEEDED',
  529: 'UNAVAILABLE',
};

export function googleStatusFor(code: number): string {
  if (Object.hasOwn(GOOGLE_STATUS_NAMES, code)) return GOOGLE_STATUS_NAMES[code] as string;
  return code >= 500 ? 'INTERNAL' : code >= 400 ? 'FAILED_PRECONDITION' : 'UNKNOWN';
}

/** Google status name → IR (Anthropic) error type. */
export const GOOGLE_STATUS_TO_IR_TYPE: Readonly<Record<string, string>> = {
  INVALID_ARGUMENT: 'invalid_request_error',
  FAILED_PRECONDITION: 'invalid_request_error',
  OUT_OF_RANGE: 'invalid_request_error',
  UNAUTHENTICATED: 'authentication_error',
  PERMISSION_DENIED: 'permission_error',
  NOT_FOUND: 'not_found_error',
  RESOURCE_EXHAUSTED: 'rate_limit_error',
  UNAVAILABLE: 'overloaded_error',
  DEADLINE_EXCEEDED: 'timeout_error',
  INTERNAL: 'api_error',
  UNKNOWN: 'api_error',
  ABORTED: 'api_error',
  CANCELLED: 'api_error',
  UNIMPLEMENTED: 'invalid_request_error',
};

/** IR (Anthropic) error type → HTTP code, for errors without a status (inside a stream). */
export const IR_TYPE_TO_CODE: Readonly<Record<string, number>> = {
  invalid_request_error: 400,
  authentication_error: 401,
  billing_error: 402,
  permission_error: 403,
  not_found_error: 404,
  request_too_large: 413,
  rate_limit_error: 429,
  api_error: 500,
  overloaded_error: 503,
  timeout_error: 504,
};

/**
 * Gemini `usageMetadata` → neutral Usage: promptTokenCount includes
 * cachedContentTokenCount (API reference), so input = prompt (+ toolUsePrompt) −
 * cached, cacheRead = cached; output = candidates + thoughts (Anthropic and
 * OpenAI count reasoning inside output), reasoning = thoughts.
 */
export function geminiUsageToNeutral(u: unknown, into: Usage = emptyUsage()): Usage {
  if (!isRecord(u)) return into;
  const cached = count(u.cachedContentTokenCount);
  into.cacheRead = cached;
  into.cacheCreation = 0;
  into.cacheCreation1h = 0;
  into.input = Math.max(0, count(u.promptTokenCount) + count(u.toolUsePromptTokenCount) - cached);
  into.reasoning = count(u.thoughtsTokenCount);
  into.output = count(u.candidatesTokenCount) + into.reasoning;
  into.reported = true;
  return into;
}

/**
 * Neutral Usage → Gemini `usageMetadata`: promptTokenCount = input + cache
 * writes + cache reads, cachedContentTokenCount = cache reads, candidatesTokenCount
 * = output − reasoning, thoughtsTokenCount = reasoning, total = the sum. Zero
 * optional counters are omitted, as Gemini does.
 */
export function neutralUsageToGemini(u: Usage): Json {
  const prompt = u.input + u.cacheCreation + u.cacheRead;
  const candidates = Math.max(0, u.output - u.reasoning);
  const out: Json = { promptTokenCount: prompt, candidatesTokenCount: candidates, totalTokenCount: prompt + candidates + u.reasoning };
  if (u.cacheRead > 0) out.cachedContentTokenCount = u.cacheRead;
  if (u.reasoning > 0) out.thoughtsTokenCount = u.reasoning;
  return out;
}

/** Schema keys carried from a Gemini `Schema` to JSON Schema unchanged. */
const SCHEMA_SAME_KEYS = [
  'format', 'title', 'description', 'enum', 'maxItems', 'minItems', 'minimum', 'maximum', 'required', 'minLength', 'maxLength',
  'pattern', 'default', 'example', 'minProperties', 'maxProperties',
];

/**
 * Gemini `Schema` (OpenAPI 3.0 subset: upper-case `type`, `nullable`,
 * `propertyOrdering`) → JSON Schema: type lower-cased (`nullable: true` adds
 * "null"), properties/items/anyOf converted recursively, `propertyOrdering`
 * dropped (an ordering hint of Gemini's decoder).
 */
export function geminiSchemaToJsonSchema(s: unknown): Json {
  if (!isRecord(s)) return {};
  const out: Json = {};
  if (typeof s.type === 'string' && s.type !== 'TYPE_UNSPECIFIED') {
    const t = s.type.toLowerCase();
    out.type = s.nullable === true ? [t, 'null'] : t;
  }
  for (const k of SCHEMA_SAME_KEYS) if (s[k] !== undefined) out[k] = s[k];
  if (isRecord(s.properties)) out.properties = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, geminiSchemaToJsonSchema(v)]));
  if (s.items !== undefined) out.items = geminiSchemaToJsonSchema(s.items);
  if (Array.isArray(s.anyOf)) out.anyOf = s.anyOf.map(geminiSchemaToJsonSchema);
  return out;
}

/** Gemini 3 models take `thinkingLevel`; earlier ones `thinkingBudget` (thinking guide). */
export function usesThinkingLevel(model: string): boolean {
  return /^(models\/)?gemini-(\d+)/.test(model) && Number(/gemini-(\d+)/.exec(model)?.[1]) >= 3;
}

/** IR effort → Gemini 3 `thinkingLevel` (the API's values: minimal, low, medium, high). */
export const EFFORT_TO_THINKING_LEVEL: Readonly<Record<string, string>> = {
  none: 'minimal',
  minimal: 'minimal',
  low: 'low',
  medium: 'medium',
  high: 'high',
  xhigh: 'high',
  max: 'high',
};

/** Anthropic's minimum thinking budget (extended-thinking docs). */
export const MIN_CLAUDE_THINKING_BUDGET = 1024;

/**
 * Gemini `thinkingConfig` → IR reasoning:
 * - `thinkingBudget` 0 → thinking disabled; −1 (dynamic) → effort `medium`;
 *   N > 0 → `{type:"enabled", budget_tokens: max(N, 1024)}` (Gemini itself clamps
 *   budgets into the model's range; 1024 is Claude's minimum);
 * - `thinkingLevel` (any case) → effort of the same name (`minimal`, `low`, `medium`, `high`);
 * - `includeThoughts` is not reasoning: it decides whether thought parts are
 *   shown to the Gemini caller (the encoder's concern).
 * @returns undefined when the config asks for nothing
 */
export function decodeThinkingConfig(tc: Json): IrReasoning | undefined {
  if (typeof tc.thinkingLevel === 'string' && tc.thinkingLevel !== '' && tc.thinkingLevel !== 'THINKING_LEVEL_UNSPECIFIED') {
    return { effort: tc.thinkingLevel.toLowerCase() };
  }
  const b = tc.thinkingBudget;
  if (typeof b !== 'number') return undefined;
  if (b === 0) return { thinking: { type: 'disabled' } };
  if (b < 0) return { effort: 'medium' };
  return { thinking: { type: 'enabled', budget_tokens: Math.max(MIN_CLAUDE_THINKING_BUDGET, Math.floor(b)) } };
}

/**
 * IR reasoning → Gemini `thinkingConfig` for `model`: thinking enabled →
 * thinkingBudget = budget_tokens (Gemini 3: the level whose effort bucket holds
 * it); adaptive → dynamic (−1 / no level); disabled → budget 0 (Gemini 3: minimal);
 * effort → thinkingLevel (Gemini 3) or the effort's budget
 * (REASONING_EFFORT_BUDGETS, none → 0). includeThoughts: true whenever thinking
 * is on, so the caller receives its reasoning as it would from its own API.
 * @returns undefined when nothing is asked
 */
export function encodeThinkingConfig(r: IrReasoning | undefined, model: string): Json | undefined {
  if (!r) return undefined;
  const level = usesThinkingLevel(model);
  const th = isRecord(r.thinking) ? r.thinking : undefined;
  if (th) {
    if (th.type === 'disabled') return level ? { thinkingLevel: 'minimal' } : { thinkingBudget: 0 };
    if (th.type === 'adaptive') return level ? { includeThoughts: true } : { thinkingBudget: -1, includeThoughts: true };
    if (th.type === 'enabled' && typeof th.budget_tokens === 'number') {
      if (!level) return { thinkingBudget: th.budget_tokens, includeThoughts: true };
      const budget = th.budget_tokens;
      const effort = budget <= 2048 ? 'low' : budget <= 8192 ? 'medium' : 'high';
      return { thinkingLevel: EFFORT_TO_THINKING_LEVEL[effort], includeThoughts: true };
    }
  }
  const e = r.effort;
  if (e === undefined) return undefined;
  if (level) {
    const l = Object.hasOwn(EFFORT_TO_THINKING_LEVEL, e) ? EFFORT_TO_THINKING_LEVEL[e] : undefined;
    return l ? (e === 'none' ? { thinkingLevel: l } : { thinkingLevel: l, includeThoughts: true }) : undefined;
  }
  if (e === 'none') return { thinkingBudget: 0 };
  const b = Object.hasOwn(REASONING_EFFORT_BUDGETS, e) ? REASONING_EFFORT_BUDGETS[e] : undefined;
  return b !== undefined ? { thinkingBudget: b, includeThoughts: true } : undefined;
}

/** HTTP code of an IR error (its status; inside a stream, from its type; else 500). */
export function errorCode(err: IrError): number {
  if (err.status > 0) return err.status;
  return (err.type && Object.hasOwn(IR_TYPE_TO_CODE, err.type) ? IR_TYPE_TO_CODE[err.type] : undefined) ?? 500;
}

/** IR error → Google envelope `{"error":{"code","message","status"}}`; HTTP status kept. */
export function encodeErrorBody(err: IrError): Json {
  const code = errorCode(err);
  return { error: { code, message: err.message, status: googleStatusFor(code) } };
}


/** Stable id of a response's id-less function call (see module docblock). */
export function responseCallId(responseId: string, n: number, name: string, args: unknown): string {
  return 'call_' + createHash('sha256').update(`${responseId}\u0000${n}\u0000${name}\u0000${JSON.stringify(args ?? {})}`).digest('hex').slice(0, 24);
}

