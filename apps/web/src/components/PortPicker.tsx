import { useState, type SelectHTMLAttributes } from 'react';
import { countryName } from '@rujukan/domain';
import { useI18n } from '../i18n.js';
import { label } from '../labels.js';
import { provinceName } from '../names.js';
import { usePorts, type ListedPort } from '../ports.js';

export interface PortPickerProps {
  /** The form field's name (`indicators.transitPoints`), for focusing it on an error. */
  name: string;
  chosen: string[];
  onChange(codes: string[]): void;
}

const KIND: Record<ListedPort['kind'], [string, string]> = {
  seaport: ['pelabuhan', 'seaport'],
  airport: ['bandara', 'airport'],
  land_crossing: ['pos lintas batas', 'land crossing'],
};

/**
 * Transit points chosen by name from the ports list, grouped by province (Indonesia) or country (abroad), with a
 * filter that narrows the list as one types; `other` last, for a place the list does not hold yet. Sends codes.
 */
export function PortPicker({ name, chosen, onChange }: PortPickerProps) {
  const { lang } = useI18n();
  const ports = usePorts();
  const [filter, setFilter] = useState('');
  const wanted = filter.trim().toLowerCase();
  const shown = ports.filter((p) => wanted === '' || chosen.includes(p.code) || p.name.toLowerCase().includes(wanted));
  const groupOf = (p: ListedPort) => (p.country === 'ID' && p.provinceCode ? provinceName(p.provinceCode) : countryName(p.country, lang));
  const groups = new Map<string, ListedPort[]>();
  for (const port of shown) groups.set(groupOf(port), [...(groups.get(groupOf(port)) ?? []), port]);
  const toggle = (code: string, on: boolean) => onChange(on ? [...chosen, code] : chosen.filter((c) => c !== code));
  const box = (code: string, text: string, first: boolean) => (
    <label key={code} className="check">
      <input type="checkbox" data-field={first ? name : undefined} checked={chosen.includes(code)} onChange={(e) => toggle(code, e.target.checked)} />
      {text}
    </label>
  );
  return (
    <div className="port-picker">
      <input
        type="search"
        aria-label={lang === 'id' ? 'Cari pelabuhan menurut nama' : 'Find a port by name'}
        placeholder={lang === 'id' ? 'Cari nama pelabuhan, bandara, PLBN…' : 'Type a port, airport or crossing…'}
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      {[...groups].map(([group, members], index) => (
        <fieldset key={group} className="port-group">
          <legend>{group}</legend>
          <div className="checks">{members.map((p, i) => box(p.code, `${p.name} (${KIND[p.kind][lang === 'id' ? 0 : 1]})`, index === 0 && i === 0))}</div>
        </fieldset>
      ))}
      <div className="checks">{box('other', label(lang, 'transitPoint', 'other'), groups.size === 0)}</div>
    </div>
  );
}

/** One port chosen by name from a list grouped by province (abroad: by country), or `other`: a repatriation's port. */
export function PortSelect({ common, value, onChange }: { common: SelectHTMLAttributes<HTMLSelectElement>; value: string; onChange(code: string): void }) {
  const { t, lang } = useI18n();
  const ports = usePorts();
  const groups = new Map<string, ListedPort[]>();
  for (const port of ports) {
    const group = port.country === 'ID' && port.provinceCode ? provinceName(port.provinceCode) : countryName(port.country, lang);
    groups.set(group, [...(groups.get(group) ?? []), port]);
  }
  return (
    <select {...common} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t('form.choose')}</option>
      {[...groups].map(([group, members]) => (
        <optgroup key={group} label={group}>
          {members.map((p) => (
            <option key={p.code} value={p.code}>
              {p.name}
            </option>
          ))}
        </optgroup>
      ))}
      <option value="other">{label(lang, 'transitPoint', 'other')}</option>
    </select>
  );
}
