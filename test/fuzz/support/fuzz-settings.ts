import fc from 'fast-check';

/**
 * One seed for every property of a run: fixed unless FUZZ_SEED says otherwise (`FUZZ_SEED=random` draws one),
 * so CI repeats itself and a failure can be replayed. fast-check prints the seed and path of a counterexample;
 * the seed is also in each spec's title. FUZZ_RUNS multiplies the runs of every property to go deeper.
 */
const DEFAULT_SEED = 20_260_808;

function seedFromEnv(): number {
  const text = process.env.FUZZ_SEED;
  if (!text) return DEFAULT_SEED;
  if (text === 'random') return Date.now() % 2 ** 31;
  const seed = Number(text);
  if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED must be an integer or "random", not ${text}`);
  return seed;
}

function runsFactorFromEnv(): number {
  const text = process.env.FUZZ_RUNS;
  if (!text) return 1;
  const factor = Number(text);
  if (!(factor > 0)) throw new Error(`FUZZ_RUNS must be a positive number (a factor of each property's runs), not ${text}`);
  return factor;
}

export const FUZZ_SEED = seedFromEnv();
const RUNS_FACTOR = runsFactorFromEnv();

/** The runs of one property: its own small default, scaled by FUZZ_RUNS. */
export const runs = (base: number): number => Math.max(1, Math.round(base * RUNS_FACTOR));

/** Spec timeout for a block whose properties send about `requests` requests, generous for a machine shared with other runs. */
export const timeoutFor = (requests: number): number => 30_000 + Math.round(requests * RUNS_FACTOR * 300);

// Each HTTP round trip is cheap, but a shrink can take hundreds: stop shrinking a counterexample after a bounded time.
fc.configureGlobal({ seed: FUZZ_SEED, verbose: 1, interruptAfterTimeLimit: 120_000 * RUNS_FACTOR, markInterruptAsFailure: false });

export { fc };
