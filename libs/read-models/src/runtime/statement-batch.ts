import pg from 'pg';
// pg's own conversion of a parameter to its text form (dates, arrays, JSON), so inlined values read as sent ones would.
import pgUtils from 'pg/lib/utils.js';
import type { EntityManager } from 'typeorm';

const { prepareValue } = pgUtils;

/**
 * Collects a batch's write statements and sends them in one round trip: a projection that writes one
 * statement per event spent most of a rebuild waiting on the network, not on PostgreSQL. Values are
 * passed as escaped literals to EXECUTE, so only statements whose results nobody reads belong here.
 */
let batches = 0;

export class StatementBatch {
  private statements: Array<{ sql: string; parameters: readonly unknown[] }> = [];

  /** A stand-in manager for code that writes through `manager.query`; it answers every write with no rows. */
  readonly manager = { query: async (sql: string, parameters: unknown[] = []) => (this.add(sql, parameters), []) } as unknown as EntityManager;

  add(sql: string, parameters: readonly unknown[]): void {
    const highest = Math.max(0, ...[...sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
    if (highest > parameters.length) throw new Error(`statement refers to $${highest} but has ${parameters.length} parameters`);
    this.statements.push({ sql, parameters });
  }

  async flush(manager: EntityManager): Promise<void> {
    if (this.statements.length === 0) return;
    // Each distinct statement is prepared once per batch, so the server plans it once, not once per event.
    const names = new Map<string, string>();
    const batch = ++batches;
    const parts: string[] = [];
    for (const { sql } of this.statements) {
      if (names.has(sql)) continue;
      const name = `rm_batch_${batch}_${names.size}`;
      names.set(sql, name);
      parts.push(`PREPARE ${name} AS ${sql}`);
    }
    for (const { sql, parameters } of this.statements) {
      parts.push(parameters.length === 0 ? `EXECUTE ${names.get(sql)}` : `EXECUTE ${names.get(sql)}(${parameters.map(literal).join(', ')})`);
    }
    for (const name of names.values()) parts.push(`DEALLOCATE ${name}`);
    this.statements = [];
    // No parameters: pg sends it with the simple protocol, which runs several statements in one message.
    await manager.query(parts.join(';\n'));
  }
}

function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  const text = prepareValue(value);
  return text === null ? 'NULL' : pg.escapeLiteral(text);
}
