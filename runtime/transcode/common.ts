/**
 * Helpers shared by the format mappers (runtime/formats/<format>/mapper.ts):
 * shape guards, clocks and usage conversions between the neutral Usage and
 * each format's usage object. No module-level mutable state.
 */
import { emptyUsage, type Usage } from '../usage.ts';
import type { RequestContext } from './types.ts';

export type Json = Record<string, unknown>;

export function isRecord(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** A finite non-negative number, else 0 (token counts). */
export function count(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 0;
}

/** Unix seconds from the context clock (ms). */
export function nowSeconds(ctx: RequestContext): number {
  return Math.floor((ctx.now ? ctx.now() : Date.now()) / 1000);
}

/**
 * Anthropic `usage` → neutral Usage. Anthropic `input_tokens` excludes cache
 * tokens (SDK `types/usage.py`: total input = input + cache_creation + cache_read).
 * Fields absent from `u` keep their value in `into` (message_delta usage is
 * cumulative and replaces message_start's, field by field).
 */
export function anthropicUsageInto(into: Usage, u: unknown): Usage {
  if (!isRecord(u)) return into;
  if (u.input_tokens != null) into.input = count(u.input_tokens);
  if (u.output_tokens != null) into.output = count(u.output_tokens);
  if (u.cache_creation_input_tokens != null) into.cacheCreation = count(u.cache_creation_input_tokens);
  if (u.cache_read_input_tokens != null) into.cacheRead = count(u.cache_read_input_tokens);
  // Per-TTL split of cache writes (Anthropic prompt-caching doc, `usage.cache_creation`).
  if (isRecord(u.cache_creation) && u.cache_creation.ephemeral_1h_input_tokens != null) into.cacheCreation1h = count(u.cache_creation.ephemeral_1h_input_tokens);
  const d = u.output_tokens_details;
  if (isRecord(d) && d.thinking_tokens != null) into.reasoning = count(d.thinking_tokens);
  into.reported = true;
  return into;
}

/**
 * Neutral Usage → OpenAI `usage` (Chat Completions object reference):
 * prompt_tokens = input + cache_creation + cache_read (OpenAI's prompt_tokens is
 * the whole prompt; cached tokens are a subset), prompt_tokens_details.cached_tokens
 * = cache_read, completion_tokens = output, total = prompt + completion.
 * Cache writes are reported as the non-standard `prompt_tokens_details.cache_write_tokens`
 * when non-zero; reasoning as `completion_tokens_details.reasoning_tokens` when known.
 */
export function mapUsageToOpenAI(u: Usage): Json {
  const prompt = u.input + u.cacheCreation + u.cacheRead;
  const details: Json = { cached_tokens: u.cacheRead };
  if (u.cacheCreation > 0) details.cache_write_tokens = u.cacheCreation;
  const out: Json = {
    prompt_tokens: prompt,
    completion_tokens: u.output,
    total_tokens: prompt + u.output,
    prompt_tokens_details: details,
  };
  if (u.reasoning > 0) out.completion_tokens_details = { reasoning_tokens: u.reasoning };
  return out;
}

/**
 * OpenAI `usage` → neutral Usage (the inverse of {@link mapUsageToOpenAI}):
 * input = prompt_tokens − cached_tokens − cache_write_tokens, cacheRead = cached_tokens.
 * output = completion_tokens, or total_tokens − prompt_tokens when that is larger
 * (xAI reports reasoning tokens outside completion_tokens: fixture
 * openai-compatible/xai-reasoning-content-tool-call.sse, 307 + 26 + 227 reasoning = 560).
 */
export function openaiUsageToNeutral(u: unknown): Usage {
  const out = emptyUsage();
  if (!isRecord(u)) return out;
  const prompt = count(u.prompt_tokens);
  const ptd = isRecord(u.prompt_tokens_details) ? u.prompt_tokens_details : {};
  const ctd = isRecord(u.completion_tokens_details) ? u.completion_tokens_details : {};
  out.cacheRead = count(ptd.cached_tokens);
  out.cacheCreation = count(ptd.cache_write_tokens);
  out.input = Math.max(0, prompt - out.cacheRead - out.cacheCreation);
  const completion = count(u.completion_tokens);
  const total = count(u.total_tokens);
  out.output = total > prompt + completion ? total - prompt : completion;
  out.reasoning = count(ctd.reasoning_tokens);
  out.reported = true;
  return out;
}

/** Neutral Usage → Anthropic `usage` (Messages API object reference). */
export function mapUsageToAnthropic(u: Usage): Json {
  return {
    input_tokens: u.input,
    output_tokens: u.output,
    cache_creation_input_tokens: u.cacheCreation,
    cache_read_input_tokens: u.cacheRead,
  };
}

/** Parses a JSON text; undefined when it is not valid JSON. */
export function tryParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
