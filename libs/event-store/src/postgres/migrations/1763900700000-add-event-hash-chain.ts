import type { MigrationInterface, QueryRunner } from 'typeorm';
import { GENESIS_HASH, contentHash, linkHash } from '../../hash-chain.js';

interface Row {
  global_position: string;
  stream_name: string;
  revision: string;
  event_id: string;
  type: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
  recorded_at: Date;
}

const PAGE = 1000;

/**
 * Each event gets the hash that links it to the one before it in its stream (see hash-chain.ts). Events
 * stored before the chain existed are linked here, in stream order, as they are now; from then on the
 * append statement links every new event itself.
 */
export class AddEventHashChain1763900700000 implements MigrationInterface {
  name = 'AddEventHashChain1763900700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE events ADD COLUMN hash bytea`);
    let after: { stream: string; revision: string } | null = null;
    let previous: { stream: string; hash: Buffer } | null = null;
    for (;;) {
      const rows: Row[] = await queryRunner.query(
        // ORDER BY names e.revision: the bare name would sort the text column of the same name.
        `SELECT e.global_position::text, e.stream_name, e.revision::text, e.event_id::text, e.type, e.data, e.metadata, e.recorded_at
         FROM events e
         WHERE $1::text IS NULL OR (e.stream_name, e.revision) > ($1::text, $2::bigint)
         ORDER BY e.stream_name, e.revision LIMIT ${PAGE}`,
        [after?.stream ?? null, after?.revision ?? null],
      );
      if (rows.length === 0) break;
      const positions: string[] = [];
      const hashes: Buffer[] = [];
      for (const row of rows) {
        const prior = previous?.stream === row.stream_name ? previous.hash : GENESIS_HASH;
        const content = contentHash({ streamName: row.stream_name, id: row.event_id, type: row.type, data: row.data, metadata: row.metadata });
        const hash = linkHash(prior, content, Number(row.revision), row.recorded_at);
        positions.push(row.global_position);
        hashes.push(hash);
        previous = { stream: row.stream_name, hash };
      }
      await queryRunner.query(
        `UPDATE events e SET hash = h.hash FROM unnest($1::bigint[], $2::bytea[]) AS h(global_position, hash)
         WHERE e.global_position = h.global_position`,
        [positions, hashes],
      );
      const last = rows[rows.length - 1];
      after = { stream: last.stream_name, revision: last.revision };
    }
    await queryRunner.query(`ALTER TABLE events ALTER COLUMN hash SET NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE events DROP COLUMN hash`);
  }
}
