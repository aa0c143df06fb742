import { useEffect, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError, apiDownload } from '../api.js';
import { BarChart, type Bar } from '../components/charts/BarChart.js';
import { ErrorNote, Loading, Section, StaleNote, useResource } from '../components/common.js';
import { todayWib } from '../format.js';
import type { Lang } from '../i18n.js';
import { label } from '../labels.js';
import { hasText, usePageText, type PageText, type TextKey } from './audit-stats.messages.js';
import './audit-stats.css';

/** What GET /stats/cases may group by (apps/api/src/stats/stats.controller.ts), in the order people think of them. */
const CASE_DIMENSIONS = [
  'year',
  'month',
  'foundProvince',
  'foundDistrict',
  'originProvince',
  'originDistrict',
  'sex',
  'ageGroup',
  'nationality',
  'victimStatus',
  'destinationCountry',
  'channel',
  'stage',
  'closureReason',
  // Multi-valued: a case counts under each of its values; the API takes one of these with at most one other dimension.
  'exploitationType',
  'recruitmentMethod',
  'modus',
  'transitPoint',
] as const;
const REFERRAL_DIMENSIONS = ['toAgencyType', 'toAgency', 'service', 'year', 'foundProvince', 'foundDistrict'] as const;
const MAX_CASE_DIMENSIONS = 3;
const MAX_REFERRAL_DIMENSIONS = 2;
const ANSWERS = ['accepted', 'declined', 'withdrawn', 'expired', 'pending'] as const;
/** Suppressed figures read "s" here as in the CSV and XLSX exports. */
const SUPPRESSED = 's';
const CHART_BARS = 30;

type KeyValue = string | number | null;
type Key = Record<string, KeyValue>;

interface Scope {
  level: 'national' | 'province' | 'district';
  code: string | null;
}

interface CasesView {
  scope: Scope;
  groupBy: string[];
  threshold: number;
  cells: Array<{ key: Key; count: number | null; suppressed: boolean }>;
  margins: Array<{ dimension: string; key: Key; count: number | null; suppressed: boolean }>;
  total: number | null;
  totalSuppressed: boolean;
}

interface ReferralGroup {
  key: Key;
  suppressed: boolean;
  sent: number | null;
  answers?: Record<(typeof ANSWERS)[number], number | null>;
  completed?: number | null;
  medianHoursToAnswer?: number | null;
  shareAnsweredInTime?: number | null;
  medianDaysToComplete?: number | null;
}

interface ReferralsView {
  scope: Scope;
  groupBy: string[];
  threshold: number;
  groups: ReferralGroup[];
  totalSent: number | null;
}

/** The filters as they stand in the address (so a table can be linked to), and as the form edits them. */
interface Filters {
  groupBy: string[];
  referralGroupBy: string[];
  from: string;
  to: string;
  province: string;
  district: string;
}

const DEFAULTS: Filters = { groupBy: ['year'], referralGroupBy: ['toAgencyType'], from: '', to: '', province: '', district: '' };

function readFilters(params: URLSearchParams): Filters {
  const list = (name: string, fallback: string[], allowed: readonly string[], max: number) => {
    const raw = params.get(name);
    if (raw === null) return fallback;
    return [...new Set(raw.split(',').filter((d) => allowed.includes(d)))].slice(0, max);
  };
  return {
    groupBy: list('kelompok', DEFAULTS.groupBy, CASE_DIMENSIONS, MAX_CASE_DIMENSIONS),
    referralGroupBy: list('rujukan', DEFAULTS.referralGroupBy, REFERRAL_DIMENSIONS, MAX_REFERRAL_DIMENSIONS),
    from: params.get('dari') ?? '',
    to: params.get('sampai') ?? '',
    province: params.get('provinsi') ?? '',
    district: params.get('kabkota') ?? '',
  };
}

function writeFilters(filters: Filters): Record<string, string> {
  const out: Record<string, string> = { kelompok: filters.groupBy.join(','), rujukan: filters.referralGroupBy.join(',') };
  if (filters.from) out.dari = filters.from;
  if (filters.to) out.sampai = filters.to;
  if (filters.province) out.provinsi = filters.province;
  if (filters.district) out.kabkota = filters.district;
  return out;
}

