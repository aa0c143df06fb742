import { describe, expect, it } from '@jest/globals';
import type { CaseCommand } from '@rujukan/domain';
import { WrongExpectedRevisionError, type AppendResult, type EventStore, type NewEvent, type StoredEvent } from '@rujukan/event-store';
import { InMemoryAgencyDirectory } from '@rujukan/application';
import { ApiError } from '../errors/api-error.js';
import { ExecuteCaseCommand } from './execute-case-command.js';
import { ExecuteCaseCommandHandler, MAX_CONFLICT_RETRIES } from './execute-case-command.handler.js';

const CASE_ID = '0b7c2f1e-5a3d-4c61-9a8e-1f2d3c4b5a60';
const actor = { userId: 'cw-kaltim', role: 'caseworker', agency: 'UPTD-PPA-64' } as const;
const now = '2025-03-03T08:00:00.000Z';
const open = {
  type: 'OpenCase',
  data: { caseId: CASE_ID, channel: 'port', reporterType: 'government_agency', districtCode: '6503' },
  metadata: { actor, now },
} as CaseCommand;
const context = { actor, now, correlationId: 'corr-1', commandId: '6f1c1e7a-9a55-4e1e-8f37-2b2a1d0c9e11' };

/** A store whose appends always lose the race: every read sees an empty stream. */
function alwaysConflicting(appended: NewEvent[][]): EventStore {
  return {
    readStream: async (): Promise<StoredEvent[]> => [],
    append: async (stream: string, events: readonly NewEvent[]): Promise<AppendResult> => {
      appended.push([...events]);
      throw new WrongExpectedRevisionError(stream, 'no_stream', 0);
    },
  } as unknown as EventStore;
}

describe('the case command handler', () => {
  it('re-reads and re-decides on a revision conflict, then answers CASE.CONCURRENT_UPDATE', async () => {
    const appended: NewEvent[][] = [];
    const handler = new ExecuteCaseCommandHandler(
      alwaysConflicting(appended),
      new InMemoryAgencyDirectory([{ code: 'UPTD-PPA-64', type: 'uptd_ppa', provinceCode: '64', active: true, mergedInto: null }]),
    );
    const error = await handler.execute(new ExecuteCaseCommand(open, context)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, code: 'CASE.CONCURRENT_UPDATE' });
    expect(appended).toHaveLength(MAX_CONFLICT_RETRIES + 1);
    // Every attempt carries the same event ids, derived from the command id.
    expect(new Set(appended.map((events) => events[0]!.id)).size).toBe(1);
    expect(appended[0]![0]!.metadata).toMatchObject({ actor: 'cw-kaltim', commandId: context.commandId, causationId: null, occurredAt: now });
  });
});
