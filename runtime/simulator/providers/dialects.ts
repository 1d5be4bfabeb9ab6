/**
 * Simulated provider dialects: one SimulatedProvider per provider spec
 * (specs/providers/<type>.ts, via generated/capabilities.ts), serving under
 * `/_dialect/<type>` + the path of the spec's default base URL
 * (`simulatedBaseUrl`, ../dialects.ts).
 *
 * An `openai-chat` type is the OpenAI module (./openai.ts) played with the
 * spec's routes (capability paths, `{model}` in the path taken as the model),
 * auth (its header and prefix, or none: every request passes), request-id
 * header, rejected parameters (400 naming the parameter), tool-call id rule
 * (generated ids follow it; a replayed id that breaks it is a 400), reasoning
 * field for catalogued thinking models, and whether streams honour
 * `stream_options.include_usage`; plus the quirks its spec cannot say
 * (../dialects.ts QUIRKS: Azure's required `api-version`, 401 text, envelope).
 * An `anthropic-messages` type is the Anthropic module (./anthropic.ts) under
 * the prefix, with the spec's auth header; a `gemini` type is the Gemini API
 * (./gemini.ts) under the prefix.
 */
import type { Header } from '../sink.ts';
import { badToolCallId, dialectPrefix, DIALECT_TYPES, OWN_MODULE_TYPES, reasoningFor, rejectedParam, simDialect, toolCallIdFor, type SimDialect } from '../dialects.ts';
import { anthropic } from './anthropic.ts';
import { geminiDialect } from './gemini.ts';
import { chatCompletion, openai } from './openai.ts';
import { HttpError, type Json, type SimRoute, type SimulatedProvider } from './types.ts';

/** The key a request carries under the dialect's auth rule; auth `null` → a placeholder (every request passes). */
function apiKey(d: SimDialect, headers: Record<string, string>): string | undefined {
  if (!d.auth) return 'no-auth';
  const raw = (headers[d.auth.header] ?? '').trim();
  if (!d.auth.prefix) return raw || undefined;
  return raw.toLowerCase().startsWith(d.auth.prefix.toLowerCase()) ? raw.slice(d.auth.prefix.length).trim() || undefined : undefined;
}

/** Checks a chat request against the dialect: rejected parameters, tool-call ids. */
function checkChat(d: SimDialect, body: Json): void {
  const rejected = rejectedParam(d, body);
  if (rejected) throw new HttpError(400, `Unsupported parameter: '${rejected}' is not supported by ${d.spec.displayName}.`, rejected, 'unsupported_parameter');
  const badId = badToolCallId(d, body);
  if (badId) throw new HttpError(400, `Tool call id was ${badId} but must follow ${d.toolCallId?.pattern ?? `at most ${d.toolCallId?.maxLength} characters`}.`, 'messages', 'invalid_value');
}

function openaiDialect(d: SimDialect): SimulatedProvider {
  const byPath = (path: string) => openai.routes.find((r) => r.path === path)!;
  const p: SimulatedProvider = {
    ...openai,
    name: d.type,
    routes: d.routes.map((r): SimRoute => ({
      method: 'POST', path: r.path, json: true,
      handler: (ex, body, c, params) => {
        if (r.modelInPath && params[0]) body.model = decodeURIComponent(params[0]); // the deployment decides, as Azure
        const q = d.quirks.requiredQuery;
        if (q && !ex.url.get(q.name)) throw new HttpError(q.status, q.message);
        if (r.routeType === 'llm/v1/chat') {
          checkChat(d, body);
          return chatCompletion(p, ex, body, c, { reasoning: reasoningFor(d, body.model as string), toolCallId: toolCallIdFor(d, ex.seq), streamUsage: d.streamUsage });
        }
        return byPath(r.routeType === 'llm/v1/embeddings' ? '/embeddings' : '/completions').handler(ex, body, c, params);
      },
    })),
    claims: (path) => path.startsWith(`${dialectPrefix(d.type)}/`) || path === dialectPrefix(d.type),
    apiKey: (headers) => apiKey(d, headers),
    missingKeyMessage: d.quirks.unauthorizedMessage ?? `You didn't provide an API key. Send it in the ${d.auth?.header ?? 'authorization'} header.`,
    badKey: (masked) => new HttpError(401, d.quirks.unauthorizedMessage ?? `Incorrect API key provided: ${masked}.`, null, 'invalid_api_key'),
    headers: (reqId): Header[] => [[d.requestIdHeader, reqId], ['x-switchyard-simulator', '1']],
    errorBody: d.quirks.codeEnvelope
      ? (_ex, status, message) => ({ error: { code: String(status), message: message ?? 'Error' } })
      : openai.errorBody,
  };
  return p;
}

function anthropicDialect(d: SimDialect): SimulatedProvider {
  const prefix = dialectPrefix(d.type).replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
  return {
    ...anthropic,
    name: d.type,
    routes: anthropic.routes.map((r): SimRoute => ({ ...r, path: `${prefix}(?:/v1)?${r.path}` })),
    claims: (path) => path.startsWith(`${dialectPrefix(d.type)}/`),
    apiKey: (headers) => apiKey(d, headers) ?? anthropic.apiKey(headers),
  };
}

/** One simulated provider per provider spec (except those with their own module), claiming its `/_dialect/<type>` prefix. */
export const DIALECT_PROVIDERS: readonly SimulatedProvider[] = DIALECT_TYPES.filter((t) => !(t in OWN_MODULE_TYPES)).map((t) => {
  const d = simDialect(t)!;
  if (d.spec.nativeFormat === 'gemini') return geminiDialect(d.type, dialectPrefix(d.type));
  return d.spec.nativeFormat === 'anthropic-messages' ? anthropicDialect(d) : openaiDialect(d);
});
