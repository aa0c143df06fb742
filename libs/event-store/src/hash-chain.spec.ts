import { describe, expect, it } from '@jest/globals';
import { canonicalEvent, contentHash } from './hash-chain.js';

const STREAM = 'case-0b8f1c2e-6f0a-4d3b-9a57-3c1c1f6d2b10';
const ID = '5D3E1A7C-2B4F-4C8E-9F10-7A6B5C4D3E2F';
const metadata = {
  actor: 'u-1',
  role: 'caseworker',
  agency: 'P2TP2A-3578',
  correlationId: 'c-1',
  commandId: 'k-1',
  occurredAt: '2026-12-07T10:00:00.000Z',
  causationId: null,
};

// Shapes a hand-rolled canonical form gets wrong: integer-like keys (which JS orders first), keys outside ASCII,
// escapes, nested arrays, members with no JSON value, dates, numbers JCS refuses.
const cases: Record<string, object> = {
  'integer-like keys': { b: 1, 10: 'ten', 2: 'two', a: [3, 1, 2] },
  'unicode and escapes': { nama: 'Siti "Ani" \\ Rahayu\n', é: 'ä', '\u00e9a': '😀', emoji: '\u2028' },
  'nested and empty': { a: { z: { y: [] }, b: {} }, list: [{ b: 2, a: 1 }, null, [true, false]] },
  'members without a JSON value': { kept: 1, dropped: undefined, inArray: [undefined, 2] },
  'dates and numbers': { at: new Date('2026-12-07T10:00:00.123Z'), n: -0, big: 1e21, small: 5e-7, fraction: 0.1 + 0.2 },
  'numbers JCS refuses': { nan: Number.NaN, inf: Number.POSITIVE_INFINITY, ok: 1 },
};

describe('canonicalEvent', () => {
  it.each(Object.entries(cases))('hashes %s to the content hash verification recomputes from the stored event', (_, data) => {
    const canonical = canonicalEvent(STREAM, ID, 'CaseOpened', data, metadata);
    // What verification sees: the stored jsonb, read back as JSON.
    const stored = { data: JSON.parse(canonical.data) as object, metadata: JSON.parse(canonical.metadata) as Record<string, unknown> };
    expect(canonical.content.toString('hex')).toBe(contentHash({ streamName: STREAM, id: ID, type: 'CaseOpened', ...stored }).toString('hex'));
    expect(canonical.content.toString('hex')).toBe(contentHash({ streamName: STREAM, id: ID, type: 'CaseOpened', data, metadata }).toString('hex'));
    expect(stored.data).toEqual(JSON.parse(JSON.stringify(data)));
  });

  it('hashes each part: another stream, id, type, datum or metadatum gives another content hash', () => {
    const base = canonicalEvent(STREAM, ID, 'CaseOpened', { a: 1 }, metadata).content.toString('hex');
    const variants = [
      canonicalEvent(`${STREAM}x`, ID, 'CaseOpened', { a: 1 }, metadata),
      canonicalEvent(STREAM, ID.replace('5D', '6D'), 'CaseOpened', { a: 1 }, metadata),
      canonicalEvent(STREAM, ID, 'CaseClosed', { a: 1 }, metadata),
      canonicalEvent(STREAM, ID, 'CaseOpened', { a: 2 }, metadata),
      canonicalEvent(STREAM, ID, 'CaseOpened', { a: 1 }, { ...metadata, actor: 'u-2' }),
    ].map((c) => c.content.toString('hex'));
    expect(new Set([base, ...variants]).size).toBe(6);
  });
});
