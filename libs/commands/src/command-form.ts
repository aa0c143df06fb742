import { localDateTimeInput, type CaseCommandType, type IndonesianTimeZone, type VocabularyName } from '@rujukan/domain';

/**
 * The browser-safe half of a command's descriptor, declared in `<area>.forms.ts`: the route it is sent to and the
 * console's form for it. Plain TypeScript importing only the domain, so the web console reads the same declarations
 * (Vite alias `@rujukan/command-forms`) that `<area>.commands.ts` adds its DTO and OpenAPI summary to.
 */

/** A label in Indonesian and English. */
export type Text2 = readonly [string, string];

export type FieldKind =
  | 'text'
  | 'textarea'
  | 'select'
  | 'multi'
  | 'boolean'
  | 'int'
  | 'date'
  | 'datetime'
  | 'agency'
  | 'agencies'
  | 'list'
  | 'target'
  | 'generated'
  | 'caseworker'
  /** An MoU of the register (GET /mous) in force, chosen by its reference and title: its id. */
  | 'mou'
  /** Ports of the ports list (GET /ports) chosen by name, and `other`: a list of codes. */
  | 'ports'
  /** One port of the ports list chosen by name, or `other`: a code (with `ports`, a place of the shipped list in Indonesia or abroad, `other` opening free text). */
  | 'port';

export interface FieldSpec {
  /** Dotted path in the request body (`indicators.modus`). */
  name: string;
  kind: FieldKind;
  label: Text2;
  required?: boolean;
  /** The vocabulary's values and the vocabulary of the domain's labels catalogue (libs/domain/src/labels) that names them; every field with options names one. */
  options?: readonly string[];
  vocabulary?: VocabularyName;
  max?: number;
  min?: number;
  pattern?: RegExp;
  hint?: Text2;
  /** A fresh value when the form opens: generated ids, today's date, a deadline in three days. */
  /** The value the form starts with; date-times in the zone the reader's agency keeps. */
  initial?: (zone: IndonesianTimeZone) => unknown;
  /** Shown only when another field has this value (repatriation origin). */
  when?: { field: string; equals: string };
  /** A `port` field: a port of the shipped list in Indonesia (`ID`) or abroad, or `OTHER_PORT` (not sent; its free-text field is). */
  ports?: 'ID' | 'abroad';
}

/** A `port` field's choice for a place the ports list lacks: the field itself is left out, the free text shown with `when` is sent. */
export const OTHER_PORT = 'other';

/** What the `:id` of a route names: a new case (no id), a case, a referral or a transfer. */
export type FormTarget = 'new_case' | 'case' | 'referral' | 'transfer';

export interface CommandForm<C extends CaseCommandType = CaseCommandType> {
  command: C;
  target: FormTarget;
  /** The API's path, `:id` standing for the target's id: `cases/:id/register-victim`, `referrals/:id/decline`. */
  path: string;
  fields: FieldSpec[];
  /** A command that changes much or cannot be undone is styled as such. */
  danger?: boolean;
}

const kebab = (type: string): string => type.replace(/[A-Z]/g, (c, i: number) => (i === 0 ? '' : '-') + c.toLowerCase());

/** Opening a case: POST /cases, the server choosing the case's id. */
export const newCase = <C extends CaseCommandType>(command: C, fields: FieldSpec[]): CommandForm<C> => ({ command, target: 'new_case', path: 'cases', fields });

/** A command on one case: POST /cases/:id/<command in kebab case>. */
export const onCase = <C extends CaseCommandType>(
  command: C,
  fields: FieldSpec[],
  extra: Partial<Pick<CommandForm, 'path' | 'danger'>> = {},
): CommandForm<C> => ({ command, target: 'case', path: `cases/:id/${kebab(command)}`, fields, ...extra });

/** An answer to a referral or transfer, addressed by its own id: POST /referrals/:id/<verb>. */
export const answer = <C extends CaseCommandType>(
  target: 'referral' | 'transfer',
  verb: string,
  command: C,
  fields: FieldSpec[],
  extra: Partial<Pick<CommandForm, 'danger'>> = {},
): CommandForm<C> => ({ command, target, path: `${target}s/:id/${verb}`, fields, ...extra });

/** The URL the console sends a command to. */
export function commandUrl(form: CommandForm, caseId: string, targetId: string | undefined): string {
  const routeId = form.target === 'referral' || form.target === 'transfer' ? String(targetId) : caseId;
  return `/${form.path.replace(':id', () => routeId)}`;
}

// The fields several forms share.
export const localId = (prefix: string) => (): string => `${prefix}-${Date.now().toString(36)}`;
export const id = (name: string, prefix: string): FieldSpec => ({ name, kind: 'generated', label: ['', ''], initial: localId(prefix) });
export const target = (name: string, label: Text2): FieldSpec => ({ name, kind: 'target', label, required: true });
export const note: FieldSpec = { name: 'note', kind: 'textarea', label: ['Catatan', 'Note'], max: 1000 };
export const reason: FieldSpec = { name: 'reason', kind: 'textarea', label: ['Alasan', 'Reason'], required: true, max: 1000 };
// The domain refuses a date after the UTC date of the request (`notAfterToday`), so before 07.00 WIB the
// WIB date would be refused as "in the future": date fields start at the UTC date until that rule counts in WIB.
const todayIso = () => new Date().toISOString().slice(0, 10);
export const date = (name: string, label: Text2): FieldSpec => ({ name, kind: 'date', label, required: true, initial: todayIso });
export const amount: FieldSpec = { name: 'amount', kind: 'int', label: ['Jumlah (rupiah)', 'Amount (rupiah)'], required: true, min: 1, max: 1e13 };
export const PROVINCE = /^[1-9]\d$/;
export const DISTRICT = /^[1-9]\d{3}$/;
export const COUNTRY = /^[A-Z]{2}$/;
export const provinceHint: Text2 = ['Kode Kemendagri 2 angka, mis. 35', 'Kemendagri code, 2 digits, e.g. 35'];
export const districtHint: Text2 = ['Kode Kemendagri 4 angka, mis. 3509', 'Kemendagri code, 4 digits, e.g. 3509'];
export const countryHint: Text2 = ['Kode negara ISO 2 huruf, mis. MY', 'ISO country code, 2 letters, e.g. MY'];

/** A date-time input's value (YYYY-MM-DDTHH:mm, in the reader's zone) some days from now. */
export const inDays = (days: number, zone: IndonesianTimeZone): string => localDateTimeInput(Date.now() + days * 86_400_000, zone);
