import type { components } from '../../api-schema.js';

type Schemas = components['schemas'];

/** The audit routes' answers, as the API's OpenAPI document declares them. */
export type AuditedEvent = Schemas['AuditedEventDto'];
export type EventsPage = Schemas['AuditEventsPageDto'];
export type Diff = Schemas['CaseDiffDto'];
export type BrokenLink = Schemas['BrokenLinkDto'];
export type Verification = Schemas['CaseVerificationDto'];

/**
 * The parts of the folded case (the domain's CaseFile) the page summarises; the whole is shown as JSON too.
 * The document declares the state as an open object, so these fields are read on trust.
 */
export interface CaseFileView {
  exists: true;
  ownerAgency: string;
  channel: string;
  districtCode: string;
  openedAt: string;
  stage: string;
  victim: { initials: string; sex: string; ageBand: string | null; isChild: boolean; nationality: string; originDistrictCode: string } | null;
  consents: Record<string, { active: boolean }>;
  assessments: Record<string, { victimStatus: string; approved: boolean }>;
  latestAssessmentId: string | null;
  services: Record<string, { delivered: boolean }>;
  shelterPlacements: Record<string, unknown>;
  policeReportNumbers: string[];
  lpskApplications: Record<string, unknown>;
  restitutions: Record<string, unknown>;
  referrals: Record<string, { referralId: string; toAgency: string; service: string; status: string; outcome: string | null }>;
  transfers: Record<string, unknown>;
  closureRequest: { reason: string } | null;
  identityErased: boolean;
}
export type CaseStateView = { exists: false } | CaseFileView;

/** GET /audit/cases/:id/state, its state read as the page reads it. */
export type AsOf = Omit<Schemas['CaseAsOfDto'], 'state'> & { state: CaseStateView };

export interface Snapshot {
  revision: number;
  asOf: AsOf;
  diff: Diff | null;
}
