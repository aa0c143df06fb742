import { createHash } from 'node:crypto';
import { ed25519SignerFromPem, ed25519SignerFromSeed, type AnchorSigner } from '@rujukan/application';
import { ConfigError, type AppConfig } from '@rujukan/platform';

// Outside production only, like the development JWT secret: anyone can derive this key, so its anchors
// prove nothing to a court. Production refuses to start without AUDIT_SIGNING_KEY.
const DEVELOPMENT_SEED = createHash('sha256').update('rujukan-development-audit-key-do-not-use-in-production').digest();

/** The server's anchor signer from AUDIT_SIGNING_KEY, or the development key outside production. */
export function auditSigner(config: Pick<AppConfig, 'AUDIT_SIGNING_KEY' | 'NODE_ENV' | 'DEVELOPMENT_SECRETS'>): AnchorSigner {
  if (!config.AUDIT_SIGNING_KEY) {
    if (!config.DEVELOPMENT_SECRETS || config.NODE_ENV === 'production')
      throw new ConfigError(['AUDIT_SIGNING_KEY: required (or DEVELOPMENT_SECRETS=true in development)']);
    return ed25519SignerFromSeed(DEVELOPMENT_SEED);
  }
  try {
    return ed25519SignerFromPem(config.AUDIT_SIGNING_KEY.replaceAll('\\n', '\n'));
  } catch (error) {
    throw new ConfigError([`AUDIT_SIGNING_KEY: not an Ed25519 private key in PKCS#8 PEM (${(error as Error).message})`]);
  }
}

/** Keys whose anchors verify: this server's own and those named in AUDIT_TRUSTED_KEYS. */
export function trustedAuditKeys(config: Pick<AppConfig, 'AUDIT_SIGNING_KEY' | 'NODE_ENV' | 'DEVELOPMENT_SECRETS' | 'AUDIT_TRUSTED_KEYS'>): string[] {
  return [auditSigner(config).publicKey, ...config.AUDIT_TRUSTED_KEYS];
}
