/**
 * What people are told, and how: a notification says what happened on a case, with the case's short number and a
 * link to the console, never who the victim is. One is written per event, kind, recipient and channel.
 */
export const NOTIFICATION_KINDS = ['referral_received', 'transfer_received', 'referral_deadline_soon', 'referral_expired', 'case_assigned'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_CHANNELS = ['email', 'webhook'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** Whom a notification is for: an agency (its address and webhooks), its supervisors (an escalation), or one user. */
export const NOTIFICATION_RECIPIENT_TYPES = ['agency', 'supervisors', 'user'] as const;
export type NotificationRecipientType = (typeof NOTIFICATION_RECIPIENT_TYPES)[number];

/**
 * A delivery to one address or webhook: `dead` after the last failed attempt, until an administrator replays it
 * (`pending` again) or discards it (`discarded`: never sent, kept for the record).
 */
export const DELIVERY_STATUSES = ['pending', 'delivered', 'dead', 'discarded'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** The short case number the console shows (`shortId`): the case id's first eight characters. */
export const shortCaseNumber = (caseId: string): string => caseId.slice(0, 8).toLowerCase();

/** A notification is sent this long before a referral's answer is due, unless it is answered first. */
export const DEADLINE_REMINDER_MS = 24 * 60 * 60 * 1000;
