import { Section } from '../../components/common.js';
import { formatDateTime } from '../../format.js';
import { country, label } from '../../labels.js';
import { usePageText } from '../audit-stats.messages.js';
import type { Snapshot } from './audit-types.js';
import { useNames } from '../../use-names.js';

function count(record: Record<string, unknown>): number {
  return Object.keys(record).length;
}

export function StateView({ snapshot }: { snapshot: Snapshot }) {
  const { tx, t, lang } = usePageText();
  const names = useNames();
  const state = snapshot.asOf.state;
  return (
    <Section id="audit-state" title={tx('audit.state', { revision: snapshot.revision })}>
      {!state.exists ? (
        <p>{tx('audit.noCase')}</p>
      ) : (
        <>
          <dl className="facts">
            <dt>{tx('audit.stage')}</dt>
            <dd>
              <span className="badge">{label(lang, 'stage', state.stage)}</span>
            </dd>
            <dt>{tx('audit.owner')}</dt>
            <dd>{names.agency(state.ownerAgency)}</dd>
            <dt>{tx('audit.channel')}</dt>
            <dd>{label(lang, 'channel', state.channel)}</dd>
            <dt>{tx('audit.found')}</dt>
            <dd>{names.district(state.districtCode)}</dd>
            <dt>{tx('audit.opened')}</dt>
            <dd>{formatDateTime(lang, state.openedAt)}</dd>
            <dt>{tx('audit.victim')}</dt>
            <dd>
              {state.victim
                ? [
                    state.victim.initials,
                    label(lang, 'sex', state.victim.sex),
                    state.victim.ageBand ?? '—',
                    state.victim.isChild ? t('case.child') : t('case.adult'),
                    country(lang, state.victim.nationality),
                    names.district(state.victim.originDistrictCode),
                  ].join(' · ')
                : tx('audit.noVictim')}
              {state.identityErased && <span className="badge badge-muted">{tx('audit.identityErased')}</span>}
            </dd>
            <dt>{tx('audit.assessment')}</dt>
            <dd>
              {state.latestAssessmentId && state.assessments[state.latestAssessmentId]
                ? `${label(lang, 'victimStatus', state.assessments[state.latestAssessmentId]!.victimStatus)} · ${
                    state.assessments[state.latestAssessmentId]!.approved ? tx('audit.approved') : tx('audit.notApproved')
                  }`
                : '—'}
            </dd>
            {state.closureRequest && (
              <>
                <dt>{tx('audit.closure')}</dt>
                <dd>{label(lang, 'closureReason', state.closureRequest.reason)}</dd>
              </>
            )}
            <dt>{tx('audit.records')}</dt>
            <dd>
              {tx('audit.recordCounts', {
                consents: Object.values(state.consents).filter((c) => c.active).length,
                services: count(state.services),
                delivered: Object.values(state.services).filter((s) => s.delivered).length,
                shelters: count(state.shelterPlacements),
                reports: state.policeReportNumbers.length,
                lpsk: count(state.lpskApplications),
                restitutions: count(state.restitutions),
                transfers: count(state.transfers),
              })}
            </dd>
          </dl>
          {count(state.referrals) > 0 && (
            <>
              <h3>{tx('audit.referrals')}</h3>
              <table className="cards">
                <thead>
                  <tr>
                    <th scope="col">{t('col.service')}</th>
                    <th scope="col">{t('col.to')}</th>
                    <th scope="col">{t('col.status')}</th>
                    <th scope="col">{t('col.outcome')}</th>
                  </tr>
                </thead>
                <tbody>
                  {Object.values(state.referrals).map((r) => (
                    <tr key={r.referralId}>
                      <td data-label={t('col.service')}>{label(lang, 'service', r.service)}</td>
                      <td data-label={t('col.to')}>{names.agency(r.toAgency)}</td>
                      <td data-label={t('col.status')}>{label(lang, 'referralStatus', r.status)}</td>
                      <td data-label={t('col.outcome')}>{label(lang, 'outcome', r.outcome)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </>
      )}
      <details className="state-json">
        <summary>{tx('audit.fullState')}</summary>
        <pre className="mono">{JSON.stringify(state, null, 2)}</pre>
      </details>
    </Section>
  );
}
