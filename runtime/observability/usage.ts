/**
 * Usage extraction on passthrough routes: the upstream format's codec reads
 * no more of the response than accounting needs (runtime/formats/<format>/:
 * `usageSniffer` for SSE, `usageFromJson` for JSON bodies).
 */
import type { Format } from '../../generated/routes.ts';
import { codecFor, type UsageSniffer } from '../formats/index.ts';
import type { Usage } from '../usage.ts';

export type { UsageSniffer } from '../formats/index.ts';

/** A sniffer for a passthrough SSE stream in the given upstream format. */
export function createUsageSniffer(format: Format): UsageSniffer {
  return codecFor(format).usageSniffer();
}

/** Usage from a complete JSON response body (passthrough). Unreported when absent. */
export function usageFromJson(format: Format, body: Buffer): Usage {
  return codecFor(format).usageFromJson(body);
}
