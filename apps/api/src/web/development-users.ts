import { Injectable } from '@nestjs/common';
import type { Actor } from '@rujukan/domain';
import { DirectoryQueries } from '@rujukan/read-models';
import { UserDirectory } from '../auth/user-directory.js';
import { RequestValidationError } from '../errors/api-error.js';

// Who recorded a user that signed in through the development sign-in, as the directory's event names it.
const DEVELOPMENT_SIGN_IN = { userId: 'development-sign-in', role: 'administrator', agency: 'DEVELOPMENT' };

/**
 * The development sign-in records a user it signs in for the first time (as the agency and role chosen), so the
 * token it mints passes the directory's checks at once. The directory stays the authority: a user it already
 * records elsewhere, or has deactivated, is refused rather than changed.
 */
@Injectable()
export class DevelopmentUsers {
  constructor(
    private readonly directory: DirectoryQueries,
    private readonly users: UserDirectory,
  ) {}

  async record(actor: Actor): Promise<void> {
    const current = await this.directory.user(actor.userId);
    if (!current) {
      await this.directory.recordUser({ userId: actor.userId, agency: actor.agency, role: actor.role, active: true }, DEVELOPMENT_SIGN_IN);
      this.users.forget(actor.userId);
      return;
    }
    if (current.agency !== actor.agency || current.role !== actor.role || !current.active) {
      const recorded = `${current.agency} as ${current.role}${current.active ? '' : ' (deactivated)'}`;
      throw new RequestValidationError([{ field: 'userId', reason: `userId is recorded at ${recorded}: sign in as that, or choose another user id` }]);
    }
  }
}
