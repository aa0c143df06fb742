import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { EventStore, formatPosition } from '@rujukan/event-store';
import { Database } from '@rujukan/platform';
import { DataSource } from 'typeorm';

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly database: Database,
    private readonly dataSource: DataSource,
    private readonly store: EventStore,
  ) {}

  @Get()
  @HealthCheck()
  @ApiOperation({ summary: 'Whether the service can reach its database and event store' })
  @ApiOkResponse({ description: 'Everything the service needs answers' })
  @ApiServiceUnavailableResponse({ description: 'The database or the event store does not answer' })
  check() {
    return this.health.check([
      async () => {
        const indicator = this.indicators.check('database');
        try {
          await this.dataSource.query('SELECT 1');
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
  }
}
