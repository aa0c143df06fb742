import { describe, it } from '@jest/globals';
import { eventStoreContract } from '../testing/event-store.contract.js';
import { KurrentEventStore } from './kurrent-event-store.js';

const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;

if (connectionString) {
  eventStoreContract(
    'EventStoreDB/KurrentDB',
    async () => {
      const store = new KurrentEventStore({ connectionString });
      return { store, close: () => store.close() };
    },
    { heldTransactions: false },
  );
} else {
  describe('EventStore contract on EventStoreDB/KurrentDB', () => {
    it.skip('skipped: EVENTSTORE_CONNECTION_STRING is not set, so no EventStoreDB/KurrentDB server is reachable (docker compose --profile eventstoredb up eventstore starts one)', () =>
      undefined);
  });
}
