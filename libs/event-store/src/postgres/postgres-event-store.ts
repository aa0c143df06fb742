import pg from 'pg';
import {
  EventStore,
  type AppendOptions,
  type AppendResult,
  type CommandClaim,
  type EventLookup,
  type ExpectedRevision,
  type GlobalFilter,
  type GlobalPage,
  type NewEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type StoredEvent,
  type StreamHead,
  type SubscribeOptions,
  type Subscription,
} from '../event-store.js';
import { CommandClaimConflictError, EventIdConflictError, EventStoreUnavailableError, InvalidAppendError, WrongExpectedRevisionError } from '../errors.js';
import { isConnectionError } from '../connection-errors.js';
import { clientReportingErrors } from './client-errors.js';
import { START, comparePositions, type Position } from '../position.js';
import { PollingSubscription, Wakeup } from '../subscription.js';
import { validateAppend } from '../validate-append.js';
import { validateLookup } from '../validate-lookup.js';
import { canonicalEvent, storedMetadata, type CanonicalEvent } from '../hash-chain.js';

export type NotifyMode = 'after-commit' | 'in-transaction' | 'off';

export interface PostgresEventStoreOptions {
  connectionString: string;
  poolSize?: number;
  /**
   * `after-commit` (default): one coalesced NOTIFY per process after appends commit, so appends never
   * queue on the notification lock; `in-transaction`: NOTIFY inside every append (kept for benchmarks);
   * `off`: subscribers poll only.
   */
  notify?: NotifyMode;
  /** How often a subscriber polls when no notification arrives. */
  pollIntervalMs?: number;
  /** Least time between two NOTIFYs of this process; appends in between share the next one. */
  notifyIntervalMs?: number;
  channel?: string;
  /** Called with errors the store recovers from by itself (a dropped LISTEN connection, a failed NOTIFY). */
  onRecoverableError?: (error: unknown) => void;
}

interface EventRow {
  global_position: string;
  transaction_id: string;
  stream_name: string;
  revision: string;
  event_id: string;
  type: string;
  data: Record<string, unknown>;
  metadata: StoredEvent['metadata'];
  recorded_at: Date;
  hash: string;
}

interface AppendedRow {
  global_position: string;
  transaction_id: string;
  revision: string;
}

// Text casts keep bigint and xid8 exact in JS; ORDER BY must then name e.<column>, or it sorts the text.
const EVENT_COLUMNS = `e.global_position::text, e.transaction_id::text, e.stream_name, e.revision::text, e.event_id::text,
  e.type, e.data, e.metadata, e.recorded_at, encode(e.hash, 'hex') AS hash`;

// The hash chain (see ../hash-chain.ts): each event links to the one before it in its stream. The content
// hashes come from the caller ($7); the links are made here, from the stored predecessor, in the same
// statement, so an append stays one round trip and two racing appends can never both link to one event.
const GENESIS = `decode(repeat('00', 32), 'hex')`;
const MILLIS = `int8send((extract(epoch FROM s.at) * 1000)::bigint)`;
const STAMP = `stamp AS (SELECT date_trunc('milliseconds', now()) AS at)`;

// `any` and `stream_exists` read the stream's head; the head's revision + n is the new revision.
const BASE_AFTER_HEAD = `
  head AS (
    SELECT revision, hash FROM events WHERE stream_name = $1 ORDER BY revision DESC LIMIT 1
  ), base AS (
    SELECT coalesce((SELECT revision FROM head), -1) AS revision, coalesce((SELECT hash FROM head), ${GENESIS}) AS hash
    WHERE $6::text = 'any' OR EXISTS (SELECT 1 FROM head)
  )`;

