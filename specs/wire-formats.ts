/**
 * Wire formats: the API dialects a caller speaks (ingress format) or an
 * upstream speaks (a provider's native format), with the facts about each that
 * are data, not code: the path prefix it is also served under, the response
 * header its SDKs read as the request id, and the request validator per route
 * type. What is code (error envelope, stream grammar, keep-alive, usage) lives
 * in the format's codec, runtime/formats/<format>/.
 *
 * A wire format is not a provider type: `openai-chat` is spoken by OpenAI and by
 * every OpenAI-compatible provider; `anthropic-messages` by Anthropic (and
 * Claude on other clouds); `openai-responses` is OpenAI's Responses API;
 * `gemini` is the Gemini API (Google AI Studio, `generateContent`). Names follow
 * the API, not the vendor. A new format: a literal, a WIRE_FORMATS row, a codec.
 * `gemini` has a codec and mappers (translation) but no ingress routes yet
 * (issue 13). `openai-responses` is served (`/v1/responses`, issue 14); its
 * requests are checked by its mapper, not by a schema (no validators listed).
 *
 * Source: Anthropic API reference (https://docs.anthropic.com/en/api/messages,
 * request ids: https://docs.anthropic.com/en/api/errors#request-id); OpenAI API
 * reference (https://platform.openai.com/docs/api-reference/chat,
 * `x-request-id`: https://platform.openai.com/docs/api-reference/debugging-requests;
 * Responses: https://platform.openai.com/docs/api-reference/responses); Gemini
 * API reference (https://ai.google.dev/api/generate-content, errors:
 * https://ai.google.dev/gemini-api/docs/troubleshooting). Google documents no
 * request-id response header and `@google/genai` reads none: the gateway's id
 * goes out as `x-request-id`.
 */
import { Type, type Static } from '@sinclair/typebox';

export const Format = Type.Union([Type.Literal('anthropic-messages'), Type.Literal('openai-chat'), Type.Literal('openai-responses'), Type.Literal('gemini')], {
  $id: 'Format',
  description: 'An API wire format: what the caller speaks (ingress) or what the upstream speaks (native format). '
    + 'Named after the API, not the vendor: a provider type (specs/providers/) is a different thing, and several provider types share a format. '
    + '`openai-responses` (OpenAI Responses API, served at /v1/responses) and `gemini` (Gemini API, no ingress routes yet) translate to and from the others.',
});
export type Format = Static<typeof Format>;

/** Validator names (keys of VALIDATED_SCHEMAS, specs/formats/index.ts) for one route type. */
export const RouteValidators = Type.Object(
  {
    /** Minimal schema checked on every request of the route type (passthrough must not reject what the upstream accepts). */
    passthrough: Type.Union([Type.String(), Type.Null()]),
    /** Full schema, checked in addition when the request is translated (the transcoder relies on it). */
    translated: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false },
);

export const WireFormatSpec = Type.Object(
  {
    format: Format,
    displayName: Type.String(),
    docs: Type.String(),
    /**
     * The main listener also serves this format's ingress paths under this prefix (`/anthropic/v1/messages`).
     * Formats of one API family may share a prefix (`/openai`); an unmatched path under it gets the
     * errors of the first of them in WIRE_FORMATS order.
     */
    ingressPrefix: Type.String({ pattern: '^/[a-z0-9-]+$' }),
    /** Response header the format's SDKs read as the request id (`_request_id`). */
    requestIdHeader: Type.String(),
    /** Route type → request validators (route types absent here are not validated by schema). */
    validators: Type.Record(Type.String(), RouteValidators),
    /** A request header only this format's clients send (it picks the response shape of the shared `GET /v1/models`); null: none. */
    identifyingHeader: Type.Union([Type.String(), Type.Null()]),
    /** Errors for a path no route matched use this format unless the path belongs to another format's routes (exactly one format sets it). */
    unmatchedPathFallback: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type WireFormatSpec = Static<typeof WireFormatSpec>;

export const WIRE_FORMATS: Record<Format, WireFormatSpec> = {
  'anthropic-messages': {
    format: 'anthropic-messages',
    displayName: 'Anthropic Messages',
    docs: 'https://docs.anthropic.com/en/api/messages',
    ingressPrefix: '/anthropic',
    requestIdHeader: 'request-id',
    identifyingHeader: 'anthropic-version',
    validators: {
      'llm/v1/chat': { passthrough: 'anthropic-messages-passthrough', translated: 'anthropic-messages-request' },
      'llm/v1/count_tokens': { passthrough: 'anthropic-count-tokens-passthrough', translated: null },
      'llm/v1/completions': { passthrough: 'anthropic-complete-request', translated: null },
      'files/v1/batches': { passthrough: 'anthropic-batch-create-request', translated: null },
    },
    unmatchedPathFallback: false,
  },
  'openai-chat': {
    format: 'openai-chat',
    displayName: 'OpenAI Chat Completions',
    docs: 'https://platform.openai.com/docs/api-reference/chat',
    ingressPrefix: '/openai',
    requestIdHeader: 'x-request-id',
    identifyingHeader: null,
    validators: {
      'llm/v1/chat': { passthrough: 'openai-chat-passthrough', translated: 'openai-chat-request' },
      'llm/v1/completions': { passthrough: 'openai-completions-request', translated: null },
      'llm/v1/embeddings': { passthrough: 'openai-embeddings-request', translated: null },
    },
    unmatchedPathFallback: true,
  },
  'openai-responses': {
    format: 'openai-responses',
    displayName: 'OpenAI Responses',
    docs: 'https://platform.openai.com/docs/api-reference/responses',
    ingressPrefix: '/openai',
    requestIdHeader: 'x-request-id',
    identifyingHeader: null,
    validators: {},
    unmatchedPathFallback: false,
  },
  gemini: {
    format: 'gemini',
    displayName: 'Gemini API',
    docs: 'https://ai.google.dev/api/generate-content',
    ingressPrefix: '/gemini',
    requestIdHeader: 'x-request-id',
    identifyingHeader: null,
    validators: {},
    unmatchedPathFallback: false,
  },
};
