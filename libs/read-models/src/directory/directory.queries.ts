import type { EventStore } from '@rujukan/event-store';
import type { DataSource } from 'typeorm';
import { directoryIsEmpty, importAgencies, type DirectoryImportReport } from './directory-import.js';
import type { AgencyEntry } from '@rujukan/domain';
import { agencyStatus, recordAgency, recordUser, type DirectoryEditor, type DirectoryUser } from './directory.js';

/** A row of `agencies`. */
export interface AgencyRecord {
  code: string;
  name: string;
  type: string;
  province_code: string | null;
  district_code: string | null;
  email: string | null;
  active: boolean;
  merged_into: string | null;
  updated_at: Date;
  updated_by: string;
}

/** A row of `users`. */
export interface UserRecord {
  user_id: string;
  agency: string;
  role: string;
  active: boolean;
  name: string | null;
  email: string | null;
  updated_at: Date;
  updated_by: string;
}

/**
 * The directory administrators keep (`agencies`, `users`) as the API reads and changes it: every change is also an
 * event of the directory's streams, through `recordAgency` and `recordUser`.
 */
export class DirectoryQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: EventStore,
  ) {}

  agencies(): Promise<AgencyRecord[]> {
    return this.dataSource.query(
      `SELECT code, name, type, province_code, district_code, email, active, merged_into, updated_at, updated_by FROM agencies ORDER BY code`,
    );
  }

  /** The agencies that act, by name: where referrals and transfers can go, and who one may sign in as. */
  async activeAgencies(): Promise<Array<{ code: string; name: string; type: string; provinceCode: string | null }>> {
    const rows: Array<{ code: string; name: string; type: string; province_code: string | null }> = await this.dataSource.query(
      `SELECT code, name, type, province_code FROM agencies WHERE active ORDER BY name, code`,
    );
    // The province says which of Indonesia's three times the agency's people read (WIB, WITA, WIT).
    return rows.map((r) => ({ code: r.code, name: r.name, type: r.type, provinceCode: r.province_code }));
  }

  /** Whether the directory holds an agency, and whether it still acts. */
  agencyStatus(code: string): Promise<'active' | 'inactive' | 'unknown'> {
    return agencyStatus(this.dataSource, code);
  }

  /** The region an agency works in; null when the directory does not hold it. */
  async agencyRegion(code: string): Promise<{ provinceCode: string | null; districtCode: string | null } | null> {
    const [row] = (await this.dataSource.query(`SELECT province_code, district_code FROM agencies WHERE code = $1`, [code])) as Array<{
      province_code: string | null;
      district_code: string | null;
    }>;
    return row ? { provinceCode: row.province_code, districtCode: row.district_code } : null;
  }

  users(): Promise<UserRecord[]> {
    return this.dataSource.query(`SELECT user_id, agency, role, active, name, email, updated_at, updated_by FROM users ORDER BY user_id`);
  }

  /** A user's agency, role and whether they may act; null when the directory does not record them. */
  async user(userId: string): Promise<{ agency: string; role: string; active: boolean } | null> {
    const rows: Array<{ agency: string; role: string; active: boolean }> = await this.dataSource.query(
      `SELECT agency, role, active FROM users WHERE user_id = $1`,
      [userId],
    );
    return rows[0] ?? null;
  }

  /** Whether an active administrator of an active agency is recorded: someone who can record the others. */
  async hasActiveAdministrator(): Promise<boolean> {
    const [admin] = await this.dataSource.query(
      `SELECT 1 FROM users u JOIN agencies a ON a.code = u.agency WHERE u.role = 'administrator' AND u.active AND a.active LIMIT 1`,
    );
    return admin !== undefined;
  }

  recordAgency(agency: AgencyEntry, by: DirectoryEditor): Promise<void> {
    return recordAgency(this.store, this.dataSource, agency, by);
  }

  recordUser(user: DirectoryUser, by: DirectoryEditor): Promise<void> {
    return recordUser(this.store, this.dataSource, user, by);
  }

  /** Whether the directory holds no agency at all: a fresh installation. */
  isEmpty(): Promise<boolean> {
    return directoryIsEmpty(this.dataSource);
  }

  /** Imports the agencies only into an empty directory; null when it already holds some. Processes starting together import once. */
  importIntoEmpty(agencies: readonly AgencyEntry[], by: DirectoryEditor): Promise<DirectoryImportReport | null> {
    return this.dataSource.transaction(async (manager) => {
      // API workers start together: one imports, the others find the directory filled.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('rujukan:directory-seed'))`);
      return (await directoryIsEmpty(manager)) ? importAgencies(this.store, manager, agencies, by) : null;
    });
  }
}
