import type { DataSource } from 'typeorm';

export interface PlanProgressEntry {
  reportedOn: string;
  achieved: number;
  note: string | null;
  evidence: string | null;
  reportedBy: string;
}

export type PlanItemStatus = 'open' | 'late' | 'completed';

export interface PlanItemView {
  itemId: string;
  pillar: string;
  activity: string;
  responsibleAgency: string;
  indicator: string;
  target: number;
  unit: string;
  dueDate: string;
  budgetLine: string | null;
  achieved: number;
  lastReportedOn: string | null;
  completedOn: string | null;
  /** late: not completed, past its due date with the target not reached (as of the day asked). */
  status: PlanItemStatus;
  progress: PlanProgressEntry[];
}

export interface PlanSummary {
  planId: string;
  ownerAgency: string;
  provinceCode: string | null;
  title: string;
  legalBasis: string;
  startYear: number;
  endYear: number;
  createdAt: string;
  updatedAt: string;
  revision: number;
  items: number;
  completed: number;
  late: number;
}

export interface PlanView extends Omit<PlanSummary, 'items' | 'completed' | 'late'> {
  counts: { items: number; completed: number; late: number };
  items: PlanItemView[];
}

const LATE = `(i.completed_on IS NULL AND i.due_date < $2::date AND i.achieved < i.target)`;
const DATE = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;

const SUMMARY = `
  SELECT p.plan_id, p.owner_agency, p.province_code, p.title, p.legal_basis, p.start_year, p.end_year, p.created_at, p.updated_at, p.last_revision,
         count(i.item_id)::int AS items,
         count(i.completed_on)::int AS completed,
         count(*) FILTER (WHERE ${LATE})::int AS late
    FROM rm_action_plans p LEFT JOIN rm_plan_items i ON i.plan_id = p.plan_id`;

interface SummaryRow {
  plan_id: string;
  owner_agency: string;
  province_code: string | null;
  title: string;
  legal_basis: string;
  start_year: number;
  end_year: number;
  created_at: Date;
  updated_at: Date;
  last_revision: number;
  items: number;
  completed: number;
  late: number;
}

const summary = (row: SummaryRow): PlanSummary => ({
  planId: row.plan_id,
  ownerAgency: row.owner_agency,
  provinceCode: row.province_code,
  title: row.title,
  legalBasis: row.legal_basis,
  startYear: row.start_year,
  endYear: row.end_year,
  createdAt: new Date(row.created_at).toISOString(),
  updatedAt: new Date(row.updated_at).toISOString(),
  revision: row.last_revision,
  items: row.items,
  completed: row.completed,
  late: row.late,
});

/** The action plans as the API reads them; `asOf` (YYYY-MM-DD) is the day against which an item counts as late. */
export class PlanQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** The plans of one task force (null: every plan), newest period first. */
  async plans(ownerAgency: string | null, asOf: string): Promise<PlanSummary[]> {
    const rows: SummaryRow[] = await this.dataSource.query(
      `${SUMMARY} WHERE ($1::text IS NULL OR p.owner_agency = $1) GROUP BY p.plan_id ORDER BY p.start_year DESC, p.title, p.plan_id`,
      [ownerAgency, asOf],
    );
    return rows.map(summary);
  }

  /** One plan with its items, each with its progress reports; null when the read model does not hold it. */
  async plan(planId: string, asOf: string): Promise<PlanView | null> {
    const [row]: SummaryRow[] = await this.dataSource.query(`${SUMMARY} WHERE p.plan_id = $1 AND $2::date IS NOT NULL GROUP BY p.plan_id`, [planId, asOf]);
    if (!row) return null;
    const items: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT i.item_id, i.pillar, i.activity, i.responsible_agency, i.indicator, i.target::float8 AS target, i.unit, ${DATE('i.due_date')} AS due_date,
              i.budget_line, i.achieved::float8 AS achieved, ${DATE('i.last_reported_on')} AS last_reported_on, ${DATE('i.completed_on')} AS completed_on,
              ${LATE} AS late
         FROM rm_plan_items i WHERE i.plan_id = $1 ORDER BY i.position`,
      [planId, asOf],
    );
    const progress: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT item_id, ${DATE('reported_on')} AS reported_on, achieved::float8 AS achieved, note, evidence, reported_by
         FROM rm_plan_progress WHERE plan_id = $1 ORDER BY revision`,
      [planId],
    );
    const { items: count, completed, late, ...rest } = summary(row);
    return {
      ...rest,
      counts: { items: count, completed, late },
      items: items.map((i) => ({
        itemId: String(i.item_id),
        pillar: String(i.pillar),
        activity: String(i.activity),
        responsibleAgency: String(i.responsible_agency),
        indicator: String(i.indicator),
        target: Number(i.target),
        unit: String(i.unit),
        dueDate: String(i.due_date),
        budgetLine: (i.budget_line as string | null) ?? null,
        achieved: Number(i.achieved),
        lastReportedOn: (i.last_reported_on as string | null) ?? null,
        completedOn: (i.completed_on as string | null) ?? null,
        status: i.completed_on ? 'completed' : i.late ? 'late' : 'open',
        progress: progress
          .filter((p) => p.item_id === i.item_id)
          .map((p) => ({
            reportedOn: String(p.reported_on),
            achieved: Number(p.achieved),
            note: (p.note as string | null) ?? null,
            evidence: (p.evidence as string | null) ?? null,
            reportedBy: String(p.reported_by),
          })),
      })),
    };
  }
}
