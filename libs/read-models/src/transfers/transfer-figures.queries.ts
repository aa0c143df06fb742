import type { DataSource } from 'typeorm';
/** The region and WIB days a count narrows to, as every statistics route takes them. */
interface StatisticsFilter {
  province: string | null;
  district: string | null;
  from: string | null;
  to: string | null;
}

export interface TransferCount {
  key: Record<string, string | null>;
  count: number;
}

/** A province pair transfers went between, with the MoUs in force on the day asked that bind both provinces and cover case transfers. */
export interface ProvincePairCover {
  fromProvince: string;
  toProvince: string;
  mous: string[];
}

/**
 * Case transfers counted from `rm_transfers`, each agency's province and district as the directory records it now;
 * a transfer is in a region when either agency is. The region and days narrow as the other statistics do.
 */
const FROM = `
  FROM rm_transfers t
  LEFT JOIN agencies fa ON fa.code = t.from_agency
  LEFT JOIN agencies ta ON ta.code = t.to_agency
 WHERE ($1::text IS NULL OR fa.province_code = $1 OR ta.province_code = $1)
   AND ($2::text IS NULL OR fa.district_code = $2 OR ta.district_code = $2)
   AND ($3::date IS NULL OR t.requested_at >= $3::date::timestamp AT TIME ZONE 'Asia/Jakarta')
   AND ($4::date IS NULL OR t.requested_at < ($4::date + 1)::timestamp AT TIME ZONE 'Asia/Jakarta')`;

const params = (filter: StatisticsFilter) => [filter.province, filter.district, filter.from, filter.to];

export class TransferFigureQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** Transfers by the MoU each rests on (null: none named). */
  async byMou(filter: StatisticsFilter): Promise<TransferCount[]> {
    const rows: Array<{ mou: string | null; count: number }> = await this.dataSource.query(
      `SELECT t.mou_id::text AS mou, count(*)::int AS count ${FROM} GROUP BY t.mou_id`,
      params(filter),
    );
    return rows.map((r) => ({ key: { mou: r.mou }, count: r.count }));
  }

  /** Transfers between two provinces (each agency's province known and different), by the pair. */
  async byProvincePair(filter: StatisticsFilter): Promise<TransferCount[]> {
    const rows: Array<{ from_province: string; to_province: string; count: number }> = await this.dataSource.query(
      `SELECT fa.province_code AS from_province, ta.province_code AS to_province, count(*)::int AS count ${FROM}
          AND fa.province_code IS NOT NULL AND ta.province_code IS NOT NULL AND fa.province_code <> ta.province_code
        GROUP BY fa.province_code, ta.province_code`,
      params(filter),
    );
    return rows.map((r) => ({ key: { fromProvince: r.from_province, toProvince: r.to_province }, count: r.count }));
  }

  /** For each pair, the MoUs of the register in force on `asOf` that bind both provinces and cover case transfers. */
  async covers(pairs: ReadonlyArray<{ fromProvince: string; toProvince: string }>, asOf: string): Promise<ProvincePairCover[]> {
    if (pairs.length === 0) return [];
    const rows: Array<{ from_province: string; to_province: string; mous: string[] }> = await this.dataSource.query(
      `SELECT p.from_province, p.to_province,
              ARRAY(SELECT m.mou_id::text FROM rm_mous m
                     WHERE 'case_transfer' = ANY(m.scopes) AND m.signed_on <= $3::date
                       AND (m.expires_on IS NULL OR m.expires_on >= $3::date) AND (m.terminated_on IS NULL OR m.terminated_on > $3::date)
                       AND EXISTS (SELECT 1 FROM rm_mou_provinces a WHERE a.mou_id = m.mou_id AND a.province_code = p.from_province)
                       AND EXISTS (SELECT 1 FROM rm_mou_provinces b WHERE b.mou_id = m.mou_id AND b.province_code = p.to_province)
                     ORDER BY m.signed_on, m.mou_id) AS mous
         FROM unnest($1::text[], $2::text[]) AS p(from_province, to_province)`,
      [pairs.map((p) => p.fromProvince), pairs.map((p) => p.toProvince), asOf],
    );
    return rows.map((r) => ({ fromProvince: r.from_province, toProvince: r.to_province, mous: r.mous }));
  }
}
