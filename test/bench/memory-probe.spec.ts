import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { MEMORY_PROBE } from '../../bench/support/load-harness.js';

type Reply = { id: number; type: string; heapUsedBytes?: number; collected?: boolean; path?: string };

/** A Node.js process with the soak's flags running `code`, and a way to ask its probe. */
function probed(code: string, flags = ['--expose-gc']) {
  const child: ChildProcess = spawn(process.execPath, [...flags, '--import', MEMORY_PROBE, '--input-type=module', '-e', code], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  let id = 0;
  const ask = (request: Record<string, unknown>) =>
    new Promise<Reply>((resolve) => {
      const mine = ++id;
      const onMessage = (reply: Reply) => {
        if (reply.id !== mine) return;
        child.off('message', onMessage);
        resolve(reply);
      };
      child.on('message', onMessage);
      child.send({ ...request, id: mine });
    });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, ask, exited };
}

const dir = mkdtempSync(join(tmpdir(), 'memory-probe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the soak memory probe', () => {
  it('measures the heap after a full collection: garbage dropped since the last collection is not counted, what is retained is', async () => {
    // 40 MB of objects retained on `globalThis.kept`; on a message 'drop' they become garbage.
    const { child, ask, exited } = probed(`
      globalThis.kept = Array.from({ length: 400_000 }, (_, i) => ({ i, text: 'x'.repeat(64) + i }));
      process.on('message', (m) => { if (m?.type === 'drop') { globalThis.kept = null; process.send({ id: m.id, type: 'dropped' }); } });
      setInterval(() => {}, 1000);
    `);
    try {
      const retained = await ask({ type: 'measure' });
      expect(retained).toMatchObject({ type: 'measured', collected: true });
      await ask({ type: 'drop' });
      const live = await ask({ type: 'measure' });
      // Without the collection the dropped objects would still be in the heap in use until V8 chose to collect.
      expect(retained.heapUsedBytes! - live.heapUsedBytes!).toBeGreaterThan(30 * 2 ** 20);
    } finally {
      child.kill();
      await exited;
    }
  });

  it('says so when the process lacks --expose-gc, so the soak refuses an uncollected figure', async () => {
    const { child, ask, exited } = probed('setInterval(() => {}, 1000);', []);
    try {
      expect(await ask({ type: 'measure' })).toMatchObject({ type: 'measured', collected: false });
    } finally {
      child.kill();
      await exited;
    }
  });

  it('writes a heap snapshot where asked', async () => {
    const { child, ask, exited } = probed('setInterval(() => {}, 1000);');
    const path = join(dir, 'probe.heapsnapshot');
    try {
      expect(await ask({ type: 'snapshot', path })).toMatchObject({ type: 'snapshotted', path });
      expect(existsSync(path) && statSync(path).size).toBeGreaterThan(1000);
    } finally {
      child.kill();
      await exited;
    }
  }, 120_000);

  it('never keeps the process alive: a process with nothing left to do exits although the channel is open', async () => {
    const { child, exited } = probed('setTimeout(() => {}, 50);');
    let timer: NodeJS.Timeout | undefined;
    const code = await Promise.race([exited, new Promise<'still running'>((r) => (timer = setTimeout(() => r('still running'), 10_000)))]);
    clearTimeout(timer);
    if (code === 'still running') {
      child.kill();
      await exited;
    }
    expect(code).toBe(0);
  });
});
