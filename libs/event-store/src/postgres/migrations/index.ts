import { CreateEventStore1763900000000 } from './1763900000000-create-event-store.js';

export const eventStoreMigrations = [CreateEventStore1763900000000];
