import { describe, expect, it } from '@jest/globals';
import { agenciesNamedBy } from './agency.js';
import { foldCase } from './case.evolve.js';
import { given } from './testing/given-when-then.js';
import {
  DIRECTORY,
  JATIM,
  RSUD,
  KALBAR,
  KALTIM,
  VICTIM,
  atIntake,
  caseworker,
  closedAtIntake,
  command,
  event,
  jatimCaseworker,
  jatimSupervisor,
  kalbarCaseworker,
  transferRequested,
  T0,
} from './testing/fixtures.js';
import { foldMou, type MouState } from './mou.decide.js';
import type { MouEvent, MouRecorded } from './mou.events.js';

const requestTransfer = (over = {}, actor = caseworker) =>
  command('RequestTransfer', { transferId: 'transfer-1', toAgency: JATIM, reason: 'repatriation to Jember', ...over }, { actor });
const acceptTransfer = (actor = jatimCaseworker) => command('AcceptTransfer', { transferId: 'transfer-1' }, { actor });
const declineTransfer = (reason = 'the victim lives in Kalbar', actor = jatimSupervisor) =>
  command('DeclineTransfer', { transferId: 'transfer-1', reason }, { actor });

const requested = [...atIntake, transferRequested()];
const transferAccepted = event('TransferAccepted', { transferId: 'transfer-1', fromAgency: KALTIM, toAgency: JATIM }, { by: jatimCaseworker });
const transferDeclined = event('TransferDeclined', { transferId: 'transfer-1', reason: 'x' }, { by: jatimSupervisor });

describe('RequestTransfer', () => {
  it("asks the origin province's UPTD PPA to take over the case", () => given(atIntake).when(requestTransfer()).then([transferRequested()]));

  it('asks again after a decline', () =>
    given([...requested, transferDeclined])
      .when(requestTransfer({ transferId: 'transfer-2', toAgency: KALBAR }))
      .then([
        event('TransferRequested', {
          transferId: 'transfer-2',
          fromAgency: KALTIM,
          toAgency: KALBAR,
          toAgencyType: 'uptd_ppa',
          reason: 'repatriation to Jember',
          mouId: null,
        }),
      ]));

  it('refuses a transfer to the owning agency', () =>
    given(atIntake)
      .when(requestTransfer({ toAgency: KALTIM }))
      .thenThrows('VALIDATION.SAME_AGENCY'));

  it('refuses a second transfer while one awaits an answer', () =>
    given(requested)
      .when(requestTransfer({ transferId: 'transfer-2', toAgency: KALBAR }))
      .thenThrows('TRANSFER.ALREADY_PENDING'));

  it('refuses a transfer id already used', () =>
    given([...requested, transferDeclined])
      .when(requestTransfer())
      .thenThrows('TRANSFER.ALREADY_EXISTS'));

  it('refuses a transfer without a reason', () =>
    given(atIntake)
      .when(requestTransfer({ reason: '' }))
      .thenThrows('VALIDATION.REQUIRED', { field: 'reason' }));

  it('refuses an agency that does not own the case', () =>
    given(atIntake).when(requestTransfer({}, jatimCaseworker)).thenThrows('AUTH.FORBIDDEN', { rule: 'owner_staff' }));

  it('refuses on a closed case', () => given(closedAtIntake).when(requestTransfer()).thenThrows('CASE.CLOSED'));

  describe('naming the MoU it rests on, as the register holds it', () => {
    const MOU = '5b1d2c3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';
    const recorded = (over: Partial<MouRecorded['data']> = {}): MouRecorded => ({
      type: 'MouRecorded',
      data: {
        mouId: MOU,
        at: T0,
        by: caseworker,
        recordedBy: 'GT-PP-TPPO-64',
        reference: '119/2024',
        title: 'Kaltim–Jatim',
        parties: [
          { kind: 'province', provinceCode: '64' },
          { kind: 'province', provinceCode: '35' },
        ],
        scopes: ['case_transfer'],
        signedOn: '2024-01-01',
        expiresOn: null,
        document: null,
        illustrative: false,
        ...over,
      },
    });
    const withRegister = (mous: Record<string, MouState>, over = {}) => {
      const base = requestTransfer({ mouId: MOU, ...over });
      return { ...base, metadata: { ...base.metadata, mous } } as typeof base;
    };
    it('records the MoU in force that covers case transfers', () =>
      given(atIntake)
        .when(withRegister({ [MOU]: foldMou([recorded()]) }))
        .then([{ ...transferRequested(), data: { ...transferRequested().data, mouId: MOU } } as never]));
    it('refuses an MoU the register does not hold, whatever the request says of it', () =>
      given(atIntake).when(withRegister({})).thenThrows('MOU.UNKNOWN', { field: 'mouId' }));
    it('refuses an MoU expired, not yet signed, terminated or not covering case transfers', () => {
      for (const over of [{ expiresOn: '2024-12-31' }, { signedOn: '2026-01-01' }, { scopes: ['repatriation' as const] }]) {
        given(atIntake)
          .when(withRegister({ [MOU]: foldMou([recorded(over)]) }))
          .thenThrows('MOU.NOT_IN_FORCE', { field: 'mouId' });
      }
      const terminated: MouEvent = { type: 'MouTerminated', data: { mouId: MOU, at: T0, by: caseworker, terminatedOn: '2025-01-01', note: null } };
      given(atIntake)
        .when(withRegister({ [MOU]: foldMou([recorded(), terminated]) }))
        .thenThrows('MOU.NOT_IN_FORCE');
    });
    it('refuses an id that is no uuid', () =>
      given(atIntake)
        .when(withRegister({}, { mouId: 'MoU Kaltim 2024' }))
        .thenThrows('VALIDATION.INVALID_FORMAT', { field: 'mouId' }));
  });
});

