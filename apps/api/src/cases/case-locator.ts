import { Injectable } from '@nestjs/common';
import { DomainError } from '@rujukan/domain';
import { DataSource } from 'typeorm';

/** Finds the case a referral or transfer belongs to, from the event that created it (indexed by migration). */
@Injectable()
export class CaseLocator {
  constructor(private readonly dataSource: DataSource) {}

  async caseOfReferral(referralId: string): Promise<string> {
    const caseId = await this.find('referralId', referralId);
    if (!caseId) throw new DomainError('REFERRAL.NOT_FOUND', `referral ${referralId} not found`, { referralId });
    return caseId;
  }

  async caseOfTransfer(transferId: string): Promise<string> {
    const caseId = await this.find('transferId', transferId);
    if (!caseId) throw new DomainError('TRANSFER.NOT_FOUND', `transfer ${transferId} not found`, { transferId });
    return caseId;
  }

  private async find(field: 'referralId' | 'transferId', id: string): Promise<string | null> {
    // The literal expression matches the partial index's, so the planner uses it.
    const sql =
      field === 'referralId'
        ? `SELECT data->>'caseId' AS case_id FROM events WHERE type = 'ReferralSent' AND data->>'referralId' = $1 LIMIT 1`
        : `SELECT data->>'caseId' AS case_id FROM events WHERE type = 'TransferRequested' AND data->>'transferId' = $1 LIMIT 1`;
    const rows: { case_id: string }[] = await this.dataSource.query(sql, [id]);
    return rows[0]?.case_id ?? null;
  }
}
