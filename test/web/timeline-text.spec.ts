import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { CASE_EVENT_TYPES } from '@rujukan/domain';
import { caseOpened, JATIM, jatimSupervisor, KALTIM, referralCompleted, transferRequested, event, T0 } from '@rujukan/domain/testing/fixtures.js';
import { timelineFacts } from '@rujukan/read-models';
import { personalReason, TIMELINE_TEXT_TYPES, timelineText } from '../../apps/web/src/timeline-text.js';

const row = (e: Parameters<typeof timelineFacts>[0], summary = 'server sentence') => ({ type: e.type, summary, facts: timelineFacts(e) });

describe('timeline text in the reader language', () => {
  it('writes every event type of the domain', () => {
    expect([...TIMELINE_TEXT_TYPES].sort()).toEqual([...CASE_EVENT_TYPES].sort());
  });

  it('writes the same event in Bahasa Indonesia and in English from its facts', () => {
    const caseId = randomUUID();
    const opened = row(caseOpened({ caseId }));
    expect(timelineText('id', opened)).toBe('Kasus dibuka oleh UPTD-PPA-64 melalui pelabuhan, dilaporkan oleh instansi pemerintah di kab/kota 6503');
    expect(timelineText('en', opened)).toBe('Case opened by UPTD-PPA-64 via port, reported by government agency in district 6503');
    const requested = row(transferRequested({ caseId }));
    expect(timelineText('id', requested)).toBe(`Pengalihan kasus dari ${KALTIM} ke ${JATIM} diajukan`);
    expect(timelineText('en', requested)).toBe(`Transfer requested from ${KALTIM} to ${JATIM}`);
    const accepted = row(event('TransferAccepted', { transferId: 'transfer-1', fromAgency: KALTIM, toAgency: JATIM }, { caseId, by: jatimSupervisor, at: T0 }));
    expect(timelineText('id', accepted)).toBe(`Kasus dialihkan ke ${JATIM}`);
    expect(timelineText('en', accepted)).toBe(`Case transferred to ${JATIM}`);
    const stage = row(event('StageAdvanced', { from: 'intake', to: 'assessment' }, { caseId, at: T0 }));
    expect([timelineText('id', stage), timelineText('en', stage)]).toEqual([
      'Tahap berlanjut dari Penerimaan ke Asesmen',
      'Stage advanced from Intake to Assessment',
    ]);
    const done = row(referralCompleted('ref-1', { caseId, at: T0 }));
    expect(timelineText('id', done)).toMatch(/^Rujukan selesai: berhasil/);
    expect(timelineText('en', done)).toMatch(/^Referral completed: successful/);
  });

  it('writes an assignment and a note, and a note withheld from the reader without its readers', () => {
    const caseId = randomUUID();
    const reassigned = row(event('CaseAssigned', { assignee: 'cw-rina', previousAssignee: 'cw-siti' }, { caseId, at: T0 }));
    expect(timelineText('id', reassigned)).toBe('Kasus dialihkan dari cw-siti kepada cw-rina');
    expect(timelineText('en', reassigned)).toBe('Case reassigned from cw-siti to cw-rina');
    const note = row(event('CaseNoteAdded', { kind: 'kronologi', text: 'secret', authorAgency: KALTIM, visibleTo: [KALTIM, JATIM] }, { caseId, at: T0 }));
    expect(timelineText('id', note)).toBe(`Kronologi ditambahkan oleh ${KALTIM}, dapat dibaca oleh ${KALTIM}, ${JATIM}`);
    // As GET /cases/:id/timeline answers it to an agency the note is not shared with.
    const withheld = { type: 'CaseNoteAdded', summary: 'A note not shared with your agency', facts: { kind: 'note', authorAgency: KALTIM, shared: false } };
    expect(timelineText('id', withheld)).toBe(`Catatan dari ${KALTIM} yang tidak dibagikan kepada lembaga Anda`);
    expect(timelineText('en', withheld)).toBe(`Note by ${KALTIM} not shared with your agency`);
  });

  it('falls back to the server summary for a row without facts or an event type it does not know', () => {
    expect(timelineText('id', { type: 'CaseOpened', summary: 'Case opened by X', facts: null })).toBe('Case opened by X');
    expect(timelineText('en', { type: 'SomethingNew', summary: 'Something new', facts: {} })).toBe('Something new');
  });

  // Found in Chromium: "Kasus ditutup …: other — other", "diberikan oleh parent", "Debt bondage".
  it('names closure reasons, guardians and other vocabulary values in Indonesian, and keeps the closure note apart from its reason', () => {
    const closed = {
      ...row(
        event('CaseClosed', { reason: 'other', note: null, unpaidRestitutionReason: null, requestedBy: jatimSupervisor, closedFromStage: 'intake' } as never),
      ),
      reason: 'other; korban pindah ke luar negeri',
    };
    expect(timelineText('id', closed)).toBe('Kasus ditutup dari tahap Penerimaan: lainnya');
    expect(personalReason(closed)).toBe('korban pindah ke luar negeri');
    expect(personalReason({ ...closed, reason: 'other' })).toBeNull();
    expect(personalReason({ ...closed, reason: 'a reason of its own' })).toBe('a reason of its own');
    const consent = row(
      event('ConsentRecorded', {
        consentId: 'c-1',
        scope: 'process',
        agencies: [],
        agencyTypes: [],
        guardian: { relationship: 'parent', initials: 'AB' },
      } as never),
    );
    expect(timelineText('id', consent)).toContain('(diberikan oleh orang tua)');
    const ended = row(event('ShelterPlacementEnded', { placementId: 'p-1', reason: 'returned_to_family', note: null } as never));
    expect(timelineText('id', ended)).toBe('Penempatan di rumah aman berakhir (kembali ke keluarga)');
  });
});