// An exact revision (-1 for no_stream) needs no head: the event at that revision must exist, and the
// unique (stream, revision) constraint refuses the insert when the stream has moved past it.
const BASE_AT_REVISION = `
  previous AS (
    SELECT hash FROM events WHERE stream_name = $1 AND revision = $6::bigint
  ), base AS (
    SELECT $6::bigint AS revision, CASE WHEN $6::bigint = -1 THEN ${GENESIS} ELSE (SELECT hash FROM previous) END AS hash
    WHERE $6::bigint = -1 OR EXISTS (SELECT 1 FROM previous)
  )`;

// Most commands append one event: scalar parameters and one link, no recursion.
const INSERT_ONE = `
  inserted AS (
    INSERT INTO events (stream_name, revision, event_id, type, data, metadata, recorded_at, hash)
    SELECT $1, base.revision + 1, $2::uuid, $3::text, $4::jsonb, $5::jsonb, s.at,
           sha256(base.hash || $7::bytea || int8send(base.revision + 1) || ${MILLIS})
    FROM base CROSS JOIN stamp s
    RETURNING global_position, transaction_id, revision
  )`;

// Several events: each links to the one before it, in order.
const INSERT_MANY = `
  input AS (
    SELECT * FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $7::bytea[]) WITH ORDINALITY AS e(event_id, type, data, metadata, content, ord)
  ), chain AS (
    SELECT 0::bigint AS ord, base.revision, base.hash FROM base
    UNION ALL
    SELECT i.ord, c.revision + 1, sha256(c.hash || i.content || int8send(c.revision + 1) || ${MILLIS})
    FROM chain c JOIN input i ON i.ord = c.ord + 1 CROSS JOIN stamp s
  ), inserted AS (
    INSERT INTO events (stream_name, revision, event_id, type, data, metadata, recorded_at, hash)
    SELECT $1, c.revision, i.event_id, i.type, i.data::jsonb, i.metadata::jsonb, s.at, c.hash
    FROM chain c JOIN input i ON i.ord = c.ord CROSS JOIN stamp s
    ORDER BY i.ord
    RETURNING global_position, transaction_id, revision
  )`;

// The command's claim (see AppendOptions) commits with its events or not at all: it is written only when the
// events are, and a unique violation on either aborts both. $8 its id, $9 the request's fingerprint.
const CLAIM = `, claimed AS (
    INSERT INTO command_claims (command_id, fingerprint, stream_name, revision)
    SELECT $8::uuid, $9::text, $1, max(revision) FROM inserted HAVING count(*) > 0
  )`;

const RETURN_APPENDED = `SELECT global_position::text, transaction_id::text, revision::text FROM inserted`;
const returnAppendedAndNotify = (channel: string) => `SELECT global_position::text, transaction_id::text, revision::text,
  pg_notify(${channel}, global_position::text) FROM inserted`;

type StatementKey = `${'one' | 'many'}:${'head' | 'revision'}:${'notify' | 'quiet'}:${'claim' | 'free'}`;

/** Named, so each connection plans a statement once: planning costs more than executing it. */
function appendStatement(key: StatementKey): { name: string; text: string } {
  const [count, base, notify, claim] = key.split(':');
  const text = `WITH RECURSIVE ${STAMP}, ${base === 'head' ? BASE_AFTER_HEAD : BASE_AT_REVISION}, ${count === 'one' ? INSERT_ONE : INSERT_MANY}
    ${claim === 'claim' ? CLAIM : ''}
    ${notify === 'notify' ? returnAppendedAndNotify(claim === 'claim' ? '$10' : '$8') : RETURN_APPENDED}`;
  return { name: `rujukan_append_${count}_${base}_${notify}_${claim}`, text };
}

const STATEMENTS = new Map<StatementKey, { name: string; text: string }>();
function statementFor(key: StatementKey): { name: string; text: string } {
  let statement = STATEMENTS.get(key);
  if (!statement) STATEMENTS.set(key, (statement = appendStatement(key)));
  return statement;
}

const VISIBLE_HORIZON = `(SELECT pg_snapshot_xmin(pg_current_snapshot()))`;

const MAX_ANY_RETRIES = 20;

