import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

/** An Ed25519 key pair as Discord's tests need it: the public key in hex, and a signer for requests. */
export interface TestSigner {
  publicKeyHex: string;
  /** Headers for a body signed at `timestamp` (default: now). */
  headers(body: string, timestamp?: number): Record<string, string>;
}

export function createSigner(): TestSigner {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = Buffer.from((publicKey.export({ format: 'jwk' }).x as string), 'base64url');
  return {
    publicKeyHex: raw.toString('hex'),
    headers(body, timestamp = Math.floor(Date.now() / 1000)) {
      const signature = sign(null, Buffer.from(`${timestamp}${body}`), privateKey as KeyObject).toString('hex');
      return { 'x-signature-ed25519': signature, 'x-signature-timestamp': String(timestamp), 'content-type': 'application/json' };
    },
  };
}
