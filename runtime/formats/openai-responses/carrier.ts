/**
 * The reasoning carrier: how a Claude thinking block (its text and Anthropic's
 * signature) or a redacted thinking block travels to a Responses API caller as
 * the `encrypted_content` of a `reasoning` output item, and comes back, exactly,
 * when the caller replays that item as input on the next turn (Codex CLI sends
 * `include: ["reasoning.encrypted_content"]` with `store: false` and replays the
 * items; the Agents SDK replays whole output items).
 *
 * Format: `swy1.` + base64url(iv ‖ ciphertext ‖ tag), AES-256-GCM (NIST SP
 * 800-38D; 96-bit random IV, 128-bit tag), additional data `switchyard/reasoning/v1`,
 * plaintext the JSON of `{"type":"thinking","thinking","signature"}` or
 * `{"type":"redacted_thinking","data"}`. GCM authenticates the whole carrier: a
 * caller cannot forge or alter a thinking block through it, and a carrier that
 * does not open (tampered, issued under another key, or OpenAI's own Fernet
 * tokens, which start `gAAAA`) is never turned into a thinking block.
 *
 * Key source, first match wins:
 * 1. {@link setReasoningCarrierKey} (the gateway calls it with a configured secret);
 * 2. the environment variable `SWITCHYARD_REASONING_KEY` (any string of at least
 *    16 characters; read once, at first use);
 * 3. a random key per process (default): carriers then open only in the process
 *    that issued them — after a restart, or on another replica, a replayed
 *    reasoning item is not restored (the loss is reported, the turn goes on).
 *    Several replicas behind one load balancer must share `SWITCHYARD_REASONING_KEY`.
 * The AES key is HKDF-SHA256(secret, salt "switchyard", info "reasoning-carrier/v1"),
 * so the secret itself is never used as a key and can be any length.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { isRecord } from '../../transcode/common.ts';

/** Prefix of every carrier this gateway issues (versioned). */
export const CARRIER_PREFIX = 'swy1.';

/** Environment variable holding the carrier secret. */
export const REASONING_KEY_ENV = 'SWITCHYARD_REASONING_KEY';

/** Shortest secret accepted (characters). */
export const MIN_SECRET_LENGTH = 16;

const AAD = Buffer.from('switchyard/reasoning/v1');
const IV_BYTES = 12;
const TAG_BYTES = 16;

let key: Buffer | null = null;

function deriveKey(secret: string | Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'switchyard', 'reasoning-carrier/v1', 32));
}

/**
 * Sets the carrier secret (e.g. from gateway config). Carriers issued under
 * the previous key no longer open.
 * @throws Error when the secret is shorter than MIN_SECRET_LENGTH characters
 */
export function setReasoningCarrierKey(secret: string): void {
  if (secret.length < MIN_SECRET_LENGTH) throw new Error(`The reasoning carrier secret must be at least ${MIN_SECRET_LENGTH} characters long.`);
  key = deriveKey(secret);
}

/** The AES key: set, from the environment, or random per process (see the module docblock). */
function currentKey(): Buffer {
  if (key === null) {
    const env = process.env[REASONING_KEY_ENV];
    if (env !== undefined && env.length >= MIN_SECRET_LENGTH) key = deriveKey(env);
    else {
      if (env !== undefined && env !== '') process.emitWarning(`${REASONING_KEY_ENV} is shorter than ${MIN_SECRET_LENGTH} characters: using a random per-process key instead.`);
      key = deriveKey(randomBytes(32));
    }
  }
  return key;
}

/** What a carrier holds: one thinking or redacted thinking block, exactly as Anthropic sent it. */
export type CarriedBlock = { type: 'thinking'; thinking: string; signature: string } | { type: 'redacted_thinking'; data: string };

/** Seals a block into an `encrypted_content` string. */
export function sealReasoning(block: CarriedBlock): string {
  const iv = randomBytes(IV_BYTES);
  const c = createCipheriv('aes-256-gcm', currentKey(), iv);
  c.setAAD(AAD);
  const plain = block.type === 'thinking' ? { type: 'thinking', thinking: block.thinking, signature: block.signature } : { type: 'redacted_thinking', data: block.data };
  const ct = Buffer.concat([c.update(JSON.stringify(plain), 'utf8'), c.final()]);
  return CARRIER_PREFIX + Buffer.concat([iv, ct, c.getAuthTag()]).toString('base64url');
}

/** Whether `enc` is in this gateway's carrier format (it may still fail to open). */
export function isCarrier(enc: string): boolean {
  return enc.startsWith(CARRIER_PREFIX);
}

/**
 * Opens a carrier. Returns the block, or null when `enc` is not a carrier of
 * this gateway under the current key (foreign, forged, altered, truncated).
 * Never throws.
 */
export function openReasoning(enc: string): CarriedBlock | null {
  if (!isCarrier(enc)) return null;
  const raw = Buffer.from(enc.slice(CARRIER_PREFIX.length), 'base64url');
  if (raw.length < IV_BYTES + TAG_BYTES + 2) return null;
  try {
    const d = createDecipheriv('aes-256-gcm', currentKey(), raw.subarray(0, IV_BYTES));
    d.setAAD(AAD);
    d.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
    const plain = Buffer.concat([d.update(raw.subarray(IV_BYTES, raw.length - TAG_BYTES)), d.final()]).toString('utf8');
    const v: unknown = JSON.parse(plain);
    if (!isRecord(v)) return null;
    if (v.type === 'thinking' && typeof v.thinking === 'string' && typeof v.signature === 'string') return { type: 'thinking', thinking: v.thinking, signature: v.signature };
    if (v.type === 'redacted_thinking' && typeof v.data === 'string') return { type: 'redacted_thinking', data: v.data };
    return null;
  } catch {
    return null;
  }
}
