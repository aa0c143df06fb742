import { isPermitted } from './permissions.js';
import { resolvedAgency } from './agency.js';
import { DomainError } from './domain-error.js';
import {
  PLAN_PILLARS,
  type ActionPlanCreated,
  type PlanCommand,
  type PlanEvent,
  type PlanEventContext,
  type PlanItemAdded,
  type PlanPillar,
} from './plan.events.js';
import { agencyCode, integer, isoDate, notAfterToday, oneOf, optionalText, text } from './validation.js';

export interface PlanItemState {
  itemId: string;
  pillar: PlanPillar;
  responsibleAgency: string;
  target: number;
  dueDate: string;
  /** The latest value reported; 0 before any report. */
  achieved: number;
  reports: number;
  completedOn: string | null;
}

export type PlanState =
  | { exists: false }
  | {
      exists: true;
      planId: string;
      ownerAgency: string;
      provinceCode: string | null;
      startYear: number;
      endYear: number;
      items: Readonly<Record<string, PlanItemState>>;
      /** Events in the stream. */
      version: number;
    };

export const EMPTY_PLAN: PlanState = { exists: false };

/** One event applied to the plan: pure, and total on the events `decidePlan` emits. */
export function evolvePlan(state: PlanState, event: PlanEvent): PlanState {
  if (event.type === 'ActionPlanCreated') {
    const { planId, ownerAgency, provinceCode, startYear, endYear } = event.data;
    return { exists: true, planId, ownerAgency, provinceCode, startYear, endYear, items: {}, version: 1 };
  }
  if (!state.exists) return state;
  const version = state.version + 1;
  const item = state.items[event.data.itemId];
  switch (event.type) {
    case 'PlanItemAdded': {
      const { itemId, pillar, responsibleAgency, target, dueDate } = event.data;
      const added: PlanItemState = { itemId, pillar, responsibleAgency, target, dueDate, achieved: 0, reports: 0, completedOn: null };
      return { ...state, version, items: { ...state.items, [itemId]: added } };
    }
    case 'PlanProgressReported':
      if (!item) return { ...state, version };
      return { ...state, version, items: { ...state.items, [item.itemId]: { ...item, achieved: event.data.achieved, reports: item.reports + 1 } } };
    case 'PlanItemCompleted':
      if (!item) return { ...state, version };
      return { ...state, version, items: { ...state.items, [item.itemId]: { ...item, completedOn: event.data.completedOn } } };
  }
}

export const foldPlan = (events: readonly PlanEvent[], from: PlanState = EMPTY_PLAN): PlanState => events.reduce(evolvePlan, from);

/** The agency codes a plan command names, for the boundary to resolve in the directory before `decidePlan` runs. */
export function agenciesNamedByPlanCommand(command: PlanCommand): string[] {
  const named = [command.metadata.actor.agency];
  if (command.type === 'AddPlanItem' && typeof command.data.responsibleAgency === 'string') named.push(command.data.responsibleAgency);
  return [...new Set(named)];
}

const MAX_VALUE = 1_000_000_000;
/**
 * A run of 16 digits reads as a NIK (national identity number), also as it is written on forms and copied from a KTP:
 * in groups split by spaces or dots ("6471 0101 0190 0001"). A plan's texts never carry one.
 */
const NIK_LIKE = /(?<!\d)(?:\d[ .]?){15}\d(?!\d)/;

export function noIdentity(value: string | null, field: string): string | null {
  if (value !== null && NIK_LIKE.test(value)) {
    throw new DomainError('VALIDATION.INVALID_VALUE', `${field} must not carry a national identity number (NIK) or other victim data`, { field });
  }
  return value;
}

function amount(value: unknown, field: string): number {
  if (value === undefined || value === null) throw new DomainError('VALIDATION.REQUIRED', `${field} is required`, { field });
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_VALUE) {
    throw new DomainError('VALIDATION.OUT_OF_RANGE', `${field} must be a number from 0 to ${MAX_VALUE}`, { field, min: 0, max: MAX_VALUE });
  }
  return value;
}

function forbid(message: string, details: Record<string, unknown>): never {
  throw new DomainError('AUTH.FORBIDDEN', message, details);
}

/**
 * What a plan command decides, as events; refused with a DomainError that writes nothing. Only a task-force
 * coordinator of the task force that owns the plan changes it; the plan's owner is the creator's agency.
 */
