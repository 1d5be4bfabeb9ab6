/**
 * Translation coverage per format pair: what each composed transcoder maps, and
 * the loss report — every field or block the upstream cannot carry, classified
 * advisory or semantic. Rendered into the capability docs by `npm run gen`; the
 * format mappers (runtime/formats/<format>/mapper.ts) implement exactly this
 * table and runtime/translate/core.ts LossReport applies its classes.
 */
import { Type, type Static } from '@sinclair/typebox';
import { Format, RouteType } from './route-types.ts';

/**
 * How a loss is treated (config `models.ALIAS.unsupported_params`):
 * - `advisory`: dropping it does not change what the caller relies on (a hint,
 *   a cache breakpoint, a no-op edit). Default policy: dropped and named in the
 *   response header `x-switchyard-degraded`.
 * - `semantic`: dropping it changes the answer or a guarantee the caller relies
 *   on (sampling, output shape, content the upstream cannot read). Default policy:
 *   400 naming the field.
 * `drop` drops both (`x-switchyard-dropped-params`), `strict` rejects both.
 */
export const LossClass = Type.Union([Type.Literal('advisory'), Type.Literal('semantic')], { description: 'advisory: dropping it does not change what the caller relies on; semantic: it does.' });
export type LossClass = Static<typeof LossClass>;

export const FieldMapping = Type.Object(
  { field: Type.String(), to: Type.String(), note: Type.Optional(Type.String()) },
  { additionalProperties: false },
);
export const TranslationCoverage = Type.Object(
  {
    /** Ingress format (what the caller speaks). */
    from: Format,
    /** Upstream format. */
    to: Format,
    routeType: RouteType,
    transcoder: Type.String({ description: 'The two format mappers composing the pair through the translation IR (ingress mapper → upstream mapper), paths under runtime/.' }),
    request: Type.Array(FieldMapping),
    response: Type.Array(FieldMapping),
    /**
     * What the upstream cannot carry, field by field and block by block, with its
     * loss class (LossClass): the model alias's `unsupported_params` policy decides
     * per class whether the field is dropped (and named in a header) or rejected.
     */
    unsupported: Type.Array(Type.Object({ field: Type.String(), loss: LossClass, reason: Type.String() }, { additionalProperties: false })),
  },
  { additionalProperties: false },
);
export type TranslationCoverage = Static<typeof TranslationCoverage>;

/** Losses of a Responses caller's own fields, whatever the upstream (decoder extras of formats/openai-responses/mapper.ts). */
const RESPONSES_CALLER_LOSSES: TranslationCoverage['unsupported'] = [
  { field: 'truncation', loss: 'advisory', reason: '`auto` (drop items from the middle of the context on overflow): the upstream answers a context-length error instead.' },
  { field: 'background', loss: 'semantic', reason: 'Background responses (true) need the response store and a poller.' },
  { field: 'service_tier', loss: 'advisory', reason: 'OpenAI tiers other than auto/default (flex, scale, priority).' },
  { field: 'top_logprobs', loss: 'semantic', reason: 'No token log-probabilities are returned (non-zero).' },
  { field: 'max_tool_calls', loss: 'advisory', reason: 'Limits calls of OpenAI built-in tools, which are not carried.' },
  { field: 'previous_response_id', loss: 'semantic', reason: 'Conversation state is rebuilt by the gateway\'s response store before translation; reaching the mapper it cannot be honoured.' },
  { field: 'conversation', loss: 'semantic', reason: 'OpenAI Conversations objects.' },
  { field: 'prompt', loss: 'semantic', reason: 'OpenAI-stored prompt templates.' },
  { field: 'metadata', loss: 'advisory', reason: 'Stored-response metadata (non-empty).' },
  { field: 'client_metadata', loss: 'advisory', reason: 'Client telemetry (Codex CLI session/turn ids), nothing the model reads.' },
  { field: 'generate', loss: 'semantic', reason: '`generate: false` (a warm-up) is a WebSocket-mode request: over WebSocket the gateway answers it without an upstream call (runtime/server/responses-ws.ts); over HTTP it is rejected.' },
  { field: 'tools[type!=function]', loss: 'semantic', reason: 'OpenAI-hosted tools (file_search, code_interpreter, computer_use, image_generation, mcp, local_shell): no equivalent on this upstream; named by position (`tools[i]`, `tools[i].tools[j]` inside a namespace).' },
  { field: 'tools[type=tool_search]', loss: 'advisory', reason: 'Codex\'s client-executed deferred-tool discovery (`execution: "client"`): dropping it only hides tools that were not offered upfront; named `tools[i]`.' },
  { field: 'tools[type=web_search].<option>', loss: 'advisory', reason: 'Web search options with no Anthropic equivalent (search_context_size, filters other than allowed_domains, Codex\'s external_web_access and search_content_types); named `tools[i].<option>`.' },
  { field: 'input[type=reasoning] (not issued by this gateway)', loss: 'advisory', reason: 'A replayed reasoning item whose `encrypted_content` is not a carrier this gateway sealed under its current key (OpenAI\'s own encrypted reasoning, a forged or altered carrier, one from another key) or that has none: never turned into a thinking block, never sent on; named by position (`input[i]`).' },
  { field: 'include (other values)', loss: 'advisory', reason: 'Only reasoning.encrypted_content is produced (logprobs, hosted-tool outputs and image URLs are not).' },
  { field: 'text.verbosity', loss: 'advisory', reason: 'No verbosity control on this upstream (values other than medium).' },
  { field: 'reasoning.<other key>', loss: 'semantic', reason: 'Only effort and summary translate.' },
  { field: 'input[type=item_reference]', loss: 'semantic', reason: 'Item references resolve against stored responses (the gateway\'s response store).' },
  { field: 'prompt_cache_key | prompt_cache_retention', loss: 'advisory', reason: 'Caching hints with no equivalent on this upstream.' },
];

/** Request mappings shared by the rows whose ingress is the Responses API. */
const RESPONSES_REQUEST: TranslationCoverage['request'] = [
  { field: 'model', to: 'model', note: 'The target\'s upstream model.' },
  { field: 'instructions', to: 'system prompt', note: 'A string; the leading system prompt.' },
  { field: 'input (string)', to: 'one user message' },
  { field: 'input[type=message, role=user]', to: 'user message', note: 'input_text → text; input_image: data URL → base64 image, http(s) → url image, PDF data URL → document; input_file: file_data (PDF, text/plain data URL; bare base64 with a .pdf filename) → document, file_url → url document; file_id → 400. `type` may be omitted (EasyInputMessage); string content accepted.' },
  { field: 'input[type=message, role=system|developer]', to: 'system entries in place', note: 'Text only.' },
  { field: 'input[type=message, role=assistant]', to: 'assistant text', note: 'output_text and refusal parts (annotations not carried).' },
  { field: 'input[type=function_call]', to: 'assistant tool call', note: 'id = call_id; arguments parsed (empty → {}; not a JSON object → 400). Consecutive reasoning/assistant/function_call items form one assistant turn.' },
  { field: 'input[type=function_call_output]', to: 'tool result', note: 'tool_use id = call_id; output string or input_text/input_image/input_file parts.' },
  { field: 'input[type=reasoning]', to: 'thinking / redacted_thinking block', note: 'Only when its encrypted_content is a carrier this gateway sealed (AES-256-GCM, runtime/formats/openai-responses/carrier.ts): the exact block, signature included, comes back. Otherwise a named loss (below).' },
  { field: 'max_output_tokens', to: 'output-token limit', note: 'Positive integer; absent → the model catalog\'s max output, else 4096.' },
  { field: 'temperature', to: 'temperature' },
  { field: 'top_p', to: 'top_p' },
  { field: 'tools[type=function]', to: 'function tools', note: '{name, description, parameters, strict}; strict carried only when given.' },
  { field: 'tools[type=custom]', to: 'function tool {input: string}', note: 'Freeform tools (Codex\'s apply_patch): the input grammar (format.definition) is appended to the description; the call comes back as a custom_tool_call with the raw input.' },
  { field: 'tools[type=namespace]', to: 'its tools, flattened', note: 'Codex namespaces: the function and custom tools inside; their calls come back with `namespace`.' },
  { field: 'input[type=custom_tool_call | custom_tool_call_output]', to: 'tool call {input} / tool result' },
  { field: 'tool_choice', to: 'tool choice', note: 'auto, none, required → any, {type:"function",name} → that tool; hosted-tool, custom, mcp and allowed_tools choices → 400.' },
  { field: 'parallel_tool_calls: false', to: 'at most one tool call per turn' },
  { field: 'text.format', to: 'structured output', note: 'json_schema {name, schema, description, strict} and json_object; text → none.' },
  { field: 'reasoning.effort', to: 'reasoning effort', note: 'none → no reasoning.' },
  { field: 'reasoning.summary', to: '(thinking returned as the summary)', note: 'The upstream\'s reasoning text comes back as summary_text whatever the value.' },
  { field: 'include: ["reasoning.encrypted_content"]', to: '(carrier)', note: 'Signed thinking always comes back with an encrypted_content carrier, so clients that replay output items keep multi-turn thinking.' },
  { field: 'user | safety_identifier', to: 'end-user id', note: 'safety_identifier wins.' },
  { field: 'store', to: '(gateway)', note: 'The response store (issue 14) decides; the translated upstream call never stores.' },
  { field: 'stream', to: 'stream', note: 'Usage always comes in response.completed.' },
  { field: 'stream_options', to: '(accepted)', note: 'include_obfuscation: no obfuscation padding is produced.' },
  { field: 'truncation: disabled, background: false, service_tier auto/default, top_logprobs 0, empty metadata/client_metadata, null values', to: '(omitted)', note: 'Defaults change nothing and are accepted.' },
];

