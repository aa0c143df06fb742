import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';

/**
 * Fastify finishes its routes (their hooks, the body parser) only when it is ready, which `listen()` waits for
 * but `init()` does not: this makes `app.init()` leave an application that answers requests on
 * `app.getHttpServer()`, as the end-to-end specs use it. Runs after Nest has registered every route and its
 * not-found and error handlers.
 */
@Injectable()
export class FastifyReady implements OnApplicationBootstrap {
  constructor(private readonly host: HttpAdapterHost) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.host.httpAdapter.getInstance<FastifyInstance>().ready();
  }
}
