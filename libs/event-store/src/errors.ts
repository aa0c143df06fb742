import type { ExpectedRevision } from './event-store.js';

/** The stream was not at the revision the writer expected: someone else wrote first. */
export class WrongExpectedRevisionError extends Error {
  readonly code = 'EVENT_STORE.WRONG_EXPECTED_REVISION';
  constructor(
    readonly streamName: string,
    readonly expected: ExpectedRevision,
    /** Revision of the stream's last event, -1 when the stream does not exist, null when not known. */
    readonly actual: number | null,
  ) {
    const found = actual === null ? 'another writer first' : actual === -1 ? 'no stream' : `revision ${actual}`;
    super(`stream ${streamName}: expected revision ${String(expected)}, found ${found}`);
    this.name = 'WrongExpectedRevisionError';
  }
}

/** Some, but not all, event ids of an append were already stored, or stored in another stream. */
export class EventIdConflictError extends Error {
  readonly code = 'EVENT_STORE.EVENT_ID_CONFLICT';
  constructor(
    readonly streamName: string,
    readonly eventIds: readonly string[],
  ) {
    super(`stream ${streamName}: event ids already stored elsewhere or as a different batch: ${eventIds.join(', ')}`);
    this.name = 'EventIdConflictError';
  }
}

/** The command id was claimed by an append that asked something else (another fingerprint): nothing was appended. */
export class CommandClaimConflictError extends Error {
  readonly code = 'EVENT_STORE.COMMAND_CLAIMED';
  constructor(readonly commandId: string) {
    super(`command ${commandId} was claimed for a different request`);
    this.name = 'CommandClaimConflictError';
  }
}

/** The store cannot be reached; the caller may retry later (HTTP 503). */
export class EventStoreUnavailableError extends Error {
  readonly code = 'EVENT_STORE.UNAVAILABLE';
  constructor(cause: unknown) {
    super('event store unavailable', { cause });
    this.name = 'EventStoreUnavailableError';
  }
}

export class InvalidAppendError extends Error {
  readonly code = 'EVENT_STORE.INVALID_APPEND';
  constructor(message: string) {
    super(message);
    this.name = 'InvalidAppendError';
  }
}
