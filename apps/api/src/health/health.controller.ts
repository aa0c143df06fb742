import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { EventStore, formatPosition } from '@rujukan/event-store';
import { Database } from '@rujukan/platform';
import { ProjectionProgressQueries } from '@rujukan/read-models';

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly database: Database,
    private readonly progress: ProjectionProgressQueries,
    private readonly store: EventStore,
  ) {}

  @Get()
  @HealthCheck()
  @ApiOperation({ summary: 'Whether the service can reach its database and event store, and whether a projection has parked an event' })
  @ApiOkResponse({
    description:
      'Everything the service needs answers: `status` is `ok`, or `degraded` while a projection has parked an event it could not apply ' +
      '(`details.projections` names each such projection with its parked and held events; every other stream and projection goes on)',
  })
  @ApiServiceUnavailableResponse({ description: 'The database or the event store does not answer' })
  async check() {
    const result = await this.health.check([
      async () => {
        const indicator = this.indicators.check('database');
        try {
          await this.progress.ping();
          return indicator.up({ engine: this.database.engine });
        } catch {
          return indicator.down({ engine: this.database.engine });
        }
      },
      async () => {
        const indicator = this.indicators.check('eventStore');
        try {
          const head = await this.store.headPosition();
          return indicator.up({ head: head ? formatPosition(head) : null });
        } catch {
          return indicator.down();
        }
      },
    ]);
    // Only once the database answered: a parked event degrades the service, it does not take it down.
    const counts = [...(await this.progress.setAsideCounts())].filter(([, c]) => c.parked > 0).sort(([a], [b]) => (a < b ? -1 : 1));
    if (counts.length === 0) return result;
    const projections = {
      status: 'degraded',
      parked: Object.fromEntries(counts.map(([name, c]) => [name, c.parked])),
      held: Object.fromEntries(counts.map(([name, c]) => [name, c.held])),
    };
    return { ...result, status: 'degraded', info: { ...result.info, projections }, details: { ...result.details, projections } };
  }
}
