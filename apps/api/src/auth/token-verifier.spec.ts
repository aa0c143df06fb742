import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parseAppConfig } from '@rujukan/platform';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import { TokenVerifier } from './token-verifier.js';

const ISSUER = 'https://sso.example.go.id';
const AUDIENCE = 'rujukan-api';
const CLAIMS = { role: 'police_investigator', agency: 'POLDA-KALTIM' };
const nowSeconds = () => Math.floor(Date.now() / 1000);

const refused = { status: 401, code: 'AUTH.UNAUTHENTICATED' };
const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A token with `alg: none` and no signature, as an attacker would hand-craft it. */
function unsignedToken(payload: JWTPayload, header: Record<string, unknown> = {}): string {
  return `${base64url({ alg: 'none', typ: 'JWT', ...header })}.${base64url(payload)}.`;
}

interface TokenShape {
  claims?: Record<string, unknown>;
  issuer?: string;
  audience?: string;
  subject?: string | null;
  expiresAt?: number | string | null;
  notBefore?: number;
}

/** Signs a token as an identity provider would, with any part of it changed. */
function signer(alg: string, key: CryptoKey | Uint8Array, kid?: string) {
  return ({ claims = CLAIMS, issuer = ISSUER, audience = AUDIENCE, subject = 'pol-1', expiresAt = '5m', notBefore }: TokenShape = {}) => {
    let jwt = new SignJWT(claims)
      .setProtectedHeader({ alg, ...(kid && { kid }) })
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt();
    if (subject !== null) jwt = jwt.setSubject(subject);
    if (expiresAt !== null) jwt = jwt.setExpirationTime(expiresAt);
    if (notBefore !== undefined) jwt = jwt.setNotBefore(notBefore);
    return jwt.sign(key);
  };
}

/** What every verifier must refuse, whichever way it checks signatures. */
function refusesBadClaims(verifier: () => TokenVerifier, sign: ReturnType<typeof signer>) {
  it.each([
    ['another issuer', { issuer: 'https://evil.example.com' }],
    ['another audience', { audience: 'another-api' }],
    ['an expired token', { expiresAt: nowSeconds() - 60 }],
    ['a token without an expiry', { expiresAt: null }],
    ['a token not valid yet', { notBefore: nowSeconds() + 3600 }],
    ['a token without a subject', { subject: null }],
    ['a token without a role', { claims: { agency: 'POLDA-KALTIM' } }],
    ['a token without an agency', { claims: { role: 'police_investigator' } }],
    ['a token with an unknown role', { claims: { role: 'superuser', agency: 'POLDA-KALTIM' } }],
    ['a token claiming the in-process system role', { claims: { role: 'system', agency: 'POLDA-KALTIM' } }],
    ['a token whose agency is not a string', { claims: { role: 'police_investigator', agency: ['POLDA-KALTIM'] } }],
    ['a token with an empty subject', { subject: '' }],
    ['a token with a blank subject', { subject: '  ' }],
    ['a token with an empty agency', { claims: { role: 'police_investigator', agency: '' } }],
    ['a token with an empty role', { claims: { role: '', agency: 'POLDA-KALTIM' } }],
  ] as [string, TokenShape][])('refuses %s with 401', async (_, shape) => {
    await expect(verifier().actorOf(`Bearer ${await sign(shape)}`)).rejects.toMatchObject(refused);
  });

  it('refuses an unsigned token (alg: none) with 401', async () => {
    const payload = { ...CLAIMS, sub: 'pol-1', iss: ISSUER, aud: AUDIENCE, exp: nowSeconds() + 300 };
    await expect(verifier().actorOf(`Bearer ${unsignedToken(payload)}`)).rejects.toMatchObject(refused);
    await expect(verifier().actorOf(`Bearer ${unsignedToken(payload, { kid: 'k1' })}`)).rejects.toMatchObject(refused);
  });

  it('refuses a missing, empty or non-bearer authorization with 401', async () => {
    for (const header of [undefined, '', 'Bearer ', 'Basic dXNlcjpwYXNz', `Token ${await sign()}`]) {
      await expect(verifier().actorOf(header)).rejects.toMatchObject(refused);
    }
  });
}

