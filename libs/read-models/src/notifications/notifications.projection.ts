import {
  DEADLINE_REMINDER_MS,
  isCaseEvent,
  type CaseEvent,
  type CaseEventOfType,
  type CaseEventType,
  type NotificationChannel,
  type NotificationKind,
  type NotificationRecipientType,
} from '@rujukan/domain';
import type { StoredEvent } from '@rujukan/event-store';
import type { EntityManager } from 'typeorm';
import type { Projection } from '../runtime/projection.js';
import { storedInstant } from '../runtime/event-times.js';
import { PROJECTION } from '../projections/projection-names.js';

const HANDLED = [
  'ReferralSent',
  'ReferralAccepted',
  'ReferralDeclined',
  'ReferralWithdrawn',
  'ReferralExpired',
  'TransferRequested',
  'CaseAssigned',
] as const satisfies readonly CaseEventType[];
type Handled = CaseEventOfType<(typeof HANDLED)[number]>;

const isHandled = (event: CaseEvent): event is Handled => (HANDLED as readonly string[]).includes(event.type);

/**
 * What a notification may say: codes, ids, a service and times. Never a name, a reason or any other free text (the
 * referral's reason is sealed with the victim's key and stays out), so nothing here can identify the victim.
 */
export interface NotificationFacts {
  referralId?: string;
  transferId?: string;
  service?: string;
  fromAgency?: string;
  toAgency?: string;
  responseDeadline?: string;
  escalatedTo?: string;
  assignee?: string;
  agency?: string;
}

/** A row of `rm_notifications`: one per event, kind, recipient and channel. */
export interface NotificationRow {
  notification_id: string;
  event_id: string;
  kind: NotificationKind;
  case_id: string;
  subject_id: string | null;
  recipient_type: NotificationRecipientType;
  recipient: string;
  channel: NotificationChannel;
  facts: NotificationFacts;
  occurred_at: string;
  deliver_after: string;
}

/** The outbox's key: replaying an event writes the same keys, so nothing is written twice. */
export const notificationId = (eventId: string, kind: NotificationKind, type: NotificationRecipientType, recipient: string, channel: NotificationChannel) =>
  `${eventId}:${kind}:${type}:${recipient}:${channel}`;

/** An agency hears on every channel it has; a user has an address only. */
const CHANNELS: Readonly<Record<NotificationRecipientType, readonly NotificationChannel[]>> = {
  agency: ['email', 'webhook'],
  supervisors: ['email', 'webhook'],
  user: ['email'],
};

interface Notice {
  kind: NotificationKind;
  recipientType: NotificationRecipientType;
  recipient: string;
  subjectId: string | null;
  facts: NotificationFacts;
  deliverAfter: string;
}

/** What an event tells whom: notices to write, and the referral whose reminder it makes moot (answered, withdrawn, expired). */
export function noticesOf(event: Handled): { notices: Notice[]; settles: string | null } {
  const at = event.data.at;
  switch (event.type) {
    case 'ReferralSent': {
      const { referralId, service, fromAgency, toAgency } = event.data;
      const responseDeadline = storedInstant(event.data.responseDeadline, 'responseDeadline');
      const facts = { referralId, service, fromAgency, toAgency, responseDeadline };
      const notices: Notice[] = [{ kind: 'referral_received', recipientType: 'agency', recipient: toAgency, subjectId: referralId, facts, deliverAfter: at }];
      // A deadline less than a day away is already in the first notice: a reminder at the same time would say it twice.
      const remindAt = Date.parse(responseDeadline) - DEADLINE_REMINDER_MS;
      if (remindAt > Date.parse(at)) {
        notices.push({
          kind: 'referral_deadline_soon',
          recipientType: 'agency',
          recipient: toAgency,
          subjectId: referralId,
          facts,
          deliverAfter: new Date(remindAt).toISOString(),
        });
      }
      return { notices, settles: null };
    }
    case 'ReferralAccepted':
    case 'ReferralDeclined':
    case 'ReferralWithdrawn':
      return { notices: [], settles: event.data.referralId };
    case 'ReferralExpired': {
      const { referralId, escalateTo } = event.data;
      const facts = {
        referralId,
        responseDeadline: storedInstant(event.data.responseDeadline, 'responseDeadline'),
        escalatedTo: escalateTo.agency,
      };
      return {
        notices: [{ kind: 'referral_expired', recipientType: 'supervisors', recipient: escalateTo.agency, subjectId: referralId, facts, deliverAfter: at }],
        settles: referralId,
      };
    }
    case 'TransferRequested': {
      const { transferId, fromAgency, toAgency } = event.data;
      return {
        notices: [
          {
            kind: 'transfer_received',
            recipientType: 'agency',
            recipient: toAgency,
            subjectId: transferId,
            facts: { transferId, fromAgency, toAgency },
            deliverAfter: at,
          },
        ],
        settles: null,
      };
    }
    case 'CaseAssigned':
      return {
        notices: [
          {
            kind: 'case_assigned',
            recipientType: 'user',
            recipient: event.data.assignee,
            subjectId: null,
            facts: { assignee: event.data.assignee, agency: event.data.by.agency },
            deliverAfter: at,
          },
        ],
        settles: null,
      };
    default: {
      const unhandled: never = event;
      throw new Error(`No notification for event type ${(unhandled as CaseEvent).type}`);
    }
  }
}

