/**
 * Token usage in one neutral shape, filled from either format.
 *
 * Units are tokens. `input` excludes cache tokens (Anthropic semantics: total
 * prompt = input + cacheCreation + cacheRead; see the SDK's `types/usage.py`).
 * `reported` is false when the upstream reported no usage (the record says so
 * rather than guessing).
 */
export interface Usage {
  input: number;
  output: number;
  cacheCreation: number;
  /** The part of `cacheCreation` written with the 1-hour TTL (Anthropic `cache_creation.ephemeral_1h_input_tokens`); the rest is 5-minute. */
  cacheCreation1h: number;
  cacheRead: number;
  /** Reasoning/thinking tokens included in `output`, when reported. */
  reasoning: number;
  reported: boolean;
}

export function emptyUsage(): Usage {
  return { input: 0, output: 0, cacheCreation: 0, cacheCreation1h: 0, cacheRead: 0, reasoning: 0, reported: false };
}
