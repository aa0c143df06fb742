import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';

describe('the service over HTTP', () => {
  let api: ApiTestApp;

  beforeAll(async () => {
    api = await startApiTestApp({ withProjector: true });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('migrates its database on start and reports itself healthy', async () => {
    const response = await request(api.app.getHttpServer()).get('/health').expect(200);
    expect(response.body.status).toBe('ok');
    expect(response.body.info.database).toEqual({ status: 'up', engine: 'postgresql-server' });
    expect(response.body.info.eventStore.status).toBe('up');
  });

  it('publishes its OpenAPI description at /docs', async () => {
    const json = await request(api.app.getHttpServer()).get('/docs-json').expect(200);
    expect(json.body.info.title).toBe('Rujukan');
    expect(Object.keys(json.body.paths)).toContain('/health');
    const page = await request(api.app.getHttpServer()).get('/docs').expect(200);
    expect(page.text).toContain('swagger');
  });
});
