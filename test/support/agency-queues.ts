import { expect } from '@jest/globals';
import type { Actor } from '@rujukan/domain';
import request from 'supertest';
import { DINSOS, jatimCaseworker, POLDA } from '../fuzz/support/command-fixtures.js';
import type { ApiTestApp } from './api-test-app.js';

export const police: Actor = { userId: 'pol-kaltim', role: 'police_investigator', agency: POLDA };
export const dinsos: Actor = { userId: 'sos-6471', role: 'social_services_officer', agency: DINSOS };
export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** Another agency's own case and a referral from it to the police, through the API: what must keep flowing. */
export async function jatimReferral(api: ApiTestApp): Promise<{ caseId: string; referralId: string; position: string }> {
  const run = async (path: string, body: object) => {
    const response = await api.post(path, body, jatimCaseworker);
    expect({ path, status: response.status }).toEqual({ path, status: 201 });
    return response.body as { caseId: string; referralId?: string; position: string };
  };
  const { caseId } = await run('/cases', { channel: 'walk_in', reporterType: 'victim', districtCode: '3509' });
  await run(`/cases/${caseId}/register-victim`, {
    initials: 'NA',
    sex: 'female',
    birthYear: 1999,
    isChild: false,
    nationality: 'ID',
    originProvinceCode: '35',
    originDistrictCode: '3509',
    identity: { fullName: 'Nur Aini', nik: '3509016502990002' },
  });
  await run(`/cases/${caseId}/record-consent`, { consentId: 'consent-1', scope: 'process', evidenceRef: 'DOC-1' });
  const sent = await run(`/cases/${caseId}/send-referral`, {
    toAgency: POLDA,
    service: 'law_enforcement',
    reason: 'laporkan perekrut',
    responseDeadline: inDays(3),
    sharesIdentity: false,
  });
  return { caseId, referralId: sent.referralId!, position: sent.position };
}

export async function queue(api: ApiTestApp, actor: Actor, minPosition?: string) {
  const call = request(api.app.getHttpServer())
    .get('/queues/mine')
    .set('Authorization', `Bearer ${await api.token(actor)}`);
  return minPosition ? call.set('X-Min-Position', minPosition) : call;
}

export async function eventually(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** A gauge's value for one projection in Prometheus text, or undefined. */
export const metric = (text: string, name: string, projection: string): number | undefined => {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{projection="${projection}"}`));
  return line === undefined ? undefined : Number(line.split(' ').at(-1));
};
