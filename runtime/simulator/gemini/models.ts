/**
 * The simulated Gemini model catalog: what `GET /v1beta/models` lists and which
 * model ids the generate routes accept, with each model's thinking behaviour.
 *
 * Model objects follow the `Model` resource of the Gemini API reference
 * (ai.google.dev/api/models: name, version, displayName, description,
 * inputTokenLimit, outputTokenLimit, supportedGenerationMethods, temperature,
 * maxTemperature, topP, topK, thinking). Limits are the published ones for each
 * model (1,048,576 input tokens; 65,536 output tokens for 2.5 and 3.x, 8,192 for 2.0).
 */

/** How a model thinks by default. */
export type ThinkingMode = 'none' | 'default-on' | 'default-off' | 'always';

/** One catalog entry. */
export interface GeminiModelInfo {
  /** Model id without the `models/` prefix. */
  id: string;
  displayName: string;
  description: string;
  inputTokenLimit: number;
  outputTokenLimit: number;
  /**
   * `none`: no thinking (thinkingConfig rejected); `default-on`: thinks unless
   * `thinkingBudget: 0`; `default-off`: thinks only with a non-zero budget;
   * `always`: cannot turn thinking off (budget 0 rejected).
   */
  thinking: ThinkingMode;
  /** Gemini 3 family: functionCall ids, thinkingLevel, thought signatures on text and enforced on function calls. */
  gen3: boolean;
  topK: number;
}

const LIMIT_IN = 1_048_576;

/** The catalog, newest first. */
export const GEMINI_MODELS: readonly GeminiModelInfo[] = [
  { id: 'gemini-3-pro-preview', displayName: 'Gemini 3 Pro Preview', description: 'Gemini 3 Pro Preview (simulated)', inputTokenLimit: LIMIT_IN, outputTokenLimit: 65_536, thinking: 'always', gen3: true, topK: 64 },
  { id: 'gemini-3-flash-preview', displayName: 'Gemini 3 Flash Preview', description: 'Gemini 3 Flash Preview (simulated)', inputTokenLimit: LIMIT_IN, outputTokenLimit: 65_536, thinking: 'default-on', gen3: true, topK: 64 },
  { id: 'gemini-2.5-pro', displayName: 'Gemini 2.5 Pro', description: 'Stable release of Gemini 2.5 Pro (simulated)', inputTokenLimit: LIMIT_IN, outputTokenLimit: 65_536, thinking: 'always', gen3: false, topK: 64 },
  { id: 'gemini-2.5-flash', displayName: 'Gemini 2.5 Flash', description: 'Stable version of Gemini 2.5 Flash (simulated)', inputTokenLimit: LIMIT_IN, outputTokenLimit: 65_536, thinking: 'default-on', gen3: false, topK: 64 },
  { id: 'gemini-2.5-flash-lite', displayName: 'Gemini 2.5 Flash-Lite', description: 'Stable version of Gemini 2.5 Flash-Lite (simulated)', inputTokenLimit: LIMIT_IN, outputTokenLimit: 65_536, thinking: 'default-off', gen3: false, topK: 64 },
  { id: 'gemini-2.0-flash', displayName: 'Gemini 2.0 Flash', description: 'Gemini 2.0 Flash (simulated)', inputTokenLimit: LIMIT_IN, outputTokenLimit: 8_192, thinking: 'none', gen3: false, topK: 40 },
];

/**
 * Looks a model id up. Ids outside the catalog that start with `gemini-` are
 * accepted as well (new releases, `-latest` aliases, dated previews), with the
 * behaviour of their family: `gemini-3*` like gemini-3-flash-preview, `gemini-2.5*`
 * like gemini-2.5-flash, other `gemini-*` like gemini-2.0-flash.
 * @param id model id without `models/`
 * @returns the entry, or undefined for a model the API would answer 404 for
 */
export function findModel(id: string): GeminiModelInfo | undefined {
  const known = GEMINI_MODELS.find((m) => m.id === id);
  if (known) return known;
  if (!/^gemini-[A-Za-z0-9.-]+$/.test(id)) return undefined;
  const family = id.startsWith('gemini-3') ? 'gemini-3-flash-preview' : id.startsWith('gemini-2.5') ? 'gemini-2.5-flash' : 'gemini-2.0-flash';
  const base = GEMINI_MODELS.find((m) => m.id === family) as GeminiModelInfo;
  return { ...base, id, displayName: id, description: `${id} (simulated, behaves like ${family})` };
}

/** The `Model` resource for an entry. */
export function modelResource(m: GeminiModelInfo): Record<string, unknown> {
  const r: Record<string, unknown> = {
    name: `models/${m.id}`,
    version: m.gen3 ? '3.0' : '001',
    displayName: m.displayName,
    description: m.description,
    inputTokenLimit: m.inputTokenLimit,
    outputTokenLimit: m.outputTokenLimit,
    supportedGenerationMethods: ['generateContent', 'countTokens', 'createCachedContent', 'batchGenerateContent'],
    temperature: 1,
    topP: 0.95,
    topK: m.topK,
    maxTemperature: 2,
  };
  if (m.thinking !== 'none') r.thinking = true;
  return r;
}
