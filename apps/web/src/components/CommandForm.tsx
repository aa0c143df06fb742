import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ApiError, apiCommand, apiGet, type CommandResult } from '../api.js';
import { localDateTimeToIso } from '@rujukan/domain';
import { commandUrl, COMMANDS, OTHER_PORT, type FieldSpec } from '../commands.js';
import { shownTimeZone } from '../format.js';
import { useI18n } from '../i18n.js';
import { label, refusal } from '../labels.js';
import { useSession } from '../session.js';
import { portChoices, regionCode, regionField, regionNames } from '../names.js';
import { errorMessage } from './common.js';
import { PortPicker, PortSelect } from './PortPicker.js';

export interface DirectoryAgency {
  code: string;
  name: string;
  type: string;
  provinceCode?: string | null;
}

let agencyCache: Promise<DirectoryAgency[]> | null = null;

/**
 * The directory's agencies (GET /agencies), fetched once per page load: where referrals, shelters and escorts can be,
 * and the names the console shows for codes. Asked again once someone signs in (the header is there before).
 */
export function useAgencies(): DirectoryAgency[] {
  const [agencies, setAgencies] = useState<DirectoryAgency[]>([]);
  const { session } = useSession();
  // Every signed-in role reads GET /agencies, so auditors and task forces see agencies by name too.
  const signedIn = session ? session.token : null;
  useEffect(() => {
    if (signedIn === null) return;
    agencyCache ??= apiGet<{ agencies: DirectoryAgency[] }>('/agencies').then((r) => r.data.agencies);
    agencyCache.then(setAgencies).catch(() => {
      agencyCache = null;
    });
  }, [signedIn]);
  return agencies;
}

/** A caseworker a supervisor may assign a case to, by name (the user id when the directory records no name). */
export interface Caseworker {
  userId: string;
  name: string | null;
}

/** The supervisor's active caseworkers (GET /queues/team), fetched when a form asks for one. */
export function useCaseworkers(wanted: boolean): Caseworker[] {
  const [caseworkers, setCaseworkers] = useState<Caseworker[]>([]);
  useEffect(() => {
    if (!wanted) return;
    apiGet<{ members: Array<Caseworker & { assignable: boolean }> }>('/queues/team')
      .then((r) => setCaseworkers(r.data.members.filter((m) => m.assignable).map(({ userId, name }) => ({ userId, name }))))
      .catch(() => setCaseworkers([]));
  }, [wanted]);
  return caseworkers;
}

/** An MoU a transfer may rest on, as the register lists it. */
export interface RegisteredMou {
  mouId: string;
  reference: string;
  title: string;
  status: 'in_force' | 'not_yet' | 'expired' | 'terminated';
}

/** The MoUs in force (GET /mous), fetched when a form asks for one: a transfer names one by its reference, never by its id. */
export function useMousInForce(wanted: boolean): RegisteredMou[] {
  const [mous, setMous] = useState<RegisteredMou[]>([]);
  useEffect(() => {
    if (!wanted) return;
    apiGet<{ mous: RegisteredMou[] }>('/mous')
      .then((r) => setMous(r.data.mous.filter((m) => m.status === 'in_force')))
      .catch(() => setMous([]));
  }, [wanted]);
  return mous;
}

type Values = Record<string, unknown>;

function initialValues(fields: FieldSpec[], prefill: Record<string, string>, targetIds: string[]): Values {
  const values: Values = {};
  for (const field of fields) {
    if (prefill[field.name] !== undefined) values[field.name] = prefill[field.name];
    else if (field.kind === 'target') values[field.name] = targetIds[0] ?? '';
    else if (field.initial) values[field.name] = field.initial(shownTimeZone());
    else if (field.kind === 'multi' || field.kind === 'agencies' || field.kind === 'ports') values[field.name] = [];
    else if (field.kind === 'boolean') values[field.name] = false;
    else values[field.name] = '';
  }
  return values;
}

const visible = (field: FieldSpec, values: Values) => !field.when || values[field.when.field] === field.when.equals;

function setPath(body: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = body;
  for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
  node[parts.at(-1)!] = value;
}

/** Regions typed or picked by name become their Kemendagri codes ("Nunukan" → 6503) before the form is checked and sent. */
function withRegionCodes(fields: FieldSpec[], values: Values): Values {
  const out: Values = { ...values };
  for (const field of fields) {
    const kind = field.kind === 'text' ? regionField(field.name) : null;
    if (kind && typeof out[field.name] === 'string') out[field.name] = regionCode(kind, out[field.name] as string);
  }
  return out;
}

