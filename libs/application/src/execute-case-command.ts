import {
  agenciesNamedBy,
  transitPointsNamedBy,
  usersNamedBy,
  caseStreamName,
  decide,
  foldCase,
  type Actor,
  type CaseCommand,
  type CaseEvent,
  type ResolvedAgencies,
  type SealedValue,
  registrationSeries,
} from '@rujukan/domain';
import type { AgencyDirectory } from './agency-directory.js';
import { CommandClaimConflictError, formatPosition, WrongExpectedRevisionError, type EventStore, type NewEvent } from '@rujukan/event-store';
import { extendKnownCase, type CaseStateCache, type KnownCase } from './case-state-cache.js';
import { derivedUuid } from './derived-id.js';
import { resolveMous } from './mous/resolve-mous.js';

/** What the caller adds to a command: who acts, under which ids, and when. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface CommandContext {
  actor: Actor;
  correlationId: string;
  /** Stable across retries of one request, so its events are stored once. */
  commandId: string;
  /** ISO 8601 time the command was issued. */
  now: string;
  /** The revision the client last saw (If-Match); when given, a moved stream is a conflict with no retry. */
  expectedRevision?: number;
  /**
   * A hash of what the request asked, when its command id came from an Idempotency-Key: the id is claimed with it in
   * the append's own statement, and a later command under the same id that asks something else is refused
   * (CommandClaimConflictError) instead of being answered with the first one's result.
   */
  fingerprint?: string;
  /**
   * The case id is new (derived from this command's id): the stream is taken as empty without reading it. Should it
   * exist after all (a retry), the append at `no_stream` says so and the command reads the stream, as after any conflict.
   */
  newCase?: boolean;
}

export interface CaseCommandResult {
  caseId: string;
  /** Revision of the case stream's last event after the command. */
  revision: number;
  /** Global position of that event, `commit-prepare`; pass it as X-Min-Position to read your own write. */
  position: string;
  /** Set when the command had been appended before (a retry or a duplicate): nothing new was appended. Not part of an answer's body. */
  replayed?: true;
}

export const MAX_CONFLICT_RETRIES = 3;
/** Cases opened at once in one series each take the next number; every round lets at least one through. */
const MAX_REGISTRATION_RACES = 64;

/**
 * Values sealed only once the command is accepted: the command carries a placeholder object where each goes, so a
 * refused command (404, 403, a rule of the case) makes no key and writes nothing. Its events get the real values.
 */
export interface DeferredSealing {
  /**
   * Each placeholder (by identity) with its sealed value, once `decide` accepted the command. `identityErased` is
   * what the case the command was decided on says (its revision is the one appended at): when erased, nothing is
   * sealed under a key. Called again only if a re-decided case says otherwise.
   */
  seal(decidedOn: { identityErased: boolean }): Promise<ReadonlyMap<SealedValue, unknown>>;
}

/** The case moved while the command was decided, more often than retries allow (or past If-Match). */
export class ConcurrentUpdateError extends Error {
  readonly code = 'CASE.CONCURRENT_UPDATE';
  constructor(
    readonly caseId: string,
    readonly expectedRevision: number,
    readonly actualRevision: number | null,
  ) {
    super('the case changed while the command was being decided; read it again and retry');
    this.name = 'ConcurrentUpdateError';
  }
}

/**
 * Runs one case command: read the stream, fold, decide, append at the revision read; on a conflict
 * re-read and re-decide. Event ids derive from the command id, so a retried command appends nothing twice.
 *
 * With a cache, a case this process decided recently is not read again: the command is decided on what the
 * cache holds and appended at its revision. If another process moved the stream meanwhile, that append
 * fails on the expected revision and the command reads the events after the cached revision, as any
 * conflict would; an append that failed only because the cache was behind does not count against the retries.
 */
export async function executeCaseCommand(...args: Parameters<typeof executeOnce>): Promise<CaseCommandResult> {
  const command = args[2];
  if (command.type !== 'OpenCase') return executeOnce(...args);
  // Cases an agency opens at the same time would each take the next registration number and all but one lose
  // the race at the append (a unique violation, a new read, a new decision): one agency's openings in this
  // process go one after another. Other processes, and agencies of one province, still race and retry.
  return openingsInTurn.run(command.metadata.actor.agency, () => executeOnce(...args));
}

