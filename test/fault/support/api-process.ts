import { spawn, type ChildProcess } from 'node:child_process';
import { freePort, runMigrations } from '@rujukan/event-store';
import { allMigrations } from '@rujukan/read-models';
import { recordTestDirectoryAt } from '../../support/test-directory.js';

const MAIN = new URL('../../../apps/api/src/main.ts', import.meta.url).pathname;
const ROOT = new URL('../../../', import.meta.url).pathname;

/** The API as production runs it (`main.ts`), in a child process of the spec, on loopback. */
export interface ApiProcess {
  baseUrl: string;
  pid: number;
  /** The last lines the process wrote, for a failure message. */
  output(): string;
  /** Resolves once the process has exited. */
  exited: Promise<number | null>;
  /** SIGTERM and wait (the app stops its projector and pools); SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Starts `apps/api/src/main.ts` on `databaseUrl` and resolves once it listens. `env` adds configuration
 * (RUN_PROJECTOR, pool sizes …). Rate limits are off: a spec's many requests come from one address.
 */
export async function startApiProcess(databaseUrl: string, env: Record<string, string> = {}): Promise<ApiProcess> {
  const port = await freePort();
  // The directory holds the agencies the specs' tokens name before the API serves anything.
  await runMigrations(databaseUrl, allMigrations);
  await recordTestDirectoryAt(databaseUrl);
  const child: ChildProcess = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', MAIN], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      // Jest's NODE_OPTIONS (vm modules) are not the API's.
      NODE_OPTIONS: '',
      NODE_ENV: 'development',
      // Faults, not the directory, are under test here: development secrets, and users need not be recorded.
      DEVELOPMENT_SECRETS: 'true',
      REQUIRE_REGISTERED_USERS: 'false',
      DATABASE_URL: databaseUrl,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_USER_PER_MINUTE: '0',
      RATE_LIMIT_PER_IP_PER_MINUTE: '0',
      ...env,
    },
  });
  const tail: string[] = [];
  const keep = (chunk: Buffer) => {
    tail.push(chunk.toString());
    if (tail.length > 200) tail.shift();
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const output = () => tail.join('').slice(-4000);

  // Listening once /health answers at all (200, or 503 while a dependency is down).
  const deadline = Date.now() + 90_000;
  let ended = false;
  void exited.then(() => (ended = true));
  for (;;) {
    if (ended) throw new Error(`the API exited before it listened:\n${output()}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the API did not listen within 90 s:\n${output()}`);
    }
    const answered = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(2000) }).then(
      () => true,
      () => false,
    );
    if (answered) break;
    await new Promise((done) => setTimeout(done, 200));
  }

  return {
    baseUrl,
    pid: child.pid!,
    output,
    exited,
    async stop(graceMs = 15_000) {
      if (ended) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}
