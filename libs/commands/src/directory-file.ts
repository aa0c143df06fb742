import { readFile } from 'node:fs/promises';
import { isAgencyCode } from '@rujukan/domain';
import type { AgencyEntry } from '@rujukan/domain';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { fieldErrors } from './request-validation.js';
import { AgencyDto } from './directory.dto.js';

/** The directory file shipped with Rujukan, from the repository's (and the image's) root: every province's UPTD PPA and Polda, BP2MI's units, LPSK … */
export const SHIPPED_DIRECTORY_FILE = 'data/directory/agencies.json';

export class DirectoryFileError extends Error {
  override readonly name = 'DirectoryFileError';

  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`${file} is not a directory file:\n  ${problems.slice(0, 20).join('\n  ')}${problems.length > 20 ? `\n  … and ${problems.length - 20} more` : ''}`);
  }
}

/**
 * Reads a directory file (`{ "agencies": [{ code, name, type, provinceCode?, districtCode?, email?, note? }] }`)
 * and checks every entry by the rules of `PUT /admin/agencies/:code`: the whole file is refused, naming each
 * entry and field at fault, before anything is recorded. `note` is for the file's readers and is not recorded.
 */
export async function readDirectoryFile(file: string): Promise<AgencyEntry[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new DirectoryFileError(file, [error instanceof Error ? error.message : String(error)]);
  }
  const entries = (parsed as { agencies?: unknown } | null)?.agencies;
  if (!Array.isArray(entries)) throw new DirectoryFileError(file, ['expected an object with an "agencies" array']);
  const problems: string[] = [];
  const agencies: AgencyEntry[] = [];
  const seen = new Set<string>();
  for (const [index, entry] of entries.entries()) {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
      problems.push(`agencies[${index}]: not an object`);
      continue;
    }
    const { code, note, ...fields } = entry as Record<string, unknown>;
    const at = `agencies[${index}]${typeof code === 'string' ? ` (${code})` : ''}`;
    if (!isAgencyCode(code)) problems.push(`${at}: code must be an agency code (letters, digits, . _ : -; at most 64)`);
    else if (seen.has(code)) problems.push(`${at}: code appears twice`);
    else seen.add(code);
    if (note !== undefined && typeof note !== 'string') problems.push(`${at}: note must be text`);
    const dto = plainToInstance(AgencyDto, fields);
    const errors = fieldErrors(await validate(dto, { whitelist: true, forbidNonWhitelisted: true, validationError: { target: false, value: false } }));
    problems.push(...errors.map((error) => `${at}: ${error.reason}`));
    if (errors.length === 0 && isAgencyCode(code)) {
      agencies.push({
        code,
        name: dto.name,
        type: dto.type,
        provinceCode: dto.provinceCode ?? null,
        districtCode: dto.districtCode ?? null,
        email: dto.email ?? null,
      });
    }
  }
  if (problems.length > 0) throw new DirectoryFileError(file, problems);
  return agencies;
}