describe('AcceptTransfer', () => {
  it('lets the target agency accept; ownership moves to it', () => given(requested).when(acceptTransfer()).then([transferAccepted]));

  it('an agency cannot become owner through a transfer asked before the directory decided: a hospital accepting is refused', () =>
    given([...atIntake, event('TransferRequested', { transferId: 'transfer-1', fromAgency: KALTIM, toAgency: RSUD, reason: 'x' })])
      .when(command('AcceptTransfer', { transferId: 'transfer-1' }, { actor: { userId: 'rsud-cw', role: 'caseworker', agency: RSUD } }))
      .thenThrows('AGENCY.WRONG_TYPE', { field: 'toAgency', agency: RSUD }));

  it('refuses to make an owner of a target the directory no longer has acting', () =>
    given(requested)
      .when(
        command(
          'AcceptTransfer',
          { transferId: 'transfer-1' },
          { actor: jatimCaseworker, agencies: { ...DIRECTORY, [JATIM]: { ...DIRECTORY[JATIM]!, active: false } } },
        ),
      )
      .thenThrows('AGENCY.INACTIVE'));

  it('names the target to the boundary, which resolves it in the directory', () =>
    expect(agenciesNamedBy(acceptTransfer(), foldCase(requested))).toEqual([JATIM]));

  it('hands the case to the new owner, whose caseworkers then change it', () =>
    given([...requested, transferAccepted])
      .when(command('RegisterVictim', VICTIM, { actor: jatimCaseworker }))
      .then([event('VictimRegistered', { ...VICTIM, ageBand: null }, { by: jatimCaseworker })]));

  it('leaves the former owner read-only', () =>
    given([...requested, transferAccepted])
      .when(command('RegisterVictim', VICTIM, { actor: caseworker }))
      .thenThrows('AUTH.FORBIDDEN', { rule: 'owner_staff' }));

  it('refuses the requesting agency', () => given(requested).when(acceptTransfer(caseworker)).thenThrows('AUTH.FORBIDDEN', { rule: 'transfer_target' }));

  it('refuses a third agency', () => given(requested).when(acceptTransfer(kalbarCaseworker)).thenThrows('AUTH.FORBIDDEN'));

  it('refuses a transfer that does not exist', () => given(atIntake).when(acceptTransfer()).thenThrows('TRANSFER.NOT_FOUND'));

  it('refuses a transfer already declined', () =>
    given([...requested, transferDeclined])
      .when(acceptTransfer())
      .thenThrows('TRANSFER.ALREADY_ANSWERED', { status: 'declined' }));

  it('refuses a transfer already accepted', () =>
    given([...requested, transferAccepted])
      .when(acceptTransfer())
      .thenThrows('TRANSFER.ALREADY_ANSWERED', { status: 'accepted' }));

  it('refuses on a closed case', () =>
    given([...requested, ...closedAtIntake.slice(1)])
      .when(acceptTransfer())
      .thenThrows('CASE.CLOSED'));
});

describe('DeclineTransfer', () => {
  it('lets the target agency decline with a reason; ownership stays', () =>
    given(requested)
      .when(declineTransfer())
      .then([event('TransferDeclined', { transferId: 'transfer-1', reason: 'the victim lives in Kalbar' }, { by: jatimSupervisor })]));

  it('refuses a decline without a reason', () => given(requested).when(declineTransfer('')).thenThrows('VALIDATION.REQUIRED'));

  it('refuses any agency but the target', () =>
    given(requested).when(declineTransfer('x', caseworker)).thenThrows('AUTH.FORBIDDEN', { rule: 'transfer_target' }));

  it('refuses a transfer already answered', () =>
    given([...requested, transferAccepted])
      .when(declineTransfer())
      .thenThrows('TRANSFER.ALREADY_ANSWERED'));

  it('refuses a transfer that does not exist', () => given(atIntake).when(declineTransfer()).thenThrows('TRANSFER.NOT_FOUND'));
});
