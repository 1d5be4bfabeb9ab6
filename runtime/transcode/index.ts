/**
 * Transcoder selection: one exhaustive table keyed by (ingress format,
 * upstream format). Same-format pairs are passthrough (no transcoder); an
 * unknown pair is an error. Adding a Format makes this table fail to
 * typecheck until the new rows are filled.
 */
import type { Format } from '../../generated/routes.ts';
import { GatewayError } from '../errors.ts';
import { anthropicMessagesToOpenAIChat } from './anthropic-messages__openai-chat.ts';
import { openaiChatToAnthropicMessages } from './openai-chat__anthropic-messages.ts';
import type { Transcoder } from './types.ts';

export type { MappedError, MappedRequest, MappedResponse, RequestContext, StreamTranscoder, Transcoder } from './types.ts';

/** `TRANSCODERS[ingress][upstream]`; null = same format (passthrough). */
export const TRANSCODERS: { readonly [I in Format]: { readonly [U in Format]: Transcoder | null } } = {
  'openai-chat': { 'openai-chat': null, 'anthropic-messages': openaiChatToAnthropicMessages },
  'anthropic-messages': { 'anthropic-messages': null, 'openai-chat': anthropicMessagesToOpenAIChat },
};

/**
 * The transcoder for (ingress, upstream). Throws a GatewayError (500, not
 * exposed) for a pair without one — including same-format pairs, which the
 * pipeline must route as passthrough instead.
 */
export function selectTranscoder(ingress: Format, upstream: Format): Transcoder {
  const t = (TRANSCODERS as Partial<Record<string, Partial<Record<string, Transcoder | null>>>>)[ingress]?.[upstream];
  if (!t) throw new GatewayError('api_error', `No transcoder for ${ingress} → ${upstream}.`, { expose: false });
  return t;
}
