import { Inject, Injectable, Optional, type OnModuleDestroy } from '@nestjs/common';
import { comparePositions, formatPosition, parsePosition, type Position } from '@rujukan/event-store';
import { APP_CONFIG, type AppConfig } from '@rujukan/platform';
import { caseProjections, LocalProjectionProgress, ProjectionProgressQueries, type ProjectionName, type TargetQuestion } from '@rujukan/read-models';
import { RequestValidationError } from '../errors/api-error.js';

export interface Freshness {
  /** Whether every projection read had reached the asked position. */
  current: boolean;
  /** Projections still behind when the wait ended, with their checkpoints. */
  behind: Array<{ projection: ProjectionName; checkpoint: string }>;
}

const POLL_MS = 20;
const MAX_COMMIT = 2n ** 64n - 1n;
const MAX_PREPARE = 2n ** 63n - 1n;
const EVENT_TYPES = new Map(caseProjections().map((p) => [p.name, p.eventTypes]));

type Checkpoints = Map<ProjectionName, Position>;

/** A query waiting for its own write: the position each projection must reach, and until when it waits. */
interface Waiter {
  targets: Map<ProjectionName, Position>;
  deadline: number;
  timer: NodeJS.Timeout | null;
  settle: (freshness: Freshness) => void;
  fail: (error: unknown) => void;
}

const ZERO: Position = { commit: 0n, prepare: 0n };

/**
 * Read your own writes: a query carrying a command's position waits, bounded, until the read models reach it. Each
 * waiter asks once which events it waits for. A projection this process's projector leads wakes its waiters when it
 * commits (LocalProjectionProgress): no polling. For one another process leads, one poll of the checkpoints every
 * POLL_MS serves every waiting query of the process, so a slow projector is not slowed further by each reader's polls.
 */
@Injectable()
export class ReadModelFreshness implements OnModuleDestroy {
  private readonly waiters = new Set<Waiter>();
  private timer: NodeJS.Timeout | null = null;
  private readonly unlisten: () => void;

  constructor(
    private readonly progress: ProjectionProgressQueries,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() private readonly local: LocalProjectionProgress = new LocalProjectionProgress(),
  ) {
    this.unlisten = this.local.listen((projection) => this.committed(projection));
  }

  /** The position asked for by `X-Min-Position` or `?minPosition=`, if any. */
  requested(header: string | string[] | undefined, query: unknown): Position | null {
    const text = typeof header === 'string' ? header : typeof query === 'string' ? query : undefined;
    if (text === undefined) return null;
    let position: Position | null = null;
    try {
      position = parsePosition(text);
    } catch {
      // Refused below.
    }
    // Beyond what PostgreSQL can compare with (xid8, bigint), no command returned it: a larger one failed there as a 500.
    if (position === null || position.commit > MAX_COMMIT || position.prepare > MAX_PREPARE) {
      throw new RequestValidationError([{ field: 'minPosition', reason: 'must be a position returned by a command, e.g. 1234-56' }]);
    }
    return position;
  }

  async waitFor(projections: readonly ProjectionName[], position: Position | null): Promise<Freshness> {
    if (position === null) return { current: true, behind: [] };
    const deadline = Date.now() + this.config.READ_WAIT_MS;
    const targets = await this.targets(projections, position);
    if (targets.size === 0) return { current: true, behind: [] };
    return new Promise<Freshness>((settle, fail) => {
      const waiter: Waiter = { targets, deadline, timer: null, settle, fail };
      this.waiters.add(waiter);
      // A commit may have come while the targets were read: what the local projector already committed counts.
      if (this.settledLocally(waiter)) return;
      // Time up: one last read of the checkpoints says how far behind each projection is.
      waiter.timer = setTimeout(() => void this.poll([waiter]), Math.max(0, deadline - Date.now()));
      this.schedule();
    });
  }

