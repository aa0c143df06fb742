import pg from 'pg';

/**
 * A `pg.Client` class for pools (`new pg.Pool({ Client })`, TypeORM's `extra.Client`) whose connections always
 * have an error listener. A pool listens on its idle clients only: a client checked out and idle between
 * statements (a projection's lease, a transaction awaiting its next statement) that hears the server end its
 * session — a restart, a fast shutdown, a terminated backend — emits `error` with no listener, and Node.js
 * ends the process. With this the error is reported, the client's next query fails as a connection error
 * (HTTP 503), and the pool replaces it.
 */
export function clientReportingErrors(onError: (error: unknown) => void): typeof pg.Client {
  return class ClientReportingErrors extends pg.Client {
    constructor(config?: string | pg.ClientConfig) {
      super(config);
      this.on('error', onError);
    }
  };
}
