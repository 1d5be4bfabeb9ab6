/**
 * Closed-loop load over the Responses API's WebSocket mode: `concurrency`
 * sockets (one per loop, opened before the clock starts and kept, as Codex CLI
 * keeps one per session), each sending the next `response.create` message as
 * soon as the previous response's terminal event arrived, for a fixed
 * duration. The `ws` package is the client (what the openai SDK's
 * ResponsesWS uses on Node).
 *
 * Per response: latency (send → `response.completed`), time to first message
 * (→ `response.created`), time to first content (the first message containing
 * the request's `contentMarker`), and events (messages received). A response
 * that ends in an `error` message, `response.failed`, or a closed socket is
 * an error.
 */
import WS from 'ws';
import { LoadTally, type LoadOptions, type LoadResult } from './driver.ts';

const TERMINAL = /^\{"type":"(response\.completed|response\.incomplete|response\.failed|error)"/;

/** Runs one closed-loop load phase over WebSocket mode (`o.request.path` on `o.origin`, its body the message). */
export async function runWsLoad(o: LoadOptions): Promise<LoadResult> {
  const url = `${o.origin.replace(/^http/, 'ws')}${o.request.path}`;
  const { 'content-type': _ct, ...headers } = o.request.headers;
  const sockets = await Promise.all(
    Array.from({ length: o.concurrency }, () => new Promise<WS>((resolve, reject) => {
      const ws = new WS(url, { headers, perMessageDeflate: false });
      ws.once('open', () => resolve(ws));
      ws.once('error', reject);
    })),
  );
  const marker = o.request.contentMarker;
  const tally = new LoadTally();
  const deadline = tally.start + o.durationMs;

  const one = (ws: WS): Promise<boolean> =>
    new Promise((resolve) => {
      const t0 = performance.now();
      let first = -1;
      let content = -1;
      let ev = 0;
      const finish = (good: boolean, why?: string): void => {
        ws.off('message', onMessage);
        ws.off('close', onClose);
        if (good) tally.done(t0, first, content, ev);
        else tally.failed(why ?? 'error');
        resolve(good || ws.readyState === WS.OPEN);
      };
      const onMessage = (data: WS.RawData): void => {
        const text = String(data);
        ev++;
        if (first < 0) first = performance.now();
        if (marker && content < 0 && text.includes(marker)) content = performance.now();
        const m = TERMINAL.exec(text);
        if (m) finish(m[1] === 'response.completed' || m[1] === 'response.incomplete', text.slice(0, 300));
      };
      const onClose = (): void => finish(false, 'socket closed');
      ws.on('message', onMessage);
      ws.on('close', onClose);
      ws.send(o.request.body);
    });

  await Promise.all(sockets.map(async (ws) => {
    while (performance.now() < deadline) if (!(await one(ws))) break;
    ws.close();
  }));
  return tally.result();
}
