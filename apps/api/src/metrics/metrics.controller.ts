import { Controller, Get, Header, Inject, Module } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig } from '@rujukan/platform';
import { caseProjections } from '@rujukan/read-models/projections/index.js';
import { collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import { DataSource } from 'typeorm';

/** Prometheus metrics: process figures and, per projection, how long its oldest unapplied event has waited. */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  private readonly registry = new Registry();

  constructor(dataSource: DataSource, @Inject(APP_CONFIG) config: AppConfig) {
    collectDefaultMetrics({ register: this.registry, prefix: 'rujukan_' });
    const projections = caseProjections();
    new Gauge({
      name: 'rujukan_projection_lag_seconds',
      help: 'Age of the oldest event a projection handles but has not applied yet (0 when caught up)',
      labelNames: ['projection'],
      registers: [this.registry],
      async collect() {
        // The log is read where it lives: with KurrentDB this gauge stays empty.
        if (config.EVENT_STORE !== 'postgres') return;
        for (const projection of projections) {
          const [row]: Array<{ age: number | null }> = await dataSource.query(
            `SELECT extract(epoch FROM now() - e.recorded_at)::float8 AS age
             FROM projection_checkpoints c
             RIGHT JOIN (SELECT $1::text AS name) p ON p.name = c.name
             CROSS JOIN LATERAL (
               SELECT recorded_at FROM events
               WHERE (transaction_id, global_position) > (coalesce(c.commit_position, 0)::text::xid8, coalesce(c.prepare_position, 0)::bigint)
                 AND type = ANY($2)
               ORDER BY transaction_id, global_position LIMIT 1
             ) e`,
            [projection.name, projection.eventTypes],
          );
          this.set({ projection: projection.name }, Math.max(0, row?.age ?? 0));
        }
      },
    });
  }

  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4')
  metrics(): Promise<string> {
    return this.registry.metrics();
  }
}

@Module({ controllers: [MetricsController] })
export class MetricsModule {}
