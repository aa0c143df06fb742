// Builds a part of the product only when a file it is built from changed since its last build, so `npm start`
// starts in seconds instead of rebuilding the API and the console every time.
// Usage: node scripts/build-if-changed.mjs [--force] <part>...   (parts: api, projector, cli, web; --force builds
// whatever changed or not, as `npm run build` does, and records what it built from)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SERVER_INPUTS = ['apps/api', 'apps/cli', 'apps/projector', 'libs', 'test/support', 'tsconfig.json', 'nest-cli.json', 'package-lock.json'];
const PARTS = {
  api: { command: ['nest', 'build', 'api'], inputs: SERVER_INPUTS, output: 'dist/apps/api/apps/api/src/main.js' },
  projector: { command: ['nest', 'build', 'projector'], inputs: SERVER_INPUTS, output: 'dist/apps/projector/apps/projector/src/main.js' },
  cli: { command: ['nest', 'build', 'cli'], inputs: SERVER_INPUTS, output: 'dist/apps/cli/apps/cli/src/main.js' },
  web: {
    command: ['vite', 'build', '--config', 'apps/web/vite.config.ts'],
    inputs: ['apps/web', 'libs/domain/src', 'package-lock.json'],
    output: 'dist/web/index.html',
  },
};
const SKIP = new Set(['node_modules', 'dist', '.git']);

/** The newest modification time and the number of files under the inputs: adding, changing or removing a file moves one of them. */
function fingerprint(paths) {
  let newest = 0;
  let files = 0;
  const visit = (path) => {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) if (!SKIP.has(entry)) visit(join(path, entry));
      return;
    }
    files += 1;
    newest = Math.max(newest, stat.mtimeMs);
  };
  paths.forEach(visit);
  return `${files} files, newest ${newest}`;
}

const force = process.argv.includes('--force');
const names = process.argv.slice(2).filter((arg) => arg !== '--force');
if (names.length === 0 || names.some((name) => !PARTS[name])) {
  console.error(`usage: node scripts/build-if-changed.mjs [--force] <${Object.keys(PARTS).join('|')}>...`);
  process.exit(2);
}
for (const name of names) {
  const part = PARTS[name];
  const stampFile = join('dist', '.build-stamps', name);
  // Taken before the build: an edit made while it runs makes the next start build again.
  const sources = fingerprint(part.inputs);
  if (!force && existsSync(part.output) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === sources) {
    console.error(`${name}: no source changed since the last build`);
    continue;
  }
  const started = Date.now();
  const build = spawnSync(part.command[0], part.command.slice(1), { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  mkdirSync(join('dist', '.build-stamps'), { recursive: true });
  writeFileSync(stampFile, sources);
  console.error(`${name}: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
