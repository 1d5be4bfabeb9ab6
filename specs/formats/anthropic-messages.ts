/**
 * Anthropic Messages API wire format: request (full and minimal passthrough),
 * count_tokens, legacy Text Completions, Message Batches create, the Message
 * response, stream events and the error envelope.
 *
 * Source: ../shared/reference/wire-formats.md §1 (Anthropic docs
 * https://docs.anthropic.com/en/api/messages, SDK types
 * anthropic-sdk-python `src/anthropic/types/*`).
 *
 * Which schema validates what:
 * - `AnthropicMessagesPassthroughRequest` (validator `anthropic-messages-passthrough`):
 *   native passthrough routes. Only `model`, `messages` (array) and `stream`
 *   are checked; everything else (thinking `adaptive`, `context_management`,
 *   `output_config`, tools with `defer_loading`, `role: "system"` entries that
 *   Claude Code sends) passes untouched to Anthropic, which is the authority.
 * - `AnthropicMessagesRequest` (validator `anthropic-messages-request`): the full
 *   request, used when the request is transcoded to another format and the
 *   transcoder must understand every block. Unknown *fields* are allowed,
 *   unknown *block types* are not (they could not be translated).
 */
import { Type, type Static } from '@sinclair/typebox';
import { BlocksOrText, Id, ModelId, Nullable, Open, Tagged, Text, Variant } from './common.ts';

// ---------------------------------------------------------------- shared pieces

/** `{type:"ephemeral", ttl?:"5m"|"1h"}`: prompt-caching breakpoint. */
export const CacheControl = Type.Object(
  {
    type: Type.Literal('ephemeral'),
    ttl: Type.Optional(Type.Union([Type.Literal('5m'), Type.Literal('1h')])),
  },
  { ...Open, title: 'AnthropicCacheControl' },
);

const cache = { cache_control: Type.Optional(Nullable(CacheControl)) };

/** A citation attached to a text block (`char_location`, `page_location`, `web_search_result_location`, ...). */
export const Citation = Type.Object(
  { type: Id({ minLength: 1 }), cited_text: Type.Optional(Text()) },
  { ...Open, title: 'AnthropicCitation' },
);

/** `{type:"text", text, cache_control?, citations?}`. */
export const TextBlock = Variant('type', 'text', {
  text: Text(),
  citations: Type.Optional(Nullable(Type.Array(Citation, { maxItems: 10000 }))),
  ...cache,
}, { title: 'AnthropicTextBlock' });

/** Image source: base64 (`media_type` jpeg/png/gif/webp), url, or Files API id. */
export const ImageSource = Tagged('type', [
  Variant('type', 'base64', {
    media_type: Type.Union(['image/jpeg', 'image/png', 'image/gif', 'image/webp'].map((m) => Type.Literal(m))),
    data: Text(),
  }),
  Variant('type', 'url', { url: Text({ minLength: 1 }) }),
  Variant('type', 'file', { file_id: Id({ minLength: 1 }) }),
], { title: 'AnthropicImageSource' });

/** `{type:"image", source, cache_control?}`. */
export const ImageBlock = Variant('type', 'image', { source: ImageSource, ...cache }, { title: 'AnthropicImageBlock' });

/** Document source: base64 PDF, url PDF, plain text, inline content blocks, or Files API id. */
export const DocumentSource = Tagged('type', [
  Variant('type', 'base64', { media_type: Type.Literal('application/pdf'), data: Text() }),
  Variant('type', 'url', { url: Text({ minLength: 1 }) }),
  Variant('type', 'text', { media_type: Type.Literal('text/plain'), data: Text() }),
  Variant('type', 'content', {
    content: BlocksOrText(Type.Array(Tagged('type', [TextBlock, ImageBlock]), { maxItems: 10000 })),
  }),
  Variant('type', 'file', { file_id: Id({ minLength: 1 }) }),
], { title: 'AnthropicDocumentSource' });

/** `{type:"document", source, title?, context?, citations?:{enabled}, cache_control?}`. */
export const DocumentBlock = Variant('type', 'document', {
  source: DocumentSource,
  title: Type.Optional(Nullable(Text())),
  context: Type.Optional(Nullable(Text())),
  citations: Type.Optional(Nullable(Type.Object({ enabled: Type.Optional(Type.Boolean()) }, Open))),
  ...cache,
}, { title: 'AnthropicDocumentBlock' });

