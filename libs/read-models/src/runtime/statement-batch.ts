import pg from 'pg';
// pg's own conversion of a parameter to its text form (dates, arrays, JSON), so inlined values read as sent ones would.
import pgUtils from 'pg/lib/utils.js';
import type { EntityManager } from 'typeorm';

const { prepareValue } = pgUtils;

/**
 * Collects a batch's write statements and sends them in one round trip: a projection that writes one
 * statement per event spent most of a rebuild waiting on the network, not on PostgreSQL. Values are
 * inlined as escaped literals, so only statements whose results nobody reads belong here.
 */
export class StatementBatch {
  private statements: string[] = [];

  /** A stand-in manager for code that writes through `manager.query`; it answers every write with no rows. */
  readonly manager = { query: async (sql: string, parameters: unknown[] = []) => (this.add(sql, parameters), []) } as unknown as EntityManager;

  add(sql: string, parameters: readonly unknown[]): void {
    this.statements.push(
      sql.replace(/\$(\d+)/g, (_, n: string) => {
        const index = Number(n) - 1;
        if (index >= parameters.length) throw new Error(`statement refers to $${n} but has ${parameters.length} parameters`);
        return literal(parameters[index]);
      }),
    );
  }

  async flush(manager: EntityManager): Promise<void> {
    if (this.statements.length === 0) return;
    const sql = this.statements.join(';\n');
    this.statements = [];
    // No parameters: pg sends it with the simple protocol, which runs several statements in one message.
    await manager.query(sql);
  }
}

function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  const text = prepareValue(value);
  return text === null ? 'NULL' : pg.escapeLiteral(text);
}
