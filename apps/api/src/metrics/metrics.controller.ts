import { Controller, Get, Header, Inject, Module } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig } from '@rujukan/platform';
import { caseProjections, ProjectionProgressQueries } from '@rujukan/read-models';
import { collectDefaultMetrics, Gauge, Registry } from 'prom-client';

/** Prometheus metrics: process figures and, per projection, how long its oldest unapplied event has waited and what it parked. */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  private readonly registry = new Registry();

  constructor(progress: ProjectionProgressQueries, @Inject(APP_CONFIG) config: AppConfig) {
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
          this.set({ projection: projection.name }, await progress.lagSeconds(projection.name, projection.eventTypes));
        }
      },
    });
    const setAside = (name: string, help: string, count: (c: { parked: number; held: number }) => number) =>
      new Gauge({
        name,
        help,
        labelNames: ['projection'],
        registers: [this.registry],
        async collect() {
          const counts = await progress.setAsideCounts();
          for (const projection of projections) this.set({ projection: projection.name }, count(counts.get(projection.name) ?? { parked: 0, held: 0 }));
        },
      });
    setAside(
      'rujukan_projection_faults',
      'Events a projection could not apply and parked (each holds back the later events of its stream for that projection); 0 when none',
      (c) => c.parked,
    );
    setAside('rujukan_projection_held_events', 'Events a projection holds back behind a parked event of the same stream', (c) => c.held);
  }

  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4')
  metrics(): Promise<string> {
    return this.registry.metrics();
  }
}

@Module({ controllers: [MetricsController] })
export class MetricsModule {}
