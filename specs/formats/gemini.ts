/**
 * Gemini API wire schemas (https://ai.google.dev/api/generate-content): the
 * error envelope (the codec's errors are checked against it) and the minimal
 * request schemas of the Gemini ingress routes. They check the shape the
 * gateway itself relies on and leave everything else open (passthrough must not
 * reject what Google accepts); the translation mapper
 * (runtime/formats/gemini/mapper.ts) checks the rest with errors naming the field.
 * Google's parser accepts snake_case names too (`system_instruction`): the
 * schemas only constrain the camelCase names.
 *
 * Source: Gemini API errors guide
 * (https://ai.google.dev/gemini-api/docs/troubleshooting) and the Google API
 * error model (google.rpc.Status: code, message, status name, details).
 */
import { Type, type Static } from '@sinclair/typebox';
import { Open, Text } from './common.ts';

/** One Content: `role` user/model (function accepted: older clients), `parts` an array of Part objects. */
const Content = Type.Object({
  role: Type.Optional(Type.String({ maxLength: 16 })),
  parts: Type.Array(Type.Object({}, Open), { maxItems: 10000 }),
}, { ...Open, title: 'GeminiContent' });

/** The fields of a GenerateContentRequest the gateway reads before translating (the model is in the path). */
const GenerateContentFields = {
  contents: Type.Array(Content, { maxItems: 100000 }),
  systemInstruction: Type.Optional(Type.Object({}, Open)),
  tools: Type.Optional(Type.Array(Type.Object({}, Open), { maxItems: 1000 })),
  toolConfig: Type.Optional(Type.Object({}, Open)),
  generationConfig: Type.Optional(Type.Object({}, Open)),
  safetySettings: Type.Optional(Type.Array(Type.Object({}, Open), { maxItems: 100 })),
};

export const GeminiGenerateContentPassthroughRequest = Type.Object(GenerateContentFields, {
  ...Open, title: 'GeminiGenerateContentRequest', description: '`models.generateContent` / `streamGenerateContent` request body (model in the path).',
});

export const GeminiCountTokensRequest = Type.Object({
  contents: Type.Optional(Type.Array(Content, { maxItems: 100000 })),
  generateContentRequest: Type.Optional(Type.Object({}, Open)),
}, { ...Open, title: 'GeminiCountTokensRequest', description: '`models.countTokens` request: `contents`, or a whole `generateContentRequest`.' });

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
