/**
 * OpenAI wire formats: Chat Completions request (full and minimal passthrough),
 * response, stream chunk and error envelope; minimal legacy Completions and
 * Embeddings requests.
 *
 * Source: ../shared/reference/wire-formats.md §2 (OpenAI API reference
 * https://platform.openai.com/docs/api-reference/chat, fixtures under data/openai/).
 *
 * - `OpenAIChatPassthroughRequest` (validator `openai-chat-passthrough`): native
 *   passthrough routes check only `model`, `messages` (array) and `stream`.
 * - `OpenAIChatRequest` (validator `openai-chat-request`): the full request, used when
 *   transcoding to another format. Unknown fields are allowed (OpenAI-compatible
 *   clients send extensions such as `thinking`, `reasoning_content`); unknown
 *   roles and content-part types are rejected.
 */
import { Type, type Static } from '@sinclair/typebox';
import { BlocksOrText, Id, ModelId, Nullable, Open, Tagged, Text, Variant } from './common.ts';

// ---------------------------------------------------------------- content parts

/** `{type:"text", text}`. */
export const TextPart = Variant('type', 'text', { text: Text() }, { title: 'OpenAITextPart' });

/** `{type:"image_url", image_url:{url: https URL or data URL, detail?}}`. */
export const ImageUrlPart = Variant('type', 'image_url', {
  image_url: Type.Object({
    url: Text({ minLength: 1 }),
    detail: Type.Optional(Type.Union([Type.Literal('auto'), Type.Literal('low'), Type.Literal('high')])),
  }, Open),
}, { title: 'OpenAIImageUrlPart' });

/** `{type:"file", file:{file_id? | file_data? (data URL), filename?}}`. */
export const FilePart = Variant('type', 'file', {
  file: Type.Object({
    file_id: Type.Optional(Id()),
    file_data: Type.Optional(Text()),
    filename: Type.Optional(Id()),
  }, Open),
}, { title: 'OpenAIFilePart' });

/** `{type:"input_audio", input_audio:{data (base64), format:"wav"|"mp3"}}`. */
export const InputAudioPart = Variant('type', 'input_audio', {
  input_audio: Type.Object({ data: Text(), format: Type.Union([Type.Literal('wav'), Type.Literal('mp3')]) }, Open),
}, { title: 'OpenAIInputAudioPart' });

/** `{type:"refusal", refusal}` (assistant content only). */
export const RefusalPart = Variant('type', 'refusal', { refusal: Text() }, { title: 'OpenAIRefusalPart' });

/** `{id:"call_…", type:"function", function:{name, arguments: JSON string}}`. */
export const ToolCall = Type.Object({
  id: Id({ minLength: 1 }),
  type: Type.Literal('function'),
  function: Type.Object({ name: Id({ minLength: 1 }), arguments: Text() }, Open),
}, { ...Open, title: 'OpenAIToolCall' });

const textOnly = BlocksOrText(Type.Array(TextPart, { maxItems: 10000 }));
const name = { name: Type.Optional(Id()) };

// ---------------------------------------------------------------- messages

export const SystemMessage = Variant('role', 'system', { content: textOnly, ...name }, { title: 'OpenAISystemMessage' });
export const DeveloperMessage = Variant('role', 'developer', { content: textOnly, ...name }, { title: 'OpenAIDeveloperMessage' });
export const UserMessage = Variant('role', 'user', {
  content: BlocksOrText(Type.Array(Tagged('type', [TextPart, ImageUrlPart, FilePart, InputAudioPart]), { maxItems: 10000 })),
  ...name,
}, { title: 'OpenAIUserMessage' });
export const AssistantMessage = Variant('role', 'assistant', {
  content: Type.Optional(Nullable(BlocksOrText(Type.Array(Tagged('type', [TextPart, RefusalPart]), { maxItems: 10000 })))),
  refusal: Type.Optional(Nullable(Text())),
  tool_calls: Type.Optional(Nullable(Type.Array(ToolCall, { maxItems: 10000 }))),
  ...name,
}, { title: 'OpenAIAssistantMessage' });
export const ToolMessage = Variant('role', 'tool', { content: textOnly, tool_call_id: Id({ minLength: 1 }) }, { title: 'OpenAIToolMessage' });