/** Response mappings shared by the rows whose ingress is the Responses API. */
const RESPONSES_RESPONSE: TranslationCoverage['response'] = [
  { field: 'id', to: 'id', note: 'resp_ + the upstream id (msg_ prefix removed); output item ids msg_/rs_/fc_ + SHA-256(response id, output index), stable between the stream and its final response.' },
  { field: 'text', to: 'output message item', note: 'One message item per text block with one output_text part (annotations: web-search citations → url_citation spanning the part; other citations not carried).' },
  { field: 'thinking', to: 'reasoning item', note: 'summary = [{type:"summary_text", text: the thinking}]; encrypted_content = a sealed carrier of the exact block when it is signed. Redacted thinking → a reasoning item with a carrier and an empty summary.' },
  { field: 'tool call', to: 'function_call item', note: 'call_id = the upstream tool-call id, arguments = JSON text ("{}" when none); a custom tool of the request → custom_tool_call {call_id, name, input} (stream: custom_tool_call_input.delta/done at the call\'s end); a namespaced tool → with `namespace`. Needs the request decoded with the same request context.' },
  { field: 'server-tool blocks', to: '(not carried)', note: 'Executed upstream; never requested by this pair.' },
  { field: 'stop reason', to: 'status', note: 'max_tokens/model_context_window_exceeded → incomplete (max_output_tokens); refusal → incomplete (content_filter); otherwise completed.' },
  { field: 'usage', to: 'usage', note: 'input_tokens = input + cache writes + cache reads; input_tokens_details.cached_tokens = cache reads (+ cache_write_tokens when > 0); output_tokens; output_tokens_details.reasoning_tokens; total_tokens.' },
  { field: '(request)', to: 'Response fields', note: 'instructions, max_output_tokens, temperature, top_p, tools, tool_choice, parallel_tool_calls, reasoning, text, metadata, store, user, safety_identifier, prompt_cache_key echoed; model = the alias.' },
  { field: 'stream', to: 'Responses SSE events', note: 'response.created, response.in_progress, per item output_item.added … output_item.done (content_part.added, output_text.delta, output_text.annotation.added, output_text.done, content_part.done | reasoning_summary_part.added, reasoning_summary_text.delta/done, reasoning_summary_part.done | function_call_arguments.delta/done), then response.completed or response.incomplete with every item and usage; sequence_number from 0, +1 per event; no [DONE]. Parsed by the openai SDK\'s strict ResponseStream accumulator in the tests.' },
  { field: 'stream: upstream error / EOF before the end', to: 'event error {type:"error", error:{type,code,message,param}} + response.failed', note: 'As first-party OpenAI sends it; the openai SDK raises APIError. Truncation: code upstream_stream_truncated.' },
  { field: 'error body + status', to: '{"error":{message,type,param:null,code}}', note: 'Status kept; as for Chat Completions callers.' },
];

/** Request mappings of the rows whose upstream is the Responses API. */
const TO_RESPONSES_REQUEST: TranslationCoverage['request'] = [
  { field: 'model', to: 'model', note: 'The target\'s upstream model.' },
  { field: 'system prompt', to: 'instructions', note: 'Text blocks joined with "\\n".' },
  { field: 'system entries in the conversation', to: 'input developer message', note: 'In place.' },
  { field: 'user text / image / document', to: 'input user message', note: 'text → input_text; base64 image → input_image data URL; url image → input_image url; base64 document → input_file {filename, file_data}; url document → input_file file_url; text document → input_text.' },
  { field: 'tool result', to: 'input function_call_output', note: 'call_id = the tool-call id; text or parts; an error result gets the "Error: " prefix.' },
  { field: 'assistant text / tool call', to: 'input assistant message / function_call', note: 'arguments = JSON.stringify(input).' },
  { field: 'output-token limit', to: 'max_output_tokens' },
  { field: 'temperature, top_p', to: 'temperature, top_p' },
  { field: 'function tools', to: 'tools[type=function]', note: 'strict given → carried; absent → false (the Responses default, true, rejects schemas that are not strict-compatible).' },
  { field: 'tool choice', to: 'tool_choice', note: 'any → required, tool → {type:"function",name}; parallel_tool_calls false carried.' },
  { field: 'reasoning effort | thinking', to: 'reasoning {effort, summary:"auto"}', note: 'Thinking budgets bucket as for Chat Completions; effort max → xhigh; summary auto so reasoning comes back as thinking text.' },
  { field: 'structured output', to: 'text.format json_schema | json_object' },
  { field: 'end-user id', to: 'safety_identifier', note: 'Up to 64 characters, else its SHA-256 hex digest.' },
  { field: 'stream', to: 'stream' },
  { field: '(always)', to: 'store: false', note: 'A translated caller never asked OpenAI to store the response.' },
];

/** Response mappings of the rows whose upstream is the Responses API. */
const TO_RESPONSES_RESPONSE: TranslationCoverage['response'] = [
  { field: 'output[type=reasoning]', to: 'thinking block (signature "")', note: 'Summary texts joined with a blank line; OpenAI\'s encrypted_content is not carried to another format.' },
  { field: 'output[type=message]', to: 'text blocks', note: 'One per output_text part (annotations not carried); refusal parts → text + stop reason refusal.' },
  { field: 'output[type=function_call]', to: 'tool call', note: 'id = call_id; arguments parsed ({} when not a JSON object).' },
  { field: 'output[other types]', to: '(not carried)', note: 'Hosted tool calls: never requested by this pair.' },
  { field: 'status', to: 'stop reason', note: 'incomplete max_output_tokens → max_tokens, content_filter → refusal; completed with a function call → tool_use; failed → 502.' },
  { field: 'usage', to: 'usage', note: 'input = input_tokens − cached_tokens − cache_write_tokens; cache reads = cached_tokens; output_tokens; reasoning_tokens.' },
  { field: 'stream', to: 'IR stream', note: 'response.created → start; each output item (or message content part) → one block; deltas as they come; response.completed/incomplete → stop reason + usage; response.failed and error → error; EOF before the end → truncation error.' },
  { field: 'error body + status', to: 'caller error envelope', note: 'Status kept; insufficient_quota → billing.' },
];

/** Losses of the rows whose upstream is the Responses API (encoder side, formats/openai-responses/mapper.ts). */
const TO_RESPONSES_LOSSES: TranslationCoverage['unsupported'] = [
  { field: 'top_k', loss: 'semantic', reason: 'No top-k sampling on the Responses API.' },
  { field: 'stop | stop_sequences', loss: 'semantic', reason: 'The Responses API has no stop sequences (named `stop`).' },
  { field: 'cache_control (top level, system, blocks, tools)', loss: 'advisory', reason: 'OpenAI caches prefixes automatically; no breakpoints.' },
  { field: 'thinking / redacted_thinking (to Responses)', loss: 'advisory', reason: 'Replayed reasoning of another provider cannot be read by OpenAI; named `thinking`.' },
  { field: '(other fields of a block or tool)', loss: 'advisory', reason: 'Fields of a content block or tool that the Responses API has no place for (citations, tool_use `caller`, …); named by their key.' },
  { field: 'tools[type=<server tool>]', loss: 'semantic', reason: 'Server tools of another provider run there only.' },
];