/** Tasks of one key run one after another, in the order they came; tasks of different keys run side by side. */
export class KeyedTurns {
  private readonly tails = new Map<string, Promise<void>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const before = this.tails.get(key) ?? Promise.resolve();
    const result = before.then(task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Keys with a task running or waiting (for specs). */
  get busyKeys(): number {
    return this.tails.size;
  }
}

const openingsInTurn = new KeyedTurns();

async function executeOnce(
  store: EventStore,
  directory: AgencyDirectory,
  command: CaseCommand,
  context: CommandContext,
  cache?: CaseStateCache,
  sealing?: DeferredSealing,
): Promise<CaseCommandResult> {
  const { caseId } = command.data;
  const stream = caseStreamName(caseId);
  let conflicts = 0;
  let registrationRaces = 0;
  let mustRead = false;
  let sealed: { erased: boolean; values: ReadonlyMap<SealedValue, unknown> } | undefined;
  for (;;) {
    const decision = await decideOnKnown(store, directory, command, context, cache, mustRead);
    // A retry whose first attempt was appended (but never answered) returns that attempt's result, if it asked the same.
    if (decision.kind === 'appended') {
      if (context.fingerprint !== undefined) {
        const claimed = await store.commandClaim(context.commandId);
        if (claimed !== null && claimed !== context.fingerprint) throw new CommandClaimConflictError(context.commandId);
      }
      return { ...decision.result, replayed: true };
    }
    const { known, fromCache } = decision;
    if (sealing) {
      const erased = known.state.exists && known.state.identityErased;
      if (sealed?.erased !== erased) sealed = { erased, values: await sealing.seal({ identityErased: erased }) };
    }
    const events = sealed ? decision.events.map((event) => withSealedValues(event, sealed!.values)) : decision.events;
    try {
      const claim = context.fingerprint === undefined ? undefined : { commandId: context.commandId, fingerprint: context.fingerprint };
      const result = await store.append(stream, events.map(toNewEvent(context)), known.revision < 0 ? 'no_stream' : known.revision, { claim });
      if (result.duplicate) {
        // Appended before, past what this process knew: let the case go, the next command reads it whole.
        cache?.forget(stream);
      } else if (cache) {
        const commands = new Map(known.commands).set(context.commandId, { revision: result.nextExpectedRevision, position: result.position });
        cache.remember(stream, { revision: result.nextExpectedRevision, state: foldCase(events, known.state), commands });
      }
      const answer: CaseCommandResult = { caseId, revision: result.nextExpectedRevision, position: formatPosition(result.position) };
      return result.duplicate ? { ...answer, replayed: true } : answer;
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
      mustRead = true;
      // A new case whose stream is still empty lost the race for its registration number: decide it again with the next.
      if (command.type === 'OpenCase' && (error.actual ?? -1) < 0 && registrationRaces++ < MAX_REGISTRATION_RACES) continue;
      // A cache behind another process's appends is not the client's conflict: read what it missed and
      // decide again (with If-Match, the read shows whether the client's revision is still the stream's).
      if (fromCache) continue;
      if (context.expectedRevision !== undefined || conflicts++ >= MAX_CONFLICT_RETRIES) {
        throw new ConcurrentUpdateError(caseId, known.revision, error.actual);
      }
    }
  }
}

type Decision = { kind: 'appended'; result: CaseCommandResult } | { kind: 'decided'; known: KnownCase; events: CaseEvent[]; fromCache: boolean };

/**
 * The command decided on the case: on the cached copy when there is one the caller has no reason to doubt,
 * else on the stream (the whole of it, or what follows the copy). Only the stream may refuse: a refusal
 * decided on a copy (a consent another process recorded is missing from it) is decided again after a read.
 */
async function decideOnKnown(
  store: EventStore,
  directory: AgencyDirectory,
  command: CaseCommand,
  context: CommandContext,
  cache: CaseStateCache | undefined,
  mustRead: boolean,
): Promise<Decision> {
  const { caseId } = command.data;
  const stream = caseStreamName(caseId);
  for (;;) {
    let known = cache?.get(stream);
    const assumedNew = known === undefined && !mustRead && context.newCase === true && context.expectedRevision === undefined;
    if (assumedNew) known = extendKnownCase(undefined, []);
    // The client's If-Match past the copy says the stream moved: read what follows.
    const fromCache =
      assumedNew || (known !== undefined && !mustRead && (context.expectedRevision === undefined || context.expectedRevision <= known.revision));
    if (!fromCache) {
      known = extendKnownCase(known, await store.readStream(stream, known ? { fromRevision: known.revision + 1 } : {}));
      cache?.remember(stream, known);
    }
    const case_ = known!;
    const earlier = case_.commands.get(context.commandId);
    if (earlier) return { kind: 'appended', result: { caseId, revision: earlier.revision, position: formatPosition(earlier.position) } };
    // The copy's revision is never past the stream's, so an If-Match behind the copy is behind the stream.
    if (context.expectedRevision !== undefined && context.expectedRevision !== case_.revision) {
      throw new ConcurrentUpdateError(caseId, context.expectedRevision, case_.revision);
    }
    // The directory, never the request, says who each named agency is: whatever the caller put here is replaced.
    const agencies = await directory.resolve(agenciesNamedBy(command, case_.state));
    // So with users: an assignee is who the directory says, never who the request says.
    const namedUsers = usersNamedBy(command);
    const users = namedUsers.length > 0 ? await directory.resolveUsers(namedUsers) : {};
    const registrationSeq = command.type === 'OpenCase' ? await nextRegistrationSeq(directory, command, agencies) : undefined;
    // And the MoU a transfer rests on is what the register's stream says, never what the request says.
    const mouId = command.type === 'RequestTransfer' ? command.data.mouId : undefined;
    const mous = typeof mouId === 'string' && UUID.test(mouId) ? await resolveMous(store, [mouId]) : {};
    // And a transit point's port is what the ports list holds.
    const namedPorts = transitPointsNamedBy(command);
    const ports = namedPorts.length > 0 ? await directory.resolvePorts(namedPorts) : {};
    const resolved = { ...command, metadata: { ...command.metadata, agencies, users, registrationSeq, mous, ports } } as CaseCommand;
    try {
      return { kind: 'decided', known: case_, events: decide(resolved, case_.state), fromCache };
    } catch (error) {
      if (!fromCache) throw error;
      mustRead = true;
    }
  }
}

/** The number a case opened by this command would get; none when the directory does not know the owner (decide refuses it). */
async function nextRegistrationSeq(directory: AgencyDirectory, command: CaseCommand, agencies: ResolvedAgencies): Promise<number | undefined> {
  const owner = Object.hasOwn(agencies, command.metadata.actor.agency) ? agencies[command.metadata.actor.agency] : undefined;
  if (!owner) return undefined;
  return directory.nextRegistrationSeq(registrationSeries(owner.provinceCode, command.metadata.now));
}

/** `event` with each placeholder object replaced by its sealed value; a placeholder left over (copied, not passed on) is a bug. */
function withSealedValues(event: CaseEvent, sealed: ReadonlyMap<SealedValue, unknown>): CaseEvent {
  const placeholders = new Set([...sealed.keys()].map((placeholder) => placeholder.$sealed));
  const walk = (node: unknown): unknown => {
    if (node === null || typeof node !== 'object') return node;
    if (sealed.has(node as SealedValue)) return sealed.get(node as SealedValue);
    if (placeholders.has((node as SealedValue).$sealed)) throw new Error(`${event.type} carries a copy of a sealing placeholder`);
    if (Array.isArray(node)) return node.map(walk);
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, walk(value)]));
  };
  return { ...event, data: walk(event.data) } as CaseEvent;
}

function toNewEvent(context: CommandContext) {
  return (event: CaseEvent, index: number): NewEvent => ({
    id: derivedUuid(context.commandId, String(index)),
    type: event.type,
    data: event.data as unknown as Record<string, unknown>,
    metadata: {
      actor: context.actor.userId,
      role: context.actor.role,
      agency: context.actor.agency,
      correlationId: context.correlationId,
      causationId: null,
      commandId: context.commandId,
      occurredAt: context.now,
    },
  });
}
