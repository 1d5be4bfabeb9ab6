/**
 * Gemini API wire schemas (https://ai.google.dev/api/generate-content). Only
 * the error envelope so far: the codec's errors are checked against it; the
 * request and response schemas come with the Gemini ingress routes (issue 13).
 *
 * Source: Gemini API errors guide
 * (https://ai.google.dev/gemini-api/docs/troubleshooting) and the Google API
 * error model (google.rpc.Status: code, message, status name, details).
 */
import { Type, type Static } from '@sinclair/typebox';
import { Open, Text } from './common.ts';

export const GeminiErrorResponse = Type.Object({
  error: Type.Object({
    /** The HTTP status code. */
    code: Type.Integer({ minimum: 100, maximum: 599 }),
    message: Text(),
    /** The google.rpc.Code name (INVALID_ARGUMENT, RESOURCE_EXHAUSTED, …). */
    status: Type.String({ pattern: '^[A-Z_]+$' }),
    details: Type.Optional(Type.Array(Type.Unknown())),
  }, Open),
}, { ...Open, title: 'GeminiErrorResponse', description: 'Google API error envelope as the Gemini API sends it.' });
export type GeminiErrorResponse = Static<typeof GeminiErrorResponse>;