const isEmpty = (value: unknown): boolean =>
  Array.isArray(value) ? value.length === 0 : value === '' || value === null || value === undefined || value === false;

/** Whether every shown field of the dotted group `name` belongs to (`indicators` of `indicators.modus`) is empty. */
function groupEmpty(fields: FieldSpec[], values: Values, name: string): boolean {
  const group = `${name.split('.')[0]}.`;
  return fields.filter((f) => f.name.startsWith(group) && visible(f, values)).every((f) => isEmpty(values[f.name]));
}

/** The request body: empty optional text left out, numbers as numbers, date-times (typed in the reader's zone) as ISO 8601, optional groups only when filled. */
function bodyOf(fields: FieldSpec[], values: Values): { body: Record<string, unknown>; targetId?: string } {
  const body: Record<string, unknown> = {};
  let targetId: string | undefined;
  for (const field of fields) {
    if (!visible(field, values)) continue;
    const value = values[field.name];
    // A return leg's port left as "another place": its free-text field goes instead.
    if (field.kind === 'port' && field.ports && value === OTHER_PORT) continue;
    if (field.kind === 'target' && (field.name === 'referralId' || field.name === 'transferId')) {
      targetId = String(value);
      continue;
    }
    if (field.kind === 'multi' || field.kind === 'agencies' || field.kind === 'ports') {
      // An optional group left wholly empty (`share.agencyTypes` and `share.agencies`) is left out; an empty choice in a
      // group that holds something else (`indicators.exploitationTypes` beside the destination) is sent as the empty list.
      if (field.name.includes('.') && Array.isArray(value) && value.length === 0 && groupEmpty(fields, values, field.name)) continue;
      setPath(body, field.name, value);
    } else if (field.kind === 'list')
      setPath(
        body,
        field.name,
        String(value)
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      );
    else if (field.kind === 'boolean') setPath(body, field.name, value === true);
    else if (typeof value === 'string' && value.trim() === '') continue;
    else if (field.kind === 'int') setPath(body, field.name, Number(value));
    else if (field.kind === 'datetime') setPath(body, field.name, localDateTimeToIso(String(value), shownTimeZone()));
    else setPath(body, field.name, typeof value === 'string' ? value.trim() : value);
  }
  return { body, targetId };
}

export interface CommandFormProps {
  command: string;
  caseId: string;
  targetIds?: string[];
  describeTarget?: (id: string) => string;
  prefill?: Record<string, string>;
  onDone(result: CommandResult): void;
  onCancel?(): void;
}

