import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@rujukan/domain';
import { DeadlineSweepService } from '@rujukan/server';
import { DataSource } from 'typeorm';
import request from 'supertest';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';
import { registerUser } from '../support/test-directory.js';

const KALTIM = 'UPTD-PPA-64';
const JATIM = 'UPTD-PPA-35';
const POLDA = 'POLDA-KALTIM';
const supervisor: Actor = { userId: 'spv-kaltim', role: 'supervisor', agency: KALTIM };
const siti: Actor = { userId: 'cw-siti', role: 'caseworker', agency: KALTIM };
const jatimSupervisor: Actor = { userId: 'spv-jatim', role: 'supervisor', agency: JATIM };

const INDICATORS = {
  recruitmentMethods: ['job_offer'],
  meansOfControl: ['document_confiscation', 'debt_bondage'],
  exploitationTypes: ['forced_labour'],
  destinationCountry: 'MY',
  transitPoints: ['IDNNX'],
  modus: ['plantation_work'],
};

interface Inbox {
  approvals: {
    assessments: Array<Record<string, unknown>>;
    closures: Array<Record<string, unknown>>;
    reintegrationPlans: Array<Record<string, unknown>>;
  };
  escalations: { expiredReferrals: Array<Record<string, unknown> & { resend: object }>; overdueServices: Array<Record<string, unknown>> };
  waitingLong: Array<Record<string, unknown>>;
}

