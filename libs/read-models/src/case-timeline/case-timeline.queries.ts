import type { DataSource } from 'typeorm';
import { preparedQuery } from '../runtime/read-sql.js';

/** A row of `rm_case_timeline` as a reader gets it. */
export interface TimelineEntry {
  revision: number;
  event_type: string;
  actor: string;
  role: string;
  agency: string;
  occurred_at: Date;
  recorded_at: Date;
  summary: string;
  reason: string | Array<unknown> | Record<string, unknown> | null;
  facts: Record<string, unknown> | null;
}

export interface TimelineRequest {
  caseId: string;
  afterRevision: number;
  limit: number;
  /** The owner's view: every entry. Others see their own entries, less `hiddenEventTypes`. */
  everything: boolean;
  agency: string;
  /** Entries that tell of a section the caller's view leaves out (a victim's profile, the legal track). */
  hiddenEventTypes: readonly string[];
}

/** What a reader sees of a note its agency may not read: that there is one, its kind and its author's agency. */
export const NOTE_NOT_SHARED = 'A note not shared with your agency';
/**
 * A note (or kronologi entry) is read by the agencies its author chose within consent (`visibleTo`) and by the owner;
 * every other agency that sees the case sees only that it exists. $3: the owner's view, $4: the reader's agency.
 */
const NOTE_WITHHELD = `(event_type = 'CaseNoteAdded' AND NOT $3 AND NOT coalesce(facts->'visibleTo' ? $4, false))`;

/** The case's events in order, for people, from the case timeline read model. */
export class CaseTimelineQueries {
  constructor(private readonly dataSource: DataSource) {}

  entries(request: TimelineRequest): Promise<TimelineEntry[]> {
    return preparedQuery<TimelineEntry & Record<string, unknown>>(
      this.dataSource,
      'case_timeline',
      `SELECT revision, event_type, actor, role, agency, occurred_at, recorded_at,
              CASE WHEN ${NOTE_WITHHELD} THEN '${NOTE_NOT_SHARED}' ELSE summary END AS summary,
              CASE WHEN ${NOTE_WITHHELD} THEN NULL ELSE reason END AS reason,
              CASE WHEN ${NOTE_WITHHELD} THEN jsonb_build_object('kind', facts->'kind', 'authorAgency', facts->'authorAgency', 'shared', false)
                   ELSE facts END AS facts
       FROM rm_case_timeline
       WHERE case_id = $1 AND revision > $2 AND ($3 OR (agency = $4 AND NOT event_type = ANY($6::text[])) OR event_type = 'CaseNoteAdded')
       ORDER BY revision LIMIT $5`,
      [request.caseId, request.afterRevision, request.everything, request.agency, request.limit, request.hiddenEventTypes],
    );
  }
}
