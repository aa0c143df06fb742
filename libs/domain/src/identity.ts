import type { AgencyType } from './actor.js';
import { DomainError } from './domain-error.js';

/**
 * The victim's identifying fields. The domain never sees them in clear text: the application seals
 * each one with the victim's own data key before a command is decided, and `decide` refuses any value
 * that is not a sealed token, so no clear identity can ever reach an event.
 */
/**
 * `kronologi`: the victim's account as told at intake (who recruited her, where she was taken, how she came back); it
 * names people and places, so it is sealed with the identity and read by those who may read the identity.
 */
export const IDENTITY_FIELDS = ['fullName', 'nik', 'passportNumber', 'address', 'phone', 'photoRefs', 'notes', 'kronologi'] as const;
export type IdentityField = (typeof IDENTITY_FIELDS)[number];
/**
 * Why a person opens a victim's identity, as the access log records it: chosen from a list, never typed, so the log
 * itself can hold no name or number.
 */
export const IDENTITY_READ_REASONS = [
  'contact_victim',
  'family_tracing',
  'service_delivery',
  'legal_process',
  'document_preparation',
  'data_verification',
] as const;
export type IdentityReadReason = (typeof IDENTITY_READ_REASONS)[number];
/**
 * A value sealed with the victim's data key: an object whose one member `$sealed` holds `v1.<iv>.<ciphertext>.<tag>`
 * (base64url, AES-256-GCM). No request can produce it (every text field of a request is a string), so a reader
 * opens only these, by type; a string is always what a person typed, whatever it looks like.
 */
export interface SealedValue {
  readonly $sealed: string;
}

/** Free text that can name a person: sealed when recorded (a string only in events recorded before it was sealed, or with no key left). */
export type FreeText = string | SealedValue;

/** Each present field sealed. */
export type SealedIdentity = Partial<Record<IdentityField, SealedValue>>;

/** The grammar of a sealed value's token; only ever checked inside a `{ $sealed }` object or a field the schema says was sealed. */
export const SEALED_TOKEN = /^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]{22}$/;

export function isSealed(value: unknown): value is SealedValue {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === '$sealed' && typeof (value as SealedValue).$sealed === 'string' && SEALED_TOKEN.test((value as SealedValue).$sealed);
}

/** What a receiving agency's service needs to know of the victim's identity (UU 21/2007 Art. 44: no more). */
export const IDENTITY_FIELDS_BY_AGENCY_TYPE: Readonly<Record<AgencyType, readonly IdentityField[]>> = {
  // The police, LPSK and the home province's UPTD PPA work from the victim's account too.
  police: ['fullName', 'nik', 'passportNumber', 'address', 'phone', 'kronologi'],
  social_services: ['fullName', 'phone'],
  shelter: ['fullName', 'phone'],
  health: ['fullName', 'nik'],
  lpsk: ['fullName', 'nik', 'address', 'phone', 'kronologi'],
  bp2mi: ['fullName', 'nik', 'passportNumber', 'address'],
  uptd_ppa: ['fullName', 'nik', 'passportNumber', 'address', 'phone', 'kronologi'],
  consulate: ['fullName', 'passportNumber'],
  immigration: ['fullName', 'passportNumber'],
  task_force: [],
  inspectorate: [],
  ministry: [],
};

/** Parts of the case summary a receiving agency sees besides its own referrals: what its service needs (`caseViewFor`). */
export const CASE_SECTIONS = ['victimProfile', 'origin', 'assessment', 'legal', 'flags', 'nextAction'] as const;
export type CaseSection = (typeof CASE_SECTIONS)[number];

export function sealedIdentity(value: unknown): SealedIdentity | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new DomainError('VALIDATION.INVALID_VALUE', 'identity must be an object of sealed fields', { field: 'identity' });
  }
  const sealed: SealedIdentity = {};
  for (const [field, token] of Object.entries(value)) {
    if (!(IDENTITY_FIELDS as readonly string[]).includes(field)) {
      throw new DomainError('VALIDATION.INVALID_VALUE', `identity.${field} is not an identity field`, { field: `identity.${field}` });
    }
    if (!isSealed(token)) {
      // Clear text here would land in the event log for good: refuse it.
      throw new DomainError('VALIDATION.INVALID_FORMAT', `identity.${field} must be sealed before it is recorded`, { field: `identity.${field}` });
    }
    sealed[field as IdentityField] = token;
  }
  return Object.keys(sealed).length > 0 ? sealed : null;
}
