import { PLAN_EVENT_TYPES, type PlanEvent } from '@rujukan/domain';
import type { StoredEvent } from '@rujukan/event-store';
import type { EntityManager } from 'typeorm';
import type { Projection } from '../runtime/projection.js';
import { PROJECTION } from '../projections/projection-names.js';

const TOUCH_PLAN = `UPDATE rm_action_plans SET updated_at = $2, last_revision = $3 WHERE plan_id = $1 AND last_revision < $3`;

/**
 * The action plans' read model. Each event is applied once, in stream order: an insert keyed by what it
 * introduces (a replay finds the row), an update only where the row's last revision is older than the event's,
 * so a batch replayed, split or resumed from an earlier point gives the rows one pass gives.
 */
export class PlansProjection implements Projection {
  readonly name = PROJECTION.plans;
  readonly eventTypes: readonly string[] = PLAN_EVENT_TYPES;

  async apply(stored: readonly StoredEvent[], manager: EntityManager): Promise<void> {
    for (const { type, data, revision } of stored) {
      const event = { type, data } as unknown as PlanEvent;
      await applyPlanEvent(manager, event, revision);
    }
  }
}

async function applyPlanEvent(manager: EntityManager, event: PlanEvent, revision: number): Promise<void> {
  const { planId, at, by } = event.data;
  switch (event.type) {
    case 'ActionPlanCreated': {
      const d = event.data;
      await manager.query(
        `INSERT INTO rm_action_plans (plan_id, owner_agency, province_code, title, legal_basis, start_year, end_year, created_at, created_by, updated_at, last_revision)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $8, $10) ON CONFLICT (plan_id) DO NOTHING`,
        [planId, d.ownerAgency, d.provinceCode, d.title, d.legalBasis, d.startYear, d.endYear, at, by.userId, revision],
      );
      return;
    }
    case 'PlanItemAdded': {
      const d = event.data;
      await manager.query(
        `INSERT INTO rm_plan_items (plan_id, item_id, pillar, activity, responsible_agency, indicator, target, unit, due_date, budget_line, added_at, position, last_revision)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) ON CONFLICT (plan_id, item_id) DO NOTHING`,
        [planId, d.itemId, d.pillar, d.activity, d.responsibleAgency, d.indicator, d.target, d.unit, d.dueDate, d.budgetLine, at, revision],
      );
      break;
    }
    case 'PlanProgressReported': {
      const d = event.data;
      await manager.query(
        `INSERT INTO rm_plan_progress (plan_id, revision, item_id, reported_on, achieved, note, evidence, reported_by, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (plan_id, revision) DO NOTHING`,
        [planId, revision, d.itemId, d.reportedOn, d.achieved, d.note, d.evidence, by.userId, at],
      );
      await manager.query(
        `UPDATE rm_plan_items SET achieved = $3, last_reported_on = $4, last_revision = $5 WHERE plan_id = $1 AND item_id = $2 AND last_revision < $5`,
        [planId, d.itemId, d.achieved, d.reportedOn, revision],
      );
      break;
    }
    case 'PlanItemCompleted': {
      const d = event.data;
      await manager.query(`UPDATE rm_plan_items SET completed_on = $3, last_revision = $4 WHERE plan_id = $1 AND item_id = $2 AND last_revision < $4`, [
        planId,
        d.itemId,
        d.completedOn,
        revision,
      ]);
      break;
    }
  }
  await manager.query(TOUCH_PLAN, [planId, at, revision]);
}
