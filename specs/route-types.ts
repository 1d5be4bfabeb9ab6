/**
 * Route types and the ingress paths that carry them.
 *
 * A route type is the kind of call, independent of wire format (Kong's names:
 * `llm/v1/chat`, `llm/v1/completions`, ...). An ingress path is a (method, path)
 * the gateway listens on; it names the route type it carries and the ingress
 * format the caller speaks there. Paths are matched without their query string
 * (Claude Code calls `/v1/messages?beta=true`).
 *
 * Source: Kong AI Proxy capability tables; Anthropic API reference
 * (https://docs.anthropic.com/en/api/messages); OpenAI API reference
 * (https://platform.openai.com/docs/api-reference/chat).
 */
import { Type, type Static } from '@sinclair/typebox';

export const RouteType = Type.Union(
  [
    Type.Literal('llm/v1/chat'),
    Type.Literal('llm/v1/completions'),
    Type.Literal('llm/v1/embeddings'),
    Type.Literal('llm/v1/count_tokens'),
    Type.Literal('files/v1/batches'),
  ],
  { $id: 'RouteType', description: 'Kind of call, independent of wire format (Kong naming).' },
);
export type RouteType = Static<typeof RouteType>;

export const Format = Type.Union([Type.Literal('anthropic-messages'), Type.Literal('openai-chat')], {
  $id: 'Format',
  description: 'An API wire format: what the caller speaks (ingress) or what the upstream speaks (native format). '
    + 'Named after the API, not the vendor: a provider type (specs/providers/) is a different thing, and several provider types share a format. '
    + 'Room for `openai-responses` and `gemini`.',
});
export type Format = Static<typeof Format>;

/** Which listener serves an ingress path: the main port, the dedicated Anthropic port, or both. */
export const Listener = Type.Union([Type.Literal('main'), Type.Literal('anthropic')]);
export type Listener = Static<typeof Listener>;

export const IngressPath = Type.Object(
  {
    method: Type.Union([Type.Literal('GET'), Type.Literal('POST'), Type.Literal('DELETE')]),
    /** Path pattern; `:name` segments match one path segment. */
    path: Type.String(),
    routeType: RouteType,
    ingressFormat: Format,
    /** Listeners that serve this path. */
    listeners: Type.Array(Listener),
    /** Operation name within the route type (batches have several). */
    operation: Type.String(),
    /** Whether the body carries `model` that selects the target. */
    modelInBody: Type.Boolean(),
    description: Type.String(),
  },
  { additionalProperties: false },
);
export type IngressPath = Static<typeof IngressPath>;

const anthropicOps = (prefix: string, listeners: Listener[]): IngressPath[] => [
  { method: 'POST', path: `${prefix}/v1/messages`, routeType: 'llm/v1/chat', ingressFormat: 'anthropic-messages', listeners, operation: 'create', modelInBody: true, description: 'Anthropic Messages (JSON or SSE)' },
  { method: 'POST', path: `${prefix}/v1/messages/count_tokens`, routeType: 'llm/v1/count_tokens', ingressFormat: 'anthropic-messages', listeners, operation: 'count', modelInBody: true, description: 'Anthropic token counting' },
  { method: 'POST', path: `${prefix}/v1/complete`, routeType: 'llm/v1/completions', ingressFormat: 'anthropic-messages', listeners, operation: 'create', modelInBody: true, description: 'Anthropic legacy Text Completions' },
  { method: 'POST', path: `${prefix}/v1/messages/batches`, routeType: 'files/v1/batches', ingressFormat: 'anthropic-messages', listeners, operation: 'create', modelInBody: false, description: 'Create a Message Batch' },
  { method: 'GET', path: `${prefix}/v1/messages/batches`, routeType: 'files/v1/batches', ingressFormat: 'anthropic-messages', listeners, operation: 'list', modelInBody: false, description: 'List Message Batches' },
  { method: 'GET', path: `${prefix}/v1/messages/batches/:id`, routeType: 'files/v1/batches', ingressFormat: 'anthropic-messages', listeners, operation: 'retrieve', modelInBody: false, description: 'Retrieve a Message Batch' },
  { method: 'GET', path: `${prefix}/v1/messages/batches/:id/results`, routeType: 'files/v1/batches', ingressFormat: 'anthropic-messages', listeners, operation: 'results', modelInBody: false, description: 'Stream a Message Batch results file (JSONL)' },
  { method: 'POST', path: `${prefix}/v1/messages/batches/:id/cancel`, routeType: 'files/v1/batches', ingressFormat: 'anthropic-messages', listeners, operation: 'cancel', modelInBody: false, description: 'Cancel a Message Batch' },
  { method: 'DELETE', path: `${prefix}/v1/messages/batches/:id`, routeType: 'files/v1/batches', ingressFormat: 'anthropic-messages', listeners, operation: 'delete', modelInBody: false, description: 'Delete a Message Batch' },
];

const openaiOps = (prefix: string): IngressPath[] => [
  { method: 'POST', path: `${prefix}/v1/chat/completions`, routeType: 'llm/v1/chat', ingressFormat: 'openai-chat', listeners: ['main'], operation: 'create', modelInBody: true, description: 'OpenAI Chat Completions (JSON or SSE)' },
  { method: 'POST', path: `${prefix}/v1/completions`, routeType: 'llm/v1/completions', ingressFormat: 'openai-chat', listeners: ['main'], operation: 'create', modelInBody: true, description: 'OpenAI legacy Completions' },
  { method: 'POST', path: `${prefix}/v1/embeddings`, routeType: 'llm/v1/embeddings', ingressFormat: 'openai-chat', listeners: ['main'], operation: 'create', modelInBody: true, description: 'OpenAI Embeddings' },
];

/**
 * Every ingress path. The main listener serves the Anthropic API at the root and
 * under `/anthropic/`, the OpenAI API at the root and under `/openai/`; the
 * dedicated Anthropic listener (`server.anthropic_port`) serves the Anthropic
 * API at the root only.
 */
export const INGRESS_PATHS: IngressPath[] = [
  ...anthropicOps('', ['main', 'anthropic']),
  ...anthropicOps('/anthropic', ['main']),
  ...openaiOps(''),
  ...openaiOps('/openai'),
];
