import pg from 'pg';
import { VICTIM_KEY_ERASED_CHANNEL } from './pg-data-key-store.js';

export interface KeyErasureListener {
  close(): Promise<void>;
}

const RETRY_MS = 1000;

/**
 * Hears every victim's key destruction (PgDataKeyStore.destroy notifies, whichever process erased) and calls
 * `onErased` with the case id, so a process drops the key it kept for sealing. While the connection is down
 * (and once it is back) `onLost` is called: the process must then drop every kept key, as it may have missed one.
 * Dropping is hygiene, not the guard: a kept key is only used for a command decided on a case with no erasure.
 */
export function listenForKeyErasures(
  connectionString: string,
  onErased: (caseId: string) => void,
  onLost: () => void,
  onError: (error: unknown) => void = () => undefined,
): KeyErasureListener {
  let client: pg.Client | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | null = null;
  const start = async () => {
    const current = new pg.Client({ connectionString, application_name: 'rujukan-key-erasures' });
    client = current;
    const lost = (error: unknown) => {
      if (client !== current) return;
      client = null;
      onLost();
      if (!closed) onError(error);
      current.end().catch(() => undefined);
      // A reconnect never keeps a process alive on its own.
      if (!closed) retry = setTimeout(() => void start(), RETRY_MS).unref();
    };
    current.on('error', lost);
    current.on('end', () => lost(new Error('key erasure listener disconnected')));
    current.on('notification', (message) => {
      if (message.channel === VICTIM_KEY_ERASED_CHANNEL && message.payload) onErased(message.payload);
    });
    try {
      await current.connect();
      await current.query(`LISTEN ${pg.escapeIdentifier(VICTIM_KEY_ERASED_CHANNEL)}`);
      // Erasures while the listener was away are not heard: start from nothing kept.
      onLost();
    } catch (error) {
      lost(error);
    }
  };
  void start();
  return {
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const current = client;
      client = null;
      await current?.end().catch(() => undefined);
    },
  };
}