/** Every store's LISTEN connection names itself so, so a writer can tell whether anyone would hear a NOTIFY. */
const LISTENER_APPLICATION_NAME = 'rujukan-listener';
/** How often a writer looks again whether another connection listens (a cheap look, never on the request path). */
const LISTENERS_RECHECK_MS = 1000;

/**
 * The event store on PostgreSQL (a server, or the embedded one: same SQL, only the URL differs).
 * One append is one statement, so one transaction and one round trip.
 */
export class PostgresEventStore extends EventStore {
  readonly pool: pg.Pool;
  private readonly notifyMode: NotifyMode;
  private readonly channel: string;
  private readonly pollIntervalMs: number;
  private readonly notifyIntervalMs: number;
  private readonly wakeup = new Wakeup();
  private readonly onRecoverableError: (error: unknown) => void;
  private notifyInFlight: Promise<void> | null = null;
  private notifyPending: bigint | null = null;
  private listener: pg.Client | null = null;
  /** The backend of this store's own LISTEN connection: not "another process" to notify. */
  private listenerPid = 0;
  /** Whether some other connection LISTENs (as last looked); unknown counts as yes. */
  private othersListen = true;
  private listenersCheckedAt = -Infinity;
  private listenersCheck: Promise<void> | null = null;
  private listenerStarting: Promise<void> | null = null;
  private listenerRetry: NodeJS.Timeout | null = null;
  private readonly subscriptions = new Set<PollingSubscription>();
  private closed = false;

  constructor(private readonly options: PostgresEventStoreOptions) {
    super();
    this.pool = new pg.Pool({
      connectionString: options.connectionString,
      max: options.poolSize ?? 10,
      application_name: 'rujukan-event-store',
      // A checked-out connection the server ends between statements must not take the process down.
      Client: clientReportingErrors((error) => this.onRecoverableError(error)),
    });
    // An idle client dropped by the server must not crash the process; the next query reconnects.
    this.pool.on('error', (error) => this.onRecoverableError(error));
    this.notifyMode = options.notify ?? 'after-commit';
    this.channel = options.channel ?? 'rujukan_events';
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.notifyIntervalMs = options.notifyIntervalMs ?? 5;
    this.onRecoverableError = options.onRecoverableError ?? (() => undefined);
  }

  async append(streamName: string, events: readonly NewEvent[], expected: ExpectedRevision, options: AppendOptions = {}): Promise<AppendResult> {
    const result = await this.appendOn(this.pool, streamName, events, expected, options.claim);
    if (!result.duplicate && events.length > 0) this.announce(result.position.prepare);
    return result;
  }

  /**
   * Appends inside the caller's open transaction (with other writes that must commit with the events).
   * Subscribers see the events once that transaction commits; call `announceCommitted` then to wake them.
   */
  appendInTransaction(client: pg.ClientBase, streamName: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    return this.appendOn(client, streamName, events, expected);
  }

  announceCommitted(result: AppendResult): void {
    if (!result.duplicate) this.announce(result.position.prepare);
  }

  async commandClaim(commandId: string): Promise<string | null> {
    const { rows } = await this.query<{ fingerprint: string }>(`SELECT fingerprint FROM command_claims WHERE command_id = $1`, [commandId]);
    return rows[0]?.fingerprint ?? null;
  }

