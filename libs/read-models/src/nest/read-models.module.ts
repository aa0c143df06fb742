import { Global, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { clientReportingErrors } from '@rujukan/event-store';
import { APP_CONFIG, Database, type AppConfig } from '@rujukan/platform';
import { caseProjections } from '../projections/index.js';
import { PROJECTIONS } from '../runtime/projection.js';

const logger = new Logger('Database');

/** Name and code only: a database message may quote values, victims' among them. */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? `${error.name} (${code})` : error.name;
}

/** The read side's database access: TypeORM on the same PostgreSQL as the events; schema by migrations only. */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [Database, APP_CONFIG],
      useFactory: (database: Database, config: AppConfig) => ({
        type: 'postgres',
        url: database.url,
        extra: {
          max: config.DATABASE_POOL_SIZE,
          // A lease or transaction connection the server ends between statements must not take the process down.
          Client: clientReportingErrors((error) => logger.warn(`database connection lost: ${describeError(error)}`)),
        },
        entities: [],
        synchronize: false,
        migrationsRun: false,
        logging: false,
      }),
    }),
  ],
  providers: [{ provide: PROJECTIONS, useFactory: caseProjections }],
  exports: [PROJECTIONS],
})
export class ReadModelsModule {}
