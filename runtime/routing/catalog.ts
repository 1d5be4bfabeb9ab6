/**
 * Plan checks driven by the specs, run after resolve and before any upstream
 * call: the capability
 * table's `streaming` flag and the model catalog's context window
 * (specs/providers/*.ts `models`, generated/capabilities.ts).
 *
 * Each check drops the attempts (targets) that cannot serve the request; when
 * none is left the request is rejected with a GatewayError (400, rendered in
 * the caller's format by the pipeline) that says why; a context-window error
 * carries OpenAI's code `context_length_exceeded` for OpenAI callers. Targets whose model is
 * not in the catalog are never rejected here: unknown models are allowed and
 * the upstream decides.
 *
 * ## The prompt-token estimate
 * The gateway has no tokenizer (Anthropic's is not public; shipping OpenAI's
 * per model costs megabytes and CPU on every request). The estimate is
 * `ceil(text bytes / 4)` where "text bytes" are the UTF-8 bytes of the string
 * values that the model reads (message text, system prompt, tool names,
 * descriptions and schemas), with every run of whitespace counted as one byte,
 * and without:
 * - JSON syntax and object keys,
 * - the `model` value,
 * - binary payloads and opaque tokens: `data` (base64 image/document sources,
 *   `redacted_thinking`), `file_data`, `signature`, `encrypted_content`, and
 *   `url` values that are `data:` URLs (images cost a few hundred to a few
 *   thousand tokens by pixel count, not by base64 length).
 *
 * It is meant to UNDER-count, so that a request is only rejected when it is
 * clearly too large: Claude and GPT tokenizers average about 3.5–4 bytes per
 * token on English prose and fewer on code, numbers and non-Latin scripts
 * (a CJK character is 3 UTF-8 bytes and about one token), so bytes/4 is at or
 * below the true count for almost all text; the inputs on which bytes/4 would
 * over-count (long whitespace runs, base64) are excluded above. What slips
 * through near the limit is rejected by the upstream with its own error; this
 * check only saves the round trip (and the provider's bill) for requests that
 * cannot fit. The requested output is `max_tokens` (or `max_completion_tokens`,
 * `max_tokens_to_sample`) as sent; when absent it counts as 0 (the upstream then
 * fits the output into what is left). For models whose catalog entry says
 * `stopsAtWindow` (Anthropic from Claude Sonnet 4.5 on: the request is accepted
 * and generation stops with `model_context_window_exceeded`) only the prompt is
 * checked — Claude Code asks for `max_tokens` 32000–128000 on every turn, and
 * rejecting those would break long sessions the upstream serves fine.
 *
 * ## Retired models
 * A request to a model past its retirement date (catalog lifecycle, per
 * upstream) is still sent: the upstream is the authority on what it serves
 * (retirements are sometimes extended, and partner clouds keep their own
 * schedules), and its own answer (Anthropic: 404 `not_found_error`) reaches the
 * caller in the caller's format (a 404 is the caller's to fix, so it does not
 * trip breakers or fail over). What the gateway adds is a start-up warning per
 * alias target (runtime/config, model-fit.ts lifecycleWarning) naming the
 * retirement date and the replacement, so the operator fixes the alias first.
 *
 * Cost: the walk over the body only happens when `ceil(body bytes / 4) +
 * max_tokens` exceeds the smallest context window among the targets, i.e.
 * never for ordinary requests (the text bytes are at most the body bytes).
 */
import type { RouteType } from '../../generated/routes.ts';
import { GatewayError } from '../errors.ts';
import type { Attempt, Plan } from './index.ts';

/** Keys whose string values are binary payloads or opaque tokens, not text the model reads as tokens. */
const OPAQUE_KEYS = new Set(['data', 'file_data', 'signature', 'encrypted_content']);

/** UTF-8 byte length of `s` with every whitespace run counted as one byte. */
export function textBytes(s: string): number {
  let n = 0;
  let inWs = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
      if (!inWs) n++;
      inWs = true;
      continue;
    }
    inWs = false;
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4; // surrogate pair: one 4-byte code point
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * Sums the text bytes of every string value under `v` (see the module docblock for what is skipped).
 * Iterative (explicit stack): a caller's body may nest arrays/objects 100,000 levels deep.
 */
function walk(root: unknown, rootKey: string | null): number {
  let n = 0;
  const stack: [unknown, string | null][] = [[root, rootKey]];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [v, key] = item;
    if (typeof v === 'string') {
      if (key !== null && OPAQUE_KEYS.has(key)) continue;
      if (key === 'url' && v.startsWith('data:')) continue;
      n += textBytes(v);
    } else if (Array.isArray(v)) {
      for (const x of v) {
        if (typeof x === 'number') n += 4; // a token id (token-array prompts) counts as one token
        else stack.push([x, null]);
      }
    } else if (v && typeof v === 'object') {
      for (const k in v as Record<string, unknown>) {
        if (k === 'model') continue;
        stack.push([(v as Record<string, unknown>)[k], k]);
      }
    }
  }
  return n;
}

