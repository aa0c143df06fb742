import type { Command } from 'commander';
import { formatPosition } from '@rujukan/event-store';
import { openDatabase, parseAppConfig } from '@rujukan/platform';
import { listCheckpoints } from '@rujukan/read-models';
import { PROJECTION } from '@rujukan/read-models/projections/projection-names.js';
import { DataSource } from 'typeorm';

export function registerProjections(program: Command): void {
  const projections = program.command('projections').description('the read models and how far behind the log they are');
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
