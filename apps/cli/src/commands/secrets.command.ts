import type { Command } from 'commander';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';

export interface SecretsOptions {
  /** Tokens come from this identity provider's JWKS instead of an HS256 secret. */
  jwksUrl?: string;
  now?: Date;
}

/**
 * A fresh `.env` for production and the containers: the identity master key, the audit signing key, the token
 * check and the PostgreSQL password, each new and random. Values are single-quoted, which a POSIX shell
 * (`set -a; . ./.env`) and docker compose both read literally.
 */
export function freshSecrets(options: SecretsOptions = {}): string {
  const now = options.now ?? new Date();
  const keyId = `k${now.toISOString().slice(0, 10).replaceAll('-', '')}`;
  const signingKey = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString().trim().replaceAll('\n', '\\n');
  return [
    `# Rujukan's secrets, made by \`rujukan secrets init\` on ${now.toISOString()}. Keep this file readable by its owner only`,
    '# and back it up apart from the database: without IDENTITY_MASTER_KEYS no victim identity can ever be read again.',
    '',
    '# Wraps every victim data key; to rotate, put a new key first and keep this one after it (cli identity rotate-keys).',
    `IDENTITY_MASTER_KEYS='${keyId}:${randomBytes(32).toString('base64')}'`,
    '# Keys the blind indexes cases are searched by (victim name, NIK, phone); changing it loses those searches.',
    `BLIND_INDEX_KEY='${randomBytes(32).toString('base64')}'`,
    '# Signs the daily audit anchors (Ed25519, PKCS#8 PEM with \\n escapes).',
    `AUDIT_SIGNING_KEY='${signingKey}'`,
    ...(options.jwksUrl
      ? ["# Bearer tokens are checked against the identity provider's keys.", `AUTH_JWKS_URL='${options.jwksUrl}'`]
      : [
          "# Bearer tokens are HS256 with this secret (or set AUTH_JWKS_URL to your identity provider's JWKS instead).",
          `AUTH_JWT_SECRET='${randomBytes(48).toString('base64url')}'`,
        ]),
    '# The password of the rujukan user of the PostgreSQL container (docker-compose.yml).',
    `POSTGRES_PASSWORD='${randomBytes(24).toString('base64url')}'`,
    '',
  ].join('\n');
}

export function registerSecrets(program: Command): void {
  program
    .command('secrets')
    .description('the secrets production needs')
    .command('init')
    .description('print a fresh .env (identity master key, audit signing key, JWT secret or JWKS URL, PostgreSQL password)')
    .option('--jwks-url <url>', "check tokens against this identity provider's JWKS instead of an HS256 secret")
    .option('--out <file>', 'write the file (mode 0600) instead of printing it; an existing file is never overwritten')
    .action((options: { jwksUrl?: string; out?: string }) => {
      if (options.jwksUrl !== undefined && !URL.canParse(options.jwksUrl)) throw new Error('--jwks-url must be a URL');
      const secrets = freshSecrets({ jwksUrl: options.jwksUrl });
      if (!options.out) {
        process.stdout.write(secrets);
        return;
      }
      // Overwriting the keys of a running installation would make every sealed identity unreadable.
      if (existsSync(options.out)) throw new Error(`${options.out} exists: its keys may already protect data; move it away first`);
      writeFileSync(options.out, secrets, { mode: 0o600, flag: 'wx' });
      console.error(`wrote ${options.out} (mode 0600)`);
    });
}
