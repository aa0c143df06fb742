import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ESLint } from 'eslint';

const ROOT = new URL('../../', import.meta.url).pathname;
const run = promisify(execFile);

/** Small files laid out like the repository, each import one the rules allow. */
const ALLOWED: Record<string, string> = {
  'libs/domain/src/index.ts': `export const rule = 1;\n`,
  'libs/domain/src/testing/fixtures.ts': `export const given = 1;\n`,
  'libs/event-store/src/index.ts': `export const store = 1;\n`,
  'libs/platform/src/index.ts': `import { store } from '@rujukan/event-store';\nexport const config = store;\n`,
  'libs/application/src/index.ts': `import { rule } from '@rujukan/domain';\nimport { store } from '@rujukan/event-store';\nexport const command = rule + store;\n`,
  'libs/read-models/src/index.ts': `export * from './referrals/referral-queue.query.js';\nexport * from './projections/index.js';\n`,
  'libs/read-models/src/runtime/sql-runner.ts': `export type SqlRunner = (sql: string) => Promise<unknown[]>;\n`,
  'libs/read-models/src/projections/index.ts': `import { queue } from '../referrals/referral-queue.query.js';\nexport const projections = [queue];\n`,
  'libs/read-models/src/referrals/referral-queue.query.ts': `import type { SqlRunner } from '../runtime/sql-runner.js';\nimport { command } from '@rujukan/application';\nexport const queue = (run: SqlRunner) => [run, command];\n`,
  'libs/read-models/src/referrals/referral-queue.query.spec.ts': `import { given } from '@rujukan/domain/testing/fixtures.js';\nexport const spec = given;\n`,
  'libs/commands/src/command-form.ts': `import { rule } from '@rujukan/domain';\nexport const form = rule;\n`,
  'libs/commands/src/referral.forms.ts': `import { form } from './command-form.js';\nexport const forms = [form];\n`,
  'libs/server/src/index.ts': `import { projections } from '@rujukan/read-models';\nimport { config } from '@rujukan/platform';\nexport const wiring = [projections, config];\n`,
  'apps/api/src/referrals/referral-queue.controller.ts': `import { queue } from '@rujukan/read-models';\nimport { wiring } from '@rujukan/server';\nexport const answer = [queue, wiring];\n`,
  'apps/projector/src/main.ts': `import { wiring } from '@rujukan/server';\nexport const main = wiring;\n`,
};

/** One file per rule, each breaking it once; the rule and the import it must be reported for. */
const FORBIDDEN: Array<{ rule: string; file: string; source: string; to: string }> = [
  {
    rule: 'layers-platform',
    file: 'libs/platform/src/keys.ts',
    source: `import { command } from '@rujukan/application';\nexport const keys = command;\n`,
    to: 'libs/application/src/index.ts',
  },
  {
    rule: 'no-deep-imports-into-libs',
    file: 'apps/api/src/referrals/referral-count.controller.ts',
    source: `import { projections } from '@rujukan/read-models/projections/index.js';\nexport const count = projections.length;\n`,
    to: 'libs/read-models/src/projections/index.ts',
  },
  {
    rule: 'no-deep-imports-between-libs',
    file: 'libs/server/src/sweep.ts',
    source: `import { queue } from '@rujukan/read-models/referrals/referral-queue.query.js';\nexport const sweep = queue;\n`,
    to: 'libs/read-models/src/referrals/referral-queue.query.ts',
  },
  {
    rule: 'controllers-run-no-sql',
    file: 'apps/api/src/referrals/referral-sql.controller.ts',
    source: `import { DataSource } from 'typeorm';\nexport const rows = (dataSource: DataSource) => dataSource;\n`,
    to: 'typeorm',
  },
  {
    rule: 'controllers-run-no-sql',
    file: 'apps/api/src/referrals/referral-pg.controller.ts',
    source: `import pg from 'pg';\nexport const pool = pg.Pool;\n`,
    to: 'pg',
  },
  {
    rule: 'api-runs-no-sql',
    file: 'apps/api/src/referrals/referral-sql.controller.ts',
    source: `import { DataSource } from 'typeorm';\nexport const rows = (dataSource: DataSource) => dataSource;\n`,
    to: 'typeorm',
  },
  {
    rule: 'api-runs-no-sql',
    file: 'apps/api/src/referrals/referral-pg.controller.ts',
    source: `import pg from 'pg';\nexport const pool = pg.Pool;\n`,
    to: 'pg',
  },
  {
    rule: 'read-models-keep-to-their-folder',
    file: 'libs/read-models/src/transfers/transfer-queue.query.ts',
    source: `import { queue } from '../referrals/referral-queue.query.js';\nexport const transfers = queue;\n`,
    to: 'libs/read-models/src/referrals/referral-queue.query.ts',
  },
  {
    rule: 'apps-do-not-import-apps',
    file: 'apps/cli/src/seed.ts',
    source: `import { answer } from '../../api/src/referrals/referral-queue.controller.js';\nexport const seed = answer;\n`,
    to: 'apps/api/src/referrals/referral-queue.controller.ts',
  },
  {
    rule: 'command-forms-are-browser-safe',
    file: 'libs/commands/src/intake.forms.ts',
    source: `import { IsString } from 'class-validator';\nexport const forms = [IsString];\n`,
    to: 'class-validator',
  },
  {
    rule: 'read-models-are-framework-free',
    file: 'libs/read-models/src/deadlines/deadline-sweep.ts',
    source: `import { Injectable } from '@nestjs/common';\nexport const sweep = Injectable;\n`,
    to: '@nestjs/common',
  },
];

