import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { ConfigError, DEVELOPMENT_JWT_SECRET, parseAppConfig } from '@rujukan/platform';
import { auditSigner } from './audit-signer.js';
import { blindIndexKey, identityMasterKeys } from './identity-keys.js';

const auditKeyPem = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();

/** A production environment with every secret given; each spec takes one away. */
const PRODUCTION = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://rujukan@db.internal:5432/rujukan',
  AUTH_JWKS_URL: 'https://sso.example.go.id/.well-known/jwks.json',
  AUDIT_SIGNING_KEY: auditKeyPem,
  IDENTITY_MASTER_KEYS: `k2026:${Buffer.alloc(32, 7).toString('base64')}`,
  BLIND_INDEX_KEY: Buffer.alloc(32, 8).toString('base64'),
};

const without = (name: keyof typeof PRODUCTION) => Object.fromEntries(Object.entries(PRODUCTION).filter(([key]) => key !== name));

describe('secrets come from the environment only', () => {
  it('starts in production with every secret given', () => {
    const config = parseAppConfig(PRODUCTION);
    expect(config.NODE_ENV).toBe('production');
    expect(config.AUTH_JWT_SECRET).toBeUndefined();
  });

  it('refuses production without a token verifier instead of using the development secret', () => {
    expect(() => parseAppConfig(without('AUTH_JWKS_URL'))).toThrow(/AUTH_JWKS_URL or AUTH_JWT_SECRET/);
    expect(() => parseAppConfig({ ...without('AUTH_JWKS_URL'), AUTH_JWT_SECRET: '' })).toThrow(ConfigError);
  });

  it('refuses the development JWT secret in production even when it is given explicitly', () => {
    expect(() => parseAppConfig({ ...without('AUTH_JWKS_URL'), AUTH_JWT_SECRET: DEVELOPMENT_JWT_SECRET })).toThrow(/development secret is public/);
    expect(parseAppConfig({ ...without('AUTH_JWKS_URL'), AUTH_JWT_SECRET: 'a-production-secret-from-the-vault-0123456789' }).AUTH_JWT_SECRET).toBe(
      'a-production-secret-from-the-vault-0123456789',
    );
  });

  it('refuses production without the audit signing key, and the signer refuses to fall back to the development key', () => {
    expect(() => parseAppConfig(without('AUDIT_SIGNING_KEY'))).toThrow(/AUDIT_SIGNING_KEY: required/);
    expect(() => auditSigner({ NODE_ENV: 'production', AUDIT_SIGNING_KEY: undefined, DEVELOPMENT_SECRETS: false })).toThrow(/AUDIT_SIGNING_KEY/);
  });

  it('refuses production without the identity master keys, and takes them as id:base64 of 32 bytes', () => {
    expect(() => parseAppConfig(without('IDENTITY_MASTER_KEYS'))).toThrow(/IDENTITY_MASTER_KEYS: required/);
    expect(() => parseAppConfig(without('BLIND_INDEX_KEY'))).toThrow(/BLIND_INDEX_KEY: required/);
    expect(() => blindIndexKey({ NODE_ENV: 'production', BLIND_INDEX_KEY: undefined, DEVELOPMENT_SECRETS: false })).toThrow(/BLIND_INDEX_KEY/);
    expect(() => blindIndexKey({ NODE_ENV: 'production', BLIND_INDEX_KEY: 'c2hvcnQ=', DEVELOPMENT_SECRETS: false })).toThrow(/at least 32 bytes/);
    expect(() => identityMasterKeys({ NODE_ENV: 'production', IDENTITY_MASTER_KEYS: undefined, DEVELOPMENT_SECRETS: false })).toThrow(/IDENTITY_MASTER_KEYS/);
    expect(() => identityMasterKeys({ NODE_ENV: 'production', IDENTITY_MASTER_KEYS: 'k1:c2hvcnQ=', DEVELOPMENT_SECRETS: false })).toThrow(/exactly 32 bytes/);
    const keys = identityMasterKeys(
      parseAppConfig({ ...PRODUCTION, IDENTITY_MASTER_KEYS: `new:${Buffer.alloc(32, 2).toString('base64')},old:${Buffer.alloc(32, 1).toString('base64')}` }),
    );
    expect(keys.map((k) => k.id)).toEqual(['new', 'old']);
  });

  it('refuses the embedded database default password in production', () => {
    expect(() => parseAppConfig(without('DATABASE_URL'))).toThrow(/EMBEDDED_PG_PASSWORD: required in production/);
    expect(parseAppConfig({ ...without('DATABASE_URL'), EMBEDDED_PG_PASSWORD: 'from-the-secret-store' }).EMBEDDED_PG_PASSWORD).toBe('from-the-secret-store');
  });

  it('names every missing secret at once', () => {
    const error = (() => {
      try {
        parseAppConfig({ NODE_ENV: 'production', AUTH_JWT_SECRET: DEVELOPMENT_JWT_SECRET });
      } catch (e) {
        return e as Error;
      }
      return undefined;
    })();
    expect(error?.message).toMatch(/AUDIT_SIGNING_KEY/);
    expect(error?.message).toMatch(/AUTH_JWT_SECRET/);
    expect(error?.message).toMatch(/EMBEDDED_PG_PASSWORD/);
    expect(error?.message).toMatch(/IDENTITY_MASTER_KEYS/);
  });

  it('uses the development secret and keys only when DEVELOPMENT_SECRETS=true, never in production', () => {
    expect(parseAppConfig({ DEVELOPMENT_SECRETS: 'true' }).AUTH_JWT_SECRET).toBe(DEVELOPMENT_JWT_SECRET);
    expect(parseAppConfig({ NODE_ENV: 'test', DEVELOPMENT_SECRETS: 'true' }).AUTH_JWT_SECRET).toBe(DEVELOPMENT_JWT_SECRET);
    expect(auditSigner({ NODE_ENV: 'development', AUDIT_SIGNING_KEY: undefined, DEVELOPMENT_SECRETS: true }).publicKey).toEqual(expect.any(String));
    expect(() => parseAppConfig({ ...PRODUCTION, DEVELOPMENT_SECRETS: 'true' })).toThrow(/DEVELOPMENT_SECRETS: refused with NODE_ENV=production/);
  });
});