  private async appendOn(
    db: pg.Pool | pg.ClientBase,
    streamName: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
    claim?: CommandClaim,
  ): Promise<AppendResult> {
    validateAppend(streamName, events, expected);
    if (events.length === 0) return this.appendNothing(db, streamName, expected);

    const ids = events.map((e) => e.id);
    const atRevision = expected === 'no_stream' || typeof expected === 'number';
    const one = events.length === 1;
    // Each event canonicalised once: the texts stored as jsonb are the texts its content hash covers.
    const canonical = events.map((e) => canonicalEvent(streamName, e.id, e.type, e.data, storedMetadata(e.metadata)));
    const column = <T>(f: (e: NewEvent, c: CanonicalEvent) => T): T | T[] => (one ? f(events[0], canonical[0]) : events.map((e, i) => f(e, canonical[i])));
    const params: unknown[] = [
      streamName,
      column((e) => e.id),
      column((e) => e.type),
      column((_, c) => c.data),
      column((_, c) => c.metadata),
      expected === 'no_stream' ? -1 : expected,
      column((_, c) => c.content),
    ];
    if (claim) params.push(claim.commandId, claim.fingerprint);
    const notify = this.notifyMode === 'in-transaction';
    if (notify) params.push(this.channel);
    const statement = statementFor(`${one ? 'one' : 'many'}:${atRevision ? 'revision' : 'head'}:${notify ? 'notify' : 'quiet'}:${claim ? 'claim' : 'free'}`);

    for (let attempt = 0; ; attempt++) {
      let rows: AppendedRow[] = [];
      let uniqueViolation: string | null = null;
      try {
        rows = (await this.query<AppendedRow>(statement, params, db)).rows;
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        uniqueViolation = error.constraint ?? 'unknown';
      }
      if (rows.length === events.length) {
        rows.sort((a, b) => Number(a.revision) - Number(b.revision));
        const last = rows[rows.length - 1];
        const position = { commit: BigInt(last.transaction_id), prepare: BigInt(last.global_position) };
        return { streamName, nextExpectedRevision: Number(last.revision), position, duplicate: false };
      }
      // Inside a caller's transaction a failed statement aborts it: report, and let the caller roll back.
      if (db !== this.pool && uniqueViolation) throw new WrongExpectedRevisionError(streamName, expected, null);
      // A claimed command answers from what its first append wrote, whatever was decided this time.
      const claimed = claim ? await this.claimedAppend(db, claim) : null;
      if (claimed) return claimed;
      const original = await this.findOriginalAppend(db, streamName, ids);
      if (original) return original;
      const actual = await this.currentRevision(db, streamName);
      // `any` only loses a race on the next revision number: take the new head and try again.
      if (expected === 'any' && uniqueViolation === 'events_stream_revision_key' && attempt < MAX_ANY_RETRIES) continue;
      throw new WrongExpectedRevisionError(streamName, expected, actual);
    }
  }

  async readStream(streamName: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    const backwards = options.direction === 'backwards';
    const sql = backwards
      ? `SELECT ${EVENT_COLUMNS} FROM events e
         WHERE e.stream_name = $1 AND e.revision <= coalesce($2::bigint, 9223372036854775807)
           AND ($3::timestamptz IS NULL OR e.recorded_at <= $3)
         ORDER BY e.revision DESC LIMIT $4`
      : `SELECT ${EVENT_COLUMNS} FROM events e
         WHERE e.stream_name = $1 AND e.revision >= coalesce($2::bigint, 0)
           AND ($3::timestamptz IS NULL OR e.recorded_at <= $3)
         ORDER BY e.revision ASC LIMIT $4`;
    const { rows } = await this.query<EventRow>(sql, [streamName, options.fromRevision ?? null, options.until ?? null, options.maxCount ?? null]);
    return rows.map(toStoredEvent);
  }

  async findEvent(lookup: EventLookup): Promise<StoredEvent | null> {
    validateLookup(lookup);
    // Type and field are written as literals so the planner can match a partial expression index on them
    // (events_referral_sent_idx, events_transfer_requested_idx).
    const sql = `SELECT ${EVENT_COLUMNS} FROM events e
      WHERE e.type = '${lookup.type}' AND e.data->>'${lookup.field}' = $1
      ORDER BY e.transaction_id, e.global_position LIMIT 1`;
    const { rows } = await this.query<EventRow>(sql, [lookup.value]);
    return rows[0] ? toStoredEvent(rows[0]) : null;
  }

