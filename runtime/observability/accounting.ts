/**
 * Usage accounting: one JSON line per finished request, streaming or
 * not, to `logging.usage_sink` — "stdout" (default), "none", or a file path.
 *
 * Record fields (README "Usage records"): request id, caller and its config
 * metadata, model alias, target, provider, route type, ingress/upstream
 * formats, mode, stream, status, error type, token counts (input, output,
 * cache creation, cache read, reasoning), latency and time to first token in
 * milliseconds, attempts/retries/failovers.
 *
 * When the upstream reported no usage, `usage_reported` is false, the token
 * fields are null (never estimated) and `usage_note` says why — from the
 * capability table's statistics limitations (specs/providers/) when the
 * capability carries no usage.
 *
 * A record never holds a header or a key. Prompt text appears only with
 * `logging.log_payloads: true` (the request body, as `request_body`).
 */
import type pino from 'pino';
import { LineWriter, sharedWriter } from './writer.ts';
import type { RequestRecord, Incoming } from '../pipeline.ts';
import type { RuntimeConfig } from '../config/index.ts';
import { findCapability } from '../../generated/capabilities.ts';
import type { RouteType } from '../../generated/routes.ts';
import { recordCost } from '../cost/index.ts';

/** The usage record as written (snake_case, one JSON line). */
export interface UsageRecord {
  type: 'usage';
  /** When the record was written (ISO 8601, UTC, milliseconds). */
  time: string;
  request_id: string;
  caller: string;
  caller_metadata: Record<string, string>;
  model_alias: string | null;
  target: string | null;
  provider: string | null;
  route_type: string;
  ingress_format: string;
  upstream_format: string | null;
  mode: string | null;
  stream: boolean;
  status: number;
  error_type: string | null;
  usage_reported: boolean;
  usage_note?: string;
  input_tokens: number | null;
  output_tokens: number | null;
  cache_creation_tokens: number | null;
  cache_read_tokens: number | null;
  reasoning_tokens: number | null;
  /** USD at the catalog's (or config's) prices; null when unpriced. */
  cost_usd: number | null;
  priced: boolean;
  /** Why the request is unpriced. */
  cost_note?: string;
  latency_ms: number;
  ttft_ms: number | null;
  attempts: number;
  retries: number;
  failovers: number;
  dropped_params?: string[];
  request_body?: unknown;
}

const round = (ms: number) => Math.round(ms * 10) / 10;
/** USD to 10 decimals (no float noise such as 0.30000000000000004). */
const roundUsd = (usd: number) => Math.round(usd * 1e10) / 1e10;

/** Why a record has no usage (null when usage was reported). */
export function usageNote(rec: RequestRecord, cfg: RuntimeConfig | null): string | null {
  if (rec.usage.reported) return null;
  if (!rec.provider) return 'no upstream call was made';
  const p = cfg?.providers.get(rec.provider);
  const cap = p ? findCapability(p.type, rec.routeType as RouteType) : undefined;
  if (cap && !cap.usageReported) return cap.statisticsLimitations[0] ?? `${rec.routeType} on ${p?.type} reports no usage`;
  if (rec.status >= 400 || rec.errorType) return 'the request failed; the upstream reported no usage';
  return 'the upstream response carried no usage';
}

/**
 * Builds the usage record of one request. Keys are added in one fixed order
 * (the optional ones in their place), never by spreading, so that every record
 * of a kind has the same hidden class and serialises on JSON.stringify's fast path.
 * @param time the record's `time` (default: now)
 */
export function usageRecord(rec: RequestRecord, req: Pick<Incoming, 'body'>, cfg: RuntimeConfig | null, logPayloads = false, time = isoNow()): UsageRecord {
  const u = rec.usage;
  const reported = u.reported;
  const note = usageNote(rec, cfg);
  const cost = cfg ? recordCost(cfg, rec) : (rec.cost ?? { priced: false as const, reason: 'no config' });
  const out = {
    type: 'usage',
    time,
    request_id: rec.id,
    caller: rec.caller,
    caller_metadata: rec.callerMetadata,
    model_alias: rec.alias,
    target: rec.target,
    provider: rec.provider,
    route_type: rec.routeType,
    ingress_format: rec.ingressFormat,
    upstream_format: rec.upstreamFormat,
    mode: rec.mode,
    stream: rec.stream,
    status: rec.status,
    error_type: rec.errorType,
    usage_reported: reported,
  } as UsageRecord;
  if (note) out.usage_note = note;
  out.input_tokens = reported ? u.input : null;
  out.output_tokens = reported ? u.output : null;
  out.cache_creation_tokens = reported ? u.cacheCreation : null;
  out.cache_read_tokens = reported ? u.cacheRead : null;
  out.reasoning_tokens = reported ? u.reasoning : null;
  out.cost_usd = cost.priced ? roundUsd(cost.usd) : null;
  out.priced = cost.priced;
  if (!cost.priced) out.cost_note = note ?? cost.reason;
  out.latency_ms = round(rec.latencyMs);
  out.ttft_ms = rec.ttftMs === null ? null : round(rec.ttftMs);
  out.attempts = rec.attempts;
  out.retries = rec.retries ?? Math.max(0, rec.attempts - 1 - rec.failovers);
  out.failovers = rec.failovers;
  if (rec.droppedParams.length) out.dropped_params = rec.droppedParams;
  if (logPayloads && req.body.length) {
    const text = req.body.toString('utf8');
    try {
      out.request_body = JSON.parse(text);
    } catch {
      out.request_body = text;
    }
  }
  return out;
}

let isoMs = -1;
let isoText = '';
/** `new Date().toISOString()`, formatted once per millisecond (several records share a millisecond under load). */
function isoNow(): string {
  const ms = Date.now();
  if (ms !== isoMs) {
    isoMs = ms;
    isoText = new Date(ms).toISOString();
  }
  return isoText;
}

export interface UsageLog {
  /** "stdout", "none" or the file path. */
  readonly sink: string;
  write(rec: RequestRecord, req: Incoming): void;
  /** Flushes and closes the sink (file sinks). */
  close(): void;
}

/**
 * Opens the usage sink.
 * @param destination overrides `logging.usage_sink` (tests capture records this way)
 */
export function createUsageLog(cfg: RuntimeConfig, getCfg: () => RuntimeConfig = () => cfg, destination?: pino.DestinationStream): UsageLog {
  const sink = destination ? '(custom)' : cfg.logging.usageSink;
  if (sink === 'none') return { sink, write: () => undefined, close: () => undefined };
  // One JSON line per record, built with a single JSON.stringify and written in
  // batches (runtime/observability/writer.ts; pino cost ~14 µs per record here).
  // Same bytes as the pino logger this replaced: {"type":"usage","time":ISO,...fields}\n (`time` is the record's second key).
  const writer = destination ? null : sink === 'stdout' ? sharedWriter(1) : new LineWriter(sink);
  const out: { write(line: string): unknown } = destination ?? (writer as LineWriter);
  return {
    sink,
    write(rec, req) {
      const c = getCfg();
      out.write(JSON.stringify(usageRecord(rec, req, c, c.logging.logPayloads)) + '\n');
    },
    close() {
      if (sink === 'stdout') writer?.flushSync(); // shared with the rest of the thread: never closed
      else writer?.close();
    },
  };
}
