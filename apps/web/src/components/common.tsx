import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { ApiError, apiGet } from '../api.js';
import { useI18n, type Lang, type Translate } from '../i18n.js';
import { refusal } from '../labels.js';

/** A message for people from an API refusal; field errors are shown next to their fields by the forms. */
export function errorMessage(t: Translate, lang: Lang, error: unknown): string {
  if (!(error instanceof ApiError)) return t('error.unknown', { code: 'CLIENT' });
  if (error.status === 0) return t('error.network');
  if (error.status === 403) return refusal(lang, error.code, t('error.forbidden', { code: error.code }), error.details);
  if (error.status === 404) return t('error.notFound');
  if (error.status === 400) return t('error.validation');
  // The rule that refused, in the reader's language, by its code: the API's message is English.
  if (error.status === 409 || error.status === 422)
    return t('error.conflict', { message: refusal(lang, error.code, `${error.message} (${error.code})`, error.details) });
  return t('error.unknown', { code: error.code });
}

export function ErrorNote({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, lang } = useI18n();
  return (
    <div className="notice notice-error" role="alert">
      <p>{errorMessage(t, lang, error)}</p>
      {onRetry && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('app.retry')}
        </button>
      )}
    </div>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}

export interface Resource<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
  behind: string | null;
  reload(): Promise<void>;
}

/** A GET that includes our own last write, reloadable, optionally polled (live updates when another agency acts). */
export function useResource<T>(path: string | null, pollMs = 0): Resource<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(path !== null);
  const [behind, setBehind] = useState<string | null>(null);
  const current = useRef(path);
  current.current = path;

  const reload = useCallback(async () => {
    if (path === null) return;
    try {
      const result = await apiGet<T>(path);
      if (current.current !== path) return;
      setData(result.data);
      setBehind(result.behind);
      setError(null);
    } catch (failure) {
      if (current.current === path) setError(failure);
    } finally {
      if (current.current === path) setLoading(false);
    }
  }, [path]);

  useEffect(() => {
    setLoading(path !== null);
    setData(null);
    void reload();
  }, [path, reload]);

  useEffect(() => {
    if (!pollMs || path === null) return;
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void reload();
    }, pollMs);
    const onVisible = () => document.visibilityState === 'visible' && void reload();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [pollMs, path, reload]);

  return { data, error, loading, behind, reload };
}

export function StaleNote({ behind }: { behind: string | null }) {
  const { t } = useI18n();
  if (!behind) return null;
  return (
    <p className="notice notice-warning" role="status">
      {t('app.stale', { behind })}
    </p>
  );
}

export function Section({ title, id, children, actions }: { title: string; id: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section className="panel" aria-labelledby={id}>
      <div className="panel-head">
        <h2 id={id}>{title}</h2>
        {actions}
      </div>
      {children}
    </section>
  );
}
