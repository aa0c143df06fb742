import { Global, Injectable, Logger, Module, type BeforeApplicationShutdown, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { EventStore, releaseEmbeddedPostgresSignals } from '@rujukan/event-store';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Database, migrate, openDatabase, type MigrationClass } from './database.js';
import { createEventStore } from './event-store.factory.js';
import { markShuttingDown, reportConnectionLoss, watchForShutdown } from './shutdown.js';

@Injectable()
class DatabaseLifecycle implements BeforeApplicationShutdown, OnApplicationShutdown {
  constructor(
    private readonly database: Database,
    private readonly store: EventStore,
    private readonly moduleRef: ModuleRef,
  ) {}

  beforeApplicationShutdown(): void {
    markShuttingDown();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
    // Every pool ends its connections before the server stops: a server that ends them first logs 57P01 on each.
    const readSide = this.readSideDataSource();
    if (readSide?.isInitialized) await readSide.destroy();
    await this.database.close();
  }

  private readSideDataSource(): DataSource | undefined {
    try {
      return this.moduleRef.get(DataSource, { strict: false });
    } catch {
      return undefined;
    }
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
            // This app stops PostgreSQL itself, after its pools (onApplicationShutdown below), not on the signal.
            releaseEmbeddedPostgresSignals();
            watchForShutdown();
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
            return createEventStore(config, database, (error) => {
              reportConnectionLoss(`recovered from: ${error instanceof Error ? error.message : String(error)}`, logger);
            });
          },
        },
        DatabaseLifecycle,
      ],
      exports: [Database, EventStore],
    };
  }
}
