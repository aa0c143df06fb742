import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { isAlive, startEmbeddedPostgres } from './embedded-postgres-server.js';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function select1(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ one: number }>('SELECT 1 AS one')).rows[0].one;
  } finally {
    await client.end();
  }
}

describe('embedded PostgreSQL', () => {
  const dataDir = join(tmpdir(), `rujukan-embedded-spec-${process.pid}`);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts on a fresh directory, refuses a second owner, keeps data across restarts and stops with its owner', async () => {
    const first = await startEmbeddedPostgres({ dataDir });
    const client = new pg.Client({ connectionString: first.url });
    await client.connect();
    await client.query('CREATE TABLE kept (n int); INSERT INTO kept VALUES (42)');
    await client.end();
    const pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    await expect(startEmbeddedPostgres({ dataDir })).rejects.toThrow(`is in use by process ${process.pid}`);
    expect(await select1(first.url)).toBe(1);
    await first.stop();
    expect(isAlive(pid)).toBe(false);

    const second = await startEmbeddedPostgres({ dataDir });
    const again = new pg.Client({ connectionString: second.url });
    await again.connect();
    expect((await again.query('SELECT n FROM kept')).rows).toEqual([{ n: 42 }]);
    await again.end();
    await second.stop();
  });

  it('recovers after its owner was killed: the orphaned server is shut down and a new one starts', async () => {
    // A separate process owns the server and is killed with SIGKILL, as a crash would.
    const script = `
      const { startEmbeddedPostgres } = await import(${JSON.stringify(new URL('./embedded-postgres-server.ts', import.meta.url).pathname)});
      const server = await startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)} });
      process.stdout.write(server.url + '\\n');
      setInterval(() => {}, 1000);
    `;
    const owner = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', '--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    const url = await new Promise<string>((resolve, reject) => {
      owner.stdout.on('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
      owner.on('exit', (code) => reject(new Error(`owner exited with ${code}`)));
    });
    expect(await select1(url)).toBe(1);
    const orphan = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);

    owner.kill('SIGKILL');
    await new Promise((done) => owner.once('exit', done));
    await sleep(200);
    expect(isAlive(orphan)).toBe(true);

    const restarted = await startEmbeddedPostgres({ dataDir });
    expect(isAlive(orphan)).toBe(false);
    expect(await select1(restarted.url)).toBe(1);
    await restarted.stop();
    expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(false);
  }, 60_000);
});
