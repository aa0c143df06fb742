import { Inject, Injectable, Logger, Module, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, reportConnectionLoss, type AppConfig } from '@rujukan/platform';
import { DataSource } from 'typeorm';
import {
  describeError,
  LocalProjectionProgress,
  ProjectionLeases,
  ProjectionRunner,
  PROJECTIONS,
  SharedLogReader,
  type Projection,
} from '@rujukan/read-models';
import { AuditAnchorService } from './audit-anchor.service.js';
import { DeadlineSweepService } from './deadline-sweep.service.js';
import { NotificationWorkerService } from '../notifications/notification-worker.service.js';
import { EventStore, formatPosition } from '@rujukan/event-store';

/**
 * Starts a runner per registered projection and stops them before the store and database close. The runners share
 * one lease connection outside the read pool and one reader of the log (each catches up alone, then applies the
 * reader's batches after its own checkpoint), and tell `LocalProjectionProgress` each checkpoint they commit.
 */
@Injectable()
export class ProjectorService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Projector');
  private readonly runners: ProjectionRunner[];
  private readonly leases: ProjectionLeases;
  private readonly reader: SharedLogReader;

  constructor(
    store: EventStore,
    dataSource: DataSource,
    @Inject(PROJECTIONS) projections: Projection[],
    @Inject(APP_CONFIG) config: AppConfig,
    progress: LocalProjectionProgress,
  ) {
    // A stop (Ctrl-C reaches the embedded PostgreSQL too) ends the connection: only a loss no stop explains is a warning.
    this.leases = ProjectionLeases.on(dataSource, (error) => reportConnectionLoss(`projection lease connection lost: ${describeError(error)}`, this.logger));
    this.reader = new SharedLogReader(store, {
      eventTypes: projections.flatMap((p) => p.eventTypes),
      liveIntervalMs: config.PROJECTION_LIVE_INTERVAL_MS,
      onError: (error) => this.logger.warn(`the projections' log reader failed: ${describeError(error)}; each projection reads alone until it catches up`),
    });
    this.runners = projections.map(
      (projection) =>
        new ProjectionRunner(store, dataSource, projection, {
          leases: this.leases,
          reader: this.reader,
          progress,
          liveIntervalMs: config.PROJECTION_LIVE_INTERVAL_MS,
          // Name and code only: a database message may quote read-model values, victims' among them.
          onError: (name, error) => this.logger.warn(`projection ${name} failed: ${describeError(error)}`),
          // Ids, position and the error's name and code: never the event's data or the database's message.
          onParked: (fault) =>
            this.logger.error(
              `projection ${fault.projection} parked event ${fault.event.id} (${fault.event.type}, ${fault.event.streamName} revision ${fault.event.revision}, ` +
                `position ${formatPosition(fault.event.position)}): ${fault.error}; later events of that stream wait for it, every other stream goes on ` +
                `(npm run cli -- projections faults)`,
            ),
        }),
    );
  }

  onApplicationBootstrap(): void {
    for (const runner of this.runners) runner.start();
    this.logger.log(`running ${this.runners.length} projection(s)`);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.runners.map((runner) => runner.stop()));
    await this.reader.stop();
    await this.leases.close();
  }
}

@Module({
  providers: [ProjectorService, DeadlineSweepService, AuditAnchorService, NotificationWorkerService],
  exports: [ProjectorService, DeadlineSweepService, AuditAnchorService, NotificationWorkerService],
})
export class ProjectorModule {}