/** `{type:"search_result", source, title, content:[text blocks], citations?}`. */
export const SearchResultBlock = Variant('type', 'search_result', {
  source: Text(),
  title: Text(),
  content: Type.Array(TextBlock, { maxItems: 10000 }),
  citations: Type.Optional(Type.Object({ enabled: Type.Optional(Type.Boolean()) }, Open)),
  ...cache,
}, { title: 'AnthropicSearchResultBlock' });

/** `{type:"tool_use", id:"toolu_…", name, input:{…}, cache_control?}`. */
export const ToolUseBlock = Variant('type', 'tool_use', {
  id: Id({ minLength: 1 }),
  name: Id({ minLength: 1 }),
  input: Type.Object({}, Open),
  ...cache,
}, { title: 'AnthropicToolUseBlock' });

/** `{type:"tool_result", tool_use_id, content?: string | blocks, is_error?, cache_control?}`. */
export const ToolResultBlock = Variant('type', 'tool_result', {
  tool_use_id: Id({ minLength: 1 }),
  content: Type.Optional(BlocksOrText(
    Type.Array(Tagged('type', [TextBlock, ImageBlock, DocumentBlock, SearchResultBlock]), { maxItems: 10000 }),
  )),
  is_error: Type.Optional(Type.Boolean()),
  ...cache,
}, { title: 'AnthropicToolResultBlock' });

/** `{type:"thinking", thinking, signature}`: must be sent back unchanged (signature verified upstream). */
export const ThinkingBlock = Variant('type', 'thinking', { thinking: Text(), signature: Text() }, { title: 'AnthropicThinkingBlock' });

/** `{type:"redacted_thinking", data}`: opaque, sent back unchanged. */
export const RedactedThinkingBlock = Variant('type', 'redacted_thinking', { data: Text() }, { title: 'AnthropicRedactedThinkingBlock' });

/** `{type:"server_tool_use", id:"srvtoolu_…", name, input}`. */
export const ServerToolUseBlock = Variant('type', 'server_tool_use', {
  id: Id({ minLength: 1 }),
  name: Id({ minLength: 1 }),
  input: Type.Object({}, Open),
  ...cache,
}, { title: 'AnthropicServerToolUseBlock' });

/** `{type:"web_search_tool_result", tool_use_id, content: results[] | error}`. */
export const WebSearchToolResultBlock = Variant('type', 'web_search_tool_result', {
  tool_use_id: Id({ minLength: 1 }),
  content: Type.Union([
    Type.Array(Type.Object({
      type: Type.Literal('web_search_result'),
      url: Text(),
      title: Type.Optional(Text()),
      encrypted_content: Type.Optional(Text()),
      page_age: Type.Optional(Nullable(Id())),
    }, Open), { maxItems: 10000 }),
    Type.Object({ type: Type.Literal('web_search_tool_result_error'), error_code: Id() }, Open),
  ]),
  ...cache,
}, { title: 'AnthropicWebSearchToolResultBlock' });

/** Server-tool result blocks whose inner shape the gateway never reads (kept open). */
const toolResultLike = (type: string, title: string) =>
  Variant('type', type, { tool_use_id: Id({ minLength: 1 }), content: Type.Optional(Type.Unknown()), ...cache }, { title });

export const WebFetchToolResultBlock = toolResultLike('web_fetch_tool_result', 'AnthropicWebFetchToolResultBlock');
export const CodeExecutionToolResultBlock = toolResultLike('code_execution_tool_result', 'AnthropicCodeExecutionToolResultBlock');
export const BashCodeExecutionToolResultBlock = toolResultLike('bash_code_execution_tool_result', 'AnthropicBashCodeExecutionToolResultBlock');
export const TextEditorCodeExecutionToolResultBlock = toolResultLike('text_editor_code_execution_tool_result', 'AnthropicTextEditorCodeExecutionToolResultBlock');
export const ToolSearchToolResultBlock = toolResultLike('tool_search_tool_result', 'AnthropicToolSearchToolResultBlock');
export const McpToolResultBlock = toolResultLike('mcp_tool_result', 'AnthropicMcpToolResultBlock');

