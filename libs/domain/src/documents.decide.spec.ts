import { describe, expect, it } from '@jest/globals';
import { foldCase } from './case.evolve.js';
import { given } from './testing/given-when-then.js';
import { atIntake, caseworker, closedAtIntake, command, event, police, referralSent, supervisor, readyToAssess } from './testing/fixtures.js';

const SHA = 'ab'.repeat(32);
const SEALED_NAME = { $sealed: `v1.${'A'.repeat(16)}.QUJD.${'A'.repeat(22)}` };
const attach = (data: Partial<Record<string, unknown>> = {}, actor = caseworker) =>
  command('AttachDocument', { documentId: 'document-1', kind: 'consent_form', contentType: 'application/pdf', size: 2048, sha256: SHA, ...data } as never, {
    actor,
  });
const attached = (data: Partial<Record<string, unknown>> = {}, by = caseworker) =>
  event(
    'DocumentAttached',
    { documentId: 'document-1', kind: 'consent_form', contentType: 'application/pdf', size: 2048, sha256: SHA, fileName: null, ...data } as never,
    { by },
  );
const erased = event('IdentityErased', { legalBasis: 'UU PDP 27/2022 Pasal 8' }, { by: supervisor });

describe('AttachDocument', () => {
  it('records what the document is, its size, content type and the hash of its bytes', () => given(readyToAssess).when(attach()).then([attached()]));

  it('keeps the file name only sealed', () =>
    given(atIntake)
      .when(attach({ fileName: SEALED_NAME }))
      .then([attached({ fileName: SEALED_NAME })]));

  it('lets a supervisor of the owning agency attach one too, before the victim is registered', () =>
    given(atIntake)
      .when(attach({}, supervisor))
      .then([attached({}, supervisor)]));

  it('refuses an agency holding a referral: only the owner keeps the file', () =>
    given([...atIntake, referralSent()])
      .when(attach({}, police))
      .thenThrows('AUTH.FORBIDDEN', { rule: 'owner_staff' }));

  it("refuses once the victim's identity is erased: there is no key left to keep it under", () =>
    given([...readyToAssess, erased])
      .when(attach())
      .thenThrows('IDENTITY.ERASED'));

  it('refuses a document id already attached', () =>
    given([...atIntake, attached()])
      .when(attach())
      .thenThrows('DOCUMENT.ALREADY_ATTACHED'));

  it('refuses a kind or content type outside the lists, a hash that is not SHA-256 hex and an empty file', () => {
    given(atIntake)
      .when(attach({ kind: 'selfie' }))
      .thenThrows('VALIDATION.INVALID_VALUE', { field: 'kind' });
    given(atIntake)
      .when(attach({ contentType: 'image/gif' }))
      .thenThrows('VALIDATION.INVALID_VALUE', { field: 'contentType' });
    given(atIntake)
      .when(attach({ sha256: 'AB'.repeat(32) }))
      .thenThrows('VALIDATION.INVALID_FORMAT', { field: 'sha256' });
    given(atIntake)
      .when(attach({ size: 0 }))
      .thenThrows('VALIDATION.OUT_OF_RANGE', { field: 'size' });
  });

  it('refuses a file name in clear text longer than the limit', () =>
    given(atIntake)
      .when(attach({ fileName: 'x'.repeat(256) }))
      .thenThrows('VALIDATION.TOO_LONG', { field: 'fileName' }));

  it('is allowed on a closed case: a verdict or a report may arrive after closure', () => given(closedAtIntake).when(attach()).then([attached()]));

  it('folds into the case file with who attached it and when', () => {
    const file = foldCase([...atIntake, attached()]);
    expect(file).toMatchObject({ documents: { 'document-1': { kind: 'consent_form', sha256: SHA, attachedBy: caseworker } } });
  });
});