describe('TokenVerifier with an HS256 secret (development and tests)', () => {
  const secret = 'a-test-secret-of-at-least-thirty-two-characters';
  const verifier = () =>
    new TokenVerifier(parseAppConfig({ AUTH_JWT_SECRET: secret, AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: AUDIENCE, DEVELOPMENT_SECRETS: 'true' }));
  const sign = signer('HS256', new TextEncoder().encode(secret));

  it('takes the actor from a valid token', async () => {
    await expect(verifier().actorOf(`Bearer ${await sign()}`)).resolves.toEqual({ userId: 'pol-1', role: 'police_investigator', agency: 'POLDA-KALTIM' });
  });

  refusesBadClaims(verifier, sign);

  it('accepts the Bearer scheme in any letter case (RFC 6750, RFC 7235)', async () => {
    const token = await sign();
    for (const scheme of ['bearer', 'BEARER', 'bEaReR']) {
      await expect(verifier().actorOf(`${scheme} ${token}`)).resolves.toMatchObject({ userId: 'pol-1' });
    }
  });

  it('refuses a token signed with another secret, or with HS512 under the same secret', async () => {
    await expect(verifier().actorOf(`Bearer ${await signer('HS256', new TextEncoder().encode(`${secret}-other`))()}`)).rejects.toMatchObject(refused);
    await expect(verifier().actorOf(`Bearer ${await signer('HS512', new TextEncoder().encode(secret))()}`)).rejects.toMatchObject(refused);
  });

  it('refuses an RS256 token, whatever key signed it', async () => {
    const pair = await generateKeyPair('RS256');
    await expect(verifier().actorOf(`Bearer ${await signer('RS256', pair.privateKey)()}`)).rejects.toMatchObject(refused);
  });

  it('remembers a verified token only until it expires', async () => {
    const once = verifier();
    // Valid for at least two seconds (not "until the next second starts", which a busy machine can pass between
    // signing and the second look), then waited out from its expiry, not from when the wait began.
    const expiresAt = nowSeconds() + 3;
    const token = await sign({ expiresAt });
    await expect(once.actorOf(`Bearer ${token}`)).resolves.toMatchObject({ userId: 'pol-1' });
    expect(once.rememberedTokens).toBe(1);
    await expect(once.actorOf(`Bearer ${token}`)).resolves.toMatchObject({ userId: 'pol-1' });
    await new Promise((done) => setTimeout(done, Math.max(0, expiresAt * 1000 + 100 - Date.now())));
    await expect(once.actorOf(`Bearer ${token}`)).rejects.toMatchObject(refused);
    expect(once.rememberedTokens).toBe(0);
  });

  it('does not remember a refused token, and refuses a remembered token changed by one character', async () => {
    const once = verifier();
    const token = await sign();
    await once.actorOf(`Bearer ${token}`);
    const tampered = `${token.slice(0, -2)}${token.at(-2) === 'A' ? 'B' : 'A'}${token.at(-1)}`;
    await expect(once.actorOf(`Bearer ${tampered}`)).rejects.toMatchObject(refused);
    await expect(once.actorOf(`Bearer ${await sign({ audience: 'another-api' })}`)).rejects.toMatchObject(refused);
    expect(once.rememberedTokens).toBe(1);
  });

  it('remembers at most 5,000 tokens', async () => {
    const once = verifier();
    for (let i = 0; i < 5_010; i++) await once.actorOf(`Bearer ${await sign({ subject: `user-${i}` })}`);
    expect(once.rememberedTokens).toBe(5_000);
  });
});

