import type { INestApplication } from '@nestjs/common';
import { caseStreamName, type Actor } from '@rujukan/domain';
import { EventStore, type StoredEvent } from '@rujukan/event-store';
import { mintDevelopmentToken, parseAppConfig, type AppConfig } from '@rujukan/platform';
import request from 'supertest';
import { createApiApp } from '../../apps/api/src/bootstrap.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface ApiTestApp {
  app: INestApplication;
  config: AppConfig;
  token(actor: Actor, overrides?: Partial<AppConfig>): Promise<string>;
  post(path: string, body: unknown, actor: Actor | null, headers?: Record<string, string>): Promise<request.Response>;
  stream(caseId: string): Promise<StoredEvent[]>;
  close(): Promise<void>;
}

/** The API on a fresh database, with tokens minted for any actor: the HTTP specs' fixture. `env` adds configuration for this app only. */
export async function startApiTestApp(options: { withProjector?: boolean; env?: Record<string, string> } = {}): Promise<ApiTestApp> {
  const saved = { ...process.env };
  const database: TestDatabase = await createTestDatabase({ migrate: false });
  process.env.LOG_LEVEL = 'silent';
  Object.assign(process.env, options.env);
  process.env.DATABASE_URL = database.url;
  const app = await createApiApp({ withProjector: options.withProjector ?? false });
  await app.init();
  const config = parseAppConfig(process.env);
  const token = (actor: Actor, overrides: Partial<AppConfig> = {}) =>
    mintDevelopmentToken({ ...config, ...overrides }, { userId: actor.userId, role: actor.role, agency: actor.agency });
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
      await database.drop();
      process.env = saved;
    },
  };
}
