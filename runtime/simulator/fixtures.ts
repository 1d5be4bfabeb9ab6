/**
 * Fixture store for the simulator: loads recorded response files from the
 * recordings directory (runtime/simulator/recordings/ by default) and caches them.
 *
 * - `.sse` files are replayed byte-exact; `splitSseEvents` cuts them at event
 *   boundaries (blank lines, LF or CRLF) without altering a byte, so pacing and
 *   fault injection can work on recorded streams too.
 * - `.json` (and any other) files are sent as the body as is.
 * - A sibling `<name>.headers.json` (`{status, headers}` where a header value is a
 *   string or a list of strings) supplies the HTTP status and the relevant
 *   response headers (hop-by-hop/length/date/request-id headers are dropped).
 *   Without one, an `error-NNN-...` file name gives the status.
 */
import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, resolve, sep, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Header } from './sink.ts';

/** A loaded fixture. */
export interface Fixture {
  /** Path relative to the fixtures dir, as requested. */
  path: string;
  /** 'sse' for `.sse` files, 'json' otherwise. */
  kind: 'sse' | 'json';
  /** Raw file bytes. */
  bytes: Buffer;
  /** For `.sse`: the file cut into events (concatenation === bytes). */
  events: Buffer[];
  /** HTTP status to answer with (from `.headers.json`, the file name, or 200). */
  status: number;
  /** Response headers from `.headers.json` (lowercased, filtered), incl. content-type if recorded. */
  headers: Header[];
}

/** Thrown when a fixture path is unsafe or missing; the simulator answers 400/404. */
export class FixtureError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

/** Headers never copied from a recording (framing, hop-by-hop, identity of the recorded request). */
const DROP_HEADERS = new Set([
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'date',
  'content-encoding',
  'request-id',
  'x-request-id',
  'server',
  'alt-svc',
]);

/**
 * The recorded provider streams shipped with the project:
 * `runtime/simulator/recordings/` (origin and licence of each file in its SOURCES.md).
 * Env `SWITCHYARD_FIXTURES` overrides it (e.g. a folder of new recordings).
 */
export function defaultFixturesDir(): string {
  const env = process.env.SWITCHYARD_FIXTURES;
  if (env) return resolve(env);
  return join(dirname(fileURLToPath(import.meta.url)), 'recordings');
}

/**
 * Cuts an SSE body into events: each piece ends with its blank-line terminator
 * (`\n\n`, `\r\n\r\n` or `\r\r`); trailing bytes without a terminator form the last piece.
 * `Buffer.concat(result)` equals the input.
 */
export function splitSseEvents(bytes: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let start = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const c = bytes[i];
    if (c === 0x0a && bytes[i + 1] === 0x0a) {
      out.push(bytes.subarray(start, i + 2));
      i += 2;
      start = i;
    } else if (c === 0x0d && bytes[i + 1] === 0x0a && bytes[i + 2] === 0x0d && bytes[i + 3] === 0x0a) {
      out.push(bytes.subarray(start, i + 4));
      i += 4;
      start = i;
    } else if (c === 0x0d && bytes[i + 1] === 0x0d) {
      out.push(bytes.subarray(start, i + 2));
      i += 2;
      start = i;
    } else {
      i++;
    }
  }
  if (start < n) out.push(bytes.subarray(start));
  return out;
}

function headerPairs(raw: unknown): Header[] {
  const out: Header[] = [];
  if (!raw || typeof raw !== 'object') return out;
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    const name = k.toLowerCase();
    if (DROP_HEADERS.has(name)) continue;
    const values = Array.isArray(v) ? v : [v];
    for (const one of values) if (typeof one === 'string' || typeof one === 'number') out.push([name, String(one)]);
  }
  return out;
}

/** Loads and caches fixtures under one directory. */
export class FixtureStore {
  readonly #cache = new Map<string, Promise<Fixture>>();

  /** @param dir absolute fixtures directory */
  constructor(readonly dir: string) {}

  /**
   * Loads a fixture by relative path (e.g. `anthropic/stream-text.sse`).
   * @throws FixtureError 400 for a path escaping the dir, 404 when missing
   */
  load(rel: string): Promise<Fixture> {
    let p = this.#cache.get(rel);
    if (!p) {
      p = this.#load(rel);
      this.#cache.set(rel, p);
      p.catch(() => this.#cache.delete(rel));
    }
    return p;
  }

  async #load(rel: string): Promise<Fixture> {
    const root = resolve(this.dir);
    const file = resolve(root, rel);
    if (!file.startsWith(root + sep) || rel.includes('\0')) throw new FixtureError(`fixture path escapes the fixtures dir: ${rel}`, 400);
    const st = await stat(file).catch(() => null);
    if (!st || !st.isFile()) throw new FixtureError(`fixture not found: ${rel} (fixtures dir ${root})`, 404);
    const bytes = await readFile(file);
    const kind: Fixture['kind'] = file.endsWith('.sse') ? 'sse' : 'json';
    const stem = file.replace(/\.(sse|json)$/, '');
    let status = 200;
    const m = /^error-(\d{3})-/.exec(basename(file));
    if (m?.[1]) status = Number(m[1]);
    let headers: Header[] = [];
    const hfile = `${stem}.headers.json`;
    if (hfile !== file && existsSync(hfile)) {
      const parsed = JSON.parse(await readFile(hfile, 'utf8')) as { status?: unknown; headers?: unknown };
      if (typeof parsed.status === 'number') status = parsed.status;
      headers = headerPairs(parsed.headers);
    }
    return { path: rel, kind, bytes, events: kind === 'sse' ? splitSseEvents(bytes) : [bytes], status, headers };
  }
}
