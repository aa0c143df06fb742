import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { StreamableFile } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import { readFile } from 'node:fs/promises';
import request from 'supertest';
import { API_SCHEMA_FILE, apiSchemaText, previewOpenApiDocument } from '../../scripts/api-types.js';
import type { StatsController } from '../../apps/api/src/stats/stats.controller.js';
import type { CaseCountsDto, ReferralFiguresDto } from '../../apps/api/src/stats/stats.responses.js';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';

// The statistics answers are built inline, so the compiler checks here that each still fits the class that documents it.
type JsonAnswer<Route extends 'cases' | 'referrals'> = Exclude<Awaited<ReturnType<StatsController[Route]>>, StreamableFile>;
type Fits<Answer extends Documented, Documented> = Answer;
type _CaseCounts = Fits<JsonAnswer<'cases'>, CaseCountsDto>;
type _ReferralFigures = Fits<JsonAnswer<'referrals'>, ReferralFiguresDto>;

/** The first line where two texts part, with both versions of it; null when they are the same. */
function firstDifference(committed: string, generated: string): string | null {
  if (committed === generated) return null;
  const a = committed.split('\n');
  const b = generated.split('\n');
  const line = a.findIndex((text, i) => text !== b[i]);
  const at = line === -1 ? a.length : line;
  return `line ${at + 1}: committed ${JSON.stringify(a[at] ?? '(end of file)')}, generated ${JSON.stringify(b[at] ?? '(end of file)')}`;
}

describe("the console's API types (apps/web/src/api-schema.d.ts)", () => {
  let api: ApiTestApp;
  let served: string;

  beforeAll(async () => {
    api = await startApiTestApp({ env: { WEB_DIST_DIR: '/nonexistent/rujukan-web' } });
    served = await apiSchemaText((await request(api.app.getHttpServer()).get('/docs-json').expect(200)).body as OpenAPIObject);
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  it('are the types of the document the API serves at /docs-json (else run `npm run generate:api-types`)', async () => {
    expect(firstDifference(await readFile(API_SCHEMA_FILE, 'utf8'), served)).toBeNull();
  });

  it('are what the generator builds without a database, in Nest’s preview mode', async () => {
    expect(firstDifference(await apiSchemaText(await previewOpenApiDocument()), served)).toBeNull();
  }, 60_000);
});
