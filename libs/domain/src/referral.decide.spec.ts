import { describe, it } from '@jest/globals';
import { given } from './testing/given-when-then.js';
import {
  DINSOS,
  DIRECTORY,
  JATIM,
  KALTIM,
  POLDA,
  RSUD,
  atIntake,
  atReintegration,
  auditor,
  caseworker,
  closedAtIntake,
  command,
  day,
  dinsosOfficer,
  event,
  jatimCaseworker,
  kalbarCaseworker,
  police,
  readyToAssess,
  referralAccepted,
  referralSent,
  shareConsentRecorded,
  supervisor,
  system,
  transferRequested,
} from './testing/fixtures.js';

const sendReferral = (over = {}, actor = caseworker) =>
  command(
    'SendReferral',
    {
      referralId: 'referral-police',
      toAgency: POLDA,
      service: 'law_enforcement',
      reason: 'report the recruiter',
      responseDeadline: day(3),
      sharesIdentity: false,
      ...over,
    },
    { actor },
  );
const accept = (actor = police, now = day(1)) => command('AcceptReferral', { referralId: 'referral-police' }, { actor, now });
const decline = (reason = 'no investigator available', actor = police) => command('DeclineReferral', { referralId: 'referral-police', reason }, { actor });
const withdraw = (reason = 'the victim went home', actor = caseworker) => command('WithdrawReferral', { referralId: 'referral-police', reason }, { actor });
const expire = (now = day(3), actor = system) => command('ExpireReferral', { referralId: 'referral-police' }, { actor, now });
const complete = (over = {}, actor = police) => command('CompleteReferral', { referralId: 'referral-police', outcome: 'successful', ...over }, { actor });

const withShareConsent = [...readyToAssess, shareConsentRecorded()];
const sent = [...atIntake, referralSent()];
const accepted = [...sent, referralAccepted()];
const shareConsentWithdrawn = event('ConsentWithdrawn', { consentId: 'consent-share', scope: 'share', reason: null });
const override = (referralId: string | null) =>
  event('ConsentOverrideRecorded', { overrideId: 'override-1', toAgency: POLDA, referralId, reason: 'immediate danger' }, { by: supervisor });
const transferAccepted = event('TransferAccepted', { transferId: 'transfer-1', fromAgency: KALTIM, toAgency: JATIM }, { by: jatimCaseworker });