/** Gemini caller → IR (runtime/formats/gemini/mapper.ts decodeRequest): the same for every upstream. */
const GEMINI_DECODE_REQUEST: TranslationCoverage['request'] = [
  { field: '(path model)', to: 'model', note: 'The alias in the URL; the target\'s upstream model is sent.' },
  { field: 'contents[role=user|model]', to: 'messages[role=user|assistant]', note: 'A missing role is user; role function (legacy) is read as user. snake_case field names are accepted everywhere (Google\'s parser does).' },
  { field: 'systemInstruction', to: 'system', note: 'Text parts (a plain string is accepted too).' },
  { field: 'parts[].text', to: 'text blocks', note: 'Empty text parts are skipped unless they are the only part.' },
  { field: 'parts[].inlineData', to: 'image / document blocks', note: 'image/* → image base64; application/pdf → document base64; text/* → text document (decoded); other types (audio, video) → 400.' },
  { field: 'parts[].fileData', to: 'image / document url', note: 'http(s) URLs of images or PDFs that the upstream fetches itself; Files API, gs:// and YouTube URIs and other types are a semantic loss.' },
  { field: 'parts[].functionCall', to: 'tool_use', note: 'id kept; none (Gemini 2.x) → gcall_<content>_<part> (stable as the history grows).' },
  { field: 'parts[].functionResponse', to: 'tool_result', note: 'Matched to the previous model turn\'s calls by id, else by name in order (Gemini CLI answers id-less calls with ids of its own), and given the call\'s id; no match → 400. response {output|result: string} → that text, {error} → is_error, other → JSON text; multimodal parts → image/document blocks.' },
  { field: 'parts[].thoughtSignature (sealed)', to: 'thinking / redacted_thinking blocks', note: 'A signature the gateway sealed for a Claude answer restores the exact blocks (byte for byte) before the part; one that does not verify (altered, or sealed under another signing key) is never opened: dropped and reported (see unsupported).' },
  { field: 'parts[].thought', to: '(dropped)', note: 'The display copy of sealed thinking is redundant; unsigned thought summaries are a loss (see unsupported).' },
  { field: 'tools[].functionDeclarations', to: 'tools[] function', note: 'parametersJsonSchema as is, else parameters converted from Gemini Schema (type lower-cased, nullable → [type,"null"], propertyOrdering dropped); no schema → {type:"object",properties:{}}. Other declaration fields (behavior, response) are kept as Gemini vendor fields.' },
  { field: 'toolConfig.functionCallingConfig', to: 'tool_choice', note: 'AUTO/VALIDATED → auto, NONE → none, ANY → any; ANY with one allowedFunctionNames → that tool; with several → any and only those tools are sent.' },
  { field: 'generationConfig.temperature, topP, topK', to: 'temperature, top_p, top_k' },
  { field: 'generationConfig.maxOutputTokens', to: 'max_tokens', note: 'Absent → the model catalog\'s max output.' },
  { field: 'generationConfig.stopSequences', to: 'stop sequences' },
  { field: 'generationConfig.candidateCount', to: '(1 only)', note: 'Other values: see unsupported.' },
  { field: 'generationConfig.responseMimeType, responseSchema, responseJsonSchema', to: 'structured output', note: 'application/json + responseJsonSchema (or responseSchema converted) → json_schema; without a schema → json_object; text/plain → nothing.' },
  { field: 'generationConfig.responseModalities', to: '(["TEXT"] only)' },
  { field: 'generationConfig.thinkingConfig', to: 'thinking / effort', note: 'thinkingBudget 0 → disabled, −1 → effort medium, N → enabled with budget max(N, 1024); thinkingLevel → effort of that name; includeThoughts decides whether thought parts are shown to the caller.' },
  { field: 'safetySettings', to: '(see unsupported)', note: 'Advisory towards other providers.' },
  { field: 'cachedContent "", labels {}, store false, default generationConfig values', to: '(omitted)', note: 'Defaults change nothing and are accepted.' },
];

/** IR → Gemini caller responses (JSON and streams). */
const GEMINI_ENCODE_RESPONSE: TranslationCoverage['response'] = [
  { field: 'id', to: 'responseId' },
  { field: '(alias)', to: 'modelVersion' },
  { field: 'text', to: 'candidates[0].content.parts[] {text}', note: 'Stream: one chunk per text delta.' },
  { field: 'tool_use', to: '{functionCall:{id,name,args}}', note: 'The upstream\'s id is kept (the caller echoes it as functionResponse.id). Stream: one chunk per call, whole. finishMessage "Model generated function call(s)."' },
  { field: 'usage', to: 'usageMetadata', note: 'promptTokenCount = input + cache writes + cache reads, cachedContentTokenCount = cache reads, candidatesTokenCount = output − reasoning, thoughtsTokenCount = reasoning, totalTokenCount = sum; zero optional counters omitted. Cumulative in every stream chunk.' },
  { field: 'stream framing', to: 'SSE data: …\\r\\n\\r\\n or the JSON array [{…}\\n,\\r\\n{…}\\n]', note: 'As the caller chose (alt=sse or not). No terminal event: the chunk with finishReason is the last.' },
  { field: 'stream error / truncation', to: 'a chunk {"error":{code,message,status}}', note: 'Then the stream ends (JSON array closed). @google/genai raises ApiError on it.' },
  { field: 'error body + status', to: '{"error":{code,message,status}}', note: 'Status kept; status names by code (GOOGLE_STATUS_NAMES): 400 INVALID_ARGUMENT, 401 UNAUTHENTICATED, 403 PERMISSION_DENIED, 404 NOT_FOUND, 429 RESOURCE_EXHAUSTED, 500 INTERNAL, 503/529 UNAVAILABLE, 504 DEADLINE_EXCEEDED, …' },
];

/** What a Gemini caller may send that other providers cannot carry. */
const GEMINI_DECODE_LOSSES: TranslationCoverage['unsupported'] = [
  { field: 'safetySettings', loss: 'advisory', reason: 'Gemini safety filter thresholds: the other provider applies its own policies.' },
  { field: 'cachedContent', loss: 'semantic', reason: 'A Gemini explicit context cache: its content exists only on Gemini.' },
  { field: 'labels', loss: 'advisory', reason: 'Billing labels (Vertex AI).' },
  { field: 'serviceTier', loss: 'advisory', reason: 'Gemini service tiers.' },
  { field: 'store', loss: 'semantic', reason: 'Gemini response storage (true).' },
  { field: 'generationConfig.presencePenalty', loss: 'semantic', reason: 'Repetition penalty (non-zero): the IR does not carry it.' },
  { field: 'generationConfig.frequencyPenalty', loss: 'semantic', reason: 'Repetition penalty (non-zero): the IR does not carry it.' },
  { field: 'generationConfig.seed', loss: 'semantic', reason: 'Deterministic sampling seed: the IR does not carry it.' },
  { field: 'generationConfig.responseLogprobs', loss: 'semantic', reason: 'Token log-probabilities.' },
  { field: 'generationConfig.logprobs', loss: 'semantic', reason: 'Token log-probabilities.' },
  { field: 'generationConfig.enableEnhancedCivicAnswers', loss: 'advisory', reason: 'Gemini-specific answer style.' },
  { field: 'generationConfig.speechConfig', loss: 'semantic', reason: 'Audio output.' },
  { field: 'generationConfig.imageConfig', loss: 'semantic', reason: 'Image output.' },
  { field: 'generationConfig.mediaResolution', loss: 'advisory', reason: 'Gemini input-media tokenisation hint.' },
  { field: 'generationConfig.audioTimestamp', loss: 'semantic', reason: 'Audio understanding option.' },
  { field: 'generationConfig.<other key>', loss: 'semantic', reason: 'Unknown to this transcoder: rejected rather than silently ignored.' },
  { field: 'generationConfig.candidateCount', loss: 'semantic', reason: 'One candidate is answered (candidateCount > 1).' },
  { field: 'generationConfig.responseModalities', loss: 'semantic', reason: 'Output modalities other than TEXT.' },
  { field: 'generationConfig.responseMimeType', loss: 'semantic', reason: 'Output types other than application/json and text/plain (text/x.enum, XML, YAML).' },
  { field: 'toolConfig.<other key>', loss: 'advisory', reason: 'retrievalConfig (location for Google Maps grounding), which only Gemini tools use.' },
  { field: 'parts[].fileData (not fetchable)', loss: 'semantic', reason: 'Files API, Cloud Storage and YouTube URIs (and files other than images and PDFs) can only be read by Gemini.' },
  { field: 'parts[].thought (unsigned)', loss: 'advisory', reason: 'Gemini thought summaries sent back without a signature the gateway sealed cannot be replayed to another provider (models do not read earlier thoughts anyway).' },
  { field: 'parts[].thoughtSignature (not the upstream\'s)', loss: 'advisory', reason: 'A Gemini thought signature is only meaningful to Gemini; a sealed one that does not verify (altered by the caller, or sealed under another SWITCHYARD_SIGNATURE_KEY) is never opened, so no thinking block can be forged.' },
  { field: '(any other field)', loss: 'semantic', reason: 'Unknown to this transcoder: rejected rather than silently ignored.' },
];

/** IR → Gemini upstream requests (runtime/formats/gemini/mapper.ts encodeRequest). */
const GEMINI_ENCODE_REQUEST: TranslationCoverage['request'] = [
  { field: 'model', to: '(path) /v1beta/models/{model}:generateContent', note: 'The body carries no model.' },
  { field: 'messages[role=user|assistant]', to: 'contents[role=user|model]', note: 'Consecutive same-role turns merged; tool results first in their user content.' },
  { field: 'text / image / document blocks', to: 'parts text / inlineData / fileData', note: 'base64 → inlineData; url → fileData (images: MIME type from the extension, else image/jpeg; documents application/pdf); text documents → text parts.' },
  { field: 'tool_use', to: 'functionCall {id,name,args}', note: 'Ids are sent (Gemini accepts and echoes them).' },
  { field: 'tool_result', to: 'functionResponse {id,name,response:{output}|{error}}', note: 'Name from the earlier tool call with that id (none → 400); images/PDFs inside follow as parts of the same content.' },
  { field: 'temperature, top_p', to: 'generationConfig.temperature, topP' },
  { field: 'tools (function)', to: 'tools[0].functionDeclarations[] {name,description,parametersJsonSchema}', note: 'The JSON Schema as is (parametersJsonSchema takes full JSON Schema).' },
];

