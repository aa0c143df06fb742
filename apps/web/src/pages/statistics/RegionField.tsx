import { districtName, provinceName, regionCode, regionNames } from '../../names.js';

/**
 * The name a filter shows for a region code from the address (64 → Kalimantan Timur), as Kemendagri writes it in either
 * language (the name she types back is resolved the same way); empty stays empty.
 */
export function regionText(kind: 'province' | 'district', code: string): string {
  if (!code) return '';
  return kind === 'province' ? provinceName(code) : districtName('id', code);
}

/**
 * The Kemendagri code of a region typed by name ("Nunukan", "Kabupaten Nunukan", "Kalimantan Timur"): '' for an empty
 * field, null for a name the list does not hold (or holds twice, as Kabupaten and Kota Bekasi) — and for a code typed.
 */
export function resolveRegion(kind: 'province' | 'district', typed: string): string | null {
  if (typed.trim() === '') return '';
  const code = regionCode(kind, typed);
  const known = regionNames(kind).some(([c]) => c === code);
  return known && code !== typed.trim() ? code : null;
}

/**
 * A region filter typed by name with the Kemendagri names suggested as she types; the district's suggestions are those
 * of the chosen province. The page resolves the name to its code when the filters are applied.
 */
export function RegionField({
  id,
  kind,
  title,
  hint,
  value,
  error,
  withinProvince,
  onChange,
}: {
  id: string;
  kind: 'province' | 'district';
  title: string;
  hint: string;
  value: string;
  error?: string;
  /** The province code the district suggestions are limited to ('' for every province). */
  withinProvince?: string;
  onChange(value: string): void;
}) {
  const suggestions = regionNames(kind).filter(([code]) => !withinProvince || code.startsWith(withinProvince));
  return (
    <div className="field">
      <label htmlFor={id}>{title}</label>
      <input
        id={id}
        type="text"
        autoComplete="off"
        list={`${id}-names`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={[`${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ')}
      />
      <datalist id={`${id}-names`}>
        {suggestions.map(([code, name]) => (
          <option key={code} value={name} />
        ))}
      </datalist>
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