describe('SendReferral', () => {
  it('sends a referral that shares no identity without any consent to share', () => given(atIntake).when(sendReferral()).then([referralSent()]));

  it('sends a referral from any open stage', () => given(atReintegration).when(sendReferral()).then([referralSent()]));

  it('shares identity with an agency type the victim consented to, and records that consent as the basis', () =>
    given(withShareConsent)
      .when(sendReferral({ sharesIdentity: true }))
      .then([referralSent('referral-police', { sharesIdentity: true, sharingBasis: { kind: 'consent', consentId: 'consent-share' } })]));

  it('shares identity with an agency the victim named', () =>
    given(withShareConsent)
      .when(sendReferral({ referralId: 'referral-shelter', toAgency: DINSOS, service: 'shelter', sharesIdentity: true }))
      .then([
        referralSent('referral-shelter', {
          toAgency: DINSOS,
          toAgencyType: 'social_services',
          service: 'shelter',
          sharesIdentity: true,
          sharingBasis: { kind: 'consent', consentId: 'consent-share' },
        }),
      ]));

  it("shares identity on a supervisor's recorded override for this referral", () =>
    given([...readyToAssess, override('referral-police')])
      .when(sendReferral({ sharesIdentity: true }))
      .then([referralSent('referral-police', { sharesIdentity: true, sharingBasis: { kind: 'override', overrideId: 'override-1' } })]));

  it("shares identity on a supervisor's override for the agency", () =>
    given([...readyToAssess, override(null)])
      .when(sendReferral({ sharesIdentity: true }))
      .then([referralSent('referral-police', { sharesIdentity: true, sharingBasis: { kind: 'override', overrideId: 'override-1' } })]));

  it('refuses to share identity without consent or override', () =>
    given(readyToAssess)
      .when(sendReferral({ sharesIdentity: true }))
      .thenThrows('CONSENT.REQUIRED', { toAgency: POLDA }));

  it('refuses to share identity with an agency the consent does not cover', () =>
    given(withShareConsent)
      .when(sendReferral({ toAgency: 'RSUD-6471', service: 'health', sharesIdentity: true }))
      .thenThrows('CONSENT.REQUIRED'));

  it('refuses to share identity once the victim withdrew that consent', () =>
    given([...withShareConsent, shareConsentWithdrawn])
      .when(sendReferral({ sharesIdentity: true }))
      .thenThrows('CONSENT.REQUIRED'));

  it('refuses to share identity on an override recorded for another referral', () =>
    given([...readyToAssess, override('referral-other')])
      .when(sendReferral({ sharesIdentity: true }))
      .thenThrows('CONSENT.REQUIRED'));

  it('refuses a response deadline that has passed', () =>
    given(atIntake)
      .when(sendReferral({ responseDeadline: day(-1) }))
      .thenThrows('VALIDATION.NOT_IN_FUTURE', { field: 'responseDeadline' }));

  it('refuses a response deadline that is not an ISO date-time', () =>
    given(atIntake)
      .when(sendReferral({ responseDeadline: '2025-03-10' }))
      .thenThrows('VALIDATION.INVALID_FORMAT', { field: 'responseDeadline' }));

  it('refuses a referral to the owning agency itself', () =>
    given(atIntake)
      .when(sendReferral({ toAgency: KALTIM }))
      .thenThrows('VALIDATION.SAME_AGENCY'));

  it('refuses a referral that does not say whether it shares identity', () =>
    given(atIntake)
      .when(sendReferral({ sharesIdentity: undefined }))
      .thenThrows('VALIDATION.REQUIRED', { field: 'sharesIdentity' }));

  it('refuses a service outside the closed list', () =>
    given(atIntake)
      .when(sendReferral({ service: 'catering' }))
      .thenThrows('VALIDATION.INVALID_VALUE', { field: 'service' }));

  it('refuses a referral without a reason', () =>
    given(atIntake)
      .when(sendReferral({ reason: '' }))
      .thenThrows('VALIDATION.REQUIRED', { field: 'reason' }));

  it('refuses a referral id already used', () => given(sent).when(sendReferral()).thenThrows('REFERRAL.ALREADY_EXISTS'));

  it('refuses another agency', () => given(atIntake).when(sendReferral({}, kalbarCaseworker)).thenThrows('AUTH.FORBIDDEN'));

  it('refuses on a closed case', () => given(closedAtIntake).when(sendReferral()).thenThrows('CASE.CLOSED'));
});

describe('AcceptReferral', () => {
  it('lets the receiving agency accept', () =>
    given(sent)
      .when(accept())
      .then([event('ReferralAccepted', { referralId: 'referral-police', note: null }, { by: police, at: day(1) })]));

  it('accepts after the deadline while the sweep has not expired it yet', () =>
    given(sent)
      .when(accept(police, day(5)))
      .then([event('ReferralAccepted', { referralId: 'referral-police', note: null }, { by: police, at: day(5) })]));

  it('refuses any agency but the receiver', () => given(sent).when(accept(dinsosOfficer)).thenThrows('AUTH.FORBIDDEN', { rule: 'referral_receiver' }));

  it('refuses the sending agency', () => given(sent).when(accept(caseworker)).thenThrows('AUTH.FORBIDDEN', { rule: 'referral_receiver' }));

  it('refuses an auditor of the receiving agency', () =>
    given(sent)
      .when(accept({ ...auditor, agency: POLDA }))
      .thenThrows('AUTH.FORBIDDEN'));

  it('refuses a referral that does not exist', () => given(atIntake).when(accept()).thenThrows('REFERRAL.NOT_FOUND'));

  it('refuses a referral already accepted', () => given(accepted).when(accept()).thenThrows('REFERRAL.ALREADY_ANSWERED', { status: 'accepted' }));

  it('refuses a referral already withdrawn', () =>
    given([...sent, event('ReferralWithdrawn', { referralId: 'referral-police', reason: 'x' })])
      .when(accept())
      .thenThrows('REFERRAL.ALREADY_ANSWERED', { status: 'withdrawn' }));

  it('refuses a referral that expired', () =>
    given([
      ...sent,
      event('ReferralExpired', { referralId: 'referral-police', responseDeadline: day(3), escalateTo: { agency: KALTIM, role: 'supervisor' } }, { by: system }),
    ])
      .when(accept())
      .thenThrows('REFERRAL.ALREADY_ANSWERED', { status: 'expired' }));
});

