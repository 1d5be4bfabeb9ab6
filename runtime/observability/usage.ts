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

export interface UsageSniffer {
  push(chunk: Buffer): void;
  readonly usage: Usage;
}

const MESSAGE_START = Buffer.from('message_start');
const MESSAGE_DELTA = Buffer.from('message_delta');
/** `event:` name bytes are message_start or message_delta (same length: one compare each). */
const wantAnthropicEvent = (line: Buffer, start: number, end: number) =>
  end - start === MESSAGE_START.length && (line.compare(MESSAGE_START, 0, MESSAGE_START.length, start, end) === 0 || line.compare(MESSAGE_DELTA, 0, MESSAGE_DELTA.length, start, end) === 0);
const USAGE_BYTES = Buffer.from('"usage"');
const mentionsUsage = (line: Buffer, start: number, end: number) => end - start >= USAGE_BYTES.length && line.subarray(start, end).indexOf(USAGE_BYTES) !== -1;

/** A sniffer for a passthrough SSE stream in the given upstream format. */
export function createUsageSniffer(format: Format): UsageSniffer {
  let usage = emptyUsage();
  const parser = new SseParser(
    format === 'anthropic-messages'
      ? (event, data) => {
          if (event === 'message_start') {
            try { anthropicUsageInto(usage, (JSON.parse(data) as { message?: { usage?: unknown } }).message?.usage); } catch { /* not JSON */ }
          } else if (event === 'message_delta') {
            try { anthropicUsageInto(usage, (JSON.parse(data) as { usage?: unknown }).usage); } catch { /* not JSON */ }
          }
        }
      : (_event, data) => {
          if (data.includes('"usage":{') || data.includes('"usage": {')) {
            try { usage = openaiUsageToNeutral((JSON.parse(data) as { usage?: unknown }).usage); } catch { /* not JSON */ }
          }
        },
    // Only the events above are decoded; the others are skipped on their bytes.
    format === 'anthropic-messages' ? { wantEvent: wantAnthropicEvent } : { wantData: mentionsUsage },
  );
  return {
    push: (c) => parser.push(c),
    get usage() { return usage; },
  };
}

/** Usage from a complete JSON response body (passthrough). Unreported when absent. */
export function usageFromJson(format: Format, body: Buffer): Usage {
  try {
    const v = JSON.parse(body.toString('utf8')) as { usage?: unknown };
    if (!v || typeof v !== 'object' || !('usage' in v)) return emptyUsage();
    return format === 'anthropic-messages' ? anthropicUsageInto(emptyUsage(), v.usage) : openaiUsageToNeutral(v.usage);
  } catch {
    return emptyUsage();
  }
}