/** The API's query for one view: its groupBy and the shared filters. */
function apiQuery(groupBy: string[], filters: Filters, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams();
  if (groupBy.length > 0) q.set('groupBy', groupBy.join(','));
  if (filters.from) q.set('from', filters.from);
  if (filters.to) q.set('to', filters.to);
  if (filters.province) q.set('province', filters.province);
  if (filters.district) q.set('district', filters.district);
  for (const [name, value] of Object.entries(extra)) q.set(name, value);
  const text = q.toString();
  return text ? `?${text}` : '';
}

const locale = (lang: Lang) => (lang === 'id' ? 'id-ID' : 'en-GB');

function numberFormat(lang: Lang) {
  const format = new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 1 });
  return (value: number) => format.format(value);
}

/** A dimension's value for people: the domain's labels, country and month names, codes for regions. */
export function valueLabel(lang: Lang, tx: PageText, dimension: string, value: KeyValue): string {
  if (value === null || value === '') return tx('stats.unknown');
  const text = String(value);
  switch (dimension) {
    case 'sex':
      return label(lang, 'sex', text);
    case 'stage':
      return label(lang, 'stage', text);
    case 'channel':
      return label(lang, 'channel', text);
    case 'victimStatus':
      return label(lang, 'victimStatus', text);
    case 'toAgencyType':
      return label(lang, 'agencyType', text);
    case 'service':
      return label(lang, 'service', text);
    case 'ageGroup':
    case 'closureReason':
      return hasText(`value.${text}`) ? tx(`value.${text}` as TextKey) : text;
    case 'nationality':
    case 'destinationCountry':
      try {
        const name = new Intl.DisplayNames([locale(lang)], { type: 'region' }).of(text);
        return name && name !== text ? `${name} (${text})` : text;
      } catch {
        return text;
      }
    case 'month': {
      const month = Number(value);
      return month >= 1 && month <= 12 ? new Intl.DateTimeFormat(locale(lang), { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month - 1, 1))) : text;
    }
    default:
      return text;
  }
}

const dimensionName = (tx: PageText, dimension: string) => tx(`dim.${dimension}` as TextKey);

function scopeText(tx: PageText, scope: Scope): string {
  return scope.level === 'national' ? tx('stats.scope.national') : tx(scope.level === 'province' ? 'stats.scope.province' : 'stats.scope.district', { code: scope.code ?? '' });
}

/** Saves a file the API sent: a plain link cannot carry the bearer token, so the page fetches it and hands the browser the blob. */
function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

