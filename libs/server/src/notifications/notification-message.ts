import { shortCaseNumber, vocabularyLabel, type LabelLang, type NotificationKind } from '@rujukan/domain';
import type { NotificationFacts } from '@rujukan/read-models';

/** What a notification carries: the same facts for e-mail and webhook, and words in Indonesian with English. */
export interface NotificationMessage {
  subject: string;
  text: string;
  /** The webhook's JSON body (before signing). */
  payload: {
    id: string;
    type: NotificationKind;
    occurredAt: string;
    caseId: string;
    caseNumber: string;
    link: string;
    facts: NotificationFacts;
    text: { id: string; en: string };
  };
}

/** A time as people in Indonesia read it (WIB) and as UTC for English readers. */
function when(iso: string | undefined, lang: LabelLang): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (lang === 'en') return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return `${new Intl.DateTimeFormat('id-ID', { timeZone: 'Asia/Jakarta', dateStyle: 'long', timeStyle: 'short' }).format(date)} WIB`;
}

const service = (facts: NotificationFacts, lang: LabelLang): string =>
  facts.service ? (vocabularyLabel('service', facts.service, lang) ?? facts.service) : '—';

/** The sentence of each kind, from the facts alone: nothing the outbox does not hold, so no identity can slip in. */
const SENTENCES: Readonly<Record<NotificationKind, (f: NotificationFacts, n: string) => { id: string; en: string }>> = {
  referral_received: (f, n) => ({
    id: `${f.fromAgency} mengirim rujukan baru kepada ${f.toAgency} untuk layanan ${service(f, 'id')} pada kasus ${n}. Mohon dijawab sebelum ${when(f.responseDeadline, 'id')}.`,
    en: `${f.fromAgency} sent ${f.toAgency} a new referral for ${service(f, 'en')} on case ${n}. Please answer by ${when(f.responseDeadline, 'en')}.`,
  }),
  referral_deadline_soon: (f, n) => ({
    id: `Rujukan ${service(f, 'id')} dari ${f.fromAgency} pada kasus ${n} belum dijawab; tenggatnya ${when(f.responseDeadline, 'id')}, kurang dari sehari lagi.`,
    en: `The referral for ${service(f, 'en')} from ${f.fromAgency} on case ${n} is unanswered; it is due ${when(f.responseDeadline, 'en')}, within a day.`,
  }),
  referral_expired: (f, n) => ({
    id: `Rujukan pada kasus ${n} tidak dijawab sebelum tenggat ${when(f.responseDeadline, 'id')} dan dieskalasi kepada supervisor ${f.escalatedTo}. Mohon tindak lanjuti.`,
    en: `A referral on case ${n} was not answered by ${when(f.responseDeadline, 'en')} and is escalated to the supervisors of ${f.escalatedTo}. Please follow up.`,
  }),
  transfer_received: (f, n) => ({
    id: `${f.fromAgency} meminta ${f.toAgency} mengambil alih kasus ${n}. Mohon dijawab di konsol.`,
    en: `${f.fromAgency} asks ${f.toAgency} to take over case ${n}. Please answer in the console.`,
  }),
  case_assigned: (f, n) => ({
    id: `Kasus ${n} di ${f.agency} ditugaskan kepada Anda.`,
    en: `Case ${n} at ${f.agency} is assigned to you.`,
  }),
};

/** The console page a notification points to. */
function linkOf(consoleUrl: string, kind: NotificationKind, caseId: string, facts: NotificationFacts): string {
  const base = consoleUrl.replace(/\/+$/, '');
  if ((kind === 'referral_received' || kind === 'referral_deadline_soon') && facts.referralId) {
    return `${base}/kasus/${encodeURIComponent(caseId)}/rujukan/${encodeURIComponent(facts.referralId)}`;
  }
  return kind === 'transfer_received' ? `${base}/antrian` : `${base}/kasus/${encodeURIComponent(caseId)}`;
}

/** Composes a notification from its outbox row. */
export function composeNotification(
  row: { notification_id: string; kind: NotificationKind; case_id: string; facts: NotificationFacts; occurred_at: Date | string },
  consoleUrl: string,
): NotificationMessage {
  const number = shortCaseNumber(row.case_id);
  const text = SENTENCES[row.kind](row.facts, number);
  const link = linkOf(consoleUrl, row.kind, row.case_id, row.facts);
  const title = { id: vocabularyLabel('notificationKind', row.kind, 'id'), en: vocabularyLabel('notificationKind', row.kind, 'en') };
  return {
    subject: `[Rujukan] ${title.id} / ${title.en} — kasus ${number}`,
    text: `${text.id}\n${link}\n\n${text.en}\n${link}\n\n— Rujukan. Pemberitahuan ini tidak memuat data korban; buka konsol untuk rinciannya. / This notice carries no data about the victim; open the console for the details.\n`,
    payload: {
      id: row.notification_id,
      type: row.kind,
      occurredAt: new Date(row.occurred_at).toISOString(),
      caseId: row.case_id,
      caseNumber: number,
      link,
      facts: row.facts,
      text,
    },
  };
}
