/**
 * Opaque reasoning signatures carried across formats that have no slot for
 * them ("sealed" signatures).
 *
 * - A Claude thinking block (thinking text + Anthropic signature, or a
 *   redacted_thinking block) answered to a Gemini caller travels as the
 *   `thoughtSignature` of the next part; when the caller sends that part back
 *   the gateway restores the exact blocks, so Anthropic verifies its own
 *   signature byte for byte.
 * - A Gemini `thoughtSignature` answered to an Anthropic (or OpenAI) caller
 *   travels as the `signature` of a thinking block; when it comes back it is
 *   put on the Gemini part it came with, byte for byte.
 *
 * Shape: standard base64 (what a proto `bytes` field looks like in JSON, as
 * Gemini's own signatures are) of `MAGIC ‖ HMAC-SHA256(key, MAGIC ‖ json) ‖ json`.
 * The HMAC makes a sealed signature unforgeable by callers: a value that starts
 * with MAGIC but does not verify is never opened (the mapper drops it as a
 * reported loss), so a caller cannot fabricate a thinking block the gateway
 * would vouch for, and a signing-key change degrades a conversation instead of breaking it. The payload is not
 * encrypted: it only holds what the same caller was shown, or could have been
 * (thinking text) — and opaque provider blobs.
 *
 * Key: `SWITCHYARD_SIGNATURE_KEY` (environment, any string) when set, else 32
 * random bytes, written back to the environment so that workers started after
 * this module loaded inherit it; {@link setSignatureKey} replaces it. Every
 * process serving one deployment must share the key (workers, restarts,
 * replicas) for sealed signatures to survive across them.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Prefix of every sealed signature (7 bytes, before base64). */
const MAGIC = Buffer.from('SWYSIG1', 'latin1');
const MAC_LEN = 32;

process.env.SWITCHYARD_SIGNATURE_KEY ||= randomBytes(32).toString('base64url');
let key: Buffer = Buffer.from(process.env.SWITCHYARD_SIGNATURE_KEY, 'utf8');

/** Replaces the sealing key (config; tests). */
export function setSignatureKey(secret: string | Buffer): void {
  key = typeof secret === 'string' ? Buffer.from(secret, 'utf8') : Buffer.from(secret);
}

/** A Claude reasoning block as carried in a sealed signature. */
export type SealedClaudeBlock = { type: 'thinking'; thinking: string; signature: string } | { type: 'redacted_thinking'; data: string };

/** What a sealed signature carries: Claude blocks (`c`) or one Gemini thoughtSignature (`g`). */
export type SealedPayload = { c: SealedClaudeBlock[] } | { g: string };

function mac(json: Buffer): Buffer {
  return createHmac('sha256', key).update(MAGIC).update(json).digest();
}

/** Seals a payload into an opaque signature string (standard base64). */
export function seal(payload: SealedPayload): string {
  const json = Buffer.from(JSON.stringify(payload), 'utf8');
  return Buffer.concat([MAGIC, mac(json), json]).toString('base64');
}

/**
 * Opens a signature.
 * @returns the payload of a sealed signature; `null` when it is not a sealed one
 *   (a provider's own signature, carried as is); `'forged'` when it carries the
 *   sealed prefix but does not verify (altered or fabricated by the caller).
 */
export function unseal(sig: string): SealedPayload | null | 'forged' {
  if (sig.length < 12 || !sig.startsWith('U1dZU0lHM')) return null; // base64 of "SWYSIG1" starts "U1dZU0lHM"
  const raw = Buffer.from(sig, 'base64');
  if (raw.length < MAGIC.length + MAC_LEN || !raw.subarray(0, MAGIC.length).equals(MAGIC)) return null;
  const json = raw.subarray(MAGIC.length + MAC_LEN);
  const expected = mac(json);
  if (!timingSafeEqual(expected, raw.subarray(MAGIC.length, MAGIC.length + MAC_LEN))) return 'forged';
  try {
    const v = JSON.parse(json.toString('utf8')) as unknown;
    if (typeof v === 'object' && v !== null) {
      if (typeof (v as { g?: unknown }).g === 'string') return { g: (v as { g: string }).g };
      if (Array.isArray((v as { c?: unknown }).c)) return { c: (v as { c: SealedClaudeBlock[] }).c };
    }
  } catch {
    /* verified bytes that are not our JSON: treated as forged below */
  }
  return 'forged';
}

/**
 * Thinking blocks (and redacted ones) of a Claude answer, sealed into one
 * signature for the part that follows them; Gemini-sealed signatures are
 * opened back to the raw Gemini signature.
 */
export class SignatureCarrier {
  private claude: SealedClaudeBlock[] = [];
  private gemini: string | undefined;
  add(b: SealedClaudeBlock): void {
    if (b.type === 'thinking') {
      const opened = b.signature !== '' ? unseal(b.signature) : null;
      if (opened !== null && opened !== 'forged' && 'g' in opened) {
        this.gemini = opened.g;
        return;
      }
      if (b.signature === '') return; // unsigned reasoning (OpenAI-compatible): nothing to carry
    }
    this.claude.push(b);
  }
  get pending(): boolean {
    return this.claude.length > 0 || this.gemini !== undefined;
  }
  /** The signature for the next part (undefined when none), and reset. */
  take(): string | undefined {
    let sig: string | undefined;
    if (this.claude.length > 0) sig = seal({ c: this.claude });
    else sig = this.gemini;
    this.claude = [];
    this.gemini = undefined;
    return sig;
  }
}

