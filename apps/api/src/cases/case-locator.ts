import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '@rujukan/domain';
import { APP_CONFIG, type AppConfig } from '@rujukan/platform';
import { DataSource } from 'typeorm';
import { ApiError } from '../errors/api-error.js';

/** Finds the case a referral or transfer belongs to, from the event that created it (indexed by migration). */
@Injectable()
export class CaseLocator {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

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
    // The index is on PostgreSQL's events table; with KurrentDB that table is empty, and a 404 would be a lie.
    if (this.config.EVENT_STORE !== 'postgres') {
      throw new ApiError(501, 'SERVICE.NOT_SUPPORTED', `finding a case by ${field} needs the PostgreSQL event store`);
    }
    // The literal expression matches the partial index's, so the planner uses it.
    const sql =
      field === 'referralId'
        ? `SELECT data->>'caseId' AS case_id FROM events WHERE type = 'ReferralSent' AND data->>'referralId' = $1 LIMIT 1`
        : `SELECT data->>'caseId' AS case_id FROM events WHERE type = 'TransferRequested' AND data->>'transferId' = $1 LIMIT 1`;
    const rows: { case_id: string }[] = await this.dataSource.query(sql, [id]);
    return rows[0]?.case_id ?? null;
  }
}
