import { useState } from 'react';
import { ErrorNote, Loading, Section, StaleNote, useResource } from '../../components/common.js';
import { useI18n } from '../../i18n.js';
import { label } from '../../labels.js';
import { useNames } from '../../use-names.js';

interface PlanSummary {
  planId: string;
  title: string;
  legalBasis: string;
  startYear: number;
  endYear: number;
  ownerAgency: string;
  items: number;
  completed: number;
  late: number;
}

interface PlanItem {
  itemId: string;
  pillar: string;
  activity: string;
  responsibleAgency: string;
  indicator: string;
  target: number;
  unit: string;
  dueDate: string;
  achieved: number;
  status: string;
  progress: Array<{ reportedOn: string; achieved: number; evidence: string | null }>;
}

/** Rencana aksi: the task force's action plans (RAD), and one plan's items with their progress and what is late. Read-only. */
export function PlansPage() {
  const { t, lang } = useI18n();
  const names = useNames();
  const list = useResource<{ plans: PlanSummary[] }>('/plans');
  const [selected, setSelected] = useState<string | null>(null);
  const planId = selected ?? list.data?.plans[0]?.planId ?? null;
  const plan = useResource<PlanSummary & { items: PlanItem[] }>(planId && `/plans/${planId}`);
  return (
    <>
      <h1>{t('plans.title')}</h1>
      <StaleNote behind={list.behind} />
      {list.error !== null && <ErrorNote error={list.error} onRetry={() => void list.reload()} />}
      {list.loading && !list.data && <Loading />}
      {list.data && list.data.plans.length === 0 && <p className="hint">{t('app.none')}</p>}
      {list.data && list.data.plans.length > 0 && (
        <Section id="plans" title={t('plans.list')}>
          <ul>
            {list.data.plans.map((p) => (
              <li key={p.planId}>
                <button type="button" className="link-button" aria-current={p.planId === planId} onClick={() => setSelected(p.planId)}>
                  {p.title}
                </button>{' '}
                ({p.startYear}–{p.endYear}, {p.legalBasis}) · {t('plans.counts', { items: p.items, completed: p.completed, late: p.late })}
              </li>
            ))}
          </ul>
        </Section>
      )}
      {plan.error !== null && <ErrorNote error={plan.error} onRetry={() => void plan.reload()} />}
      {plan.data && (
        <Section id="plan-items" title={plan.data.title}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('plans.pillar')}</th>
                <th scope="col">{t('plans.activity')}</th>
                <th scope="col">{t('plans.responsible')}</th>
                <th scope="col">{t('plans.indicator')}</th>
                <th scope="col">{t('plans.due')}</th>
                <th scope="col">{t('plans.status')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.data.items.map((item) => (
                <tr key={item.itemId}>
                  <td>{label(lang, 'planPillar', item.pillar)}</td>
                  <td>{item.activity}</td>
                  <td>{names.agency(item.responsibleAgency)}</td>
                  <td>
                    {item.achieved} / {item.target} {item.unit}
                    {item.progress.at(-1)?.evidence ? ` · ${item.progress.at(-1)!.evidence}` : ''}
                  </td>
                  <td>{item.dueDate}</td>
                  <td>{label(lang, 'planItemStatus', item.status)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
      )}
    </>
  );
}