/** IR (Gemini upstream) responses → IR; the caller format's encoder does the rest. */
const GEMINI_DECODE_RESPONSE: TranslationCoverage['response'] = [
  { field: 'responseId', to: 'id' },
  { field: 'candidates[0].content.parts[].text', to: 'text blocks', note: 'Stream: one text block while text parts follow each other.' },
  { field: 'parts[].thought: true', to: 'thinking blocks', note: 'Thought summaries (includeThoughts).' },
  { field: 'parts[].thoughtSignature', to: 'thinking block signature (sealed)', note: 'The Gemini signature sealed (HMAC) as the signature of the thinking block before the part (an empty one when no thought part is open); sent back, it returns to that part byte for byte.' },
  { field: 'parts[].functionCall', to: 'tool_use', note: 'id kept; none (Gemini 2.x) → call_ + 24 hex of SHA-256(responseId, call number, name, args). Stream: a call arrives whole (start, one input_json_delta, stop).' },
  { field: 'candidates[0].finishReason', to: 'stop reason', note: 'Table GEMINI_FINISH_TO_IR (runtime/formats/gemini/tables.ts): STOP → end_turn (tool_use when the turn has function calls), MAX_TOKENS → max_tokens, SAFETY/RECITATION/LANGUAGE/BLOCKLIST/PROHIBITED_CONTENT/SPII/IMAGE_SAFETY/… → refusal, OTHER/MALFORMED_FUNCTION_CALL/UNEXPECTED_TOOL_CALL/TOO_MANY_TOOL_CALLS/MISSING_THOUGHT_SIGNATURE → end_turn. A blocked prompt (promptFeedback.blockReason) → refusal.' },
  { field: 'usageMetadata', to: 'usage', note: 'input = promptTokenCount + toolUsePromptTokenCount − cachedContentTokenCount, cache reads = cachedContentTokenCount, output = candidatesTokenCount + thoughtsTokenCount, reasoning = thoughtsTokenCount. Cumulative per stream chunk (replaces).' },
  { field: 'stream end', to: 'message end', note: 'Gemini sends no terminal event: EOF after a finishReason ends the message; EOF before one → truncation error.' },
  { field: 'stream data {"error":…}', to: 'in-stream error', note: 'Type by status name (UNAVAILABLE → overloaded_error, RESOURCE_EXHAUSTED → rate_limit_error, …).' },
  { field: 'error body + status', to: 'caller error envelope', note: 'Status kept; type by error.status (GOOGLE_STATUS_TO_IR_TYPE); an invalid key (400 with ErrorInfo reason API_KEY_INVALID) → authentication_error.' },
];

/** IR → Gemini: what Anthropic or OpenAI fields Gemini cannot carry. */
const GEMINI_ENCODE_LOSSES: TranslationCoverage['unsupported'] = [
  { field: 'cache_control (top level, system, blocks, tools)', loss: 'advisory', reason: 'Gemini caches implicitly; explicit caches are cachedContents resources.' },
  { field: 'messages[role=assistant] thinking / redacted_thinking', loss: 'advisory', reason: 'Claude-signed (or unsigned) reasoning means nothing to Gemini; reported as "thinking". Sealed Gemini signatures are carried.' },
  { field: '(other fields of a block or tool)', loss: 'advisory', reason: 'Fields of a block or tool Gemini has no place for (tool_use `caller`, citations, …); named by their key.' },
  { field: 'metadata.user_id | user', loss: 'advisory', reason: 'The Gemini API has no end-user id; reported as user.' },
  { field: 'parallel_tool_calls', loss: 'semantic', reason: 'Gemini cannot be limited to one function call per turn (OpenAI parallel_tool_calls: false, Anthropic disable_parallel_tool_use: true); reported as parallel_tool_calls.' },
  { field: 'tools[type!=function]', loss: 'semantic', reason: 'Provider-hosted tools (Anthropic server tools, OpenAI hosted tools) run on their own provider only.' },
  { field: 'tools[].strict', loss: 'advisory', reason: 'Gemini has no strict schema adherence flag for function declarations.' },
  { field: '(any other field)', loss: 'semantic', reason: 'Unknown to this transcoder: rejected rather than silently ignored.' },
];

/** Anthropic-only request fields and their loss class towards any other format. */
const ANTHROPIC_EXTRA_LOSSES: TranslationCoverage['unsupported'] = [
  { field: 'container', loss: 'semantic', reason: 'Anthropic code-execution containers.' },
  { field: 'mcp_servers', loss: 'semantic', reason: 'Anthropic MCP connector.' },
  { field: 'context_management', loss: 'advisory', reason: 'Anthropic context editing.' },
  { field: 'inference_geo', loss: 'semantic', reason: 'Anthropic data residency.' },
  { field: 'diagnostics', loss: 'advisory', reason: 'Anthropic cache diagnostics.' },
  { field: 'user_profile_id', loss: 'advisory', reason: 'Anthropic-specific.' },
  { field: 'workspace_id', loss: 'semantic', reason: 'Anthropic-specific.' },
  { field: 'service_tier', loss: 'advisory', reason: 'Values other than auto/standard_only.' },
  { field: 'speed', loss: 'advisory', reason: 'Values other than standard.' },
  { field: 'metadata.<key other than user_id>', loss: 'semantic', reason: 'Only user_id has a meaning elsewhere (and none on Gemini).' },
  { field: 'output_config.<other key>', loss: 'semantic', reason: 'Only effort and format translate.' },
];

/**
 * What the composed transcoders (runtime/formats/<format>/mapper.ts through the
 * IR of runtime/translate/core.ts) do, field by field, with the loss class of
 * everything the upstream cannot carry. test/transcode/translation-table.test.ts
 * keeps this table and the code in step.
 */
