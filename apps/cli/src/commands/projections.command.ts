import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { formatPosition } from '@rujukan/event-store';
import { openDatabase, parseAppConfig } from '@rujukan/platform';
import { withCliDatabase } from './cli-database.js';
import {
  caseProjections,
  listCheckpoints,
  listSetAside,
  PROJECTION,
  PROJECTION_TABLES,
  rebuildProjection,
  retryParked,
  setAsideCounts,
} from '@rujukan/read-models';
import { DataSource } from 'typeorm';

export function registerProjections(program: Command): void {
  const projections = program.command('projections').description('the read models and how far behind the log they are');
  registerRebuild(projections);
  registerFaults(projections);
  projections
    .command('status')
    .description("each projection's checkpoint, how many events of the log lie after it, and how many it parked or holds")
    .action(async () => {
      const config = parseAppConfig(process.env);
      const database = await openDatabase(config, { joinRunning: true });
      const dataSource = new DataSource({ type: 'postgres', url: database.url });
      await dataSource.initialize();
      try {
        const checkpoints = new Map((await listCheckpoints(dataSource)).map((c) => [c.name, c]));
        const setAside = await setAsideCounts(dataSource);
        const rows = [];
        for (const name of Object.values(PROJECTION)) {
          const checkpoint = checkpoints.get(name);
          const position = checkpoint?.position ?? { commit: 0n, prepare: 0n };
          // The log is counted where it lives: in PostgreSQL; KurrentDB keeps its own.
          const [{ count }]: Array<{ count: string | null }> =
            config.EVENT_STORE === 'postgres'
              ? await dataSource.query(`SELECT count(*)::text AS count FROM events WHERE (transaction_id, global_position) > ($1::text::xid8, $2::bigint)`, [
                  position.commit.toString(),
                  position.prepare.toString(),
                ])
              : [{ count: null }];
          rows.push({
            projection: name,
            checkpoint: checkpoint ? formatPosition(checkpoint.position) : 'never ran',
            'events behind': count === null ? 'not counted' : Number(count),
            'events applied': checkpoint?.eventsApplied ?? 0,
            parked: setAside.get(name)?.parked ?? 0,
            held: setAside.get(name)?.held ?? 0,
            updated: checkpoint?.updatedAt.toISOString() ?? '',
          });
        }
        console.table(rows);
      } finally {
        await dataSource.destroy();
        await database.close();
      }
    });
}

export function registerRebuild(projections: Command): void {
  projections
    .command('rebuild <name>')
    .description('rebuild a projection from position 0 into shadow tables, then swap them in; queries keep working meanwhile')
    .action(async (name: string) => {
      const projection = projectionNamed(name);
      await withCliDatabase(async ({ dataSource, store }) => {
        const bar = new SingleBar({ format: `${name} |{bar}| {value} events applied`, hideCursor: true }, Presets.shades_classic);
        bar.start(0, 0);
        try {
          const result = await rebuildProjection(store, dataSource, projection, PROJECTION_TABLES[projection.name as keyof typeof PROJECTION_TABLES], {
            onParked: (fault) =>
              console.error(`\nparked ${fault.event.id} (${fault.event.type}, ${fault.event.streamName} revision ${fault.event.revision}): ${fault.error}`),
            onProgress: (applied) => {
              bar.setTotal(Math.max(applied, 1));
              bar.update(applied);
            },
          });
          bar.stop();
          console.log(`${name} rebuilt: ${result.eventsApplied} events applied, checkpoint ${formatPosition(result.position)}`);
          if (result.setAside > 0)
            console.log(`${result.setAside} event(s) set aside (parked, or held behind a parked one): npm run cli -- projections faults ${name}`);
        } finally {
          bar.stop();
        }
      });
    });
}

/** Events the projections could not apply, and applying them again after a fix. */
export function registerFaults(projections: Command): void {
  projections
    .command('faults [name]')
    .description('events a projection parked because it could not apply them, and the events of the same stream held behind them, in log order')
    .action(async (name: string | undefined) => {
      if (name !== undefined) projectionNamed(name);
      await withCliDatabase(async ({ dataSource }) => {
        const rows = await listSetAside(dataSource, name);
        if (rows.length === 0) {
          console.log(name ? `${name} has no parked events` : 'no projection has parked events');
          return;
        }
        console.table(
          rows.map((r) => ({
            projection: r.projection,
            state: r.state,
            position: r.position,
            event: r.eventId,
            type: r.eventType,
            stream: r.streamName,
            revision: r.revision,
            error: r.error ?? '',
            message: r.errorMessage ?? '',
            attempts: r.attempts,
            since: r.parkedAt.toISOString(),
          })),
        );
        console.log(`after the fix: npm run cli -- projections retry <name>`);
      });
    });
  projections
    .command('retry <name>')
    .description("apply a projection's parked and held events again, in log order, each exactly once (after the fix)")
    .action(async (name: string) => {
      const projection = projectionNamed(name);
      await withCliDatabase(async ({ dataSource, store }) => {
        const outcome = await retryParked(store, dataSource, projection);
        console.log(
          `${name}: ${outcome.applied} event(s) applied, ${outcome.remaining} still set aside${outcome.missing ? `, ${outcome.missing} no longer in the log (run audit verify --all)` : ''}`,
        );
        if (outcome.remaining > 0) process.exitCode = 2;
      });
    });
}

function projectionNamed(name: string) {
  const projection = caseProjections().find((p) => p.name === name);
  if (!projection) throw new Error(`no projection ${name}; one of ${Object.values(PROJECTION).join(', ')}`);
  return projection;
}
