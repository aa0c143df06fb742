import { Presets, SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import type { Actor } from '@rujukan/domain';
import { mintDevelopmentToken, parseAppConfig } from '@rujukan/platform';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../../api/src/bootstrap.js';
import { upsertAgencies } from '../demo/agency-directory.js';
import { DEMO_AGENCIES } from '../demo/demo-agencies.js';
import { HISTORY_YEARS } from '../demo/demo-figures.js';
import { historicalCases, type HistorySelection } from '../demo/demo-history.js';
import { historicalCommands } from '../demo/in-process-commands.js';
import { seedHistory } from '../demo/seed-history.js';
import { seedDemoCases, type CommandResponse } from '../demo/seed-demo.js';

/** `2008-2013`, `2010` or `none`; the whole history by default. */
export function parseYears(value: string): HistorySelection['years'] | 'none' {
  if (value === 'none') return 'none';
  const match = /^(\d{4})(?:-(\d{4}))?$/.exec(value);
  const from = Number(match?.[1]);
  const to = Number(match?.[2] ?? match?.[1]);
  if (!match || from > to || from < HISTORY_YEARS.from || to > HISTORY_YEARS.to) {
    throw new Error(`--years must be none, a year or a range within ${HISTORY_YEARS.from}-${HISTORY_YEARS.to} (e.g. 2008-2013)`);
  }
  return { from, to };
}

export function registerSeedDemo(program: Command): void {
  program
    .command('seed-demo')
    .description('add the demo agencies, their cases since 2008 at the times they happened, and cases at every stage today, to the configured database')
    .option('--years <range>', `years of history to add (e.g. 2008-2013), or none for the small set only`, `${HISTORY_YEARS.from}-${HISTORY_YEARS.to}`)
    .option('--cases-per-stage <n>', "today's cases carried to each stage (0: none)", '6')
    .option('--concurrency <n>', 'historical cases seeded side by side', '4')
    .option('--run <id>', "run id of today's cases: running again with the same id adds nothing", new Date().toISOString().slice(0, 10))
    .action(async (options: { years: string; casesPerStage: string; concurrency: string; run: string }) => {
      const casesPerStage = Number(options.casesPerStage);
      if (!Number.isInteger(casesPerStage) || casesPerStage < 0 || casesPerStage > 1000) {
        throw new Error('--cases-per-stage must be a whole number from 0 to 1000');
      }
      const concurrency = Number(options.concurrency);
      if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32) throw new Error('--concurrency must be a whole number from 1 to 32');
      const years = parseYears(options.years);
      process.env.LOG_LEVEL ??= 'warn';
      // Thousands of small commits: not waiting for each one's WAL flush halves the time. A crash loses at
      // most the last moments of the seed, and running it again completes them (its commands replay).
      process.env.PGOPTIONS = [process.env.PGOPTIONS, '-c synchronous_commit=off'].filter(Boolean).join(' ');
      const config = parseAppConfig(process.env);
      if (config.NODE_ENV === 'production') throw new Error('demo data is not seeded in production');
      const started = Date.now();
      const app = await createApiApp({ withProjector: false });
      await app.listen(0, '127.0.0.1');
      try {
        await upsertAgencies(app.get(DataSource), DEMO_AGENCIES);
        let history = 'no history';
        if (years !== 'none') {
          const cases = historicalCases({ years });
          const bar = new SingleBar({ format: 'history |{bar}| {value}/{total} cases', hideCursor: true }, Presets.shades_classic);
          bar.start(cases.length, 0);
          try {
            const seeded = await seedHistory(historicalCommands(app), cases, { concurrency, onCase: (done) => bar.update(done) });
            const open = seeded.filter((c) => c.stage !== 'closed').length;
            history = `${seeded.length} cases found ${years!.from}-${years!.to} (${open} still open)`;
          } finally {
            bar.stop();
          }
        }
        let today = 'no cases today';
        if (casesPerStage > 0) {
          const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
          const post = async (path: string, body: object, actor: Actor, key: string): Promise<CommandResponse> => {
            const token = await mintDevelopmentToken(config, { userId: actor.userId, role: actor.role, agency: actor.agency });
            const response = await fetch(`${base}${path}`, {
              method: 'POST',
              headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': key },
              body: JSON.stringify(body),
            });
            const answer = (await response.json()) as CommandResponse & { code?: string; message?: string };
            if (!response.ok) throw new Error(`${path} as ${actor.agency}: ${response.status} ${answer.code} ${answer.message ?? ''}`);
            return answer;
          };
          const { cases } = await seedDemoCases(post, { casesPerStage, runId: options.run, now: new Date() });
          today = `${cases.length} cases today (${casesPerStage} at each stage, run ${options.run})`;
        }
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        console.log(`${DEMO_AGENCIES.length} agencies; ${history}; ${today}; ${seconds} s`);
      } finally {
        await app.close();
      }
    });
}
