import type { SqlRunner } from '../runtime/sql-runner.js';
import type { AccessEntry, AccessLogFilter, AccessRecord } from './access-log.js';
import { queryAccessLog, recordAccess } from './access-log.js';

/** The access log as the API's routes use it: every read recorded before it is answered, and the auditors' pages of it. */
export class AccessLogQueries {
  constructor(private readonly db: SqlRunner) {}

  /** Call it before answering: a read that cannot be recorded is not served. */
  record(entry: AccessEntry): Promise<void> {
    return recordAccess(this.db, entry);
  }

  /** Newest first. */
  page(filter: AccessLogFilter): Promise<{ entries: AccessRecord[]; nextBeforeId: string | null }> {
    return queryAccessLog(this.db, filter);
  }
}
