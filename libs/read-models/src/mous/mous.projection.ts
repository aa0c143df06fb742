import { MOU_EVENT_TYPES, mouProvinces, type MouEvent } from '@rujukan/domain';
import type { StoredEvent } from '@rujukan/event-store';
import type { EntityManager } from 'typeorm';
import type { Projection } from '../runtime/projection.js';
import { PROJECTION } from '../projections/projection-names.js';

/**
 * The MoU register's read model. An insert keyed by the MoU (a replay finds the row), an update only where the row's
 * last revision is older than the event's, so a batch replayed, split or resumed gives the rows one pass gives.
 */
export class MousProjection implements Projection {
  readonly name = PROJECTION.mous;
  readonly eventTypes: readonly string[] = MOU_EVENT_TYPES;

  async apply(stored: readonly StoredEvent[], manager: EntityManager): Promise<void> {
    for (const { type, data, revision } of stored) {
      await applyMouEvent(manager, { type, data } as unknown as MouEvent, revision);
    }
  }
}

async function applyMouEvent(manager: EntityManager, event: MouEvent, revision: number): Promise<void> {
  const { mouId, at } = event.data;
  switch (event.type) {
    case 'MouRecorded': {
      const d = event.data;
      await manager.query(
        `INSERT INTO rm_mous (mou_id, recorded_by, reference, title, parties, scopes, signed_on, expires_on, document, illustrative, recorded_at, updated_at, last_revision)
         VALUES ($1, $2, $3, $4, $5::jsonb, $6::text[], $7, $8, $9, $10, $11, $11, $12) ON CONFLICT (mou_id) DO NOTHING`,
        [mouId, d.recordedBy, d.reference, d.title, JSON.stringify(d.parties), d.scopes, d.signedOn, d.expiresOn, d.document, d.illustrative, at, revision],
      );
      for (const province of mouProvinces(d.parties)) {
        await manager.query(`INSERT INTO rm_mou_provinces (mou_id, province_code) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [mouId, province]);
      }
      return;
    }
    case 'MouRenewed':
      await manager.query(
        `UPDATE rm_mous SET expires_on = $2, reference = COALESCE($3, reference), updated_at = $4, last_revision = $5 WHERE mou_id = $1 AND last_revision < $5`,
        [mouId, event.data.expiresOn, event.data.reference, at, revision],
      );
      return;
    case 'MouTerminated':
      await manager.query(`UPDATE rm_mous SET terminated_on = $2, updated_at = $3, last_revision = $4 WHERE mou_id = $1 AND last_revision < $4`, [
        mouId,
        event.data.terminatedOn,
        at,
        revision,
      ]);
      return;
  }
}
