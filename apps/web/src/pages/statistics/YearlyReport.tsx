import { useState } from 'react';
import { ApiError } from '../../api.js';
import { ErrorNote, Section } from '../../components/common.js';
import type { Lang } from '../../i18n.js';
import { usePageText } from '../audit-stats.messages.js';
import { useDownload } from './download.js';
import { RegionField, regionText, resolveRegion } from './RegionField.js';
import type { Scope } from './stats-types.js';

/**
 * The yearly report is built by the API (GET /stats/reports/yearly). It needs the bearer token too, so
 * the page fetches it and saves it; a server without the report answers 404, said plainly.
 */
export function YearlyReport({ scope }: { scope: Scope | null }) {
  const { tx, t, lang } = usePageText();
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [place, setPlace] = useState(regionText('province', scope?.level === 'province' ? (scope.code ?? '') : ''));
  const [reportLang, setReportLang] = useState<Lang>(lang);
  const [errors, setErrors] = useState<{ year?: string; province?: string }>({});
  const { note, error, busy, download } = useDownload();

  function fetchReport(format: 'html' | 'pdf') {
    const found = {
      year: /^\d{4}$/.test(year) && Number(year) >= 2000 && Number(year) <= 2100 ? undefined : `${tx('stats.year')}: ${tx('stats.invalidYear')}`,
      province: resolveRegion('province', place) === null ? `${tx('stats.province')}: ${tx('stats.invalidProvince')}` : undefined,
    };
    setErrors(found);
    const province = resolveRegion('province', place);
    if (found.year || province === null) return;
    const q = new URLSearchParams({ year, lang: reportLang, format });
    if (province) q.set('province', province);
    void download(`/stats/reports/yearly?${q}`, `laporan-tahunan-${year}-${province || 'nasional'}-${reportLang}.${format}`, (file) =>
      tx('stats.downloaded', { file }),
    );
  }

  const missing = error instanceof ApiError && error.status === 404;
  return (
    <Section id="stats-report" title={tx('stats.report')}>
      <p className="hint">{tx('stats.reportHint')}</p>
      <form className="stats-filters" onSubmit={(e) => e.preventDefault()} noValidate>
        <div className="field">
          <label htmlFor="report-year">{tx('stats.year')}</label>
          <input
            id="report-year"
            inputMode="numeric"
            value={year}
            onChange={(e) => setYear(e.target.value.trim())}
            aria-invalid={errors.year ? true : undefined}
            aria-describedby={errors.year ? 'report-year-error' : undefined}
          />
          {errors.year && (
            <p className="field-error" id="report-year-error">
              {errors.year}
            </p>
          )}
        </div>
        <RegionField
          id="report-province"
          kind="province"
          title={`${tx('stats.province')} (${t('form.optional')})`}
          hint={tx('stats.provinceHint')}
          value={place}
          error={errors.province}
          onChange={setPlace}
        />
        <div className="field">
          <label htmlFor="report-lang">{tx('stats.reportLang')}</label>
          <select id="report-lang" value={reportLang} onChange={(e) => setReportLang(e.target.value === 'en' ? 'en' : 'id')}>
            <option value="id">Bahasa Indonesia</option>
            <option value="en">English</option>
          </select>
        </div>
      </form>
      <div className="button-row">
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => fetchReport('html')}>
          {tx('stats.reportHtml')}
        </button>
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => fetchReport('pdf')}>
          {tx('stats.reportPdf')}
        </button>
      </div>
      <div aria-live="polite">
        {note && (
          <p className="notice notice-ok" role="status">
            {note}
          </p>
        )}
      </div>
      {missing ? (
        <p className="notice notice-warning" role="alert">
          {tx('stats.reportMissing')}
        </p>
      ) : (
        error !== null && <ErrorNote error={error} />
      )}
    </Section>
  );
}
