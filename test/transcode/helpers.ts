/**
 * Shared test helpers for the transcoder suites: fixture lookup (the project's
 * recordings, runtime/simulator/recordings/), stream feeding (whole /
 * one byte at a time) and SSE output grammar checks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSse, type SseEvent } from '../../runtime/sse/parser.ts';
import type { MappedRequest, RequestContext, StreamTranscoder } from '../../runtime/transcode/types.ts';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const FIXTURES = resolve(ROOT, 'runtime/simulator/recordings');

export function fixturePath(rel: string): string {
  return join(FIXTURES, rel);
}
export function fixture(rel: string): Buffer {
  return readFileSync(fixturePath(rel));
}
export function fixtureJson(rel: string): unknown {
  return JSON.parse(fixture(rel).toString('utf8')) as unknown;
}
/** Fixture files in `dir` whose name ends with `suffix`, as paths relative to FIXTURES. */
export function listFixtures(dir: string, suffix: string): string[] {
  return readdirSync(join(FIXTURES, dir))
    .filter((f) => f.endsWith(suffix))
    .sort()
    .map((f) => `${dir}/${f}`);
}

export function ctx(over: Partial<RequestContext> = {}): RequestContext {
  return { alias: 'my-alias', upstreamModel: 'upstream-model', unsupportedParams: 'reject', defaultMaxTokens: 4096, dialect: {}, now: () => 1_700_000_000_000, ...over };
}

export function mapped(over: Partial<MappedRequest> = {}): MappedRequest {
  return { body: {}, headers: {}, dropped: [], stream: true, includeUsage: false, syntheticJsonTool: null, ...over };
}

/** Feeds the whole body as one chunk, then end(). */
export function runWhole(s: StreamTranscoder, body: Buffer): string {
  return s.push(body) + s.end();
}

/** Feeds the body one byte at a time: a split at every byte boundary, in one pass. */
export function runBytewise(s: StreamTranscoder, body: Buffer): string {
  let out = '';
  for (let i = 0; i < body.length; i++) out += s.push(body.subarray(i, i + 1));
  return out + s.end();
}

/** Feeds the body in chunks of a fixed size. */
export function runChunked(s: StreamTranscoder, body: Buffer, size: number): string {
  let out = '';
  for (let i = 0; i < body.length; i += size) out += s.push(body.subarray(i, i + size));
  return out + s.end();
}

export function events(out: string): SseEvent[] {
  return parseSse(Buffer.from(out, 'utf8'));
}

/** Loose JSON object for assertions on transcoder output. */
export type Obj = Record<string, any>;
