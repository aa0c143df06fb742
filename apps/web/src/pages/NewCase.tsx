import { useNavigate } from 'react-router';
import { CommandForm } from '../components/CommandForm.js';
import { Section } from '../components/common.js';
import { useI18n } from '../i18n.js';

/** Opening a case: the caller's agency becomes its owner; the page of the new case follows. */
export function NewCasePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <div className="narrow">
      <h1>{t('newCase.title')}</h1>
      <Section id="new-case" title={t('case.summary')}>
        <CommandForm command="OpenCase" caseId="" onDone={(result) => navigate(`/kasus/${result.caseId}`)} onCancel={() => navigate('/antrian')} />
      </Section>
    </div>
  );
}
