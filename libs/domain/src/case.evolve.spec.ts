import { describe, expect, it } from '@jest/globals';
import { CASE_EVENT_TYPES, isCaseEvent, type CaseEvent } from './case.events.js';
import { evolve, foldCase } from './case.evolve.js';
import { initialState, openReferrals } from './case.state.js';
import { ERROR_CODES, errorCategory } from './codes.js';
import {
  JATIM,
  KALTIM,
  atIntake,
  atRehabilitation,
  caseClosed,
  closureRequested,
  event,
  jatimCaseworker,
  referralAccepted,
  referralSent,
  transferRequested,
} from './testing/fixtures.js';

describe('evolve', () => {
  it('starts a case at intake, owned by the agency that opened it', () => {
    const state = foldCase(atIntake);
    expect(state).toMatchObject({ exists: true, stage: 'intake', ownerAgency: KALTIM });
  });

  it('ignores events of a stream whose CaseOpened is missing', () => {
    expect(foldCase([referralSent()])).toEqual(initialState);
  });

  it('ignores an event type it does not know, so older readers survive newer writers', () => {
    const state = foldCase(atIntake);
    expect(evolve(state, { type: 'CaseArchived', data: {} } as unknown as CaseEvent)).toBe(state);
  });

  it('moves ownership on TransferAccepted and on nothing else', () => {
    const transferAccepted = event('TransferAccepted', { transferId: 'transfer-1', fromAgency: KALTIM, toAgency: JATIM }, { by: jatimCaseworker });
    expect(foldCase([...atIntake, transferRequested()])).toMatchObject({ ownerAgency: KALTIM });
    expect(foldCase([...atIntake, transferRequested(), transferAccepted])).toMatchObject({ ownerAgency: JATIM });
  });

  it('tracks a referral from sent to accepted as open', () => {
    const state = foldCase([...atIntake, referralSent(), referralAccepted()]);
    expect(state.exists && openReferrals(state).map((referral) => referral.status)).toEqual(['accepted']);
  });

  it('closes a case and reopens it in the stage it names', () => {
    const closed = foldCase([...atRehabilitation, closureRequested(), caseClosed('rehabilitation')]);
    expect(closed).toMatchObject({ stage: 'closed', closedFromStage: 'rehabilitation', closureRequest: null });
    const reopened = evolve(closed, event('CaseReopened', { reason: 'found again', stage: 'assessment' }));
    expect(reopened).toMatchObject({ stage: 'assessment', closedFromStage: null });
  });

  it('folds to the same state as evolving event by event, and leaves its starting state and earlier results alone', () => {
    const referrals = Array.from({ length: 40 }, (_, i) => [
      event('ReferralSent', { ...referralSent().data, referralId: `referral-${i}` }),
      event('ReferralAccepted', { referralId: `referral-${i}`, note: null }),
    ]).flat();
    const start = foldCase(atRehabilitation);
    const startText = JSON.stringify(start);
    Object.freeze(start);
    const stepwise = referrals.reduce((state, e) => evolve(state, e), start);
    const folded = foldCase(referrals, start);
    expect(folded).toEqual(stepwise);
    expect(JSON.stringify(start)).toBe(startText);
    const foldedText = JSON.stringify(folded);
    foldCase([event('ReferralWithdrawn', { referralId: 'referral-0', reason: 'x' })], folded);
    expect(JSON.stringify(folded)).toBe(foldedText);
  });

  it('never changes the state it is given', () => {
    const state = foldCase(atIntake);
    const before = JSON.stringify(state);
    evolve(state, referralSent());
    expect(JSON.stringify(state)).toBe(before);
  });
});

describe('the event catalogue', () => {
  it('lists fifty-one event types once each', () => {
    expect(new Set(CASE_EVENT_TYPES).size).toBe(CASE_EVENT_TYPES.length);
    expect(CASE_EVENT_TYPES).toHaveLength(51);
  });

  it('recognises a stored case event by its type', () => {
    expect(isCaseEvent({ type: 'ReferralSent', data: {} })).toBe(true);
    expect(isCaseEvent({ type: 'toString', data: {} })).toBe(false);
    expect(isCaseEvent({ type: 'ReferralSent', data: null })).toBe(false);
  });
});

describe('error codes', () => {
  it('map to the transport categories: not found, forbidden, validation, conflict', () => {
    expect(errorCategory('REFERRAL.NOT_FOUND')).toBe('not_found');
    expect(errorCategory('AUTH.FORBIDDEN')).toBe('forbidden');
    expect(errorCategory('VALIDATION.REQUIRED')).toBe('validation');
    expect(errorCategory('REFERRAL.ALREADY_ANSWERED')).toBe('conflict');
  });

  it('are unique and namespaced', () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
    for (const code of ERROR_CODES) expect(code).toMatch(/^[A-Z_]+\.[A-Z_]+$/);
  });
});
