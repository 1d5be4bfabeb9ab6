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
];
