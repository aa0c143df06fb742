import type { DirectoryAgency, DirectoryUser, ResolvedAgencies, ResolvedPorts, ResolvedUsers } from '@rujukan/domain';
import { shippedPortRecords } from './ports/shipped-ports.js';

/**
 * The directory of agencies, as the command boundary reads it: every agency a command names is resolved here
 * before `decide` runs, so the domain decides on what the directory records, never on what a request declares.
 */
export abstract class AgencyDirectory {
  /** The records of those codes the directory holds; a code it does not hold is absent from the answer. */
  abstract resolve(codes: readonly string[]): Promise<ResolvedAgencies>;

  /** The records of those users the directory holds (a case's assignee); an id it does not hold is absent. */
  abstract resolveUsers(userIds: readonly string[]): Promise<ResolvedUsers>;

  /**
   * The ports list's records of those port codes (a transit point): the shipped list (data/ports/ports.json), and in a
   * database the ports administrators added. A code the list does not hold is absent from the answer.
   */
  async resolvePorts(codes: readonly string[]): Promise<ResolvedPorts> {
    const wanted = new Set(codes);
    return Object.fromEntries(shippedPortRecords().flatMap((port) => (wanted.has(port.code) ? [[port.code, port]] : [])));
  }

  /**
   * The next number of a registration series (`KI-2026`): one past the highest a recorded `CaseOpened` holds. Two
   * commands that race for it both append with it, and the store's unique index on the number lets one through; the
   * other is decided again and asks again. So numbers are never skipped nor given twice. Undefined: not numbered.
   */
  async nextRegistrationSeq(series: string): Promise<number | undefined> {
    void series;
    return undefined;
  }
}

/** A directory held in memory: for specs and benchmarks that run commands without the agencies table. */
export class InMemoryAgencyDirectory extends AgencyDirectory {
  private readonly records = new Map<string, DirectoryAgency>();
  private readonly users = new Map<string, DirectoryUser>();
  private readonly series = new Map<string, number>();

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

  /** In memory every number asked for counts as used (a refused command leaves a gap here, not in the store's count). */
  override async nextRegistrationSeq(series: string): Promise<number> {
    const next = (this.series.get(series) ?? 0) + 1;
    this.series.set(series, next);
    return next;
  }

  put(agency: DirectoryAgency): void {
    this.records.set(agency.code, agency);
  }

  async resolve(codes: readonly string[]): Promise<ResolvedAgencies> {
    return Object.fromEntries(codes.flatMap((code) => (this.records.has(code) ? [[code, this.records.get(code)!]] : [])));
  }
}
