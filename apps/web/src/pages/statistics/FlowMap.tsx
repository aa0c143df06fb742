import { useEffect, useState } from 'react';
import { apiDownload } from '../../api.js';
import { ErrorNote, Loading, Section } from '../../components/common.js';
import { useI18n } from '../../i18n.js';

/**
 * The flow map the API draws (origin province → transit port → destination country, suppressed flows left out), shown
 * as an image: fetched with the bearer token, since an <img> cannot carry one, and shown as a data: address (the
 * console's Content-Security-Policy allows images from 'self' and data: only; an <img> runs no script of an SVG).
 */
export function FlowMap({ query }: { query: string }) {
  const { t, lang } = useI18n();
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setError(null);
    apiDownload(`/stats/flows.svg?lang=${lang}${query ? `&${query}` : ''}`)
      .then(
        (blob) =>
          new Promise<string>((resolve, reject) => {
            const reader = new FileReader();
            reader.onload = () => resolve(String(reader.result));
            reader.onerror = () => reject(reader.error);
            reader.readAsDataURL(blob);
          }),
      )
      .then(
        (address) => live && setUrl(address),
        (failure: unknown) => live && setError(failure),
      );
    return () => {
      live = false;
    };
  }, [lang, query, attempt]);
  return (
    <Section id="flow-map" title={t('stats.flowMap')}>
      {error !== null && <ErrorNote error={error} onRetry={() => setAttempt((n) => n + 1)} />}
      {error === null && url === null && <Loading />}
      {url && <img src={url} alt={t('stats.flowMapAlt')} style={{ maxWidth: '100%', height: 'auto' }} />}
    </Section>
  );
}
