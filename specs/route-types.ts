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

export { Format } from './wire-formats.ts';
import { Format, WIRE_FORMATS } from './wire-formats.ts';

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
 * OpenAI Responses API (https://platform.openai.com/docs/api-reference/responses):
 * create (JSON or SSE) carries `llm/v1/chat`; the stored-response operations
 * (retrieve, delete, input_items, cancel) name no model and are served from the
 * gateway's response store (runtime/responses/); input_tokens carries
 * `llm/v1/count_tokens`.
 */
const responsesOps = (prefix: string): IngressPath[] => [
  { method: 'POST', path: `${prefix}/v1/responses`, routeType: 'llm/v1/chat', ingressFormat: 'openai-responses', listeners: ['main'], operation: 'create', modelInBody: true, description: 'OpenAI Responses (JSON or SSE)' },
  { method: 'POST', path: `${prefix}/v1/responses/input_tokens`, routeType: 'llm/v1/count_tokens', ingressFormat: 'openai-responses', listeners: ['main'], operation: 'input_tokens', modelInBody: true, description: 'OpenAI Responses input token count' },
  { method: 'GET', path: `${prefix}/v1/responses/:id`, routeType: 'llm/v1/chat', ingressFormat: 'openai-responses', listeners: ['main'], operation: 'retrieve', modelInBody: false, description: 'Retrieve a stored response' },
  { method: 'DELETE', path: `${prefix}/v1/responses/:id`, routeType: 'llm/v1/chat', ingressFormat: 'openai-responses', listeners: ['main'], operation: 'delete', modelInBody: false, description: 'Delete a stored response' },
  { method: 'GET', path: `${prefix}/v1/responses/:id/input_items`, routeType: 'llm/v1/chat', ingressFormat: 'openai-responses', listeners: ['main'], operation: 'input_items', modelInBody: false, description: 'List a stored response\'s input items' },
  { method: 'POST', path: `${prefix}/v1/responses/:id/cancel`, routeType: 'llm/v1/chat', ingressFormat: 'openai-responses', listeners: ['main'], operation: 'cancel', modelInBody: false, description: 'Cancel a background response' },
];

/**
 * Every ingress path. The main listener serves the Anthropic API at the root and
 * under `/anthropic/`, the OpenAI API at the root and under `/openai/`; the
 * dedicated Anthropic listener (`server.anthropic_port`) serves the Anthropic
 * API at the root only.
 */
export const INGRESS_PATHS: IngressPath[] = [
  ...anthropicOps('', ['main', 'anthropic']),
  ...anthropicOps(WIRE_FORMATS['anthropic-messages'].ingressPrefix, ['main']),
  ...openaiOps(''),
  ...openaiOps(WIRE_FORMATS['openai-chat'].ingressPrefix),
  ...responsesOps(''),
  ...responsesOps(WIRE_FORMATS['openai-responses'].ingressPrefix),
];

/**
 * The gateway's own endpoints (not routed to an upstream). `name` selects the
 * handler in runtime/server/ (`health`, `models`, `reload`, `enable-keys`) or an extra route a
 * subsystem registers under that name (`metrics`: runtime/observability/;
 * `dashboard*`: runtime/dashboard/).
 * `format` is the error format (null: by path, see generated `formatForPath`);
 * for `models` it is also the response shape (null: Anthropic shape when the
 * caller sends `anthropic-version`, else OpenAI).
 */
export const GatewayEndpoint = Type.Object(
  {
    method: Type.Union([Type.Literal('GET'), Type.Literal('POST')]),
    path: Type.String(),
    name: Type.Union(['health', 'models', 'reload', 'enable-keys', 'metrics', 'dashboard', 'dashboard-script', 'dashboard-chart-script', 'dashboard-chart-style', 'dashboard-snapshot', 'dashboard-events'].map((n) => Type.Literal(n))),
    listeners: Type.Array(Listener),
    format: Type.Union([Format, Type.Null()]),
    description: Type.String(),
  },
  { additionalProperties: false },
);
export type GatewayEndpoint = Static<typeof GatewayEndpoint>;

export const GATEWAY_ENDPOINTS: GatewayEndpoint[] = [
  { method: 'GET', path: '/health', name: 'health', listeners: ['main', 'anthropic'], format: null, description: 'Liveness, providers, circuits, keys out of rotation' },
  { method: 'GET', path: '/v1/models', name: 'models', listeners: ['main', 'anthropic'], format: null, description: 'Model aliases the caller may use (Anthropic shape with anthropic-version, else OpenAI)' },
  { method: 'GET', path: `${WIRE_FORMATS['anthropic-messages'].ingressPrefix}/v1/models`, name: 'models', listeners: ['main'], format: 'anthropic-messages', description: 'Model aliases, Anthropic shape' },
  { method: 'GET', path: `${WIRE_FORMATS['openai-chat'].ingressPrefix}/v1/models`, name: 'models', listeners: ['main'], format: 'openai-chat', description: 'Model aliases, OpenAI shape' },
  { method: 'POST', path: '/admin/reload', name: 'reload', listeners: ['main'], format: null, description: 'Hot reload (needs server.admin_key)' },
  { method: 'POST', path: '/admin/keys/enable', name: 'enable-keys', listeners: ['main'], format: null, description: 'Put provider keys taken out of rotation back (needs server.admin_key)' },
  { method: 'GET', path: '/metrics', name: 'metrics', listeners: ['main'], format: null, description: 'Prometheus metrics (observability.metrics)' },
  { method: 'GET', path: '/dashboard', name: 'dashboard', listeners: ['main'], format: null, description: 'Live dashboard page (server.dashboard)' },
  { method: 'GET', path: '/dashboard/app.js', name: 'dashboard-script', listeners: ['main'], format: null, description: 'Dashboard script' },
  { method: 'GET', path: '/dashboard/assets/uPlot.iife.min.js', name: 'dashboard-chart-script', listeners: ['main'], format: null, description: 'Chart library (uPlot)' },
  { method: 'GET', path: '/dashboard/assets/uPlot.min.css', name: 'dashboard-chart-style', listeners: ['main'], format: null, description: 'Chart library styles (uPlot)' },
  { method: 'GET', path: '/dashboard/snapshot', name: 'dashboard-snapshot', listeners: ['main'], format: null, description: 'Dashboard data (needs server.admin_key)' },
  { method: 'GET', path: '/dashboard/events', name: 'dashboard-events', listeners: ['main'], format: null, description: 'Dashboard data as SSE (needs server.admin_key)' },
];
