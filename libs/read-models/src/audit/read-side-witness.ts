import type { SeenHead, StreamWitness } from '@rujukan/application';
import type { SqlRunner } from '../runtime/sql-runner.js';

const CASE_STREAM = /^case-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** Reads of a case that are answered only once the case is found: each says its stream existed. */
const CASE_READS = ['case.read', 'case.timeline', 'identity.read'];

/**
 * What the read models and the access log have seen of each case stream: the case summary's and the timeline's
 * last revision, and revision 0 for a case an agency read. None can be ahead of the log, so a stream behind them
 * lost events. Someone who can delete events can edit these tables too: they shorten the time a deletion goes
 * unseen to the projection lag for whoever edits only the log, not to zero (see the README).
 */
export class ReadSideWitness implements StreamWitness {
  constructor(private readonly db: SqlRunner) {}

  async seen(streamNames?: readonly string[]): Promise<Map<string, SeenHead>> {
    const caseIds = streamNames?.flatMap((name) => CASE_STREAM.exec(name)?.[1]?.toLowerCase() ?? []) ?? null;
    if (caseIds !== null && caseIds.length === 0) return new Map();
    const rows = (await this.db.query(
      `SELECT case_id::text, source, revision FROM (
         SELECT case_id, 'rm_case_summaries' AS source, last_revision AS revision FROM rm_case_summaries WHERE $1::uuid[] IS NULL OR case_id = ANY($1)
         UNION ALL
         SELECT case_id, 'rm_case_timeline', max(revision) FROM rm_case_timeline WHERE $1::uuid[] IS NULL OR case_id = ANY($1) GROUP BY case_id
         UNION ALL
         SELECT case_id, 'access_log', 0 FROM access_log
         WHERE case_id IS NOT NULL AND action = ANY($2) AND ($1::uuid[] IS NULL OR case_id = ANY($1)) GROUP BY case_id
       ) seen`,
      [caseIds, CASE_READS],
    )) as Array<{ case_id: string; source: string; revision: number }>;
    const heads = new Map<string, SeenHead>();
    for (const row of rows) {
      const stream = `case-${row.case_id}`;
      const known = heads.get(stream);
      if (!known || row.revision > known.revision) heads.set(stream, { revision: Number(row.revision), source: row.source });
    }
    return heads;
  }
}
