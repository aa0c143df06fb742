import { recordedInstant } from '@rujukan/domain';

/**
 * A time an event carries, as the instant a read model stores (UTC ISO). Events recorded before the strict parser
 * may carry a value JavaScript read leniently (`2027-02-30T00:00:00Z`): it is read as the rules read it. A value with
 * no instant a timestamptz column holds cannot be projected: the event is parked, and the rest goes on.
 */
export function storedInstant(value: unknown, field: string): string {
  const instant = recordedInstant(value);
  if (instant === null) throw new UnprojectableTimeError(field);
  return instant;
}

export class UnprojectableTimeError extends Error {
  override readonly name = 'UnprojectableTimeError';
  constructor(field: string) {
    super(`${field} holds no time a read model can store`);
  }
}
