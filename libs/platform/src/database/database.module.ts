import { Global, Injectable, Logger, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { EventStore } from '@rujukan/event-store';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Database, migrate, openDatabase, type MigrationClass } from './database.js';
import { createEventStore } from './event-store.factory.js';

@Injectable()
class DatabaseLifecycle implements OnApplicationShutdown {
  constructor(
    private readonly database: Database,
    private readonly store: EventStore,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
    await this.database.close();
  }
}

const MIGRATIONS = Symbol('MIGRATIONS');

/** Opens the database (starting the embedded one when no server is configured), migrates it, provides the event store. */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(options: { migrations: readonly MigrationClass[] }): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: MIGRATIONS, useValue: options.migrations },
        {
          provide: Database,
          inject: [APP_CONFIG, MIGRATIONS],
          useFactory: async (config: AppConfig, migrations: readonly MigrationClass[]) => {
            const database = await openDatabase(config);
            try {
              const applied = await migrate(database, migrations);
              new Logger('Database').log(`${database.engine} ready; ${applied.length} migration(s) applied`);
              return database;
            } catch (error) {
              // Start-up stops here and no shutdown hook will run: stop the embedded server now.
              await database.close();
              throw error;
            }
          },
        },
        {
          provide: EventStore,
          inject: [APP_CONFIG, Database],
          useFactory: (config: AppConfig, database: Database) => {
            const logger = new Logger('EventStore');
            return createEventStore(config, database, (error) =>
              logger.warn(`recovered from: ${error instanceof Error ? error.message : String(error)}`),
            );
          },
        },
        DatabaseLifecycle,
      ],
      exports: [Database, EventStore],
    };
  }
}
