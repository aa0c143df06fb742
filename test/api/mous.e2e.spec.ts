import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@rujukan/domain';
import { EventStore } from '@rujukan/event-store';
import request from 'supertest';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';

// Kaltim's task force keeps an MoU with Jawa Timur for case transfers; Kaltim's UPTD PPA transfers cases to Jatim and Kalbar.
const coordinator: Actor = { userId: 'gtk-64', role: 'task_force_coordinator', agency: 'GT-TPPO-64' };
const balikpapan: Actor = { userId: 'gtk-6471', role: 'task_force_coordinator', agency: 'GT-TPPO-6471' };
const analyst: Actor = { userId: 'gt-64', role: 'task_force_analyst', agency: 'GT-TPPO-64' };
const auditor: Actor = { userId: 'audit-1', role: 'auditor', agency: 'ITJEN' };
const caseworker: Actor = { userId: 'cw-kaltim', role: 'caseworker', agency: 'UPTD-PPA-64' };
const police: Actor = { userId: 'pol-1', role: 'police_investigator', agency: 'POLDA-KALTIM' };

const MOU = {
  reference: 'ILUSTRASI/119/2024',
  title: 'Kerja sama penanganan korban TPPO Kaltim–Jatim',
  provinces: ['64', '35'],
  scopes: ['case_transfer', 'repatriation'],
  signedOn: '2024-01-02',
  illustrative: true,
};

