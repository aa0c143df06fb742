import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, Database, type AppConfig } from '@rujukan/platform';
import { caseProjections } from '../projections/index.js';
import { PROJECTIONS } from '../runtime/projection.js';

/** The read side's database access: TypeORM on the same PostgreSQL as the events; schema by migrations only. */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [Database, APP_CONFIG],
      useFactory: (database: Database, config: AppConfig) => ({
        type: 'postgres',
        url: database.url,
        extra: { max: config.DATABASE_POOL_SIZE },
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
