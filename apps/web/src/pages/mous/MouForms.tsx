import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { MOU_SCOPES } from '@rujukan/domain';
import { ApiError, apiCommand } from '../../api.js';
import { errorMessage } from '../../components/common.js';
import { useAgencies } from '../../components/CommandForm.js';
import { useI18n } from '../../i18n.js';
import { label } from '../../labels.js';
import { provinceName, regionNames } from '../../names.js';

type Errors = Record<string, string>;

/** The server's field errors by field (`provinces[0]` counts for `provinces`); what names no field is said as a sentence. */
function refused(error: unknown, fields: readonly string[]): { fields: Errors; general: unknown } {
  if (!(error instanceof ApiError)) return { fields: {}, general: error };
  const found: Errors = {};
  for (const e of error.errors) {
    const field = fields.find((f) => e.field === f || e.field.startsWith(`${f}[`) || e.field.startsWith(`${f}.`));
    if (field) found[field] = found[field] ? `${found[field]}; ${e.reason}` : e.reason;
  }
  return { fields: found, general: Object.keys(found).length > 0 ? null : error };
}

function Field({ id, caption, error, hint, children }: { id: string; caption: string; error?: string; hint?: string; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{caption}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

const describedBy = (id: string, error: string | undefined, hint?: string) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

/** Record an MoU: parties chosen by name (provinces, and agencies of the directory), scope, signed and expiry dates, document. */
export function RecordMouForm({ onDone, onCancel }: { onDone(): void; onCancel(): void }) {
  const { t, lang } = useI18n();
  const agencies = useAgencies();
  const uid = useId();
  const [reference, setReference] = useState('');
  const [title, setTitle] = useState('');
  const [provinces, setProvinces] = useState<string[]>([]);
  const [parties, setParties] = useState<string[]>([]);
  const [agencyChoice, setAgencyChoice] = useState('');
  const [scopes, setScopes] = useState<string[]>([]);
  const [signedOn, setSignedOn] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const [document, setDocument] = useState('');
  const [illustrative, setIllustrative] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const attempt = useRef(crypto.randomUUID());
  const fresh = () => (attempt.current = crypto.randomUUID());
  const id = (name: string) => `${uid}-${name}`;
  const byProvince = new Map<string, typeof agencies>();
  for (const a of agencies) {
    const group = a.provinceCode ? provinceName(a.provinceCode) : t('mous.form.national');
    byProvince.set(group, [...(byProvince.get(group) ?? []), a]);
  }

  function check(): Errors {
    const found: Errors = {};
    if (reference.trim() === '') found.reference = t('form.required');
    if (title.trim() === '') found.title = t('form.required');
    if (provinces.length + parties.length < 2) found.provinces = t('mous.form.twoParties');
    if (scopes.length === 0) found.scopes = t('form.pickOne');
    if (signedOn === '') found.signedOn = t('form.required');
    if (expiresOn !== '' && signedOn !== '' && expiresOn <= signedOn) found.expiresOn = t('mous.form.expiresAfter');
    return found;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = check();
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await apiCommand(
        '/mous',
        {
          reference: reference.trim(),
          title: title.trim(),
          provinces,
          agencies: parties,
          scopes,
          signedOn,
          ...(expiresOn && { expiresOn }),
          ...(document.trim() && { document: document.trim() }),
          illustrative,
        },
        attempt.current,
      );
      onDone();
    } catch (error) {
      const answer = refused(error, ['reference', 'title', 'provinces', 'agencies', 'scopes', 'signedOn', 'expiresOn', 'document']);
      setErrors(answer.fields);
      setFailure(answer.general);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('mous.form.record')}>
      <Field id={id('reference')} caption={t('mous.form.reference')} error={errors.reference}>
        <input
          id={id('reference')}
          value={reference}
          maxLength={200}
          aria-invalid={errors.reference ? true : undefined}
          aria-describedby={describedBy(id('reference'), errors.reference)}
          onChange={(e) => (setReference(e.target.value), fresh())}
        />
      </Field>
      <Field id={id('title-input')} caption={t('mous.form.titleField')} error={errors.title}>
        <input
          id={id('title-input')}
          value={title}
          maxLength={300}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={describedBy(id('title-input'), errors.title)}
          onChange={(e) => (setTitle(e.target.value), fresh())}
        />
      </Field>
      <fieldset className="field" aria-invalid={errors.provinces ? true : undefined} aria-describedby={errors.provinces ? id('provinces-error') : undefined}>
        <legend>{t('mous.form.provinces')}</legend>
        <div className="checks">
          {regionNames('province')
            .sort((a, b) => a[1].localeCompare(b[1], 'id'))
            .map(([code, name]) => (
              <label key={code} className="check">
                <input
                  type="checkbox"
                  checked={provinces.includes(code)}
                  onChange={(e) => {
                    const on = e.target.checked;
                    setProvinces((was) => (on ? [...was, code] : was.filter((c) => c !== code)));
                    fresh();
                  }}
                />
                {name}
              </label>
            ))}
        </div>
        {errors.provinces && (
          <p className="field-error" id={id('provinces-error')}>
            {errors.provinces}
          </p>
        )}
      </fieldset>
      <Field id={id('agency')} caption={t('mous.form.agencies')} error={errors.agencies} hint={t('mous.form.agenciesHint')}>
        <div className="inline-add">
          <select
            id={id('agency')}
            value={agencyChoice}
            aria-describedby={describedBy(id('agency'), errors.agencies, 'hint')}
            onChange={(e) => setAgencyChoice(e.target.value)}
          >
            <option value="">{t('mous.form.chooseAgency')}</option>
            {[...byProvince].map(([group, members]) => (
              <optgroup key={group} label={group}>
                {members.map((a) => (
                  <option key={a.code} value={a.code}>
                    {a.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          <button
            type="button"
            className="button button-secondary"
            disabled={agencyChoice === '' || parties.includes(agencyChoice)}
            onClick={() => {
              setParties((was) => [...was, agencyChoice]);
              setAgencyChoice('');
              fresh();
            }}
          >
            {t('mous.form.addAgency')}
          </button>
        </div>
        {parties.length > 0 && (
          <ul className="party-list" aria-label={t('mous.form.chosen')}>
            {parties.map((code) => (
              <li key={code}>
                {agencies.find((a) => a.code === code)?.name ?? code}{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => (setParties((was) => was.filter((c) => c !== code)), fresh())}
                  aria-label={`${t('mous.form.remove')}: ${agencies.find((a) => a.code === code)?.name ?? code}`}
                >
                  {t('mous.form.remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </Field>
      <fieldset className="field" aria-invalid={errors.scopes ? true : undefined} aria-describedby={errors.scopes ? id('scopes-error') : undefined}>
        <legend>{t('mous.scopes')}</legend>
        <div className="checks">
          {MOU_SCOPES.map((scope) => (
            <label key={scope} className="check">
              <input
                type="checkbox"
                checked={scopes.includes(scope)}
                onChange={(e) => {
                  const on = e.target.checked;
                  setScopes((was) => (on ? [...was, scope] : was.filter((s) => s !== scope)));
                  fresh();
                }}
              />
              {label(lang, 'mouScope', scope)}
            </label>
          ))}
        </div>
        {errors.scopes && (
          <p className="field-error" id={id('scopes-error')}>
            {errors.scopes}
          </p>
        )}
      </fieldset>
      <Field id={id('signed')} caption={t('mous.form.signedOn')} error={errors.signedOn}>
        <input
          id={id('signed')}
          type="date"
          value={signedOn}
          aria-invalid={errors.signedOn ? true : undefined}
          aria-describedby={describedBy(id('signed'), errors.signedOn)}
          onChange={(e) => (setSignedOn(e.target.value), fresh())}
        />
      </Field>
      <Field id={id('expires')} caption={t('mous.form.expiresOn')} error={errors.expiresOn} hint={t('mous.form.expiresHint')}>
        <input
          id={id('expires')}
          type="date"
          value={expiresOn}
          aria-invalid={errors.expiresOn ? true : undefined}
          aria-describedby={describedBy(id('expires'), errors.expiresOn, 'hint')}
          onChange={(e) => (setExpiresOn(e.target.value), fresh())}
        />
      </Field>
      <Field id={id('document')} caption={t('mous.form.document')} error={errors.document} hint={t('mous.form.documentHint')}>
        <input
          id={id('document')}
          value={document}
          maxLength={300}
          aria-invalid={errors.document ? true : undefined}
          aria-describedby={describedBy(id('document'), errors.document, 'hint')}
          onChange={(e) => (setDocument(e.target.value), fresh())}
        />
      </Field>
      <div className="field">
        <label className="check">
          <input type="checkbox" checked={illustrative} onChange={(e) => (setIllustrative(e.target.checked), fresh())} />
          {t('mous.form.illustrative')}
        </label>
      </div>
      {failure !== null && (
        <p className="notice notice-error" role="alert">
          {errorMessage(t, lang, failure)}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy}>
          {t('mous.form.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('mous.form.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Renew (a new expiry and the addendum's reference) or terminate (from a day) one MoU. */
export function ChangeMouForm({ mouId, kind, onDone, onCancel }: { mouId: string; kind: 'renew' | 'terminate'; onDone(): void; onCancel(): void }) {
  const { t, lang } = useI18n();
  const uid = useId();
  const [day, setDay] = useState('');
  const [reference, setReference] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const attempt = useRef(crypto.randomUUID());
  const dayField = kind === 'renew' ? 'expiresOn' : 'terminatedOn';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    if (kind === 'terminate' && day === '') return setErrors({ [dayField]: t('form.required') });
    setErrors({});
    setBusy(true);
    try {
      const body = {
        ...(day && { [dayField]: day }),
        ...(kind === 'renew' && reference.trim() && { reference: reference.trim() }),
        ...(note.trim() && { note: note.trim() }),
      };
      await apiCommand(`/mous/${mouId}/${kind}`, body, attempt.current);
      onDone();
    } catch (error) {
      const answer = refused(error, [dayField, 'reference', 'note']);
      setErrors(answer.fields);
      setFailure(answer.general);
    } finally {
      setBusy(false);
    }
  }

  const title = kind === 'renew' ? t('mous.form.renew') : t('mous.form.terminate');
  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-label={title}>
      <Field
        id={`${uid}-day`}
        caption={kind === 'renew' ? t('mous.form.newExpiry') : t('mous.form.terminatedOn')}
        error={errors[dayField]}
        hint={kind === 'renew' ? t('mous.form.expiresHint') : undefined}
      >
        <input
          id={`${uid}-day`}
          type="date"
          value={day}
          aria-invalid={errors[dayField] ? true : undefined}
          aria-describedby={describedBy(`${uid}-day`, errors[dayField], kind === 'renew' ? 'hint' : undefined)}
          onChange={(e) => ((attempt.current = crypto.randomUUID()), setDay(e.target.value))}
        />
      </Field>
      {kind === 'renew' && (
        <Field id={`${uid}-reference`} caption={t('mous.form.addendum')} error={errors.reference}>
          <input
            id={`${uid}-reference`}
            value={reference}
            maxLength={200}
            onChange={(e) => ((attempt.current = crypto.randomUUID()), setReference(e.target.value))}
          />
        </Field>
      )}
      <Field id={`${uid}-note`} caption={t('mous.form.note')} error={errors.note}>
        <textarea id={`${uid}-note`} value={note} maxLength={1000} onChange={(e) => ((attempt.current = crypto.randomUUID()), setNote(e.target.value))} />
      </Field>
      {failure !== null && (
        <p className="notice notice-error" role="alert">
          {errorMessage(t, lang, failure)}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className={kind === 'terminate' ? 'button button-danger' : 'button'} disabled={busy}>
          {title}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('mous.form.cancel')}
        </button>
      </div>
    </form>
  );
}
