import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { comparePositions, formatPosition, parsePosition, type Position } from '@rujukan/event-store';
import { APP_CONFIG, type AppConfig } from '@rujukan/platform';
import { caseProjections, ProjectionProgressQueries, type ProjectionName } from '@rujukan/read-models';
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
  settle: (freshness: Freshness) => void;
  fail: (error: unknown) => void;
}

const ZERO: Position = { commit: 0n, prepare: 0n };

/**
 * Read your own writes: a query carrying a command's position waits, bounded, until the read models reach
 * it. Each waiter asks once which events it waits for; then one poll of the checkpoints every POLL_MS serves
 * every waiting query of the process, so a slow projector is not slowed further by each waiting reader's own
 * polling.
 */
@Injectable()
export class ReadModelFreshness implements OnModuleDestroy {
  private readonly waiters = new Set<Waiter>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly progress: ProjectionProgressQueries,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

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
      this.waiters.add({ targets, deadline, settle, fail });
      this.schedule();
    });
  }

  onModuleDestroy(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const waiter of this.waiters) waiter.settle({ current: false, behind: [] });
    this.waiters.clear();
  }

  /**
   * What each projection behind `position` must reach: the last event it handles up to `position`. A
   * projection whose checkpoint lags only over events it ignores already shows everything up to the
   * position, and waiting for its checkpoint to move past them helps nobody.
   */
  private async targets(projections: readonly ProjectionName[], position: Position): Promise<Map<ProjectionName, Position>> {
    const checkpoints = await this.checkpoints(projections);
    const targets = new Map<ProjectionName, Position>();
    for (const projection of projections) {
      const checkpoint = checkpoints.get(projection) ?? ZERO;
      if (comparePositions(checkpoint, position) >= 0) continue;
      const target = await this.lastHandledEvent(projection, checkpoint, position);
      if (target) targets.set(projection, target);
    }
    return targets;
  }

  private async lastHandledEvent(projection: ProjectionName, checkpoint: Position, position: Position): Promise<Position | null> {
    if (this.config.EVENT_STORE !== 'postgres') return position;
    return this.progress.lastEventOfTypes(EVENT_TYPES.get(projection) ?? [], checkpoint, position);
  }

  private async checkpoints(projections: readonly ProjectionName[]): Promise<Checkpoints> {
    return (await this.progress.checkpointPositions(projections)) as Checkpoints;
  }

  private schedule(): void {
    if (this.timer !== null || this.waiters.size === 0) return;
    this.timer = setTimeout(() => void this.poll(), POLL_MS);
  }

  /** One read of the checkpoints for every waiting query; each is answered once its targets are reached or its time is up. */
  private async poll(): Promise<void> {
    const waiters = [...this.waiters];
    const projections = [...new Set(waiters.flatMap((w) => [...w.targets.keys()]))];
    try {
      const checkpoints = await this.checkpoints(projections);
      const now = Date.now();
      for (const waiter of waiters) {
        const behind = [...waiter.targets]
          .map(([projection, target]) => ({ projection, checkpoint: checkpoints.get(projection) ?? ZERO, target }))
          .filter(({ checkpoint, target }) => comparePositions(checkpoint, target) < 0);
        if (behind.length > 0 && now < waiter.deadline) continue;
        this.waiters.delete(waiter);
        waiter.settle({ current: behind.length === 0, behind: behind.map((b) => ({ projection: b.projection, checkpoint: formatPosition(b.checkpoint) })) });
      }
    } catch (error) {
      for (const waiter of waiters) {
        this.waiters.delete(waiter);
        waiter.fail(error);
      }
    } finally {
      this.timer = null;
      this.schedule();
    }
  }
}

/** Headers that tell a client how current its answer is. */
export function freshnessHeaders(freshness: Freshness): Record<string, string> {
  if (freshness.current) return {};
  return { 'X-Read-Model-Behind': freshness.behind.map((b) => `${b.projection}=${b.checkpoint}`).join(', ') };
}
