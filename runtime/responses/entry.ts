/**
 * One Responses API request through the whole pipeline, for a transport other
 * than HTTP (the WebSocket mode of `GET /v1/responses`): authentication,
 * limits, routing, failover, translation or native passthrough, accounting and
 * the response store are exactly those of `POST /v1/responses`.
 *
 * Signatures:
 *
 *   createResponse(state: GatewayState, call: ResponseCall, sink: ResponseSink): Promise<void>
 *     Runs one `response.create` as `POST /v1/responses` with `call.body` (the
 *     create body as JSON bytes, without the WebSocket message's `type`) and
 *     `call.headers` (lower-case; the caller key in `authorization` or
 *     `x-api-key`, checked like any request). Never throws: failures reach
 *     `sink` as an error answer in OpenAI's envelope (or an `error` event once
 *     a stream began). With `call.connection`, `previous_response_id` also
 *     resolves against that connection's own responses (`store: false` ones
 *     included) and every response is recorded there.
 *
 *   eventSink(out: ResponseEventWriter): EventSink
 *     A ResponseSink that turns what the pipeline writes into Responses events:
 *     `out.event(json)` once per SSE event (the event object's JSON text, its
 *     `type` inside; keep-alive comments dropped), `out.answer(status, json)`
 *     for a complete non-stream answer (an error envelope before any event, or
 *     a 200 Response when `stream` was not true), `out.end()` when the answer
 *     is over. `event` returning false means backpressure: call
 *     `EventSink.writable()` when the transport drained. Call
 *     `EventSink.abort()` when the transport closed (the upstream is aborted).
 */
import { matchRoute } from '../../generated/routes.ts';
import { handle, newRequestId, type GatewayState, type Incoming } from '../pipeline.ts';
import type { ResponseSink } from '../server/sink.ts';
import { attachConnection, type ConnectionResponses } from './index.ts';

export type { ConnectionResponses } from './index.ts';
// The event sink lives apart (./event-sink.ts) so input-token counting can use it without importing the pipeline.
export { eventSink, type EventSink, type ResponseEventWriter } from './event-sink.ts';

/** One Responses create call on a non-HTTP transport. */
export interface ResponseCall {
  /** Request headers (lower-case names): the caller key and anything forwarded upstream. */
  headers: Record<string, string>;
  /** The create body (JSON object bytes). */
  body: Buffer;
  /** Gateway request id; default: a new one. */
  id?: string;
  /** performance.now() when the request arrived; default: now. */
  startedAt?: number;
  /** The listener's base URL (`http://host:port`). */
  origin?: string;
  /** The connection's own responses (WebSocket mode), for `previous_response_id` chaining. */
  connection?: ConnectionResponses;
}

/** Runs one Responses create request (see the module docblock). Never throws. */
export async function createResponse(state: GatewayState, call: ResponseCall, sink: ResponseSink): Promise<void> {
  const match = matchRoute('POST', '/v1/responses', 'main');
  if (!match) throw new Error('POST /v1/responses is not routed (generated/routes.ts)');
  const req: Incoming = {
    method: 'POST', path: '/v1/responses', query: '', headers: call.headers, body: call.body, listener: 'main',
    route: match.route, params: {}, startedAt: call.startedAt ?? performance.now(), id: call.id ?? newRequestId(),
    ...(call.origin !== undefined ? { origin: call.origin } : {}),
  };
  if (call.connection) attachConnection(req, call.connection);
  await handle(state, req, sink);
}