/** `{type:"mcp_tool_use", id, name, server_name, input}` (beta). */
export const McpToolUseBlock = Variant('type', 'mcp_tool_use', {
  id: Id({ minLength: 1 }),
  name: Id({ minLength: 1 }),
  server_name: Type.Optional(Id()),
  input: Type.Object({}, Open),
  ...cache,
}, { title: 'AnthropicMcpToolUseBlock' });

/** `{type:"container_upload", file_id}`. */
export const ContainerUploadBlock = Variant('type', 'container_upload', { file_id: Id({ minLength: 1 }), ...cache }, { title: 'AnthropicContainerUploadBlock' });

/** Every content block a request message may carry (user and assistant turns). */
export const ContentBlock = Tagged('type', [
  TextBlock, ImageBlock, DocumentBlock, SearchResultBlock,
  ToolUseBlock, ToolResultBlock, ThinkingBlock, RedactedThinkingBlock,
  ServerToolUseBlock, WebSearchToolResultBlock, WebFetchToolResultBlock,
  CodeExecutionToolResultBlock, BashCodeExecutionToolResultBlock,
  TextEditorCodeExecutionToolResultBlock, ToolSearchToolResultBlock,
  McpToolUseBlock, McpToolResultBlock, ContainerUploadBlock,
], { title: 'AnthropicContentBlock' });
export type ContentBlock = Static<typeof ContentBlock>;

/**
 * `{role:"user"|"assistant"|"system", content: string | ContentBlock[]}`. `system`
 * entries inside `messages` are what Claude Code sends (its environment block
 * after the user turn; claude-code-client.md); transcoders map them in place.
 */
export const Message = Type.Object({
  role: Type.Union([Type.Literal('user'), Type.Literal('assistant'), Type.Literal('system')]),
  content: BlocksOrText(Type.Array(ContentBlock, { maxItems: 10000 })),
}, { ...Open, title: 'AnthropicMessage' });

/** Custom (client) tool: `{type?:"custom", name, description?, input_schema:{type:"object",…}, cache_control?}`. */
export const CustomTool = Type.Object({
  type: Type.Optional(Type.Literal('custom')),
  name: Id({ minLength: 1 }),
  description: Type.Optional(Text()),
  input_schema: Type.Object({
    type: Type.Literal('object'),
    properties: Type.Optional(Nullable(Type.Object({}, Open))),
    required: Type.Optional(Nullable(Type.Array(Id(), { maxItems: 10000 }))),
  }, Open),
  ...cache,
}, { ...Open, title: 'AnthropicCustomTool' });

/** Server / versioned tool selected by `type` (e.g. `web_search_20250305`, `bash_20250124`). */
export const ServerTool = Type.Object({
  type: Id({ minLength: 1, not: { const: 'custom' } }),
  name: Id({ minLength: 1 }),
  ...cache,
}, { ...Open, title: 'AnthropicServerTool' });

export const Tool = Type.Union([CustomTool, ServerTool], { title: 'AnthropicTool' });

const parallel = { disable_parallel_tool_use: Type.Optional(Type.Boolean()) };

/** `{type:"auto"|"any"|"none"}` or `{type:"tool", name}`, each with `disable_parallel_tool_use?`. */
export const ToolChoice = Tagged('type', [
  Variant('type', 'auto', parallel),
  Variant('type', 'any', parallel),
  Variant('type', 'tool', { name: Id({ minLength: 1 }), ...parallel }),
  Variant('type', 'none', {}),
], { title: 'AnthropicToolChoice' });

/** `{type:"enabled", budget_tokens>=1024}` | `{type:"disabled"}` | `{type:"adaptive"}`. */
export const ThinkingConfig = Tagged('type', [
  Variant('type', 'enabled', { budget_tokens: Type.Integer({ minimum: 1024 }) }),
  Variant('type', 'disabled', {}),
  Variant('type', 'adaptive', {}),
], { title: 'AnthropicThinkingConfig' });

/** Top-level `system`: a string or text blocks (with cache_control). */
export const System = BlocksOrText(Type.Array(TextBlock, { maxItems: 10000 }), { title: 'AnthropicSystem' });

/** `{user_id?: string|null}` (at most 256 characters). */
export const Metadata = Type.Object({ user_id: Type.Optional(Nullable(Type.String({ maxLength: 256 }))) }, { ...Open, title: 'AnthropicMetadata' });

