/**
 * Shared machinery of the cloud simulators (Bedrock, Vertex AI, Foundry):
 * the request/response seam each cloud handler is written against, the
 * uWebSockets.js listener that serves one handler on 127.0.0.1, the bounded
 * request record, the fault queue, the fault-aware writer and the Claude
 * content they all answer with.
 *
 * - A handler is `(req: CloudRequest, res: CloudResponse) => Promise<void>`: one
 *   parsed request in, status/headers/body chunks out through `res`, whose
 *   `write` resolves only once the bytes were accepted (backpressure) and
 *   returns false once the client is gone. `ResponseSink` (../sink.ts) is the
 *   uWS implementation; the gateway's tests may plug in any other.
 * - Claude content comes from the Anthropic simulator's generators
 *   (../anthropic.ts, ../synth.ts), so text, `tool_use` and signed thinking
 *   blocks are byte-identical to the first-party simulator's; only the
 *   envelope (path, auth, framing, error shape) differs per cloud.
 * - Faults use the grammar of ../controls.ts (`x-sim-fault`, `x-sim-events`,
 *   `x-sim-pace-ms`, `x-sim-tool`, ...; `?fault=...` suffixes on the model id in
 *   the URL path for SDK clients that cannot add headers; a programmable queue).
 */
import { uws as uWS } from '../../server/uws.ts'; // the native binding or a clear error, never the fallback
import type { HttpRequest, HttpResponse, TemplatedApp, us_listen_socket } from 'uWebSockets.js';
import { ResponseSink, type Header } from '../sink.ts';
import { ControlError, parseFaults, resolveControls, type Controls, type Fault } from '../controls.ts';
import { anthropicMessage, anthropicStreamEvents, pickAnthropicTool, wantsThinking, type AnthropicSynthInput } from '../anthropic.ts';
import { estimateTokens } from '../synth.ts';

export type { Header } from '../sink.ts';

/** One request as a cloud handler sees it. */
export interface CloudRequest {
  /** Upper-case HTTP method. */
  method: string;
  /** Raw (still percent-encoded) URL path without the query string. */
  path: string;
  /** Raw query string without `?`, or ''. */
  query: string;
  /** Request headers, names lowercased; repeated headers joined with `, `. */
  headers: Record<string, string>;
  /** The whole request body. */
  body: Buffer;
}

/** Where a cloud handler writes its response (implemented by ResponseSink for uWS). */
export interface CloudResponse {
  /** Sets status and headers; they go out with the first write or `end`. */
  head(status: number, headers: readonly Header[]): void;
  /** Writes a body chunk; awaits drain under backpressure; false once the response is gone. */
  write(chunk: Uint8Array): Promise<boolean>;
  /** Ends the response with optional final bytes. */
  end(body?: Uint8Array): Promise<void>;
  /** Destroys the connection on purpose (fault injection). */
  close(): void;
  /** Resolves after `ms`, or early once the response is gone. */
  sleep(ms: number): Promise<void>;
  /** True once nothing more may be written. */
  readonly gone: boolean;
}

/** A cloud handler. */
export type CloudHandler = (req: CloudRequest, res: CloudResponse) => Promise<void>;

/** One recorded request (what the simulator received). */
export interface CloudRecordedRequest extends CloudRequest {
  /** The client disconnected before the response was complete. */
  aborted: boolean;
  /** The whole response was handed to the socket. */
  completed: boolean;
}

/** Listener options shared by every `start*Simulator`. */
export interface CloudListenOptions {
  /** Interface to bind; default 127.0.0.1. */
  host?: string;
  /** TCP port; 0 (default) picks a free one. */
  port?: number;
  /** Size of the `requests` ring; default 200. */
  recordLimit?: number;
  /** Largest accepted request body in bytes (413 beyond); default 32 MiB. */
  maxBodyBytes?: number;
}

/** Fault sources beyond headers: the programmable queue and the default fault. */
export class FaultQueue {
  #queue: string[] = [];
  #default: string | null = null;

  /** Queues fault specs (controls.ts grammar), consumed one per authenticated model request. Throws on a malformed spec. */
  push(specs: readonly string[]): void {
    for (const s of specs) parseFaults(s);
    this.#queue.push(...specs);
  }

