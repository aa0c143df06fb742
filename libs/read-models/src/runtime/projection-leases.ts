import pg from 'pg';
import type { DataSource } from 'typeorm';

/** A projection's lease as held on a lease connection; lost with that connection. */
export interface ProjectionLease {
  readonly name: string;
  readonly connection: number;
}

/**
 * The projections' leases (PostgreSQL session advisory locks, one runner per projection across processes) on one
 * dedicated connection of their own, outside every pool: leases hold no pooled connection, and all the runners of
 * a process share it. A session's advisory locks are re-entrant, so the leases held here are also kept in memory:
 * a second runner of the same projection in this process is refused as one in another process is. When the
 * connection is lost every lease on it is (the server releases a session's locks): `alive` says so and the next
 * `take` opens a new connection.
 */
export class ProjectionLeases {
  private client: pg.Client | null = null;
  private connecting: Promise<pg.Client> | null = null;
  /** Which connection (counted from 1) the current client is; a lease names the one it was taken on. */
  private connection = 0;
  private readonly held = new Set<string>();
  /** The runners share one client: their queries go one after another (a pg client runs one query at a time). */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly config: pg.ClientConfig,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  /** Leases on the database a TypeORM DataSource's pool connects to, with a connection of their own. */
  static on(dataSource: DataSource, onError?: (error: unknown) => void): ProjectionLeases {
    const pool = (dataSource.driver as unknown as { master: { options: pg.ClientConfig } }).master;
    const { connectionString, host, port, user, password, database, ssl } = pool.options;
    return new ProjectionLeases({ connectionString, host, port, user, password, database, ssl }, onError);
  }

  /** The lease, or null while another runner (here or in another process) holds it. */
  async take(name: string): Promise<ProjectionLease | null> {
    if (this.held.has(name)) return null;
    this.held.add(name);
    let taken = false;
    try {
      const client = await this.connected();
      const connection = this.connection;
      const { rows } = await this.serial(() => client.query<{ taken: boolean }>(`SELECT pg_try_advisory_lock(hashtext($1)) AS taken`, [`projection:${name}`]));
      taken = rows[0].taken && connection === this.connection;
      return taken ? { name, connection } : null;
    } finally {
      if (!taken) this.held.delete(name);
    }
  }

  /** Whether the lease still holds: its connection is the current one and answers. */
  async alive(lease: ProjectionLease): Promise<boolean> {
    const client = this.client;
    if (!client || lease.connection !== this.connection || !this.held.has(lease.name)) return false;
    try {
      await this.serial(() => client.query('SELECT 1'));
      return lease.connection === this.connection;
    } catch (error) {
      this.lost(client, error);
      return false;
    }
  }

  async release(lease: ProjectionLease): Promise<void> {
    if (lease.connection !== this.connection || !this.held.has(lease.name)) return;
    this.held.delete(lease.name);
    const client = this.client;
    if (client) await this.serial(() => client.query(`SELECT pg_advisory_unlock(hashtext($1))`, [`projection:${lease.name}`])).catch(() => undefined);
  }

  /** Held leases, for specs and status. */
  heldLeases(): string[] {
    return [...this.held];
  }

  async close(): Promise<void> {
    const client = this.client ?? (await this.connecting?.catch(() => null)) ?? null;
    this.forget();
    await client?.end().catch(() => undefined);
  }

  private serial<T>(query: () => Promise<T>): Promise<T> {
    const next = this.queue.then(query, query);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private connected(): Promise<pg.Client> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= (async () => {
      const client = new pg.Client({ ...this.config, application_name: 'rujukan-projection-leases' });
      // A server that ends the connection between statements must not take the process down: the leases are lost.
      client.on('error', (error) => this.lost(client, error));
      client.on('end', () => this.lost(client, null));
      try {
        await client.connect();
      } catch (error) {
        await client.end().catch(() => undefined);
        throw error;
      }
      this.client = client;
      this.connection += 1;
      return client;
    })().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private lost(client: pg.Client, error: unknown): void {
    if (client !== this.client) return;
    if (error) this.onError(error);
    this.forget();
    void client.end().catch(() => undefined);
  }

  private forget(): void {
    this.client = null;
    this.connection += 1;
    this.held.clear();
  }
}
