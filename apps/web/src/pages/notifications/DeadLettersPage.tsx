import { useState } from 'react';
import { apiPost } from '../../api.js';
import { ErrorNote, Loading, Section, useResource } from '../../components/common.js';
import { formatDateTime, shortId } from '../../format.js';
import { useI18n } from '../../i18n.js';
import { label } from '../../labels.js';

/** What GET /admin/notifications/dead-letters answers: a notification's kind and case number, never its content. */
interface DeadLetter {
  deliveryId: string;
  notificationId: string;
  kind: string;
  caseId: string;
  channel: string;
  target: string;
  attempts: number;
  lastError: string | null;
  deadAt: string;
}

interface NotificationStatus {
  email: { configured: boolean; waiting: number; expired: number };
  deadLetters: number;
}

interface Webhook {
  subscriptionId: string;
  agency: string;
  url: string;
  active: boolean;
}

/**
 * Pemberitahuan gagal: for administrators, the deliveries that failed every attempt (what they were about, where they
 * went, how often they were tried and the last error), each to send again or discard; and whether e-mail can be sent
 * at all (SMTP_URL), with the e-mails that wait for it.
 */
export function DeadLettersPage() {
  const { t, lang } = useI18n();
  const list = useResource<{ deadLetters: DeadLetter[] }>('/admin/notifications/dead-letters');
  const status = useResource<NotificationStatus>('/admin/notifications/status');
  const webhooks = useResource<{ webhooks: Webhook[] }>('/admin/webhooks');
  const [done, setDone] = useState<string | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const target = (letter: DeadLetter): string => {
    if (letter.target.startsWith('email:')) return letter.target.slice('email:'.length);
    const id = letter.target.slice('webhook:'.length);
    const hook = webhooks.data?.webhooks.find((w) => w.subscriptionId === id);
    return hook ? `${hook.agency} · ${hook.url}` : shortId(id);
  };

  async function act(letter: DeadLetter, action: 'replay' | 'discard') {
    setFailed(null);
    setDone(null);
    setBusy(letter.deliveryId);
    try {
      await apiPost(`/admin/notifications/dead-letters/${letter.deliveryId}/${action}`, {});
      setDone(t(action === 'replay' ? 'deadLetters.replayed' : 'deadLetters.discarded', { case: shortId(letter.caseId) }));
      await Promise.all([list.reload(), status.reload()]);
    } catch (error) {
      setFailed(error);
    } finally {
      setBusy(null);
    }
  }

  const email = status.data?.email;
  return (
    <>
      <h1>{t('deadLetters.title')}</h1>
      {email && !email.configured && (
        <p className="notice notice-warning" role="note">
          {t('deadLetters.smtpUnset', { waiting: String(email.waiting) })}
          {email.expired > 0 && ` ${t('deadLetters.smtpExpired', { expired: String(email.expired) })}`}
        </p>
      )}
      {done && (
        <p className="notice notice-ok" role="status">
          {done}
        </p>
      )}
      {failed !== null && <ErrorNote error={failed} />}
      {list.error !== null && <ErrorNote error={list.error} onRetry={() => void list.reload()} />}
      {list.loading && !list.data && <Loading />}
      {list.data && (
        <Section id="dead-letters" title={t('deadLetters.list', { count: String(list.data.deadLetters.length) })}>
          <p className="hint">{t('deadLetters.hint')}</p>
          {list.data.deadLetters.length === 0 ? (
            <p className="hint">{t('app.none')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('deadLetters.deadAt')}</th>
                  <th scope="col">{t('deadLetters.kind')}</th>
                  <th scope="col">{t('deadLetters.case')}</th>
                  <th scope="col">{t('deadLetters.target')}</th>
                  <th scope="col">{t('deadLetters.attempts')}</th>
                  <th scope="col">{t('deadLetters.lastError')}</th>
                  <th scope="col">{t('deadLetters.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.deadLetters.map((letter) => (
                  <tr key={letter.deliveryId} data-delivery={letter.deliveryId}>
                    <td>{formatDateTime(lang, letter.deadAt)}</td>
                    <td>{label(lang, 'notificationKind', letter.kind)}</td>
                    <td>{shortId(letter.caseId)}</td>
                    <td>
                      {label(lang, 'notificationChannel', letter.channel)}: {target(letter)}
                    </td>
                    <td>{letter.attempts}</td>
                    <td>{letter.lastError ?? '—'}</td>
                    <td>
                      <button type="button" className="button" disabled={busy !== null} onClick={() => void act(letter, 'replay')}>
                        {t('deadLetters.replay')}
                      </button>{' '}
                      <button type="button" className="button button-secondary" disabled={busy !== null} onClick={() => void act(letter, 'discard')}>
                        {t('deadLetters.discard')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Section>
      )}
    </>
  );
}
