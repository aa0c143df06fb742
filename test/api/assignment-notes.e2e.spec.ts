import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@rujukan/domain';
import { NOTE_NOT_SHARED } from '@rujukan/read-models';
import { DataSource } from 'typeorm';
import request from 'supertest';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';
import { registerUser } from '../support/test-directory.js';

const KALTIM = 'UPTD-PPA-64';
const JATIM = 'UPTD-PPA-35';
const POLDA = 'POLDA-KALTIM';
const DINSOS = 'DINSOS-6471';
const supervisor: Actor = { userId: 'spv-kaltim', role: 'supervisor', agency: KALTIM };
const siti: Actor = { userId: 'cw-siti', role: 'caseworker', agency: KALTIM };
const rina: Actor = { userId: 'cw-rina', role: 'caseworker', agency: KALTIM };
const jatimCaseworker: Actor = { userId: 'cw-jatim', role: 'caseworker', agency: JATIM };
const jatimSupervisor: Actor = { userId: 'spv-jatim', role: 'supervisor', agency: JATIM };
const police: Actor = { userId: 'pol-kaltim', role: 'police_investigator', agency: POLDA };
const dinsos: Actor = { userId: 'dinsos-bpn', role: 'social_services_officer', agency: DINSOS };
const otherSupervisor: Actor = { userId: 'spv-kaltim-2', role: 'supervisor', agency: KALTIM };

