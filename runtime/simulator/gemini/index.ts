/**
 * Simulated Gemini API upstream (Google AI Studio, `generativelanguage.googleapis.com`):
 * the test oracle for Gemini ingress and the `gemini` provider, proven faithful by
 * the official `@google/genai` SDK and Gemini CLI (test/simulator-gemini*.test.ts).
 *
 * Use: the main simulator serves it as provider `gemini` at its root
 * (`startSimulator()` / `switchyard simulate`: base URL `sim.url`;
 * ../providers/gemini.ts) and under `/_dialect/gemini`; faults come from the
 * simulator's shared queue (`sim.queueFaults`). `GeminiSimulatorCore`
 * (./handler.ts) handles one parsed request through any `GeminiResponseWriter`.
 *
 * Routes (each under `/v1beta`, `/v1` and `/v1alpha`; the SDK's `apiVersion` picks):
 * - `POST /v1beta/models/{model}:generateContent` → `GenerateContentResponse` (pretty JSON);
 * - `POST /v1beta/models/{model}:streamGenerateContent?alt=sse` → SSE, `data: <json>\r\n\r\n`
 *   per partial response, no `event:` lines, no `[DONE]`; the stream simply ends;
 * - `POST /v1beta/models/{model}:streamGenerateContent` (no `alt=sse`) → one JSON array
 *   written as it grows: `[` + element, `\n,\r\n` + element ..., `\n]`;
 * - `POST /v1beta/models/{model}:countTokens` → `{totalTokens, promptTokensDetails}`;
 * - `GET /v1beta/models` (`pageSize`, `pageToken` → `nextPageToken`), `GET /v1beta/models/{model}`;
 * - `GET /health` (no auth; the main simulator's). Anything else: 404 NOT_FOUND.
 * Model ids: the catalog of ./models.ts plus any `gemini-*` id; others answer 404
 * "models/X is not found for API version v1beta, or is not supported for generateContent. ...".
 *
 * Auth: `x-goog-api-key: KEY` or `?key=KEY` (what the SDK and Gemini CLI send), or
 * `authorization: Bearer TOKEN`. None → 403 PERMISSION_DENIED "Method doesn't allow
 * unregistered callers ..."; a key starting `bad-` → 400 INVALID_ARGUMENT "API key not
 * valid. Please pass a valid API key." with ErrorInfo reason API_KEY_INVALID (the real
 * API answers an invalid key with 400, not 401); a bearer token starting `bad-` → 401 UNAUTHENTICATED.
 *
 * Errors: `{"error": {"code": 400, "message": "...", "status": "INVALID_ARGUMENT"[, "details": [...]]}}`,
 * status names per HTTP code: 400 INVALID_ARGUMENT, 401 UNAUTHENTICATED, 403 PERMISSION_DENIED,
 * 404 NOT_FOUND, 429 RESOURCE_EXHAUSTED (details QuotaFailure, Help, RetryInfo `retryDelay: "Ns"`;
 * no retry-after header), 500 INTERNAL, 503 UNAVAILABLE, 504 DEADLINE_EXCEEDED (./wire.ts).
 * On the JSON-array stream route an error is the array `[{"error": ...}\n]`. A mid-stream
 * error is one more element / `data:` event holding the error envelope (503 UNAVAILABLE),
 * after which the stream ends cleanly; `@google/genai` raises it as `ApiError` (status 503).
 *
 * Wire facts this module follows (verified; sources in brackets):
 * - SSE events end with a CRLF blank line, `data: {…}\r\n\r\n` [a gemini-2.5-flash stream "captured
 *   verbatim from the live API" as a test constant in a public Rust Gemini client (the same repository
 *   notes older models used `\n\n`); @google/genai's splitter lists `\r\n\r\n`; the recordings below
 *   show `\n\n`, most likely line-ending normalisation of the stored files].
 * - With tools declared, a text stream may end with a separate terminal frame whose candidate is
 *   `{"content": {"role": "model"}, "finishReason": "STOP", "index": 0}` (content without parts)
 *   [same capture]; without tools the last text chunk carries the finishReason [adk-go recording].
 *   The simulator does both, by the same rule.
 * - Unary bodies are pretty-printed JSON, `content-type: application/json; charset=UTF-8`;
 *   SSE lines are one-line JSON with `": "` after keys, `content-type: text/event-stream`,
 *   `content-disposition: attachment` [recorded AI Studio traffic in google/adk-go
 *   `agent/remoteagent/testdata/TestA2ARemoteAgentStreamingGeminiError.httprr` (gemini-2.5-flash SSE),
 *   `agent/llmagent/testdata/TestDelegation_08_ChatToTaskPlusFunctionTool.httprr` (gemini-3.5-flash
 *   generateContent with functionCall ids and thought signatures)].
 * - JSON-array stream framing `[{…}\n,\r\n{…}\n]` [error body quoted in continuedev/continue#8516
 *   (`[{ "error": … }\n]`); the `\n,\r\n` delimiter in cequence-io's Gemini stream framer tests].
 * - `@google/genai` always adds `alt=sse` for streams, splits events on `\n\n`, `\r\r` or
 *   `\r\n\r\n`, raises a `data:` payload holding `error.code` 4xx/5xx as ApiError, sends the key as
 *   `x-goog-api-key`, retries 408/429/500/502/503/504 only when `retryOptions` is set, and defaults
 *   to apiVersion `v1` from 3.x on (`v1beta` before) [@google/genai 3.6 dist/node/index.mjs:
 *   requestStream, processStreamResponse, throwIfStreamErrorChunk, DEFAULT_RETRY_HTTP_STATUS_CODES].
 * - Candidate: `content {parts, role: "model"}`, `finishReason`, `index`, then `finishMessage`
 *   ("Model generated function call(s)." on function calls, with finishReason STOP); usage
 *   `promptTokenCount, candidatesTokenCount, totalTokenCount (= prompt + candidates + thoughts),
 *   cachedContentTokenCount, promptTokensDetails, cacheTokensDetails, thoughtsTokenCount`; zero
 *   counters omitted; `modelVersion` = model id; `responseId`. Each stream chunk carries usage
 *   with the cumulative candidates count; the last text chunk carries the finishReason; a
 *   functionCall arrives whole in one chunk [recordings above; louter test-data/gemini].
 * - functionCall: `{name, args, id}`; Gemini 3 models send an 8-character `id` and clients echo it
 *   as `functionResponse.id`; Gemini 2.x send no id (Gemini CLI then invents its own callId and
 *   sends it back as functionResponse.id, which the API accepts) [adk-go httprr: "id": "bu4kjcsx"
 *   echoed in functionResponse; API reference FunctionCall.id / FunctionResponse.id].
 *   Function responses go in a `role: "user"` content right after the model's function-call
 *   content, one functionResponse part per functionCall part.
 * - thoughtSignature is a sibling of the data field in the same part (`{functionCall, thoughtSignature}`),
 *   on the first functionCall part of a step only (parallel calls: first one), on Gemini 3 text answers
 *   on the last part (streams: a closing `{"text": "", "thoughtSignature"}` part with the finishReason);
 *   clients must return it unchanged; Gemini 3 rejects a current-turn function call without it
 *   (400 "Function call is missing a thought_signature in functionCall parts. ...") and a tampered one
 *   ("Corrupted thought signature."); `skip_thought_signature_validator` is accepted
 *   [ai.google.dev/gemini-api/docs/thought-signatures; adk-go httprr; Vertex SSE capture].
 * - Thought summaries are parts `{"text": "...", "thought": true}`, only with
 *   `thinkingConfig.includeThoughts: true`; `thoughtsTokenCount` is reported whenever the model thinks.
 * - HTTP status → status names [ai.google.dev/gemini-api/docs/generate-content/api-errors].
 *
 * Simulator behaviour (deterministic): text `word0 word1 ...` (8 words; `x-sim-events: N`),
 * truncated by `maxOutputTokens` → MAX_TOKENS; a function call when tools are declared and the
 * last user text has `[sim-tool:NAME]` / `[sim-tool:NAME:{json}]`, or mode ANY, or header
 * `x-sim-tool: NAME[,NAME2]` (parallel calls) with `x-sim-tool-input: <json>`; never right after
 * a function-response turn (then text), never with mode NONE. Thinking per model (./models.ts) and
 * `thinkingConfig`; `responseMimeType: application/json` answers a minimal value of the schema.
 * Thought signatures are deterministic per request body (./signature.ts) and verified when sent back.
 * More controls: `x-sim-finish-reason: SAFETY|RECITATION|...`, `x-sim-block-prompt: SAFETY|...`
 * (promptFeedback, no candidates), `x-sim-cached-tokens: N`, `x-sim-strict-ids: 1` (reject a
 * functionResponse.id that matches no functionCall id of the previous turn).
 * Faults (grammar of ../controls.ts; header `x-sim-fault`, `queueFaults`, `setDefaultFault`):
 * `status:CODE[:RETRY_S]`, `stall-ms:MS`, `stall-after:N:MS`, `error-after:N`,
 * `error-before-content`, `reset-after:N`, `x-sim-pace-ms: MS`. Not simulated: recorded
 * fixtures, candidateCount > 1, cachedContents/files/embedContent/Live API routes.
 */
export { GeminiSimulatorCore, type FaultSource, type GeminiRequest, type GeminiResponseWriter, type GeminiCoreOptions } from './handler.ts';
export { GEMINI_MODELS, findModel, type GeminiModelInfo } from './models.ts';
export { simThoughtSignature, verifyThoughtSignature, requestSeed, DUMMY_THOUGHT_SIGNATURES } from './signature.ts';
export { googleStatusName, errorEnvelope, ARRAY_SEPARATOR } from './wire.ts';
export { FINISH_REASONS, BLOCK_REASONS } from './respond.ts';
