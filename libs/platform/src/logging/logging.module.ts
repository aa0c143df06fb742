import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { destination } from 'pino';
import type { Options } from 'pino-http';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';

/**
 * Paths pino blanks out wherever they appear: victim identity, credentials and bodies must never reach a log.
 * The request serializer below already keeps only id, method and path; these catch anything logged another way
 * (a `{ req }`, `{ headers }` or `{ body }` handed to a logger by hand).
 */
export const REDACTED_PATHS = [
  '*.name',
  '*.fullName',
  '*.nik',
  '*.passportNumber',
  '*.address',
  '*.phone',
  '*.identity',
  '*.notes',
  'body',
  '*.body',
  'headers.authorization',
  'headers.cookie',
  'headers["set-cookie"]',
  'headers["proxy-authorization"]',
  '*.headers.authorization',
  '*.headers.cookie',
  '*.headers["set-cookie"]',
  '*.headers["proxy-authorization"]',
];

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's X-Request-Id when it is a plain token, else a new UUID: an id can be quoted, not used to inject text. */
export function requestIdOf(header: string | string[] | undefined): string {
  return typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
}

/** pino-http's options: one line per request with its id, method, path (no query string), status and time; never a body or a header. */
export function httpLoggingOptions(config: Pick<AppConfig, 'LOG_LEVEL'>): Options {
  return {
    level: config.LOG_LEVEL,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const id = requestIdOf(req.headers['x-request-id']);
      res.setHeader('X-Request-Id', id);
      return id;
    },
    // Bodies carry what caseworkers type about victims, and a query string may carry an auditor's reason.
    serializers: {
      req: (req: { id: unknown; method: unknown; url: unknown }) => ({
        id: req.id,
        method: req.method,
        path: typeof req.url === 'string' ? req.url.split('?')[0] : req.url,
      }),
      res: (res: { statusCode: unknown }) => ({ statusCode: res.statusCode }),
    },
    autoLogging: { ignore: (req) => req.url === '/health' },
  };
}

@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      // LOG_FILE sends the log to a file instead of stdout (a deployment's log shipper, or a spec reading what was logged).
      useFactory: (config: AppConfig) => ({
        pinoHttp: config.LOG_FILE ? [httpLoggingOptions(config), destination({ dest: config.LOG_FILE, sync: true, mkdir: true })] : httpLoggingOptions(config),
      }),
    }),
  ],
})
export class LoggingModule {}
