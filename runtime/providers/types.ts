/**
 * The provider adapter seam: what a provider needs beyond its spec file.
 *
 * A provider is its spec (specs/providers/<type>.ts: base URL, auth header,
 * version header, request-id header, native wire format, capabilities, model
 * catalog, `dialect`) plus, only where the spec cannot say it, an adapter
 * module runtime/providers/<type>.ts whose default export implements some of
 * the named hooks below. `npm run gen` registers every adapter module it finds
 * (generated/adapters.ts) and fails for a module without a spec. A provider
 * without a module gets the default behaviour of every hook.
 *
 * ## How to add a provider
 * 1. Add specs/providers/<type>.ts (default export: its ProviderSpec; the
 *    file name is the type, and becomes a value of `providers.<name>.type`).
 *    Put data-describable quirks in its `dialect` (specs/capability.ts).
 * 2. Only if the spec cannot say it, add runtime/providers/<type>.ts:
 *    `export default { ...hooks } satisfies ProviderAdapter;` — no
 *    provider-name conditional anywhere else.
 * 3. `npm run gen`, then a simulator module for it (runtime/simulator/) and
 *    the conformance suite covers it.
 *
 * ## Order of the hooks for one upstream attempt
 *   body (nativeBody | translatedBody) → url → authenticate → send
 *   → (error status) normalizeError → relay
 *   → (stream) streamFraming decodes bytes into SSE of the native format,
 *     which the prelude, usage extraction and relay all read.
 * `authenticate` runs last, when body bytes, path and query are final, so a
 * request-signing scheme (AWS SigV4: hash of the body, canonical path and
 * query) can plug in there; it may be async.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { RouteType } from '../../generated/routes.ts';
import type { ProviderRuntime } from '../config/index.ts';

/** One upstream request as the hooks see it; hooks change it in place. */
export interface UpstreamRequest {
  method: 'GET' | 'POST' | 'DELETE';
  /** Path below the provider's base URL path (the capability's `upstreamPath`, plus a batch id suffix). */
  path: string;
  /** Query string without `?`; '' for none. */
  query: string;
  /** Request headers (lower-case names); the provider key is already set unless the adapter has `authenticate`. */
  headers: Record<string, string>;
  /** Final body bytes (after `nativeBody` / `translatedBody`); null for GET/DELETE. */
  body: Buffer | string | null;
}

/** What an attempt is about, for the hooks. */
export interface AdapterContext {
  readonly provider: ProviderRuntime;
  readonly routeType: RouteType;
  /** The upstream model id; null for calls without one (batch list, retrieve, …). */
  readonly model: string | null;
  /** The caller asked for a stream. */
  readonly stream: boolean;
  /** passthrough: the ingress format is the provider's native format; transcode: translated. */
  readonly mode: 'passthrough' | 'transcode';
  /**
   * The caller's `anthropic-beta` values this upstream accepts, renamed where
   * its spec says (runtime/providers/betas.ts); empty when none. A provider
   * whose spec `betas.transport` is `body` puts them into its body envelope.
   */
  readonly betas: readonly string[];
}

/** Decodes a non-SSE stream framing into SSE bytes of the provider's native format. */
export interface StreamFramingDecoder {
  /** One upstream chunk → SSE bytes (possibly empty: a frame may span chunks). */
  push(chunk: Buffer): Buffer;
  /** Upstream EOF → the remaining SSE bytes. A partial frame left over is an error: throw. */
  end(): Buffer;
}

/** An upstream error answer after normalisation. */
export interface NormalizedError {
  status: number;
  /** A body in the provider's native format's error envelope. */
  body: Buffer | string;
}

/** What the adapter's `configure` hook returns at config load. */
export interface ProviderConfigCheck {
  /** Config errors, each naming `providers.<name>.<setting>` (start-up fails). */
  problems: string[];
  /** Config warnings (start-up goes on). With a `configure` hook, the generic "no api_key" warning is the hook's to give. */
  warnings: string[];
  /** The default base URL when it depends on a setting (Vertex: the region's host); used when `base_url` is not set. */
  defaultBaseUrl?: string;
}

/** The provider entry as `configure` sees it (before the ProviderRuntime exists). */
export interface ProviderConfigInput {
  readonly name: string;
  /** Provider-specific settings, defaults applied. */
  readonly options: Readonly<Record<string, string>>;
  /** Stored provider keys (`api_key` / `api_keys`). */
  readonly keys: readonly string[];
  readonly callerKeys: 'stored' | 'passthrough';
  readonly simulated: boolean;
}

/** The named hooks (all optional). */
export interface ProviderAdapter {
  /**
   * Config load: checks the provider-specific settings (required ones, files,
   * URLs) and derives what depends on them (the default base URL). Runs once
   * per config load, never per request.
   */
  configure?(p: ProviderConfigInput): ProviderConfigCheck;
  /**
   * URL template: rewrite `req.path` / `req.query` — model in the path
   * (`/openai/deployments/{model}/chat/completions`), a stream variant
   * (`…:streamGenerateContent`), query parameters such as `api-version`.
   * Default: the capability's `upstreamPath`, with `{model}` replaced by the
   * URL-encoded upstream model when present.
   */
  url?(req: UpstreamRequest, ctx: AdapterContext): void;
  /**
   * Body envelope on a native route: the byte-patched caller body → what is
   * sent (fields removed, added or moved, e.g. `model` moved into the path,
   * a header value moved into the body). Default: unchanged.
   */
  nativeBody?(body: Buffer, ctx: AdapterContext): Buffer | string;
  /** Body envelope on a translated route: the transcoder's body → what is sent. Default: unchanged. */
  translatedBody?(body: Record<string, unknown>, ctx: AdapterContext): Record<string, unknown>;
  /**
   * Authentication once body, path and query are final: set the credential
   * headers from `key` (null: none configured). Default: the spec's `auth`
   * header and prefix (none when the spec says `auth: null`). May be async
   * (request signing).
   */
  authenticate?(req: UpstreamRequest, key: string | null, ctx: AdapterContext): void | Promise<void>;
  /**
   * Stream framing other than SSE (e.g. AWS event-stream): responses whose
   * content-type starts with `contentType` are decoded into SSE of the native
   * format before the prelude, usage extraction and relay see them.
   */
  streamFraming?: { readonly contentType: string; create(ctx: AdapterContext): StreamFramingDecoder };
  /**
   * A successful complete (JSON) answer → the native format's response body,
   * for an upstream whose answer differs from its native format's (e.g.
   * Bedrock CountTokens `{"inputTokens"}` → `{"input_tokens"}`). Default:
   * unchanged. Runs before passthrough relay and before the transcoder.
   */
  responseBody?(body: Buffer, ctx: AdapterContext): Buffer;
  /**
   * Upstream error normalisation: a provider-specific error answer → the
   * native format's error envelope (status may change, e.g. a 200 carrying an
   * error). Default: unchanged. Runs before passthrough relay and before the
   * transcoder's `mapError`, and before the retry decision: a hook may add a
   * retry hint the provider sends elsewhere (e.g. Gemini's RetryInfo) to
   * `headers` as `retry-after-ms`.
   */
  normalizeError?(status: number, body: Buffer, headers: IncomingHttpHeaders): NormalizedError;
}
