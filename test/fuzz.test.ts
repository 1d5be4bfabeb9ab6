/**
 * Issue 4 fuzz suite: > 10,000 malformed or mutated requests (bodies,
 * headers, paths, and malformed HTTP over raw TCP) against every route on both
 * listeners, from a seeded PRNG (deterministic; SEED env var to explore).
 *
 * Checked for every case:
 * - every HTTP response is well formed: an error (>= 400) is the envelope of
 *   the route's format (Anthropic `{type:"error",error:{type,message}}` on
 *   Anthropic routes and on the dedicated Anthropic listener, OpenAI
 *   `{error:{message,type,param,code}}` on OpenAI routes); a success is JSON,
 *   SSE or JSON lines as the route promises;
 * - malformed HTTP that uWS cannot parse (bad request line, bad framing) may
 *   get no response (uWS drops it) but never a malformed one, and never
 *   anything on another request;
 * - the process never crashes (an uncaught exception fails the run), no
 *   prototype is polluted, and valid requests through the real SDKs keep
 *   succeeding during and after the fuzzing.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { connect } from 'node:net';
import { Pool } from 'undici';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { testConfig, CALLER_KEY } from './helpers/stack.ts';
import { startSimulator, type Simulator } from '../runtime/simulator/index.ts';
import { ROUTES, matchRoute, formatForPath, type Format, type RouteEntry } from '../generated/routes.ts';

const SEED = Number(process.env.SEED ?? 20261122);
const ROOT = new URL('..', import.meta.url).pathname;

/** mulberry32: small, fast, seeded. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = prng(SEED);
const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

// ------------------------------------------------------------------ cases

type Listener = 'main' | 'anthropic';
interface Case {
  kind: string;
  listener: Listener;
  method: string;
  path: string;
  headers: Record<string, string | string[]>;
  body: Buffer | null;
}
interface RawCase {
  kind: string;
  listener: Listener;
  bytes: Buffer;
  /** The gateway itself must answer (the HTTP is parseable); otherwise no answer is acceptable. */
  mustAnswer: boolean;
  /** Format of the answer, when there is one. */
  format: Format;
}

const USER = [{ role: 'user', content: 'hi' }];
function baseBody(r: RouteEntry): Record<string, unknown> | null {
  if (r.method !== 'POST') return null;
  const a = r.ingressFormat === 'anthropic-messages';
  // Gemini: the model alias is in the path; the body is a GenerateContentRequest (countTokens: `contents`).
  if (r.ingressFormat === 'gemini') return { contents: [{ role: 'user', parts: [{ text: 'hi' }] }], ...(r.routeType === 'llm/v1/chat' ? { generationConfig: { maxOutputTokens: 8 } } : {}) };
  switch (r.routeType) {
    case 'llm/v1/chat':
      return a ? { model: pick(['claude-prod', 'gpt-prod']), max_tokens: 8, messages: USER, ...(rand() < 0.2 ? { stream: true } : {}) }
        : { model: pick(['gpt-prod', 'claude-prod']), messages: USER, ...(rand() < 0.2 ? { stream: true } : {}) };
    case 'llm/v1/count_tokens':
      return { model: 'claude-prod', messages: USER };
    case 'llm/v1/completions':
      return a ? { model: 'claude-prod', prompt: '\n\nHuman: hi\n\nAssistant:', max_tokens_to_sample: 8 } : { model: 'gpt-prod', prompt: 'hi', max_tokens: 8 };
    case 'llm/v1/embeddings':
      return { model: 'gpt-prod', input: 'hi' };
    case 'files/v1/batches':
      return r.operation === 'create' ? { requests: [{ custom_id: 'a', params: { model: 'claude-prod', max_tokens: 8, messages: USER } }] } : {};
    default:
      return {};
  }
}

