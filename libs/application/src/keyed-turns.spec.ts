import { describe, expect, it } from '@jest/globals';
import { KeyedTurns } from './execute-case-command.js';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('KeyedTurns: one key at a time, keys side by side', () => {
  it('runs the tasks of one key one after another, in order, and those of other keys meanwhile', async () => {
    const turns = new KeyedTurns();
    const log: string[] = [];
    const gates = new Map<string, () => void>();
    const task = (name: string) => () =>
      new Promise<string>((resolve) => {
        log.push(`start ${name}`);
        gates.set(name, () => {
          log.push(`end ${name}`);
          resolve(name);
        });
      });
    const a1 = turns.run('A', task('a1'));
    const a2 = turns.run('A', task('a2'));
    const b1 = turns.run('B', task('b1'));
    await tick();
    // a2 waits for a1; b1 does not.
    expect(log).toEqual(['start a1', 'start b1']);
    gates.get('b1')!();
    expect(await b1).toBe('b1');
    gates.get('a1')!();
    expect(await a1).toBe('a1');
    await tick();
    expect(log).toEqual(['start a1', 'start b1', 'end b1', 'end a1', 'start a2']);
    gates.get('a2')!();
    expect(await a2).toBe('a2');
    await tick();
    expect(turns.busyKeys).toBe(0);
  });

  it('goes on after a task that fails, and the failure reaches only its own caller', async () => {
    const turns = new KeyedTurns();
    const failed = turns.run('A', () => Promise.reject(new Error('refused')));
    const next = turns.run('A', () => Promise.resolve('next'));
    await expect(failed).rejects.toThrow('refused');
    await expect(next).resolves.toBe('next');
    await tick();
    expect(turns.busyKeys).toBe(0);
  });
});
