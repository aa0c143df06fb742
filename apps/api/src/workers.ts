import cluster, { type Worker } from 'node:cluster';
import { Logger } from '@nestjs/common';
import { openDatabase, type AppConfig } from '@rujukan/platform';

/**
 * API_WORKERS > 1: this process starts the database (the embedded PostgreSQL when DATABASE_URL is unset)
 * and that many API processes sharing its port, each a whole API with its projector. Nothing in the API
 * assumes it is alone: appends are guarded by the stream's revision, each projection runs under a lease
 * (one runner at a time across processes), Idempotency-Keys and read-your-writes live in the database, and
 * the deadline sweep and audit anchors are safe to race. A worker that dies is replaced; SIGTERM or SIGINT
 * stops the workers first, then the database.
 */
export async function runWorkers(config: AppConfig, count: number): Promise<void> {
  const logger = new Logger('Workers');
  const database = await openDatabase(config);
  let stopping = false;
  const env = { DATABASE_URL: database.url };
  const startedAt = new Map<number, number>();
  const fork = (): Worker => {
    const worker = cluster.fork(env);
    startedAt.set(worker.id, Date.now());
    return worker;
  };
  // A worker that cannot start (bad configuration, database refused) would be replaced forever: give up instead.
  let quickFailures = 0;
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    const lived = Date.now() - (startedAt.get(worker.id) ?? 0);
    startedAt.delete(worker.id);
    if (lived < 10_000 && ++quickFailures >= 3) {
      logger.error(`API workers keep ending at start (last: ${signal ?? code}); stopping`);
      void stop('SIGTERM', 1);
      return;
    }
    logger.warn(`API worker ${worker.process.pid} ended (${signal ?? code}); starting another`);
    fork();
  });
  for (let i = 0; i < count; i++) fork();
  logger.log(`${count} API workers on port ${config.PORT} (${database.engine})`);

  async function stop(signal: NodeJS.Signals, exitCode = 0): Promise<void> {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: stopping the workers`);
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.isDead()) return resolve();
            worker.once('exit', () => resolve());
            worker.process.kill('SIGTERM');
          }),
      ),
    );
    await database.close();
    process.exit(exitCode);
  }
  process.once('SIGTERM', (signal) => void stop(signal));
  process.once('SIGINT', (signal) => void stop(signal));
}