export const TRANSLATIONS: TranslationCoverage[] = [
  {
    from: 'openai-chat',
    to: 'anthropic-messages',
    routeType: 'llm/v1/chat',
    transcoder: 'formats/openai-chat/mapper.ts → formats/anthropic-messages/mapper.ts',
    request: [
      { field: 'model', to: 'model', note: 'The target\'s upstream model.' },
      { field: 'messages[role=system|developer]', to: 'system[]', note: 'Hoisted from any position, in order, as text blocks; cache_control kept.' },
      { field: 'messages[role=user].content', to: 'messages[].content[]', note: 'text → text, image_url data: → image base64, image_url http(s) → image url, PDF (data: or .pdf URL) → document, file.file_data (PDF, text/plain) → document. input_audio and file_id → 400. image_url.detail ignored. Message `name` ignored.' },
      { field: 'messages[role=assistant].content', to: 'messages[].content[] text', note: 'text and refusal parts → text blocks. Trailing whitespace of a final assistant prefill is trimmed (Anthropic rejects it).' },
      { field: 'messages[role=assistant].tool_calls', to: 'tool_use blocks', note: 'input = JSON.parse(arguments); empty arguments → {}; non-object arguments → 400.' },
      { field: 'messages[role=assistant].thinking_blocks', to: 'thinking / redacted_thinking blocks', note: 'Non-standard (LiteLLM convention); replayed verbatim, first in the turn, so signatures verify. reasoning_content + reasoning_signature is accepted as one block; unsigned reasoning_content is omitted.' },
      { field: 'messages[role=tool]', to: 'user tool_result blocks', note: 'tool_call_id → tool_use_id; string or text parts content (tool messages carry text only in the OpenAI API, and the request validator enforces it); non-standard is_error: true → is_error.' },
      { field: 'consecutive same-role messages', to: 'one message', note: 'Merged (tool results and the following user text share one user turn).' },
      { field: 'cache_control / prompt_cache_breakpoint', to: 'cache_control', note: 'On parts, messages (→ last block) and tools. prompt_cache_breakpoint → {type:"ephemeral"} (ttl given → ttl "1h").' },
      { field: 'max_completion_tokens | max_tokens', to: 'max_tokens', note: 'max_completion_tokens wins; absent → the model catalog\'s max output, else 4096.' },
      { field: 'reasoning_effort', to: 'thinking {type:"enabled",budget_tokens}', note: 'minimal 1024, low 2048, medium 8192, high 16384, xhigh 32768, max 65536; capped at max_tokens − 1; below 1024 → 400; none → no thinking. When the request replays an assistant tool call without a signed thinking block (an open tool loop), thinking is disabled for that request (advisory loss, see below): Anthropic would reject it.' },
      { field: 'thinking', to: 'thinking', note: 'Non-standard; passed as is and wins over reasoning_effort.' },
      { field: 'temperature', to: 'temperature', note: 'Valid because the upstream is pinned to anthropic-version 2023-06-01.' },
      { field: 'top_p', to: 'top_p', note: 'Same pin.' },
      { field: 'top_k', to: 'top_k', note: 'Non-standard; passed as is.' },
      { field: 'stop', to: 'stop_sequences', note: 'A string becomes a one-element list.' },
      { field: 'tools[type=function]', to: 'tools[] {name,description,input_schema,strict}', note: 'Missing parameters → {type:"object",properties:{}}; cache_control kept. Other tool types are unsupported.' },
      { field: 'tool_choice', to: 'tool_choice', note: 'auto → auto, none → none, required → any, {function:{name}} → {type:"tool",name}; omitted when there are no tools; allowed_tools → 400.' },
      { field: 'parallel_tool_calls: false', to: 'tool_choice.disable_parallel_tool_use: true', note: 'Creates {type:"auto"} when no tool_choice; not applied to none.' },
      { field: 'response_format (json_schema, json_object)', to: 'forced tool "json_response"', note: 'input_schema = the schema (json_object: {type:"object"}); its input comes back as message content with finish_reason stop. Not combinable with tools or reasoning (unsupported then).' },
      { field: 'safety_identifier | user', to: 'metadata.user_id', note: 'safety_identifier wins.' },
      { field: 'stream', to: 'stream' },
      { field: 'stream_options.include_usage', to: '(gateway)', note: 'Anthropic always streams usage; the final choices:[] usage chunk is synthesized only when asked.' },
      { field: 'prompt_cache_key, prompt_cache_retention, prompt_cache_options', to: '(dropped, reported)', note: 'Caching hints with no Anthropic equivalent: an advisory loss (x-switchyard-degraded and x-switchyard-dropped-params).' },
      { field: 'n=1, logprobs=false, presence/frequency_penalty=0, store=false, modalities=["text"], service_tier auto/default, null values', to: '(omitted)', note: 'Defaults change nothing and are accepted.' },
      { field: '(headers)', to: 'anthropic-version: 2023-06-01' },
    ],
    response: [
      { field: 'id', to: 'id', note: 'msg_… kept.' },
      { field: '(now)', to: 'created', note: 'Unix seconds.' },
      { field: '(alias)', to: 'model', note: 'The alias the caller used.' },
      { field: 'content[type=text]', to: 'choices[0].message.content', note: 'Concatenated; null when there is no text block.' },
      { field: 'content[type=tool_use]', to: 'choices[0].message.tool_calls[]', note: 'arguments = JSON.stringify(input). Stream: index 0..n in order of appearance (not the block index); id/type/name and arguments "" on the first fragment; empty partial_json fragments skipped.' },
      { field: 'content[type=thinking]', to: 'message.reasoning_content + message.thinking_blocks[]', note: 'Stream: thinking_delta → delta.reasoning_content; at the block end one delta.thinking_blocks entry with the complete block (text + signature).' },
      { field: 'content[type=redacted_thinking]', to: 'message.thinking_blocks[] {type:"redacted_thinking",data}', note: 'Stream: emitted at block start.' },
      { field: 'content[type=tool_use, name=json_response]', to: 'message.content', note: 'Only when response_format was emulated; stream: partial_json → delta.content.' },
      { field: 'content[server_tool_use, *_tool_result], citations', to: '(not carried)', note: 'Executed upstream; never requested by this pair (no server tools are sent).' },
      { field: 'stop_reason', to: 'finish_reason', note: 'end_turn/stop_sequence/pause_turn → stop, max_tokens/model_context_window_exceeded → length, tool_use → tool_calls (stop for json_response), refusal → content_filter.' },
      { field: 'usage', to: 'usage', note: 'prompt_tokens = input + cache_creation + cache_read; prompt_tokens_details.cached_tokens = cache_read (+ cache_write_tokens = cache_creation when > 0); completion_tokens = output; total = prompt + completion; reasoning_tokens from output_tokens_details.thinking_tokens. Stream: message_delta usage replaces message_start usage field by field.' },
      { field: 'stream: ping, content_block_stop, unknown events', to: '(nothing)' },
      { field: 'stream: message_stop', to: 'finish chunk, usage chunk (choices:[], with include_usage), data: [DONE]' },
      { field: 'stream: event error', to: 'data: {"error":{message,type,param:null,code}} then end without [DONE]', note: 'The openai SDK raises APIError on it. EOF without message_stop → the same with code upstream_stream_truncated.' },
      { field: 'error body + status', to: '{"error":{message,type,param:null,code}}', note: 'Status kept; invalid_request_error → invalid_request_error, authentication_error → code invalid_api_key, rate_limit_error → rate_limit_exceeded, overloaded_error → server_error/overloaded, api_error → server_error, billing_error → insufficient_quota.' },
    ],
    unsupported: [
      { field: 'n', loss: 'semantic', reason: 'Anthropic returns one choice (n > 1).' },
      { field: 'logprobs', loss: 'semantic', reason: 'No token log-probabilities on Anthropic.' },
      { field: 'top_logprobs', loss: 'semantic', reason: 'No token log-probabilities on Anthropic.' },
      { field: 'logit_bias', loss: 'semantic', reason: 'No logit bias on Anthropic.' },
      { field: 'presence_penalty', loss: 'semantic', reason: 'No repetition penalties on Anthropic (non-zero).' },
      { field: 'frequency_penalty', loss: 'semantic', reason: 'No repetition penalties on Anthropic (non-zero).' },
      { field: 'seed', loss: 'semantic', reason: 'No deterministic sampling seed on Anthropic.' },
      { field: 'store', loss: 'semantic', reason: 'OpenAI stored completions (true).' },
      { field: 'metadata', loss: 'advisory', reason: 'OpenAI stored-completion metadata (non-empty); use user/safety_identifier for metadata.user_id.' },
      { field: 'modalities', loss: 'semantic', reason: 'Audio output (anything but ["text"]).' },
      { field: 'audio', loss: 'semantic', reason: 'Audio output.' },
      { field: 'prediction', loss: 'advisory', reason: 'Predicted outputs.' },
      { field: 'service_tier', loss: 'advisory', reason: 'OpenAI tiers other than auto/default (flex, scale, priority).' },
      { field: 'verbosity', loss: 'advisory', reason: 'No verbosity control on Anthropic.' },
      { field: 'web_search_options', loss: 'semantic', reason: 'OpenAI-hosted web search.' },
      { field: 'functions', loss: 'semantic', reason: 'Legacy function calling; use tools.' },
      { field: 'function_call', loss: 'semantic', reason: 'Legacy function calling; use tool_choice.' },
      { field: 'moderation', loss: 'semantic', reason: 'OpenAI moderation options.' },
      { field: 'tools[type!=function]', loss: 'semantic', reason: 'Only function tools translate.' },
      { field: 'response_format', loss: 'semantic', reason: 'Combined with tools or reasoning, or a non-object schema (the forced-tool emulation cannot apply).' },
      { field: 'prompt_cache_key | prompt_cache_retention | prompt_cache_options', loss: 'advisory', reason: 'Caching hints with no Anthropic equivalent (Anthropic caches at explicit breakpoints, which are carried).' },
      { field: 'reasoning_effort (replayed tool call without a thinking block)', loss: 'advisory', reason: 'With thinking enabled Anthropic requires the assistant turn of an open tool loop to start with a signed thinking block ("Expected `thinking` … found `tool_use`"); OpenAI clients do not replay one, so thinking is disabled for that request and reasoning_effort is named in x-switchyard-degraded.' },
      { field: 'reasoning_effort (with a tool_choice that forces tool use)', loss: 'advisory', reason: 'Anthropic rejects extended thinking with tool_choice any/tool ("Thinking may not be enabled when tool_choice forces tool use"): the forced tool wins, thinking is disabled for that request and reasoning_effort is named in x-switchyard-degraded.' },
      { field: '(any other field)', loss: 'semantic', reason: 'Unknown to this transcoder: rejected rather than silently ignored.' },
    ],
  },
  {
    from: 'anthropic-messages',
    to: 'openai-chat',
    routeType: 'llm/v1/chat',
    transcoder: 'formats/anthropic-messages/mapper.ts → formats/openai-chat/mapper.ts',
    request: [
      { field: 'model', to: 'model', note: 'The target\'s upstream model.' },
      { field: 'system', to: 'messages[0] {role:"system"}', note: 'Text blocks joined with "\\n" (a newline).' },
      { field: 'messages[role=user] text/image/document', to: 'user message parts', note: 'image base64 → image_url data URL, image url → image_url, document base64 PDF → file part (file_data data URL, filename = title), document text → text part; a single text part becomes a string. Other sources (url/file documents, file images) → 400.' },
      { field: 'messages[role=user] tool_result', to: '{role:"tool",tool_call_id,content}', note: 'Emitted before the rest of that user turn; text content kept; images/PDFs inside follow in a user message (tool messages carry text only).' },
      { field: 'tool_result.is_error: true', to: 'tool message content prefixed "Error: "', note: 'OpenAI tool messages have no error flag, so the failure is carried where the model reads it: a string content becomes "Error: " + content ("Error" when empty); text parts get the prefix on the first part (a leading "Error" part when the first part is not text).' },
      { field: 'messages[role=assistant] text + tool_use', to: '{role:"assistant",content,tool_calls}', note: 'arguments = JSON.stringify(input); content null when only tool calls. Tool-call ids that break the target provider\'s dialect rules (e.g. Mistral: 9 alphanumerics) are rewritten deterministically from their SHA-256, in tool_calls and tool messages alike.' },
      { field: 'messages[role=assistant] thinking/redacted_thinking', to: '(dropped, reported as "thinking")', note: 'Chat Completions takes no reasoning input: an advisory loss.' },
      { field: 'cache_control (top-level, system, blocks, tools)', to: '(dropped, reported)', note: 'No Chat Completions equivalent accepted by every OpenAI-format upstream; OpenAI caches prefixes automatically: an advisory loss (x-switchyard-degraded and x-switchyard-dropped-params).' },
      { field: 'max_tokens', to: 'max_completion_tokens', note: 'Or the field the target provider\'s dialect names (max_tokens for many OpenAI-compatible providers).' },
      { field: 'temperature', to: 'temperature' },
      { field: 'top_p', to: 'top_p' },
      { field: 'stop_sequences', to: 'stop' },
      { field: 'metadata.user_id', to: 'user', note: 'As is up to 64 characters (OpenAI\'s documented limit); longer ids (Claude Code sends ~150 characters) → their SHA-256 hex digest (64 characters, stable per user).' },
      { field: 'tools (custom)', to: 'tools[] {type:"function",function:{name,description,parameters,strict}}' },
      { field: 'tool_choice', to: 'tool_choice', note: 'auto → auto, any → required, tool → {type:"function",function:{name}}, none → none; omitted when there are no tools.' },
      { field: 'tool_choice.disable_parallel_tool_use: true', to: 'parallel_tool_calls: false', note: 'Not for none.' },
      { field: 'thinking', to: 'reasoning_effort', note: 'enabled: budget < 4096 → low, < 16384 → medium, else high; disabled/adaptive → omitted (model default).' },
      { field: 'output_config.effort', to: 'reasoning_effort', note: 'Same value; wins over thinking.' },
      { field: 'output_config.format (json_schema)', to: 'response_format {type:"json_schema",json_schema:{name:"response",schema,strict:true}}' },
      { field: 'stream', to: 'stream + stream_options.include_usage: true', note: 'Usage is needed for message_delta.usage. Not sent to a provider whose dialect does not honour stream_options.' },
      { field: 'service_tier auto/standard_only, speed standard, null values', to: '(omitted)', note: 'Defaults change nothing and are accepted.' },
    ],
    response: [
      { field: 'id', to: 'id', note: 'Prefixed with msg_ unless it already is.' },
      { field: '(alias)', to: 'model' },
      { field: 'choices[0].message.reasoning_content | reasoning', to: 'thinking block (signature "")', note: 'OpenAI-compatible providers (xAI, DeepSeek reasoning_content; OpenRouter reasoning; or the field the provider\'s dialect names). Stream: delta.reasoning_content/reasoning → thinking block.' },
      { field: 'choices[0].message.content', to: 'text block' },
      { field: 'choices[0].message.refusal', to: 'text block + stop_reason refusal' },
      { field: 'choices[0].message.tool_calls', to: 'tool_use blocks', note: 'input = JSON.parse(arguments), {} when not a JSON object (e.g. cut by length). Stream: one tool_use block per tool_calls index, input_json_delta fragments (empty ones skipped); blocks open/close as the content type switches. Interleaved calls (fragments of an earlier index after a later one started): an open tool block closes early only when its arguments are a complete JSON object; otherwise what arrives meanwhile is buffered and each deferred call is emitted whole after it (start, one input_json_delta, stop), so Anthropic\'s one-open-block grammar always holds.' },
      { field: 'choices[0].finish_reason', to: 'stop_reason', note: 'stop → end_turn, length → max_tokens, tool_calls/function_call → tool_use (also when text came first, and when a tool call was emitted with stop), content_filter → refusal. stop_sequence is always null.' },
      { field: 'choices[1..]', to: '(not read)', note: 'n is never sent.' },
      { field: 'usage', to: 'usage', note: 'input_tokens = prompt_tokens − cached_tokens − cache_write_tokens, cache_read_input_tokens = cached_tokens, cache_creation_input_tokens = cache_write_tokens (else 0), output_tokens = completion_tokens (or total − prompt when larger: xAI). Stream: message_start carries zeros; message_delta the include_usage totals.' },
      { field: 'stream: choices:[] chunk without usage (Azure prompt_filter_results)', to: '(ignored)' },
      { field: 'stream: [DONE] (or EOF after a finish_reason)', to: 'message_delta {stop_reason, usage} + message_stop' },
      { field: 'stream: data {"error":…}', to: 'event: error {type:"error",error:{type,message}}', note: 'No message_stop follows. EOF before any finish_reason → event: error (api_error).' },
      { field: 'error body + status', to: '{"type":"error","error":{type,message}}', note: 'Status kept; type by status: 400 invalid_request_error, 401 authentication_error, 402 billing_error, 403 permission_error, 404 not_found_error, 413 request_too_large, 429 rate_limit_error, 503/529 overloaded_error, 504 timeout_error, other 5xx api_error (the table of runtime/errors.ts). A JSON body with type or code insufficient_quota → billing_error (status kept).' },
    ],
    unsupported: [
      { field: 'top_k', loss: 'semantic', reason: 'No top-k sampling on Chat Completions.' },
      { field: 'tools[type=<server tool>]', loss: 'semantic', reason: 'Anthropic server tools (web_search, code_execution, bash, text_editor, …) run on Anthropic only.' },
      { field: 'container', loss: 'semantic', reason: 'Anthropic code-execution containers.' },
      { field: 'mcp_servers', loss: 'semantic', reason: 'Anthropic MCP connector.' },
      { field: 'context_management', loss: 'advisory', reason: 'Anthropic context editing.' },
      { field: 'inference_geo', loss: 'semantic', reason: 'Anthropic data residency.' },
      { field: 'diagnostics', loss: 'advisory', reason: 'Anthropic cache diagnostics.' },
      { field: 'user_profile_id', loss: 'advisory', reason: 'Anthropic-specific.' },
      { field: 'workspace_id', loss: 'semantic', reason: 'Anthropic-specific.' },
      { field: 'service_tier', loss: 'advisory', reason: 'Values other than auto/standard_only.' },
      { field: 'speed', loss: 'advisory', reason: 'Values other than standard.' },
      { field: 'metadata.<key other than user_id>', loss: 'semantic', reason: 'Only user_id has an equivalent (user).' },
      { field: 'output_config.<other key>', loss: 'semantic', reason: 'Only effort and format translate.' },
      { field: 'cache_control (top level, system, blocks, tools)', loss: 'advisory', reason: 'No Chat Completions equivalent accepted by every OpenAI-format upstream; OpenAI caches prefixes automatically.' },
      { field: '(parameter the target provider rejects)', loss: 'semantic', reason: 'A parameter the target provider\'s dialect (provider spec) lists as rejected is not sent.' },
      { field: '(other fields of a block or tool)', loss: 'advisory', reason: 'Fields of a content block or tool that Chat Completions has no place for (e.g. tool_use `caller`, tool `type: "custom"`, document `context`/`citations` settings); named by their key.' },
      { field: 'messages[role=assistant] thinking / redacted_thinking', loss: 'advisory', reason: 'Chat Completions takes no reasoning input; reported as "thinking".' },
      { field: '(any other field)', loss: 'semantic', reason: 'Unknown to this transcoder: rejected rather than silently ignored.' },
    ],
  },
  {
    from: 'openai-responses',
    to: 'anthropic-messages',
    routeType: 'llm/v1/chat',
    transcoder: 'formats/openai-responses/mapper.ts → formats/anthropic-messages/mapper.ts',
    request: [
      ...RESPONSES_REQUEST,
      { field: 'text.format (json_schema, json_object)', to: 'forced tool "json_response"', note: 'As for Chat Completions callers: not combinable with tools or reasoning (a semantic loss named response_format).' },
      { field: 'reasoning.effort', to: 'thinking {type:"enabled",budget_tokens}', note: 'Budgets as for Chat Completions callers (minimal 1024 … max 65536, capped at max_output_tokens − 1).' },
      { field: 'tools[type=web_search]', to: 'server tool web_search_20250305', note: 'Anthropic\'s web search (Codex sends web_search every turn): filters.allowed_domains → allowed_domains, user_location (approximate) → user_location; Claude\'s searches run upstream (no web_search_call items), its citations come back as url_citation annotations.' },
      { field: '(headers)', to: 'anthropic-version: 2023-06-01' },
    ],
    response: RESPONSES_RESPONSE,
    unsupported: [
      ...RESPONSES_CALLER_LOSSES,
      { field: 'response_format', loss: 'semantic', reason: '`text.format` combined with tools or reasoning, or a non-object schema (the forced-tool emulation cannot apply).' },
      { field: 'reasoning_effort (replayed tool call without a thinking block)', loss: 'advisory', reason: 'An open tool loop replayed without a reasoning item carrier: Anthropic would reject thinking, so it is disabled for that request (named reasoning_effort).' },
      { field: '(any other field)', loss: 'semantic', reason: 'Unknown to this transcoder: rejected rather than silently ignored.' },
    ],
  },
  {
    from: 'openai-responses',
    to: 'openai-chat',
    routeType: 'llm/v1/chat',
    transcoder: 'formats/openai-responses/mapper.ts → formats/openai-chat/mapper.ts',
    request: [
      ...RESPONSES_REQUEST,
      { field: 'prompt_cache_key, prompt_cache_retention', to: 'prompt_cache_key, prompt_cache_retention', note: 'Same fields in Chat Completions.' },
      { field: 'text.format', to: 'response_format' },
      { field: 'reasoning.effort', to: 'reasoning_effort' },
    ],
    response: RESPONSES_RESPONSE,
    unsupported: [
      ...RESPONSES_CALLER_LOSSES.filter((u) => u.field !== 'prompt_cache_key | prompt_cache_retention'),
      { field: 'tools[type=<server tool>]', loss: 'semantic', reason: 'web_search maps to Anthropic\'s server web search only; Chat Completions upstreams have no hosted search (named `tools[i]`).' },
      { field: 'messages[role=assistant] thinking / redacted_thinking', loss: 'advisory', reason: 'Chat Completions takes no reasoning input: a replayed reasoning item carrier is dropped (named thinking).' },
      { field: '(parameter the target provider rejects)', loss: 'semantic', reason: 'A parameter the target provider\'s dialect (provider spec) lists as rejected is not sent.' },
      { field: '(any other field)', loss: 'semantic', reason: 'Unknown to this transcoder: rejected rather than silently ignored.' },
    ],
  },
  {
    from: 'anthropic-messages',
    to: 'openai-responses',
    routeType: 'llm/v1/chat',
    transcoder: 'formats/anthropic-messages/mapper.ts → formats/openai-responses/mapper.ts',
    request: [
      ...TO_RESPONSES_REQUEST,
      { field: 'metadata.user_id', to: 'safety_identifier' },
      { field: 'thinking', to: 'reasoning.effort', note: 'enabled: budget < 4096 → low, < 16384 → medium, else high; disabled/adaptive → omitted. output_config.effort wins.' },
      { field: 'output_config.format (json_schema)', to: 'text.format json_schema' },
      { field: 'service_tier auto/standard_only, speed standard, null values', to: '(omitted)' },
    ],
    response: [
      ...TO_RESPONSES_RESPONSE,
      { field: '(alias)', to: 'model' },
      { field: 'stop reason', to: 'stop_reason', note: 'end_turn, max_tokens, tool_use, refusal.' },
    ],
    unsupported: [
      ...TO_RESPONSES_LOSSES,
      { field: 'container', loss: 'semantic', reason: 'Anthropic code-execution containers.' },
      { field: 'mcp_servers', loss: 'semantic', reason: 'Anthropic MCP connector.' },
      { field: 'context_management', loss: 'advisory', reason: 'Anthropic context editing.' },
      { field: 'inference_geo', loss: 'semantic', reason: 'Anthropic data residency.' },
      { field: 'diagnostics', loss: 'advisory', reason: 'Anthropic cache diagnostics.' },
      { field: 'user_profile_id', loss: 'advisory', reason: 'Anthropic-specific.' },
      { field: 'workspace_id', loss: 'semantic', reason: 'Anthropic-specific.' },
      { field: 'service_tier', loss: 'advisory', reason: 'Values other than auto/standard_only.' },
      { field: 'speed', loss: 'advisory', reason: 'Values other than standard.' },
      { field: 'metadata.<key other than user_id>', loss: 'semantic', reason: 'Only user_id has an equivalent (safety_identifier).' },
      { field: 'output_config.<other key>', loss: 'semantic', reason: 'Only effort and format translate.' },
      { field: '(any other field)', loss: 'semantic', reason: 'Unknown to this transcoder: rejected rather than silently ignored.' },
    ],
  },
  {
    from: 'openai-chat',
    to: 'openai-responses',
    routeType: 'llm/v1/chat',
    transcoder: 'formats/openai-chat/mapper.ts → formats/openai-responses/mapper.ts',
    request: [
      ...TO_RESPONSES_REQUEST,
      { field: 'user | safety_identifier', to: 'safety_identifier' },
      { field: 'prompt_cache_key, prompt_cache_retention, metadata, service_tier', to: 'the same fields' },
      { field: 'verbosity', to: 'text.verbosity' },
      { field: 'n=1, logprobs=false, presence/frequency_penalty=0, store=false, modalities=["text"], null values', to: '(omitted)', note: 'Defaults change nothing and are accepted.' },
    ],
    response: [
      ...TO_RESPONSES_RESPONSE,
      { field: '(alias)', to: 'model' },
      { field: 'stop reason', to: 'finish_reason', note: 'stop, length, tool_calls, content_filter.' },
    ],
    unsupported: [
      ...TO_RESPONSES_LOSSES,
      { field: 'n', loss: 'semantic', reason: 'One output per response (n > 1).' },
      { field: 'logprobs', loss: 'semantic', reason: 'Token log-probabilities are not carried back.' },
      { field: 'top_logprobs', loss: 'semantic', reason: 'Token log-probabilities are not carried back.' },
      { field: 'logit_bias', loss: 'semantic', reason: 'No logit bias on the Responses API.' },
      { field: 'presence_penalty', loss: 'semantic', reason: 'No repetition penalties on the Responses API (non-zero).' },
      { field: 'frequency_penalty', loss: 'semantic', reason: 'No repetition penalties on the Responses API (non-zero).' },
      { field: 'seed', loss: 'semantic', reason: 'No sampling seed on the Responses API.' },
      { field: 'store', loss: 'semantic', reason: 'Stored completions (true): the translated call never stores.' },
      { field: 'modalities', loss: 'semantic', reason: 'Audio output.' },
      { field: 'audio', loss: 'semantic', reason: 'Audio output.' },
      { field: 'prediction', loss: 'advisory', reason: 'Predicted outputs.' },
      { field: 'web_search_options', loss: 'semantic', reason: 'Chat Completions web search (a hosted tool on the Responses API, not mapped).' },
      { field: 'functions', loss: 'semantic', reason: 'Legacy function calling; use tools.' },
      { field: 'function_call', loss: 'semantic', reason: 'Legacy function calling; use tool_choice.' },
      { field: 'moderation', loss: 'semantic', reason: 'OpenAI moderation options.' },
      { field: 'response_format', loss: 'semantic', reason: 'An unknown response_format type.' },
      { field: 'prompt_cache_key | prompt_cache_retention | prompt_cache_options', loss: 'advisory', reason: 'prompt_cache_options has no Responses equivalent (prompt_cache_key and prompt_cache_retention are carried).' },
      { field: '(any other field)', loss: 'semantic', reason: 'Unknown to this transcoder: rejected rather than silently ignored.' },
    ],
  },
  {
    from: 'gemini',
    to: 'anthropic-messages',
    routeType: 'llm/v1/chat',
    transcoder: 'formats/gemini/mapper.ts → formats/anthropic-messages/mapper.ts',
    request: GEMINI_DECODE_REQUEST,
    response: [
      ...GEMINI_ENCODE_RESPONSE,
      { field: 'stop_reason', to: 'candidates[0].finishReason', note: 'Table IR_STOP_TO_GEMINI (runtime/formats/gemini/tables.ts): end_turn/stop_sequence/tool_use/pause_turn → STOP, max_tokens/model_context_window_exceeded → MAX_TOKENS, refusal → SAFETY, other → OTHER.' },
      { field: 'content[type=thinking|redacted_thinking]', to: 'thoughtSignature of the next part (sealed) + thought parts', note: 'The whole block (text + Anthropic signature, or redacted data) is sealed (HMAC) into the thoughtSignature of the part that follows it (a trailing {"text":"","thoughtSignature"} part when none does); the thinking text is also shown as {"text","thought":true} parts when includeThoughts is set. A Gemini caller that sends the part back gets the exact blocks restored for Anthropic.' },
      { field: 'content[server_tool_use, *_tool_result]', to: '(not carried)', note: 'Never requested by this pair (no server tools are sent).' },
    ],
    unsupported: [
      ...GEMINI_DECODE_LOSSES,
      { field: 'tools[type!=function]', loss: 'semantic', reason: 'Gemini built-in tools (googleSearch, codeExecution, urlContext, fileSearch, googleMaps, computerUse) run on Gemini only.' },
      { field: 'response_format', loss: 'semantic', reason: 'Structured output (responseMimeType application/json) combined with tools or thinking, or a non-object schema: the forced-tool emulation cannot apply.' },
      { field: 'reasoning_effort (with a tool_choice that forces tool use)', loss: 'advisory', reason: 'Anthropic rejects extended thinking with a forced tool (functionCallingConfig ANY): the forced tool wins and thinking is off for that request (reported as thinking or reasoning_effort).' },
      { field: 'reasoning_effort (replayed tool call without a thinking block)', loss: 'advisory', reason: 'With thinking enabled Anthropic requires an open tool loop\'s model turn to start with a signed thinking block; a Gemini conversation that did not come from Claude has none, so thinking is off for that request.' },
    ],
  },
  {
    from: 'gemini',
    to: 'openai-chat',
    routeType: 'llm/v1/chat',
    transcoder: 'formats/gemini/mapper.ts → formats/openai-chat/mapper.ts',
    request: GEMINI_DECODE_REQUEST,
    response: [
      ...GEMINI_ENCODE_RESPONSE,
      { field: 'choices[0].finish_reason (via IR stop reason)', to: 'candidates[0].finishReason', note: 'stop → STOP, length → MAX_TOKENS, tool_calls → STOP, content_filter → SAFETY.' },
      { field: 'reasoning_content | reasoning', to: '{"text","thought":true} parts', note: 'Only when includeThoughts is set; unsigned, so nothing is sealed.' },
    ],
    unsupported: [
      ...GEMINI_DECODE_LOSSES,
      { field: 'top_k', loss: 'semantic', reason: 'No top-k sampling on Chat Completions.' },
      { field: 'tools[type=<server tool>]', loss: 'semantic', reason: 'Gemini built-in tools (googleSearch, codeExecution, …) run on Gemini only.' },
      { field: 'messages[role=assistant] thinking / redacted_thinking', loss: 'advisory', reason: 'Claude thinking restored from a sealed thoughtSignature cannot be replayed to Chat Completions; reported as "thinking".' },
      { field: '(other fields of a block or tool)', loss: 'advisory', reason: 'Function declaration fields Chat Completions has no place for (behavior, response, responseJsonSchema); named by their key.' },
      { field: '(parameter the target provider rejects)', loss: 'semantic', reason: 'A parameter the target provider\'s dialect lists as rejected is not sent.' },
    ],
  },
  {
    from: 'anthropic-messages',
    to: 'gemini',
    routeType: 'llm/v1/chat',
    transcoder: 'formats/anthropic-messages/mapper.ts → formats/gemini/mapper.ts',
    request: [
      ...GEMINI_ENCODE_REQUEST,
      { field: 'max_tokens', to: 'generationConfig.maxOutputTokens' },
      { field: 'top_k', to: 'generationConfig.topK' },
      { field: 'stop_sequences', to: 'generationConfig.stopSequences' },
      { field: 'thinking', to: 'generationConfig.thinkingConfig', note: 'enabled → thinkingBudget = budget_tokens (Gemini 3: thinkingLevel low ≤ 2048 < medium ≤ 8192 < high), includeThoughts: true; adaptive → dynamic (−1); disabled → 0 (Gemini 3: minimal).' },
      { field: 'output_config.effort', to: 'generationConfig.thinkingConfig', note: 'Gemini 3: thinkingLevel (minimal, low, medium, high; xhigh/max → high); earlier models: the effort\'s budget (REASONING_EFFORT_BUDGETS), none → 0.' },
      { field: 'output_config.format (json_schema)', to: 'generationConfig.responseMimeType application/json + responseJsonSchema' },
      { field: 'tool_choice', to: 'toolConfig.functionCallingConfig', note: 'auto → AUTO, any → ANY, none → NONE, tool → ANY + allowedFunctionNames [name].' },
      { field: 'messages[role=assistant] thinking with a sealed Gemini signature', to: 'thoughtSignature on the next part', note: 'Byte for byte the signature the Gemini upstream issued, on the part it came with (functionCall, or a trailing empty text part).' },
      { field: 'metadata', to: '(see unsupported)', note: 'user_id has no Gemini equivalent: reported as user (advisory).' },
      { field: 'stream', to: '(path) :streamGenerateContent?alt=sse', note: 'The body carries no stream flag; geminiUpstreamPath(model, stream) gives the upstream path.' },
      { field: 'system', to: 'systemInstruction.parts[]' },
      { field: 'cache_control', to: '(dropped, reported)', note: 'Gemini caches implicitly (explicit caches are cachedContents): an advisory loss.' },
    ],
    response: GEMINI_DECODE_RESPONSE,
    unsupported: [
      ...ANTHROPIC_EXTRA_LOSSES,
      ...GEMINI_ENCODE_LOSSES,
    ],
  },
  {
    from: 'openai-chat',
    to: 'gemini',
    routeType: 'llm/v1/chat',
    transcoder: 'formats/openai-chat/mapper.ts → formats/gemini/mapper.ts',
    request: [
      ...GEMINI_ENCODE_REQUEST,
      { field: 'max_completion_tokens | max_tokens', to: 'generationConfig.maxOutputTokens' },
      { field: 'stop', to: 'generationConfig.stopSequences' },
      { field: 'top_k', to: 'generationConfig.topK', note: 'Non-standard; passed on.' },
      { field: 'presence_penalty, frequency_penalty, seed', to: 'generationConfig.presencePenalty, frequencyPenalty, seed', note: 'Carried natively (Gemini has them).' },
      { field: 'reasoning_effort', to: 'generationConfig.thinkingConfig', note: 'Gemini 3: thinkingLevel (minimal, low, medium, high; xhigh/max → high); earlier models: thinkingBudget of the effort bucket (minimal 1024 … max 65536), none → 0; includeThoughts: true.' },
      { field: 'thinking', to: 'generationConfig.thinkingConfig', note: 'Non-standard Anthropic object, as for Anthropic callers.' },
      { field: 'response_format', to: 'generationConfig.responseMimeType application/json (+ responseJsonSchema for json_schema)' },
      { field: 'tool_choice', to: 'toolConfig.functionCallingConfig', note: 'auto → AUTO, required → ANY, none → NONE, {function:{name}} → ANY + allowedFunctionNames [name].' },
      { field: 'messages[role=system|developer]', to: 'systemInstruction.parts[]', note: 'Hoisted from any position, in order.' },
      { field: 'messages[role=tool]', to: 'functionResponse parts {id,name,response:{output}}', note: 'The name comes from the assistant tool call with that id; is_error → response {error}.' },
      { field: 'messages[role=assistant].thinking_blocks', to: 'thoughtSignature on the next part', note: 'Only blocks whose signature is a sealed Gemini signature; Claude-signed blocks are reported as thinking.' },
      { field: 'user | safety_identifier', to: '(see unsupported)', note: 'No Gemini equivalent.' },
      { field: 'parallel_tool_calls', to: '(see unsupported)', note: 'false has no Gemini equivalent.' },
      { field: 'stream, stream_options', to: '(path) :streamGenerateContent?alt=sse', note: 'Gemini always reports usage in stream chunks; the usage chunk is synthesized only when asked.' },
      { field: 'prompt_cache_key | prompt_cache_retention | prompt_cache_options', to: '(dropped, reported)', note: 'Caching hints: an advisory loss.' },
    ],
    response: GEMINI_DECODE_RESPONSE,
    unsupported: [
      { field: 'n', loss: 'semantic', reason: 'Only one candidate is read (candidateCount > 1 is not translated).' },
      { field: 'logprobs', loss: 'semantic', reason: 'Token log-probabilities are not translated.' },
      { field: 'top_logprobs', loss: 'semantic', reason: 'Token log-probabilities are not translated.' },
      { field: 'logit_bias', loss: 'semantic', reason: 'No logit bias on Gemini.' },
      { field: 'store', loss: 'semantic', reason: 'OpenAI stored completions (true).' },
      { field: 'metadata', loss: 'advisory', reason: 'OpenAI stored-completion metadata (non-empty).' },
      { field: 'modalities', loss: 'semantic', reason: 'Audio output (anything but ["text"]).' },
      { field: 'audio', loss: 'semantic', reason: 'Audio output.' },
      { field: 'prediction', loss: 'advisory', reason: 'Predicted outputs.' },
      { field: 'service_tier', loss: 'advisory', reason: 'OpenAI tiers other than auto/default.' },
      { field: 'verbosity', loss: 'advisory', reason: 'No verbosity control on Gemini.' },
      { field: 'web_search_options', loss: 'semantic', reason: 'OpenAI-hosted web search.' },
      { field: 'functions', loss: 'semantic', reason: 'Legacy function calling; use tools.' },
      { field: 'function_call', loss: 'semantic', reason: 'Legacy function calling; use tool_choice.' },
      { field: 'moderation', loss: 'semantic', reason: 'OpenAI moderation options.' },
      { field: 'response_format', loss: 'semantic', reason: 'A response_format type other than json_schema / json_object / text.' },
      { field: 'prompt_cache_key | prompt_cache_retention | prompt_cache_options', loss: 'advisory', reason: 'Caching hints with no Gemini request equivalent (Gemini caches implicitly).' },
      ...GEMINI_ENCODE_LOSSES,
    ],
  },
];