describe("a supervisor's inbox: approvals with what is asked, escalations, cases waiting long", () => {
  let api: ApiTestApp;

  beforeAll(async () => {
    // Reads wait for the projector to include each command: generously, as a shared machine can hold it back for seconds.
    process.env.READ_WAIT_MS = '10000';
    api = await startApiTestApp({ withProjector: true });
    const db = api.app.get(DataSource);
    for (const actor of [supervisor, siti, jatimSupervisor]) await registerUser(db, actor);
  });

  afterAll(async () => {
    await api?.close();
    delete process.env.READ_WAIT_MS;
  });

  async function command(actor: Actor, path: string, body: object = {}) {
    const response = await api.post(path, body, actor);
    expect({ path, status: response.status, body: response.body }).toMatchObject({ path, status: 201 });
    return response.body as { caseId: string; position: string; referralId?: string };
  }

  async function inbox(actor: Actor, position?: string) {
    let call = request(api.app.getHttpServer())
      .get('/queues/supervisor')
      .set('Authorization', `Bearer ${await api.token(actor)}`);
    if (position) call = call.set('X-Min-Position', position);
    return call;
  }

  const positionOf = async (caseId: string) => {
    const last = (await api.stream(caseId)).at(-1)!;
    return `${last.position.commit}-${last.position.prepare}`;
  };

  async function consentedCase() {
    const { caseId } = await command(siti, '/cases', { channel: 'port', reporterType: 'government_agency', districtCode: '6503' });
    await command(siti, `/cases/${caseId}/register-victim`, {
      initials: 'SR',
      sex: 'female',
      birthYear: 2001,
      isChild: false,
      nationality: 'ID',
      originProvinceCode: '35',
      originDistrictCode: '3509',
    });
    await command(siti, `/cases/${caseId}/record-consent`, { consentId: 'consent-process', scope: 'process', evidenceRef: 'DOC-1' });
    return caseId;
  }

  it('shows the assessment awaiting approval in full, and drops it once approved', async () => {
    const caseId = await consentedCase();
    await command(siti, `/cases/${caseId}/advance-stage`, { to: 'assessment' });
    const recorded = await command(siti, `/cases/${caseId}/record-assessment`, {
      assessmentId: 'assessment-1',
      indicators: INDICATORS,
      victimStatus: 'confirmed',
      riskLevel: 'high',
      needs: ['shelter', 'psychosocial'],
    });
    const answer = await inbox(supervisor, recorded.position);
    expect(answer.status).toBe(200);
    const body = answer.body as Inbox;
    expect(body.approvals.assessments.find((a) => a.caseId === caseId)).toMatchObject({
      command: 'ApproveAssessment',
      // Named by its registration number, as everywhere a person reads a case.
      registrationNumber: expect.stringMatching(/^KI-\d{4}-\d{4}$/),
      assessmentId: 'assessment-1',
      assessment: { indicators: INDICATORS, victimStatus: 'confirmed', riskLevel: 'high', needs: ['shelter', 'psychosocial'] },
      recordedBy: siti.userId,
    });
    const approved = await command(supervisor, `/cases/${caseId}/approve-assessment`, { assessmentId: 'assessment-1' });
    const after = (await inbox(supervisor, approved.position)).body as Inbox;
    expect(after.approvals.assessments.map((a) => a.caseId)).not.toContain(caseId);
  });

  it('shows a closure request with its note opened, and a case waiting long', async () => {
    const caseId = await consentedCase();
    const asked = await command(siti, `/cases/${caseId}/request-closure`, { reason: 'other', note: 'korban pindah ke Sulawesi' });
    const body = (await inbox(supervisor, asked.position)).body as Inbox;
    const closure = body.approvals.closures.find((c) => c.caseId === caseId)!;
    expect(closure).toMatchObject({
      commands: ['ApproveClosure', 'RejectClosure'],
      closureReason: 'other',
      restitutionUnpaid: false,
      requestedBy: siti.userId,
    });
    expect(JSON.stringify(closure.note)).toContain('korban pindah ke Sulawesi');
    expect(body.waitingLong.map((c) => c.caseId)).not.toContain(caseId);

    // Twenty days without an event: the case waits long.
    await api.app.get(DataSource).query(`UPDATE rm_case_summaries SET updated_at = now() - interval '20 days' WHERE case_id = $1`, [caseId]);
    const later = (await inbox(supervisor)).body as Inbox;
    expect(later.waitingLong.find((c) => c.caseId === caseId)).toMatchObject({
      stage: 'intake',
      victimInitials: 'SR',
      registrationNumber: expect.stringMatching(/^KI-/),
    });
  });

  it('escalates an expired referral with everything to send it again, and a new referral takes it off', async () => {
    const caseId = await consentedCase();
    const sent = await command(siti, `/cases/${caseId}/send-referral`, {
      toAgency: POLDA,
      service: 'law_enforcement',
      reason: 'mohon LP dan penyidikan',
      responseDeadline: new Date(Date.now() + 86_400_000).toISOString(),
      sharesIdentity: false,
    });
    await inbox(supervisor, sent.position);
    await api.app.get(DeadlineSweepService).sweep(new Date(Date.now() + 2 * 86_400_000));
    const body = (await inbox(supervisor, await positionOf(caseId))).body as Inbox;
    const expired = body.escalations.expiredReferrals.find((r) => r.caseId === caseId)!;
    expect(expired).toMatchObject({
      referralId: sent.referralId,
      registrationNumber: expect.stringMatching(/^KI-/),
      toAgency: POLDA,
      service: 'law_enforcement',
      resend: { toAgency: POLDA, service: 'law_enforcement', reason: 'mohon LP dan penyidikan', sharesIdentity: false },
    });
    // One step: the same fields, a new id and deadline.
    const resent = await command(supervisor, `/cases/${caseId}/send-referral`, {
      ...expired.resend,
      responseDeadline: new Date(Date.now() + 3 * 86_400_000).toISOString(),
    });
    const after = (await inbox(supervisor, resent.position)).body as Inbox;
    expect(after.escalations.expiredReferrals.map((r) => r.caseId)).not.toContain(caseId);
  });

  it('lists services past their seven-day start', async () => {
    const caseId = await consentedCase();
    const requested = await command(siti, `/cases/${caseId}/request-service`, { serviceId: 'first-aid-1', service: 'first_aid' });
    // The sweep reads the deadlines read model: once it holds the clock.
    await inbox(supervisor, requested.position);
    await api.app.get(DeadlineSweepService).sweep(new Date(Date.now() + 8 * 86_400_000));
    const body = (await inbox(supervisor, await positionOf(caseId))).body as Inbox;
    expect(body.escalations.overdueServices.find((s) => s.caseId === caseId)).toMatchObject({ serviceId: 'first-aid-1' });
  });

  it("is a supervisor's own agency's only, and no caseworker's", async () => {
    const caseId = await consentedCase();
    await command(siti, `/cases/${caseId}/request-closure`, { reason: 'lost_contact' });
    const other = (await inbox(jatimSupervisor, await positionOf(caseId))).body as Inbox;
    expect(JSON.stringify(other)).not.toContain(caseId);
    const refused = await inbox(siti);
    expect([refused.status, refused.body.code]).toEqual([403, 'AUTH.FORBIDDEN']);
  });
});
