import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@rujukan/domain';
import { NOTE_NOT_SHARED } from '@rujukan/read-models';
import request from 'supertest';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';

const POLDA = 'POLDA-KALTIM';
const siti: Actor = { userId: 'cw-siti', role: 'caseworker', agency: 'UPTD-PPA-64' };
const police: Actor = { userId: 'pol-kaltim', role: 'police_investigator', agency: POLDA };

// UU PDP 27/2022: once the victim withdraws her consent to share, sharing stops; a note shared on that consent included.
describe('a note shared with an agency on the victim’s consent is withheld from it once the consent is withdrawn', () => {
  let api: ApiTestApp;

  beforeAll(async () => {
    process.env.READ_WAIT_MS = '5000';
    api = await startApiTestApp({ withProjector: true });
  });
  afterAll(async () => {
    await api?.close();
    delete process.env.READ_WAIT_MS;
  });

  async function command(actor: Actor, path: string, body: object = {}) {
    const response = await api.post(path, body, actor);
    expect({ path, status: response.status, body: response.body }).toMatchObject({ status: 201 });
    return response.body as { caseId: string; position: string };
  }

  async function notes(actor: Actor, caseId: string, position: string) {
    const response = await request(api.app.getHttpServer())
      .get(`/cases/${caseId}/timeline`)
      .set('Authorization', `Bearer ${await api.token(actor)}`)
      .set('X-Min-Position', position);
    expect(response.status).toBe(200);
    return (response.body.events as Array<Record<string, unknown>>).filter((e) => e.type === 'CaseNoteAdded');
  }

  const referral = () => ({
    toAgency: POLDA,
    service: 'law_enforcement',
    reason: 'report the recruiter',
    responseDeadline: new Date(Date.now() + 3 * 86_400_000).toISOString(),
    sharesIdentity: false,
  });

  /** A case with its victim registered and her consent to process and to share with the police. */
  async function referredCase() {
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
    await command(siti, `/cases/${caseId}/record-consent`, { consentId: 'c-process', scope: 'process', evidenceRef: 'DOC-1' });
    await command(siti, `/cases/${caseId}/record-consent`, { consentId: 'c-share', scope: 'share', agencyTypes: ['police'], evidenceRef: 'DOC-2' });
    return caseId;
  }

  it('the police read the kronologi while the consent stands, and only that it exists after; its own note stays its own', async () => {
    const secret = 'Dia dijemput oleh calo bernama Pak Budi di Jember';
    const caseId = await referredCase();
    await command(siti, `/cases/${caseId}/send-referral`, referral());
    await command(siti, `/cases/${caseId}/notes`, { kind: 'kronologi', text: secret, sharedWith: [POLDA] });
    const own = await command(police, `/cases/${caseId}/notes`, { kind: 'note', text: 'Saksi kedua: sopir speedboat' });

    expect((await notes(police, caseId, own.position)).map((e) => e.reason)).toEqual([secret, 'Saksi kedua: sopir speedboat']);

    const withdrawn = await command(siti, `/cases/${caseId}/withdraw-consent`, { consentId: 'c-share', reason: 'korban menarik persetujuan' });
    const after = await notes(police, caseId, withdrawn.position);
    expect(after.map((e) => e.reason)).toEqual([null, 'Saksi kedua: sopir speedboat']);
    expect(after[0]).toMatchObject({ summary: NOTE_NOT_SHARED, facts: { kind: 'kronologi', authorAgency: 'UPTD-PPA-64', shared: false } });
    expect(JSON.stringify(after)).not.toContain('Pak Budi');

    // The owner reads every note still.
    expect((await notes(siti, caseId, withdrawn.position)).map((e) => e.reason)).toEqual([secret, 'Saksi kedua: sopir speedboat']);
  });

  it('an agency that declined its referral reads no note shared with it any more, though the consent stands', async () => {
    const secret = 'Paspor korban ditahan majikan di Tawau';
    const caseId = await referredCase();
    const { referralId } = (await api.post(`/cases/${caseId}/send-referral`, referral(), siti)).body as { referralId: string };
    await command(siti, `/cases/${caseId}/notes`, { kind: 'kronologi', text: secret, sharedWith: [POLDA] });
    const own = await command(police, `/cases/${caseId}/notes`, { kind: 'note', text: 'Tidak ada penyidik' });
    expect((await notes(police, caseId, own.position)).map((e) => e.reason)).toEqual([secret, 'Tidak ada penyidik']);

    const declined = await command(police, `/referrals/${referralId}/decline`, { reason: 'no capacity' });
    const after = await notes(police, caseId, declined.position);
    expect(after.map((e) => e.reason)).toEqual([null, 'Tidak ada penyidik']);
    expect(JSON.stringify(after)).not.toContain('Tawau');
  });
});
