import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '@rujukan/domain';
import { APP_CONFIG, type AppConfig } from '@rujukan/platform';
import { DataSource } from 'typeorm';
import { ApiError } from '../errors/api-error.js';

interface UserRecord {
  agency: string;
  role: string;
  active: boolean;
}

/**
 * The administrators' record of users, checked on every authenticated request after the token: a
 * deactivated user, or a token whose agency or role the record contradicts, is refused (403). Records
 * are cached for USER_DIRECTORY_CACHE_MS per process.
 */
@Injectable()
export class UserDirectory {
  private readonly cache = new Map<string, { record: UserRecord | null; until: number }>();

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async check(actor: Actor): Promise<void> {
    const record = await this.recordOf(actor.userId);
    if (!record) {
      if (this.config.REQUIRE_REGISTERED_USERS) throw new ApiError(403, 'AUTH.USER_UNKNOWN', 'this user is not recorded in the directory');
      return;
    }
    if (!record.active) throw new ApiError(403, 'AUTH.USER_DEACTIVATED', 'this user was deactivated');
    if (record.agency !== actor.agency || record.role !== actor.role) {
      throw new ApiError(403, 'AUTH.CLAIMS_MISMATCH', "the token's agency or role differs from the directory");
    }
  }

  forget(userId: string): void {
    this.cache.delete(userId);
  }

  private async recordOf(userId: string): Promise<UserRecord | null> {
    const now = Date.now();
    const cached = this.cache.get(userId);
    if (cached && cached.until > now) return cached.record;
    const rows: UserRecord[] = await this.dataSource.query(`SELECT agency, role, active FROM users WHERE user_id = $1`, [userId]);
    const record = rows[0] ?? null;
    if (this.config.USER_DIRECTORY_CACHE_MS > 0) {
      if (this.cache.size > 10_000) this.cache.clear();
      this.cache.set(userId, { record, until: now + this.config.USER_DIRECTORY_CACHE_MS });
    }
    return record;
  }
}
