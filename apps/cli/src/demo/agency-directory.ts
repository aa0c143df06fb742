import type { DataSource } from 'typeorm';
import type { DemoAgency } from './demo-agencies.js';

/** Adds the agencies, or brings their names and regions up to date. */
export async function upsertAgencies(dataSource: DataSource, agencies: readonly DemoAgency[]): Promise<void> {
  await dataSource.query(
    `INSERT INTO agencies (code, name, type, province_code, district_code)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
     ON CONFLICT (code) DO UPDATE
       SET name = excluded.name, type = excluded.type, province_code = excluded.province_code, district_code = excluded.district_code`,
    [
      agencies.map((a) => a.code),
      agencies.map((a) => a.name),
      agencies.map((a) => a.type),
      agencies.map((a) => a.provinceCode),
      agencies.map((a) => a.districtCode),
    ],
  );
}