const WRONG: readonly unknown[] = [null, true, false, 0, -1, 1.5, 1e308, '', 'x', [], [1, 'a'], {}, { type: 'nope' }, [[[]]], '\u0000', '\ud800'];
function randomPath(v: unknown): (string | number)[] {
  const path: (string | number)[] = [];
  let cur = v;
  while (cur && typeof cur === 'object' && rand() < 0.75) {
    const keys = Array.isArray(cur) ? cur.map((_, i) => i) : Object.keys(cur);
    if (keys.length === 0) break;
    const k = pick(keys as (string | number)[]);
    path.push(k);
    cur = (cur as Record<string | number, unknown>)[k];
  }
  return path;
}
function setAt(root: Record<string, unknown>, path: (string | number)[], value: unknown, del = false): void {
  if (path.length === 0) return;
  let cur = root as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) cur = cur[k] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (del) delete cur[last];
  else cur[last] = value;
}
const INVALID_UTF8 = [[0xff], [0xfe, 0xff], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [0x80], [0xf0, 0x9f, 0x98]];

/** One mutated body for a route (mostly invalid; some mutations may stay valid). */
function mutateBody(r: RouteEntry): { kind: string; body: Buffer } {
  const base = baseBody(r) ?? {};
  const text = JSON.stringify(base);
  const m = int(0, 15);
  switch (m) {
    case 0: return { kind: 'truncated', body: Buffer.from(text.slice(0, int(0, Math.max(0, text.length - 1)))) };
    case 1: case 2: {
      const o = structuredClone(base);
      setAt(o, randomPath(o), pick(WRONG));
      return { kind: 'wrong-type', body: Buffer.from(JSON.stringify(o)) };
    }
    case 3: {
      const o = structuredClone(base);
      setAt(o, randomPath(o), undefined, true);
      return { kind: 'missing-field', body: Buffer.from(JSON.stringify(o)) };
    }
    case 4: {
      const o = structuredClone(base);
      const huge = 'x'.repeat(rand() < 0.03 ? int(1_000_000, 3_000_000) : int(10_000, 100_000));
      setAt(o, rand() < 0.5 ? ['model'] : randomPath(o).length ? randomPath(o) : ['model'], huge);
      return { kind: 'huge-string', body: Buffer.from(JSON.stringify(o)) };
    }
    case 5: {
      const d = rand() < 0.1 ? int(50_000, 200_000) : int(100, 20_000);
      const open = rand() < 0.5 ? '['.repeat(d) : '{"a":'.repeat(d);
      const close = open.startsWith('[') ? ']'.repeat(d) : '}'.repeat(d);
      const field = pick(['model', 'messages', 'metadata', 'tools', 'x']);
      return { kind: 'deep-nesting', body: Buffer.from(`{"model":"claude-prod","max_tokens":5,"messages":[{"role":"user","content":"hi"}],"${field}":${open}1${close}}`) };
    }
    case 6: {
      const b = Buffer.from(text);
      const at = int(0, b.length);
      const bad = Buffer.from(pick(INVALID_UTF8));
      return { kind: 'invalid-utf8', body: Buffer.concat([b.subarray(0, at), bad, b.subarray(at)]) };
    }
    case 7: {
      // Invalid UTF-8 inside a string value (still "valid JSON" to a byte-level parser).
      const s = text.replace(/"hi"/, () => `"h${'\u0001'}i"`);
      const b = Buffer.from(s);
      const i = b.indexOf(0x01);
      if (i >= 0) b[i] = pick([0xff, 0xc0, 0x80]);
      return { kind: 'invalid-utf8-string', body: b };
    }
    case 8: {
      const b = Buffer.from(text);
      for (let n = int(1, 6); n > 0; n--) b[int(0, b.length - 1)] = int(0, 255);
      return { kind: 'byte-flip', body: b };
    }
    case 9: return { kind: 'non-object', body: Buffer.from(pick(['[]', '"str"', '1', 'null', 'true', '[{"model":"claude-prod"}]', '{}', '  ', '', '\u0000', 'NaN', '{"a":1}{"b":2}'])) };
    case 10: return { kind: 'duplicate-keys', body: Buffer.from(text.replace(/^\{/, `{"model":${JSON.stringify(pick(WRONG))},"stream":"yes",`)) };
    case 11: return { kind: 'proto-keys', body: Buffer.from(text.replace(/^\{/, '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},')) };
    case 12: {
      const o = structuredClone(base) as Record<string, unknown>;
      o[pick(['max_tokens', 'temperature', 'n', 'top_p', 'max_tokens_to_sample'])] = pick([1e309, -1, -0, 2 ** 53 + 1, 1.0000001, '5', Number.MAX_VALUE]);
      return { kind: 'odd-numbers', body: Buffer.from(JSON.stringify(o).replace('null', '1e999')) };
    }
    case 13: {
      const o = structuredClone(base) as Record<string, unknown>;
      o.messages = Array.from({ length: int(0, 3) }, () => ({ role: pick(['user', 'assistant', 'system', 'tool', 'x', 7]), content: pick(WRONG) }));
      return { kind: 'bad-messages', body: Buffer.from(JSON.stringify(o)) };
    }
    case 14: {
      const o = structuredClone(base) as Record<string, unknown>;
      for (let n = int(1, 20); n > 0; n--) o[`f${int(0, 1e6)}`] = pick(WRONG);
      return { kind: 'unknown-fields', body: Buffer.from(JSON.stringify(o)) };
    }
    default: return { kind: 'control-chars', body: Buffer.from(text.replace(/hi/g, '\\u0000\\ud800\\udfff\\u202e')) };
  }
}

/** Routes with their listeners, `:id` filled in. */
function routeTargets(): { r: RouteEntry; listener: Listener; path: string }[] {
  const out: { r: RouteEntry; listener: Listener; path: string }[] = [];
  for (const r of ROUTES) {
    for (const l of r.listeners) {
      const path = r.path.replace(/:id/g, () => pick(['msgbatch_x', 'nope', '%2e%2e', 'a'.repeat(300), '0']))
        .replace(/:model(?=:)/g, () => pick(['claude-prod', 'gpt-prod', 'nope', '%2e%2e', '%zz', 'models%2Fclaude-prod']));
      out.push({ r, listener: l as Listener, path });
    }
  }
  return out;
}

function authHeaders(format: Format): Record<string, string> {
  return format === 'anthropic-messages' ? { 'x-api-key': CALLER_KEY, 'anthropic-version': '2023-06-01' } : { authorization: `Bearer ${CALLER_KEY}` };
}

const SIM_FAULTS = ['status:500', 'status:529', 'status:429:0', 'status:400', 'status:401', 'error-before-content', 'error-after:2', 'reset-after:0', 'reset-after:3', 'stall-ms:50', 'bogus-fault', 'status:9999', 'error-after:x'];

function bodyCase(): Case {
  const t = pick(routeTargets());
  const m = mutateBody(t.r);
  const headers: Record<string, string | string[]> = { 'content-type': 'application/json', ...authHeaders(t.r.ingressFormat) };
  if (rand() < 0.1) headers['x-sim-fault'] = pick(SIM_FAULTS);
  return { kind: `body/${m.kind}`, listener: t.listener, method: t.r.method, path: t.path, headers, body: t.r.method === 'GET' || t.r.method === 'DELETE' ? null : m.body };
}

function headerCase(): Case {
  const t = pick(routeTargets());
  const base = baseBody(t.r);
  const body = base ? Buffer.from(JSON.stringify(base)) : null;
  const headers: Record<string, string | string[]> = { 'content-type': 'application/json', ...authHeaders(t.r.ingressFormat) };
  const m = int(0, 11);
  let kind = '';
  switch (m) {
    case 0: delete headers['x-api-key']; delete headers.authorization; kind = 'no-auth'; break;
    case 1: headers['x-api-key'] = [CALLER_KEY, 'other-key']; kind = 'duplicate-x-api-key'; break;
    case 2: headers.authorization = pick(['Bearer', 'Bearer ', 'Basic abc', `Bearer ${CALLER_KEY} extra`, `bearer ${'k'.repeat(int(100, 12_000))}`]); delete headers['x-api-key']; kind = 'bad-authorization'; break;
    case 3: headers['anthropic-version'] = pick(['', 'garbage', '1999-01-01', 'x'.repeat(5000)]); kind = 'bad-version'; break;
    case 4: headers['anthropic-version'] = ['2023-06-01', '2026-10-21']; kind = 'duplicate-version'; break;
    case 5: headers['content-type'] = pick(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '', 'application/json; charset=latin1']); kind = 'content-type'; break;
    case 6: headers['content-type'] = ['application/json', 'text/plain']; kind = 'duplicate-content-type'; break;
    case 7: headers['x-sim-fault'] = pick(SIM_FAULTS); kind = 'sim-fault'; break;
    case 8: headers['anthropic-beta'] = Array.from({ length: int(1, 50) }, () => pick(['a', 'prompt-caching-2024-07-31', 'x'.repeat(100), ''])).join(','); kind = 'betas'; break;
    // uWS answers nothing to a request with more than ~48 headers (raw case 'too-many-headers'); stay below.
    case 9: for (let i = 0, n = int(10, 38); i < n; i++) headers[`x-h${i}`] = 'v'.repeat(int(0, 50)); kind = 'many-headers'; break;
    case 10: headers['content-encoding'] = pick(['gzip', 'br', 'identity', 'x']); kind = 'content-encoding'; break;
    default: headers.accept = pick(['text/event-stream', '*/*', 'application/xml', '']); headers['x-api-key'] = pick([CALLER_KEY, 'sk-wrong']); kind = 'accept'; break;
  }
  return { kind: `header/${kind}`, listener: t.listener, method: t.r.method, path: t.path, headers, body: t.r.method === 'GET' || t.r.method === 'DELETE' ? null : body };
}

const SEGMENTS = ['v1', 'messages', 'chat', 'completions', 'anthropic', 'openai', 'batches', 'count_tokens', 'complete', 'embeddings', 'models', '..', '.', '%2e%2e', '%00', '%ff', '%', 'ünï', '~', 'health', 'admin', 'reload', 'metrics', ''];
function pathCase(): Case {
  const listener: Listener = rand() < 0.3 ? 'anthropic' : 'main';
  const m = int(0, 4);
  let path: string;
  let kind: string;
  if (m === 0) {
    path = '/' + Array.from({ length: int(0, 6) }, () => pick(SEGMENTS)).join('/');
    kind = 'segments';
  } else if (m === 1) {
    path = pick(ROUTES).path.replace(/:id/g, 'x') + pick(['/', '//', '?', '?beta=true&x=%zz', '#frag', '/extra', ';x=1']);
    kind = 'suffix';
  } else if (m === 2) {
    path = '/' + 'a/'.repeat(int(10, 3000));
    kind = 'long';
  } else if (m === 3) {
    path = pick(ROUTES).path.replace(/:id/g, 'x').toUpperCase();
    kind = 'case';
  } else {
    path = '/' + Buffer.from(Array.from({ length: int(1, 40) }, () => int(0x21, 0x7e))).toString('latin1').replace(/[#?]/g, '_');
    kind = 'random-chars';
  }
  path = encodeURI(decodeURIComponentSafe(path)).replace(/%25/g, '%');
  const method = pick(['GET', 'POST', 'DELETE', 'PUT', 'PATCH', 'OPTIONS']);
  return { kind: `path/${kind}`, listener, method, path, headers: { 'content-type': 'application/json', ...authHeaders(formatForPath(path)) }, body: method === 'GET' || method === 'DELETE' || method === 'OPTIONS' ? null : Buffer.from('{"model":"claude-prod"}') };
}
function decodeURIComponentSafe(s: string): string {
  try { return decodeURI(s); } catch { return s; }
}

function rawCase(): RawCase {
  const t = pick(routeTargets().filter((x) => x.r.method === 'POST'));
  const fmt = t.listener === 'anthropic' ? 'anthropic-messages' : t.r.ingressFormat;
  const body = JSON.stringify(baseBody(t.r));
  const auth = Object.entries(authHeaders(t.r.ingressFormat)).map(([k, v]) => `${k}: ${v}\r\n`).join('');
  const head = (extra: string) => `POST ${t.path} HTTP/1.1\r\nhost: fuzz\r\n${auth}content-type: application/json\r\nconnection: close\r\n${extra}\r\n`;
  const m = int(0, 14);
  const mk = (kind: string, bytes: string | Buffer, mustAnswer: boolean): RawCase => ({ kind: `raw/${kind}`, listener: t.listener, bytes: Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, 'latin1'), mustAnswer, format: fmt });
  switch (m) {
    case 0: return mk('content-length-over-limit', head(`content-length: ${int(40_000_000, 999_999_999)}\r\n`) + body, true);
    case 1: return mk('content-length-absurd', head(`content-length: ${pick(['99999999999999999999', '-1', 'abc', '0x10', '1e3', ' 5', '5 5', '+5'])}\r\n`) + body, false);
    case 2: return mk('content-length-conflict', head(`content-length: ${body.length}\r\ncontent-length: ${body.length + int(1, 9)}\r\n`) + body, false);
    case 3: return mk('content-length-short', head(`content-length: ${Math.max(0, body.length - int(1, body.length))}\r\n`) + body, true);
    case 4: return mk('garbage-request-line', pick(['GARBAGE\r\n\r\n', 'POST\r\n\r\n', `POST ${t.path}\r\n\r\n`, `POST ${t.path} HTTP/9.9\r\nhost: x\r\n\r\n`, '\r\n\r\n\r\n', '\u0000\u0001\u0002']), false);
    case 5: return mk('bad-header-syntax', `POST ${t.path} HTTP/1.1\r\nhost: fuzz\r\n${pick(['no-colon-header', ' leading: space', 'bad header: x', 'x:\u0000y', `x-big: ${'a'.repeat(int(9000, 70_000))}`])}\r\ncontent-length: ${body.length}\r\nconnection: close\r\n\r\n${body}`, false);
    case 6: return mk('chunked-bad', head('transfer-encoding: chunked\r\n') + pick(['zz\r\nabc\r\n0\r\n\r\n', 'ffffffffffffffffff\r\nabc\r\n0\r\n\r\n', '3\r\nabcdef\r\n0\r\n\r\n', '-1\r\n\r\n']), false);
    case 7: return mk('chunked-good', head('transfer-encoding: chunked\r\n') + `${body.length.toString(16)}\r\n${body}\r\n0\r\n\r\n`, false);
    case 8: return mk('cl-and-te', head(`content-length: ${body.length}\r\ntransfer-encoding: chunked\r\n`) + `${body.length.toString(16)}\r\n${body}\r\n0\r\n\r\n`, false);
    case 9: return mk('invalid-utf8-header', Buffer.concat([Buffer.from(`POST ${t.path} HTTP/1.1\r\nhost: fuzz\r\n${auth}x-odd: `, 'latin1'), Buffer.from([0xff, 0xfe, 0xc0]), Buffer.from(`\r\ncontent-length: ${body.length}\r\nconnection: close\r\n\r\n${body}`)]), true);
    case 10: return mk('bare-lf', `POST ${t.path} HTTP/1.1\nhost: fuzz\ncontent-length: ${body.length}\nconnection: close\n\n${body}`, false);
    // uWS closes a connection that pipelines a request while an asynchronous answer is pending: no answer is acceptable.
    case 11: return mk('pipelined', head(`content-length: 2\r\n`).replace('connection: close\r\n', '') + '{}' + head(`content-length: 3\r\n`) + '{x}', false);
    case 14: return mk('too-many-headers', head(Array.from({ length: int(50, 150) }, (_, i) => `x-h${i}: v\r\n`).join('') + `content-length: ${body.length}\r\n`) + body, false);
    case 12: return mk('body-not-json', head(`content-length: 7\r\n`) + '\u00ff\u00fe{}\u0000\u0001x', true);
    default: return mk('duplicate-headers', head(`content-length: ${body.length}\r\nx-api-key: sk-other\r\nanthropic-version: 2023-06-01\r\nanthropic-version: bogus\r\n`) + body, true);
  }
}

// ------------------------------------------------------------------ checks

const ANTHROPIC_ERROR_TYPES = new Set(['invalid_request_error', 'authentication_error', 'billing_error', 'permission_error', 'not_found_error', 'request_too_large', 'rate_limit_error', 'api_error', 'timeout_error', 'overloaded_error']);

/** Format an answer must have on this listener/method/path. */
function expectedFormat(listener: Listener, method: string, path: string): Format {
  if (listener === 'anthropic') return 'anthropic-messages';
  const p = path.split('?')[0] as string;
  const m = matchRoute(method, p, listener);
  return m ? m.route.ingressFormat : formatForPath(p);
}
const OWN_PATHS = new Set(['/health', '/v1/models', '/anthropic/v1/models', '/openai/v1/models', '/metrics', '/admin/reload']);

/** Returns a problem description, or null when the answer is well formed. */
function checkAnswer(format: Format, status: number, contentType: string, body: Buffer, own: boolean): string | null {
  if (status < 100 || status > 599) return `bad status ${status}`;
  if (status >= 400) {
    // The gateway's unexposed 500: an exception nobody handled (a bug), even if well formed.
    if (body.includes('Internal gateway error.')) return `internal gateway error (${status})`;
    let v: unknown;
    try {
      v = JSON.parse(body.toString('utf8'));
    } catch {
      return `error body is not JSON: ${body.subarray(0, 120).toString()}`;
    }
    const o = v as { type?: unknown; error?: { type?: unknown; message?: unknown; param?: unknown; code?: unknown } };
    const anthropicOk = o?.type === 'error' && typeof o.error?.type === 'string' && typeof o.error.message === 'string' && ANTHROPIC_ERROR_TYPES.has(o.error.type);
    const openaiOk = !('type' in (o ?? {})) && typeof o?.error?.message === 'string' && typeof o.error.type === 'string' && 'param' in o.error && 'code' in o.error;
    // Google's envelope; a JSON-array stream (Gemini without alt=sse) wraps it in an array.
    const g = (Array.isArray(v) && v.length === 1 ? v[0] : v) as { error?: { code?: unknown; message?: unknown; status?: unknown } } | null;
    const geminiOk = typeof g?.error?.code === 'number' && typeof g.error.message === 'string' && typeof g.error.status === 'string' && /^[A-Z_]+$/.test(g.error.status);
    if (own && (anthropicOk || openaiOk || o?.error)) return null; // /health, /admin/*: either envelope
    const ok = format === 'anthropic-messages' ? anthropicOk : format === 'gemini' ? geminiOk : openaiOk;
    if (!ok) return `not a ${format} error envelope (${status}): ${body.subarray(0, 200).toString()}`;
    if (!contentType.startsWith('application/json')) return `error content-type ${contentType}`;
    return null;
  }
  if (contentType.startsWith('text/event-stream')) {
    const s = body.toString('utf8');
    if (!/^(event|data|:)/.test(s)) return `SSE body does not start with an event: ${s.slice(0, 80)}`;
    return null;
  }
  if (contentType.startsWith('application/x-jsonl')) return null;
  if (contentType.startsWith('text/plain') && own) return null; // /metrics
  try {
    JSON.parse(body.toString('utf8'));
    return null;
  } catch {
    return `2xx body is not JSON (${contentType})`;
  }
}

/** Sends raw bytes; resolves with the parsed first response, or null when the connection closed / stayed silent. */
function sendRaw(port: number, bytes: Buffer, silenceMs: number): Promise<{ status: number; contentType: string; body: Buffer } | null> {
  return new Promise((resolve) => {
    const sock = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    let done = false;
    const finish = (v: { status: number; contentType: string; body: Buffer } | null) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      sock.destroy();
      resolve(v);
    };
    const tryParse = (final: boolean) => {
      const buf = Buffer.concat(chunks);
      const end = buf.indexOf('\r\n\r\n');
      if (end < 0) return final ? finish(null) : undefined;
      const head = buf.subarray(0, end).toString('latin1').split('\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head[0] ?? '')?.[1] ?? 0);
      const h: Record<string, string> = {};
      for (const line of head.slice(1)) {
        const i = line.indexOf(':');
        if (i > 0) h[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
      }
      const rest = buf.subarray(end + 4);
      if (h['content-length'] !== undefined) {
        const n = Number(h['content-length']);
        if (rest.length >= n) return finish({ status, contentType: h['content-type'] ?? '', body: rest.subarray(0, n) });
      } else if (h['transfer-encoding'] === 'chunked') {
        // Walk the chunks; the response is complete at the zero-size chunk.
        const out: Buffer[] = [];
        let pos = 0;
        for (;;) {
          const nl = rest.indexOf('\r\n', pos);
          if (nl < 0) break;
          const size = parseInt(rest.subarray(pos, nl).toString('latin1'), 16);
          if (Number.isNaN(size)) return finish({ status: -1, contentType: 'bad chunk framing', body: rest });
          if (size === 0) return finish({ status, contentType: h['content-type'] ?? '', body: Buffer.concat(out) });
          if (rest.length < nl + 2 + size + 2) break;
          out.push(rest.subarray(nl + 2, nl + 2 + size));
          pos = nl + 2 + size + 2;
        }
        if (final) return finish({ status: -1, contentType: 'truncated chunked body', body: rest });
      } else if (final) return finish({ status, contentType: h['content-type'] ?? '', body: rest });
      if (final) finish({ status, contentType: h['content-type'] ?? '', body: rest });
    };
    sock.on('data', (d: Buffer) => {
      chunks.push(d);
      tryParse(false);
    });
    sock.on('end', () => tryParse(true));
    sock.on('close', () => tryParse(true));
    sock.on('error', () => tryParse(true));
    const timer = setTimeout(() => tryParse(true), silenceMs);
    sock.write(bytes);
  });
}

async function pool<T>(items: T[], concurrency: number, fn: (x: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < items.length) await fn(items[next++] as T);
  }));
}

