import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ResolvedPort } from '@rujukan/domain';

let shipped: ResolvedPort[] | null = null;

/** The ports list shipped in data/ports/ports.json (relative to the working directory, the project's), read once: code and name. */
export function shippedPortRecords(): ResolvedPort[] {
  shipped ??= (JSON.parse(readFileSync(join(process.cwd(), 'data/ports/ports.json'), 'utf8')) as { ports: ResolvedPort[] }).ports.map(({ code, name }) => ({
    code,
    name,
  }));
  return shipped;
}
