import { BarChart, type Bar } from '../../components/charts/BarChart.js';
import { usePageText } from '../audit-stats.messages.js';
import { numberFormat, SUPPRESSED } from './stats-text.js';

const CHART_BARS = 30;

/** A chart of the given bars, its accessible name summarising it, and where its figures are as a table. */
export function Chart({ title, bars }: { title: string; bars: Bar[] }) {
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
