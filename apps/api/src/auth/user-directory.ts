import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Actor } from '@rujukan/domain';
import { APP_CONFIG, type AppConfig } from '@rujukan/platform';
import { DirectoryQueries } from '@rujukan/read-models';
import { ApiError } from '../errors/api-error.js';

interface UserRecord {
  agency: string;
  role: string;
  active: boolean;
}

interface AgencyRecord {
  active: boolean;
}

/** What an operator is told when the directory names no administrator yet. */
export const FIRST_ADMINISTRATOR_HINT =
  'record the first administrator from the terminal: npm run cli -- agencies put <code> --name "<name>" --type <type> ' +
  '&& npm run cli -- users put <userId> --agency <code> --role administrator (or, for development only, set REQUIRE_REGISTERED_USERS=false)';

/**
 * The administrators' record of users and agencies, checked on every authenticated request after the token: a
 * token naming an agency the directory does not hold (or holds as inactive), a deactivated user, or a token
 * whose agency or role the record contradicts, is refused (403). Records are cached for USER_DIRECTORY_CACHE_MS per process.
 */
@Injectable()
export class UserDirectory implements OnApplicationBootstrap {
  private readonly cache = new Map<string, { record: UserRecord | null; until: number }>();
  private readonly agencies = new Map<string, { record: AgencyRecord | null; until: number }>();

  constructor(
    private readonly directory: DirectoryQueries,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** With REQUIRE_REGISTERED_USERS nobody could ever sign in without a recorded administrator: say how to record one. */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.REQUIRE_REGISTERED_USERS) return;
    if (await this.directory.hasActiveAdministrator()) return;
    const problem = 'REQUIRE_REGISTERED_USERS is on and the directory records no active administrator';
    // Development sign-in is how development users get in; elsewhere nobody could.
    if (this.config.AUTH_DEV_SIGN_IN) new Logger('Directory').warn(`${problem}: ${FIRST_ADMINISTRATOR_HINT}`);
    else throw new Error(`${problem}, so no request could ever be served: ${FIRST_ADMINISTRATOR_HINT}`);
  }

  async check(actor: Actor): Promise<void> {
    // The directory is the authority on agencies: a token cannot make one up.
    const agency = await this.agencyOf(actor.agency);
    if (!agency) throw new ApiError(403, 'AUTH.AGENCY_UNKNOWN', "the token's agency is not in the directory");
    if (!agency.active) throw new ApiError(403, 'AUTH.AGENCY_INACTIVE', "the token's agency was deactivated or merged in the directory");
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

  forgetAgency(code: string): void {
    this.agencies.delete(code);
  }

  private async agencyOf(code: string): Promise<AgencyRecord | null> {
    const now = Date.now();
    const cached = this.agencies.get(code);
    if (cached && cached.until > now) return cached.record;
    const status = await this.directory.agencyStatus(code);
    const record = status === 'unknown' ? null : { active: status === 'active' };
    if (this.config.USER_DIRECTORY_CACHE_MS > 0) {
      if (this.agencies.size > 10_000) this.agencies.clear();
      this.agencies.set(code, { record, until: now + this.config.USER_DIRECTORY_CACHE_MS });
    }
    return record;
  }

  private async recordOf(userId: string): Promise<UserRecord | null> {
    const now = Date.now();
    const cached = this.cache.get(userId);
    if (cached && cached.until > now) return cached.record;
    const record = await this.directory.user(userId);
    if (this.config.USER_DIRECTORY_CACHE_MS > 0) {
      if (this.cache.size > 10_000) this.cache.clear();
      this.cache.set(userId, { record, until: now + this.config.USER_DIRECTORY_CACHE_MS });
    }
    return record;
  }
}
