import {
  Inject,
  Injectable,
  Logger,
  Module,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { EventStore } from '@rujukan/event-store';
import { DataSource } from 'typeorm';
import { PROJECTIONS, type Projection } from '../runtime/projection.js';
import { ProjectionRunner, type ProjectionStatus } from '../runtime/projection-runner.js';

/** Starts a runner per registered projection and stops them before the store and database close. */
@Injectable()
export class ProjectorService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Projector');
  private readonly runners: ProjectionRunner[];

  constructor(store: EventStore, dataSource: DataSource, @Inject(PROJECTIONS) projections: Projection[]) {
    this.runners = projections.map(
      (projection) =>
        new ProjectionRunner(store, dataSource, projection, {
          onError: (name, error) => this.logger.warn(`projection ${name}: ${error instanceof Error ? error.message : String(error)}`),
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

  status(): ProjectionStatus[] {
    return this.runners.map((runner) => runner.status());
  }
}

@Module({
  providers: [ProjectorService],
  exports: [ProjectorService],
})
export class ProjectorModule {}
