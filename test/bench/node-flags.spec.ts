import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { API_NODE_FLAGS } from '../../bench/support/load-harness.js';

/**
 * The API's resident memory is a target of the load benchmark (docs/benchmarks.md), and it depends on the heap
 * flags node starts with. The benchmark starts the API with API_NODE_FLAGS; every way production starts the API
 * or the projector must pass the same ones, or the figure measured is not the deployed program's.
 */
const ROOT = process.cwd();
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/** The node flags in one launch line: the tokens between `node` and the script. */
function flagsBefore(script: string, tokens: string[]): string[] {
  const node = tokens.lastIndexOf(
    'node',
    tokens.findIndex((t) => t.endsWith(script)),
  );
  const at = tokens.findIndex((t) => t.endsWith(script));
  if (node < 0 || at < 0) throw new Error(`no "node … ${script}" in [${tokens.join(' ')}]`);
  return tokens.slice(node + 1, at);
}
const words = (line: string) => line.match(/[^\s"',[\]]+/g) ?? [];

describe('the heap flags the API and the projector run with', () => {
  const API = 'dist/apps/api/apps/api/src/main.js';
  const PROJECTOR = 'dist/apps/projector/apps/projector/src/main.js';

  it('are the same in the Dockerfile, docker-compose.yml, npm start and the load benchmark', () => {
    const docker = read('Dockerfile')
      .split('\n')
      .find((l) => l.startsWith('CMD'))!;
    const compose = read('docker-compose.yml')
      .split('\n')
      .find((l) => l.includes(PROJECTOR))!;
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(flagsBefore(API, words(docker))).toEqual([...API_NODE_FLAGS]);
    expect(flagsBefore(PROJECTOR, words(compose))).toEqual([...API_NODE_FLAGS]);
    expect(flagsBefore(API, words(scripts.start))).toEqual([...API_NODE_FLAGS]);
    expect(flagsBefore(PROJECTOR, words(scripts['start:projector']))).toEqual([...API_NODE_FLAGS]);
    // The README's commands for a server without containers.
    const readme = read('README.md').split('\n');
    expect(flagsBefore(API, words(readme.find((l) => l.startsWith('RUN_PROJECTOR=false') && l.includes(API))!))).toEqual([...API_NODE_FLAGS]);
    expect(flagsBefore(PROJECTOR, words(readme.find((l) => l.startsWith('node') && l.includes(PROJECTOR))!))).toEqual([...API_NODE_FLAGS]);
  });

  it('finds a launch line that lacks them', () => {
    expect(flagsBefore(API, words(`CMD ["node", "${API}"]`))).not.toEqual([...API_NODE_FLAGS]);
    expect(() => flagsBefore(API, words('CMD ["npm", "start"]'))).toThrow(/no "node/);
  });
});
