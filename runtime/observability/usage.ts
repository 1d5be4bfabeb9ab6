/**
 * Usage extraction on passthrough routes: the upstream format's codec reads
 * no more of the response than accounting needs (runtime/formats/<format>/:
 * `usageSniffer` for SSE, `usageFromJson` for JSON bodies), and the response
 * id, model and finish reasons OpenTelemetry reports (`responseMeta`).
 */
import type { Format } from '../../generated/routes.ts';
import { codecFor, type ResponseMeta, type UsageSniffer } from '../formats/index.ts';
import type { Usage } from '../usage.ts';

export type { ResponseMeta, UsageSniffer } from '../formats/index.ts';

/** A sniffer for a passthrough SSE stream in the given upstream format. */
export function createUsageSniffer(format: Format): UsageSniffer {
  return codecFor(format).usageSniffer();
}

/** Usage from a complete JSON response body (passthrough). Unreported when absent. `meta` receives id, model and finish reasons. */
export function usageFromJson(format: Format, body: Buffer, meta?: ResponseMeta): Usage {
  return codecFor(format).usageFromJson(body, meta);
}

/** Response id, model and finish reasons of a parsed upstream answer in `format`. */
export function responseMetaOf(format: Format, v: unknown, into: ResponseMeta = {}): ResponseMeta {
  return codecFor(format).responseMeta(v, into);
}
