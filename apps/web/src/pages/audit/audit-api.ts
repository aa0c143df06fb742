import { localDateTimeToIso } from '@rujukan/domain';
import { apiGet } from '../../api.js';
import { shownTimeZone } from '../../format.js';
import type { AuditedEvent, EventsPage } from './audit-types.js';

export const query = (values: Record<string, string>) => new URLSearchParams(values).toString();
export const shortHash = (hash: string | null) => (hash ? `${hash.slice(0, 12)}…` : '—');

/** Every event of the case, page after page (1,000 a page). */
export async function loadEvents(caseId: string, reason: string): Promise<AuditedEvent[]> {
  const events: AuditedEvent[] = [];
  let after = -1;
  for (;;) {
    const page = (await apiGet<EventsPage>(`/audit/cases/${caseId}/events?${query({ reason, limit: '1000', afterRevision: String(after) })}`)).data;
    events.push(...page.events);
    if (page.nextAfterRevision === null) return events;
    after = page.nextAfterRevision;
  }
}

/** A datetime-local value read in the zone the auditor's agency keeps (WIB, WITA or WIT). */
export function localToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const date = new Date(localDateTimeToIso(value, shownTimeZone()));
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
