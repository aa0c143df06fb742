import { AGENCY_TYPES, SYSTEM_ROLE, type AgencyType, type DirectoryAgency, type ResolvedAgencies } from './actor.js';
import type { CaseCommand } from './case.commands.js';
import type { CaseState } from './case.state.js';
import type { CaseService, ReferralService } from './case.values.js';
import { DomainError } from './domain-error.js';
import { isAgencyCode } from './validation.js';

/** Agencies that own cases and take them over on a transfer: they see every identity field of what they own. */
export const CASE_OWNER_TYPES = ['uptd_ppa'] as const satisfies readonly AgencyType[];

/** Which kinds of agency give each service; a referral or a named provider of another kind is refused. */
export const SERVICE_AGENCY_TYPES: Readonly<Record<ReferralService, readonly AgencyType[]>> = {
  health: ['health'],
  first_aid: ['health'],
  psychosocial: ['uptd_ppa', 'social_services', 'shelter', 'health'],
  social_rehabilitation: ['social_services', 'shelter', 'uptd_ppa'],
  legal_aid: ['uptd_ppa', 'lpsk'],
  shelter: ['shelter', 'social_services', 'uptd_ppa'],
  law_enforcement: ['police'],
  repatriation: ['bp2mi', 'consulate', 'uptd_ppa', 'social_services', 'immigration'],
  reintegration: ['uptd_ppa', 'social_services'],
  restitution: ['lpsk'],
  protection: ['lpsk', 'police'],
  documents: ['immigration', 'consulate', 'bp2mi'],
  economic_empowerment: ['social_services', 'uptd_ppa'],
  education: ['social_services', 'uptd_ppa'],
};

export const serviceAgencyTypes = (service: ReferralService | CaseService): readonly AgencyType[] => SERVICE_AGENCY_TYPES[service];

/** Who may keep a victim in a shelter (penampungan sementara): a shelter, Dinas Sosial or the UPTD PPA itself. */
export const SHELTER_AGENCY_TYPES = SERVICE_AGENCY_TYPES.shelter;
/** Who may escort a return home. */
export const ESCORT_AGENCY_TYPES = SERVICE_AGENCY_TYPES.repatriation;
/** Who may receive a victim at a handover (berita acara). */
export const RECEIVING_AGENCY_TYPES = ['uptd_ppa', 'social_services', 'shelter', 'bp2mi'] as const satisfies readonly AgencyType[];
/** Who files a police report (laporan polisi). */
export const POLICE_AGENCY_TYPES = ['police'] as const satisfies readonly AgencyType[];

const codeIn = (value: unknown): string[] => (isAgencyCode(value) ? [value] : []);

/**
 * The agency codes a command names, for the boundary to resolve in the directory before `decide` runs: the
 * agencies of its fields, the owner a new case gets (the actor's agency) or a transfer's acceptance makes, and, for
 * a withdrawal, the receiving agency of the referral withdrawn (a deactivated receiver lets the sender withdraw an accepted one).
 */
export function agenciesNamedBy(command: CaseCommand, state?: CaseState): string[] {
  const { data } = command as { data: Record<string, unknown> };
  const named: string[] = [];
  switch (command.type) {
    case 'OpenCase':
      if (command.metadata.actor.role !== SYSTEM_ROLE) named.push(...codeIn(command.metadata.actor.agency));
      named.push(...codeIn(data.reportingAgency));
      break;
    case 'RecordConsent': {
      const share = data.share as { agencies?: unknown } | undefined;
      for (const list of [data.agencies, share?.agencies]) if (Array.isArray(list)) for (const code of list) named.push(...codeIn(code));
      break;
    }
    case 'OverrideConsent':
    case 'SendReferral':
    case 'RequestTransfer':
      named.push(...codeIn(data.toAgency));
      break;
    case 'RequestService':
      named.push(...codeIn(data.providerAgency));
      break;
    case 'StartShelterPlacement':
      named.push(...codeIn(data.shelterAgency));
      break;
    case 'PlanRepatriation':
      named.push(...codeIn(data.escortAgency));
      break;
    case 'RecordHandover':
      named.push(...codeIn(data.receivingAgency));
      break;
    case 'FilePoliceReport':
      named.push(...codeIn(data.policeAgency));
      break;
    case 'AcceptTransfer': {
      // Accepting makes the target the owner: the directory must still hold it as an acting case owner.
      const transfer = state?.exists ? state.transfers[String(data.transferId)] : undefined;
      if (transfer) named.push(transfer.toAgency);
      break;
    }
    case 'AddCaseNote':
      if (Array.isArray(data.sharedWith)) for (const code of data.sharedWith) named.push(...codeIn(code));
      break;
    case 'WithdrawReferral': {
      const referral = state?.exists ? state.referrals[String(data.referralId)] : undefined;
      if (referral) named.push(referral.toAgency);
      break;
    }
    default:
      break;
  }
  return [...new Set(named)];
}

/**
 * The directory's record of an agency a command names, refused when the directory does not hold it
 * (`AGENCY.UNKNOWN`), no longer has it acting (`AGENCY.INACTIVE`) or holds it as a kind that cannot do
 * what the command asks (`AGENCY.WRONG_TYPE`). A command whose caller resolved nothing names no known agency.
 */
export function resolvedAgency(
  agencies: ResolvedAgencies | undefined,
  code: string,
  field: string,
  allowedTypes: readonly AgencyType[] = AGENCY_TYPES,
): DirectoryAgency {
  const agency = agencies && Object.hasOwn(agencies, code) ? agencies[code] : undefined;
  if (!agency) throw new DomainError('AGENCY.UNKNOWN', `${field}: agency ${code} is not in the directory`, { field, agency: code });
  if (!agency.active) {
    throw new DomainError('AGENCY.INACTIVE', `${field}: agency ${code} no longer acts${agency.mergedInto ? `; it was merged into ${agency.mergedInto}` : ''}`, {
      field,
      agency: code,
      mergedInto: agency.mergedInto,
    });
  }
  if (!allowedTypes.includes(agency.type)) {
    throw new DomainError('AGENCY.WRONG_TYPE', `${field}: agency ${code} is ${agency.type} in the directory; this needs ${allowedTypes.join(' or ')}`, {
      field,
      agency: code,
      type: agency.type,
      allowed: allowedTypes,
    });
  }
  return agency;
}

/** An agency as administrators record it. */
export interface AgencyEntry {
  code: string;
  name: string;
  type: string;
  provinceCode: string | null;
  districtCode: string | null;
  /** Where notifications to the agency go; none recorded = null. */
  email?: string | null;
  /** false: it no longer acts (default true). */
  active?: boolean;
  /** A merger: the agency that took over its work (then inactive). */
  mergedInto?: string | null;
}

/** The user ids a command names, for the boundary to resolve in the directory before `decide` runs. */
export function usersNamedBy(command: CaseCommand): string[] {
  if (command.type !== 'AssignCase') return [];
  const { assignee } = command.data as { assignee?: unknown };
  return typeof assignee === 'string' && assignee.length > 0 && assignee.length <= 100 ? [assignee] : [];
}