/** One command as a form: labelled fields, checks before sending, the server's field errors next to their fields. */
export function CommandForm({ command, caseId, targetIds = [], describeTarget = (id) => id, prefill = {}, onDone, onCancel }: CommandFormProps) {
  const { t, lang } = useI18n();
  const spec = COMMANDS[command]!;
  const agencies = useAgencies();
  const caseworkers = useCaseworkers(spec.fields.some((f) => f.kind === 'caseworker'));
  const mous = useMousInForce(spec.fields.some((f) => f.kind === 'mou'));
  const formId = useId();
  const [values, setValues] = useState<Values>(() => initialValues(spec.fields, prefill, targetIds));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // One key per attempt: resubmitting after a lost answer replays it instead of recording twice.
  const attempt = useRef(crypto.randomUUID());
  const formRef = useRef<HTMLFormElement>(null);
  const error0 = useRef<string | null>(null);
  const text = (pair: readonly [string, string]) => pair[lang === 'id' ? 0 : 1];

  // The API explains a field in English: a domain rule's code is said in the reader's language, any other reason as the field's own hint.
  function fieldReason(reason: string, field: FieldSpec | undefined): string {
    if (lang === 'en') return reason;
    if (error0.current && error0.current !== 'VALIDATION.FAILED') return refusal(lang, error0.current, reason);
    return field?.hint ? `${t('form.invalid')}: ${text(field.hint)}` : t('form.invalid');
  }

  function update(name: string, value: unknown | ((current: unknown) => unknown)) {
    setValues((current) => {
      return { ...current, [name]: typeof value === 'function' ? value(current[name]) : value };
    });
    attempt.current = crypto.randomUUID();
  }

  function check(values: Values): Record<string, string> {
    const found: Record<string, string> = {};
    for (const field of spec.fields) {
      if (!visible(field, values) || field.kind === 'generated') continue;
      const value = values[field.name];
      const empty = Array.isArray(value) ? value.length === 0 : value === '' || value === null || value === undefined;
      if (field.required && empty && field.kind !== 'boolean') {
        found[field.name] = Array.isArray(value) ? t('form.pickOne') : t('form.required');
      } else if (!empty && typeof value === 'string') {
        if (field.kind === 'int') {
          const n = Number(value);
          if (!Number.isInteger(n) || (field.min !== undefined && n < field.min) || (field.max !== undefined && n > field.max)) {
            found[field.name] = t('form.range', { min: field.min ?? '', max: field.max ?? '' });
          }
        } else if (field.max !== undefined && value.length > field.max) found[field.name] = t('form.tooLong', { max: field.max });
        else if (field.pattern && !field.pattern.test(value.trim()))
          found[field.name] = field.hint ? `${t('form.invalid')}: ${text(field.hint)}` : t('form.invalid');
      }
    }
    return found;
  }

  function focusFirstError(names: string[]) {
    requestAnimationFrame(() => {
      const first = formRef.current?.querySelector<HTMLElement>(names.map((n) => `[data-field="${CSS.escape(n)}"]`).join(',') || '[aria-invalid="true"]');
      first?.focus();
    });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const coded = withRegionCodes(spec.fields, values);
    setValues(coded);
    const found = check(coded);
    setErrors(found);
    if (Object.keys(found).length) {
      setFailure(t('form.fix'));
      focusFirstError(Object.keys(found));
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const { body, targetId } = bodyOf(spec.fields, coded);
      const result = await apiCommand(commandUrl(spec, caseId, targetId), body, attempt.current);
      onDone(result);
    } catch (error) {
      error0.current = error instanceof ApiError ? error.code : null;
      if (error instanceof ApiError && error.errors.length) {
        const byField: Record<string, string> = {};
        const unplaced: string[] = [];
        for (const e of error.errors) {
          const field = spec.fields.find((f) => f.name === e.field && visible(f, values));
          const reason = fieldReason(e.reason, field);
          if (field) byField[e.field] ??= reason;
          else unplaced.push(reason);
        }
        setErrors(byField);
        setFailure([t('form.fix'), ...unplaced].join(' '));
        focusFirstError(Object.keys(byField));
      } else {
        setFailure(errorMessage(t, lang, error));
      }
      // A refusal is final for this input: a changed form is a new attempt.
      attempt.current = crypto.randomUUID();
    } finally {
      setBusy(false);
    }
  }

  const shown = spec.fields.filter((f) => f.kind !== 'generated' && visible(f, values));
  return (
    <form ref={formRef} onSubmit={submit} className="form" noValidate aria-labelledby={`${formId}-title`}>
      <h3 id={`${formId}-title`}>{label(lang, 'command', command)}</h3>
      {failure && (
        <div className="notice notice-error" role="alert">
          <p>{failure}</p>
        </div>
      )}
      {shown.map((field) => {
        const inputId = `${formId}-${field.name}`;
        const error = errors[field.name];
        const describedBy = [error ? `${inputId}-error` : null, field.hint ? `${inputId}-hint` : null].filter(Boolean).join(' ') || undefined;
        const common = {
          id: inputId,
          'data-field': field.name,
          'aria-invalid': error ? true : undefined,
          'aria-describedby': describedBy,
          'aria-required': field.required || undefined,
        };
        const caption = (
          <>
            {text(field.label)}
            {field.kind === 'datetime' ? ` (${shownTimeZone()})` : null}
            {field.required ? (
              <span className="required" aria-hidden="true">
                {' '}
                *
              </span>
            ) : (
              <span className="hint"> ({t('form.optional')})</span>
            )}
          </>
        );
        const after = (
          <>
            {field.hint && (
              <p id={`${inputId}-hint`} className="hint">
                {text(field.hint)}
              </p>
            )}
            {error && (
              <p id={`${inputId}-error`} className="field-error">
                {error}
              </p>
            )}
          </>
        );
        if (field.kind === 'ports') {
          return (
            <fieldset key={field.name} className="field" aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
              <legend>{caption}</legend>
              <PortPicker name={field.name} chosen={values[field.name] as string[]} onChange={(codes) => update(field.name, codes)} />
              {after}
            </fieldset>
          );
        }
        if (field.kind === 'multi' || field.kind === 'agencies') {
          const options = field.kind === 'agencies' ? agencies.map((a) => a.code) : (field.options ?? []);
          const chosen = values[field.name] as string[];
          return (
            <fieldset key={field.name} className="field" aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
              <legend>{caption}</legend>
              <div className="checks">
                {options.map((option, index) => (
                  <label key={option} className="check">
                    <input
                      type="checkbox"
                      data-field={index === 0 ? field.name : undefined}
                      checked={chosen.includes(option)}
                      onChange={(e) => {
                        const checked = e.target.checked;
                        update(field.name, (was: unknown) => (checked ? [...(was as string[]), option] : (was as string[]).filter((c) => c !== option)));
                      }}
                    />
                    {field.kind === 'agencies' ? `${agencies.find((a) => a.code === option)?.name ?? option}` : label(lang, field.vocabulary ?? '', option)}
                  </label>
                ))}
              </div>
              {after}
            </fieldset>
          );
        }
        if (field.kind === 'boolean') {
          return (
            <div key={field.name} className="field">
              <label className="check" htmlFor={inputId}>
                <input type="checkbox" {...common} checked={values[field.name] === true} onChange={(e) => update(field.name, e.target.checked)} />
                {text(field.label)}
              </label>
              {after}
            </div>
          );
        }
        let control;
        const value = String(values[field.name] ?? '');
        if (field.kind === 'port' && !field.ports) {
          // A port of the whole list (administrators' additions included), `other` a code like any.
          control = <PortSelect common={common} value={String(value)} onChange={(code) => update(field.name, code)} />;
        } else if (
          field.kind === 'select' ||
          field.kind === 'target' ||
          field.kind === 'agency' ||
          field.kind === 'caseworker' ||
          field.kind === 'port' ||
          field.kind === 'mou'
        ) {
          const options: Array<[string, string]> =
            field.kind === 'port'
              ? [
                  // Abroad, the ports of the country the form names first when it names one; "another place" last.
                  ...portChoices(
                    field.ports ?? 'ID',
                    field.ports === 'abroad' && typeof values.fromCountry === 'string' ? values.fromCountry.trim() : undefined,
                  ),
                  [OTHER_PORT, t('form.otherPlace')],
                ]
              : field.kind === 'target'
                ? targetIds.map((id) => [id, describeTarget(id)])
                : field.kind === 'agency'
                  ? agencies.map((a) => [a.code, `${a.name} (${a.code})`])
                  : field.kind === 'caseworker'
                    ? caseworkers.map((c) => [c.userId, c.name ?? c.userId])
                    : field.kind === 'mou'
                      ? mous.map((m) => [m.mouId, `${m.reference} — ${m.title}`])
                      : (field.options ?? []).map((o) => [o, label(lang, field.vocabulary ?? '', o)]);
          control = (
            <select {...common} value={value} onChange={(e) => update(field.name, e.target.value)}>
              {(field.kind !== 'target' || options.length !== 1) && <option value="">{t('form.choose')}</option>}
              {options.map(([v, caption]) => (
                <option key={v} value={v}>
                  {caption}
                </option>
              ))}
            </select>
          );
        } else if (field.kind === 'textarea') {
          control = <textarea {...common} value={value} onChange={(e) => update(field.name, e.target.value)} rows={3} />;
        } else {
          const type = field.kind === 'int' ? 'number' : field.kind === 'date' ? 'date' : field.kind === 'datetime' ? 'datetime-local' : 'text';
          // A region field suggests the Kemendagri names as she types; the name is sent as its code.
          const region = field.kind === 'text' ? regionField(field.name) : null;
          control = (
            <>
              <input
                {...common}
                type={type}
                inputMode={field.kind === 'int' ? 'numeric' : undefined}
                value={value}
                onChange={(e) => update(field.name, e.target.value)}
                autoComplete="off"
                list={region ? `${inputId}-names` : undefined}
              />
              {region && (
                <datalist id={`${inputId}-names`}>
                  {regionNames(region).map(([code, name]) => (
                    <option key={code} value={name} />
                  ))}
                </datalist>
              )}
            </>
          );
        }
        return (
          <div key={field.name} className="field">
            <label htmlFor={inputId}>{caption}</label>
            {control}
            {after}
          </div>
        );
      })}
      <div className="form-actions">
        <button type="submit" className={spec.danger ? 'button button-danger' : 'button'} disabled={busy}>
          {busy ? t('form.sending') : label(lang, 'command', command)}
        </button>
        {onCancel && (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('form.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