  /** Sets (or clears with null) the fault used when nothing else names one. Throws on a malformed spec. */
  setDefault(spec: string | null): void {
    if (spec !== null) parseFaults(spec);
    this.#default = spec;
  }

  /**
   * Resolves the controls of one authenticated request, consuming one queue entry.
   * @param headers lowercased request headers (`x-sim-*`)
   * @param model model id carrying optional `?fault=...&events=...` parameters
   * @throws ControlError on malformed control values
   */
  controls(headers: Readonly<Record<string, string>>, model: unknown): Controls {
    return resolveControls(headers, model, this.#queue.shift(), this.#default);
  }

  /** Drops queued faults and the default fault. */
  clear(): void {
    this.#queue = [];
    this.#default = null;
  }
}

/** A running cloud simulator. */
export interface CloudSimulator {
  /** Bound port. */
  port: number;
  /** `http://127.0.0.1:PORT`. */
  url: string;
  /** The last `recordLimit` requests, oldest first (same array for the simulator's life). */
  requests: CloudRecordedRequest[];
  /** Queues fault specs, one per authenticated model request (see FaultQueue). */
  queueFaults(specs: readonly string[]): void;
  /** Sets or clears the default fault. */
  setDefaultFault(spec: string | null): void;
  /** Clears the request record and the faults. */
  reset(): void;
  /** Closes in-flight responses, the listener and its connections. */
  close(): Promise<void>;
}

const EMPTY = Buffer.alloc(0);

/**
 * Serves one cloud handler on its own uWebSockets.js listener (DESIGN.md §5
 * rules: request fields copied synchronously, one onAborted through
 * ResponseSink, corked writes, backpressure).
 * @param handler the cloud handler
 * @param faults the fault queue the handler consults (exposed as queueFaults/setDefaultFault)
 * @param tooLarge answers a body over `maxBodyBytes` in the cloud's error format
 * @param opts host, port, recordLimit, maxBodyBytes
 */
export async function serveCloud(
  handler: CloudHandler,
  faults: FaultQueue,
  tooLarge: (res: CloudResponse) => Promise<void>,
  opts: CloudListenOptions = {},
): Promise<CloudSimulator> {
  const host = opts.host ?? '127.0.0.1';
  const limit = opts.recordLimit ?? 200;
  const maxBody = opts.maxBodyBytes ?? 32 * 1024 * 1024;
  const requests: CloudRecordedRequest[] = [];
  const active = new Set<ResponseSink>();
  const app: TemplatedApp = uWS.App();
  app.any('/*', (res: HttpResponse, req: HttpRequest) => {
    const rec: CloudRecordedRequest = { method: req.getMethod().toUpperCase(), path: req.getUrl(), query: req.getQuery() ?? '', headers: {}, body: EMPTY, aborted: false, completed: false };
    req.forEach((k, v) => {
      const prev = rec.headers[k];
      rec.headers[k] = prev === undefined ? v : `${prev}, ${v}`;
    });
    if (limit > 0) {
      if (requests.length >= limit) requests.shift();
      requests.push(rec);
    }
    const sink: ResponseSink = new ResponseSink(res, (outcome) => {
      active.delete(sink);
      if (outcome === 'aborted') rec.aborted = true;
      else if (outcome === 'completed') rec.completed = true;
    });
    active.add(sink);
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    res.onData((ab, isLast) => {
      if (sink.gone) return;
      if (!over) {
        size += ab.byteLength;
        if (size > maxBody) over = true;
        else chunks.push(Buffer.from(ab.slice(0)));
      }
      if (!isLast) return;
      rec.body = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
      const run = over ? tooLarge(sink) : handler(rec, sink);
      run.catch((e: unknown) => {
        // A handler bug must not hang the client: answer 500 when possible, else reset.
        if (sink.headersSent) sink.close();
        else {
          sink.head(500, [['content-type', 'text/plain']]);
          void sink.end(Buffer.from(`switchyard cloud simulator: internal error: ${e instanceof Error ? e.message : String(e)}`));
        }
      });
    });
  });
  const listen = await new Promise<us_listen_socket>((resolve, reject) => {
    app.listen(host, opts.port ?? 0, (ls) => (ls ? resolve(ls) : reject(new Error(`cloud simulator: cannot listen on ${host}:${opts.port ?? 0}`))));
  });
  const port = uWS.us_socket_local_port(listen as unknown as Parameters<typeof uWS.us_socket_local_port>[0]);
  let closed = false;
  return {
    port,
    url: `http://${host === '0.0.0.0' || host === 'localhost' ? '127.0.0.1' : host}:${port}`,
    requests,
    queueFaults: (specs) => faults.push(specs),
    setDefaultFault: (spec) => faults.setDefault(spec),
    reset: () => {
      requests.length = 0;
      faults.clear();
    },
    close: async () => {
      if (closed) return;
      closed = true;
      for (const s of [...active]) s.closeNow();
      uWS.us_listen_socket_close(listen);
      (app as unknown as { close?: () => void }).close?.();
    },
  };
}

// ------------------------------------------------------------------ plans and the fault-aware writer

/** A response with a complete body. */
export interface JsonPlan {
  kind: 'json';
  status: number;
  headers: Header[];
  body: Buffer;
}

/** A streamed response: frames (SSE events or event-stream messages) and the cloud's mid-stream error frame. */
export interface StreamPlan {
  kind: 'stream';
  status: number;
  headers: Header[];
  frames: Buffer[];
  errorFrame: Buffer;
}

/** What a handler decided to send. */
export type Plan = JsonPlan | StreamPlan;

/** A JSON plan. */
export function jsonPlan(status: number, headers: readonly Header[], body: unknown): JsonPlan {
  return { kind: 'json', status, headers: [['content-type', 'application/json'], ...headers], body: Buffer.from(JSON.stringify(body)) };
}

/** The `status:` fault of a control set, if any. */
export function statusFault(c: Controls): Extract<Fault, { kind: 'status' }> | undefined {
  const f = c.faults.find((x) => x.kind === 'status');
  return f?.kind === 'status' ? f : undefined;
}

/**
 * Writes a plan through `res`, applying the stall/reset/error faults and pacing
 * of controls.ts (`status:` faults are turned into error plans by the caller).
 * Frames go out in one write unless pacing or a fault splits them.
 */
export async function writePlan(res: CloudResponse, plan: Plan, c: Pick<Controls, 'faults' | 'paceMs'>): Promise<void> {
  for (const f of c.faults) if (f.kind === 'stall-ms') await res.sleep(f.ms);
  if (res.gone) return;
  const find = <K extends Fault['kind']>(k: K): Extract<Fault, { kind: K }> | undefined => c.faults.find((f): f is Extract<Fault, { kind: K }> => f.kind === k);
  const resetN = find('reset-after')?.n ?? -1;
  if (resetN === 0) {
    res.close();
    return;
  }
  res.head(plan.status, plan.headers);
  if (plan.kind === 'json') {
    if (resetN > 0) {
      await res.write(plan.body.subarray(0, Math.floor(plan.body.length / 2)));
      res.close();
    } else await res.end(plan.body);
    return;
  }
  const errorFirst = find('error-before-content') !== undefined;
  const frames = errorFirst ? [plan.errorFrame] : plan.frames;
  const total = frames.length;
  const ea = find('error-after');
  const errorAt = !errorFirst && ea ? Math.min(ea.n, total) : -1;
  const sa = find('stall-after');
  const stallAt = sa ? Math.min(sa.n, total) : -1;
  const resetAt = resetN > 0 ? Math.min(resetN, total) : -1;
  let pending: Buffer[] = [];
  const flush = async (): Promise<boolean> => {
    if (pending.length === 0) return !res.gone;
    const buf = Buffer.concat(pending);
    pending = [];
    return res.write(buf);
  };
  for (let i = 0; i <= total; i++) {
    if (i === resetAt) {
      await flush();
      res.close();
      return;
    }
    if (i === errorAt) {
      pending.push(plan.errorFrame);
      if (await flush()) await res.end();
      return;
    }
    if (i === stallAt && sa) {
      if (!(await flush())) return;
      await res.sleep(sa.ms);
      if (res.gone) return;
    }
    if (i === total) break;
    pending.push(frames[i] as Buffer);
    if (c.paceMs > 0 && i < total - 1) {
      if (!(await flush())) return;
      await res.sleep(c.paceMs);
      if (res.gone) return;
    }
  }
  if (await flush()) await res.end();
}

/**
 * Resolves controls, turning a malformed control into `onBadControl`'s answer.
 * @returns the controls, or undefined when the error plan was written
 */
export async function controlsOrError(
  res: CloudResponse,
  faults: FaultQueue,
  req: CloudRequest,
  model: unknown,
  onBadControl: (message: string) => Plan,
): Promise<Controls | undefined> {
  try {
    return faults.controls(req.headers, model);
  } catch (e) {
    if (!(e instanceof ControlError)) throw e;
    await writePlan(res, onBadControl(`switchyard simulator: ${e.message}`), { faults: [], paceMs: 0 });
    return undefined;
  }
}

// ------------------------------------------------------------------ Claude content

/**
 * Default `anthropic-beta` values the Bedrock and Vertex simulators accept — a
 * stand-in for the betas those clouds document for Claude (tests and the
 * gateway's beta tables pass their own lists). Anything else is rejected the way
 * the cloud rejects an unknown beta.
 */
export const CLOUD_CLAUDE_BETAS: readonly string[] = [
  'computer-use-2024-10-22',
  'computer-use-2025-01-24',
  'computer-use-2025-11-24',
  'token-efficient-tools-2025-02-19',
  'interleaved-thinking-2025-05-14',
  'output-128k-2025-02-19',
  'dev-full-thinking-2025-05-14',
  'context-1m-2025-08-07',
  'context-management-2025-06-27',
  'effort-2025-11-24',
  'tool-search-tool-2025-10-19',
  'tool-examples-2025-10-29',
];

type Json = Record<string, unknown>;

/** Whether a value is a plain JSON object. */
export function isObj(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parses a request body as a JSON object; undefined when it is not one. */
export function parseJsonObject(body: Buffer): Json | undefined {
  try {
    const v: unknown = JSON.parse(body.toString('utf8'));
    return isObj(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The synthesis input for a Claude Messages body (same rules as the Anthropic
 * simulator: x-sim-events / max_tokens truncation, tool choice, thinking).
 * @param body the Messages request body (without `model` on Bedrock/Vertex)
 * @param model model name to echo in the response
 * @param id message id (`msg_...`)
 * @param bodyBytes request body size, for the input token estimate
 */
export function claudeInput(body: Json, model: string, id: string, bodyBytes: number, c: Controls): AnthropicSynthInput {
  const mt = body.max_tokens;
  return {
    model,
    id,
    inputTokens: estimateTokens(bodyBytes),
    words: c.events,
    maxTokens: c.eventsExplicit || typeof mt !== 'number' ? undefined : mt,
    tool: pickAnthropicTool(body, c.tool, c.toolInput),
    thinking: wantsThinking(body),
  };
}

/** A complete Claude message (JSON object) from the Anthropic generator. */
export function claudeMessage(inp: AnthropicSynthInput): Json {
  return anthropicMessage(inp);
}

/** The Claude stream as SSE event buffers, exactly as the first-party simulator frames them. */
export function claudeSse(inp: AnthropicSynthInput): Buffer[] {
  return anthropicStreamEvents(inp);
}

/**
 * The Claude stream as event JSON texts (the `data:` line of each SSE event,
 * byte for byte), for clouds that reframe the events (Bedrock event stream).
 */
export function claudeEventJson(inp: AnthropicSynthInput): string[] {
  return anthropicStreamEvents(inp).map((ev) => {
    const text = ev.toString('utf8');
    const line = text.split('\n').find((l) => l.startsWith('data: '));
    return line ? line.slice('data: '.length) : '{}';
  });
}

/** Input token estimate for a count-tokens body (same rule as the Anthropic simulator: ceil(bytes/4)). */
export function countTokens(bytes: number): number {
  return estimateTokens(bytes);
}

/** Checks the fields every Messages body needs; returns the first problem as `[field, expected]`. */
export function missingMessagesField(body: Json, fields: ReadonlyArray<readonly [string, 'array' | 'number']> = [['messages', 'array'], ['max_tokens', 'number']]): string | undefined {
  for (const [name, kind] of fields) {
    const v = body[name];
    if (kind === 'array' ? !Array.isArray(v) : typeof v !== 'number') return name;
  }
  return undefined;
}
