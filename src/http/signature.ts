import { createPublicKey, verify, type KeyObject } from 'node:crypto';

/**
 * Discord's request signing for the HTTP interactions endpoint: an Ed25519
 * signature (X-Signature-Ed25519, hex) over X-Signature-Timestamp followed
 * by the raw body, checked with the application's public key (hex). Requests
 * whose timestamp is more than five minutes from now are refused too, so a
 * captured request cannot be replayed later.
 */

/** How far a request's timestamp may be from now. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

/** DER prefix of an Ed25519 SubjectPublicKeyInfo; the 32 raw key bytes follow. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** The application's public key as a KeyObject. @throws {Error} when the hex is not a 32-byte key */
export function publicKeyFromHex(hex: string): KeyObject {
  const raw = Buffer.from(hex, 'hex');
  if (raw.length !== 32 || raw.toString('hex') !== hex.toLowerCase()) throw new Error('DISCORD_PUBLIC_KEY must be 64 hex characters (32 bytes)');
  return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
}

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

/** Checks a request's signature and timestamp against the raw body. */
export function checkSignature(
  key: KeyObject,
  signatureHex: string | undefined,
  timestamp: string | undefined,
  body: Buffer,
  nowSeconds = Date.now() / 1000,
): SignatureCheck {
  if (!signatureHex || !timestamp) return { ok: false, reason: 'missing signature headers' };
  if (!/^[0-9a-fA-F]{128}$/.test(signatureHex)) return { ok: false, reason: 'malformed signature' };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'malformed timestamp' };
  if (Math.abs(nowSeconds - Number(timestamp)) > MAX_CLOCK_SKEW_SECONDS) return { ok: false, reason: 'timestamp too far from now' };
  const signed = Buffer.concat([Buffer.from(timestamp, 'utf8'), body]);
  return verify(null, signed, key, Buffer.from(signatureHex, 'hex')) ? { ok: true } : { ok: false, reason: 'bad signature' };
}