describe('DeclineReferral', () => {
  it('lets the receiving agency decline with a reason', () =>
    given(sent)
      .when(decline())
      .then([event('ReferralDeclined', { referralId: 'referral-police', reason: 'no investigator available' }, { by: police })]));

  it('refuses a decline without a reason', () => given(sent).when(decline('')).thenThrows('VALIDATION.REQUIRED', { field: 'reason' }));

  it('refuses any agency but the receiver', () => given(sent).when(decline('x', dinsosOfficer)).thenThrows('AUTH.FORBIDDEN'));

  it('refuses a referral already accepted', () => given(accepted).when(decline()).thenThrows('REFERRAL.ALREADY_ANSWERED'));

  it('refuses a referral that does not exist', () => given(atIntake).when(decline()).thenThrows('REFERRAL.NOT_FOUND'));
});

describe('WithdrawReferral', () => {
  it('lets the sending agency withdraw an unanswered referral with a reason', () =>
    given(sent)
      .when(withdraw())
      .then([event('ReferralWithdrawn', { referralId: 'referral-police', reason: 'the victim went home' })]));

  it('lets the new owner withdraw after a transfer, since it inherits the sending side', () =>
    given([...sent, transferRequested(), transferAccepted])
      .when(withdraw('x', jatimCaseworker))
      .then([event('ReferralWithdrawn', { referralId: 'referral-police', reason: 'x' }, { by: jatimCaseworker })]));

  it('refuses the receiving agency', () => given(sent).when(withdraw('x', police)).thenThrows('AUTH.FORBIDDEN', { rule: 'referral_sender' }));

  it('refuses a withdrawal without a reason', () => given(sent).when(withdraw('')).thenThrows('VALIDATION.REQUIRED'));

  it('refuses a referral already accepted', () => given(accepted).when(withdraw()).thenThrows('REFERRAL.ALREADY_ANSWERED'));

  it('refuses a referral that does not exist', () => given(atIntake).when(withdraw()).thenThrows('REFERRAL.NOT_FOUND'));
});

describe('ExpireReferral', () => {
  it("expires an unanswered referral at its deadline and escalates to the sender's supervisor", () =>
    given(sent)
      .when(expire())
      .then([
        event(
          'ReferralExpired',
          { referralId: 'referral-police', responseDeadline: day(3), escalateTo: { agency: KALTIM, role: 'supervisor' } },
          { by: system, at: day(3) },
        ),
      ]));

  it('escalates to the new owner after a transfer', () =>
    given([...sent, transferRequested(), transferAccepted])
      .when(expire(day(4)))
      .then([
        event(
          'ReferralExpired',
          { referralId: 'referral-police', responseDeadline: day(3), escalateTo: { agency: JATIM, role: 'supervisor' } },
          { by: system, at: day(4) },
        ),
      ]));

  it('refuses before the deadline', () =>
    given(sent)
      .when(expire(day(2)))
      .thenThrows('REFERRAL.NOT_DUE'));

  it('refuses a person: only the deadline sweep expires', () =>
    given(sent)
      .when(expire(day(3), supervisor))
      .thenThrows('AUTH.FORBIDDEN', { rule: 'system' }));

  it('refuses a referral already answered', () => given(accepted).when(expire()).thenThrows('REFERRAL.ALREADY_ANSWERED'));

  it('refuses a referral that does not exist', () => given(atIntake).when(expire()).thenThrows('REFERRAL.NOT_FOUND'));
});

