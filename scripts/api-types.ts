import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { AppModule } from '../apps/api/src/app.module.js';
import { buildOpenApiDocument } from '../apps/api/src/http/openapi.js';

/** The console's types of the API, generated from its OpenAPI document; `npm run generate:api-types` writes it. */
export const API_SCHEMA_FILE = resolve(import.meta.dirname, '../apps/web/src/api-schema.d.ts');

const HEADER = `/**
 * The API's types as its OpenAPI document (/docs-json) declares them, for the console. Generated: do not edit.
 * \`npm run generate:api-types\` writes it again; test/api/api-types.e2e.spec.ts fails while it is stale.
 */
`;

/**
 * The document /docs-json serves, built without a database: Nest's preview mode registers every controller's
 * routes and metadata but instantiates no provider, so nothing connects anywhere.
 */
export async function previewOpenApiDocument(): Promise<OpenAPIObject> {
  const app = await NestFactory.create(AppModule.forRoot({ withProjector: false }), new FastifyAdapter(), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  try {
    // The request body examples are relative to now; the generated types do not carry them.
    return buildOpenApiDocument(app);
  } finally {
    await app.close();
  }
}

/** The text of api-schema.d.ts for a document, formatted as the tree's formatter formats the file. */
export async function apiSchemaText(document: OpenAPIObject): Promise<string> {
  const text = HEADER + astToString(await openapiTS(document as Parameters<typeof openapiTS>[0]));
  const options = (await resolveConfig(API_SCHEMA_FILE)) ?? {};
  return format(text, { ...options, filepath: API_SCHEMA_FILE });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await writeFile(API_SCHEMA_FILE, await apiSchemaText(await previewOpenApiDocument()));
  process.stdout.write(`wrote ${API_SCHEMA_FILE}\n`);
}
