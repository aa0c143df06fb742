import type { ExpectedRevision, NewEvent } from './event-store.js';
import { InvalidAppendError } from './errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REQUIRED_METADATA = ['actor', 'role', 'agency', 'correlationId', 'commandId', 'occurredAt'] as const;

/** The same input rules on every adapter, so a bad append fails the same way everywhere. */
export function validateAppend(streamName: string, events: readonly NewEvent[], expected: ExpectedRevision): void {
  if (typeof streamName !== 'string' || streamName.length === 0 || streamName.length > 200 || streamName.startsWith('$')) {
    throw new InvalidAppendError('stream name must be 1-200 characters and must not start with $');
  }
  if (
    !(expected === 'any' || expected === 'no_stream' || expected === 'stream_exists') &&
    !(typeof expected === 'number' && Number.isSafeInteger(expected) && expected >= 0)
  ) {
    throw new InvalidAppendError(`expected revision must be any, no_stream, stream_exists or a revision >= 0`);
  }
  const ids = new Set<string>();
  for (const [i, event] of events.entries()) {
    if (typeof event.id !== 'string' || !UUID.test(event.id)) throw new InvalidAppendError(`event ${i}: id must be a UUID`);
    const id = event.id.toLowerCase();
    if (ids.has(id)) throw new InvalidAppendError(`event ${i}: id ${id} appears twice in one append`);
    ids.add(id);
    if (typeof event.type !== 'string' || event.type.length === 0 || event.type.length > 200) {
      throw new InvalidAppendError(`event ${i}: type must be 1-200 characters`);
    }
    if (event.data === null || typeof event.data !== 'object' || Array.isArray(event.data)) {
      throw new InvalidAppendError(`event ${i}: data must be an object`);
    }
    const metadata = event.metadata as unknown as Record<string, unknown> | null;
    if (metadata === null || typeof metadata !== 'object') throw new InvalidAppendError(`event ${i}: metadata is required`);
    for (const field of REQUIRED_METADATA) {
      if (typeof metadata[field] !== 'string' || (metadata[field] as string).length === 0) {
        throw new InvalidAppendError(`event ${i}: metadata.${field} is required`);
      }
    }
    if (Number.isNaN(Date.parse(metadata.occurredAt as string))) {
      throw new InvalidAppendError(`event ${i}: metadata.occurredAt must be an ISO-8601 time`);
    }
    if (metadata.causationId !== null && metadata.causationId !== undefined && typeof metadata.causationId !== 'string') {
      throw new InvalidAppendError(`event ${i}: metadata.causationId must be a string or null`);
    }
  }
}
