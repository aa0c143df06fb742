import { createHmac } from 'node:crypto';
import type { VictimIdentity } from './identity-vault.js';

/**
 * Keyed blind indexes of a victim's identity: HMAC-SHA256, under a key of their own (BLIND_INDEX_KEY), of normalised
 * values, each kind under its own label so a name word never matches a NIK. An index finds a case by an exact value
 * without anything being opened; without the key a token says nothing (a NIK's 16 digits could be tried one by one
 * against a bare hash, not against a keyed one). Tokens are kept outside the events, so erasure can delete them.
 */
export type BlindIndexKind = 'name_word' | 'nik' | 'phone' | 'name_birth_year';

export class BlindIndexer {
  constructor(private readonly key: Buffer) {
    if (key.length < 32) throw new Error('the blind index key must be at least 32 bytes');
  }

  token(kind: BlindIndexKind, normalised: string): Buffer {
    return createHmac('sha256', this.key).update(`${kind}\u0000${normalised}`).digest();
  }

  /** The tokens a registered victim is found by; a field not given adds none. */
  victimTokens(identity: VictimIdentity, birthYear: number | null): Array<{ kind: BlindIndexKind; token: Buffer }> {
    const tokens: Array<{ kind: BlindIndexKind; token: Buffer }> = [];
    const words = identity.fullName ? nameWords(identity.fullName) : [];
    for (const word of new Set(words)) tokens.push({ kind: 'name_word', token: this.token('name_word', word) });
    if (words.length > 0 && birthYear !== null) tokens.push({ kind: 'name_birth_year', token: this.token('name_birth_year', nameAndYear(words, birthYear)) });
    const nik = identity.nik ? normaliseNik(identity.nik) : '';
    if (nik) tokens.push({ kind: 'nik', token: this.token('nik', nik) });
    const phone = identity.phone ? normalisePhone(identity.phone) : '';
    if (phone) tokens.push({ kind: 'phone', token: this.token('phone', phone) });
    return tokens;
  }

  /** The tokens a search text may match: each name word, and the text as a NIK or a phone number where it reads as one. */
  queryTokens(text: string): Array<{ kind: BlindIndexKind; token: Buffer }> {
    const tokens: Array<{ kind: BlindIndexKind; token: Buffer }> = nameWords(text).map((word) => ({ kind: 'name_word', token: this.token('name_word', word) }));
    const nik = normaliseNik(text);
    if (nik) tokens.push({ kind: 'nik', token: this.token('nik', nik) });
    const phone = normalisePhone(text);
    if (phone) tokens.push({ kind: 'phone', token: this.token('phone', phone) });
    return tokens;
  }
}

/** A name's words: letters only, lower case, without diacritics (`Siti Nur'aini` → `siti`, `nuraini`). */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length > 0);
}

/** The name's words in order of the alphabet (`Nur Siti` and `Siti Nur` are one person) with the birth year. */
export function nameAndYear(words: readonly string[], birthYear: number): string {
  return `${[...new Set(words)].sort().join(' ')}|${birthYear}`;
}

/** A NIK is 16 digits, however grouped (`6472 0101 …`, `6472.0101…`); anything else is not one. */
export function normaliseNik(value: string): string {
  const digits = value.replace(/[\s.-]/g, '');
  return /^\d{16}$/.test(digits) ? digits : '';
}

/** A phone number as its national digits: `+62 812-…`, `0812…` and `62812…` are one number; fewer than 8 digits is none. */
export function normalisePhone(value: string): string {
  if (!/^[+\d\s().-]+$/.test(value)) return '';
  let digits = value.replace(/\D/g, '');
  if (digits.startsWith('62')) digits = digits.slice(2);
  else if (digits.startsWith('0')) digits = digits.slice(1);
  return digits.length >= 8 && digits.length <= 13 ? digits : '';
}

/** Where a registered victim's tokens are kept (and possible duplicates looked for), written after the registration is recorded. */
export abstract class VictimIndex {
  /** Replaces the case's tokens with these, and records each other case that shares a NIK, or a name and birth year, as a possible duplicate. */
  abstract record(caseId: string, tokens: ReadonlyArray<{ kind: BlindIndexKind; token: Buffer }>): Promise<void>;
}
