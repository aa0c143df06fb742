import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { formatPosition } from '@rujukan/event-store';
import { createEventStore, migrate, openDatabase, parseAppConfig } from '@rujukan/platform';
import { allMigrations, listCheckpoints, rebuildProjection } from '@rujukan/read-models';
import { caseProjections, PROJECTION, PROJECTION_TABLES } from '@rujukan/read-models/projections/index.js';
import { DataSource } from 'typeorm';

export function registerProjections(program: Command): void {
  const projections = program.command('projections').description('the read models and how far behind the log they are');
  registerRebuild(projections);
  projections
    .command('status')
    .description("each projection's checkpoint and how many events of the log lie after it")
    .action(async () => {
      const config = parseAppConfig(process.env);
      const database = await openDatabase(config);
      const dataSource = new DataSource({ type: 'postgres', url: database.url });
      await dataSource.initialize();
      try {
        const checkpoints = new Map((await listCheckpoints(dataSource)).map((c) => [c.name, c]));
        const rows = [];
        for (const name of Object.values(PROJECTION)) {
          const checkpoint = checkpoints.get(name);
          const position = checkpoint?.position ?? { commit: 0n, prepare: 0n };
          // The log is counted where it lives: in PostgreSQL; KurrentDB keeps its own.
          const [{ count }]: Array<{ count: string | null }> =
            config.EVENT_STORE === 'postgres'
              ? await dataSource.query(
                  `SELECT count(*)::text AS count FROM events WHERE (transaction_id, global_position) > ($1::text::xid8, $2::bigint)`,
                  [position.commit.toString(), position.prepare.toString()],
                )
              : [{ count: null }];
          rows.push({
            projection: name,
            checkpoint: checkpoint ? formatPosition(checkpoint.position) : 'never ran',
            'events behind': count === null ? 'not counted' : Number(count),
            'events applied': checkpoint?.eventsApplied ?? 0,
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
      const projection = caseProjections().find((p) => p.name === name);
      if (!projection) throw new Error(`no projection ${name}; one of ${Object.values(PROJECTION).join(', ')}`);
      const config = parseAppConfig(process.env);
      const database = await openDatabase(config);
      await migrate(database, allMigrations);
      const store = createEventStore(config, database, () => undefined);
      const dataSource = new DataSource({ type: 'postgres', url: database.url });
      await dataSource.initialize();
      const bar = new SingleBar({ format: `${name} |{bar}| {value} events applied`, hideCursor: true }, Presets.shades_classic);
      bar.start(0, 0);
      try {
        const result = await rebuildProjection(store, dataSource, projection, PROJECTION_TABLES[projection.name as keyof typeof PROJECTION_TABLES], {
          onProgress: (applied) => {
            bar.setTotal(Math.max(applied, 1));
            bar.update(applied);
          },
        });
        bar.stop();
        console.log(`${name} rebuilt: ${result.eventsApplied} events applied, checkpoint ${formatPosition(result.position)}`);
      } finally {
        bar.stop();
        await dataSource.destroy();
        await store.close();
        await database.close();
      }
    });
}
