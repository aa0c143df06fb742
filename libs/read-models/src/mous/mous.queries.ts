import type { MouParty } from '@rujukan/domain';
import type { DataSource } from 'typeorm';

export type MouStatus = 'in_force' | 'not_yet' | 'expired' | 'terminated';

export interface MouView {
  mouId: string;
  recordedBy: string;
  reference: string;
  title: string;
  parties: MouParty[];
  provinces: string[];
  scopes: string[];
  signedOn: string;
  expiresOn: string | null;
  terminatedOn: string | null;
  document: string | null;
  illustrative: boolean;
  /** On the day asked. */
  status: MouStatus;
  revision: number;
}

const DATE = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;
const SELECT = `
  SELECT m.mou_id, m.recorded_by, m.reference, m.title, m.parties, m.scopes, ${DATE('m.signed_on')} AS signed_on, ${DATE('m.expires_on')} AS expires_on,
         ${DATE('m.terminated_on')} AS terminated_on, m.document, m.illustrative, m.last_revision,
         ARRAY(SELECT p.province_code FROM rm_mou_provinces p WHERE p.mou_id = m.mou_id ORDER BY p.province_code) AS provinces,
         CASE WHEN m.terminated_on IS NOT NULL AND m.terminated_on <= $1::date THEN 'terminated'
              WHEN m.signed_on > $1::date THEN 'not_yet'
              WHEN m.expires_on IS NOT NULL AND m.expires_on < $1::date THEN 'expired'
              ELSE 'in_force' END AS status
    FROM rm_mous m`;

interface Row {
  mou_id: string;
  recorded_by: string;
  reference: string;
  title: string;
  parties: MouParty[];
  scopes: string[];
  signed_on: string;
  expires_on: string | null;
  terminated_on: string | null;
  document: string | null;
  illustrative: boolean;
  last_revision: number;
  provinces: string[];
  status: MouStatus;
}

const view = (row: Row): MouView => ({
  mouId: row.mou_id,
  recordedBy: row.recorded_by,
  reference: row.reference,
  title: row.title,
  parties: row.parties,
  provinces: row.provinces,
  scopes: row.scopes,
  signedOn: row.signed_on,
  expiresOn: row.expires_on,
  terminatedOn: row.terminated_on,
  document: row.document,
  illustrative: row.illustrative,
  status: row.status,
  revision: row.last_revision,
});

/** The MoU register as the API reads it; `asOf` (YYYY-MM-DD) is the day each MoU's status is told for. */
export class MouQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** Every MoU, or those binding one province; newest signed first. */
  async mous(asOf: string, provinceCode: string | null = null): Promise<MouView[]> {
    const rows: Row[] = await this.dataSource.query(
      `${SELECT} WHERE ($2::text IS NULL OR EXISTS (SELECT 1 FROM rm_mou_provinces p WHERE p.mou_id = m.mou_id AND p.province_code = $2))
        ORDER BY m.signed_on DESC, m.reference, m.mou_id`,
      [asOf, provinceCode],
    );
    return rows.map(view);
  }

  async mou(mouId: string, asOf: string): Promise<MouView | null> {
    const [row]: Row[] = await this.dataSource.query(`${SELECT} WHERE m.mou_id = $2`, [asOf, mouId]);
    return row ? view(row) : null;
  }
}
