import { describe, expect, it } from '@jest/globals';
import type { Actor, DirectoryAgency, ResolvedAgencies } from './actor.js';
import { isDomainError } from './domain-error.js';
import { agenciesNamedByMouCommand, decideMou, foldMou, mouInForce, mouProvinces } from './mou.decide.js';
import type { MouCommand, MouEvent } from './mou.events.js';

const MOU = '5b1d2c3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';
const NOW = '2025-03-10T03:00:00.000Z';
const kaltim: Actor = { userId: 'gtk-kaltim', role: 'task_force_coordinator', agency: 'GT-PP-TPPO-64' };
const kalbar: Actor = { userId: 'gtk-kalbar', role: 'task_force_coordinator', agency: 'GT-PP-TPPO-61' };
const national: Actor = { userId: 'gtk-pusat', role: 'task_force_coordinator', agency: 'GT-PP-TPPO-PUSAT' };
const analyst: Actor = { userId: 'gt-kaltim', role: 'task_force_analyst', agency: 'GT-PP-TPPO-64' };
const agency = (code: string, type: DirectoryAgency['type'], provinceCode: string | null, active = true): DirectoryAgency => ({
  code,
  type,
  provinceCode,
  active,
  mergedInto: null,
});
const DIRECTORY: ResolvedAgencies = {
  'GT-PP-TPPO-64': agency('GT-PP-TPPO-64', 'task_force', '64'),
  'GT-PP-TPPO-61': agency('GT-PP-TPPO-61', 'task_force', '61'),
  'GT-PP-TPPO-PUSAT': agency('GT-PP-TPPO-PUSAT', 'task_force', null),
  'BP2MI-NUNUKAN': agency('BP2MI-NUNUKAN', 'bp2mi', '65'),
  'UPTD-PPA-64': agency('UPTD-PPA-64', 'uptd_ppa', '64'),
  'DINSOS-OLD': agency('DINSOS-OLD', 'social_services', '64', false),
};

function command(type: MouCommand['type'], data: Record<string, unknown>, actor: Actor = kaltim): MouCommand {
  return { type, data: { mouId: MOU, ...data }, metadata: { actor, now: NOW, agencies: DIRECTORY } } as unknown as MouCommand;
}
const context = (by: Actor = kaltim) => ({ mouId: MOU, at: NOW, by });

const record = (over: Record<string, unknown> = {}, actor?: Actor) =>
  command(
    'RecordMou',
    {
      reference: '119/1234/PEM-PP/2024',
      title: 'Kerja sama penanganan korban TPPO Kaltim–Kaltara',
      provinces: ['64', '65'],
      agencies: ['BP2MI-NUNUKAN'],
      scopes: ['case_transfer', 'repatriation'],
      signedOn: '2024-05-02',
      expiresOn: '2029-05-01',
      document: 'Arsip Biro Pemerintahan Kaltim 2024/17',
      ...over,
    },
    actor,
  );
const renew = (over: Record<string, unknown> = {}, actor?: Actor) => command('RenewMou', { expiresOn: '2034-05-01', reference: 'Adendum 1', ...over }, actor);
const terminate = (over: Record<string, unknown> = {}, actor?: Actor) =>
  command('TerminateMou', { terminatedOn: '2025-03-01', note: 'diganti', ...over }, actor);

const recorded: MouEvent = {
  type: 'MouRecorded',
  data: {
    ...context(),
    recordedBy: 'GT-PP-TPPO-64',
    reference: '119/1234/PEM-PP/2024',
    title: 'Kerja sama penanganan korban TPPO Kaltim–Kaltara',
    parties: [
      { kind: 'province', provinceCode: '64' },
      { kind: 'province', provinceCode: '65' },
      { kind: 'agency', agency: 'BP2MI-NUNUKAN', provinceCode: '65' },
    ],
    scopes: ['case_transfer', 'repatriation'],
    signedOn: '2024-05-02',
    expiresOn: '2029-05-01',
    document: 'Arsip Biro Pemerintahan Kaltim 2024/17',
    illustrative: false,
  },
};
const renewed: MouEvent = { type: 'MouRenewed', data: { ...context(), expiresOn: '2034-05-01', reference: 'Adendum 1', note: null } };
const terminated: MouEvent = { type: 'MouTerminated', data: { ...context(), terminatedOn: '2025-03-01', note: 'diganti' } };

/** Given an MoU's history, when a command is decided, then these events (or this refusal). */
function given(history: readonly MouEvent[]) {
  const state = foldMou(history);
  return {
    when: (cmd: MouCommand) => ({
      then: (expected: MouEvent[]) => expect(decideMou(cmd, state)).toEqual(expected),
      thenThrows: (code: string, details: Record<string, unknown> = {}) => {
        let thrown: unknown;
        try {
          decideMou(cmd, state);
        } catch (error) {
          thrown = error;
        }
        expect(isDomainError(thrown)).toBe(true);
        expect(thrown).toMatchObject({ code, details: expect.objectContaining(details) });
      },
    }),
  };
}

