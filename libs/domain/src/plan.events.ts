import type { Actor, ResolvedAgencies } from './actor.js';

/**
 * A task force's regional action plan (Rencana Aksi Daerah, RAD): its own event-sourced aggregate, one stream
 * per plan (`plan-<id>`), appended through the same event store as cases, so the same hash chain and signed
 * anchors cover its history. A plan holds no victim data: its texts are about work, not people.
 */
export const planStreamName = (planId: string): string => `plan-${planId}`;

/** The areas a RAD groups its work in (Pergub Kaltim 86/2011: prevention, handling, advocacy, socialisation, training, cooperation). */
export const PLAN_PILLARS = [
  'prevention',
  'handling',
  'advocacy',
  'socialization',
  'training',
  'coordination',
  'cooperation',
  'rehabilitation',
  'law_enforcement',
  'monitoring',
] as const;
export type PlanPillar = (typeof PLAN_PILLARS)[number];

/** Carried by every plan event so the history stands on its own. */
export interface PlanEventContext {
  planId: string;
  /** ISO 8601 time the command was issued. */
  at: string;
  by: Actor;
}

type PlanEventOf<Type extends string, Data extends object> = Readonly<{ type: Type; data: Readonly<Data & PlanEventContext> }>;

export type ActionPlanCreated = PlanEventOf<
  'ActionPlanCreated',
  {
    /** The task force that owns the plan: the creator's agency, a `task_force` in the directory. */
    ownerAgency: string;
    /** The owner's region as the directory records it; null for a national task force. */
    provinceCode: string | null;
    title: string;
    /** The instrument that sets the plan, e.g. "Pergub Kaltim 86/2011". */
    legalBasis: string;
    startYear: number;
    endYear: number;
  }
>;

export type PlanItemAdded = PlanEventOf<
  'PlanItemAdded',
  {
    itemId: string;
    pillar: PlanPillar;
    activity: string;
    /** Resolved in the directory when the item was added. */
    responsibleAgency: string;
    indicator: string;
    /** The value the indicator should reach by the due date. */
    target: number;
    unit: string;
    /** YYYY-MM-DD, within the plan's years. */
    dueDate: string;
    budgetLine: string | null;
  }
>;

export type PlanProgressReported = PlanEventOf<
  'PlanProgressReported',
  {
    itemId: string;
    /** YYYY-MM-DD the value was measured. */
    reportedOn: string;
    /** The indicator's value reached by then (cumulative). */
    achieved: number;
    note: string | null;
    /** A reference to the evidence (letter number, report title, document id): never victim data. */
    evidence: string | null;
  }
>;

export type PlanItemCompleted = PlanEventOf<'PlanItemCompleted', { itemId: string; completedOn: string; note: string | null }>;

export type PlanEvent = ActionPlanCreated | PlanItemAdded | PlanProgressReported | PlanItemCompleted;
export type PlanEventType = PlanEvent['type'];
export const PLAN_EVENT_TYPES = ['ActionPlanCreated', 'PlanItemAdded', 'PlanProgressReported', 'PlanItemCompleted'] as const satisfies readonly PlanEventType[];

export interface PlanCommandMetadata {
  actor: Actor;
  /** ISO 8601 date-time; the domain never reads the clock. */
  now: string;
  /** The directory's records of the agencies the command names (`agenciesNamedByPlanCommand`), resolved by the caller. */
  agencies?: ResolvedAgencies;
}

type PlanCommandOf<Type extends string, Data extends object> = Readonly<{
  type: Type;
  data: Readonly<Data & { planId: string }>;
  metadata: PlanCommandMetadata;
}>;

export type CreateActionPlan = PlanCommandOf<'CreateActionPlan', { title: unknown; legalBasis: unknown; startYear: unknown; endYear: unknown }>;
export type AddPlanItem = PlanCommandOf<
  'AddPlanItem',
  {
    itemId: string;
    pillar: unknown;
    activity: unknown;
    responsibleAgency: unknown;
    indicator: unknown;
    target: unknown;
    unit: unknown;
    dueDate: unknown;
    budgetLine?: unknown;
  }
>;
export type ReportPlanProgress = PlanCommandOf<
  'ReportPlanProgress',
  { itemId: string; reportedOn: unknown; achieved: unknown; note?: unknown; evidence?: unknown }
>;
export type CompletePlanItem = PlanCommandOf<'CompletePlanItem', { itemId: string; completedOn: unknown; note?: unknown }>;

export type PlanCommand = CreateActionPlan | AddPlanItem | ReportPlanProgress | CompletePlanItem;
export type PlanCommandType = PlanCommand['type'];
