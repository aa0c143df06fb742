import { CreateEventStore1763900000000 } from './1763900000000-create-event-store.js';
import { AddEventHashChain1763900700000 } from './1763900700000-add-event-hash-chain.js';
import { CreateCommandClaims1763905000000 } from './1763905000000-create-command-claims.js';

export const eventStoreMigrations = [CreateEventStore1763900000000, AddEventHashChain1763900700000, CreateCommandClaims1763905000000];
