import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger as PinoLogger } from 'pino';
import { pathOf } from './security.js';

/**
 * One line per answered request on the root logger: its id, method, path (never the query string, which may
 * carry an auditor's reason), status and time in milliseconds. Never a body or a header. No child logger and
 * no AsyncLocalStorage per request: a line logged elsewhere names its request by the id it was given.
 * /health, polled by orchestrators, is not logged; below info, only server errors are.
 */
export function logRequests(instance: FastifyInstance, logger: PinoLogger): void {
  if (!logger.isLevelEnabled('error')) return;
  const info = logger.isLevelEnabled('info');
  instance.addHook('onResponse', (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
    if (request.url !== '/health') {
      const statusCode = reply.statusCode;
      const line = {
        req: { id: request.id, method: request.method, path: pathOf(request.url) },
        res: { statusCode },
        responseTime: Math.round(reply.elapsedTime),
      };
      if (statusCode >= 500) logger.error(line, 'request errored');
      else if (info) logger.info(line, 'request completed');
    }
    done();
  });
}
