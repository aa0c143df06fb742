// Rewrites the README's permission table from the matrix the code enforces (test/cli/permissions.spec.ts checks it).
import { readFileSync, writeFileSync } from 'node:fs';
import { permissionTable } from '../apps/cli/src/commands/permissions.command.js';

const path = new URL('../README.md', import.meta.url);
const readme = readFileSync(path, 'utf8');
const block = /(<!-- permission-matrix:start -->\n)[\s\S]*?(\n<!-- permission-matrix:end -->)/;
if (!block.test(readme)) throw new Error('README.md has no permission-matrix block');
writeFileSync(
  path,
  readme.replace(block, (_all, start: string, end: string) => `${start}${permissionTable()}${end}`),
);
