import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Database } from '@rujukan/platform';
import { PROJECTIONS } from '../runtime/projection.js';

/** The read side's database access: TypeORM on the same PostgreSQL as the events; schema by migrations only. */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [Database],
      useFactory: (database: Database) => ({
        type: 'postgres',
        url: database.url,
        entities: [],
        synchronize: false,
        migrationsRun: false,
        logging: false,
      }),
    }),
  ],
  providers: [{ provide: PROJECTIONS, useValue: [] }],
  exports: [PROJECTIONS],
})
export class ReadModelsModule {}
