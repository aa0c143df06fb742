import { Presets, SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import type { Actor } from '@rujukan/domain';
import { BlindIndexer, CaseCommandRunner, CaseLocator, CaseStateCache, executeCaseCommand, IdentityVault } from '@rujukan/application';
import { parseAppConfig } from '@rujukan/platform';
import { PgAgencyDirectory, PgDataKeyStore, PgVictimIndex } from '@rujukan/read-models';
import { blindIndexKey, identityMasterKeys } from '@rujukan/server';
import { upsertAgencies } from '../demo/agency-directory.js';
import { DEMO_AGENCIES } from '../demo/demo-agencies.js';
import { HISTORY_YEARS } from '../demo/demo-figures.js';
import { historicalCases, type HistorySelection } from '../demo/demo-history.js';
import { commandsOn, type CommandParts } from '../demo/in-process-commands.js';
import { withCliDatabase } from './cli-database.js';
import { seedHistory } from '../demo/seed-history.js';
import { seedDemoCases, type CommandResponse } from '../demo/seed-demo.js';
import { PLAN_AGENCIES, PLAN_COORDINATORS, seedDemoPlans } from '../demo/seed-plans.js';
import { seedDemoMous } from '../demo/seed-mous.js';

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
      if (parseAppConfig(process.env).NODE_ENV === 'production') throw new Error('demo data is not seeded in production');
      const started = Date.now();
      await withCliDatabase(async ({ config, store, dataSource }) => {
        await upsertAgencies(dataSource, DEMO_AGENCIES);
        const directory = new PgAgencyDirectory(dataSource, { registrationNumbers: config.EVENT_STORE === 'postgres' });
        const cache = new CaseStateCache();
        // The API's command runner on this process's own connection: permission, validation, sealing, decide, append.
        const runner = new CaseCommandRunner(
          store,
          new CaseLocator(store),
          new IdentityVault(new PgDataKeyStore(dataSource), identityMasterKeys(config)),
          (command, context, sealing) => executeCaseCommand(store, directory, command, context, cache, sealing),
          // Demo victims are found by name, NIK and phone as the API's would be.
          { indexer: new BlindIndexer(blindIndexKey(config)), victims: new PgVictimIndex(dataSource) },
        );
        const commands = commandsOn({ runner, store, directory } satisfies CommandParts);
        let history = 'no history';
        if (years !== 'none') {
          const cases = historicalCases({ years });
          const bar = new SingleBar({ format: 'history |{bar}| {value}/{total} cases', hideCursor: true }, Presets.shades_classic);
          bar.start(cases.length, 0);
          try {
            const seeded = await seedHistory(commands, cases, { concurrency, onCase: (done) => bar.update(done) });
            const open = seeded.filter((c) => c.stage !== 'closed').length;
            history = `${seeded.length} cases found ${years!.from}-${years!.to} (${open} still open)`;
          } finally {
            bar.stop();
          }
        }
        let today = 'no cases today';
        if (casesPerStage > 0) {
          const recorded = new Set<string>();
          // Today's cases run as their staff would send them, at the time they are sent.
          const post = async (path: string, body: object, actor: Actor, key: string): Promise<CommandResponse> => {
            // The demo's staff are recorded in the directory as an administrator would (REQUIRE_REGISTERED_USERS), so they can sign in.
            if (!recorded.has(actor.userId)) {
              await dataSource.query(
                `INSERT INTO users (user_id, agency, role, active, updated_by) VALUES ($1, $2, $3, true, 'seed-demo') ON CONFLICT (user_id) DO NOTHING`,
                [actor.userId, actor.agency, actor.role],
              );
              recorded.add(actor.userId);
            }
            return commands.post(path, body, actor, key, new Date());
          };
          const { cases } = await seedDemoCases(post, { casesPerStage, runId: options.run, now: new Date() });
          today = `${cases.length} cases today (${casesPerStage} at each stage, run ${options.run})`;
        }
        // The task forces' action plans (RAD) from the articles, with their coordinators as users; one fixed run, so never twice.
        await upsertAgencies(dataSource, PLAN_AGENCIES);
        for (const actor of PLAN_COORDINATORS) {
          await dataSource.query(
            `INSERT INTO users (user_id, agency, role, active, updated_by) VALUES ($1, $2, $3, true, 'seed-demo') ON CONFLICT (user_id) DO NOTHING`,
            [actor.userId, actor.agency, actor.role],
          );
        }
        const plans = await seedDemoPlans(store, directory, 'demo', new Date());
        const mous = await seedDemoMous(store, directory, 'demo', new Date());
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        console.log(
          `${DEMO_AGENCIES.length + PLAN_AGENCIES.length} agencies; ${history}; ${today}; ${plans.plans} action plans (${plans.items} items, ${plans.reports} progress reports); ${mous} illustrative MoUs; ${seconds} s`,
        );
      });
    });
}
