import { useEffect } from 'react';
import { ErrorNote, Loading, Section, StaleNote, useResource } from '../../components/common.js';
import { usePageText } from '../audit-stats.messages.js';
import { Chart } from './Chart.js';
import { Count } from './Count.js';
import { ExportButtons } from './ExportButtons.js';
import { apiQuery, type Filters } from './filters.js';
import { dimensionName, locale, numberFormat, scopeText, SUPPRESSED, valueLabel } from './stats-text.js';
import type { CasesView, Key, Scope } from './stats-types.js';
import { SuppressionNote } from './SuppressionNote.js';

export function CasesSection({ filters, onScope }: { filters: Filters; onScope(scope: Scope): void }) {
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
            {tx('stats.scope', { scope: scopeText(tx, data.scope, lang) })} ·{' '}
            <strong>{tx('stats.totalCases', { total: data.total === null ? SUPPRESSED : numberFormat(lang)(data.total) })}</strong>
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
