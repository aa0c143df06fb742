import type { EventLookup } from './event-store.js';

const PLAIN_NAME = /^[A-Za-z][A-Za-z0-9]{0,99}$/;

/** The lookup's type and field, checked to be plain names: PostgreSQL writes them into its statement as literals. */
export function validateLookup(lookup: EventLookup): EventLookup {
  for (const name of [lookup.type, lookup.field]) {
    if (!PLAIN_NAME.test(name)) throw new RangeError(`not a plain name: ${JSON.stringify(name)}`);
  }
  return lookup;
}