// ------------------------------------------------------------------ suite

describe(`fuzz (seed ${SEED})`, () => {
  // The gateway runs as its own process (`switchyard start`), as in production: a crash shows as an
  // exit, and the fuzzing client + simulator (this process) and the gateway use separate cores.
  let sim: Simulator;
  let child: ChildProcess;
  let exited: Promise<number | null>;
  let log = '';
  let dir: string;
  const urls: Record<Listener, string> = { main: '', anthropic: '' };
  let pools: Record<Listener, Pool>;
  beforeAll(async () => {
    sim = await startSimulator({ port: 0, recordLimit: 0 });
    dir = mkdtempSync(join(tmpdir(), 'sy-fuzz-'));
    const file = join(dir, 'switchyard.yaml');
    writeFileSync(file, stringify(testConfig(sim.url, (c) => {
      c.server!.anthropic_port = 0;
      c.server!.keepalive_ms = 0;
      c.server!.body_limit_bytes = 8 * 1024 * 1024;
      c.providers.anthropic!.simulated = true;
      c.providers.openai!.simulated = true;
      c.retry = { max_attempts: 2, base_delay_ms: 1, max_delay_ms: 5 };
      c.circuit_breaker = { failure_threshold: 1_000_000, min_requests: 1_000_000 };
      c.timeouts = { idle_ms: 5000, first_byte_ms: 5000 };
      c.observability = { metrics: true };
    })));
    child = spawn(process.execPath, [join(ROOT, 'bin/switchyard.mjs'), 'start', '--config', file], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'silent' }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (log += d.toString()));
    exited = new Promise((r) => child.once('exit', (code) => r(code)));
    const end = Date.now() + 30_000;
    let m: RegExpExecArray | null = null;
    while (!(m = /listening on (http:\/\/127\.0\.0\.1:\d+) \(Anthropic API at the root of (http:\/\/127\.0\.0\.1:\d+)\)/.exec(log))) {
      if (Date.now() > end || child.exitCode !== null) throw new Error(`gateway did not start: ${log}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    urls.main = m[1] as string;
    urls.anthropic = m[2] as string;
    pools = {
      main: new Pool(urls.main, { connections: 32, pipelining: 1 }),
      anthropic: new Pool(urls.anthropic, { connections: 16, pipelining: 1 }),
    };
  });
  afterAll(async () => {
    await pools?.main.destroy();
    await pools?.anthropic.destroy();
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await sim?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('>= 10,000 malformed or mutated requests: well-formed answers in the route format, no crash, valid traffic unharmed', async () => {
    const cases: Case[] = [];
    for (let i = 0; i < 6500; i++) cases.push(bodyCase());
    for (let i = 0; i < 2200; i++) cases.push(headerCase());
    for (let i = 0; i < 1300; i++) cases.push(pathCase());
    const raws: RawCase[] = [];
    for (let i = 0; i < 1000; i++) raws.push(rawCase());

    const problems: string[] = [];
    const byKind = new Map<string, number>();
    const note = (kind: string) => byKind.set(kind, (byKind.get(kind) ?? 0) + 1);

    // Valid traffic through the real SDKs, during the whole run.
    const anthropic = new Anthropic({ baseURL: urls.main, apiKey: CALLER_KEY, maxRetries: 0 });
    const openai = new OpenAI({ baseURL: `${urls.main}/v1`, apiKey: CALLER_KEY, maxRetries: 0 });
    let fuzzing = true;
    let validOk = 0;
    const validErrors: string[] = [];
    const validLoop = (async () => {
      while (fuzzing) {
        try {
          const m = await anthropic.messages.create({ model: 'claude-prod', max_tokens: 8, messages: [{ role: 'user', content: 'hi' }] });
          if (m.type !== 'message') throw new Error('not a message');
          const st = await openai.chat.completions.create({ model: 'gpt-prod', stream: true, messages: [{ role: 'user', content: 'hi' }] });
          let text = '';
          for await (const ch of st) text += ch.choices[0]?.delta.content ?? '';
          if (!text.startsWith('word0')) throw new Error(`bad stream text ${text}`);
          validOk++;
        } catch (e) {
          validErrors.push(String(e));
        }
        await new Promise((r) => setTimeout(r, 20));
      }
    })();

    const statuses = new Map<string, number>();
    const tStart = performance.now();
    await pool(cases, 48, async (c) => {
      note(c.kind);
      const fmt = expectedFormat(c.listener, c.method, c.path);
      try {
        const r = await pools[c.listener].request({
          method: c.method as 'GET',
          path: c.path,
          headers: c.headers as Record<string, string>,
          body: c.body,
          headersTimeout: 30_000,
          bodyTimeout: 30_000,
        });
        const body = Buffer.from(await r.body.arrayBuffer());
        const ct = String(r.headers['content-type'] ?? '');
        const p = checkAnswer(fmt, r.statusCode, ct, body, OWN_PATHS.has(c.path.split('?')[0] as string));
        statuses.set(`${fmt} ${r.statusCode}`, (statuses.get(`${fmt} ${r.statusCode}`) ?? 0) + 1);
        if (p) problems.push(`${c.kind} ${c.method} ${c.path.slice(0, 80)} [${c.listener}]: ${p}`);
      } catch (e) {
        const code = (e as { code?: string }).code ?? '';
        // The client refused to send it (e.g. an invalid header value): not a gateway answer.
        if (code === 'UND_ERR_INVALID_ARG' || (e instanceof TypeError)) return;
        problems.push(`${c.kind} ${c.method} ${c.path.slice(0, 80)} [${c.listener}]: request failed ${code} ${(e as Error).message}`);
      }
    });

    const tRaw = performance.now();
    await pool(raws, 32, async (c) => {
      note(c.kind);
      const port = Number(new URL(urls[c.listener]).port);
      const res = await sendRaw(port, c.bytes, c.mustAnswer ? 20_000 : 600);
      if (!res) {
        if (c.mustAnswer) problems.push(`${c.kind} [${c.listener}]: no answer`);
        return;
      }
      const p = checkAnswer(c.format, res.status, res.contentType, res.body, false);
      if (p) problems.push(`${c.kind} [${c.listener}]: ${p}`);
    });

    if (process.env.FUZZ_DEBUG) console.log(`http ${Math.round(tRaw - tStart)} ms, raw ${Math.round(performance.now() - tRaw)} ms`, [...statuses].sort());
    fuzzing = false;
    await validLoop;

    const total = cases.length + raws.length;
    expect(total).toBeGreaterThanOrEqual(10_000);
    expect(problems.slice(0, 20)).toEqual([]);
    expect(validErrors).toEqual([]);
    expect(validOk).toBeGreaterThan(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(byKind.size).toBeGreaterThan(40);
    // And after: the gateway still serves both formats.
    expect((await anthropic.messages.stream({ model: 'claude-prod', max_tokens: 8, messages: [{ role: 'user', content: 'hi' }] }).finalMessage()).type).toBe('message');
    expect((await openai.chat.completions.create({ model: 'gpt-prod', messages: [{ role: 'user', content: 'hi' }] })).choices[0]?.message.content).toMatch(/^word0/);
    const h = (await (await fetch(`${urls.main}/health`)).json()) as { status: string };
    expect(h.status).toBe('ok');
    // The gateway process never died, and it still shuts down cleanly.
    expect(child.exitCode).toBeNull();
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 120_000);
});
