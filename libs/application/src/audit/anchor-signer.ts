import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

/** Signs anchors with the server's Ed25519 key; the public half travels in each anchor so anyone can check it. */
export interface AnchorSigner {
  /** First 16 hex digits of the SHA-256 of the public key (SPKI DER). */
  readonly keyId: string;
  /** SPKI DER, base64. */
  readonly publicKey: string;
  sign(message: Buffer): string;
}

// PKCS#8 DER header of an Ed25519 private key; the 32-byte seed follows it.
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export function keyIdOf(publicKeyBase64: string): string {
  return createHash('sha256').update(Buffer.from(publicKeyBase64, 'base64')).digest('hex').slice(0, 16);
}

function signerFromKey(privateKey: KeyObject): AnchorSigner {
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('the audit signing key must be an Ed25519 private key');
  const publicKey = createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).toString('base64');
  return {
    keyId: keyIdOf(publicKey),
    publicKey,
    sign: (message) => sign(null, message, privateKey).toString('base64'),
  };
}

/** From a PEM (PKCS#8) Ed25519 private key, as `AUDIT_SIGNING_KEY` holds it. */
export function ed25519SignerFromPem(pem: string): AnchorSigner {
  return signerFromKey(createPrivateKey({ key: pem, format: 'pem' }));
}

/** From a 32-byte seed: a fixed development key (never for production: anyone can derive it). */
export function ed25519SignerFromSeed(seed: Buffer): AnchorSigner {
  if (seed.length !== 32) throw new Error('an Ed25519 seed is 32 bytes');
  return signerFromKey(createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' }));
}

export function verifySignature(publicKeyBase64: string, message: Buffer, signatureBase64: string): boolean {
  try {
    const key = createPublicKey({ key: Buffer.from(publicKeyBase64, 'base64'), format: 'der', type: 'spki' });
    return verify(null, message, key, Buffer.from(signatureBase64, 'base64'));
  } catch {
    return false;
  }
}