export function decidePlan(command: PlanCommand, state: PlanState): PlanEvent[] {
  const { actor, now, agencies } = command.metadata;
  if (!isPermitted(actor.role, 'plan.manage')) {
    forbid(`the role ${actor.role} may not change an action plan`, { rule: 'permission', permission: 'plan.manage', role: actor.role, agency: actor.agency });
  }
  const context: PlanEventContext = { planId: command.data.planId, at: now, by: actor };
  if (command.type === 'CreateActionPlan') {
    if (state.exists) throw new DomainError('PLAN.ALREADY_EXISTS', `plan ${command.data.planId} already exists`, { planId: command.data.planId });
    const owner = resolvedAgency(agencies, actor.agency, 'ownerAgency', ['task_force']);
    const startYear = integer(command.data.startYear, 'startYear', 2000, 2100);
    const endYear = integer(command.data.endYear, 'endYear', startYear, startYear + 10);
    const created: ActionPlanCreated = {
      type: 'ActionPlanCreated',
      data: {
        ...context,
        ownerAgency: owner.code,
        provinceCode: owner.provinceCode,
        title: noIdentity(text(command.data.title, 'title', 300), 'title')!,
        legalBasis: noIdentity(text(command.data.legalBasis, 'legalBasis', 200), 'legalBasis')!,
        startYear,
        endYear,
      },
    };
    return [created];
  }
  if (!state.exists) throw new DomainError('PLAN.NOT_FOUND', `plan ${command.data.planId} does not exist`, { planId: command.data.planId });
  if (actor.agency !== state.ownerAgency) {
    forbid(`only the task force that owns plan ${state.planId} changes it`, { rule: 'plan_owner', agency: actor.agency, ownerAgency: state.ownerAgency });
  }
  const { itemId } = command.data;
  const item = state.items[itemId];
  if (command.type === 'AddPlanItem') {
    if (item) throw new DomainError('PLAN_ITEM.ALREADY_EXISTS', `item ${itemId} already exists`, { itemId });
    const pillar = oneOf(command.data.pillar, PLAN_PILLARS, 'pillar');
    const responsible = resolvedAgency(agencies, agencyCode(command.data.responsibleAgency, 'responsibleAgency'), 'responsibleAgency');
    const dueDate = isoDate(command.data.dueDate, 'dueDate');
    const dueYear = Number(dueDate.slice(0, 4));
    if (dueYear < state.startYear || dueYear > state.endYear) {
      throw new DomainError('VALIDATION.OUT_OF_RANGE', `dueDate must lie within the plan's years ${state.startYear}–${state.endYear}`, {
        field: 'dueDate',
        min: `${state.startYear}-01-01`,
        max: `${state.endYear}-12-31`,
      });
    }
    const added: PlanItemAdded = {
      type: 'PlanItemAdded',
      data: {
        ...context,
        itemId,
        pillar,
        activity: noIdentity(text(command.data.activity, 'activity', 500), 'activity')!,
        responsibleAgency: responsible.code,
        indicator: noIdentity(text(command.data.indicator, 'indicator', 300), 'indicator')!,
        target: amount(command.data.target, 'target'),
        unit: noIdentity(text(command.data.unit, 'unit', 50), 'unit')!,
        dueDate,
        budgetLine: noIdentity(optionalText(command.data.budgetLine, 'budgetLine', 200), 'budgetLine'),
      },
    };
    return [added];
  }
  if (!item) throw new DomainError('PLAN_ITEM.NOT_FOUND', `plan ${state.planId} has no item ${itemId}`, { planId: state.planId, itemId });
  if (item.completedOn !== null)
    throw new DomainError('PLAN_ITEM.COMPLETED', `item ${itemId} was completed on ${item.completedOn}`, { itemId, completedOn: item.completedOn });
  const notBeforePlan = (date: string, field: string) => {
    if (Number(date.slice(0, 4)) < state.startYear) {
      throw new DomainError('VALIDATION.OUT_OF_RANGE', `${field} lies before the plan starts (${state.startYear})`, { field, min: `${state.startYear}-01-01` });
    }
    return notAfterToday(date, now, field);
  };
  if (command.type === 'ReportPlanProgress') {
    return [
      {
        type: 'PlanProgressReported',
        data: {
          ...context,
          itemId,
          reportedOn: notBeforePlan(isoDate(command.data.reportedOn, 'reportedOn'), 'reportedOn'),
          achieved: amount(command.data.achieved, 'achieved'),
          note: noIdentity(optionalText(command.data.note, 'note', 1000), 'note'),
          evidence: noIdentity(optionalText(command.data.evidence, 'evidence', 300), 'evidence'),
        },
      },
    ];
  }
  return [
    {
      type: 'PlanItemCompleted',
      data: {
        ...context,
        itemId,
        completedOn: notBeforePlan(isoDate(command.data.completedOn, 'completedOn'), 'completedOn'),
        note: noIdentity(optionalText(command.data.note, 'note', 1000), 'note'),
      },
    },
  ];
}
