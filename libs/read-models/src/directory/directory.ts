import { randomUUID } from 'node:crypto';
import type { EventStore } from '@rujukan/event-store';
import { USER_ID_PATTERN, type AgencyEntry } from '@rujukan/domain';
import type { SqlRunner } from '../runtime/sql-runner.js';

export { USER_ID_PATTERN };

export interface DirectoryUser {
  userId: string;
  agency: string;
  role: string;
  active: boolean;
  /** The name a console shows (absent or null: the user id). */
  name?: string | null;
  /** Where notifications to the user go (absent or null: none by e-mail). */
  email?: string | null;
}

/** Who changed the directory, as the event's metadata names them. */
export interface DirectoryEditor {
  userId: string;
  role: string;
  agency: string;
}

/** Every change is an event of its own stream first, so the audit record shows who changed whom and when. */
async function recordChange(store: EventStore, stream: string, type: string, data: object, by: DirectoryEditor): Promise<void> {
  const id = randomUUID();
  const metadata = {
    actor: by.userId,
    role: by.role,
    agency: by.agency,
    correlationId: id,
    causationId: null,
    commandId: id,
    occurredAt: new Date().toISOString(),
  };
  await store.append(stream, [{ id, type, data: data as Record<string, unknown>, metadata }], 'any');
}

export async function recordAgency(store: EventStore, db: SqlRunner, agency: AgencyEntry, by: DirectoryEditor): Promise<void> {
  const mergedInto = agency.mergedInto ?? null;
  const recorded = { ...agency, email: agency.email ?? null, mergedInto, active: mergedInto === null && agency.active !== false };
  await recordChange(store, `directory-agency-${agency.code}`, 'AgencyRecorded', recorded, by);
  await db.query(
    `INSERT INTO agencies (code, name, type, province_code, district_code, email, active, merged_into, updated_at, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now(), $9)
     ON CONFLICT (code) DO UPDATE SET name = excluded.name, type = excluded.type, province_code = excluded.province_code,
       district_code = excluded.district_code, email = excluded.email, active = excluded.active, merged_into = excluded.merged_into,
       updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    [agency.code, agency.name, agency.type, agency.provinceCode, agency.districtCode, recorded.email, recorded.active, mergedInto, by.userId],
  );
}

/** Whether the directory holds an agency, and whether it still acts. */
export async function agencyStatus(db: SqlRunner, code: string): Promise<'active' | 'inactive' | 'unknown'> {
  const rows = (await db.query(`SELECT active FROM agencies WHERE code = $1`, [code])) as Array<{ active: boolean }>;
  return rows.length === 0 ? 'unknown' : rows[0].active ? 'active' : 'inactive';
}

export async function recordUser(store: EventStore, db: SqlRunner, user: DirectoryUser, by: DirectoryEditor): Promise<void> {
  await recordChange(store, `directory-user-${user.userId}`, 'UserRecorded', user, by);
  await db.query(
    `INSERT INTO users (user_id, agency, role, active, name, email, updated_at, updated_by) VALUES ($1, $2, $3, $4, $6, $7, now(), $5)
     ON CONFLICT (user_id) DO UPDATE SET agency = excluded.agency, role = excluded.role, active = excluded.active,
       name = excluded.name, email = excluded.email, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    [user.userId, user.agency, user.role, user.active, by.userId, user.name ?? null, user.email ?? null],
  );
}