  async readAll(options: ReadAllOptions = {}): Promise<GlobalPage> {
    const after = options.after ?? START;
    const maxCount = options.maxCount ?? 500;
    const filter = normaliseFilter(options.filter);
    if (!filter) {
      const events = await this.readVisible(this.pool, after, maxCount, null);
      return {
        events,
        next: events.length > 0 ? events[events.length - 1].position : after,
        endOfLog: events.length < maxCount,
      };
    }
    // A filtered page must also say how far it looked, and both answers need one snapshot: one statement
    // gives both (a transaction around two statements cost four round trips per page).
    try {
      // Named: each connection plans it once (every projection sends it after every live interval).
      const { rows } = await this.pool.query<Partial<EventRow> & { head_commit: string; head_prepare: string }>({
        name: 'rujukan_filtered_page',
        text: `WITH horizon AS (SELECT ${VISIBLE_HORIZON} AS xmin),
         page AS (
           SELECT ${EVENT_COLUMNS} FROM events e, horizon h
           WHERE (e.transaction_id, e.global_position) > ($1::text::xid8, $2::bigint)
             AND e.transaction_id < h.xmin
             AND ($4::text[] IS NULL OR e.type = ANY($4::text[]))
             AND ($5::text IS NULL OR starts_with(e.stream_name, $5::text))
           ORDER BY e.transaction_id, e.global_position
           LIMIT $3),
         head AS (
           SELECT e.transaction_id::text AS head_commit, e.global_position::text AS head_prepare FROM events e, horizon h
           WHERE e.transaction_id < h.xmin
           ORDER BY e.transaction_id DESC, e.global_position DESC LIMIT 1)
         SELECT page.*, head.head_commit, head.head_prepare FROM head LEFT JOIN page ON true
         ORDER BY page.transaction_id::xid8, page.global_position::bigint`,
        values: [after.commit.toString(), after.prepare.toString(), maxCount, filter.eventTypes ?? null, filter.streamPrefix ?? null],
      });
      const events = rows.filter((row) => row.global_position != null).map((row) => toStoredEvent(row as EventRow));
      let next = events.length > 0 ? events[events.length - 1].position : after;
      if (events.length < maxCount && rows.length > 0) {
        const head = { commit: BigInt(rows[0].head_commit), prepare: BigInt(rows[0].head_prepare) };
        if (comparePositions(head, next) > 0) next = head;
      }
      return { events, next, endOfLog: events.length < maxCount };
    } catch (error) {
      throw toStoreError(error);
    }
  }

  subscribe(options: SubscribeOptions = {}): Subscription {
    if (this.closed) throw new Error('event store is closed');
    void this.ensureListener();
    const subscription = new PollingSubscription({
      readPage: (after, maxCount) => this.readAll({ after, maxCount, filter: options.filter }),
      after: options.after ?? START,
      batchSize: options.batchSize ?? 500,
      wakeup: this.wakeup,
      pollIntervalMs: this.pollIntervalMs,
      onClose: (s) => this.subscriptions.delete(s),
      isUnavailable: (error) => error instanceof EventStoreUnavailableError,
    });
    this.subscriptions.add(subscription);
    return subscription;
  }

  async headPosition(): Promise<Position | null> {
    return this.visibleHead(this.pool);
  }

