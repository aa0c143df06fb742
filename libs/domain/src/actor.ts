export const ROLES = [
  'caseworker',
  'supervisor',
  'police_investigator',
  'social_services_officer',
  'health_officer',
  'lpsk_officer',
  'bp2mi_officer',
  'task_force_analyst',
  // Writes the task force's action plans (RAD); reads counts like an analyst does not.
  'task_force_coordinator',
  'auditor',
  'administrator',
] as const;
export type Role = (typeof ROLES)[number];

// Deadline sweeps act as this role; no person holds it.
export const SYSTEM_ROLE = 'system';
export type ActorRole = Role | typeof SYSTEM_ROLE;

/** A user id as the identity provider issues it and the directory keys it. */
export const USER_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._@:-]{0,127}$/;

/** Who issues a command: taken from a verified token by the caller, never from a request body. */
export interface Actor {
  userId: string;
  role: ActorRole;
  agency: string;
}

/** Roles that change a case on behalf of the agency that owns it. */
export const CASE_STAFF_ROLES = ['caseworker', 'supervisor'] as const satisfies readonly Role[];

/** Roles that may work on a case as a receiving agency; analysts, auditors and administrators only read. */
export const SERVICE_ROLES = [
  'caseworker',
  'supervisor',
  'police_investigator',
  'social_services_officer',
  'health_officer',
  'lpsk_officer',
  'bp2mi_officer',
] as const satisfies readonly Role[];

export const AGENCY_TYPES = [
  'police',
  'social_services',
  'health',
  'lpsk',
  'bp2mi',
  'uptd_ppa',
  'shelter',
  'consulate',
  'immigration',
  // Agencies whose staff read counts, audit or keep the directory: they own no case and receive no referral.
  'task_force',
  'inspectorate',
  'ministry',
] as const;
export type AgencyType = (typeof AGENCY_TYPES)[number];

/** An agency as the directory records it: the only source of its type, region and whether it still acts. */
export interface DirectoryAgency {
  code: string;
  type: AgencyType;
  provinceCode: string | null;
  active: boolean;
  /** The agency that took over its work when it was merged (e.g. BP2MI into a ministry); null otherwise. */
  mergedInto: string | null;
}

/** The directory's records of the agencies a command names, resolved at the command boundary (code → record). */
export type ResolvedAgencies = Readonly<Record<string, DirectoryAgency>>;

/** A user as the directory records it: the only source of their agency, role and whether they still act. */
export interface DirectoryUser {
  userId: string;
  agency: string;
  /** As recorded; a role the domain does not know assigns nothing. */
  role: string;
  active: boolean;
}

/** The directory's records of the users a command names, resolved at the command boundary (user id → record). */
export type ResolvedUsers = Readonly<Record<string, DirectoryUser>>;