// ---------------------------------------------------------------- requests

/** POST /v1/messages, full request (used when transcoding). */
export const AnthropicMessagesRequest = Type.Object({
  model: ModelId,
  messages: Type.Array(Message, { maxItems: 100000 }),
  max_tokens: Type.Integer({ minimum: 1 }),
  system: Type.Optional(System),
  temperature: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
  top_p: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
  top_k: Type.Optional(Type.Integer({ minimum: 0 })),
  stop_sequences: Type.Optional(Type.Array(Text(), { maxItems: 8192 })),
  stream: Type.Optional(Type.Boolean()),
  metadata: Type.Optional(Metadata),
  tools: Type.Optional(Type.Array(Tool, { maxItems: 10000 })),
  tool_choice: Type.Optional(ToolChoice),
  service_tier: Type.Optional(Type.Union([Type.Literal('auto'), Type.Literal('standard_only')])),
  thinking: Type.Optional(ThinkingConfig),
  container: Type.Optional(Nullable(Id())),
  context_management: Type.Optional(Nullable(Type.Object({}, Open))),
  output_config: Type.Optional(Type.Object({}, Open)),
  mcp_servers: Type.Optional(Type.Array(Type.Object({}, Open), { maxItems: 1000 })),
}, { ...Open, title: 'AnthropicMessagesRequest', description: 'POST /v1/messages request body (full schema).' });
export type AnthropicMessagesRequest = Static<typeof AnthropicMessagesRequest>;

/** POST /v1/messages on a native passthrough route: only what the gateway reads. */
export const AnthropicMessagesPassthroughRequest = Type.Object({
  model: ModelId,
  messages: Type.Array(Type.Unknown(), { maxItems: 100000 }),
  stream: Type.Optional(Type.Boolean()),
}, { ...Open, title: 'AnthropicMessagesPassthroughRequest', description: 'POST /v1/messages request body as checked on native passthrough routes.' });
export type AnthropicMessagesPassthroughRequest = Static<typeof AnthropicMessagesPassthroughRequest>;

/** POST /v1/messages/count_tokens (passthrough; Anthropic-only). */
export const AnthropicCountTokensRequest = Type.Object({
  model: ModelId,
  messages: Type.Array(Type.Unknown(), { maxItems: 100000 }),
}, { ...Open, title: 'AnthropicCountTokensRequest', description: 'POST /v1/messages/count_tokens request body.' });
export type AnthropicCountTokensRequest = Static<typeof AnthropicCountTokensRequest>;

/** POST /v1/complete (legacy Text Completions, passthrough). */
export const AnthropicCompleteRequest = Type.Object({
  model: ModelId,
  prompt: Text(),
  max_tokens_to_sample: Type.Integer({ minimum: 1 }),
  stream: Type.Optional(Type.Boolean()),
}, { ...Open, title: 'AnthropicCompleteRequest', description: 'POST /v1/complete request body (legacy).' });
export type AnthropicCompleteRequest = Static<typeof AnthropicCompleteRequest>;

/** POST /v1/messages/batches: `{requests:[{custom_id, params:{<Messages body>}}]}` (params checked upstream). */
export const AnthropicBatchCreateRequest = Type.Object({
  requests: Type.Array(Type.Object({
    custom_id: Type.String({ minLength: 1, maxLength: 64 }),
    params: Type.Object({ model: ModelId }, Open),
  }, Open), { minItems: 1, maxItems: 100000 }),
}, { ...Open, title: 'AnthropicBatchCreateRequest', description: 'POST /v1/messages/batches request body.' });
export type AnthropicBatchCreateRequest = Static<typeof AnthropicBatchCreateRequest>;

// ---------------------------------------------------------------- responses

/** `stop_reason` values (SDK `types/stop_reason.py`). */
export const StopReason = Type.Union(
  ['end_turn', 'max_tokens', 'stop_sequence', 'tool_use', 'pause_turn', 'refusal', 'model_context_window_exceeded'].map((r) => Type.Literal(r)),
  { title: 'AnthropicStopReason' },
);

