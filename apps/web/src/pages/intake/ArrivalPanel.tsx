import { countryName } from '@rujukan/domain';
import { Section } from '../../components/common.js';
import { formatDate } from '../../format.js';
import { useI18n, type Lang } from '../../i18n.js';
import { label } from '../../labels.js';
import { portName } from '../../names.js';
import { useNames } from '../../use-names.js';

/** The return leg from abroad as the case summary gives it; a place the ports list lacks arrives opened (or not at all). */
export interface ReturnLeg {
  arrivalKind: string;
  fromCountry: string;
  fromPort: string | null;
  fromPlace: string | null;
  entryPort: string | null;
  entryPlace: string | null;
  arrivedOn: string;
  transport: string | null;
}

/** What the panel reads of the case summary (GET /cases/:id): `returnLeg` only where the origin is shown. */
export interface ArrivalFields {
  reportingAgency?: string | null;
  returnLeg?: ReturnLeg | null;
}

type Pair = readonly [string, string];
const TEXT = {
  heading: ['Kedatangan dan pelapor', 'Arrival and reporting'],
  reportedBy: ['Lembaga pelapor', 'Reporting agency'],
  returnLeg: ['Kepulangan dari luar negeri', 'Return from abroad'],
  how: ['Cara kembali', 'How she came back'],
  from: ['Dari', 'From'],
  entry: ['Masuk Indonesia melalui', 'Entered Indonesia at'],
  arrivedOn: ['Tanggal tiba', 'Arrived on'],
  transport: ['Sarana', 'Means'],
  apart: ['Pemulangan ke daerah asal dicatat terpisah (Rencanakan pemulangan).', 'The trip home to her province is recorded apart (Plan the repatriation).'],
  none: ['Kepulangan dari luar negeri belum dicatat.', 'No return from abroad recorded yet.'],
  sealed: ['(dirahasiakan)', '(sealed)'],
} satisfies Record<string, Pair>;
const text = (lang: Lang, key: keyof typeof TEXT) => TEXT[key][lang === 'id' ? 0 : 1];

/** A place the list lacks is free text sealed with the victim's key: shown opened, or marked when it stays sealed. */
const place = (lang: Lang, port: string | null, other: unknown): string | null =>
  port ? portName(port) : typeof other === 'string' ? other : other ? text(lang, 'sealed') : null;

/**
 * Who reported the case and how the victim came back to Indonesia (deported from Tawau to Nunukan, say): the return
 * leg from abroad, kept apart from the later trip home inside Indonesia, which the repatriation records.
 */
export function ArrivalPanel({ reportingAgency, returnLeg }: ArrivalFields) {
  const { lang } = useI18n();
  const names = useNames();
  if (!reportingAgency && returnLeg === undefined) return null;
  const from = returnLeg ? [place(lang, returnLeg.fromPort, returnLeg.fromPlace), countryName(returnLeg.fromCountry, lang)].filter(Boolean).join(', ') : '';
  return (
    <Section id="case-arrival" title={text(lang, 'heading')}>
      <dl className="facts" data-testid="case-arrival">
        {reportingAgency && (
          <>
            <dt>{text(lang, 'reportedBy')}</dt>
            <dd>{names.agency(reportingAgency)}</dd>
          </>
        )}
        {returnLeg && (
          <>
            <dt>{text(lang, 'how')}</dt>
            <dd>{label(lang, 'arrivalKind', returnLeg.arrivalKind)}</dd>
            <dt>{text(lang, 'from')}</dt>
            <dd>{from}</dd>
            <dt>{text(lang, 'entry')}</dt>
            <dd>{place(lang, returnLeg.entryPort, returnLeg.entryPlace)}</dd>
            <dt>{text(lang, 'arrivedOn')}</dt>
            <dd>{formatDate(lang, returnLeg.arrivedOn)}</dd>
            {returnLeg.transport && (
              <>
                <dt>{text(lang, 'transport')}</dt>
                <dd>{label(lang, 'transportMode', returnLeg.transport)}</dd>
              </>
            )}
          </>
        )}
      </dl>
      {returnLeg ? <p className="hint">{text(lang, 'apart')}</p> : returnLeg === null && <p className="hint">{text(lang, 'none')}</p>}
    </Section>
  );
}
