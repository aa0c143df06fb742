import pg from 'pg';

/** What one request cost the database: statements sent, and the transactions that wrote and committed. */
export interface StatementCount {
  statements: number;
  commits: number;
  /** The first words of each statement, in order (for a failing assertion to say what was sent). */
  sent: string[];
}

const WRITE = /^\s*(WITH\b[\s\S]*\b(INSERT|UPDATE|DELETE)\b|INSERT|UPDATE|DELETE|SELECT\s+pg_notify|NOTIFY)/i;
const OPEN = /^\s*(BEGIN|START TRANSACTION)\b/i;
const CLOSE = /^\s*(COMMIT|ROLLBACK|END)\b/i;

/**
 * Statements a process sends on its own clock, not for a request: the event store asks at most once a second
 * whether another process listens for its NOTIFY. One lands inside a counted request only when its second
 * happens to end there, so counting it would make a request's figure depend on the wall clock.
 */
const BACKGROUND = new Set(['rujukan_other_listeners']);

/**
 * Counts every statement any `pg` client of this process sends (the event store's pool and TypeORM's both
 * build on `pg.Client`), with no server-side extension: a write outside an explicit transaction is a commit of
 * its own, as is each COMMIT. Call `count` around one request; `restore` puts `pg` back.
 */
export class StatementCounter {
  private readonly original = pg.Client.prototype.query;
  private readonly inTransaction = new WeakSet<object>();
  private current: StatementCount | null = null;

  /** `only`: count the statements of these clients alone (one of several apps in the process). */
  constructor(private readonly only: (client: pg.Client) => boolean = () => true) {
    const record = (client: object, query: unknown) => this.record(client, query);
    const original = this.original;
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      record(this, args[0]);
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof pg.Client.prototype.query;
  }

  /** Runs `work` and what it leaves running for `settleMs` after (a coalesced NOTIFY), counting what they send. */
  async count(work: () => Promise<unknown>, settleMs = 60): Promise<StatementCount> {
    const count: StatementCount = { statements: 0, commits: 0, sent: [] };
    this.current = count;
    try {
      await work();
      await new Promise((done) => setTimeout(done, settleMs));
    } finally {
      this.current = null;
    }
    return count;
  }

  restore(): void {
    pg.Client.prototype.query = this.original;
  }

  private record(client: object, query: unknown): void {
    if (query && typeof query === 'object' && 'name' in query && BACKGROUND.has(String((query as { name: unknown }).name))) return;
    const text = typeof query === 'string' ? query : query && typeof query === 'object' && 'text' in query ? String((query as { text: unknown }).text) : '';
    if (OPEN.test(text)) this.inTransaction.add(client);
    const closing = CLOSE.exec(text);
    const count = this.current;
    if (closing) this.inTransaction.delete(client);
    if (!count || !this.only(client as pg.Client)) return;
    count.statements++;
    count.sent.push(text.replace(/\s+/g, ' ').trim().slice(0, 60));
    if (closing ? /^commit|^end/i.test(closing[1]) : WRITE.test(text) && !this.inTransaction.has(client)) count.commits++;
  }
}