describe('development settings are asked for by name, never implied by an unset NODE_ENV', () => {
  const REAL = {
    AUTH_JWT_SECRET: 'a-real-secret-from-the-vault-0123456789abcdef',
    AUDIT_SIGNING_KEY: auditKeyPem,
    IDENTITY_MASTER_KEYS: `k1:${Buffer.alloc(32, 3).toString('base64')}`,
    BLIND_INDEX_KEY: Buffer.alloc(32, 4).toString('base64'),
  };

  it('refuses to start with NODE_ENV unset and no secrets, saying how to make real ones', () => {
    const message = (() => {
      try {
        parseAppConfig({});
      } catch (e) {
        return (e as Error).message;
      }
      return '';
    })();
    expect(message).toMatch(/AUTH_JWKS_URL or AUTH_JWT_SECRET: one is required \(a secret: openssl rand/);
    expect(message).toMatch(/IDENTITY_MASTER_KEYS: required .*openssl rand -base64 32/);
    expect(message).toMatch(/AUDIT_SIGNING_KEY: required .*openssl genpkey -algorithm ed25519/);
    expect(message).toMatch(/DEVELOPMENT_SECRETS=true/);
  });

  it('refuses the public development JWT secret given by hand unless DEVELOPMENT_SECRETS=true', () => {
    expect(() => parseAppConfig({ ...REAL, AUTH_JWT_SECRET: DEVELOPMENT_JWT_SECRET })).toThrow(/development secret is public/);
    expect(parseAppConfig({ ...REAL, AUTH_JWT_SECRET: DEVELOPMENT_JWT_SECRET, DEVELOPMENT_SECRETS: 'true' }).AUTH_JWT_SECRET).toBe(DEVELOPMENT_JWT_SECRET);
  });

  it('leaves development sign-in off with a real secret and NODE_ENV unset', () => {
    expect(parseAppConfig(REAL)).toMatchObject({ AUTH_DEV_SIGN_IN: false, DEVELOPMENT_SECRETS: false, REQUIRE_REGISTERED_USERS: true });
  });

  it('refuses development sign-in with NODE_ENV=production whatever else is set, and with a JWKS issuer', () => {
    expect(() => parseAppConfig({ ...PRODUCTION, AUTH_DEV_SIGN_IN: 'true' })).toThrow(/AUTH_DEV_SIGN_IN: refused with NODE_ENV=production/);
    expect(() => parseAppConfig({ ...PRODUCTION, AUTH_JWKS_URL: undefined, AUTH_JWT_SECRET: REAL.AUTH_JWT_SECRET, AUTH_DEV_SIGN_IN: 'true' })).toThrow(
      /AUTH_DEV_SIGN_IN: refused/,
    );
    expect(() => parseAppConfig({ ...REAL, AUTH_JWKS_URL: 'https://sso.example.go.id/jwks', AUTH_DEV_SIGN_IN: 'true' })).toThrow(
      /AUTH_DEV_SIGN_IN: tokens come from the provider/,
    );
    expect(parseAppConfig({ ...REAL, AUTH_DEV_SIGN_IN: 'true' }).AUTH_DEV_SIGN_IN).toBe(true);
  });
});

describe('hardening settings', () => {
  it('defaults: 64 KiB bodies, CORS closed, 600 requests a minute per user and 1200 per address, no trusted proxy', () => {
    expect(parseAppConfig({ DEVELOPMENT_SECRETS: 'true' })).toMatchObject({
      MAX_BODY_BYTES: 65_536,
      CORS_ORIGINS: [],
      RATE_LIMIT_PER_USER_PER_MINUTE: 600,
      RATE_LIMIT_PER_IP_PER_MINUTE: 1200,
      TRUST_PROXY_HOPS: 0,
    });
  });

  it('reads exact CORS origins, comma-separated', () => {
    expect(parseAppConfig({ DEVELOPMENT_SECRETS: 'true', CORS_ORIGINS: 'https://app.example.go.id, http://localhost:5173' }).CORS_ORIGINS).toEqual([
      'https://app.example.go.id',
      'http://localhost:5173',
    ]);
  });

  it.each(['*', 'https://*.example.go.id', 'https://app.example.go.id/', 'app.example.go.id', 'null'])('refuses the CORS origin %s', (origin) => {
    expect(() => parseAppConfig({ DEVELOPMENT_SECRETS: 'true', CORS_ORIGINS: origin })).toThrow(/CORS_ORIGINS/);
  });

  it('refuses a body limit below 1 KiB and a negative rate limit', () => {
    expect(() => parseAppConfig({ MAX_BODY_BYTES: '100' })).toThrow(/MAX_BODY_BYTES/);
    expect(() => parseAppConfig({ RATE_LIMIT_PER_USER_PER_MINUTE: '-1' })).toThrow(/RATE_LIMIT_PER_USER_PER_MINUTE/);
  });
});