  async streamHeads(): Promise<StreamHead[]> {
    const { rows } = await this.query<{ stream_name: string; revision: string; hash: string; global_position: string; transaction_id: string }>(
      `SELECT DISTINCT ON (e.stream_name) e.stream_name, e.revision::text, encode(e.hash, 'hex') AS hash,
              e.global_position::text, e.transaction_id::text
       FROM events e ORDER BY e.stream_name, e.revision DESC`,
      [],
    );
    // Ordered by code point, as every adapter orders them, whatever the database's collation.
    rows.sort((a, b) => (a.stream_name < b.stream_name ? -1 : a.stream_name > b.stream_name ? 1 : 0));
    return rows.map((r) => ({
      streamName: r.stream_name,
      revision: Number(r.revision),
      hash: r.hash,
      position: { commit: BigInt(r.transaction_id), prepare: BigInt(r.global_position) },
    }));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((s) => s.close()));
    if (this.listenerRetry) clearTimeout(this.listenerRetry);
    await this.notifyInFlight?.catch(() => undefined);
    await this.listenersCheck;
    await this.listenerStarting?.catch(() => undefined);
    await this.listener?.end().catch(() => undefined);
    await this.pool.end();
  }

  private async appendNothing(db: pg.Pool | pg.ClientBase, streamName: string, expected: ExpectedRevision): Promise<AppendResult> {
    const actual = await this.currentRevision(db, streamName);
    const ok = expected === 'any' || (expected === 'no_stream' && actual === -1) || (expected === 'stream_exists' && actual >= 0) || expected === actual;
    if (!ok) throw new WrongExpectedRevisionError(streamName, expected, actual);
    const { rows } = await this.query<AppendedRow>(
      `SELECT e.global_position::text, e.transaction_id::text, e.revision::text FROM events e
       WHERE e.stream_name = $1 ORDER BY e.revision DESC LIMIT 1`,
      [streamName],
      db,
    );
    const position = rows[0] ? { commit: BigInt(rows[0].transaction_id), prepare: BigInt(rows[0].global_position) } : START;
    return { streamName, nextExpectedRevision: actual, position, duplicate: false };
  }

  /** The append that claimed the command id first, or null; another fingerprint on the claim is a reused id. */
  private async claimedAppend(db: pg.Pool | pg.ClientBase, claim: CommandClaim): Promise<AppendResult | null> {
    const { rows } = await this.query<AppendedRow & { fingerprint: string; stream_name: string }>(
      `SELECT c.fingerprint, c.stream_name, e.revision::text, e.global_position::text, e.transaction_id::text
       FROM command_claims c JOIN events e ON e.stream_name = c.stream_name AND e.revision = c.revision
       WHERE c.command_id = $1`,
      [claim.commandId],
      db,
    );
    const row = rows[0];
    if (!row) return null;
    if (row.fingerprint !== claim.fingerprint) throw new CommandClaimConflictError(claim.commandId);
    return {
      streamName: row.stream_name,
      nextExpectedRevision: Number(row.revision),
      position: { commit: BigInt(row.transaction_id), prepare: BigInt(row.global_position) },
      duplicate: true,
    };
  }

  /** When every id is already stored, as one run in this stream, the append happened before: say so. */
  private async findOriginalAppend(db: pg.Pool | pg.ClientBase, streamName: string, ids: readonly string[]): Promise<AppendResult | null> {
    const { rows } = await this.query<AppendedRow & { stream_name: string; event_id: string }>(
      `SELECT e.stream_name, e.event_id::text, e.revision::text, e.global_position::text, e.transaction_id::text
       FROM events e WHERE e.event_id = ANY($1::uuid[]) ORDER BY e.revision`,
      [ids],
      db,
    );
    if (rows.length === 0) return null;
    const sameBatch =
      rows.length === ids.length &&
      rows.every((row, i) => row.stream_name === streamName && row.event_id === ids[i].toLowerCase() && Number(row.revision) === Number(rows[0].revision) + i);
    if (!sameBatch)
      throw new EventIdConflictError(
        streamName,
        rows.map((r) => r.event_id),
      );
    const last = rows[rows.length - 1];
    return {
      streamName,
      nextExpectedRevision: Number(last.revision),
      position: { commit: BigInt(last.transaction_id), prepare: BigInt(last.global_position) },
      duplicate: true,
    };
  }

  private async currentRevision(db: pg.Pool | pg.ClientBase, streamName: string): Promise<number> {
    const { rows } = await this.query<{ revision: string | null }>(
      `SELECT max(revision)::text AS revision FROM events WHERE stream_name = $1`,
      [streamName],
      db,
    );
    return rows[0].revision === null ? -1 : Number(rows[0].revision);
  }

  /** Only events of transactions older than every running one: a late commit can never be skipped. */
  private async readVisible(db: pg.Pool | pg.PoolClient, after: Position, maxCount: number, filter: NormalisedFilter | null): Promise<StoredEvent[]> {
    try {
      const { rows } = await db.query<EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM events e
         WHERE (e.transaction_id, e.global_position) > ($1::text::xid8, $2::bigint)
           AND e.transaction_id < ${VISIBLE_HORIZON}
           AND ($4::text[] IS NULL OR e.type = ANY($4::text[]))
           AND ($5::text IS NULL OR starts_with(e.stream_name, $5::text))
         ORDER BY e.transaction_id, e.global_position
         LIMIT $3`,
        [after.commit.toString(), after.prepare.toString(), maxCount, filter?.eventTypes ?? null, filter?.streamPrefix ?? null],
      );
      return rows.map(toStoredEvent);
    } catch (error) {
      throw toStoreError(error);
    }
  }

  private async visibleHead(db: pg.Pool | pg.PoolClient): Promise<Position | null> {
    try {
      const { rows } = await db.query<{ transaction_id: string; global_position: string }>(
        `SELECT e.transaction_id::text, e.global_position::text FROM events e
         WHERE e.transaction_id < ${VISIBLE_HORIZON}
         ORDER BY e.transaction_id DESC, e.global_position DESC LIMIT 1`,
      );
      return rows.length === 0 ? null : { commit: BigInt(rows[0].transaction_id), prepare: BigInt(rows[0].global_position) };
    } catch (error) {
      throw toStoreError(error);
    }
  }

  private async query<R extends pg.QueryResultRow>(
    sql: string | { name: string; text: string },
    params: unknown[],
    db: pg.Pool | pg.ClientBase = this.pool,
  ): Promise<pg.QueryResult<R>> {
    // Pool.query would hand any error to release(), which closes the connection: a revision conflict or a
    // reused Idempotency-Key (a unique violation, an everyday answer) would cost a new backend and a new
    // preparation of every statement. A statement the server refused, short of FATAL, leaves it usable.
    const client = db === this.pool ? await this.connect() : db;
    let broken: Error | undefined;
    try {
      return typeof sql === 'string' ? await client.query<R>(sql, params) : await client.query<R>({ ...sql, values: params });
    } catch (error) {
      if (!(error instanceof pg.DatabaseError) || error.severity === 'FATAL' || error.severity === 'PANIC') broken = error as Error;
      if (isUniqueViolation(error)) throw error;
      throw toStoreError(error);
    } finally {
      if (client !== db) (client as pg.PoolClient).release(broken);
    }
  }

  private async connect(): Promise<pg.PoolClient> {
    try {
      return await this.pool.connect();
    } catch (error) {
      throw toStoreError(error);
    }
  }

  /**
   * Wakes this process's subscribers at once and, coalesced, every other process's through NOTIFY: only when
   * another connection listens (looked up at most once per `LISTENERS_RECHECK_MS`, off the request path). A
   * listener that starts in between misses at most that long of notifications, and its subscribers poll anyway.
   */
  private announce(globalPosition: bigint): void {
    this.wakeup.signal(globalPosition);
    if (this.notifyMode !== 'after-commit') return;
    if (Date.now() - this.listenersCheckedAt >= LISTENERS_RECHECK_MS) this.checkListeners();
    if (!this.othersListen) return;
    if (this.notifyPending === null || globalPosition > this.notifyPending) this.notifyPending = globalPosition;
    if (!this.notifyInFlight) this.notifyInFlight = this.flushNotifications();
  }

  private async flushNotifications(): Promise<void> {
    try {
      while (this.notifyPending !== null && !this.closed) {
        const position = this.notifyPending;
        this.notifyPending = null;
        await this.pool.query('SELECT pg_notify($1, $2)', [this.channel, position.toString()]);
        // Each NOTIFY takes the server-wide notification lock at commit: send few, not one per append.
        await new Promise((done) => setTimeout(done, this.notifyIntervalMs));
      }
    } catch (error) {
      // Subscribers in other processes still poll; nothing is lost, only latency.
      this.onRecoverableError(error);
    } finally {
      this.notifyInFlight = null;
    }
  }

  private checkListeners(): void {
    if (this.listenersCheck || this.closed) return;
    this.listenersCheckedAt = Date.now();
    this.listenersCheck = this.pool
      .query<{ others: boolean }>({
        name: 'rujukan_other_listeners',
        text: `SELECT EXISTS (SELECT 1 FROM pg_stat_activity
                 WHERE application_name = $1 AND datname = current_database() AND pid <> $2) AS others`,
        values: [LISTENER_APPLICATION_NAME, this.listenerPid],
      })
      .then(({ rows }) => {
        this.othersListen = rows[0]?.others ?? true;
      })
      .catch((error: unknown) => {
        this.othersListen = true;
        this.onRecoverableError(error);
      })
      .finally(() => {
        this.listenersCheck = null;
      });
  }

  private ensureListener(): Promise<void> {
    if (this.notifyMode === 'off' || this.listener || this.closed) return Promise.resolve();
    this.listenerStarting ??= this.startListener().finally(() => {
      this.listenerStarting = null;
    });
    return this.listenerStarting;
  }

  private async startListener(): Promise<void> {
    const client = new pg.Client({ connectionString: this.options.connectionString, application_name: LISTENER_APPLICATION_NAME });
    const retry = (error: unknown) => {
      this.onRecoverableError(error);
      if (this.listener === client) this.listener = null;
      client.end().catch(() => undefined);
      if (!this.closed && this.subscriptions.size > 0 && !this.listenerRetry) {
        this.listenerRetry = setTimeout(() => {
          this.listenerRetry = null;
          void this.ensureListener();
        }, this.pollIntervalMs);
      }
    };
    client.on('error', retry);
    client.on('notification', (message) => {
      if (message.channel !== this.channel) return;
      this.wakeup.signal(message.payload && /^\d+$/.test(message.payload) ? BigInt(message.payload) : null);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${pg.escapeIdentifier(this.channel)}`);
      this.listenerPid = (client as unknown as { processID?: number }).processID ?? 0;
      if (this.closed) {
        await client.end();
        return;
      }
      this.listener = client;
      // Events appended while the listener was away would otherwise wait for the next poll.
      this.wakeup.signal(null);
    } catch (error) {
      retry(error);
    }
  }
}

