/**
 * The Responses API's WebSocket mode on a simulator listener (`GET /v1/responses`
 * and `GET /responses` with `Upgrade: websocket`): the uWebSockets.js behaviour
 * that authenticates the upgrade (401 JSON on a missing or `bad-` key), records
 * it with the client's messages, and runs one ResponsesWsSession per socket
 * (./handler.ts: message shapes, chaining, warm-up, errors, connection age).
 * Registered by the built-in simulator (../index.ts).
 */
import type { HttpRequest, HttpResponse, WebSocket, WebSocketBehavior, us_socket_context_t } from 'uWebSockets.js';
import type { RecordedRequest } from '../providers/types.ts';
import { ApiError, ResponsesWsSession, authenticate, type ResponsesState } from './handler.ts';

/** Per-socket data. */
export interface WsData {
  key: string;
  headers: Record<string, string>;
  rec: RecordedRequest;
  session?: ResponsesWsSession;
  closed: boolean;
  drainWaiters: Array<() => void>;
}

/** Bytes buffered on a socket before `send` waits for `drain`. */
const WS_HIGH_WATER = 256 * 1024;

export interface ResponsesWsOptions {
  state: ResponsesState;
  /** Largest client message (bytes). */
  maxPayloadLength: number;
  /** Connection lifetime before `websocket_connection_limit_reached` (OpenAI: 60 min). */
  maxAgeMs: number;
  /** Records the upgrade request (its `wsMessages` fill as messages arrive). */
  record(rec: RecordedRequest): void;
  /** Open sockets (closed by the simulator's `close`). */
  sockets: Set<WebSocket<WsData>>;
}

function copyHeaders(req: HttpRequest): Record<string, string> {
  const headers: Record<string, string> = {};
  req.forEach((k, v) => {
    const prev = headers[k];
    headers[k] = prev === undefined ? v : `${prev}, ${v}`;
  });
  return headers;
}

/** The WebSocket behaviour of Responses WebSocket mode. */
export function responsesWebSocket(o: ResponsesWsOptions): WebSocketBehavior<WsData> {
  const upgrade = (res: HttpResponse, req: HttpRequest, ctx: us_socket_context_t): void => {
    const headers = copyHeaders(req);
    const rec: RecordedRequest = { method: 'GET', path: req.getUrl(), query: req.getQuery() ?? '', headers, body: Buffer.alloc(0), wsMessages: [], aborted: false, completed: false };
    o.record(rec);
    let key: string;
    try {
      key = authenticate(headers);
    } catch (e) {
      const err = e as ApiError;
      res.cork(() => {
        res.writeStatus('401 Unauthorized').writeHeader('content-type', 'application/json').end(JSON.stringify({ error: err.error }));
      });
      return;
    }
    const data: WsData = { key, headers, rec, closed: false, drainWaiters: [] };
    res.cork(() => {
      res.upgrade(data, headers['sec-websocket-key'] ?? '', headers['sec-websocket-protocol'] ?? '', headers['sec-websocket-extensions'] ?? '', ctx);
    });
  };
  const open = (socket: WebSocket<WsData>): void => {
    o.sockets.add(socket);
    const d = socket.getUserData();
    const peer = {
      send: async (text: string): Promise<boolean> => {
        if (d.closed) return false;
        socket.cork(() => {
          socket.send(text, false);
        });
        if (!d.closed && socket.getBufferedAmount() >= WS_HIGH_WATER) await new Promise<void>((r) => d.drainWaiters.push(r));
        return !d.closed;
      },
      end: (code: number, reason: string): void => {
        if (!d.closed) socket.end(code, reason);
      },
      reset: (): void => {
        if (d.closed) return;
        d.closed = true;
        // Next macrotask: bytes corked just before must reach the client first (see ../sink.ts close()).
        setImmediate(() => {
          if (o.sockets.has(socket)) socket.close();
        });
      },
      sleep: (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms)),
    };
    d.session = new ResponsesWsSession(o.state, d.key, d.headers, peer, {
      maxAgeMs: o.maxAgeMs,
      onClientMessage: (m) => d.rec.wsMessages?.push(m),
    });
  };
  return {
    maxPayloadLength: o.maxPayloadLength,
    maxBackpressure: 64 * 1024 * 1024,
    idleTimeout: 0,
    upgrade,
    open,
    message: (socket, msg) => {
      socket.getUserData().session?.onMessage(Buffer.from(msg).toString('utf8'));
    },
    drain: (socket) => {
      const d = socket.getUserData();
      if (socket.getBufferedAmount() < WS_HIGH_WATER) for (const w of d.drainWaiters.splice(0)) w();
    },
    close: (socket) => {
      const d = socket.getUserData();
      d.closed = true;
      o.sockets.delete(socket);
      for (const w of d.drainWaiters.splice(0)) w();
      if (d.session?.onClose()) d.rec.aborted = true;
    },
  };
}
