/**
 * Simulated thought signatures: opaque base64 blobs, deterministic per request
 * (a hash of the request body, the model and the part position), that the
 * simulator can verify when a client sends them back. The real API's
 * signatures are encrypted model state that only the issuing model validates
 * ("Corrupted thought signature." otherwise); the two documented dummy values
 * that skip validation (ai.google.dev/gemini-api/docs/thought-signatures,
 * "FAQ: transferring a conversation from another model") are accepted too.
 */
import { fnv1a } from '../synth.ts';

const MAGIC = 'switchyard-sim-thought-signature';

/** Signature values the API accepts without validation (thought-signatures guide). */
export const DUMMY_THOUGHT_SIGNATURES: readonly string[] = ['skip_thought_signature_validator', 'context_engineering_is_the_way_to_go'];

/** The request fingerprint the simulator seeds signatures and functionCall ids with: FNV-1a of the body, 8 hex digits. */
export function requestSeed(body: Buffer | string): string {
  return hex(fnv1a(typeof body === 'string' ? body : body.toString('utf8')));
}

function hex(n: number): string {
  return n.toString(16).padStart(8, '0');
}

/**
 * The signature the simulator issues.
 * @param model model id (no `models/`)
 * @param seed request fingerprint (the simulator uses the FNV-1a hash of the request body)
 * @param position index of the part the signature rides on
 * @returns standard base64 with padding (proto `bytes` as JSON)
 */
export function simThoughtSignature(model: string, seed: string, position: number): string {
  const payload = `${MAGIC}|${model}|${seed}|${position}`;
  return Buffer.from(`${payload}|${hex(fnv1a(payload))}`).toString('base64');
}

/**
 * Whether the simulator accepts a signature sent back to it: one it issued,
 * byte for byte, or a documented dummy value.
 * @returns the issuing model id ('' for a dummy), or undefined when the signature is corrupted
 */
export function verifyThoughtSignature(sig: string): string | undefined {
  if (DUMMY_THOUGHT_SIGNATURES.includes(sig)) return '';
  const text = Buffer.from(sig, 'base64').toString('utf8');
  if (Buffer.from(text).toString('base64') !== sig) return undefined;
  const parts = text.split('|');
  if (parts.length !== 5 || parts[0] !== MAGIC) return undefined;
  const payload = parts.slice(0, 4).join('|');
  return hex(fnv1a(payload)) === parts[4] ? (parts[1] as string) : undefined;
}
