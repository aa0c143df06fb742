import {
  Inject,
  Injectable,
  Logger,
  Module,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { EventStore } from '@rujukan/event-store';
import { APP_CONFIG, type AppConfig } from '@rujukan/platform';
import { DataSource } from 'typeorm';
import { PROJECTIONS, type Projection } from '../runtime/projection.js';
import { AuditAnchorService } from './audit-anchor.service.js';
import { DeadlineSweepService } from './deadline-sweep.service.js';
import { ProjectionRunner } from '../runtime/projection-runner.js';

/** Starts a runner per registered projection and stops them before the store and database close. */
@Injectable()
export class ProjectorService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Projector');
  private readonly runners: ProjectionRunner[];

  constructor(
    store: EventStore,
    dataSource: DataSource,
    @Inject(PROJECTIONS) projections: Projection[],
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.runners = projections.map(
      (projection) =>
        new ProjectionRunner(store, dataSource, projection, {
          liveIntervalMs: config.PROJECTION_LIVE_INTERVAL_MS,
          // Name and code only: a database message may quote read-model values, victims' among them.
          onError: (name, error) => this.logger.warn(`projection ${name} failed: ${describeError(error)}`),
        }),
    );
  }

  onApplicationBootstrap(): void {
    for (const runner of this.runners) runner.start();
    this.logger.log(`running ${this.runners.length} projection(s)`);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.runners.map((runner) => runner.stop()));
  }

}

@Module({
  providers: [ProjectorService, DeadlineSweepService, AuditAnchorService],
  exports: [ProjectorService, DeadlineSweepService, AuditAnchorService],
})
export class ProjectorModule {}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as { code?: unknown; driverError?: { code?: unknown } }).code ?? (error as { driverError?: { code?: unknown } }).driverError?.code;
  return typeof code === 'string' ? `${error.name} (${code})` : error.name;
}