export const ChatMessage = Tagged('role', [SystemMessage, DeveloperMessage, UserMessage, AssistantMessage, ToolMessage], { title: 'OpenAIChatMessage' });

// ---------------------------------------------------------------- tools & options

/** `{type:"function", function:{name, description?, parameters?, strict?}}`. */
export const FunctionTool = Variant('type', 'function', {
  function: Type.Object({
    name: Id({ minLength: 1 }),
    description: Type.Optional(Text()),
    parameters: Type.Optional(Type.Object({}, Open)),
    strict: Type.Optional(Nullable(Type.Boolean())),
  }, Open),
}, { title: 'OpenAIFunctionTool' });

/** `{type:"custom", custom:{name, description?, format?}}`. */
export const CustomTool = Variant('type', 'custom', {
  custom: Type.Object({ name: Id({ minLength: 1 }), description: Type.Optional(Text()) }, Open),
}, { title: 'OpenAICustomTool' });

export const Tool = Tagged('type', [FunctionTool, CustomTool], { title: 'OpenAITool' });

/** `"none"|"auto"|"required"` or a named function / custom tool / allowed_tools set. */
export const ToolChoice = Type.Union([
  Type.Literal('none'),
  Type.Literal('auto'),
  Type.Literal('required'),
  Tagged('type', [
    Variant('type', 'function', { function: Type.Object({ name: Id({ minLength: 1 }) }, Open) }),
    Variant('type', 'custom', { custom: Type.Object({ name: Id({ minLength: 1 }) }, Open) }),
    Variant('type', 'allowed_tools', { allowed_tools: Type.Object({}, Open) }),
  ]),
], { title: 'OpenAIToolChoice' });

/** `{type:"text"}` | `{type:"json_object"}` | `{type:"json_schema", json_schema:{name, schema?, strict?}}`. */
export const ResponseFormat = Tagged('type', [
  Variant('type', 'text', {}),
  Variant('type', 'json_object', {}),
  Variant('type', 'json_schema', {
    json_schema: Type.Object({
      name: Id({ minLength: 1 }),
      description: Type.Optional(Text()),
      schema: Type.Optional(Type.Object({}, Open)),
      strict: Type.Optional(Nullable(Type.Boolean())),
    }, Open),
  }),
], { title: 'OpenAIResponseFormat' });

export const ReasoningEffort = Type.Union(
  ['none', 'minimal', 'low', 'medium', 'high', 'xhigh'].map((e) => Type.Literal(e)),
  { title: 'OpenAIReasoningEffort' },
);

/** Non-standard extension (LiteLLM/Portkey/Envoy): Anthropic-shaped `thinking` carried on an OpenAI request. */
export const ThinkingExtension = Type.Object({
  type: Type.Union([Type.Literal('enabled'), Type.Literal('disabled'), Type.Literal('adaptive')]),
  budget_tokens: Type.Optional(Type.Integer({ minimum: 0 })),
}, { ...Open, title: 'OpenAIThinkingExtension' });

const nullableInt = (min: number) => Type.Optional(Nullable(Type.Integer({ minimum: min })));
const nullableNum = (min: number, max: number) => Type.Optional(Nullable(Type.Number({ minimum: min, maximum: max })));

// ---------------------------------------------------------------- requests

