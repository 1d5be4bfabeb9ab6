/**
 * Secret scrubbing of what upstreams send back: an upstream that echoes a
 * provider key (in an error message such as "Incorrect API key provided:
 * sk-…", or in a header such as `request-id`) must not hand it to the caller.
 *
 * A scrubber knows every configured provider key; each call may add the key
 * the request itself carried (a caller's own provider key under
 * `caller_keys: passthrough`). Each secret is matched raw and in its common
 * encodings: base64 and base64url at every byte alignment (a key inside an
 * encoded `user:key` or `Bearer key` string), percent-encoding
 * (`encodeURIComponent`), and JSON string escaping. Matches become
 * `[redacted]`. Secrets shorter than 8 characters are not scrubbed (they
 * would match ordinary text).
 */
import { PROVIDERS } from '../../generated/capabilities.ts';

export const SCRUBBED = '[redacted]';
const MIN_SECRET = 8;

/**
 * The base64 (or base64url) characters that encode `secret` wherever it sits
 * in a longer encoded string: one run per byte alignment (0, 1, 2 bytes before
 * it), without the edge characters that also carry neighbouring bits.
 */
function base64Runs(secret: Buffer, url: boolean): string[] {
  const out: string[] = [];
  const n = secret.length;
  for (let o = 0; o < 3; o++) {
    const enc = Buffer.concat([Buffer.alloc(o), secret]).toString(url ? 'base64url' : 'base64');
    const run = enc.slice(Math.ceil((8 * o) / 6), Math.floor((8 * (o + n)) / 6));
    if (run.length >= MIN_SECRET) out.push(run);
  }
  return out;
}

/** Every form in which `secret` is scrubbed (raw and encoded), longest first. */
export function secretForms(secret: string): string[] {
  if (secret.length < MIN_SECRET) return [];
  const raw = Buffer.from(secret, 'utf8');
  const forms = new Set<string>([
    secret,
    encodeURIComponent(secret),
    JSON.stringify(secret).slice(1, -1),
    ...base64Runs(raw, false),
    ...base64Runs(raw, true),
  ]);
  return [...forms].sort((a, b) => b.length - a.length);
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Scrubs a fixed set of secrets (built once per config) plus a per-call extra secret. */
export class SecretScrubber {
  readonly #re: RegExp | null;
  readonly #extra = new Map<string, RegExp | null>();

  /** @param secrets provider keys (and any other configured secret) */
  constructor(secrets: Iterable<string>) {
    this.#re = SecretScrubber.#compile([...secrets]);
  }

  static #compile(secrets: string[]): RegExp | null {
    const forms = [...new Set(secrets.flatMap(secretForms))].sort((a, b) => b.length - a.length);
    return forms.length ? new RegExp(forms.map(escapeRe).join('|'), 'g') : null;
  }

  #extraRe(extra: string | null | undefined): RegExp | null {
    if (!extra) return null;
    let re = this.#extra.get(extra);
    if (re === undefined) {
      re = SecretScrubber.#compile([extra]);
      if (this.#extra.size > 1000) this.#extra.clear();
      this.#extra.set(extra, re);
    }
    return re;
  }

  /** Whether there is anything to scrub (a configured secret, or `extra`). */
  active(extra?: string | null): boolean {
    return this.#re !== null || this.#extraRe(extra) !== null;
  }

  /** `text` with every secret (and `extra`) replaced by "[redacted]". */
  scrub(text: string, extra?: string | null): string {
    let out = text;
    if (this.#re) out = out.replace(this.#re, SCRUBBED);
    const x = this.#extraRe(extra);
    if (x) out = out.replace(x, SCRUBBED);
    return out;
  }

  /** A body with secrets scrubbed (the same Buffer when it holds none). */
  scrubBuffer(body: Buffer, extra?: string | null): Buffer {
    if (body.length === 0) return body;
    const text = body.toString('utf8');
    const out = this.scrub(text, extra);
    return out === text ? body : Buffer.from(out, 'utf8');
  }

  /** Scrubs header values in place. */
  scrubHeaders(headers: Record<string, string>, extra?: string | null): void {
    for (const k in headers) {
      const v = headers[k] as string;
      const out = this.scrub(v, extra);
      if (out !== v) headers[k] = out;
    }
  }
}

const byConfig = new WeakMap<object, SecretScrubber>();

/** Values of a provider's settings that its spec marks `secret` (access tokens, secret keys). */
export function secretOptions(p: { type?: string; options?: Readonly<Record<string, string>> }): string[] {
  const declared = p.type ? (PROVIDERS as Record<string, { configOptions?: Record<string, { secret?: boolean }> }>)[p.type]?.configOptions : undefined;
  if (!declared || !p.options) return [];
  return Object.entries(declared).filter(([k, o]) => o.secret && p.options?.[k]).map(([k]) => p.options?.[k] as string);
}

/** The scrubber of a config's provider keys and secret provider settings (built once per config object). */
export function scrubberFor(cfg: { providers: ReadonlyMap<string, { keys: readonly string[]; type?: string; options?: Readonly<Record<string, string>> }> }): SecretScrubber {
  let s = byConfig.get(cfg);
  if (!s) {
    s = new SecretScrubber([...cfg.providers.values()].flatMap((p) => [...p.keys, ...secretOptions(p)]));
    byConfig.set(cfg, s);
  }
  return s;
}