/** Token usage. Total input = input_tokens + cache_creation_input_tokens + cache_read_input_tokens. */
export const Usage = Type.Object({
  input_tokens: Type.Integer({ minimum: 0 }),
  output_tokens: Type.Integer({ minimum: 0 }),
  cache_creation_input_tokens: Type.Optional(Nullable(Type.Integer({ minimum: 0 }))),
  cache_read_input_tokens: Type.Optional(Nullable(Type.Integer({ minimum: 0 }))),
  cache_creation: Type.Optional(Nullable(Type.Object({
    ephemeral_5m_input_tokens: Type.Optional(Type.Integer({ minimum: 0 })),
    ephemeral_1h_input_tokens: Type.Optional(Type.Integer({ minimum: 0 })),
  }, Open))),
  server_tool_use: Type.Optional(Nullable(Type.Object({}, Open))),
  service_tier: Type.Optional(Nullable(Id())),
}, { ...Open, title: 'AnthropicUsage' });

/** A response content block: `type` plus open fields (new block types appear without notice). */
export const ResponseContentBlock = Type.Object({ type: Id({ minLength: 1 }) }, { ...Open, title: 'AnthropicResponseContentBlock' });

/** Non-streaming response of POST /v1/messages. */
export const AnthropicMessageResponse = Type.Object({
  id: Id({ minLength: 1 }),
  type: Type.Literal('message'),
  role: Type.Literal('assistant'),
  model: Id(),
  content: Type.Array(ResponseContentBlock),
  stop_reason: Nullable(StopReason),
  stop_sequence: Type.Optional(Nullable(Text())),
  usage: Usage,
}, { ...Open, title: 'AnthropicMessageResponse', description: 'POST /v1/messages response (Message object).' });
export type AnthropicMessageResponse = Static<typeof AnthropicMessageResponse>;

/** `{type, message}` inside errors; `type` e.g. `invalid_request_error`, `overloaded_error`. */
export const ErrorObject = Type.Object({ type: Id({ minLength: 1 }), message: Text() }, { ...Open, title: 'AnthropicErrorObject' });

/** Error envelope: `{"type":"error","error":{"type","message"},"request_id"?}`. */
export const AnthropicErrorResponse = Type.Object({
  type: Type.Literal('error'),
  error: ErrorObject,
  request_id: Type.Optional(Nullable(Id())),
}, { ...Open, title: 'AnthropicErrorResponse', description: 'Anthropic error envelope (HTTP error body and SSE `error` event data).' });
export type AnthropicErrorResponse = Static<typeof AnthropicErrorResponse>;

// ---------------------------------------------------------------- stream events

/** Content-block deltas: text, input_json (partial_json), thinking, signature, citations. */
export const Delta = Tagged('type', [
  Variant('type', 'text_delta', { text: Text() }),
  Variant('type', 'input_json_delta', { partial_json: Text() }),
  Variant('type', 'thinking_delta', { thinking: Text() }),
  Variant('type', 'signature_delta', { signature: Text() }),
  Variant('type', 'citations_delta', { citation: Citation }),
], { title: 'AnthropicDelta' });

/**
 * One SSE event's `data` (the SSE `event:` name equals `data.type`).
 * Grammar: message_start (ping | block)* message_delta+ message_stop, or ... error.
 */
export const AnthropicStreamEvent = Tagged('type', [
  Variant('type', 'message_start', { message: Type.Object({ id: Id(), model: Id(), usage: Type.Object({}, Open) }, Open) }),
  Variant('type', 'content_block_start', { index: Type.Integer({ minimum: 0 }), content_block: ResponseContentBlock }),
  Variant('type', 'content_block_delta', { index: Type.Integer({ minimum: 0 }), delta: Delta }),
  Variant('type', 'content_block_stop', { index: Type.Integer({ minimum: 0 }) }),
  Variant('type', 'message_delta', {
    delta: Type.Object({ stop_reason: Type.Optional(Nullable(StopReason)), stop_sequence: Type.Optional(Nullable(Text())) }, Open),
    usage: Type.Object({ output_tokens: Type.Integer({ minimum: 0 }) }, Open),
  }),
  Variant('type', 'message_stop', {}),
  Variant('type', 'ping', {}),
  Variant('type', 'error', { error: ErrorObject }),
], { title: 'AnthropicStreamEvent', description: 'Data of one Anthropic SSE event.' });
export type AnthropicStreamEvent = Static<typeof AnthropicStreamEvent>;
