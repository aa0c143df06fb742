import { ErrorNote } from '../../components/common.js';
import { today } from '../../format.js';
import { useI18n } from '../../i18n.js';
import { usePageText } from '../audit-stats.messages.js';
import { useDownload } from './download.js';

export function ExportButtons({ path, name, groupLabel }: { path: string; name: string; groupLabel: string }) {
  const { tx } = usePageText();
  const { lang } = useI18n();
  const { note, error, busy, download } = useDownload();
  const join = path.includes('?') ? '&' : '?';
  const stamp = today();
  return (
    <div className="export">
      <div className="button-row" role="group" aria-label={groupLabel}>
        {(['csv', 'xlsx'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className="button button-secondary"
            disabled={busy}
            onClick={() =>
              void download(`${path}${join}format=${format}&lang=${lang}`, `rujukan-${name}-${stamp}.${format}`, (file) => tx('stats.downloaded', { file }))
            }
          >
            {tx(format === 'csv' ? 'stats.exportCsv' : 'stats.exportXlsx')}
          </button>
        ))}
      </div>
      <div aria-live="polite">
        {note && (
          <p className="notice notice-ok" role="status">
            {note}
          </p>
        )}
      </div>
      {error !== null && <ErrorNote error={error} />}
    </div>
  );
}
