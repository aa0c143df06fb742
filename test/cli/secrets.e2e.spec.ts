import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAppConfig } from '@rujukan/platform';
import { auditSigner, blindIndexKey, identityMasterKeys } from '@rujukan/server';
import { runCli } from '../support/cli.js';

/** The variables a POSIX shell sets from the file (`set -a; . ./.env`), as the README's deployment reads it. */
function sourced(file: string): Record<string, string> {
  const names = ['IDENTITY_MASTER_KEYS', 'BLIND_INDEX_KEY', 'AUDIT_SIGNING_KEY', 'AUTH_JWT_SECRET', 'AUTH_JWKS_URL', 'POSTGRES_PASSWORD'];
  const script = `set -a; . "$1"; set +a; for n in ${names.join(' ')}; do printf '%s=%s\\0' "$n" "\${!n-}"; done`;
  const output = execFileSync('bash', ['-c', script, '_', file], { encoding: 'utf8', env: {} });
  return Object.fromEntries(
    output
      .split('\0')
      .filter(Boolean)
      .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)])
      .filter(([, value]) => value !== ''),
  );
}

describe('npm run -s cli -- secrets init, spawned', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rujukan-secrets-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints a fresh .env, alone on stdout, that production starts with', async () => {
    const first = await runCli('', ['secrets', 'init']);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout.startsWith('# Rujukan')).toBe(true);
    writeFileSync(join(dir, 'first.env'), first.stdout);
    const env = sourced(join(dir, 'first.env'));
    expect(Object.keys(env).sort()).toEqual(['AUDIT_SIGNING_KEY', 'AUTH_JWT_SECRET', 'BLIND_INDEX_KEY', 'IDENTITY_MASTER_KEYS', 'POSTGRES_PASSWORD']);
    const config = parseAppConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://rujukan@db.internal:5432/rujukan', ...env });
    expect(identityMasterKeys(config)).toEqual([{ id: expect.stringMatching(/^k\d{8}$/), key: expect.any(Buffer) }]);
    expect(auditSigner(config).keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(blindIndexKey(config)).toHaveLength(32);
    // Every run makes new secrets.
    writeFileSync(join(dir, 'second.env'), (await runCli('', ['secrets', 'init'])).stdout);
    const again = sourced(join(dir, 'second.env'));
    for (const name of Object.keys(env)) expect(again[name]).not.toBe(env[name]);
  }, 60_000);

  it('prints a development token alone on stdout, for TOKEN=$(AUTH_DEV_SIGN_IN=true npm run -s cli -- token …)', async () => {
    const args = ['token', '--user', 'cw-kaltim', '--role', 'caseworker', '--agency', 'UPTD-PPA-64'];
    const run = await runCli('', args, { AUTH_DEV_SIGN_IN: 'true' });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    // Without the development sign-in it prints no token and says what it needs.
    const refused = await runCli('', args, { AUTH_DEV_SIGN_IN: 'false' });
    expect(refused).toMatchObject({ code: 1, stdout: '', stderr: expect.stringContaining('AUTH_DEV_SIGN_IN=true') });
  }, 60_000);

  it('names the identity provider instead of a secret with --jwks-url', async () => {
    const run = await runCli('', ['secrets', 'init', '--jwks-url', 'https://sso.example.go.id/realms/rujukan/protocol/openid-connect/certs']);
    writeFileSync(join(dir, 'jwks.env'), run.stdout);
    const env = sourced(join(dir, 'jwks.env'));
    expect(env.AUTH_JWKS_URL).toBe('https://sso.example.go.id/realms/rujukan/protocol/openid-connect/certs');
    expect(env.AUTH_JWT_SECRET).toBeUndefined();
  }, 60_000);

  it('writes --out readable by its owner only, and never overwrites a file that may already protect data', async () => {
    const file = join(dir, 'out.env');
    expect(await runCli('', ['secrets', 'init', '--out', file])).toMatchObject({ code: 0, stdout: '' });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const written = readFileSync(file, 'utf8');
    const refused = await runCli('', ['secrets', 'init', '--out', file]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('exists');
    expect(readFileSync(file, 'utf8')).toBe(written);
  }, 60_000);
});
