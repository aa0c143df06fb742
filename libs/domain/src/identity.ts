import type { AgencyType } from './actor.js';
import { DomainError } from './domain-error.js';

/**
 * The victim's identifying fields. The domain never sees them in clear text: the application seals
 * each one with the victim's own data key before a command is decided, and `decide` refuses any value
 * that is not a sealed token, so no clear identity can ever reach an event.
 */
export const IDENTITY_FIELDS = ['fullName', 'nik', 'passportNumber', 'address', 'phone', 'photoRefs', 'notes'] as const;
export type IdentityField = (typeof IDENTITY_FIELDS)[number];
/** Each present field as a sealed token `v1.<iv>.<ciphertext>.<tag>` (base64url, AES-256-GCM). */
export type SealedIdentity = Partial<Record<IdentityField, string>>;

export const SEALED_TOKEN = /^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]{22}$/;

/** What a receiving agency's service needs to know of the victim's identity (UU 21/2007 Art. 44: no more). */
export const IDENTITY_FIELDS_BY_AGENCY_TYPE: Readonly<Record<AgencyType, readonly IdentityField[]>> = {
  police: ['fullName', 'nik', 'passportNumber', 'address', 'phone'],
  social_services: ['fullName', 'phone'],
  shelter: ['fullName', 'phone'],
  health: ['fullName', 'nik'],
  lpsk: ['fullName', 'nik', 'address', 'phone'],
  bp2mi: ['fullName', 'nik', 'passportNumber', 'address'],
  uptd_ppa: ['fullName', 'nik', 'passportNumber', 'address', 'phone'],
  consulate: ['fullName', 'passportNumber'],
  immigration: ['fullName', 'passportNumber'],
};

/** Parts of the case summary a receiving agency sees besides its own referrals: what its service needs. */
export const CASE_SECTIONS = ['victimProfile', 'origin', 'assessment', 'legal', 'flags', 'nextAction'] as const;
export type CaseSection = (typeof CASE_SECTIONS)[number];

export const CASE_SECTIONS_BY_AGENCY_TYPE: Readonly<Record<AgencyType, readonly CaseSection[]>> = {
  // A police report needs who the victim is (sex, age, origin), the assessment and the legal track.
  police: ['victimProfile', 'origin', 'assessment', 'legal'],
  // Protection and restitution are LPSK's part of the legal track.
  lpsk: ['victimProfile', 'origin', 'assessment', 'legal'],
  // A placement or treatment needs the person, the risk and the alerts (a child, high risk).
  social_services: ['victimProfile', 'assessment', 'flags'],
  shelter: ['victimProfile', 'assessment', 'flags'],
  health: ['victimProfile', 'assessment', 'flags'],
  // A return home needs where home is.
  bp2mi: ['victimProfile', 'origin'],
  consulate: ['victimProfile', 'origin'],
  immigration: ['victimProfile', 'origin'],
  uptd_ppa: ['victimProfile', 'origin', 'assessment', 'legal', 'flags', 'nextAction'],
};

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
    if (typeof token !== 'string' || !SEALED_TOKEN.test(token)) {
      // Clear text here would land in the event log for good: refuse it.
      throw new DomainError('VALIDATION.INVALID_FORMAT', `identity.${field} must be sealed before it is recorded`, { field: `identity.${field}` });
    }
    sealed[field as IdentityField] = token;
  }
  return Object.keys(sealed).length > 0 ? sealed : null;
}