describe('CompleteReferral', () => {
  it('lets the receiving agency complete an accepted referral as successful', () =>
    given(accepted)
      .when(complete())
      .then([event('ReferralCompleted', { referralId: 'referral-police', outcome: 'successful', reason: null, note: null }, { by: police })]));

  it('completes as not successful with a reason from the closed list', () =>
    given(accepted)
      .when(complete({ outcome: 'not_successful', reason: 'unable_to_contact_client' }))
      .then([
        event(
          'ReferralCompleted',
          { referralId: 'referral-police', outcome: 'not_successful', reason: 'unable_to_contact_client', note: null },
          { by: police },
        ),
      ]));

  it('refuses not successful without a reason', () =>
    given(accepted)
      .when(complete({ outcome: 'not_successful' }))
      .thenThrows('VALIDATION.REQUIRED', { field: 'reason' }));

  it("refuses the reason 'other' without a note", () =>
    given(accepted)
      .when(complete({ outcome: 'not_successful', reason: 'other' }))
      .thenThrows('VALIDATION.REQUIRED', { field: 'note' }));

  it('refuses a failure reason on a successful referral', () =>
    given(accepted)
      .when(complete({ reason: 'client_refused' }))
      .thenThrows('VALIDATION.INVALID_VALUE', { field: 'reason' }));

  it('refuses a referral not yet accepted', () => given(sent).when(complete()).thenThrows('REFERRAL.NOT_ACCEPTED'));

  it('refuses a referral already completed', () =>
    given([...accepted, event('ReferralCompleted', { referralId: 'referral-police', outcome: 'successful', reason: null, note: null }, { by: police })])
      .when(complete())
      .thenThrows('REFERRAL.ALREADY_ANSWERED', { status: 'completed' }));

  it('refuses a referral that was declined', () =>
    given([...sent, event('ReferralDeclined', { referralId: 'referral-police', reason: 'x' }, { by: police })])
      .when(complete())
      .thenThrows('REFERRAL.ALREADY_ANSWERED', { status: 'declined' }));

  it('refuses any agency but the receiver', () => given(accepted).when(complete({}, caseworker)).thenThrows('AUTH.FORBIDDEN'));

  it('refuses a referral that does not exist', () => given(atIntake).when(complete()).thenThrows('REFERRAL.NOT_FOUND'));
});

describe('the directory decides who an agency is', () => {
  const moved = { ...DIRECTORY, [POLDA]: { ...DIRECTORY[POLDA]!, active: false, mergedInto: 'POLDA-KALTIM-BARU' } };
  const sendWith = (agencies: typeof DIRECTORY, over = {}) =>
    command(
      'SendReferral',
      { referralId: 'referral-x', toAgency: POLDA, service: 'law_enforcement', reason: 'r', responseDeadline: day(3), sharesIdentity: false, ...over },
      { agencies },
    );

  it('a referral cannot widen consent by declaring a type: a hospital is matched as health, whatever the request says', () =>
    given(withShareConsent)
      .when(sendWith(DIRECTORY, { toAgency: RSUD, service: 'health', sharesIdentity: true, toAgencyType: 'police' }))
      .thenThrows('CONSENT.REQUIRED', { toAgency: RSUD, toAgencyType: 'health' }));

  it('records the type the directory holds for the receiver', () =>
    given(atIntake)
      .when(sendWith(DIRECTORY, { toAgency: RSUD, service: 'health' }))
      .then([referralSent('referral-x', { toAgency: RSUD, toAgencyType: 'health', service: 'health', reason: 'r', responseDeadline: day(3) })]));

  it('refuses an agency the directory does not hold', () =>
    given(atIntake)
      .when(sendWith(DIRECTORY, { toAgency: 'POLRES-ANTAH-BERANTAH' }))
      .thenThrows('AGENCY.UNKNOWN', { field: 'toAgency' }));

  it('refuses an agency the directory holds as no longer acting, naming where its work went', () =>
    given(atIntake).when(sendWith(moved)).thenThrows('AGENCY.INACTIVE', { field: 'toAgency', mergedInto: 'POLDA-KALTIM-BARU' }));

  it('refuses a service the agency does not give (law enforcement from a hospital)', () =>
    given(atIntake)
      .when(sendWith(DIRECTORY, { toAgency: RSUD }))
      .thenThrows('AGENCY.WRONG_TYPE', { field: 'toAgency', type: 'health' }));

  it('refuses every agency when the caller resolved none', () => given(atIntake).when(sendWith({})).thenThrows('AGENCY.UNKNOWN'));

  it('lets the sender withdraw an accepted referral once its receiver no longer acts, to send it elsewhere', () =>
    given(accepted)
      .when(command('WithdrawReferral', { referralId: 'referral-police', reason: 'merged' }, { agencies: moved }))
      .then([event('ReferralWithdrawn', { referralId: 'referral-police', reason: 'merged' })]));

  it('still refuses to withdraw an accepted referral whose receiver acts', () =>
    given(accepted)
      .when(command('WithdrawReferral', { referralId: 'referral-police', reason: 'x' }))
      .thenThrows('REFERRAL.ALREADY_ANSWERED'));

  it('refuses a transfer to an agency that cannot own a case (it would see every identity field)', () =>
    given(atIntake)
      .when(command('RequestTransfer', { transferId: 't-1', toAgency: RSUD, reason: 'r' }))
      .thenThrows('AGENCY.WRONG_TYPE', { field: 'toAgency' }));
});
