import { rulesBy } from './case-command-rules.js';
import type { CaseCommandType } from './case.commands.js';
import type { CaseEvent, CaseEventType } from './case.events.js';
import { IDENTITY_FIELDS, isSealed, SEALED_TOKEN, type SealedValue } from './identity.js';

/**
 * The free-text fields of each command that can name a person (reasons, notes, evidence references, handover
 * record numbers and places), from each command's rules: sealed with the victim's key before the command is decided,
 * like the identity. Coded values (regions, transit points from the list, agency codes, vocabularies) stay clear so
 * they can be counted.
 */
export const SEALED_COMMAND_FIELDS: Partial<Record<CaseCommandType, readonly string[]>> = Object.fromEntries(
  Object.entries(rulesBy((rules) => rules.sealed)).filter(([, fields]) => fields !== undefined),
);

/**
 * The fields that events recorded before sealed values were typed carry as sealed token strings: the sealed free
 * text of that time, and the identity. Only these are read as sealed, by the schema of each event type, never by
 * the shape of a string elsewhere.
 */
const LEGACY_SEALED_EVENT_FIELDS: Partial<Record<CaseEventType, readonly string[]>> = {
  ConsentRecorded: ['purpose'],
  ConsentWithdrawn: ['reason'],
  ConsentOverrideRecorded: ['reason'],
  RestitutionDefaulted: ['reason'],
  StageSkipped: ['reason'],
  ClosureRequested: ['note', 'unpaidRestitutionReason'],
  CaseClosed: ['note', 'unpaidRestitutionReason'],
  ClosureRejected: ['reason'],
  CaseReopened: ['reason'],
  ReferralSent: ['reason'],
  ReferralAccepted: ['note'],
  ReferralDeclined: ['reason'],
  ReferralWithdrawn: ['reason'],
  ReferralCompleted: ['note'],
  TransferRequested: ['reason'],
  TransferDeclined: ['reason'],
  ServiceRequested: ['note'],
  ServiceDelivered: ['note'],
  ShelterPlacementExtended: ['reason'],
  ShelterPlacementEnded: ['note'],
  ReintegrationPlanApproved: ['note'],
  FollowUpVisitRecorded: ['note'],
  ReintegrationCompleted: ['note'],
};

const legacy = (value: unknown): unknown => (typeof value === 'string' && SEALED_TOKEN.test(value) ? ({ $sealed: value } satisfies SealedValue) : value);

/**
 * An event as stored, with the sealed values of an older schema (token strings in the fields that were sealed
 * then) turned into typed sealed values. The stored event is left as it is (the hash chain covers it as stored).
 */
export function upcastSealedValues<E extends { type: string; data: unknown }>(event: E): E {
  const data = event.data as Record<string, unknown> | null;
  if (data === null || typeof data !== 'object') return event;
  let changed: Record<string, unknown> | null = null;
  for (const field of LEGACY_SEALED_EVENT_FIELDS[event.type as CaseEventType] ?? []) {
    const value = legacy(data[field]);
    if (value !== data[field]) (changed ??= { ...data })[field] = value;
  }
  if (event.type === 'VictimRegistered' && data.identity && typeof data.identity === 'object') {
    const identity = data.identity as Record<string, unknown>;
    const upcast = Object.fromEntries(
      Object.entries(identity).map(([field, value]) => [field, (IDENTITY_FIELDS as readonly string[]).includes(field) ? legacy(value) : value]),
    );
    if (Object.keys(upcast).some((field) => upcast[field] !== identity[field])) (changed ??= { ...data }).identity = upcast;
  }
  return changed ? ({ ...event, data: changed } as E) : event;
}

/** `upcastSealedValues` for a case event. */
export const upcastCaseEvent = (event: CaseEvent): CaseEvent => upcastSealedValues(event);

/** How a sealed value reads where it is never opened (the audit record, exports): sealed, or erased with the key. */
export const SEALED_MARK = '[sealed]';
export const ERASED_MARK = '[erased]';

/**
 * `value` (any JSON) with every sealed value, found by type, replaced by `[sealed]`, or `[erased]` once the victim's
 * key is destroyed: for readers who never open victims' text (auditors), so neither clear text nor ciphertext shows.
 */
export function markSealedValues<T>(value: T, erased: boolean): T {
  const walk = (node: unknown): unknown => {
    if (isSealed(node)) return erased ? ERASED_MARK : SEALED_MARK;
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === 'object' && !(node instanceof Date)) return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
    return node;
  };
  return walk(value) as T;
}