/** Estimated tokens of a JSON value: ceil(text bytes / 4). */
export function estimateTextTokens(v: unknown): number {
  return Math.ceil(walk(v, null) / 4);
}

/**
 * Estimated prompt tokens of a request body, per route type. For inputs that
 * the upstream processes one by one (embeddings `input` arrays, legacy
 * completions `prompt` arrays) it is the largest single item, since the
 * context window applies to each.
 */
export function estimatePromptTokens(json: Record<string, unknown>, routeType: RouteType): number {
  const perItem = (v: unknown): number => {
    if (!Array.isArray(v)) return estimateTextTokens(v);
    if (v.length > 0 && v.every((x) => typeof x === 'number')) return v.length; // one token-id array
    let max = 0;
    for (const x of v) max = Math.max(max, Array.isArray(x) && x.every((y) => typeof y === 'number') ? x.length : estimateTextTokens(x));
    return max;
  };
  if (routeType === 'llm/v1/embeddings') return perItem(json.input);
  if (routeType === 'llm/v1/completions') return perItem(json.prompt);
  return estimateTextTokens(json);
}

/** The output tokens the request asks for (0 when it sets no limit). */
export function requestedOutputTokens(json: Record<string, unknown>): number {
  for (const k of ['max_tokens', 'max_completion_tokens', 'max_tokens_to_sample', 'max_output_tokens']) {
    const v = json[k];
    if (typeof v === 'number' && Number.isFinite(v) && v > 0) return Math.floor(v);
  }
  return 0;
}

/** The request field that carries the prompt, per route type. */
function promptParam(routeType: RouteType): string {
  if (routeType === 'llm/v1/embeddings') return 'input';
  if (routeType === 'llm/v1/completions') return 'prompt';
  return 'messages';
}

/**
 * Applies the spec-driven checks to a resolved plan.
 * @param plan from resolve()
 * @param json the parsed request body
 * @param bodyBytes length of the raw body (bytes), for the cheap upper bound
 * @param stream whether the caller asked for a stream (default: the body's `stream: true`; Gemini: the path)
 * @returns the plan with the attempts that can serve the request (same object when none was dropped)
 * @throws GatewayError invalid_request when no attempt is left
 */
export function checkPlan(plan: Plan, json: Record<string, unknown>, routeType: RouteType, bodyBytes: number, stream = json.stream === true): Plan {
  let attempts = plan.attempts;
  if (stream) {
    const streaming = attempts.filter((a) => a.capability.streaming);
    if (streaming.length === 0) {
      const a = attempts[0] as Attempt;
      throw new GatewayError(
        'invalid_request',
        `stream: streaming is not supported for ${routeType} on provider ${a.provider.type} ('${a.capability.name}' is non-streaming in its capability table); send the request without "stream": true.`,
        { param: 'stream' },
      );
    }
    attempts = streaming;
  }
  if (routeType !== 'llm/v1/count_tokens') {
    const requested = requestedOutputTokens(json);
    // Per attempt: the window (0 = not in the catalog) and the output tokens that count against it.
    const limits = attempts.map((a) => {
      const m = a.target.modelInfo;
      // A Claude model's request is clamped to its max output before the call (model-fit.ts) unless the alias is strict.
      const out = m?.thinkingTypes && plan.aliasConfig.unsupportedParams !== 'strict' ? Math.min(requested, m.maxOutputTokens) : requested;
      return { window: m?.contextWindow ?? 0, out: m?.stopsAtWindow ? 0 : out };
    });
    const known = limits.filter((l) => l.window > 0);
    // Cheap bound first: text bytes ≤ body bytes, so this never under-estimates the walk below.
    if (known.some((l) => Math.ceil(bodyBytes / 4) + l.out > l.window)) {
      const prompt = estimatePromptTokens(json, routeType);
      const fits = attempts.filter((_, i) => {
        const l = limits[i] as { window: number; out: number };
        return l.window <= 0 || prompt + l.out <= l.window;
      });
      if (fits.length === 0) {
        const a = attempts[0] as Attempt;
        const { window: w, out } = limits[0] as { window: number; out: number };
        throw new GatewayError(
          'invalid_request',
          `Request exceeds the context window of model ${a.target.model} (provider ${a.provider.name}): estimated prompt ${prompt} tokens` +
            (out ? ` + max_tokens ${out} = ${prompt + out}` : '') +
            ` > ${w} tokens. The estimate is the UTF-8 bytes of the text / 4 (a lower bound for typical text); shorten the prompt${out ? ' or lower max_tokens' : ''}.`,
          // OpenAI's own code for this error (its SDK users match on it); param: the field to change.
          { param: out ? 'max_tokens' : promptParam(routeType), openaiCode: 'context_length_exceeded' },
        );
      }
      attempts = fits;
    }
  }
  return attempts === plan.attempts ? plan : { ...plan, attempts };
}
