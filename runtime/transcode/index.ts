/**
 * Transcoder selection: one exhaustive table keyed by (ingress format,
 * upstream format). Same-format pairs are passthrough (no transcoder, never
 * through the IR); every cross-format pair is composed from the two formats'
 * mappers (runtime/formats/<format>/mapper.ts) through the translation IR
 * (runtime/translate/). Adding a Format makes MAPPERS fail to typecheck until
 * its mapper is listed.
 */
import type { Format, RouteType } from '../../generated/routes.ts';
import { GatewayError } from '../errors.ts';
import { anthropicMessagesMapper } from '../formats/anthropic-messages/mapper.ts';
import { geminiMapper } from '../formats/gemini/mapper.ts';
import { openaiChatMapper } from '../formats/openai-chat/mapper.ts';
import { openaiResponsesMapper } from '../formats/openai-responses/mapper.ts';
import { composeCountTranscoder, composeTranscoder } from '../translate/compose.ts';
import type { FormatMapper } from '../translate/core.ts';
import type { Transcoder } from './types.ts';

export type { MappedError, MappedRequest, MappedResponse, RequestContext, StreamTranscoder, Transcoder } from './types.ts';

/** The mapper of each wire format. */
export const MAPPERS: { readonly [F in Format]: FormatMapper } = {
  'openai-chat': openaiChatMapper,
  'anthropic-messages': anthropicMessagesMapper,
  'openai-responses': openaiResponsesMapper,
  gemini: geminiMapper,
};

const FORMATS = Object.keys(MAPPERS) as Format[];

/** `TRANSCODERS[ingress][upstream]`; null = same format (passthrough). Built once at load. */
export const TRANSCODERS: { readonly [I in Format]: { readonly [U in Format]: Transcoder | null } } = Object.fromEntries(
  FORMATS.map((i) => [i, Object.fromEntries(FORMATS.map((u) => [u, i === u ? null : composeTranscoder(MAPPERS[i], MAPPERS[u])]))]),
) as { readonly [I in Format]: { readonly [U in Format]: Transcoder | null } };

/** Count-tokens transcoders (llm/v1/count_tokens) of the pairs whose formats both count (FormatMapper `count`). */
export const COUNT_TRANSCODERS: { readonly [I in Format]: { readonly [U in Format]: Transcoder | null } } = Object.fromEntries(
  FORMATS.map((i) => [i, Object.fromEntries(FORMATS.map((u) => [u, i === u ? null : composeCountTranscoder(MAPPERS[i], MAPPERS[u])]))]),
) as { readonly [I in Format]: { readonly [U in Format]: Transcoder | null } };

/**
 * The transcoder for (ingress, upstream) and a route type (chat, or token
 * counting). Throws a GatewayError (500, not exposed) for a pair without one —
 * including same-format pairs, which the pipeline must route as passthrough instead.
 */
export function selectTranscoder(ingress: Format, upstream: Format, routeType: RouteType = 'llm/v1/chat'): Transcoder {
  const table = routeType === 'llm/v1/count_tokens' ? COUNT_TRANSCODERS : TRANSCODERS;
  const t = (table as Partial<Record<string, Partial<Record<string, Transcoder | null>>>>)[ingress]?.[upstream];
  if (!t) throw new GatewayError('api_error', `No transcoder for ${ingress} → ${upstream}.`, { expose: false });
  return t;
}