/** POST /v1/chat/completions, full request (used when transcoding). */
export const OpenAIChatRequest = Type.Object({
  model: ModelId,
  messages: Type.Array(ChatMessage, { maxItems: 100000 }),
  tools: Type.Optional(Type.Array(Tool, { maxItems: 10000 })),
  tool_choice: Type.Optional(ToolChoice),
  parallel_tool_calls: Type.Optional(Nullable(Type.Boolean())),
  stop: Type.Optional(Nullable(BlocksOrText(Type.Array(Text(), { maxItems: 64 })))),
  max_tokens: nullableInt(0),
  max_completion_tokens: nullableInt(0),
  temperature: nullableNum(0, 2),
  top_p: nullableNum(0, 1),
  n: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 128 }))),
  user: Type.Optional(Id()),
  response_format: Type.Optional(ResponseFormat),
  reasoning_effort: Type.Optional(Nullable(ReasoningEffort)),
  stream: Type.Optional(Nullable(Type.Boolean())),
  stream_options: Type.Optional(Nullable(Type.Object({
    include_usage: Type.Optional(Type.Boolean()),
    include_obfuscation: Type.Optional(Type.Boolean()),
  }, Open))),
  thinking: Type.Optional(ThinkingExtension),
  seed: Type.Optional(Nullable(Type.Integer())),
  presence_penalty: nullableNum(-2, 2),
  frequency_penalty: nullableNum(-2, 2),
  logit_bias: Type.Optional(Nullable(Type.Record(Type.String(), Type.Number()))),
  logprobs: Type.Optional(Nullable(Type.Boolean())),
  top_logprobs: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 20 }))),
  metadata: Type.Optional(Nullable(Type.Record(Type.String(), Type.String()))),
  store: Type.Optional(Nullable(Type.Boolean())),
  service_tier: Type.Optional(Nullable(Id())),
}, { ...Open, title: 'OpenAIChatRequest', description: 'POST /v1/chat/completions request body (full schema).' });
export type OpenAIChatRequest = Static<typeof OpenAIChatRequest>;

/** POST /v1/chat/completions on a native passthrough route: only what the gateway reads. */
export const OpenAIChatPassthroughRequest = Type.Object({
  model: ModelId,
  messages: Type.Array(Type.Unknown(), { maxItems: 100000 }),
  stream: Type.Optional(Nullable(Type.Boolean())),
}, { ...Open, title: 'OpenAIChatPassthroughRequest', description: 'POST /v1/chat/completions request body as checked on native passthrough routes.' });
export type OpenAIChatPassthroughRequest = Static<typeof OpenAIChatPassthroughRequest>;

/** POST /v1/completions (legacy): `prompt` is a string, strings, tokens or token arrays. */
export const OpenAICompletionsRequest = Type.Object({
  model: ModelId,
  prompt: BlocksOrText(Type.Array(Type.Unknown(), { maxItems: 2048 })),
  stream: Type.Optional(Nullable(Type.Boolean())),
}, { ...Open, title: 'OpenAICompletionsRequest', description: 'POST /v1/completions request body (legacy).' });
export type OpenAICompletionsRequest = Static<typeof OpenAICompletionsRequest>;

/** POST /v1/embeddings: `input` is a string, strings, tokens or token arrays (at most 2048 items). */
export const OpenAIEmbeddingsRequest = Type.Object({
  model: ModelId,
  input: BlocksOrText(Type.Array(Type.Unknown(), { minItems: 1, maxItems: 2048 })),
}, { ...Open, title: 'OpenAIEmbeddingsRequest', description: 'POST /v1/embeddings request body.' });
export type OpenAIEmbeddingsRequest = Static<typeof OpenAIEmbeddingsRequest>;

// ---------------------------------------------------------------- responses

export const FinishReason = Type.Union(
  ['stop', 'length', 'tool_calls', 'content_filter', 'function_call'].map((r) => Type.Literal(r)),
  { title: 'OpenAIFinishReason' },
);

/** Usage: `prompt_tokens` is the total (cached tokens are a subset, `prompt_tokens_details.cached_tokens`). */
export const Usage = Type.Object({
  prompt_tokens: Type.Integer({ minimum: 0 }),
  completion_tokens: Type.Integer({ minimum: 0 }),
  total_tokens: Type.Integer({ minimum: 0 }),
  prompt_tokens_details: Type.Optional(Nullable(Type.Object({
    cached_tokens: Type.Optional(Type.Integer({ minimum: 0 })),
    audio_tokens: Type.Optional(Type.Integer({ minimum: 0 })),
  }, Open))),
  completion_tokens_details: Type.Optional(Nullable(Type.Object({
    reasoning_tokens: Type.Optional(Type.Integer({ minimum: 0 })),
    audio_tokens: Type.Optional(Type.Integer({ minimum: 0 })),
    accepted_prediction_tokens: Type.Optional(Type.Integer({ minimum: 0 })),
    rejected_prediction_tokens: Type.Optional(Type.Integer({ minimum: 0 })),
  }, Open))),
}, { ...Open, title: 'OpenAIUsage' });

