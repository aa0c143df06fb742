import { randomUUID } from 'node:crypto';
import { Global, Inject, Injectable, Module, type LoggerService } from '@nestjs/common';
import { destination, pino, type Level, type Logger as PinoLogger } from 'pino';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';

/**
 * Paths pino blanks out wherever they appear: victim identity, credentials and bodies must never reach a log.
 * The request line of the API keeps only id, method, path and status; these catch anything logged another way
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

/** The process's one pino logger, with redaction; LOG_FILE sends it to a file instead of stdout (a log shipper, or a spec reading what was logged). */
export function createRootLogger(config: Pick<AppConfig, 'LOG_LEVEL' | 'LOG_FILE'>): PinoLogger {
  const options = { level: config.LOG_LEVEL, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } };
  return config.LOG_FILE ? pino(options, destination({ dest: config.LOG_FILE, sync: true, mkdir: true })) : pino(options);
}

/** The root logger of the process (a pino instance), for lines a Nest `Logger` cannot shape, such as the API's request line. */
export const ROOT_LOGGER = Symbol('ROOT_LOGGER');

/**
 * Nest's logger on the root pino logger: `new Logger('Context').log(…)` anywhere becomes one JSON line with
 * `context`. Nothing per request: no child logger and no AsyncLocalStorage (the request id is on the request line).
 */
@Injectable()
export class AppLogger implements LoggerService {
  constructor(@Inject(ROOT_LOGGER) private readonly logger: PinoLogger) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  /** Nest passes `(message, context)`, or for errors `(message, stack, context)`; the context comes last. */
  private write(level: Level, message: unknown, params: unknown[]): void {
    if (!this.logger.isLevelEnabled(level)) return;
    const rest = [...params];
    const context = rest.length > 0 && typeof rest[rest.length - 1] === 'string' ? (rest.pop() as string) : undefined;
    const stack = level === 'error' && typeof rest[0] === 'string' ? rest[0] : undefined;
    const fields: Record<string, unknown> = { ...(context !== undefined && { context }), ...(stack !== undefined && { stack }) };
    if (message instanceof Error) this.logger[level]({ ...fields, err: message }, message.message);
    else if (message !== null && typeof message === 'object') this.logger[level]({ ...(message as object), ...fields });
    else this.logger[level](fields, String(message));
  }
}

/** The root logger and Nest's logger on it, for every module. */
@Global()
@Module({
  providers: [{ provide: ROOT_LOGGER, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createRootLogger(config) }, AppLogger],
  exports: [ROOT_LOGGER, AppLogger],
})
export class LoggingModule {}