// An identity provider's JWKS endpoint on loopback, as production would configure AUTH_JWKS_URL.
describe('TokenVerifier with a JWKS URL', () => {
  let server: Server;
  let jwksUrl: string;
  let privateKey: CryptoKey;
  let publicKey: CryptoKey;
  let ecPrivateKey: CryptoKey;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    publicKey = pair.publicKey;
    const ec = await generateKeyPair('ES256');
    ecPrivateKey = ec.privateKey;
    const keys = [
      { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' },
      { ...(await exportJWK(ec.publicKey)), kid: 'k2', alg: 'ES256', use: 'sig' },
    ];
    server = createServer((_, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys }));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const address = server.address();
    jwksUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/jwks`;
  });

  afterAll(async () => {
    await new Promise((done) => server.close(done));
  });

  // Production also needs the key that signs audit anchors, the master key of victims' data keys, and a database that is not the embedded default.
  const auditKeyPem = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  const sign = (key: CryptoKey, claims: Record<string, unknown> = CLAIMS) => signer('RS256', key, 'k1')({ claims });

  const verifier = (url: string) =>
    new TokenVerifier(
      parseAppConfig({
        AUTH_JWKS_URL: url,
        AUTH_ISSUER: ISSUER,
        NODE_ENV: 'production',
        AUDIT_SIGNING_KEY: auditKeyPem,
        IDENTITY_MASTER_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`,
        BLIND_INDEX_KEY: Buffer.alloc(32, 2).toString('base64'),
        DATABASE_URL: 'postgres://rujukan@db.internal:5432/rujukan',
      }),
    );

  it('takes the actor from a token signed by a key the provider publishes', async () => {
    await expect(verifier(jwksUrl).actorOf(`Bearer ${await sign(privateKey)}`)).resolves.toEqual({
      userId: 'pol-1',
      role: 'police_investigator',
      agency: 'POLDA-KALTIM',
    });
  });

  it('takes the actor from an ES256 token too', async () => {
    await expect(verifier(jwksUrl).actorOf(`Bearer ${await signer('ES256', ecPrivateKey, 'k2')()}`)).resolves.toMatchObject({ userId: 'pol-1' });
  });

  it('refuses a token signed by another key with 401', async () => {
    const stranger = await generateKeyPair('RS256');
    await expect(verifier(jwksUrl).actorOf(`Bearer ${await sign(stranger.privateKey)}`)).rejects.toMatchObject(refused);
  });

  // The key exists only once beforeAll has run.
  refusesBadClaims(
    () => verifier(jwksUrl),
    (shape) => signer('RS256', privateKey, 'k1')(shape),
  );

  it('refuses an HS256 token whose "secret" is the published public key (algorithm confusion)', async () => {
    const publicPem = new TextEncoder().encode(await exportSPKI(publicKey));
    const publicJwk = new TextEncoder().encode(JSON.stringify(await exportJWK(publicKey)));
    for (const material of [publicPem, publicJwk]) {
      for (const kid of ['k1', undefined]) {
        await expect(verifier(jwksUrl).actorOf(`Bearer ${await signer('HS256', material, kid)()}`)).rejects.toMatchObject(refused);
      }
    }
  });

  it('refuses an HS256 token signed with the development secret', async () => {
    const development = new TextEncoder().encode('rujukan-development-secret-do-not-use-in-production');
    await expect(verifier(jwksUrl).actorOf(`Bearer ${await signer('HS256', development)()}`)).rejects.toMatchObject(refused);
  });

  it('answers 503 when the provider cannot be reached, so clients retry instead of signing in again', async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const address = closed.address();
    await new Promise((done) => closed.close(done));
    const unreachable = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/jwks`;
    await expect(verifier(unreachable).actorOf(`Bearer ${await sign(privateKey)}`)).rejects.toMatchObject({
      status: 503,
      code: 'AUTH.PROVIDER_UNAVAILABLE',
    });
  });
});
