import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { AppLogger, parseAppConfig, ROOT_LOGGER, type AppConfig } from '@rujukan/platform';
import type { Logger as PinoLogger } from 'pino';
import { AppModule, type AppModuleOptions } from './app.module.js';
import { requestValidationPipe } from '@rujukan/commands';
import { ApiExceptionFilter } from './errors/api-exception.filter.js';
import { applyHttpHardening, fastifyOptions, isDocumentUpload, QueryCheckInterceptor, securityHeaders } from './http/security.js';
import { JsonObjectBodyPipe } from './http/json-object-body.pipe.js';
import { buildOpenApiDocument } from './http/openapi.js';
import { PathIdInterceptor } from './http/path-id.interceptor.js';
import { CaseListQueries } from '@rujukan/read-models';
import { logRequests } from './http/request-log.js';
import { applyWebConsole } from './web/web-console.js';

/** Builds the HTTP application on Fastify; used by `main.ts` and by the end-to-end specs (after `init()` it answers requests). */
export async function createApiApp(options: AppModuleOptions): Promise<NestFastifyApplication> {
  // The same validation the app's own copy gets (AppConfigModule): a bad value stops the start with every problem listed.
  const settings = parseAppConfig(process.env);
  const headers = await securityHeaders();
  const adapter = new FastifyAdapter(fastifyOptions(settings, headers));
  // The JSON parser is set by applyHttpHardening, with the configured size limit and after the content-type check.
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(options), adapter, { bufferLogs: true, bodyParser: false });
  const logger = app.get(AppLogger);
  app.useLogger(logger);
  warnAboutDevelopmentSettings(logger, settings);
  // After a clean stop on SIGTERM or Ctrl-C the process exits 0 (by default Nest re-raises the signal: status 143).
  app.enableShutdownHooks(undefined, { useProcessExit: true });
  logRequests(adapter.getInstance(), app.get<PinoLogger>(ROOT_LOGGER));
  await applyHttpHardening(app, settings, headers);
  // The built console at `/`, before any route; API paths are never shadowed (see API_SEGMENTS).
  await applyWebConsole(app, settings);
  app.useGlobalPipes(new JsonObjectBodyPipe(), requestValidationPipe());
  app.useGlobalInterceptors(new PathIdInterceptor(app.get(CaseListQueries)), new QueryCheckInterceptor());
  app.useGlobalFilters(new ApiExceptionFilter({ maxBodyBytes: settings.MAX_BODY_BYTES, documentMaxBytes: settings.DOCUMENT_MAX_BYTES, isDocumentUpload }));
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  return app;
}

/** Settings that must never reach a server with real data say so at every start, where an operator sees them. */
export function warnAboutDevelopmentSettings(logger: { warn(message: string, context?: string): unknown }, config: AppConfig): void {
  if (config.AUTH_DEV_SIGN_IN) {
    logger.warn(
      "!!! AUTH_DEV_SIGN_IN=true: POST /auth/dev-sign-in gives ANYONE who reaches this server a token for ANY user, agency and role, administrators included. Development only: never on a server with real victims' data !!!",
      'Security',
    );
  }
  if (config.DEVELOPMENT_SECRETS) {
    logger.warn(
      '!!! DEVELOPMENT_SECRETS=true: the JWT secret, identity master key, blind index key and audit signing key not set in the environment are the public ones written in the source. Development only !!!',
      'Security',
    );
  }
}
