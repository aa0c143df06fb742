import type { Command } from 'commander';
import type { Actor } from '@rujukan/domain';
import { mintDevelopmentToken, parseAppConfig } from '@rujukan/platform';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../../api/src/bootstrap.js';
import { upsertAgencies } from '../demo/agency-directory.js';
import { DEMO_AGENCIES } from '../demo/demo-agencies.js';
import { seedDemoCases, type CommandResponse } from '../demo/seed-demo.js';

export function registerSeedDemo(program: Command): void {
  program
    .command('seed-demo')
    .description('add the demo agencies and cases at every stage, through the API, to the configured database')
    .option('--cases-per-stage <n>', 'cases carried to each stage', '6')
    .option('--run <id>', 'run id: running again with the same id adds nothing', new Date().toISOString().slice(0, 10))
    .action(async (options: { casesPerStage: string; run: string }) => {
      const casesPerStage = Number(options.casesPerStage);
      if (!Number.isInteger(casesPerStage) || casesPerStage < 1 || casesPerStage > 1000) {
        throw new Error('--cases-per-stage must be a whole number from 1 to 1000');
      }
      process.env.LOG_LEVEL ??= 'warn';
      const config = parseAppConfig(process.env);
      if (config.NODE_ENV === 'production') throw new Error('demo data is not seeded in production');
      const app = await createApiApp({ withProjector: false });
      await app.listen(0, '127.0.0.1');
      try {
        await upsertAgencies(app.get(DataSource), DEMO_AGENCIES);
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
        console.log(`${DEMO_AGENCIES.length} agencies; ${cases.length} cases (${casesPerStage} at each stage, run ${options.run})`);
      } finally {
        await app.close();
      }
    });
}
