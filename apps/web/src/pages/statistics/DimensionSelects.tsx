import { usePageText } from '../audit-stats.messages.js';
import { dimensionName } from './stats-text.js';

export function DimensionSelects({
  legend,
  idPrefix,
  allowed,
  values,
  onChange,
  max,
}: {
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