function useDownload() {
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function download(path: string, filename: string, doneText: (file: string) => string) {
    setBusy(true);
    setNote(null);
    setError(null);
    try {
      saveBlob(await apiDownload(path), filename);
      setNote(doneText(filename));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }
  return { note, error, busy, download };
}

function ExportButtons({ path, name, groupLabel }: { path: string; name: string; groupLabel: string }) {
  const { tx } = usePageText();
  const { note, error, busy, download } = useDownload();
  const join = path.includes('?') ? '&' : '?';
  const stamp = todayWib();
  return (
    <div className="export">
      <div className="button-row" role="group" aria-label={groupLabel}>
        {(['csv', 'xlsx'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className="button button-secondary"
            disabled={busy}
            onClick={() => void download(`${path}${join}format=${format}`, `rujukan-${name}-${stamp}.${format}`, (file) => tx('stats.downloaded', { file }))}
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

function Count({ value }: { value: number | null }) {
  const { lang } = usePageText();
  return <>{value === null ? SUPPRESSED : numberFormat(lang)(value)}</>;
}

function SuppressionNote({ id, threshold }: { id: string; threshold: number }) {
  const { tx } = usePageText();
  return (
    <p className="hint footnote" id={id}>
      {tx('stats.suppressedNote', { threshold })}
    </p>
  );
}

/** A chart of the given bars, its accessible name summarising it, and where its figures are as a table. */
function Chart({ title, bars }: { title: string; bars: Bar[] }) {
  const { tx, lang } = usePageText();
  const format = numberFormat(lang);
  const shown = bars.slice(0, CHART_BARS);
  const suppressed = bars.filter((b) => b.value === null).length;
  const max = Math.max(0, ...bars.map((b) => b.value ?? 0));
  const name = tx('stats.chartLabel', {
    title,
    count: bars.length,
    max: format(max),
    suppressed: suppressed > 0 ? tx('stats.chartSuppressed', { n: suppressed }) : '',
  });
  return (
    <figure className="chart-figure">
      <BarChart label={name} bars={shown} formatValue={format} suppressedMark={SUPPRESSED} />
      <figcaption className="hint">
        {title}. {tx('stats.chartAlt')} {bars.length > shown.length && tx('stats.chartTooMany', { shown: shown.length, count: bars.length })}
      </figcaption>
    </figure>
  );
}

function CasesSection({ filters, onScope }: { filters: Filters; onScope(scope: Scope): void }) {
  const { tx, lang } = usePageText();
  const path = `/stats/cases${apiQuery(filters.groupBy, filters)}`;
  const view = useResource<CasesView>(path);
  const data = view.data;
  useEffect(() => {
    if (data) onScope(data.scope);
  }, [data, onScope]);
  const dims = data?.groupBy ?? [];
  const keyText = (key: Key, only: readonly string[] = dims) => only.map((d) => valueLabel(lang, tx, d, key[d] ?? null)).join(' · ');
  const dimsText = dims.map((d) => dimensionName(tx, d).toLocaleLowerCase(locale(lang))).join(', ');
  return (
    <Section id="stats-cases" title={tx('stats.cases')} actions={<ExportButtons path={path} name="kasus" groupLabel={tx('stats.exportCasesLabel')} />}>
      <StaleNote behind={view.behind} />
      {view.error !== null && <ErrorNote error={view.error} onRetry={() => void view.reload()} />}
      {view.loading && !data && <Loading />}
      {data && (
        <>
          <p>
            {tx('stats.scope', { scope: scopeText(tx, data.scope) })} ·{' '}
            <strong>
              {tx('stats.totalCases', { total: data.total === null ? SUPPRESSED : numberFormat(lang)(data.total) })}
            </strong>
          </p>
          {dims.length > 0 && data.cells.length === 0 && <p>{tx('stats.noData')}</p>}
          {dims.length > 0 && data.cells.length > 0 && (
            <>
              <Chart title={tx('stats.casesChart', { dims: dimsText })} bars={data.cells.map((c) => ({ label: keyText(c.key), value: c.count }))} />
              <div className="table-wrap" role="region" aria-labelledby="stats-cases-caption" tabIndex={0}>
                <table className="cards" aria-describedby="stats-cases-note">
                  <caption id="stats-cases-caption">{tx('stats.casesChart', { dims: dimsText })}</caption>
                  <thead>
                    <tr>
                      {dims.map((d) => (
                        <th key={d} scope="col">
                          {dimensionName(tx, d)}
                        </th>
                      ))}
                      <th scope="col" className="num">
                        {tx('stats.count')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.cells.map((cell) => (
                      <tr key={JSON.stringify(cell.key)} className={cell.suppressed ? 'suppressed' : undefined}>
                        {dims.map((d) => (
                          <td key={d} data-label={dimensionName(tx, d)}>
                            {valueLabel(lang, tx, d, cell.key[d] ?? null)}
                          </td>
                        ))}
                        <td className="num" data-label={tx('stats.count')}>
                          <Count value={cell.count} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr>
                      <th scope="row" colSpan={dims.length} data-label="">
                        {tx('stats.total')}
                      </th>
                      <td className="num" data-label={tx('stats.total')}>
                        <Count value={data.total} />
                      </td>
                    </tr>
                  </tfoot>
                </table>
              </div>
              {data.margins.length > 0 && (
                <details className="margins">
                  <summary>
                    {tx('stats.margins')} ({data.margins.length})
                  </summary>
                  <div className="table-wrap" role="region" aria-label={tx('stats.margins')} tabIndex={0}>
                    <table className="cards">
                      <thead>
                        <tr>
                          <th scope="col">{tx('stats.summedOver')}</th>
                          {dims.map((d) => (
                            <th key={d} scope="col">
                              {dimensionName(tx, d)}
                            </th>
                          ))}
                          <th scope="col" className="num">
                            {tx('stats.count')}
                          </th>
                        </tr>
                      </thead>
                      <tbody>
                        {data.margins.map((m) => (
                          <tr key={`${m.dimension}-${JSON.stringify(m.key)}`}>
                            <td data-label={tx('stats.summedOver')}>{dimensionName(tx, m.dimension)}</td>
                            {dims.map((d) => (
                              <td key={d} data-label={dimensionName(tx, d)}>
                                {d === m.dimension ? '—' : valueLabel(lang, tx, d, m.key[d] ?? null)}
                              </td>
                            ))}
                            <td className="num" data-label={tx('stats.count')}>
                              <Count value={m.count} />
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                </details>
              )}
            </>
          )}
          <SuppressionNote id="stats-cases-note" threshold={data.threshold} />
        </>
      )}
    </Section>
  );
}

function ReferralsSection({ filters }: { filters: Filters }) {
  const { tx, lang } = usePageText();
  const path = `/stats/referrals${apiQuery(filters.referralGroupBy, filters)}`;
  const view = useResource<ReferralsView>(path);
  const data = view.data;
  const dims = data?.groupBy ?? [];
  const format = numberFormat(lang);
  const keyText = (key: Key) => (dims.length === 0 ? tx('stats.allReferrals') : dims.map((d) => valueLabel(lang, tx, d, key[d] ?? null)).join(' · '));
  const dimsText = dims.length === 0 ? tx('stats.allReferrals').toLocaleLowerCase(locale(lang)) : dims.map((d) => dimensionName(tx, d).toLocaleLowerCase(locale(lang))).join(', ');
  const figure = (value: number | null | undefined) => (value === null || value === undefined ? SUPPRESSED : format(value));
  const columns: Array<{ title: string; value(g: ReferralGroup): string }> = [
    { title: tx('stats.sent'), value: (g) => figure(g.sent) },
    ...ANSWERS.map((a) => ({ title: tx(`stats.answer.${a}`), value: (g: ReferralGroup) => figure(g.answers?.[a]) })),
    { title: tx('stats.completed'), value: (g) => figure(g.completed) },
    { title: tx('stats.medianHours'), value: (g) => figure(g.medianHoursToAnswer) },
    {
      title: tx('stats.inTime'),
      value: (g) => (g.shareAnsweredInTime === null || g.shareAnsweredInTime === undefined ? SUPPRESSED : tx('stats.percent', { n: format(Math.round(g.shareAnsweredInTime * 100)) })),
    },
    { title: tx('stats.medianDays'), value: (g) => figure(g.medianDaysToComplete) },
  ];
  const title = tx('stats.referralsChart', { dims: dimsText });
  return (
    <Section id="stats-referrals" title={tx('stats.referrals')} actions={<ExportButtons path={path} name="rujukan" groupLabel={tx('stats.exportReferralsLabel')} />}>
      <StaleNote behind={view.behind} />
      {view.error !== null && <ErrorNote error={view.error} onRetry={() => void view.reload()} />}
      {view.loading && !data && <Loading />}
      {data && (
        <>
          <p>
            {tx('stats.scope', { scope: scopeText(tx, data.scope) })} ·{' '}
            <strong>{tx('stats.totalSent', { total: figure(data.totalSent) })}</strong>
          </p>
          {data.groups.length === 0 ? (
            <p>{tx('stats.noData')}</p>
          ) : (
            <>
              {dims.length > 0 && <Chart title={title} bars={data.groups.map((g) => ({ label: keyText(g.key), value: g.sent }))} />}
              <div className="table-wrap" role="region" aria-labelledby="stats-referrals-caption" tabIndex={0}>
                <table className="cards" aria-describedby="stats-referrals-note">
                  <caption id="stats-referrals-caption">{title}</caption>
                  <thead>
                    <tr>
                      {dims.length === 0 ? (
                        <th scope="col">{tx('stats.referrals')}</th>
                      ) : (
                        dims.map((d) => (
                          <th key={d} scope="col">
                            {dimensionName(tx, d)}
                          </th>
                        ))
                      )}
                      {columns.map((c) => (
                        <th key={c.title} scope="col" className="num">
                          {c.title}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {data.groups.map((g) => (
                      <tr key={JSON.stringify(g.key)} className={g.suppressed ? 'suppressed' : undefined}>
                        {dims.length === 0 ? (
                          <td data-label={tx('stats.referrals')}>{keyText(g.key)}</td>
                        ) : (
                          dims.map((d) => (
                            <td key={d} data-label={dimensionName(tx, d)}>
                              {valueLabel(lang, tx, d, g.key[d] ?? null)}
                            </td>
                          ))
                        )}
                        {columns.map((c) => (
                          <td key={c.title} className="num" data-label={c.title}>
                            {c.value(g)}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
          <SuppressionNote id="stats-referrals-note" threshold={data.threshold} />
        </>
      )}
    </Section>
  );
}

/**
 * The yearly report is built by the API (GET /stats/reports/yearly). It needs the bearer token too, so
 * the page fetches it and saves it; a server without the report answers 404, said plainly.
 */
function YearlyReport({ scope }: { scope: Scope | null }) {
  const { tx, t, lang } = usePageText();
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [province, setProvince] = useState(scope?.level === 'province' ? (scope.code ?? '') : '');
  const [reportLang, setReportLang] = useState<Lang>(lang);
  const [errors, setErrors] = useState<{ year?: string; province?: string }>({});
  const { note, error, busy, download } = useDownload();

  function fetchReport(format: 'html' | 'pdf') {
    const found = {
      year: /^\d{4}$/.test(year) && Number(year) >= 2000 && Number(year) <= 2100 ? undefined : `${tx('stats.year')}: ${tx('stats.invalidYear')}`,
      province: province === '' || /^[1-9][0-9]$/.test(province) ? undefined : `${tx('stats.province')}: ${tx('stats.invalidProvince')}`,
    };
    setErrors(found);
    if (found.year || found.province) return;
    const q = new URLSearchParams({ year, lang: reportLang, format });
    if (province) q.set('province', province);
    void download(`/stats/reports/yearly?${q}`, `laporan-tahunan-${year}-${province || 'nasional'}-${reportLang}.${format}`, (file) => tx('stats.downloaded', { file }));
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
        <div className="field">
          <label htmlFor="report-province">
            {tx('stats.province')} <span className="hint">({t('form.optional')})</span>
          </label>
          <input
            id="report-province"
            inputMode="numeric"
            value={province}
            onChange={(e) => setProvince(e.target.value.trim())}
            aria-invalid={errors.province ? true : undefined}
            aria-describedby={errors.province ? 'report-province-hint report-province-error' : 'report-province-hint'}
          />
          <p className="hint" id="report-province-hint">
            {tx('stats.provinceHint')}
          </p>
          {errors.province && (
            <p className="field-error" id="report-province-error">
              {errors.province}
            </p>
          )}
        </div>
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

function DimensionSelects({ legend, idPrefix, allowed, values, onChange, max }: {
  legend: string;
  idPrefix: string;
  allowed: readonly string[];
  values: string[];
  onChange(values: string[]): void;
  max: number;
}) {
  const { tx } = usePageText();
  const slots = Array.from({ length: max }, (_, i) => values[i] ?? '');
  return (
    <fieldset className="dimensions">
      <legend>{legend}</legend>
      <div className="dimension-fields">
        {slots.map((value, i) => (
          <div className="field" key={i}>
            <label htmlFor={`${idPrefix}-${i}`}>{tx('stats.dimension', { n: i + 1 })}</label>
            <select
              id={`${idPrefix}-${i}`}
              value={value}
              onChange={(e) => {
                const next = [...slots];
                next[i] = e.target.value;
                onChange(next.filter(Boolean));
              }}
            >
              <option value="">{tx('stats.noGroup')}</option>
              {allowed.map((d) => (
                // A dimension chosen in another slot cannot be chosen twice (the API refuses it).
                <option key={d} value={d} disabled={values.includes(d) && value !== d}>
                  {dimensionName(tx, d)}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * For the task forces: counts of cases and referral figures within their region, as tables and bar
 * charts (each chart one image with a summary for screen readers, its figures in the table below it),
 * small counts suppressed as the API publishes them ("s"), CSV/XLSX exports and the yearly report.
 */
export function StatisticsPage() {
  const { tx, t } = usePageText();
  const [params, setParams] = useSearchParams();
  const applied = readFilters(params);
  const [draft, setDraft] = useState<Filters>(applied);
  const [errors, setErrors] = useState<Partial<Record<'from' | 'to' | 'province' | 'district', string>>>({});
  // The caller's region, as the API reports it with the counts: the yearly report starts from it.
  const [scope, setScope] = useState<Scope | null>(null);

  function apply(event: FormEvent) {
    event.preventDefault();
    const found: typeof errors = {};
    if (draft.province && !/^[1-9][0-9]$/.test(draft.province)) found.province = `${tx('stats.province')}: ${tx('stats.invalidProvince')}`;
    if (draft.district && !/^[1-9][0-9]{3}$/.test(draft.district)) found.district = `${tx('stats.district')}: ${tx('stats.invalidDistrict')}`;
    if (draft.from && draft.to && draft.to < draft.from) found.to = `${tx('stats.to')}: ${tx('stats.invalidRange')}`;
    setErrors(found);
    const first = (['province', 'district', 'to'] as const).find((f) => found[f]);
    if (first) {
      document.getElementById(`stats-${first}`)?.focus();
      return;
    }
    setParams(writeFilters(draft), { replace: false });
  }

  const field = (name: 'from' | 'to' | 'province' | 'district', title: string, input: { type?: string; inputMode?: 'numeric'; hint?: string }) => (
    <div className="field">
      <label htmlFor={`stats-${name}`}>{title}</label>
      <input
        id={`stats-${name}`}
        type={input.type ?? 'text'}
        inputMode={input.inputMode}
        value={draft[name]}
        onChange={(e) => setDraft({ ...draft, [name]: e.target.value.trim() })}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={[input.hint && `stats-${name}-hint`, errors[name] && `stats-${name}-error`].filter(Boolean).join(' ') || undefined}
      />
      {input.hint && (
        <p className="hint" id={`stats-${name}-hint`}>
          {input.hint}
        </p>
      )}
      {errors[name] && (
        <p className="field-error" id={`stats-${name}-error`}>
          {errors[name]}
        </p>
      )}
    </div>
  );

  return (
    <>
      <h1>{tx('stats.title')}</h1>
      <Section id="stats-filters" title={tx('stats.filters')}>
        <form onSubmit={apply} noValidate>
          {Object.keys(errors).length > 0 && (
            <p className="notice notice-error" role="alert">
              {t('form.fix')}
            </p>
          )}
          <div className="dimension-sets">
            <DimensionSelects
              legend={tx('stats.groupBy')}
              idPrefix="stats-group"
              allowed={CASE_DIMENSIONS}
              values={draft.groupBy}
              max={MAX_CASE_DIMENSIONS}
              onChange={(groupBy) => setDraft({ ...draft, groupBy })}
            />
            <DimensionSelects
              legend={tx('stats.referralGroupBy')}
              idPrefix="stats-referral-group"
              allowed={REFERRAL_DIMENSIONS}
              values={draft.referralGroupBy}
              max={MAX_REFERRAL_DIMENSIONS}
              onChange={(referralGroupBy) => setDraft({ ...draft, referralGroupBy })}
            />
          </div>
          <div className="stats-filters">
            {field('from', tx('stats.from'), { type: 'date' })}
            {field('to', tx('stats.to'), { type: 'date' })}
            {field('province', tx('stats.province'), { inputMode: 'numeric', hint: tx('stats.provinceHint') })}
            {field('district', tx('stats.district'), { inputMode: 'numeric', hint: tx('stats.districtHint') })}
          </div>
          <div className="form-actions">
            <button type="submit" className="button">
              {tx('stats.show')}
            </button>
          </div>
        </form>
      </Section>
      <CasesSection filters={applied} onScope={setScope} />
      <ReferralsSection filters={applied} />
      <YearlyReport key={scope ? `${scope.level}-${scope.code}` : 'unknown'} scope={scope} />
    </>
  );
}