/** Non-streaming response of POST /v1/chat/completions. */
export const OpenAIChatCompletionResponse = Type.Object({
  id: Id({ minLength: 1 }),
  object: Type.Literal('chat.completion'),
  created: Type.Integer({ minimum: 0 }),
  model: Id(),
  choices: Type.Array(Type.Object({
    index: Type.Integer({ minimum: 0 }),
    message: Type.Object({
      role: Type.Literal('assistant'),
      content: Nullable(Text()),
      refusal: Type.Optional(Nullable(Text())),
      tool_calls: Type.Optional(Type.Array(ToolCall)),
    }, Open),
    logprobs: Type.Optional(Nullable(Type.Object({}, Open))),
    finish_reason: Nullable(FinishReason),
  }, Open)),
  usage: Type.Optional(Usage),
  service_tier: Type.Optional(Nullable(Id())),
  system_fingerprint: Type.Optional(Nullable(Id())),
}, { ...Open, title: 'OpenAIChatCompletionResponse', description: 'POST /v1/chat/completions response.' });
export type OpenAIChatCompletionResponse = Static<typeof OpenAIChatCompletionResponse>;

/** A tool-call fragment in a chunk: `id`/`type`/`function.name` only on the first fragment of a call. */
export const ToolCallDelta = Type.Object({
  index: Type.Integer({ minimum: 0 }),
  id: Type.Optional(Id()),
  type: Type.Optional(Type.Literal('function')),
  function: Type.Optional(Type.Object({ name: Type.Optional(Id()), arguments: Type.Optional(Text()) }, Open)),
}, { ...Open, title: 'OpenAIToolCallDelta' });

/** One `data:` line of a Chat Completions stream (`[DONE]` excluded). `choices` may be empty (usage chunk, Azure filter chunk). */
export const OpenAIChatCompletionChunk = Type.Object({
  id: Id(),
  object: Type.Literal('chat.completion.chunk'),
  created: Type.Integer({ minimum: 0 }),
  model: Id(),
  choices: Type.Array(Type.Object({
    index: Type.Integer({ minimum: 0 }),
    delta: Type.Object({
      role: Type.Optional(Type.Literal('assistant')),
      content: Type.Optional(Nullable(Text())),
      refusal: Type.Optional(Nullable(Text())),
      tool_calls: Type.Optional(Type.Array(ToolCallDelta)),
      reasoning_content: Type.Optional(Nullable(Text())),
    }, Open),
    logprobs: Type.Optional(Nullable(Type.Object({}, Open))),
    finish_reason: Nullable(FinishReason),
  }, Open)),
  usage: Type.Optional(Nullable(Usage)),
}, { ...Open, title: 'OpenAIChatCompletionChunk', description: 'Data of one Chat Completions SSE chunk.' });
export type OpenAIChatCompletionChunk = Static<typeof OpenAIChatCompletionChunk>;

/** Error envelope `{"error":{"message","type","param","code"}}` (compatible providers may send a numeric code). */
export const OpenAIErrorResponse = Type.Object({
  error: Type.Object({
    message: Text(),
    type: Type.Optional(Nullable(Id())),
    param: Type.Optional(Nullable(Id())),
    code: Type.Optional(Nullable(Type.Union([Id(), Type.Integer()]))),
  }, Open),
}, { ...Open, title: 'OpenAIErrorResponse', description: 'OpenAI error envelope.' });
export type OpenAIErrorResponse = Static<typeof OpenAIErrorResponse>;
