import type { INestApplication } from '@nestjs/common';
import { caseStreamName, type Actor } from '@rujukan/domain';
import { EventStore, runMigrations, type StoredEvent } from '@rujukan/event-store';
import { mintDevelopmentToken, parseAppConfig, type AppConfig } from '@rujukan/platform';
import { allMigrations } from '@rujukan/read-models';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { UserDirectory } from '../../apps/api/src/auth/user-directory.js';
import { createApiApp } from '../../apps/api/src/bootstrap.js';
import { recordTestDirectoryAt, registerUser } from './test-directory.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface ApiTestApp {
  app: INestApplication;
  config: AppConfig;
  /** A token for the actor, whom the directory records first unless it holds that user id already (`register: false`: never). */
  token(actor: Actor, overrides?: Partial<AppConfig>, options?: { register?: boolean }): Promise<string>;
  post(path: string, body: unknown, actor: Actor | null, headers?: Record<string, string>): Promise<request.Response>;
  stream(caseId: string): Promise<StoredEvent[]>;
  close(): Promise<void>;
}

/**
 * The API on a fresh database whose directory holds the specs' agencies (test/support/test-directory.ts) and an
 * administrator, with tokens minted for any actor: the HTTP specs' fixture. Development secrets, as a developer
 * runs it; `env` adds configuration for this app only; `database` starts it on one a spec keeps (for a second
 * start, as after an upgrade), not dropped on close.
 */
export async function startApiTestApp(
  options: {
    withProjector?: boolean;
    env?: Record<string, string>;
    beforeStart?: (db: { query(sql: string): Promise<unknown> }) => Promise<unknown>;
    /** Start on an empty directory (a fresh installation), without the specs' agencies and administrator. */
    emptyDirectory?: boolean;
    database?: TestDatabase;
  } = {},
): Promise<ApiTestApp> {
  const saved = { ...process.env };
  const database: TestDatabase = options.database ?? (await createTestDatabase({ migrate: false }));
  await runMigrations(database.url, allMigrations);
  if (!options.emptyDirectory) await recordTestDirectoryAt(database.url, [], options.beforeStart);
  process.env.LOG_LEVEL = 'silent';
  process.env.DEVELOPMENT_SECRETS = 'true';
  Object.assign(process.env, options.env);
  process.env.DATABASE_URL = database.url;
  let app: INestApplication | undefined;
  try {
    app = await createApiApp({ withProjector: options.withProjector ?? false });
    await app.init();
  } catch (error) {
    // A start refused half-way has already opened connections (the key-erasure listener, pools): close them before
    // the database goes, or their reconnect timers outlive the spec and fire inside the next one.
    await app?.close().catch(() => undefined);
    if (!options.database) await database.drop();
    process.env = saved;
    throw error;
  }
  const config = parseAppConfig(process.env);
  const registered = new Set<string>();
  const token = async (actor: Actor, overrides: Partial<AppConfig> = {}, { register = true } = {}) => {
    if (register && actor.role !== 'system' && !registered.has(actor.userId)) {
      await registerUser(app.get(DataSource), actor);
      registered.add(actor.userId);
      app.get(UserDirectory).forget(actor.userId);
    }
    return mintDevelopmentToken({ ...config, ...overrides }, { userId: actor.userId, role: actor.role, agency: actor.agency });
  };
  return {
    app,
    config,
    token,
    async post(path, body, actor, headers = {}) {
      let call = request(app.getHttpServer()).post(path).set(headers);
      if (actor) call = call.set('Authorization', `Bearer ${await token(actor)}`);
      return call.send(body as object);
    },
    stream: (caseId) => app.get(EventStore).readStream(caseStreamName(caseId)),
    async close() {
      await app.close();
      if (!options.database) await database.drop();
      process.env = saved;
    },
  };
}
