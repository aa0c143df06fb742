import { Global, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgencyDirectory } from '@rujukan/application';
import { DataSource } from 'typeorm';
import { clientReportingErrors } from '@rujukan/event-store';
import { APP_CONFIG, Database, reportConnectionLoss, type AppConfig } from '@rujukan/platform';
import { caseProjections, LocalProjectionProgress, PgAgencyDirectory, PROJECTIONS } from '@rujukan/read-models';

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
          // Projection leases hold a connection of their own outside this pool (ProjectionLeases): a batch borrows one.
          max: config.DATABASE_POOL_SIZE,
          // A lease or transaction connection the server ends between statements must not take the process down.
          Client: clientReportingErrors((error) => {
            reportConnectionLoss(`database connection lost: ${describeError(error)}`, logger);
          }),
        },
        entities: [],
        synchronize: false,
        migrationsRun: false,
        logging: false,
      }),
    }),
  ],
  providers: [
    { provide: PROJECTIONS, useFactory: caseProjections },
    // What this process's projector committed, for the reads that wait for their own writes.
    LocalProjectionProgress,
    // The command boundary's directory, for the API, the deadline sweep and the CLI alike.
    // Registration numbers are counted from the events table, so only when PostgreSQL holds the events.
    {
      provide: AgencyDirectory,
      inject: [DataSource, APP_CONFIG],
      useFactory: (dataSource: DataSource, config: AppConfig) => new PgAgencyDirectory(dataSource, { registrationNumbers: config.EVENT_STORE === 'postgres' }),
    },
  ],
  exports: [PROJECTIONS, AgencyDirectory, LocalProjectionProgress],
})
export class ReadModelsModule {}
