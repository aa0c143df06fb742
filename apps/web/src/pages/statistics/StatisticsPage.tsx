import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { Section } from '../../components/common.js';
import { usePageText } from '../audit-stats.messages.js';
import '../audit-stats.css';
import { CasesSection } from './CasesSection.js';
import { DimensionSelects } from './DimensionSelects.js';
import { FlowMap } from './FlowMap.js';
import {
  apiQuery,
  CASE_DIMENSIONS,
  MAX_CASE_DIMENSIONS,
  MAX_REFERRAL_DIMENSIONS,
  readFilters,
  REFERRAL_DIMENSIONS,
  writeFilters,
  type Filters,
} from './filters.js';
import { ReferralsSection } from './ReferralsSection.js';
import { RegionField, regionText, resolveRegion } from './RegionField.js';
import type { Scope } from './stats-types.js';
import { YearlyReport } from './YearlyReport.js';

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

  // Regions are typed by name; the address and the API keep the Kemendagri codes they resolve to.
  const [places, setPlaces] = useState({ province: regionText('province', applied.province), district: regionText('district', applied.district) });
  const chosenProvince = resolveRegion('province', places.province);

  function apply(event: FormEvent) {
    event.preventDefault();
    const found: typeof errors = {};
    const province = resolveRegion('province', places.province);
    const district = resolveRegion('district', places.district);
    if (province === null) found.province = `${tx('stats.province')}: ${tx('stats.invalidProvince')}`;
    if (district === null) found.district = `${tx('stats.district')}: ${tx('stats.invalidDistrict')}`;
    else if (district && province && !district.startsWith(province)) found.district = `${tx('stats.district')}: ${tx('stats.districtOutside')}`;
    if (draft.from && draft.to && draft.to < draft.from) found.to = `${tx('stats.to')}: ${tx('stats.invalidRange')}`;
    setErrors(found);
    const first = (['province', 'district', 'to'] as const).find((f) => found[f]);
    if (first) {
      document.getElementById(`stats-${first}`)?.focus();
      return;
    }
    setParams(writeFilters({ ...draft, province: province ?? '', district: district ?? '' }), { replace: false });
  }

  const field = (name: 'from' | 'to', title: string, input: { type?: string; inputMode?: 'numeric'; hint?: string }) => (
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
            <RegionField
              id="stats-province"
              kind="province"
              title={tx('stats.province')}
              hint={tx('stats.provinceHint')}
              value={places.province}
              error={errors.province}
              onChange={(province) => setPlaces({ ...places, province })}
            />
            <RegionField
              id="stats-district"
              kind="district"
              title={tx('stats.district')}
              hint={tx('stats.districtHint')}
              value={places.district}
              error={errors.district}
              withinProvince={chosenProvince ?? ''}
              onChange={(district) => setPlaces({ ...places, district })}
            />
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
      <FlowMap query={apiQuery([], applied).replace(/^\?/, '')} />
      <YearlyReport key={scope ? `${scope.level}-${scope.code}` : 'unknown'} scope={scope} />
    </>
  );
}