interface Violation {
  from: string;
  to: string;
  rule: { name: string; severity: string };
}

/** The npm package a resolved path lies in, else the path: node_modules is the repository's, linked in. */
const target = (to: string) => to.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//)?.[1] ?? to;

async function write(dir: string, files: Record<string, string>): Promise<void> {
  for (const [path, source] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), source);
  }
}

/** `npm run lint`'s dependency-cruiser, with the repository's own rules, over the tree in dir: its exit code as lint sees it, and its report. */
async function cruise(dir: string): Promise<{ exitCode: number; violations: Violation[] }> {
  const depcruise = (outputType: string) =>
    run(
      process.execPath,
      [
        join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'),
        '--config',
        join(ROOT, '.dependency-cruiser.cjs'),
        '--output-type',
        outputType,
        'apps',
        'libs',
      ],
      {
        cwd: dir,
        maxBuffer: 64 * 1024 * 1024,
      },
    );
  // The default report sets the exit code npm run lint fails on; the JSON one says which rule fired where.
  const exitCode = await depcruise('err').then(
    () => 0,
    (error: { code?: unknown }) => {
      if (typeof error.code !== 'number') throw error;
      return error.code;
    },
  );
  const { stdout } = await depcruise('json');
  return { exitCode, violations: JSON.parse(stdout).summary.violations };
}

describe('dependency rules (.dependency-cruiser.cjs, run by npm run lint)', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rujukan-dependency-rules-'));
    // The repository's path aliases ('@rujukan/<lib>' → libs/<lib>/src/index.ts) and its packages.
    await writeFile(join(dir, 'tsconfig.json'), await readFile(join(ROOT, 'tsconfig.json'), 'utf8'));
    await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    await write(dir, ALLOWED);
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('passes a tree whose imports keep the layers: indexes, testing helpers, shared read-model folders, own folder', async () => {
    const { exitCode, violations } = await cruise(dir);
    expect(violations).toEqual([]);
    expect(exitCode).toBe(0);
  }, 60_000);

  it('fails on each forbidden import, naming its rule, and on nothing else', async () => {
    await write(dir, Object.fromEntries(FORBIDDEN.map(({ file, source }) => [file, source])));
    const { exitCode, violations } = await cruise(dir);
    const reported = violations.filter((v) => v.rule.severity === 'error').map((v) => `${v.rule.name}: ${v.from} → ${target(v.to)}`);
    const expected = FORBIDDEN.map(({ rule, file, to }) => `${rule}: ${file} → ${to}`);
    expect(reported.sort()).toEqual(expected.sort());
    expect(exitCode).not.toBe(0);
  }, 60_000);
});

describe('SQL in a controller (eslint.config.js, run by npm run lint)', () => {
  const eslint = new ESLint({ cwd: ROOT });
  const lint = async (filePath: string, code: string) =>
    (await eslint.lintText(code, { filePath: join(ROOT, filePath) }))[0].messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);

  it('reports a .query( call and a statement in a template or a string in a *.controller.ts', async () => {
    const controller = 'apps/api/src/referrals/referral-sql.controller.ts';
    expect(await lint(controller, `export const rows = (db: { query(sql: string): unknown }) => db.query(\`SELECT id FROM rm_referrals\`);\n`)).toEqual([
      expect.stringMatching(/runs no SQL/),
      expect.stringMatching(/holds no SQL/),
    ]);
    expect(await lint(controller, `export const sql = 'INSERT INTO rm_referrals (id) VALUES ($1)';\n`)).toEqual([expect.stringMatching(/holds no SQL/)]);
    expect(await lint(controller, `export const sql = \`DELETE FROM rm_referrals WHERE id = \${1}\`;\n`)).toEqual([expect.stringMatching(/holds no SQL/)]);
  });

  it('leaves SQL alone in a read model and words like "select" in a controller', async () => {
    expect(await lint('libs/read-models/src/referrals/referral-queue.query.ts', `export const sql = \`SELECT id FROM rm_referrals\`;\n`)).toEqual([]);
    expect(
      await lint(
        'apps/api/src/referrals/referral-sql.controller.ts',
        `export const hint = \`select a date\`;\nexport const code = 'CASE.CONCURRENT_UPDATE';\n`,
      ),
    ).toEqual([]);
  });
});
