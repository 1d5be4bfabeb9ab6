/**
 * Usage extraction on passthrough routes, reading no more of the response
 * than accounting needs.
 *
 * - Anthropic SSE: only `message_start` and `message_delta` data are decoded and
 *   JSON-parsed (usage in message_delta is cumulative and replaces, field by
 *   field); other events are skipped by name without decoding their data.
 * - OpenAI SSE: only data lines whose bytes contain `"usage"` are decoded, and
 *   parsed when they hold `"usage":{` (the `stream_options.include_usage` chunk).
 * - JSON bodies: the `usage` object of the response.
 *
 * Source: Anthropic streaming doc (message_start / message_delta usage);
 * OpenAI Chat Completions streaming (`stream_options.include_usage`).
 */
import { SseParser } from '../sse/parser.ts';
import { anthropicUsageInto, openaiUsageToNeutral } from '../transcode/common.ts';
import { emptyUsage, type Usage } from '../usage.ts';
import type { Format } from '../../generated/routes.ts';

/** What the upstream said about its answer (OpenTelemetry `gen_ai.response.*`); fields absent when not seen. */
export interface ResponseMeta {
  id?: string;
  model?: string;
  finishReasons?: string[];
}

export interface UsageSniffer {
  push(chunk: Buffer): void;
  readonly usage: Usage;
  /** id and model (Anthropic message_start, OpenAI usage chunk) and the stop / finish reason. */
  readonly meta: ResponseMeta;
}

/** Response id, model and finish reasons of a parsed upstream answer (either format). */
export function responseMetaOf(format: Format, v: unknown, into: ResponseMeta = {}): ResponseMeta {
  if (!v || typeof v !== 'object') return into;
  const o = v as { id?: unknown; model?: unknown; stop_reason?: unknown; choices?: unknown };
  if (typeof o.id === 'string') into.id = o.id;
  if (typeof o.model === 'string') into.model = o.model;
  if (format === 'anthropic-messages') {
    if (typeof o.stop_reason === 'string') into.finishReasons = [o.stop_reason];
  } else if (Array.isArray(o.choices)) {
    const r = o.choices.map((c) => (c as { finish_reason?: unknown } | null)?.finish_reason).filter((x): x is string => typeof x === 'string');
    if (r.length) into.finishReasons = r;
  }
  return into;
}

const MESSAGE_START = Buffer.from('message_start');
const MESSAGE_DELTA = Buffer.from('message_delta');
/** `event:` name bytes are message_start or message_delta (same length: one compare each). */
const wantAnthropicEvent = (line: Buffer, start: number, end: number) =>
  end - start === MESSAGE_START.length && (line.compare(MESSAGE_START, 0, MESSAGE_START.length, start, end) === 0 || line.compare(MESSAGE_DELTA, 0, MESSAGE_DELTA.length, start, end) === 0);
const USAGE_BYTES = Buffer.from('"usage"');
const FINISH_BYTES = Buffer.from('"finish_reason":"');
/** OpenAI data lines worth decoding: the usage chunk and the chunk that carries a finish reason. */
const mentionsUsage = (line: Buffer, start: number, end: number) => {
  if (end - start < USAGE_BYTES.length) return false;
  const d = line.subarray(start, end);
  return d.indexOf(USAGE_BYTES) !== -1 || d.indexOf(FINISH_BYTES) !== -1;
};

/** A sniffer for a passthrough SSE stream in the given upstream format. */
export function createUsageSniffer(format: Format): UsageSniffer {
  let usage = emptyUsage();
  const meta: ResponseMeta = {};
  const parser = new SseParser(
    format === 'anthropic-messages'
      ? (event, data) => {
          if (event === 'message_start') {
            try {
              const m = (JSON.parse(data) as { message?: { usage?: unknown } }).message;
              anthropicUsageInto(usage, m?.usage);
              responseMetaOf('anthropic-messages', m, meta);
            } catch { /* not JSON */ }
          } else if (event === 'message_delta') {
            try {
              const d = JSON.parse(data) as { usage?: unknown; delta?: { stop_reason?: unknown } };
              anthropicUsageInto(usage, d.usage);
              if (typeof d.delta?.stop_reason === 'string') meta.finishReasons = [d.delta.stop_reason];
            } catch { /* not JSON */ }
          }
        }
      : (_event, data) => {
          const hasUsage = data.includes('"usage":{') || data.includes('"usage": {');
          if (!hasUsage && !data.includes('"finish_reason":"')) return;
          try {
            const v = JSON.parse(data) as { usage?: unknown };
            if (hasUsage) usage = openaiUsageToNeutral(v.usage);
            responseMetaOf('openai-chat', v, meta); // the usage chunk has no choices: earlier finish reasons stay
          } catch { /* not JSON */ }
        },
    // Only the events above are decoded; the others are skipped on their bytes.
    format === 'anthropic-messages' ? { wantEvent: wantAnthropicEvent } : { wantData: mentionsUsage },
  );
  return {
    push: (c) => parser.push(c),
    get usage() { return usage; },
    meta,
  };
}

/** Usage from a complete JSON response body (passthrough). Unreported when absent. `meta` receives id, model and finish reasons. */
export function usageFromJson(format: Format, body: Buffer, meta?: ResponseMeta): Usage {
  try {
    const v = JSON.parse(body.toString('utf8')) as { usage?: unknown };
    if (meta) responseMetaOf(format, v, meta);
    if (!v || typeof v !== 'object' || !('usage' in v)) return emptyUsage();
    return format === 'anthropic-messages' ? anthropicUsageInto(emptyUsage(), v.usage) : openaiUsageToNeutral(v.usage);
  } catch {
    return emptyUsage();
  }
}
