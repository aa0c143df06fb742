import { Inject, Injectable } from '@nestjs/common';
import { comparePositions, formatPosition, parsePosition, type Position } from '@rujukan/event-store';
import { APP_CONFIG, type AppConfig } from '@rujukan/platform';
import { caseProjections } from '@rujukan/read-models/projections/index.js';
import type { ProjectionName } from '@rujukan/read-models/projections/projection-names.js';
import { DataSource } from 'typeorm';
import { RequestValidationError } from '../errors/api-error.js';

export interface Freshness {
  /** Whether every projection read had reached the asked position. */
  current: boolean;
  /** Projections still behind when the wait ended, with their checkpoints. */
  behind: Array<{ projection: ProjectionName; checkpoint: string }>;
}

const POLL_MS = 20;
const MAX_COMMIT = 2n ** 64n - 1n;
const MAX_PREPARE = 2n ** 63n - 1n;
const EVENT_TYPES = new Map(caseProjections().map((p) => [p.name, p.eventTypes]));

/** Read your own writes: a query carrying a command's position waits, bounded, until the read models reach it. */
@Injectable()
export class ReadModelFreshness {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The position asked for by `X-Min-Position` or `?minPosition=`, if any. */
  requested(header: string | string[] | undefined, query: unknown): Position | null {
    const text = typeof header === 'string' ? header : typeof query === 'string' ? query : undefined;
    if (text === undefined) return null;
    let position: Position | null = null;
    try {
      position = parsePosition(text);
    } catch {
      // Refused below.
    }
    // Beyond what PostgreSQL can compare with (xid8, bigint), no command returned it: a larger one failed there as a 500.
    if (position === null || position.commit > MAX_COMMIT || position.prepare > MAX_PREPARE) {
      throw new RequestValidationError([{ field: 'minPosition', reason: 'must be a position returned by a command, e.g. 1234-56' }]);
    }
    return position;
  }

  async waitFor(projections: readonly ProjectionName[], position: Position | null): Promise<Freshness> {
    if (position === null) return { current: true, behind: [] };
    const deadline = Date.now() + this.config.READ_WAIT_MS;
    for (;;) {
      const behind = await this.behind(projections, position);
      if (behind.length === 0) return { current: true, behind };
      if (Date.now() >= deadline) return { current: false, behind };
      await new Promise((done) => setTimeout(done, POLL_MS));
    }
  }

  private async behind(projections: readonly ProjectionName[], position: Position): Promise<Freshness['behind']> {
    const rows: Array<{ name: ProjectionName; commit_position: string; prepare_position: string }> = await this.dataSource.query(
      `SELECT name, commit_position::text, prepare_position::text FROM projection_checkpoints WHERE name = ANY($1)`,
      [projections],
    );
    const at = new Map(rows.map((r) => [r.name, { commit: BigInt(r.commit_position), prepare: BigInt(r.prepare_position) }]));
    const behind = projections
      .map((projection) => ({ projection, checkpoint: at.get(projection) ?? { commit: 0n, prepare: 0n } }))
      .filter(({ checkpoint }) => comparePositions(checkpoint, position) < 0);
    const stillBehind = [];
    for (const entry of behind) {
      if (!(await this.hasPendingEvents(entry.projection, entry.checkpoint, position))) continue;
      stillBehind.push({ projection: entry.projection, checkpoint: formatPosition(entry.checkpoint) });
    }
    return stillBehind;
  }

  /**
   * A projection whose checkpoint lags only over events it ignores already shows everything up to the
   * position: its checkpoint moves past those a moment later, and waiting for that helps nobody.
   */
  private async hasPendingEvents(projection: ProjectionName, checkpoint: Position, position: Position): Promise<boolean> {
    if (this.config.EVENT_STORE !== 'postgres') return true;
    const [{ pending }]: Array<{ pending: boolean }> = await this.dataSource.query(
      `SELECT EXISTS (
         SELECT 1 FROM events
         WHERE (transaction_id, global_position) > ($1::text::xid8, $2::bigint)
           AND (transaction_id, global_position) <= ($3::text::xid8, $4::bigint)
           AND type = ANY($5)
       ) AS pending`,
      [checkpoint.commit.toString(), checkpoint.prepare.toString(), position.commit.toString(), position.prepare.toString(), EVENT_TYPES.get(projection) ?? []],
    );
    return pending;
  }
}

/** Headers that tell a client how current its answer is. */
export function freshnessHeaders(freshness: Freshness): Record<string, string> {
  if (freshness.current) return {};
  return { 'X-Read-Model-Behind': freshness.behind.map((b) => `${b.projection}=${b.checkpoint}`).join(', ') };
}
