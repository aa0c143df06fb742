import { describe, expect, it } from '@jest/globals';
import { caseStreamName, type SealedValue } from '@rujukan/domain';
import type { AppendResult, EventStore, NewEvent, StoredEvent } from '@rujukan/event-store';
import { InMemoryAgencyDirectory } from '../agency-directory.js';
import { executeCaseCommand } from '../execute-case-command.js';
import type { IdentityVault } from '../identity/identity-vault.js';
import { CaseCommandRunner } from './case-command-runner.js';
import { CaseLocator } from './case-locator.js';

const actor = { userId: 'cw-kaltim', role: 'caseworker', agency: 'UPTD-PPA-64' } as const;
const now = '2025-03-03T08:00:00.000Z';
const SEALED: SealedValue = { $sealed: `v1.${'B'.repeat(16)}.${'C'.repeat(8)}.${'D'.repeat(22)}` };

/** A store holding streams in memory, counting the reads a command makes. */
function memoryStore() {
  const streams = new Map<string, StoredEvent[]>();
  const reads: string[] = [];
  const store = {
    readStream: async (stream: string) => {
      reads.push(stream);
      return [...(streams.get(stream) ?? [])];
    },
    append: async (stream: string, events: readonly NewEvent[]): Promise<AppendResult> => {
      const held = streams.get(stream) ?? [];
      for (const event of events)
        held.push({
          ...event,
          streamName: stream,
          revision: held.length,
          position: { commit: 1n, prepare: BigInt(held.length) },
          recordedAt: new Date(now),
          hash: '',
        });
      streams.set(stream, held);
      return { streamName: stream, nextExpectedRevision: held.length - 1, position: { commit: 1n, prepare: BigInt(held.length - 1) }, duplicate: false };
    },
    findEvent: async () => null,
  } as unknown as EventStore;
  return { store, streams, reads };
}

function runnerOn(store: EventStore) {
  const sealed: string[] = [];
  const vault = { sealText: async (_caseId: string, text: string) => (sealed.push(text), SEALED) } as unknown as IdentityVault;
  const directory = new InMemoryAgencyDirectory([{ code: 'UPTD-PPA-64', type: 'uptd_ppa', provinceCode: '64', active: true, mergedInto: null }]);
  const runner = new CaseCommandRunner(store, new CaseLocator(store), vault, (command, context, sealing) =>
    executeCaseCommand(store, directory, command, context, undefined, sealing),
  );
  return { runner, sealed };
}

const context = (commandId: string) => ({ actor, commandId, correlationId: commandId, now });

describe('running a command as its user', () => {
  it('decides once, then seals the free text into the events it appends', async () => {
    const { store, streams, reads } = memoryStore();
    const { runner, sealed } = runnerOn(store);
    const { caseId } = await runner.run(
      { command: 'OpenCase', target: 'new_case' },
      { channel: 'port', reporterType: 'government_agency', districtCode: '6503' },
      undefined,
      context('6f1c1e7a-9a55-4e1e-8f37-2b2a1d0c9e11'),
    );
    const victim = { initials: 'SR', sex: 'female', ageBand: '18-24', isChild: false, nationality: 'ID', originProvinceCode: '64', originDistrictCode: '6471' };
    await runner.run({ command: 'RegisterVictim', target: 'case' }, victim, caseId, context('9c4f4b0d-2d88-4b4b-9c6a-5e5d4a3f2b44'));
    reads.length = 0;
    await runner.run(
      { command: 'RecordConsent', target: 'case' },
      { consentId: 'consent-1', scope: 'process', evidenceRef: 'FORM 12 of Siti' },
      caseId,
      context('7a2d2f8b-0b66-4f2f-9a48-3c3b2e1d0f22'),
    );
    // One read of the stream: the command was decided once, not probed first.
    expect(reads).toEqual([caseStreamName(caseId)]);
    expect(sealed).toEqual(['FORM 12 of Siti']);
    expect(streams.get(caseStreamName(caseId))!.at(-1)!.data).toMatchObject({ consentId: 'consent-1', evidenceRef: SEALED, purpose: null });
  });

  it('seals nothing for a command the case refuses', async () => {
    const { store, streams } = memoryStore();
    const { runner, sealed } = runnerOn(store);
    const refused = await runner
      .run(
        { command: 'WithdrawConsent', target: 'case' },
        { consentId: 'c-1', reason: 'Siti changed her mind' },
        '0b7c2f1e-5a3d-4c61-9a8e-1f2d3c4b5a60',
        context('8b3e3a9c-1c77-4a3a-8b59-4d4c3f2e1a33'),
      )
      .catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'CASE.NOT_FOUND' });
    expect(sealed).toEqual([]);
    expect(streams.size).toBe(0);
  });

  it('never seals with a key it kept once the case it decided on shows the victim erased, and drops that key', async () => {
    const { store, streams } = memoryStore();
    const sealed: string[] = [];
    const forgotten: string[] = [];
    // A vault whose kept key outlived the erasure (its notification not heard yet): it would still seal.
    const vault = {
      sealText: async (_caseId: string, text: string) => (sealed.push(text), SEALED),
      forget: (caseId: string) => forgotten.push(caseId),
    } as unknown as IdentityVault;
    const directory = new InMemoryAgencyDirectory([{ code: 'UPTD-PPA-64', type: 'uptd_ppa', provinceCode: '64', active: true, mergedInto: null }]);
    const runner = new CaseCommandRunner(store, new CaseLocator(store), vault, (command, ctx, sealing) =>
      executeCaseCommand(store, directory, command, ctx, undefined, sealing),
    );
    const { caseId } = await runner.run(
      { command: 'OpenCase', target: 'new_case' },
      { channel: 'port', reporterType: 'government_agency', districtCode: '6503' },
      undefined,
      context('1e0c1e7a-9a55-4e1e-8f37-2b2a1d0c9e11'),
    );
    const victim = { initials: 'SR', sex: 'female', ageBand: '18-24', isChild: false, nationality: 'ID', originProvinceCode: '64', originDistrictCode: '6471' };
    await runner.run({ command: 'RegisterVictim', target: 'case' }, victim, caseId, context('4e0c1e7a-9a55-4e1e-8f37-2b2a1d0c9e11'));
    const stream = streams.get(caseStreamName(caseId))!;
    stream.push({ ...stream[0]!, id: '2e0c1e7a-9a55-4e1e-8f37-2b2a1d0c9e11', type: 'IdentityErased', data: { legalBasis: 'UU PDP art. 8' }, revision: 2 });
    await runner.run(
      { command: 'RecordConsent', target: 'case' },
      { consentId: 'consent-1', scope: 'process', evidenceRef: 'FORM 12 of Siti' },
      caseId,
      context('3e0c1e7a-9a55-4e1e-8f37-2b2a1d0c9e11'),
    );
    expect(sealed).toEqual([]);
    expect(forgotten).toEqual([caseId]);
    expect(JSON.stringify(streams.get(caseStreamName(caseId))!.at(-1)!.data)).not.toContain('Siti');
    expect(streams.get(caseStreamName(caseId))!.at(-1)!.data).toMatchObject({ evidenceRef: "[not recorded: the victim's identity was erased]" });
  });
});
