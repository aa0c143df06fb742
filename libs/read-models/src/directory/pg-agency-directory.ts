import { AgencyDirectory } from '@rujukan/application';
import { AGENCY_TYPES, type AgencyType, type ResolvedAgencies, type ResolvedPorts, type ResolvedUsers } from '@rujukan/domain';
import type { SqlRunner } from '../runtime/sql-runner.js';

interface Row {
  code: string;
  type: string;
  province_code: string | null;
  active: boolean;
  merged_into: string | null;
}

/** The `agencies` table as the command boundary's directory: one statement per command that names agencies. */
export class PgAgencyDirectory extends AgencyDirectory {
  /**
   * `registrationNumbers: false` (the events are in KurrentDB, not in this database's `events` table): cases are opened
   * without a number, as none could be counted, nor kept unique, here.
   */
  constructor(
    private readonly db: SqlRunner,
    private readonly options: { registrationNumbers: boolean } = { registrationNumbers: true },
  ) {
    super();
  }

  async resolve(codes: readonly string[]): Promise<ResolvedAgencies> {
    if (codes.length === 0) return {};
    const rows = (await this.db.query(`SELECT code, type, province_code, active, merged_into FROM agencies WHERE code = ANY($1::text[])`, [
      [...codes],
    ])) as Row[];
    return Object.fromEntries(
      rows
        // A type the domain does not know (written by hand) cannot decide anything: treat the agency as unknown.
        .filter((row) => (AGENCY_TYPES as readonly string[]).includes(row.type))
        .map((row) => [
          row.code,
          { code: row.code, type: row.type as AgencyType, provinceCode: row.province_code, active: row.active, mergedInto: row.merged_into },
        ]),
    );
  }

  /** The shipped list first (its codes are never overridden), then the ports administrators added (table `ports`). */
  override async resolvePorts(codes: readonly string[]): Promise<ResolvedPorts> {
    const shipped = await super.resolvePorts(codes);
    const missing = codes.filter((code) => !shipped[code]);
    if (missing.length === 0) return shipped;
    const rows = (await this.db.query(`SELECT code, name FROM ports WHERE code = ANY($1::text[])`, [missing])) as Array<{ code: string; name: string }>;
    return { ...shipped, ...Object.fromEntries(rows.map((row) => [row.code, { code: row.code, name: row.name }])) };
  }

  override async nextRegistrationSeq(series: string): Promise<number | undefined> {
    if (!this.options.registrationNumbers) return undefined;
    // Matches the partial unique index events_case_registration_idx, so the highest is one step of the index.
    const [row] = (await this.db.query(
      `SELECT coalesce(max((data->'registration'->>'seq')::integer), 0) + 1 AS next FROM events
       WHERE type = 'CaseOpened' AND data ? 'registration' AND data->'registration'->>'series' = $1`,
      [series],
    )) as Array<{ next: number }>;
    return Number(row.next);
  }

  async resolveUsers(userIds: readonly string[]): Promise<ResolvedUsers> {
    if (userIds.length === 0) return {};
    const rows = (await this.db.query(`SELECT user_id, agency, role, active FROM users WHERE user_id = ANY($1::text[])`, [[...userIds]])) as Array<{
      user_id: string;
      agency: string;
      role: string;
      active: boolean;
    }>;
    return Object.fromEntries(rows.map((row) => [row.user_id, { userId: row.user_id, agency: row.agency, role: row.role, active: row.active }]));
  }
}
