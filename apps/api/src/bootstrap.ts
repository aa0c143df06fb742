import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { SwaggerModule } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig } from '@rujukan/platform';
import { Logger } from 'nestjs-pino';
import { AppModule, type AppModuleOptions } from './app.module.js';
import { requestValidationPipe } from '@rujukan/commands';
import { ApiExceptionFilter } from './errors/api-exception.filter.js';
import { applyHttpHardening } from './http/security.js';
import { JsonObjectBodyPipe } from './http/json-object-body.pipe.js';
import { buildOpenApiDocument } from './http/openapi.js';
import { PathIdInterceptor } from './http/path-id.interceptor.js';
import { applyWebConsole } from './web/web-console.js';

/** Builds the HTTP application; used by `main.ts` and by the end-to-end specs. */
export async function createApiApp(options: AppModuleOptions): Promise<INestApplication> {
  // The JSON parser is added by applyHttpHardening, with the configured size limit and after the content-type check.
  const app = await NestFactory.create(AppModule.forRoot(options), { bufferLogs: true, bodyParser: false });
  const config = app.get<AppConfig>(APP_CONFIG);
  app.useLogger(app.get(Logger));
  warnAboutDevelopmentSettings(app.get(Logger), config);
  // After a clean stop on SIGTERM or Ctrl-C the process exits 0 (by default Nest re-raises the signal: status 143).
  app.enableShutdownHooks(undefined, { useProcessExit: true });
  applyHttpHardening(app, config);
  // The built console at `/`, before any route; API paths are never shadowed (see API_SEGMENTS).
  applyWebConsole(app, config);
  app.useGlobalPipes(new JsonObjectBodyPipe(), requestValidationPipe());
  app.useGlobalInterceptors(new PathIdInterceptor());
  app.useGlobalFilters(new ApiExceptionFilter({ maxBodyBytes: config.MAX_BODY_BYTES }));
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
      '!!! DEVELOPMENT_SECRETS=true: the JWT secret, identity master key and audit signing key not set in the environment are the public ones written in the source. Development only !!!',
      'Security',
    );
  }
}
