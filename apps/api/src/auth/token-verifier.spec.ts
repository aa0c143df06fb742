import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parseAppConfig } from '@rujukan/platform';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { TokenVerifier } from './token-verifier.js';

// An identity provider's JWKS endpoint on loopback, as production would configure AUTH_JWKS_URL.
describe('TokenVerifier with a JWKS URL', () => {
  let server: Server;
  let jwksUrl: string;
  let privateKey: CryptoKey;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    server = createServer((_, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const address = server.address();
    jwksUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/jwks`;
  });

  afterAll(async () => {
    await new Promise((done) => server.close(done));
  });

  // Production also needs the key that signs audit anchors and the master key of victims' data keys.
  const auditKeyPem = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  const sign = (key: CryptoKey, claims: Record<string, unknown> = { role: 'police_investigator', agency: 'POLDA-KALTIM' }) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setSubject('pol-1')
      .setIssuer('https://sso.example.go.id')
      .setAudience('rujukan-api')
      .setExpirationTime('5m')
      .sign(key);

  const verifier = (url: string) =>
    new TokenVerifier(
      parseAppConfig({ AUTH_JWKS_URL: url, AUTH_ISSUER: 'https://sso.example.go.id', NODE_ENV: 'production', AUDIT_SIGNING_KEY: auditKeyPem, IDENTITY_MASTER_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}` }),
    );

  it('takes the actor from a token signed by a key the provider publishes', async () => {
    await expect(verifier(jwksUrl).actorOf(`Bearer ${await sign(privateKey)}`)).resolves.toEqual({
      userId: 'pol-1',
      role: 'police_investigator',
      agency: 'POLDA-KALTIM',
    });
  });

  it('refuses a token signed by another key with 401', async () => {
    const stranger = await generateKeyPair('RS256');
    await expect(verifier(jwksUrl).actorOf(`Bearer ${await sign(stranger.privateKey)}`)).rejects.toMatchObject({
      status: 401,
      code: 'AUTH.UNAUTHENTICATED',
    });
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