describe('the MoU register: a coordinator records MoUs, transfers name the one they rest on, the statistics show pairs without one', () => {
  let api: ApiTestApp;

  beforeAll(async () => {
    api = await startApiTestApp({ withProjector: true, env: { STATS_MIN_CELL: '2', READ_WAIT_MS: '5000' } });
  });
  afterAll(async () => {
    await api?.close();
  });

  async function get(actor: Actor, path: string, position?: string) {
    let call = request(api.app.getHttpServer())
      .get(path)
      .set('Authorization', `Bearer ${await api.token(actor)}`);
    if (position) call = call.set('X-Min-Position', position);
    return call;
  }

  async function created(actor: Actor, path: string, body: object) {
    const response = await api.post(path, body, actor);
    expect({ path, status: response.status, body: response.body }).toMatchObject({ status: 201 });
    return response.body as { mouId: string; caseId: string; revision: number; position: string; transferId?: string };
  }

  async function caseOfKaltim() {
    const { caseId } = await created(caseworker, '/cases', { channel: 'port', reporterType: 'government_agency', districtCode: '6503' });
    await created(caseworker, `/cases/${caseId}/register-victim`, {
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

  it('records, renews and terminates MoUs; every reader reads the register; nothing refused is written', async () => {
    const { mouId } = await created(coordinator, '/mous', { ...MOU, agencies: ['UPTD-PPA-35'], expiresOn: '2029-01-01' });
    const renewed = await created(coordinator, `/mous/${mouId}/renew`, { expiresOn: '2034-01-01', reference: 'Adendum 1' });
    const view = await get(analyst, `/mous/${mouId}?asOf=2030-01-01`, renewed.position);
    expect(view.body).toMatchObject({
      mouId,
      recordedBy: 'GT-TPPO-64',
      reference: 'Adendum 1',
      provinces: ['35', '64'],
      parties: [
        { kind: 'province', provinceCode: '64' },
        { kind: 'province', provinceCode: '35' },
        { kind: 'agency', agency: 'UPTD-PPA-35', provinceCode: '35' },
      ],
      expiresOn: '2034-01-01',
      illustrative: true,
      status: 'in_force',
    });
    for (const reader of [auditor, caseworker])
      expect((await get(reader, `/mous?province=35`)).body.mous.map((m: { mouId: string }) => m.mouId)).toContain(mouId);
    expect((await get(police, '/mous')).status).toBe(403);

    expect((await api.post('/mous', MOU, analyst)).status).toBe(403);
    expect((await api.post(`/mous/${mouId}/renew`, { expiresOn: '2040-01-01' }, balikpapan)).body).toMatchObject({ details: { rule: 'mou_owner' } });
    const notParty = await api.post('/mous', { ...MOU, provinces: ['35', '61'] }, coordinator);
    expect(notParty).toMatchObject({ status: 403, body: { details: { rule: 'mou_party' } } });
    const bad = await api.post('/mous', { ...MOU, provinces: ['99'], scopes: ['tourism'], signedOn: 'soon' }, coordinator);
    expect(bad.status).toBe(400);
    expect([...new Set(bad.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual(['provinces', 'scopes', 'signedOn']);
    expect((await api.post('/mous/not-a-uuid/renew', {}, coordinator)).status).toBe(400);
    expect((await api.post('/mous/0b7c2f1e-5a3d-4c61-9a8e-1f2d3c4b5a60/terminate', { terminatedOn: '2025-01-01' }, coordinator)).body).toMatchObject({
      code: 'MOU.NOT_FOUND',
    });
    await created(coordinator, `/mous/${mouId}/terminate`, { terminatedOn: '2025-06-01' });
    expect((await api.post(`/mous/${mouId}/renew`, { expiresOn: '2040-01-01' }, coordinator)).status).toBe(409);
    expect((await api.app.get(EventStore).readStream(`mou-${mouId}`)).map((e) => e.type)).toEqual(['MouRecorded', 'MouRenewed', 'MouTerminated']);
    expect((await get(analyst, '/mous/0b7c2f1e-5a3d-4c61-9a8e-1f2d3c4b5a60')).status).toBe(404);
  });

  it('a transfer names an MoU of the register in force for case transfers, or none; /stats/transfers counts by MoU and shows the pairs without one', async () => {
    const { mouId } = await created(coordinator, '/mous', MOU);
    const { mouId: repatriationOnly } = await created(coordinator, '/mous', { ...MOU, reference: 'ILUSTRASI/120/2024', scopes: ['repatriation'] });

    const refused = await caseOfKaltim();
    const unknown = await api.post(
      `/cases/${refused}/request-transfer`,
      { toAgency: 'UPTD-PPA-35', reason: 'ke Jember', mouId: '0b7c2f1e-5a3d-4c61-9a8e-1f2d3c4b5a60' },
      caseworker,
    );
    expect(unknown).toMatchObject({ status: 422, body: { code: 'MOU.UNKNOWN' } });
    const wrongScope = await api.post(
      `/cases/${refused}/request-transfer`,
      { toAgency: 'UPTD-PPA-35', reason: 'ke Jember', mouId: repatriationOnly },
      caseworker,
    );
    expect(wrongScope).toMatchObject({ status: 422, body: { code: 'MOU.NOT_IN_FORCE' } });
    const malformed = await api.post(`/cases/${refused}/request-transfer`, { toAgency: 'UPTD-PPA-35', reason: 'ke Jember', mouId: 'MoU 2024' }, caseworker);
    expect(malformed).toMatchObject({ status: 400 });

    let position = '';
    for (const [toAgency, named] of [
      ['UPTD-PPA-35', mouId],
      ['UPTD-PPA-35', mouId],
      ['UPTD-PPA-35', undefined],
      ['UPTD-PPA-61', undefined],
      ['UPTD-PPA-61', undefined],
      ['UPTD-PPA-21', undefined],
    ] as const) {
      const caseId = await caseOfKaltim();
      position = (await created(caseworker, `/cases/${caseId}/request-transfer`, { toAgency, reason: 'daerah asal korban', ...(named && { mouId: named }) }))
        .position;
    }
    const stats = await get(analyst, '/stats/transfers', position);
    expect(stats.status).toBe(200);
    expect(stats.body.byMou.cells).toEqual(
      expect.arrayContaining([
        { key: { mou: mouId }, count: 2, suppressed: false },
        { key: { mou: null }, count: 4, suppressed: false },
      ]),
    );
    expect(stats.body.provincePairs).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ fromProvince: '64', toProvince: '35', mous: expect.arrayContaining([mouId]) }),
        expect.objectContaining({ fromProvince: '64', toProvince: '61', mous: [] }),
      ]),
    );
    // One transfer to Kepri: its count is hidden (below 2), and another with it so that the total does not give it away.
    expect(stats.body.pairsWithoutMou).toEqual(expect.arrayContaining([{ fromProvince: '64', toProvince: '21', count: null, suppressed: true }]));
    expect(stats.body.provincePairs.filter((p: { suppressed: boolean }) => p.suppressed)).toHaveLength(2);
    expect(stats.body.pairsWithoutMou.map((p: { toProvince: string }) => p.toProvince)).not.toContain('35');
    expect((await get(caseworker, '/stats/transfers')).status).toBe(403);
  });
});