describe('RecordMou', () => {
  it('records the MoU with its parties resolved (an agency party carries its province from the directory)', () => given([]).when(record()).then([recorded]));
  it('marks an invented MoU as illustrative', () =>
    given([])
      .when(record({ illustrative: true }))
      .then([{ ...recorded, data: { ...recorded.data, illustrative: true } } as MouEvent]));
  it('refuses an MoU that is in the register', () => given([recorded]).when(record()).thenThrows('MOU.ALREADY_EXISTS'));
  it('refuses an analyst: analysts read the register', () => given([]).when(record({}, analyst)).thenThrows('AUTH.FORBIDDEN', { rule: 'permission' }));
  it('refuses a province task force recording an MoU its province is no party to', () =>
    given([])
      .when(record({ provinces: ['64', '65'], agencies: [] }, kalbar))
      .thenThrows('AUTH.FORBIDDEN', { rule: 'mou_party', provinceCode: '61' }));
  it('lets a national task force record any MoU', () =>
    given([])
      .when(record({ provinces: ['61', '64'], agencies: [] }, national))
      .then([expect.objectContaining({ type: 'MouRecorded', data: expect.objectContaining({ recordedBy: 'GT-PP-TPPO-PUSAT' }) })] as never));
  it('refuses fewer than two parties, counting a province named twice once', () =>
    given([])
      .when(record({ provinces: ['64', '64'], agencies: [] }))
      .thenThrows('VALIDATION.OUT_OF_RANGE', { field: 'provinces', min: 2 }));
  it('refuses a malformed province code and an agency the directory does not hold or no longer has acting', () => {
    given([])
      .when(record({ provinces: ['64', '6'] }))
      .thenThrows('VALIDATION.INVALID_FORMAT', { field: 'provinces[1]' });
    given([])
      .when(record({ agencies: ['NOWHERE-1'] }))
      .thenThrows('AGENCY.UNKNOWN', { field: 'agencies' });
    given([])
      .when(record({ agencies: ['DINSOS-OLD'] }))
      .thenThrows('AGENCY.INACTIVE', { field: 'agencies' });
  });
  it('refuses an unknown scope and no scope', () => {
    given([])
      .when(record({ scopes: ['tourism'] }))
      .thenThrows('VALIDATION.INVALID_VALUE', { field: 'scopes[0]' });
    given([])
      .when(record({ scopes: [] }))
      .thenThrows('VALIDATION.REQUIRED', { field: 'scopes' });
  });
  it('refuses a signing date in the future and an expiry not after signing', () => {
    given([])
      .when(record({ signedOn: '2025-04-01' }))
      .thenThrows('VALIDATION.OUT_OF_RANGE', { field: 'signedOn' });
    given([])
      .when(record({ expiresOn: '2024-05-02' }))
      .thenThrows('VALIDATION.OUT_OF_RANGE', { field: 'expiresOn' });
  });
  it('refuses a NIK in any text', () =>
    given([])
      .when(record({ document: 'lampiran KTP 6471 0101 0190 0001' }))
      .thenThrows('VALIDATION.INVALID_VALUE', { field: 'document' }));
  it('refuses an illustrative flag that is not a boolean', () =>
    given([])
      .when(record({ illustrative: 'yes' }))
      .thenThrows('VALIDATION.INVALID_VALUE', { field: 'illustrative' }));
});

describe('RenewMou', () => {
  it('sets the new expiry', () => given([recorded]).when(renew()).then([renewed]));
  it('refuses an MoU not in the register', () => given([]).when(renew()).thenThrows('MOU.NOT_FOUND'));
  it('refuses another task force', () =>
    given([recorded]).when(renew({}, kalbar)).thenThrows('AUTH.FORBIDDEN', { rule: 'mou_owner', recordedBy: 'GT-PP-TPPO-64' }));
  it('refuses an expiry not after the current one', () =>
    given([recorded])
      .when(renew({ expiresOn: '2029-05-01' }))
      .thenThrows('VALIDATION.OUT_OF_RANGE', { field: 'expiresOn', min: '2029-05-01' }));
  it('refuses a terminated MoU', () => given([recorded, terminated]).when(renew()).thenThrows('MOU.TERMINATED'));
});

describe('TerminateMou', () => {
  it('ends the MoU on the day given', () => given([recorded, renewed]).when(terminate()).then([terminated]));
  it('refuses a day before signing or in the future', () => {
    given([recorded])
      .when(terminate({ terminatedOn: '2024-05-01' }))
      .thenThrows('VALIDATION.OUT_OF_RANGE', { field: 'terminatedOn' });
    given([recorded])
      .when(terminate({ terminatedOn: '2025-12-01' }))
      .thenThrows('VALIDATION.OUT_OF_RANGE', { field: 'terminatedOn' });
  });
  it('refuses terminating twice', () => given([recorded, terminated]).when(terminate()).thenThrows('MOU.TERMINATED'));
});

describe('the MoU as a transfer reads it', () => {
  it('is in force from signing to expiry (inclusive) until terminated', () => {
    const state = foldMou([recorded]);
    expect([mouInForce(state, '2024-05-01'), mouInForce(state, '2024-05-02'), mouInForce(state, '2029-05-01'), mouInForce(state, '2029-05-02')]).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(mouInForce(foldMou([recorded, renewed]), '2030-01-01')).toBe(true);
    const ended = foldMou([recorded, terminated]);
    expect([mouInForce(ended, '2025-02-28'), mouInForce(ended, '2025-03-01')]).toEqual([true, false]);
    expect(mouInForce(foldMou([]), '2025-01-01')).toBe(false);
  });
  it('binds the provinces of its province and agency parties', () => expect(mouProvinces(recorded.data.parties).sort()).toEqual(['64', '65']));
  it('names the agencies the directory must resolve', () => expect(agenciesNamedByMouCommand(record()).sort()).toEqual(['BP2MI-NUNUKAN', 'GT-PP-TPPO-64']));
});
