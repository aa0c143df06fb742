import { ValidationPipe, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig } from '@rujukan/platform';
import { Logger } from 'nestjs-pino';
import { AppModule, type AppModuleOptions } from './app.module.js';
import { RequestValidationError } from './errors/api-error.js';
import { ApiExceptionFilter, fieldErrors } from './errors/api-exception.filter.js';
import { applyHttpHardening } from './http/security.js';
import { JsonObjectBodyPipe } from './http/json-object-body.pipe.js';
import { applyWebConsole } from './web/web-console.js';

/** Validates and transforms request bodies into their DTOs; also used by in-process callers of the command service. */
export function requestValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new RequestValidationError(fieldErrors(errors)),
  });
}

/** Builds the HTTP application; used by `main.ts` and by the end-to-end specs. */
export async function createApiApp(options: AppModuleOptions): Promise<INestApplication> {
  // The JSON parser is added by applyHttpHardening, with the configured size limit and after the content-type check.
  const app = await NestFactory.create(AppModule.forRoot(options), { bufferLogs: true, bodyParser: false });
  const config = app.get<AppConfig>(APP_CONFIG);
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  applyHttpHardening(app, config);
  // The built console at `/`, before any route; API paths are never shadowed (see API_SEGMENTS).
  applyWebConsole(app, config);
  app.useGlobalPipes(new JsonObjectBodyPipe(), requestValidationPipe());
  app.useGlobalFilters(new ApiExceptionFilter({ maxBodyBytes: config.MAX_BODY_BYTES }));
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Rujukan')
      .setDescription('Case and referral engine for anti-trafficking (TPPO) services: every step is an event.')
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  return app;
}
