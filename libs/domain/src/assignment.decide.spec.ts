import { describe, expect, it } from '@jest/globals';
import { usersNamedBy } from './agency.js';
import { foldCase } from './case.evolve.js';
import { given } from './testing/given-when-then.js';
import {
  DINSOS,
  JATIM,
  KALTIM,
  LPSK,
  POLDA,
  atIntake,
  caseworker,
  closedAtIntake,
  command,
  dinsosOfficer,
  event,
  formerCaseworker,
  healthOfficer,
  jatimCaseworker,
  jatimSupervisor,
  police,
  referralSent,
  secondCaseworker,
  shareConsentRecorded,
  supervisor,
  transferRequested,
} from './testing/fixtures.js';

const assign = (assignee: string, actor = supervisor) => command('AssignCase', { assignee }, { actor });
const assigned = (assignee: string, previousAssignee: string | null = null) => event('CaseAssigned', { assignee, previousAssignee }, { by: supervisor });
const transferAccepted = event('TransferAccepted', { transferId: 'transfer-1', fromAgency: KALTIM, toAgency: JATIM }, { by: jatimCaseworker });

describe('AssignCase', () => {
  it('gives the case to a caseworker of the owning agency, naming nobody before', () =>
    given(atIntake)
      .when(assign(caseworker.userId))
      .then([assigned(caseworker.userId)]));

  it('reassigns it, naming who carried it before', () =>
    given([...atIntake, assigned(caseworker.userId)])
      .when(assign(secondCaseworker.userId))
      .then([assigned(secondCaseworker.userId, caseworker.userId)]));

  it('refuses a reassignment to the caseworker who already carries it', () =>
    given([...atIntake, assigned(caseworker.userId)])
      .when(assign(caseworker.userId))
      .thenThrows('ASSIGNMENT.UNCHANGED'));

  it('refuses a caseworker: only a supervisor assigns', () =>
    given(atIntake).when(assign(secondCaseworker.userId, caseworker)).thenThrows('AUTH.FORBIDDEN', { rule: 'owner_supervisor' }));

  it("refuses another agency's supervisor", () =>
    given(atIntake).when(assign(caseworker.userId, jatimSupervisor)).thenThrows('AUTH.FORBIDDEN', { rule: 'owner_supervisor' }));

  it('refuses a user the directory does not hold, whatever the request says of them', () =>
    given(atIntake).when(assign('nobody-here')).thenThrows('USER.NOT_FOUND', { field: 'assignee' }));

  it('refuses a caseworker of another agency', () =>
    given(atIntake).when(assign(jatimCaseworker.userId)).thenThrows('USER.OTHER_AGENCY', { field: 'assignee' }));

  it('refuses a user who is no caseworker', () => given(atIntake).when(assign(supervisor.userId)).thenThrows('USER.NOT_CASEWORKER'));

  it('refuses a caseworker the directory no longer has acting', () => given(atIntake).when(assign(formerCaseworker.userId)).thenThrows('USER.INACTIVE'));

  it('refuses a closed case', () => given(closedAtIntake).when(assign(caseworker.userId)).thenThrows('CASE.CLOSED'));

  it('a transfer clears the assignment: the new owner assigns one of its own', () => {
    const history = [...atIntake, assigned(caseworker.userId), transferRequested(), transferAccepted];
    expect(foldCase(history)).toMatchObject({ ownerAgency: JATIM, assignee: null });
    given(history)
      .when(assign(jatimCaseworker.userId, jatimSupervisor))
      .then([event('CaseAssigned', { assignee: jatimCaseworker.userId, previousAssignee: null }, { by: jatimSupervisor })]);
  });

  it('names the assignee for the directory to resolve, and nothing for other commands', () => {
    expect(usersNamedBy(assign('siti'))).toEqual(['siti']);
    expect(usersNamedBy(command('AddCaseNote', { kind: 'note', text: 'x' }))).toEqual([]);
  });
});

const note = (over: Record<string, unknown> = {}, actor = caseworker) =>
  command('AddCaseNote', { kind: 'note', text: 'She called from Tawau at 21.00', ...over } as never, { actor });
const noteAdded = (visibleTo: string[], over: Record<string, unknown> = {}, by = caseworker) =>
  event('CaseNoteAdded', { kind: 'note', text: 'She called from Tawau at 21.00', authorAgency: by.agency, visibleTo, ...over } as never, { by });

describe('AddCaseNote', () => {
  it('records a note the owner reads', () =>
    given(atIntake)
      .when(note())
      .then([noteAdded([KALTIM])]));

  it('records a kronologi entry', () =>
    given(atIntake)
      .when(note({ kind: 'kronologi' }))
      .then([noteAdded([KALTIM], { kind: 'kronologi' })]));

  it("shares it with agencies the victim's consent to share covers, by code (Dinas Sosial) or by type (police)", () =>
    given([...atIntake, shareConsentRecorded()])
      .when(note({ sharedWith: [DINSOS, POLDA, DINSOS] }))
      .then([noteAdded([KALTIM, DINSOS, POLDA])]));

  it('refuses to share it with an agency the consent does not cover', () =>
    given([...atIntake, shareConsentRecorded()])
      .when(note({ sharedWith: [LPSK] }))
      .thenThrows('CONSENT.REQUIRED', { toAgency: LPSK }));

  it('refuses to share it at all without consent to share', () =>
    given(atIntake)
      .when(note({ sharedWith: [POLDA] }))
      .thenThrows('CONSENT.REQUIRED', { toAgency: POLDA }));

  it('refuses to share it with a consented agency type the directory does not hold', () =>
    given([...atIntake, shareConsentRecorded()])
      .when(note({ sharedWith: ['POLRES-NOWHERE'] }))
      .thenThrows('AGENCY.UNKNOWN'));

  it('lets an agency that holds a referral write, readable by the owner and itself', () =>
    given([...atIntake, referralSent()])
      .when(note({}, police))
      .then([noteAdded([KALTIM, POLDA], {}, police)]));

  it('refuses an agency that may not see the case', () => given(atIntake).when(note({}, dinsosOfficer)).thenThrows('AUTH.FORBIDDEN', { rule: 'case_viewer' }));

  it('refuses an agency whose referral went to another agency', () =>
    given([...atIntake, referralSent()])
      .when(note({}, healthOfficer))
      .thenThrows('AUTH.FORBIDDEN', { rule: 'case_viewer' }));

  it('lets the target of a pending transfer write', () =>
    given([...atIntake, transferRequested()])
      .when(note({}, jatimCaseworker))
      .then([noteAdded([KALTIM, JATIM], {}, jatimCaseworker)]));

  it('refuses an empty text and a text past the limit', () => {
    given(atIntake)
      .when(note({ text: '' }))
      .thenThrows('VALIDATION.REQUIRED', { field: 'text' });
    given(atIntake)
      .when(note({ text: 'x'.repeat(10_001) }))
      .thenThrows('VALIDATION.TOO_LONG', { field: 'text' });
  });

  it('refuses an unknown kind', () =>
    given(atIntake)
      .when(note({ kind: 'diary' }))
      .thenThrows('VALIDATION.INVALID_VALUE', { field: 'kind' }));

  it('is written on a closed case too', () =>
    given(closedAtIntake)
      .when(note())
      .then([noteAdded([KALTIM])]));

  it('leaves the case as it was', () => expect(foldCase([...atIntake, noteAdded([KALTIM])])).toEqual(foldCase(atIntake)));
});
