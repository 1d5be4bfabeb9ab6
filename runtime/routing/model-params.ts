/**
 * Request parameters carried in a direct model string
 * (`provider:model?temperature=0.7&max_tokens=100`, llm-interactive-proxy's
 * convention), applied to the request body.
 *
 * Only sampling and length parameters are accepted, each with a type; the
 * values override the same fields of the body (the model string is the more
 * specific choice, and with `--force-model` it is the operator's). Anything
 * else is a 400 naming the parameter: a model string must not be able to
 * replace `messages`, `stream` or `tools`.
 *
 * The names are the caller's format's own field names; the transcoder maps
 * them like any other body field on translated routes.
 */
import { GatewayError } from '../errors.ts';

type Kind = 'number' | 'integer' | 'string';

/** Accepted parameters and their JSON types. */
export const MODEL_STRING_PARAMS: Readonly<Record<string, Kind>> = {
  temperature: 'number',
  top_p: 'number',
  top_k: 'integer',
  max_tokens: 'integer',
  max_completion_tokens: 'integer',
  presence_penalty: 'number',
  frequency_penalty: 'number',
  seed: 'integer',
  reasoning_effort: 'string',
};

/**
 * Converts the model string's parameters to typed body fields.
 * @throws GatewayError invalid_request (param `model`) for an unknown name or a value of the wrong type
 */
export function typedModelParams(params: Record<string, string>): Record<string, number | string> {
  const out: Record<string, number | string> = {};
  for (const [k, raw] of Object.entries(params)) {
    // Own properties only: `constructor`, `toString`, `__proto__` are no parameters.
    const kind = Object.hasOwn(MODEL_STRING_PARAMS, k) ? MODEL_STRING_PARAMS[k] : undefined;
    if (!kind) {
      throw new GatewayError('invalid_request',
        `model: unsupported model-string parameter '${k}'; accepted: ${Object.keys(MODEL_STRING_PARAMS).join(', ')}.`, { param: 'model' });
    }
    if (kind === 'string') {
      out[k] = raw;
      continue;
    }
    const n = raw.trim() === '' ? NaN : Number(raw);
    if (!Number.isFinite(n) || (kind === 'integer' && !Number.isInteger(n))) {
      throw new GatewayError('invalid_request', `model: parameter '${k}' must be ${kind === 'integer' ? 'an integer' : 'a number'}, got '${raw}'.`, { param: 'model' });
    }
    out[k] = n;
  }
  return out;
}

/**
 * Applies a model string's parameters to a parsed body (mutates `json`).
 * @returns true when something was applied (the caller then re-serialises the body)
 */
export function applyModelParams(json: Record<string, unknown>, params: Record<string, string>): boolean {
  const keys = Object.keys(params);
  if (keys.length === 0) return false;
  Object.assign(json, typedModelParams(params));
  return true;
}