describe('assignment and notes, through the API as the agencies use them', () => {
  let api: ApiTestApp;

  beforeAll(async () => {
    // Reads wait for the projector to include each command: generously, as a shared machine can hold it back for seconds.
    process.env.READ_WAIT_MS = '10000';
    api = await startApiTestApp({ withProjector: true });
    const db = api.app.get(DataSource);
    for (const actor of [supervisor, siti, rina, jatimCaseworker, jatimSupervisor, police, dinsos, otherSupervisor]) await registerUser(db, actor);
    await db.query(`UPDATE users SET name = 'Siti Rahmawati' WHERE user_id = $1`, [siti.userId]);
  });

  afterAll(async () => {
    await api?.close();
    delete process.env.READ_WAIT_MS;
  });

  async function command(actor: Actor, path: string, body: object = {}) {
    const response = await api.post(path, body, actor);
    expect({ path, status: response.status, body: response.body }).toMatchObject({ status: 201 });
    return response.body as { caseId: string; revision: number; position: string; referralId?: string; transferId?: string };
  }

  async function get(actor: Actor, path: string, position?: string) {
    let call = request(api.app.getHttpServer())
      .get(path)
      .set('Authorization', `Bearer ${await api.token(actor)}`);
    if (position) call = call.set('X-Min-Position', position);
    return call;
  }

  async function openCase(owner: Actor = siti) {
    const { caseId } = await command(owner, '/cases', { channel: 'port', reporterType: 'government_agency', districtCode: '6503' });
    await command(owner, `/cases/${caseId}/register-victim`, {
      initials: 'SR',
      sex: 'female',
      birthYear: 2001,
      isChild: false,
      nationality: 'ID',
      originProvinceCode: '35',
      originDistrictCode: '3509',
    });
    return caseId;
  }

  describe('assignment', () => {
    it("assigns, reassigns, shows the assignee on the case, puts her cases first in her queue, and counts the team's load", async () => {
      const caseId = await openCase();
      const other = await openCase();
      await command(supervisor, `/cases/${caseId}/assign`, { assignee: siti.userId });
      const reassigned = await command(supervisor, `/cases/${caseId}/assign`, { assignee: rina.userId });
      const last = await command(supervisor, `/cases/${other}/assign`, { assignee: siti.userId });

      const events = (await api.stream(caseId)).filter((e) => e.type === 'CaseAssigned').map((e) => e.data);
      expect(events).toMatchObject([
        { assignee: siti.userId, previousAssignee: null },
        { assignee: rina.userId, previousAssignee: siti.userId },
      ]);

      const summary = await get(supervisor, `/cases/${other}`, last.position);
      expect(summary.body.assignee).toEqual({ userId: siti.userId, name: 'Siti Rahmawati' });
      expect((await get(supervisor, `/cases/${caseId}`, reassigned.position)).body.assignee).toEqual({ userId: rina.userId, name: null });

      const queue = await get(siti, '/queues/mine', last.position);
      expect(queue.status).toBe(200);
      const cases = queue.body.cases as Array<{ caseId: string; mine: boolean; assignee: string | null }>;
      expect(cases[0]).toMatchObject({ caseId: other, mine: true, assignee: siti.userId });
      expect(cases.find((c) => c.caseId === caseId)).toMatchObject({ mine: false, assignee: rina.userId });
      const firstOthers = cases.findIndex((c) => !c.mine);
      expect(cases.slice(firstOthers).every((c) => !c.mine)).toBe(true);

      const team = await get(supervisor, '/queues/team', last.position);
      expect(team.status).toBe(200);
      const members = team.body.members as Array<{ userId: string; name: string | null; assignable: boolean; openCases: number; overdueItems: number }>;
      expect(members.find((m) => m.userId === siti.userId)).toMatchObject({ name: 'Siti Rahmawati', assignable: true, openCases: 1 });
      expect(members.find((m) => m.userId === rina.userId)).toMatchObject({ assignable: true, openCases: 1 });
      expect(members.some((m) => m.userId === supervisor.userId)).toBe(false);
      // The first spec of this file: every case so far is assigned.
      expect(team.body.unassigned).toEqual({ openCases: 0, overdueItems: 0 });
    });

    it("counts a clock past due on a caseworker's case as her overdue item", async () => {
      const caseId = await openCase();
      await command(siti, `/cases/${caseId}/record-consent`, { consentId: 'c-process', scope: 'process', evidenceRef: 'DOC-1' });
      await command(siti, `/cases/${caseId}/send-referral`, {
        toAgency: POLDA,
        service: 'law_enforcement',
        reason: 'report the recruiter',
        responseDeadline: new Date(Date.now() + 3 * 86_400_000).toISOString(),
        sharesIdentity: false,
      });
      const assigned = await command(supervisor, `/cases/${caseId}/assign`, { assignee: rina.userId });
      const load = async () =>
        ((await get(supervisor, '/queues/team', assigned.position)).body.members as Array<{ userId: string; overdueItems: number }>).find(
          (m) => m.userId === rina.userId,
        )!.overdueItems;
      const before = await load();
      // Three days on: the referral's answer clock has run out, and the sweep has not yet marked it.
      const [moved] = await api.app
        .get(DataSource)
        .query(`UPDATE rm_deadlines SET due_at = now() - interval '1 hour' WHERE case_id = $1 AND status = 'running' RETURNING deadline_id`, [caseId]);
      expect(moved.length).toBeGreaterThan(0);
      expect(await load()).toBe(before + moved.length);
    });

    it('refuses the team view to a caseworker', async () => {
      expect((await get(siti, '/queues/team')).status).toBe(403);
    });

    it('refuses a caseworker assigning (403), an unknown user (404), and a caseworker of another agency or a supervisor (422)', async () => {
      const caseId = await openCase();
      const byCaseworker = await api.post(`/cases/${caseId}/assign`, { assignee: rina.userId }, siti);
      expect(byCaseworker.status).toBe(403);
      const byOtherAgency = await api.post(`/cases/${caseId}/assign`, { assignee: jatimCaseworker.userId }, jatimSupervisor);
      expect(byOtherAgency.status).toBe(403);
      const unknown = await api.post(`/cases/${caseId}/assign`, { assignee: 'nobody-at-all' }, supervisor);
      expect({ status: unknown.status, code: unknown.body.code }).toEqual({ status: 404, code: 'USER.NOT_FOUND' });
      // The attacker names a user of another agency: the directory, not the request, says where she works.
      const stranger = await api.post(`/cases/${caseId}/assign`, { assignee: jatimCaseworker.userId }, supervisor);
      expect({ status: stranger.status, code: stranger.body.code }).toEqual({ status: 422, code: 'USER.OTHER_AGENCY' });
      const notCaseworker = await api.post(`/cases/${caseId}/assign`, { assignee: otherSupervisor.userId }, supervisor);
      expect({ status: notCaseworker.status, code: notCaseworker.body.code }).toEqual({ status: 422, code: 'USER.NOT_CASEWORKER' });
      const empty = await api.post(`/cases/${caseId}/assign`, {}, supervisor);
      expect(empty.status).toBe(400);
      expect((await api.stream(caseId)).some((e) => e.type === 'CaseAssigned')).toBe(false);
    });

    it('a transfer to another agency clears the assignment', async () => {
      const caseId = await openCase();
      await command(supervisor, `/cases/${caseId}/assign`, { assignee: siti.userId });
      const { transferId } = await command(siti, `/cases/${caseId}/request-transfer`, { toAgency: JATIM, reason: 'her family is in Jember' });
      const accepted = await command(jatimCaseworker, `/transfers/${transferId}/accept`);
      const summary = await get(jatimSupervisor, `/cases/${caseId}`, accepted.position);
      expect(summary.body).toMatchObject({ ownerAgency: JATIM, assignee: null });
      const assigned = await command(jatimSupervisor, `/cases/${caseId}/assign`, { assignee: jatimCaseworker.userId });
      expect((await api.stream(caseId)).at(-1)?.data).toMatchObject({ assignee: jatimCaseworker.userId, previousAssignee: null });
      expect(assigned.revision).toBeGreaterThan(accepted.revision);
    });
  });

  describe('notes and kronologi', () => {
    const secret = 'Dia dijemput oleh calo bernama Pak Budi di Jember';

    async function referredToPolice() {
      const caseId = await openCase();
      await command(siti, `/cases/${caseId}/record-consent`, { consentId: 'c-process', scope: 'process', evidenceRef: 'DOC-1' });
      await command(siti, `/cases/${caseId}/record-consent`, { consentId: 'c-share', scope: 'share', agencyTypes: ['police'], evidenceRef: 'DOC-2' });
      const { referralId } = await command(siti, `/cases/${caseId}/send-referral`, {
        toAgency: POLDA,
        service: 'law_enforcement',
        reason: 'report the recruiter',
        responseDeadline: new Date(Date.now() + 3 * 86_400_000).toISOString(),
        sharesIdentity: false,
      });
      return { caseId, referralId: referralId! };
    }

    it('seals the text, shows it to the agencies it is shared with, and only that a note exists to the others', async () => {
      const { caseId } = await referredToPolice();
      await command(siti, `/cases/${caseId}/notes`, { kind: 'kronologi', text: secret, sharedWith: [POLDA] });
      const ownOnly = await command(siti, `/cases/${caseId}/notes`, { kind: 'note', text: 'Ibunya belum boleh dihubungi' });
      const byPolice = await command(police, `/cases/${caseId}/notes`, { kind: 'note', text: 'Saksi kedua: sopir speedboat' });

      // Stored sealed: no clear text in the event.
      const stored = (await api.stream(caseId)).filter((e) => e.type === 'CaseNoteAdded');
      expect(stored).toHaveLength(3);
      expect(JSON.stringify(stored.map((e) => e.data))).not.toContain('Pak Budi');
      expect(stored[0]!.data).toMatchObject({ kind: 'kronologi', text: { $sealed: expect.any(String) }, authorAgency: KALTIM, visibleTo: [KALTIM, POLDA] });

      const ownerTimeline = (await get(siti, `/cases/${caseId}/timeline`, byPolice.position)).body.events as Array<Record<string, unknown>>;
      const ownerNotes = ownerTimeline.filter((e) => e.type === 'CaseNoteAdded');
      expect(ownerNotes.map((e) => e.reason)).toEqual([secret, 'Ibunya belum boleh dihubungi', 'Saksi kedua: sopir speedboat']);

      const policeTimeline = (await get(police, `/cases/${caseId}/timeline`, ownOnly.position)).body.events as Array<Record<string, unknown>>;
      const policeNotes = policeTimeline.filter((e) => e.type === 'CaseNoteAdded');
      expect(policeNotes.map((e) => e.reason)).toEqual([secret, null, 'Saksi kedua: sopir speedboat']);
      expect(policeNotes[1]).toMatchObject({ summary: NOTE_NOT_SHARED, facts: { kind: 'note', authorAgency: KALTIM, shared: false } });
      expect(JSON.stringify(policeTimeline)).not.toContain('Ibunya');

      // The audit replay has the event, its text marked sealed, never opened.
      const auditor: Actor = { userId: 'audit-1', role: 'auditor', agency: 'INSPEKTORAT-RI' };
      const audit = await get(auditor, `/audit/cases/${caseId}/events?reason=${encodeURIComponent('pemeriksaan berkala')}`);
      expect(audit.status).toBe(200);
      const notes = (audit.body.events as Array<{ type: string; data: Record<string, unknown> }>).filter((e) => e.type === 'CaseNoteAdded');
      expect(notes.map((e) => e.data.text)).toEqual(['[sealed]', '[sealed]', '[sealed]']);
      expect(JSON.stringify(audit.body)).not.toContain('Pak Budi');
    });

    it('refuses a note by an agency with no access to the case (403), and one restricted to an agency consent does not cover (409)', async () => {
      const { caseId } = await referredToPolice();
      const stranger = await api.post(`/cases/${caseId}/notes`, { kind: 'note', text: 'I was never here' }, dinsos);
      expect({ status: stranger.status, code: stranger.body.code, rule: stranger.body.details?.rule }).toEqual({
        status: 403,
        code: 'AUTH.FORBIDDEN',
        rule: 'case_viewer',
      });
      const uncovered = await api.post(`/cases/${caseId}/notes`, { kind: 'note', text: 'for Dinsos', sharedWith: [DINSOS] }, siti);
      expect({ status: uncovered.status, code: uncovered.body.code }).toEqual({ status: 409, code: 'CONSENT.REQUIRED' });
      const tooLong = await api.post(`/cases/${caseId}/notes`, { kind: 'note', text: 'x'.repeat(10_001) }, siti);
      expect(tooLong.status).toBe(400);
      const badKind = await api.post(`/cases/${caseId}/notes`, { kind: 'diary', text: 'x' }, siti);
      expect(badKind.status).toBe(400);
      expect((await api.stream(caseId)).some((e) => e.type === 'CaseNoteAdded')).toBe(false);
    });

    it('erasing the victim erases the note: no key opens it any more', async () => {
      const { caseId } = await referredToPolice();
      const noted = await command(siti, `/cases/${caseId}/notes`, { kind: 'kronologi', text: secret });
      const before = (await get(siti, `/cases/${caseId}/timeline`, noted.position)).body.events as Array<Record<string, unknown>>;
      expect(before.find((e) => e.type === 'CaseNoteAdded')?.reason).toBe(secret);
      const erased = await command(supervisor, `/cases/${caseId}/erasure`, { legalBasis: 'UU PDP 27/2022 Pasal 8' });
      const timeline = (await get(siti, `/cases/${caseId}/timeline`, erased.position)).body.events as Array<Record<string, unknown>>;
      expect(JSON.stringify(timeline)).not.toContain('Pak Budi');
      const db = api.app.get(DataSource);
      const [plain] = await db.query(`SELECT count(*)::int AS n FROM events WHERE data::text LIKE '%Pak Budi%'`);
      expect(plain.n).toBe(0);
    });
  });
});
