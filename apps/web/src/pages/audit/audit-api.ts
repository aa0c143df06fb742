import { apiGet } from '../../api.js';
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

/** A datetime-local value read as Western Indonesian Time. */
export function wibToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const date = new Date(`${value.length === 16 ? `${value}:00` : value}+07:00`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
