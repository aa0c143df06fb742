import { z } from 'zod';

const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** Everything the service reads from its environment, validated once at start. */
export const appConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Write the log to this file instead of stdout. */
  LOG_FILE: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** PostgreSQL server for events (postgres store) and read models; unset = embedded PostgreSQL. */
  DATABASE_URL: z.string().url().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  EMBEDDED_PG_DATA_DIR: z.string().min(1).default('./data/pg'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  EMBEDDED_PG_PASSWORD: z.string().min(8).default('rujukan-embedded'),
  /** Which engine holds the events: `postgres` (server or embedded) or `eventstoredb` (KurrentDB). */
  EVENT_STORE: z.enum(['postgres', 'eventstoredb']).default('postgres'),
  EVENTSTORE_CONNECTION_STRING: z.string().optional(),
  EVENT_STORE_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
  /** How long a query with X-Min-Position waits for the read models to reach it before answering anyway. */
  READ_WAIT_MS: z.coerce.number().int().min(0).max(30_000).default(2000),
  /** How often the projector turns due deadlines into commands (expiring unanswered referrals). */
  SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(15_000),
  /**
   * Least time between two reads of the log by a projection following live appends: under load each
   * batch gathers the events of this interval (one transaction each, not one per command); it adds at most
   * this much to the projection lag. 0 reads on every append.
   */
  PROJECTION_LIVE_INTERVAL_MS: z.coerce.number().int().min(0).max(10_000).default(50),
  /**
   * API processes on the one port (node:cluster), for a server with more cores than one Node.js thread
   * uses; 1 (the default) is a single process. Each runs its projector; leases keep one runner per projection.
   */
  API_WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  /** Run the projector inside the API process (the default for `npm start`). */
  RUN_PROJECTOR: flag.default(true),
  /** HS256 secret for bearer tokens (development and tests); at least 32 characters. */
  AUTH_JWT_SECRET: z.string().min(32).optional(),
  /** JWKS of the identity provider (production); takes precedence over the secret. */
  AUTH_JWKS_URL: z.string().url().optional(),
  AUTH_ISSUER: z.string().min(1).default('rujukan-dev'),
  AUTH_AUDIENCE: z.string().min(1).default('rujukan-api'),
  /**
   * Master keys that wrap each victim's data key: `id:base64-of-32-bytes`, comma-separated; the first
   * wraps new keys, the others still unwrap (rotation). Required in production.
   */
  IDENTITY_MASTER_KEYS: z.string().min(1).optional(),
  /** Keys the blind indexes a case is searched by (victim name words, NIK, phone): base64 of 32 bytes or more. Required in production. */
  BLIND_INDEX_KEY: z.string().min(1).optional(),
  /** Published counts below this are suppressed (5 by default; the CTDC uses 11). */
  STATS_MIN_CELL: z.coerce.number().int().min(1).max(100).default(5),
  /** Refuse tokens of users the administrators have not recorded; `false` only for development (recorded users are still checked). */
  REQUIRE_REGISTERED_USERS: flag.default(true),
  /** `POST /auth/dev-sign-in` (and `cli token`): anyone who reaches the server signs in as anyone. Never with NODE_ENV=production. */
  AUTH_DEV_SIGN_IN: flag.default(false),
  /** Use the secrets written in this repository (JWT secret, identity master key, audit signing key) for what is not set. Development only. */
  DEVELOPMENT_SECRETS: flag.default(false),
  /** How long a process trusts what it read of a user's record: deactivation takes effect within this. */
  USER_DIRECTORY_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(5000),
  /**
   * How often the projector signs an anchor of the stream heads that moved since the last one (and the day's first
   * anchor, if it is missing): the longest a deleted tail of an anchored stream can go unnamed by verify.
   */
  AUDIT_ANCHOR_INTERVAL_MS: z.coerce.number().int().min(1000).max(86_400_000).default(300_000),
  /** Ed25519 private key (PKCS#8 PEM; `\n` escapes allowed) that signs the daily audit anchors. */
  AUDIT_SIGNING_KEY: z.string().min(1).optional(),
  /** Public keys (SPKI DER base64, comma-separated) whose anchors verify too: keys used before a rotation. */
  AUDIT_TRUSTED_KEYS: z
    .string()
    .optional()
    .transform((v) =>
      v
        ? v
            .split(',')
            .map((k) => k.trim())
            .filter(Boolean)
        : [],
    ),
  /** Largest JSON request body accepted, in bytes; a larger one is answered 413. */
  MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(10 * 1024 * 1024)
    .default(64 * 1024),
  /** The largest document a case takes (POST /cases/:id/documents), in bytes; larger is 413 REQUEST.TOO_LARGE. */
  DOCUMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(10 * 1024 * 1024),
  /** Browser origins (exact, comma-separated) allowed to call the API cross-origin; unset = no CORS headers at all. */
  CORS_ORIGINS: z
    .string()
    .optional()
    .transform((v) =>
      v
        ? v
            .split(',')
            .map((o) => o.trim())
            .filter(Boolean)
        : [],
    )
    .pipe(z.array(z.string().regex(/^https?:\/\/[^/\s*]+$/, 'each origin is scheme://host[:port], with no path and no wildcard'))),
  /** Requests per minute one signed-in user (user id + agency) may make; 0 = no per-user limit. */
  RATE_LIMIT_PER_USER_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  /** Requests per minute from one client address, signed in or not; 0 = no per-address limit. */
  RATE_LIMIT_PER_IP_PER_MINUTE: z.coerce.number().int().min(0).default(1200),
  /** Reverse proxies in front of the API whose X-Forwarded-For is believed (0 = the socket's address is the client's). */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** The built web console the API serves at `/` (`vite build` output); without its index.html the API serves no console. */
  WEB_DIST_DIR: z.string().min(1).default('dist/web'),
  /** OpenID Connect provider the console signs in with (Authorization Code + PKCE); production's sign-in. */
  OIDC_ISSUER_URL: z.string().url().optional(),
  /** The console's public client id at that provider. */
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_SCOPE: z.string().min(1).default('openid profile'),
  /** A directory file the API imports at start when the directory holds no agency (`npm start`: data/directory/agencies.json). */
  DIRECTORY_SEED_FILE: z.string().min(1).optional(),
  /** The SMTP server notifications are mailed through (`smtp://user:pass@host:587`, `smtps://…`); unset = no e-mail is sent. */
  SMTP_URL: z
    .string()
    .url()
    .refine((v) => /^smtps?:\/\//.test(v), 'SMTP_URL must start with smtp:// or smtps://')
    .optional(),
  /** The sender of notification e-mails. */
  MAIL_FROM: z.string().min(3).default('Rujukan <no-reply@rujukan.invalid>'),
  /** Where the console is, for the links notifications carry. */
  CONSOLE_URL: z
    .string()
    .url()
    .refine((v) => /^https?:\/\//.test(v), 'CONSOLE_URL must be an http(s) URL')
    .default('http://localhost:3000'),
  /** How often the projector's notification worker fans out and sends what is due. */
  NOTIFY_INTERVAL_MS: z.coerce.number().int().min(50).max(600_000).default(5000),
  /** Attempts per delivery before it is a dead letter an administrator can replay. */
  NOTIFY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  /** The wait after the first failed attempt; each further failure doubles it (at most a day). */
  NOTIFY_RETRY_BASE_MS: z.coerce.number().int().min(10).max(3_600_000).default(30_000),
  /** A notification not sent within this of when it was due is left unsent (a projector catching up on old events mails nobody). */
  NOTIFY_MAX_AGE_MS: z.coerce
    .number()
    .int()
    .min(60_000)
    .default(3 * 86_400_000),
  /** How long a webhook target may take to answer. */
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  /** Webhook targets on loopback, link-local or private addresses (a local receiver, tests); never on a server that can reach an internal network. */
  WEBHOOK_ALLOW_PRIVATE: flag.default(false),
  /** Webhook targets over plain http; otherwise https is required. */
  WEBHOOK_ALLOW_HTTP: flag.default(false),
});

export type AppConfig = z.infer<typeof appConfigSchema>;

// Only with DEVELOPMENT_SECRETS=true (never in production): lets `npm start` and the CLI's development tokens work with no setup.
export const DEVELOPMENT_JWT_SECRET = 'rujukan-development-secret-do-not-use-in-production';

export class ConfigError extends Error {
  constructor(issues: string[]) {
    super(`invalid configuration:\n  ${issues.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

export function parseAppConfig(env: Record<string, unknown>): AppConfig {
  // An empty variable (as compose passes an unset `${X:-}`) means unset.
  const result = appConfigSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')));
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const config = result.data;
  if (config.EVENT_STORE === 'eventstoredb' && !config.EVENTSTORE_CONNECTION_STRING) {
    throw new ConfigError(['EVENTSTORE_CONNECTION_STRING: required when EVENT_STORE=eventstoredb']);
  }
  const issues: string[] = [];
  if (config.NODE_ENV === 'production') {
    // Production never relaxes security, whatever else is set.
    if (config.AUTH_DEV_SIGN_IN) issues.push('AUTH_DEV_SIGN_IN: refused with NODE_ENV=production (it lets anyone sign in as anyone)');
    if (config.DEVELOPMENT_SECRETS) issues.push('DEVELOPMENT_SECRETS: refused with NODE_ENV=production (those secrets are public)');
    if (config.AUTH_JWT_SECRET === DEVELOPMENT_JWT_SECRET) issues.push('AUTH_JWT_SECRET: the development secret is public; production needs its own');
    if (!config.DATABASE_URL && !env.EMBEDDED_PG_PASSWORD) {
      issues.push('EMBEDDED_PG_PASSWORD: required in production when DATABASE_URL is unset (the default is public)');
    }
  }
  if (config.AUTH_DEV_SIGN_IN && config.AUTH_JWKS_URL) {
    issues.push('AUTH_DEV_SIGN_IN: tokens come from the provider at AUTH_JWKS_URL, so development sign-in cannot mint them; unset one of the two');
  }
  // NODE_ENV unset is not production: the secrets written in this repository are used only when asked for by name.
  if (!config.DEVELOPMENT_SECRETS || config.NODE_ENV === 'production') {
    if (!config.AUTH_JWT_SECRET && !config.AUTH_JWKS_URL) {
      issues.push('AUTH_JWKS_URL or AUTH_JWT_SECRET: one is required (a secret: openssl rand -base64 48)');
    }
    if (config.AUTH_JWT_SECRET === DEVELOPMENT_JWT_SECRET && config.NODE_ENV !== 'production') {
      issues.push(
        'AUTH_JWT_SECRET: the development secret is public; set DEVELOPMENT_SECRETS=true to use it in development, or make one (openssl rand -base64 48)',
      );
    }
    if (!config.IDENTITY_MASTER_KEYS) issues.push('IDENTITY_MASTER_KEYS: required (id:base64 of 32 random bytes, e.g. k1:$(openssl rand -base64 32))');
    if (!config.BLIND_INDEX_KEY) issues.push('BLIND_INDEX_KEY: required (base64 of 32 random bytes: openssl rand -base64 32)');
    if (!config.AUDIT_SIGNING_KEY) issues.push('AUDIT_SIGNING_KEY: required (an Ed25519 private key in PKCS#8 PEM: openssl genpkey -algorithm ed25519)');
  }
  if (issues.length) {
    if (!config.DEVELOPMENT_SECRETS && config.NODE_ENV !== 'production') {
      issues.push('(for development only, DEVELOPMENT_SECRETS=true uses the public secrets written in this repository for what is not set)');
    }
    throw new ConfigError(issues);
  }
  if (!config.AUTH_JWT_SECRET && !config.AUTH_JWKS_URL) return { ...config, AUTH_JWT_SECRET: DEVELOPMENT_JWT_SECRET };
  return config;
}
