/**
 * The simulated Gemini API (Google AI Studio) as provider `gemini` of the main
 * simulator: base URL `http://host:port` (the `@google/genai` SDK's
 * `httpOptions.baseUrl`, Gemini CLI's `GOOGLE_GEMINI_BASE_URL`, a `gemini`
 * provider's `base_url`). Routes, auth, framing, controls and their sources:
 * runtime/simulator/gemini/index.ts.
 *
 * The Gemini API does not fit the route + plan model of the other simulated
 * providers (model and method in the path, `?key=` auth, 400 for a bad key,
 * JSON-array streams, pretty-printed bodies), so this provider serves the
 * requests it owns whole through `serve` with the transport-independent
 * GeminiSimulatorCore; the server still reads, records and size-checks the
 * request, and owns the fault queue and default fault (shared with the other
 * providers: `sim.queueFaults` applies to Gemini requests too).
 *
 * Owned requests: `/v1beta/…`, `/v1alpha/…`, `/v1/models/{model}:{method}`,
 * and `/v1/models[/{model}]` when the request carries a Gemini API key
 * (`x-goog-api-key` or `?key=`) — the OpenAI-shaped `GET /v1/models` stays
 * the OpenAI one. `geminiDialect(prefix)` is the same provider under a path
 * prefix (`/_dialect/gemini`, ./dialects.ts).
 */
import { GeminiSimulatorCore, type FaultSource } from '../gemini/handler.ts';
import { GOOGLE_HEADERS, errorEnvelope } from '../gemini/wire.ts';
import type { Header } from '../sink.ts';
import { HttpError, type SimulatedProvider } from './types.ts';

const GEMINI_PATH = /^\/(?:v1beta|v1alpha)(?:\/|$)|^\/v1\/models\/[^/]+:[A-Za-z]+\/?$/;
const MODELS_PATH = /^\/v1\/models(?:\/[^/:]+)?\/?$/;

/** Whether a request (path without prefix) speaks the Gemini API. */
function isGemini(path: string, headers: Record<string, string>, query: string): boolean {
  if (GEMINI_PATH.test(path)) return true;
  return MODELS_PATH.test(path) && (headers['x-goog-api-key'] !== undefined || /(?:^|&)key=/.test(query));
}

/** The Gemini simulated provider, serving paths below `prefix` ('' = at the root). */
function geminiProvider(name: string, prefix: string): SimulatedProvider {
  const strip = (path: string): string | null => {
    if (prefix === '') return path;
    return path === prefix || path.startsWith(`${prefix}/`) ? path.slice(prefix.length) || '/' : null;
  };
  const cores = new WeakMap<FaultSource, GeminiSimulatorCore>();
  return {
    name,
    routes: [],
    serve: {
      owns(path, headers, query) {
        const p = strip(path);
        return p !== null && isGemini(p, headers, query);
      },
      async handle(rec, sink, faults) {
        let core = cores.get(faults);
        if (!core) {
          core = new GeminiSimulatorCore({ faults });
          cores.set(faults, core);
        }
        await core.handle({ method: rec.method, path: strip(rec.path) ?? rec.path, query: rec.query, headers: rec.headers, body: rec.body }, sink);
      },
    },
    claims: (path, headers) => {
      const p = strip(path);
      return p !== null && (prefix !== '' || isGemini(p, headers, ''));
    },
    apiKey: (headers) => headers['x-goog-api-key'] || /^Bearer\s+(.+)$/i.exec(headers.authorization ?? '')?.[1]?.trim(),
    missingKeyMessage: "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.",
    badKey: () => new HttpError(400, 'API key not valid. Please pass a valid API key.'),
    headers: (): Header[] => GOOGLE_HEADERS.map((h) => [h[0], h[1]] as Header),
    errorBody: (_ex, status, message) => errorEnvelope(status, message),
    rateLimitHeaders: () => [],
    errorEvent: () => Buffer.from(`data: ${JSON.stringify(errorEnvelope(503))}\r\n\r\n`),
    missingField: (field) => new HttpError(400, `Invalid JSON payload received. Missing required field ${JSON.stringify(field)}.`),
    invalidJsonMessage: 'Invalid JSON payload received. Expected an object.',
    notFoundMessage: (method, path) => `Method not found: ${method} ${path}`,
    models: () => ({ models: [] }),
  };
}

/** Provider `gemini` at the simulator's root. */
export const gemini: SimulatedProvider = geminiProvider('gemini', '');

/** The Gemini API under a path prefix (the `/_dialect/gemini` provider dialect). */
export function geminiDialect(name: string, prefix: string): SimulatedProvider {
  return geminiProvider(name, prefix);
}
