import type { SqlRunner } from '../runtime/sql-runner.js';

/** A port as administrators record it (the shape of data/ports/ports.json's entries). */
export interface PortEntry {
  code: string;
  name: string;
  kind: 'seaport' | 'airport' | 'land_crossing';
  country: string;
  provinceCode: string | null;
  districtCode: string | null;
  lat: number;
  lon: number;
  aliases: string[];
}

/** The ports administrators added to the shipped list. */
export class PortQueries {
  constructor(private readonly db: SqlRunner) {}

  async added(): Promise<PortEntry[]> {
    const rows = (await this.db.query(`SELECT code, name, kind, country, province_code, district_code, lat, lon, aliases FROM ports ORDER BY code`)) as Array<
      Record<string, unknown>
    >;
    return rows.map((r) => ({
      code: String(r.code),
      name: String(r.name),
      kind: r.kind as PortEntry['kind'],
      country: String(r.country),
      provinceCode: (r.province_code as string | null) ?? null,
      districtCode: (r.district_code as string | null) ?? null,
      lat: Number(r.lat),
      lon: Number(r.lon),
      aliases: (r.aliases as string[]) ?? [],
    }));
  }

  async record(port: PortEntry, by: string): Promise<void> {
    await this.db.query(
      `INSERT INTO ports (code, name, kind, country, province_code, district_code, lat, lon, aliases, updated_by, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now())
       ON CONFLICT (code) DO UPDATE SET name = $2, kind = $3, country = $4, province_code = $5, district_code = $6, lat = $7, lon = $8, aliases = $9,
         updated_by = $10, updated_at = now()`,
      [port.code, port.name, port.kind, port.country, port.provinceCode, port.districtCode, port.lat, port.lon, port.aliases, by],
    );
  }
}
