import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { permissionTable } from '../../apps/cli/src/commands/permissions.command.js';

describe('the permission matrix in the README', () => {
  it('is the table the code prints, so the documentation cannot drift from what is enforced', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const documented = /<!-- permission-matrix:start -->\n([\s\S]*?)\n<!-- permission-matrix:end -->/.exec(readme)?.[1];
    expect(documented).toBe(permissionTable());
  });
});
