import type { DirectoryAgency, DirectoryUser, ResolvedAgencies, ResolvedUsers } from '@rujukan/domain';

/**
 * The directory of agencies, as the command boundary reads it: every agency a command names is resolved here
 * before `decide` runs, so the domain decides on what the directory records, never on what a request declares.
 */
export abstract class AgencyDirectory {
  /** The records of those codes the directory holds; a code it does not hold is absent from the answer. */
  abstract resolve(codes: readonly string[]): Promise<ResolvedAgencies>;

  /** The records of those users the directory holds (a case's assignee); an id it does not hold is absent. */
  abstract resolveUsers(userIds: readonly string[]): Promise<ResolvedUsers>;
}

/** A directory held in memory: for specs and benchmarks that run commands without the agencies table. */
export class InMemoryAgencyDirectory extends AgencyDirectory {
  private readonly records = new Map<string, DirectoryAgency>();
  private readonly users = new Map<string, DirectoryUser>();

  constructor(agencies: Iterable<DirectoryAgency> = [], users: Iterable<DirectoryUser> = []) {
    super();
    for (const agency of agencies) this.records.set(agency.code, agency);
    for (const user of users) this.users.set(user.userId, user);
  }

  putUser(user: DirectoryUser): void {
    this.users.set(user.userId, user);
  }

  async resolveUsers(userIds: readonly string[]): Promise<ResolvedUsers> {
    return Object.fromEntries(userIds.flatMap((userId) => (this.users.has(userId) ? [[userId, this.users.get(userId)!]] : [])));
  }

  put(agency: DirectoryAgency): void {
    this.records.set(agency.code, agency);
  }

  async resolve(codes: readonly string[]): Promise<ResolvedAgencies> {
    return Object.fromEntries(codes.flatMap((code) => (this.records.has(code) ? [[code, this.records.get(code)!]] : [])));
  }
}