interface NormalisedFilter {
  eventTypes: string[] | null;
  streamPrefix: string | null;
}

function normaliseFilter(filter: GlobalFilter | undefined): NormalisedFilter | null {
  if (!filter || (!filter.eventTypes && !filter.streamPrefix)) return null;
  return { eventTypes: filter.eventTypes ? [...filter.eventTypes] : null, streamPrefix: filter.streamPrefix ?? null };
}

function toStoredEvent(row: EventRow): StoredEvent {
  return {
    id: row.event_id,
    type: row.type,
    data: row.data,
    metadata: row.metadata,
    streamName: row.stream_name,
    revision: Number(row.revision),
    position: { commit: BigInt(row.transaction_id), prepare: BigInt(row.global_position) },
    recordedAt: row.recorded_at,
    hash: row.hash,
  };
}

function isUniqueViolation(error: unknown): error is pg.DatabaseError {
  return error instanceof pg.DatabaseError && error.code === '23505';
}

/** Connection trouble becomes EventStoreUnavailableError; invalid input and bugs keep their own error. */
export function toStoreError(error: unknown): unknown {
  if (error instanceof EventStoreUnavailableError) return error;
  if (isConnectionError(error)) return new EventStoreUnavailableError(error);
  if (error instanceof pg.DatabaseError && error.code === '22P02') return new InvalidAppendError(error.message);
  return error;
}
