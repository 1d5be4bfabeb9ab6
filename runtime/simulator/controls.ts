/**
 * Simulator controls: how a request chooses its response and its faults.
 *
 * Sources, highest precedence first:
 * 1. the simulator's programmable fault queue (`sim.queueFaults`), one entry per request;
 * 2. request headers `x-sim-*`;
 * 3. the request body's `model` (`fixture:<path>` prefix and/or a `?k=v&...` suffix),
 *    so SDK clients that cannot add headers can still drive the simulator;
 * 4. the simulator's default fault (`sim.setDefaultFault`).
 *
 * Fault grammar (header `x-sim-fault`, model `?fault=`, queue entries, default fault):
 * ```
 * faults := fault ("," fault)*
 * fault  := "status:" CODE [":" RETRY_AFTER_SECONDS]
 *         | "error-after:" N         SSE: N events, then the provider's mid-stream error, end
 *         | "reset-after:" N         N events (0 = before headers), then destroy the connection
 *         | "stall-ms:" MS           wait MS before sending headers
 *         | "stall-after:" N ":" MS  wait MS after N events
 *         | "error-before-content"   HTTP 200 SSE whose first event is the error event
 *         | "none"                   no fault (overrides lower-precedence sources)
 * ```
 * "events" are SSE events of any type (message_start, ping, deltas, ... / chunks, [DONE]).
 * Counts past the end clamp to the end (`error-after:999` = whole stream, then the error).
 * uWS sends the status line and headers together with the first body bytes, so
 * `stall-after:0:MS` delays the headers just like `stall-ms:MS`.
 * Non-SSE (JSON) responses: `reset-after:0` closes before headers, `reset-after:N>0`
 * sends the headers and half the body, then closes; `error-after` / `stall-after` /
 * `error-before-content` do not apply. A `status:` fault wins over everything but `stall-ms`.
 *
 * Other controls: `x-sim-events: N` (model `?events=N`; default 8 text deltas; an
 * explicit count overrides the request's max_tokens), `x-sim-pace-ms: M` (model
 * `?pace-ms=M`; default 0 = one write), `x-sim-tool: NAME` (model `?tool=NAME`),
 * `x-sim-tool-input: <json>`, `x-sim-retry-after: S` (429 retry-after, default 1),
 * `x-sim-batch-ms: MS` (batch processing time), `x-sim-fixture: <path>` (model `fixture:<path>`),
 * `x-sim-error-message: TEXT` (message of the mid-stream error event of `error-after` /
 * `error-before-content`, e.g. an upstream that echoes a key there).
 */

/** One parsed fault. */
export type Fault =
  | { kind: 'status'; status: number; retryAfter?: number }
  | { kind: 'error-after'; n: number }
  | { kind: 'reset-after'; n: number }
  | { kind: 'stall-ms'; ms: number }
  | { kind: 'stall-after'; n: number; ms: number }
  | { kind: 'error-before-content' };

/** Thrown for a malformed control value; the simulator answers 400 in the provider's format. */
export class ControlError extends Error {}

function int(s: string | undefined, what: string, min = 0): number {
  if (s === undefined || !/^\d+$/.test(s)) throw new ControlError(`${what}: expected a non-negative integer, got ${JSON.stringify(s ?? '')}`);
  const n = Number(s);
  if (n < min) throw new ControlError(`${what}: must be >= ${min}`);
  return n;
}

/**
 * Parses a fault list (grammar in the module docblock).
 * @returns the faults; `[]` for `"none"` or an empty string
 * @throws ControlError on malformed input
 */
export function parseFaults(spec: string): Fault[] {
  const out: Fault[] = [];
  for (const raw of spec.split(',')) {
    const item = raw.trim();
    if (item === '' || item === 'none') continue;
    const parts = item.split(':');
    const name = parts[0];
    switch (name) {
      case 'status': {
        const status = int(parts[1], 'status', 100);
        if (status > 599) throw new ControlError('status: must be 100..599');
        const f: Fault = { kind: 'status', status };
        if (parts[2] !== undefined) f.retryAfter = int(parts[2], 'status retry-after');
        out.push(f);
        break;
      }
      case 'error-after':
        out.push({ kind: 'error-after', n: int(parts[1], 'error-after') });
        break;
      case 'reset-after':
        out.push({ kind: 'reset-after', n: int(parts[1], 'reset-after') });
        break;
      case 'stall-ms':
        out.push({ kind: 'stall-ms', ms: int(parts[1], 'stall-ms') });
        break;
      case 'stall-after':
        out.push({ kind: 'stall-after', n: int(parts[1], 'stall-after N'), ms: int(parts[2], 'stall-after MS') });
        break;
      case 'error-before-content':
        out.push({ kind: 'error-before-content' });
        break;
      default:
        throw new ControlError(`unknown fault ${JSON.stringify(item)}`);
    }
  }
  return out;
}

