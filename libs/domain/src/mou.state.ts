import type { MouParty, MouScope } from './mou.events.js';

/** An MoU as the register's events fold it: what a transfer naming it is checked against. */
export type MouState =
  | { exists: false }
  | {
      exists: true;
      mouId: string;
      recordedBy: string;
      parties: readonly MouParty[];
      scopes: readonly MouScope[];
      signedOn: string;
      expiresOn: string | null;
      terminatedOn: string | null;
      version: number;
    };

/** Whether an MoU is in force on a day (YYYY-MM-DD): signed by then, not expired (the expiry day counts) and not terminated. */
export function mouInForce(state: MouState, day: string): boolean {
  return (
    state.exists && state.signedOn <= day && (state.expiresOn === null || day <= state.expiresOn) && (state.terminatedOn === null || day < state.terminatedOn)
  );
}