  onModuleDestroy(): void {
    this.unlisten();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const waiter of this.waiters) this.finish(waiter, { current: false, behind: [] });
  }

  /**
   * What each projection behind `position` must reach: the last event it handles up to `position`. A
   * projection whose checkpoint lags only over events it ignores already shows everything up to the
   * position, and waiting for its checkpoint to move past them helps nobody.
   */
  private async targets(projections: readonly ProjectionName[], position: Position): Promise<Map<ProjectionName, Position>> {
    if (this.config.EVENT_STORE !== 'postgres') {
      // No event log to ask which events a projection handles: wait for each one behind until it reaches the position.
      const remote = projections.filter((projection) => !this.local.led(projection));
      const checkpoints: Checkpoints = remote.length > 0 ? await this.checkpoints(remote) : new Map();
      const targets = new Map<ProjectionName, Position>();
      for (const projection of projections) {
        const checkpoint = this.local.position(projection) ?? checkpoints.get(projection) ?? ZERO;
        if (comparePositions(checkpoint, position) < 0) targets.set(projection, position);
      }
      return targets;
    }
    // One statement for every projection the read waits for: its checkpoint (where this process's runner last
    // committed, else the table's) and the last event of its types after it, up to the position.
    const questions: TargetQuestion[] = [];
    for (const projection of projections) {
      const checkpoint = this.local.position(projection);
      // What the local projector already committed past the position needs no question.
      if (checkpoint && comparePositions(checkpoint, position) >= 0) continue;
      questions.push({ projection, eventTypes: EVENT_TYPES.get(projection) ?? [], checkpoint });
    }
    return (await this.progress.lastEventsOfTypes(questions, position)) as Map<ProjectionName, Position>;
  }

  private async checkpoints(projections: readonly ProjectionName[]): Promise<Checkpoints> {
    return (await this.progress.checkpointPositions(projections)) as Checkpoints;
  }

  /** The local projector committed (or let its lease go): wake whoever it settles; poll for what it no longer leads. */
  private committed(projection: string): void {
    for (const waiter of [...this.waiters]) if (waiter.targets.has(projection as ProjectionName)) this.settledLocally(waiter);
    this.schedule();
  }

  /** Settles the waiter when every projection it waits for is led here and has committed past its target. */
  private settledLocally(waiter: Waiter): boolean {
    for (const [projection, target] of waiter.targets) {
      const position = this.local.position(projection);
      if (position === undefined || comparePositions(position, target) < 0) return false;
    }
    this.finish(waiter, { current: true, behind: [] });
    return true;
  }

  private finish(waiter: Waiter, freshness: Freshness): void {
    if (!this.waiters.delete(waiter)) return;
    if (waiter.timer) clearTimeout(waiter.timer);
    waiter.settle(freshness);
  }

  /** Polls only while some waiter waits on a projection no projector of this process leads. */
  private schedule(): void {
    if (this.timer !== null) return;
    const remote = [...this.waiters].some((w) => [...w.targets.keys()].some((projection) => !this.local.led(projection)));
    if (remote) this.timer = setTimeout(() => void this.poll(), POLL_MS);
  }

  /** One read of the checkpoints for the waiting queries; each is answered once its targets are reached or its time is up. */
  private async poll(only?: Waiter[]): Promise<void> {
    const waiters = only ?? [...this.waiters];
    if (!only) this.timer = null;
    const projections = [...new Set(waiters.flatMap((w) => [...w.targets.keys()]))];
    try {
      const checkpoints = await this.checkpoints(projections);
      const now = Date.now();
      for (const waiter of waiters) {
        const behind = [...waiter.targets]
          .map(([projection, target]) => ({ projection, checkpoint: checkpoints.get(projection) ?? ZERO, target }))
          .filter(({ checkpoint, target }) => comparePositions(checkpoint, target) < 0);
        if (behind.length > 0 && now < waiter.deadline) continue;
        this.finish(waiter, {
          current: behind.length === 0,
          behind: behind.map((b) => ({ projection: b.projection, checkpoint: formatPosition(b.checkpoint) })),
        });
      }
    } catch (error) {
      for (const waiter of waiters) {
        if (!this.waiters.delete(waiter)) continue;
        if (waiter.timer) clearTimeout(waiter.timer);
        waiter.fail(error);
      }
    } finally {
      this.schedule();
    }
  }
}

/** Headers that tell a client how current its answer is. */
export function freshnessHeaders(freshness: Freshness): Record<string, string> {
  if (freshness.current) return {};
  return { 'X-Read-Model-Behind': freshness.behind.map((b) => `${b.projection}=${b.checkpoint}`).join(', ') };
}
