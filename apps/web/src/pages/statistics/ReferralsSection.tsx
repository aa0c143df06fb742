import { ErrorNote, Loading, Section, StaleNote, useResource } from '../../components/common.js';
import { usePageText } from '../audit-stats.messages.js';
import { Chart } from './Chart.js';
import { ExportButtons } from './ExportButtons.js';
import { apiQuery, type Filters } from './filters.js';
import { dimensionName, locale, numberFormat, scopeText, SUPPRESSED, valueLabel } from './stats-text.js';
import { ANSWERS, type Key, type ReferralGroup, type ReferralsView } from './stats-types.js';
import { SuppressionNote } from './SuppressionNote.js';

export function ReferralsSection({ filters }: { filters: Filters }) {
  const { tx, lang } = usePageText();
  const path = `/stats/referrals${apiQuery(filters.referralGroupBy, filters)}`;
  const view = useResource<ReferralsView>(path);
  const data = view.data;
  const dims = data?.groupBy ?? [];
  const format = numberFormat(lang);
  const keyText = (key: Key) => (dims.length === 0 ? tx('stats.allReferrals') : dims.map((d) => valueLabel(lang, tx, d, key[d] ?? null)).join(' · '));
  const dimsText =
    dims.length === 0
      ? tx('stats.allReferrals').toLocaleLowerCase(locale(lang))
      : dims.map((d) => dimensionName(tx, d).toLocaleLowerCase(locale(lang))).join(', ');
  const figure = (value: number | null | undefined) => (value === null || value === undefined ? SUPPRESSED : format(value));
  const columns: Array<{ title: string; value(g: ReferralGroup): string }> = [
    { title: tx('stats.sent'), value: (g) => figure(g.sent) },
    ...ANSWERS.map((a) => ({ title: tx(`stats.answer.${a}`), value: (g: ReferralGroup) => figure(g.answers?.[a]) })),
    { title: tx('stats.completed'), value: (g) => figure(g.completed) },
    { title: tx('stats.medianHours'), value: (g) => figure(g.medianHoursToAnswer) },
    {
      title: tx('stats.inTime'),
      value: (g) =>
        g.shareAnsweredInTime === null || g.shareAnsweredInTime === undefined
          ? SUPPRESSED
          : tx('stats.percent', { n: format(Math.round(g.shareAnsweredInTime * 100)) }),
    },
    { title: tx('stats.medianDays'), value: (g) => figure(g.medianDaysToComplete) },
  ];
  const title = tx('stats.referralsChart', { dims: dimsText });
  return (
    <Section
      id="stats-referrals"
      title={tx('stats.referrals')}
      actions={<ExportButtons path={path} name="rujukan" groupLabel={tx('stats.exportReferralsLabel')} />}
    >
      <StaleNote behind={view.behind} />
      {view.error !== null && <ErrorNote error={view.error} onRetry={() => void view.reload()} />}
      {view.loading && !data && <Loading />}
      {data && (
        <>
          <p>
            {tx('stats.scope', { scope: scopeText(tx, data.scope, lang) })} · <strong>{tx('stats.totalSent', { total: figure(data.totalSent) })}</strong>
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
