import { eventStoreMigrations } from '@rujukan/event-store';
import { CreateProjectionCheckpoints1763900100000 } from './1763900100000-create-projection-checkpoints.js';

export const readModelMigrations = [CreateProjectionCheckpoints1763900100000];

/** Every schema change of the service's PostgreSQL, in order: the event store's, then the read models'. */
export const allMigrations = [...eventStoreMigrations, ...readModelMigrations];
