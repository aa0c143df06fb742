import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createApiApp } from '../../apps/api/src/bootstrap.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

describe('the service over HTTP', () => {
  let database: TestDatabase;
  let app: INestApplication;
  const saved = { ...process.env };

  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
    process.env.DATABASE_URL = database.url;
    process.env.LOG_LEVEL = 'silent';
    app = await createApiApp({ withProjector: true });
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
    process.env = saved;
  });

  it('migrates its database on start and reports itself healthy', async () => {
    const response = await request(app.getHttpServer()).get('/health').expect(200);
    expect(response.body.status).toBe('ok');
    expect(response.body.info.database).toEqual({ status: 'up', engine: 'postgresql-server' });
    expect(response.body.info.eventStore.status).toBe('up');
  });

  it('publishes its OpenAPI description at /docs', async () => {
    const json = await request(app.getHttpServer()).get('/docs-json').expect(200);
    expect(json.body.info.title).toBe('Rujukan');
    expect(Object.keys(json.body.paths)).toContain('/health');
    const page = await request(app.getHttpServer()).get('/docs').expect(200);
    expect(page.text).toContain('swagger');
  });
});
