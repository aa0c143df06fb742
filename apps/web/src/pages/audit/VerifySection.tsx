import { useState } from 'react';
import { apiGet } from '../../api.js';
import { ErrorNote, Section } from '../../components/common.js';
import { usePageText } from '../audit-stats.messages.js';
import { query } from './audit-api.js';
import type { Verification } from './audit-types.js';
import { VerificationView } from './VerificationView.js';

/** The opened case's hash chain, checked when asked; opening a case unmounts this, so no result outlives its case. */
export function VerifySection({ opened }: { opened: { caseId: string; reason: string } }) {
  const { tx } = usePageText();
  const [verification, setVerification] = useState<Verification | null>(null);
  const [verifyError, setVerifyError] = useState<unknown>(null);
  const [verifying, setVerifying] = useState(false);

  async function verify() {
    setVerifying(true);
    setVerifyError(null);
    try {
      setVerification((await apiGet<Verification>(`/audit/cases/${opened.caseId}/verify?${query({ reason: opened.reason })}`)).data);
    } catch (failure) {
      setVerification(null);
      setVerifyError(failure);
    } finally {
      setVerifying(false);
    }
  }

  return (
    <Section id="audit-verify" title={tx('audit.verify')}>
      <p className="hint">{tx('audit.verifyHint')}</p>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => void verify()} disabled={verifying}>
          {verifying ? tx('audit.verifying') : tx('audit.verifyButton')}
        </button>
      </div>
      <div aria-live="polite">
        {verifyError !== null && <ErrorNote error={verifyError} />}
        {verification && <VerificationView result={verification} />}
      </div>
    </Section>
  );
}