/** Everything that steers one simulated response. */
export interface Controls {
  /** Fixture path relative to the fixtures dir, or undefined to synthesize. */
  fixture: string | undefined;
  /** Faults to apply (possibly empty). */
  faults: Fault[];
  /** Number of text-delta events (and words) to synthesize; default 8. */
  events: number;
  /**
   * Whether `events` was set explicitly (x-sim-events / model `?events=`). An
   * explicit count wins over the request's max_tokens; the default count is
   * truncated by max_tokens (stop_reason max_tokens / finish_reason length).
   */
  eventsExplicit: boolean;
  /** Delay between SSE events in ms; 0 writes everything at once. */
  paceMs: number;
  /** Tool the response must call, if any (still requires tools in the request unless forced by header). */
  tool: string | undefined;
  /** Explicit tool input (JSON value) for a synthesized tool call. */
  toolInput: unknown;
  /** `retry-after` seconds for a 429 (default 1). */
  retryAfter: number | undefined;
  /** Message Batches processing time in ms (default 0: ended on the next read). */
  batchMs: number;
}

/** Default number of synthesized text deltas. */
export const DEFAULT_EVENTS = 8;

/** Splits a model id into its base, `fixture:` path and `?k=v` parameters. */
export function parseModel(model: unknown): { base: string | undefined; fixture: string | undefined; params: URLSearchParams } {
  if (typeof model !== 'string') return { base: undefined, fixture: undefined, params: new URLSearchParams() };
  const q = model.indexOf('?');
  let base = q >= 0 ? model.slice(0, q) : model;
  const params = new URLSearchParams(q >= 0 ? model.slice(q + 1) : '');
  let fixture: string | undefined;
  if (base.startsWith('fixture:')) {
    fixture = base.slice('fixture:'.length);
    base = fixture;
  }
  return { base, fixture, params };
}

/**
 * Resolves the controls for one request.
 * @param headers lowercased request headers
 * @param model the body's `model` field (any type; ignored unless a string)
 * @param queued the fault-queue entry consumed by this request, if any
 * @param defaultFault the simulator's default fault spec, if any
 * @throws ControlError on malformed header/model values
 */
export function resolveControls(
  headers: Readonly<Record<string, string>>,
  model: unknown,
  queued: string | undefined,
  defaultFault: string | null,
): Controls {
  const m = parseModel(model);
  const pick = (header: string, param: string): string | undefined => {
    const h = headers[header];
    if (h !== undefined && h !== '') return h;
    const p = m.params.get(param);
    return p === null ? undefined : p;
  };
  const faultSpec = queued ?? pick('x-sim-fault', 'fault') ?? defaultFault ?? '';
  const eventsRaw = pick('x-sim-events', 'events');
  const paceRaw = pick('x-sim-pace-ms', 'pace-ms');
  const retryRaw = headers['x-sim-retry-after'];
  const toolInputRaw = headers['x-sim-tool-input'];
  let toolInput: unknown;
  if (toolInputRaw !== undefined && toolInputRaw !== '') {
    try {
      toolInput = JSON.parse(toolInputRaw);
    } catch {
      throw new ControlError('x-sim-tool-input: not valid JSON');
    }
  }
  return {
    fixture: headers['x-sim-fixture'] || m.fixture,
    faults: parseFaults(faultSpec),
    events: eventsRaw === undefined ? DEFAULT_EVENTS : int(eventsRaw, 'x-sim-events'),
    eventsExplicit: eventsRaw !== undefined,
    paceMs: paceRaw === undefined ? 0 : int(paceRaw, 'x-sim-pace-ms'),
    tool: pick('x-sim-tool', 'tool'),
    toolInput,
    retryAfter: retryRaw === undefined || retryRaw === '' ? undefined : int(retryRaw, 'x-sim-retry-after'),
    batchMs: headers['x-sim-batch-ms'] ? int(headers['x-sim-batch-ms'], 'x-sim-batch-ms') : 0,
  };
}
