import { describe, expect, it } from '@jest/globals';
import { BlindIndexer, nameAndYear, nameWords, normaliseNik, normalisePhone } from './blind-index.js';

const indexer = new BlindIndexer(Buffer.alloc(32, 9));

describe('blind index normalisation', () => {
  it('reads a name as its words, lower case, without diacritics or apostrophes', () => {
    expect(nameWords("  Siti NUR'AINI  Ramadhani-Putri ")).toEqual(['siti', 'nuraini', 'ramadhani', 'putri']);
    expect(nameWords('Désirée Élan')).toEqual(['desiree', 'elan']);
    expect(nameAndYear(['siti', 'aminah'], 1999)).toBe(nameAndYear(['aminah', 'siti', 'siti'], 1999));
  });

  it('reads a NIK only as 16 digits however grouped, and a phone number as its national digits', () => {
    expect(normaliseNik('6471 0155.0699-0002')).toBe('6471015506990002');
    expect(normaliseNik('647101550699000')).toBe('');
    expect(normalisePhone('+62 812-5555-0101')).toBe('81255550101');
    expect(normalisePhone('0812 5555 0101')).toBe('81255550101');
    expect(normalisePhone('LP/B/12')).toBe('');
    expect(normalisePhone('12345')).toBe('');
  });
});

describe('BlindIndexer', () => {
  it('keys each kind apart: a value hashed as a name word never matches the same text as a NIK', () => {
    expect(indexer.token('name_word', 'x').equals(indexer.token('nik', 'x'))).toBe(false);
    expect(indexer.token('nik', '1').equals(new BlindIndexer(Buffer.alloc(32, 8)).token('nik', '1'))).toBe(false);
  });

  it('finds a registered victim by any one word of the name, the NIK or the phone as typed differently', () => {
    const stored = indexer.victimTokens({ fullName: 'Siti Rahmawati', nik: '6471015506990002', phone: '+62 812 5555 0101' }, 1999);
    const has = (query: string) => indexer.queryTokens(query).every((q) => stored.some((s) => s.token.equals(q.token)));
    expect(stored.map((t) => t.kind).sort()).toEqual(['name_birth_year', 'name_word', 'name_word', 'nik', 'phone']);
    expect(has('RAHMAWATI')).toBe(true);
    expect(has('6471 0155 0699 0002')).toBe(true);
    expect(has('081255550101')).toBe(true);
    expect(has('Aminah')).toBe(false);
  });

  it('refuses a key shorter than 32 bytes', () => {
    expect(() => new BlindIndexer(Buffer.alloc(16))).toThrow(/32 bytes/);
  });
});
