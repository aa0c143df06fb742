import type { DirectoryAgency, ResolvedAgencies } from '@rujukan/domain';

/**
 * The directory of agencies, as the command boundary reads it: every agency a command names is resolved here
 * before `decide` runs, so the domain decides on what the directory records, never on what a request declares.
 */
export abstract class AgencyDirectory {
  /** The records of those codes the directory holds; a code it does not hold is absent from the answer. */
  abstract resolve(codes: readonly string[]): Promise<ResolvedAgencies>;
}

/** A directory held in memory: for specs and benchmarks that run commands without the agencies table. */
export class InMemoryAgencyDirectory extends AgencyDirectory {
  private readonly records = new Map<string, DirectoryAgency>();

  constructor(agencies: Iterable<DirectoryAgency> = []) {
    super();
    for (const agency of agencies) this.records.set(agency.code, agency);
  }

  put(agency: DirectoryAgency): void {
    this.records.set(agency.code, agency);
  }

  async resolve(codes: readonly string[]): Promise<ResolvedAgencies> {
    return Object.fromEntries(codes.flatMap((code) => (this.records.has(code) ? [[code, this.records.get(code)!]] : [])));
  }
}
