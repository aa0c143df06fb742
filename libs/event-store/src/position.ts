/**
 * A place in the global log. PostgreSQL: commit = the appending transaction's id, prepare = the
 * row's sequence number; EventStoreDB: its own commit/prepare log positions. Ordered by commit, then prepare.
 */
export interface Position {
  commit: bigint;
  prepare: bigint;
}

export const START: Position = Object.freeze({ commit: 0n, prepare: 0n });

export function comparePositions(a: Position, b: Position): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}

export function maxPosition(a: Position, b: Position): Position {
  return comparePositions(a, b) >= 0 ? a : b;
}

/** Text form for HTTP headers and checkpoints: `<commit>-<prepare>`. */
export function formatPosition(p: Position): string {
  return `${p.commit}-${p.prepare}`;
}

export function parsePosition(text: string): Position {
  const match = /^(\d{1,20})-(\d{1,20})$/.exec(text.trim());
  if (!match) throw new InvalidPositionError(text);
  return { commit: BigInt(match[1]), prepare: BigInt(match[2]) };
}

export class InvalidPositionError extends Error {
  readonly code = 'EVENT_STORE.INVALID_POSITION';
  constructor(readonly text: string) {
    super(`"${text.slice(0, 50)}" is not a log position (expected <commit>-<prepare>, e.g. 1234-56)`);
    this.name = 'InvalidPositionError';
  }
}