const INSERT = `
  INSERT INTO rm_notifications (notification_id, event_id, kind, case_id, subject_id, recipient_type, recipient, channel, facts, occurred_at, deliver_after)
  SELECT notification_id, event_id, kind, case_id, subject_id, recipient_type, recipient, channel, facts, occurred_at, deliver_after
  FROM jsonb_populate_recordset(NULL::rm_notifications, $1::jsonb)
  ON CONFLICT (notification_id) DO NOTHING`;

/**
 * A reminder not yet sent is withdrawn once the referral is answered; one already sent stays as it was. Every referral
 * a batch settles in one statement, each at its first settling (a later one finds the reminder withdrawn, or due
 * before it too): the same rows as one UPDATE per event, in order. The referrals are named to the table itself
 * (`subject_id = ANY`), so it is searched by its subject index: joined only through the aggregate, a rebuild's
 * fresh table (no statistics yet) was scanned for every reminder not yet withdrawn, 50-180 ms a batch.
 */
const SETTLE = `
  UPDATE rm_notifications n SET cancelled_at = s.at
  FROM (SELECT referral_id, min(at) AS at FROM unnest($1::text[], $2::timestamptz[]) AS t(referral_id, at) GROUP BY referral_id) s
  WHERE n.subject_id = ANY($1::text[]) AND n.subject_id = s.referral_id
    AND n.kind = 'referral_deadline_soon' AND n.cancelled_at IS NULL AND n.deliver_after > s.at`;

/**
 * `rm_notifications`, the outbox: one row per event, kind, recipient and channel for a referral or transfer an
 * agency receives, a referral's answer due within a day (written when it is sent, to be delivered a day before, and
 * withdrawn when it is answered first), an expiry escalated to the sender's supervisors, and a case assigned to a
 * caseworker. Recipients are agencies, an agency's supervisors or a user: the delivery worker finds their addresses
 * in the directory when it sends, so the rows depend on the log alone and a replay writes the same rows.
 */
export class NotificationsProjection implements Projection {
  readonly name = PROJECTION.notifications;
  readonly eventTypes: readonly string[] = HANDLED;

  async apply(events: readonly StoredEvent[], manager: EntityManager): Promise<void> {
    const rows: NotificationRow[] = [];
    const settled: Array<{ referralId: string; at: string }> = [];
    for (const stored of events) {
      const event = { type: stored.type, data: stored.data };
      if (!isCaseEvent(event) || !isHandled(event)) continue;
      const { notices, settles } = noticesOf(event);
      for (const notice of notices) {
        for (const channel of CHANNELS[notice.recipientType]) {
          rows.push({
            notification_id: notificationId(stored.id, notice.kind, notice.recipientType, notice.recipient, channel),
            event_id: stored.id,
            kind: notice.kind,
            case_id: event.data.caseId,
            subject_id: notice.subjectId,
            recipient_type: notice.recipientType,
            recipient: notice.recipient,
            channel,
            facts: notice.facts,
            occurred_at: event.data.at,
            deliver_after: notice.deliverAfter,
          });
        }
      }
      if (settles) settled.push({ referralId: settles, at: event.data.at });
    }
    // At most two statements a batch, whatever its size: the rows in one INSERT, then the reminders its answers withdraw.
    if (rows.length > 0) await manager.query(INSERT, [JSON.stringify(rows)]);
    if (settled.length > 0) await manager.query(SETTLE, [settled.map((s) => s.referralId), settled.map((s) => s.at)]);
  }
}
