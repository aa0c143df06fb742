import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@rujukan/domain';
import request from 'supertest';
import { startApiTestApp, type ApiTestApp } from '../support/api-test-app.js';

// Kalimantan Timur found the victim; she comes from Jember, Jawa Timur, whose UPTD PPA takes the case over.
const KALTIM = 'UPTD-PPA-64';
const JATIM = 'UPTD-PPA-35';
const kaltim: Actor = { userId: 'cw-kaltim', role: 'caseworker', agency: KALTIM };
const jatim: Actor = { userId: 'cw-jatim', role: 'caseworker', agency: JATIM };
const jatimSupervisor: Actor = { userId: 'spv-jatim', role: 'supervisor', agency: JATIM };
const kalbar: Actor = { userId: 'cw-kalbar', role: 'caseworker', agency: 'UPTD-PPA-61' };

interface QueueTransfer {
  transferId: string;
  caseId: string;
  registrationNumber: string | null;
  fromAgency: string;
  toAgency: string;
  status: string;
  stage: string;
  requestedAt: string;
  waitingSeconds: number;
  actions: string[];
}

describe('an inter-province transfer handed over by two UPTD PPA, through their queues', () => {
  let api: ApiTestApp;

  beforeAll(async () => {
    // Reads wait for the projector to include each command: generously, as a shared machine can hold it back for seconds.
    process.env.READ_WAIT_MS = '10000';
    api = await startApiTestApp({ withProjector: true });
  });

  afterAll(async () => {
    await api?.close();
    delete process.env.READ_WAIT_MS;
  });

  async function command(actor: Actor, path: string, body: object = {}) {
    const response = await api.post(path, body, actor);
    expect({ path, status: response.status, body: response.body }).toMatchObject({ status: 201 });
    return response.body as { caseId: string; revision: number; position: string; transferId?: string };
  }

  async function get(actor: Actor, path: string, position?: string) {
    let call = request(api.app.getHttpServer())
      .get(path)
      .set('Authorization', `Bearer ${await api.token(actor)}`);
    if (position) call = call.set('X-Min-Position', position);
    return call;
  }

  /** Kaltim opens a case, registers the victim from Jember and asks Jatim to take it over. */
  async function caseAskedOfJatim() {
    const { caseId } = await command(kaltim, '/cases', { channel: 'port', reporterType: 'government_agency', districtCode: '6503' });
    await command(kaltim, `/cases/${caseId}/register-victim`, {
      initials: 'SR',
      sex: 'female',
      birthYear: 2001,
      isChild: false,
      nationality: 'ID',
      originProvinceCode: '35',
      originDistrictCode: '3509',
      identity: { fullName: 'Siti Rahma' },
    });
    const requested = await command(kaltim, `/cases/${caseId}/request-transfer`, { toAgency: JATIM, reason: 'repatriation to Jember, her family is there' });
    return { caseId, transferId: requested.transferId!, position: requested.position };
  }

  it('shows the incoming transfer in the receiving queue, lets it read the case, accept it, and then own it', async () => {
    const { caseId, transferId, position } = await caseAskedOfJatim();

    // Jatim's queue: the transfer is incoming, with how long it has waited and the answers a caseworker may give.
    const queue = await get(jatim, '/queues/mine', position);
    expect(queue.status).toBe(200);
    const incoming = (queue.body.incomingTransfers as QueueTransfer[]).find((t) => t.transferId === transferId);
    expect(incoming).toEqual({
      transferId,
      caseId,
      // Named as people name the case, so the receiving UPTD PPA reads a number, not an id.
      registrationNumber: expect.stringMatching(/^[A-Z]{2}-\d{4}-\d{4}$/),
      fromAgency: KALTIM,
      toAgency: JATIM,
      status: 'requested',
      stage: 'intake',
      requestedAt: expect.any(String),
      waitingSeconds: expect.any(Number),
      actions: ['AcceptTransfer', 'DeclineTransfer'],
    });
    expect(incoming!.waitingSeconds).toBeGreaterThanOrEqual(0);
    expect(incoming!.waitingSeconds).toBeLessThan(120);
    // Nothing about it in the referral lists, and the case is not yet Jatim's own.
    expect(queue.body.incoming).toEqual([]);
    expect(queue.body.cases.map((c: { caseId: string }) => c.caseId)).not.toContain(caseId);
    // Kaltim sees its request waiting on Jatim; a third province sees nothing.
    const sender = await get(kaltim, '/queues/mine', position);
    expect((sender.body.outgoingTransfers as QueueTransfer[]).map((t) => [t.transferId, t.toAgency, t.actions])).toEqual([[transferId, JATIM, []]]);
    expect(sender.body.incomingTransfers).toEqual([]);
    expect((await get(kalbar, '/queues/mine', position)).body.incomingTransfers).toEqual([]);

    // Jatim may read the case to decide: the victim's profile and origin, the transfer and why; not the identity's fields.
    const pending = await get(jatim, `/cases/${caseId}`, position);
    expect(pending.status).toBe(200);
    expect(pending.body).toMatchObject({
      access: 'transfer',
      ownerAgency: KALTIM,
      victim: { initials: 'SR', originProvinceCode: '35', originDistrictCode: '3509' },
      transfers: [{ transferId, fromAgency: KALTIM, toAgency: JATIM, status: 'requested', reason: 'repatriation to Jember, her family is there' }],
    });
    expect(JSON.stringify(pending.body)).not.toContain('Siti Rahma');
    // The case page's buttons come from the domain: accept and decline the transfer.
    const actions = await get(jatim, `/cases/${caseId}/actions`, position);
    expect(actions.status).toBe(200);
    expect(actions.body.actions).toEqual(
      expect.arrayContaining([
        { command: 'AcceptTransfer', targets: { field: 'transferId', ids: [transferId] } },
        { command: 'DeclineTransfer', targets: { field: 'transferId', ids: [transferId] } },
      ]),
    );
    expect((await get(kalbar, `/cases/${caseId}`, position)).status).toBe(404);

    // Jatim accepts: the case is its own, out of the incoming list and into its cases; Kaltim keeps read-only history.
    const accepted = await command(jatimSupervisor, `/transfers/${transferId}/accept`);
    const after = await get(jatim, '/queues/mine', accepted.position);
    expect(after.body.incomingTransfers).toEqual([]);
    expect(after.body.cases.map((c: { caseId: string }) => c.caseId)).toContain(caseId);
    const owned = await get(jatim, `/cases/${caseId}`, accepted.position);
    expect(owned.body).toMatchObject({ access: 'owner', ownerAgency: JATIM, transfers: [{ transferId, status: 'accepted' }] });
    expect((await get(jatim, `/cases/${caseId}/timeline`, accepted.position)).body.events.map((e: { type: string }) => e.type)).toContain('TransferAccepted');
    const formerOwner = await get(kaltim, `/cases/${caseId}`, accepted.position);
    expect(formerOwner.body).toMatchObject({ access: 'former_owner', ownerAgency: JATIM, victim: null });
    expect((await get(kaltim, '/queues/mine', accepted.position)).body.outgoingTransfers).toEqual([]);
    // And Jatim works the case from now on.
    await command(jatim, `/cases/${caseId}/record-consent`, { consentId: 'c-jatim', scope: 'process', evidenceRef: 'DOC-JTM-1' });
  });

  it('takes a declined transfer out of the receiving queue and the case out of its sight', async () => {
    const { caseId, transferId, position } = await caseAskedOfJatim();
    expect((await get(jatim, `/cases/${caseId}`, position)).status).toBe(200);
    const declined = await command(jatim, `/transfers/${transferId}/decline`, { reason: 'the family moved to Bali' });
    const queue = await get(jatim, '/queues/mine', declined.position);
    expect((queue.body.incomingTransfers as QueueTransfer[]).map((t) => t.transferId)).not.toContain(transferId);
    expect((await get(jatim, `/cases/${caseId}`, declined.position)).status).toBe(404);
    const owner = await get(kaltim, `/cases/${caseId}`, declined.position);
    expect(owner.body).toMatchObject({
      access: 'owner',
      ownerAgency: KALTIM,
      transfers: [{ transferId, status: 'declined', answerReason: 'the family moved to Bali' }],
    });
  });
});
