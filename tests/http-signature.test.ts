import { describe, expect, it } from 'vitest';
import { checkSignature, publicKeyFromHex } from '../src/http/signature.js';
import { createSigner } from './support/signing.js';

describe('interaction signature check', () => {
  const signer = createSigner();
  const key = publicKeyFromHex(signer.publicKeyHex);
  const body = '{"type":1}';
  const now = Math.floor(Date.now() / 1000);

  it('accepts a request signed with the application key', () => {
    const headers = signer.headers(body, now);
    expect(checkSignature(key, headers['x-signature-ed25519'], headers['x-signature-timestamp'], Buffer.from(body), now)).toEqual({ ok: true });
  });

  it('refuses a missing, malformed, foreign or tampered signature', () => {
    const headers = signer.headers(body, now);
    const check = (signature: string | undefined, timestamp: string | undefined, raw = body) => checkSignature(key, signature, timestamp, Buffer.from(raw), now);
    expect(check(undefined, headers['x-signature-timestamp'])).toMatchObject({ ok: false, reason: 'missing signature headers' });
    expect(check('zz', headers['x-signature-timestamp'])).toMatchObject({ ok: false, reason: 'malformed signature' });
    expect(check(createSigner().headers(body, now)['x-signature-ed25519'], headers['x-signature-timestamp'])).toMatchObject({ ok: false, reason: 'bad signature' });
    expect(check(headers['x-signature-ed25519'], headers['x-signature-timestamp'], '{"type":2}')).toMatchObject({ ok: false, reason: 'bad signature' });
  });

  it('refuses a timestamp more than five minutes from now, either way', () => {
    for (const skew of [-301, 301]) {
      const headers = signer.headers(body, now + skew);
      expect(checkSignature(key, headers['x-signature-ed25519'], headers['x-signature-timestamp'], Buffer.from(body), now)).toMatchObject({ ok: false, reason: 'timestamp too far from now' });
    }
    const edge = signer.headers(body, now - 299);
    expect(checkSignature(key, edge['x-signature-ed25519'], edge['x-signature-timestamp'], Buffer.from(body), now).ok).toBe(true);
  });

  it('rejects a public key that is not 32 bytes of hex', () => {
    expect(() => publicKeyFromHex('abcd')).toThrow(/64 hex characters/);
  });
});
