import { createHash } from 'node:crypto';
import { vocabularyLabel } from '@rujukan/domain';
import { heading, INK, loadPdfLibraries, MARGIN, MUTED, NAVY, BLUE, pageFooters, pdfBytes } from './yearly-report-pdf.js';
import type { ReportLang } from './report-names.js';

/** What the report reads of a plan: the plan view of GET /plans/:id (read-models' PlanView), its fields by name. */
export interface PlanReportInput {
  planId: string;
  ownerAgency: string;
  title: string;
  legalBasis: string;
  startYear: number;
  endYear: number;
  items: Array<{
    itemId: string;
    pillar: string;
    activity: string;
    responsibleAgency: string;
    indicator: string;
    target: number;
    unit: string;
    dueDate: string;
    budgetLine: string | null;
    completedOn: string | null;
    progress: Array<{ reportedOn: string; achieved: number; note: string | null; evidence: string | null }>;
  }>;
}

export type PlanReportStatus = 'completed' | 'late' | 'on_track' | 'not_started';

export interface PlanReportItem {
  number: number;
  pillar: string;
  activity: string;
  responsible: string;
  indicator: string;
  target: string;
  achieved: string;
  percent: number;
  dueDate: string;
  budgetLine: string | null;
  status: PlanReportStatus;
  statusLabel: string;
  /** Why it is late, or when it was completed. */
  statusNote: string | null;
  /** The year's progress reports, oldest first. */
  reports: string[];
}

/** A plan's yearly progress report, in the reader's words: what the HTML page and the PDF both draw. */
export interface PlanReportView {
  lang: ReportLang;
  title: string;
  planTitle: string;
  issuer: string;
  subtitle: string;
  period: string;
  generated: string;
  counts: Array<{ label: string; value: number }>;
  lateTitle: string;
  late: string[];
  itemsTitle: string;
  items: PlanReportItem[];
  columns: { activity: string; responsible: string; indicator: string; target: string; achieved: string; due: string; status: string; reports: string };
  notesTitle: string;
  notes: string[];
}

const T = {
  id: {
    title: 'Laporan Kemajuan Tahunan Rencana Aksi',
    period: (year: number, asOf: string) => `Tahun ${year}, keadaan per ${asOf}`,
    generated: (at: string) => `Disusun ${at}`,
    plan: (basis: string, from: number, to: number) => `${basis} · periode ${from}–${to}`,
    counts: ['Kegiatan tahun ini', 'Selesai', 'Terlambat', 'Berjalan sesuai jadwal'],
    lateTitle: 'Yang terlambat',
    noneLate: 'Tidak ada kegiatan yang terlambat.',
    lateNote: (due: string, achieved: string, target: string) => `jatuh tempo ${due}, tercapai ${achieved} dari ${target}`,
    completedNote: (on: string) => `selesai ${on}`,
    itemsTitle: 'Kegiatan, penanggung jawab dan capaian',
    status: { completed: 'Selesai', late: 'Terlambat', on_track: 'Berjalan', not_started: 'Belum ada laporan' },
    columns: {
      activity: 'Kegiatan',
      responsible: 'Penanggung jawab',
      indicator: 'Indikator',
      target: 'Target',
      achieved: 'Capaian',
      due: 'Jatuh tempo',
      status: 'Status',
      reports: 'Laporan kemajuan tahun ini',
    },
    report: (on: string, achieved: string, evidence: string | null, note: string | null) =>
      `${on}: capaian ${achieved}${evidence ? `; bukti: ${evidence}` : ''}${note ? `; ${note}` : ''}`,
    notesTitle: 'Catatan',
    notes: [
      'Kegiatan tahun ini: yang jatuh tempo tahun ini, yang jatuh tempo sebelumnya dan belum selesai pada awal tahun, dan yang kemajuannya dilaporkan tahun ini.',
      'Capaian adalah nilai indikator kumulatif yang terakhir dilaporkan sampai akhir tahun (atau sampai hari ini untuk tahun berjalan). Terlambat: belum selesai, lewat jatuh tempo, dan target belum tercapai.',
      'Sumber: riwayat rencana aksi di Rujukan (setiap perubahan adalah peristiwa yang tercatat dan dapat diaudit). Laporan ini tidak memuat data korban.',
    ],
  },
  en: {
    title: 'Yearly Progress Report of the Action Plan',
    period: (year: number, asOf: string) => `Year ${year}, as of ${asOf}`,
    generated: (at: string) => `Compiled ${at}`,
    plan: (basis: string, from: number, to: number) => `${basis} · period ${from}–${to}`,
    counts: ['Items this year', 'Completed', 'Late', 'On track'],
    lateTitle: 'What is late',
    noneLate: 'No item is late.',
    lateNote: (due: string, achieved: string, target: string) => `due ${due}, ${achieved} of ${target} reached`,
    completedNote: (on: string) => `completed ${on}`,
    itemsTitle: 'Items, responsible agencies and progress',
    status: { completed: 'Completed', late: 'Late', on_track: 'On track', not_started: 'No report yet' },
    columns: {
      activity: 'Activity',
      responsible: 'Responsible',
      indicator: 'Indicator',
      target: 'Target',
      achieved: 'Achieved',
      due: 'Due',
      status: 'Status',
      reports: 'Progress reported this year',
    },
    report: (on: string, achieved: string, evidence: string | null, note: string | null) =>
      `${on}: ${achieved} reached${evidence ? `; evidence: ${evidence}` : ''}${note ? `; ${note}` : ''}`,
    notesTitle: 'Notes',
    notes: [
      'Items this year: those due this year, those due earlier and not completed by its start, and those whose progress was reported this year.',
      'Achieved is the cumulative value of the indicator last reported by the end of the year (or by today for the current year). Late: not completed, past its due date, its target not reached.',
      'Source: the action plan’s history in Rujukan (every change is a recorded, auditable event). This report holds no victim data.',
    ],
  },
} as const;

const number = (lang: ReportLang, n: number) => n.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 2 });

/**
 * The year's progress of a plan: the items of `year` (due in it, carried over unfinished, or reported on in it), each
 * with its responsible agency by name, indicator, target, what was achieved by the year's end (`asOf`, at most today)
 * and whether it is late; the late ones listed first.
 */
export function planReportView(
  plan: PlanReportInput,
  year: number,
  lang: ReportLang,
  agencyName: (code: string) => string,
  today: string,
  compiledAt: Date,
): PlanReportView {
  const t = T[lang];
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const asOf = today < end ? today : end;
  const closed = today > end;
  const items = plan.items
    .filter((item) => {
      const dueThisYear = item.dueDate >= start && item.dueDate <= end;
      const carried = item.dueDate < start && (item.completedOn === null || item.completedOn >= start);
      const reported = item.progress.some((p) => p.reportedOn >= start && p.reportedOn <= end);
      return dueThisYear || carried || reported;
    })
    .map((item, index): PlanReportItem => {
      const known = item.progress.filter((p) => p.reportedOn <= asOf);
      const achieved = known.length > 0 ? known[known.length - 1]!.achieved : 0;
      const completed = item.completedOn !== null && item.completedOn <= asOf;
      // A past year is closed: an item due on its last day and not reached is late, as on the next day's plan view.
      const late = !completed && (closed ? item.dueDate <= asOf : item.dueDate < asOf) && achieved < item.target;
      const status: PlanReportStatus = completed ? 'completed' : late ? 'late' : known.length > 0 ? 'on_track' : 'not_started';
      const target = `${number(lang, item.target)} ${item.unit}`;
      const reached = `${number(lang, achieved)} ${item.unit}`;
      return {
        number: index + 1,
        pillar: vocabularyLabel('planPillar', item.pillar, lang) ?? item.pillar,
        activity: item.activity,
        responsible: agencyName(item.responsibleAgency),
        indicator: item.indicator,
        target,
        achieved: reached,
        percent: item.target > 0 ? Math.min(100, Math.round((achieved / item.target) * 100)) : 0,
        dueDate: item.dueDate,
        budgetLine: item.budgetLine,
        status,
        statusLabel: t.status[status],
        statusNote: completed ? t.completedNote(item.completedOn!) : late ? t.lateNote(item.dueDate, reached, target) : null,
        reports: item.progress
          .filter((p) => p.reportedOn >= start && p.reportedOn <= end)
          .map((p) => t.report(p.reportedOn, `${number(lang, p.achieved)} ${item.unit}`, p.evidence, p.note)),
      };
    });
  const count = (status: PlanReportStatus) => items.filter((i) => i.status === status).length;
  return {
    lang,
    title: t.title,
    planTitle: plan.title,
    issuer: agencyName(plan.ownerAgency),
    subtitle: t.plan(plan.legalBasis, plan.startYear, plan.endYear),
    period: t.period(year, asOf),
    generated: t.generated(compiledAt.toISOString().slice(0, 16).replace('T', ' ') + ' UTC'),
    counts: [
      { label: t.counts[0], value: items.length },
      { label: t.counts[1], value: count('completed') },
      { label: t.counts[2], value: count('late') },
      { label: t.counts[3], value: count('on_track') },
    ],
    lateTitle: t.lateTitle,
    late:
      count('late') === 0
        ? [t.noneLate]
        : items.filter((i) => i.status === 'late').map((i) => `${i.number}. ${i.activity} (${i.responsible}): ${i.statusNote}`),
    itemsTitle: t.itemsTitle,
    items,
    columns: t.columns,
    notesTitle: t.notesTitle,
    notes: [...t.notes],
  };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (value: unknown) => String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const STYLE = `
@page { size: A4 landscape; margin: 14mm; }
* { box-sizing: border-box; }
body { font-family: Helvetica, Arial, 'Liberation Sans', sans-serif; color: #111; margin: 0 auto; max-width: 297mm; padding: 10mm 14mm; font-size: 10pt; line-height: 1.4; background: #fff; }
header { border-top: 6px solid #0072B2; padding-top: 4mm; margin-bottom: 5mm; }
.issuer { text-transform: uppercase; letter-spacing: 0.04em; font-size: 9pt; color: #333; margin: 0; }
h1 { font-size: 18pt; margin: 2mm 0 1mm; } .plan { font-size: 12.5pt; font-weight: bold; color: #0b3d66; margin: 0; }
.meta { margin: 1mm 0 0; color: #333; font-size: 9.5pt; }
h2 { font-size: 12.5pt; margin: 6mm 0 2mm; padding-bottom: 1mm; border-bottom: 1px solid #999; }
.figures { display: grid; grid-template-columns: repeat(4, 1fr); gap: 3mm; margin: 0; padding: 0; list-style: none; }
.figures li { border: 1px solid #c9d6e3; background: #f3f7fb; padding: 2.5mm 3mm; }
.figures .value { display: block; font-size: 17pt; font-weight: bold; color: #0b3d66; } .figures .label { font-size: 9pt; }
table { border-collapse: collapse; font-size: 9pt; width: 100%; }
th, td { border: 1px solid #bbb; padding: 1mm 2mm; text-align: left; vertical-align: top; }
thead th { background: #e8eef4; } td.n { text-align: right; white-space: nowrap; }
tr.late td { background: #fdecea; } .status-late { color: #a1260d; font-weight: bold; } .pillar { color: #555; font-size: 8.5pt; display: block; }
ul.reports { margin: 0; padding-left: 4mm; } .notes { font-size: 9pt; padding-left: 5mm; }
footer { margin-top: 6mm; border-top: 1px solid #999; padding-top: 2mm; font-size: 8.5pt; color: #555; }
`;

/** The page's Content-Security-Policy: nothing runs or loads; only its own style block applies (by hash). */
export const PLAN_REPORT_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`;

/** One self-contained page (no script, no external asset). */
export function planReportHtml(view: PlanReportView): string {
  const c = view.columns;
  const rows = view.items
    .map(
      (i) => `<tr class="${i.status}">
<td class="n">${i.number}</td><td><span class="pillar">${esc(i.pillar)}</span>${esc(i.activity)}${i.budgetLine ? `<span class="pillar">${esc(i.budgetLine)}</span>` : ''}</td>
<td>${esc(i.responsible)}</td><td>${esc(i.indicator)}</td><td class="n">${esc(i.target)}</td><td class="n">${esc(i.achieved)} (${i.percent}%)</td>
<td class="n">${esc(i.dueDate)}</td><td class="status-${i.status}">${esc(i.statusLabel)}${i.statusNote ? `<br>${esc(i.statusNote)}` : ''}</td>
<td>${i.reports.length > 0 ? `<ul class="reports">${i.reports.map((r) => `<li>${esc(r)}</li>`).join('')}</ul>` : '—'}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${view.lang}"><head><meta charset="utf-8"><title>${esc(view.title)} – ${esc(view.planTitle)}</title><style>${STYLE}</style></head>
<body>
<header><p class="issuer">${esc(view.issuer)}</p><h1>${esc(view.title)}</h1><p class="plan">${esc(view.planTitle)}</p>
<p class="meta">${esc(view.subtitle)}</p><p class="meta">${esc(view.period)} · ${esc(view.generated)}</p></header>
<ul class="figures">${view.counts.map((f) => `<li><span class="value">${f.value}</span><span class="label">${esc(f.label)}</span></li>`).join('')}</ul>
<section><h2>1. ${esc(view.lateTitle)}</h2><ul>${view.late.map((l) => `<li>${esc(l)}</li>`).join('')}</ul></section>
<section><h2>2. ${esc(view.itemsTitle)}</h2>
<table><thead><tr><th>#</th><th>${esc(c.activity)}</th><th>${esc(c.responsible)}</th><th>${esc(c.indicator)}</th><th>${esc(c.target)}</th><th>${esc(c.achieved)}</th><th>${esc(c.due)}</th><th>${esc(c.status)}</th><th>${esc(c.reports)}</th></tr></thead>
<tbody>
${rows}
</tbody></table></section>
<footer><p>${esc(view.notesTitle)}</p><ol class="notes">${view.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ol></footer>
</body></html>`;
}

const RED = '#a1260d';

/** The same report on A4 with page numbers, in the statistics report's layout and palette; standard PDF fonts only. */
export async function planReportPdf(view: PlanReportView, compiledAt: Date): Promise<Buffer> {
  const { PDFDocument } = await loadPdfLibraries();
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    info: { Title: `${view.title} – ${view.planTitle}`, Author: view.issuer, Subject: view.period, CreationDate: compiledAt, ModDate: compiledAt },
    lang: view.lang,
    displayTitle: true,
    pdfVersion: '1.7',
  });
  const done = pdfBytes(doc);
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  const ensure = (height: number) => {
    if (doc.y + height > doc.page.height - MARGIN.bottom) doc.addPage();
  };

  doc.rect(MARGIN.left, MARGIN.top - 14, width, 5).fill(BLUE);
  doc.font('Helvetica').fontSize(8.5).fillColor('#333333').text(view.issuer.toUpperCase(), MARGIN.left, MARGIN.top, { width, characterSpacing: 0.3 });
  doc.moveDown(0.5);
  doc.font('Helvetica-Bold').fontSize(17).fillColor(INK).text(view.title, { width });
  doc.moveDown(0.2);
  doc.font('Helvetica-Bold').fontSize(12).fillColor(NAVY).text(view.planTitle, { width });
  doc.moveDown(0.2);
  doc.font('Helvetica').fontSize(9).fillColor(MUTED).text(view.subtitle, { width }).text(`${view.period} · ${view.generated}`, { width });
  doc.moveDown(0.8);

  // The four counts as boxes.
  const gap = 8;
  const boxW = (width - gap * 3) / 4;
  const top = doc.y;
  view.counts.forEach((figure, i) => {
    const x = MARGIN.left + (boxW + gap) * i;
    doc.rect(x, top, boxW, 46).fillAndStroke('#f3f7fb', '#c9d6e3');
    doc
      .font('Helvetica-Bold')
      .fontSize(16)
      .fillColor(i === 2 && figure.value > 0 ? RED : NAVY)
      .text(String(figure.value), x + 8, top + 7, { width: boxW - 16 });
    doc
      .font('Helvetica')
      .fontSize(8.5)
      .fillColor(INK)
      .text(figure.label, x + 8, top + 28, { width: boxW - 16 });
  });
  doc.x = MARGIN.left;
  doc.y = top + 52;

  heading(doc, `1. ${view.lateTitle}`, width);
  doc.font('Helvetica').fontSize(9.5).fillColor(INK);
  for (const line of view.late) {
    ensure(doc.heightOfString(line, { width: width - 12 }) + 4);
    doc.text(`•  ${line}`, MARGIN.left, doc.y, { width });
    doc.moveDown(0.2);
  }

  heading(doc, `2. ${view.itemsTitle}`, width);
  for (const item of view.items) {
    const lines = [
      `${view.columns.responsible}: ${item.responsible}`,
      `${view.columns.indicator}: ${item.indicator} · ${view.columns.target}: ${item.target} · ${view.columns.achieved}: ${item.achieved} (${item.percent}%) · ${view.columns.due}: ${item.dueDate}`,
      ...(item.budgetLine ? [item.budgetLine] : []),
      ...item.reports.map((r) => `–  ${r}`),
    ];
    const height = 16 + lines.reduce((h, l) => h + doc.heightOfString(l, { width: width - 14 }) + 2, 0) + 14;
    ensure(height);
    const y = doc.y;
    doc
      .font('Helvetica-Bold')
      .fontSize(10)
      .fillColor(INK)
      .text(`${item.number}. ${item.activity}`, MARGIN.left, y, { width: width - 110 });
    doc
      .font('Helvetica-Bold')
      .fontSize(9.5)
      .fillColor(item.status === 'late' ? RED : item.status === 'completed' ? '#1a6b2f' : NAVY)
      .text(item.statusLabel, MARGIN.left + width - 105, y, { width: 105, align: 'right' });
    doc.y = Math.max(doc.y, y + 13);
    doc
      .font('Helvetica')
      .fontSize(8.5)
      .fillColor(MUTED)
      .text(item.pillar + (item.statusNote ? ` · ${item.statusNote}` : ''), MARGIN.left + 14, doc.y, { width: width - 14 });
    // The progress bar.
    const barY = doc.y + 2;
    doc.rect(MARGIN.left + 14, barY, 160, 5).fill('#e3e9ef');
    if (item.percent > 0) doc.rect(MARGIN.left + 14, barY, (160 * item.percent) / 100, 5).fill(item.status === 'late' ? RED : BLUE);
    doc.y = barY + 9;
    doc.font('Helvetica').fontSize(9).fillColor(INK);
    for (const line of lines) {
      doc.text(line, MARGIN.left + 14, doc.y, { width: width - 14 });
      doc.moveDown(0.1);
    }
    doc.moveDown(0.6);
  }

  ensure(70);
  heading(doc, view.notesTitle, width);
  doc.font('Helvetica').fontSize(8.5).fillColor(MUTED);
  view.notes.forEach((note, i) => {
    ensure(doc.heightOfString(note, { width: width - 16 }) + 4);
    const y = doc.y;
    doc.text(`${i + 1}.`, MARGIN.left, y, { width: 14 });
    doc.text(note, MARGIN.left + 16, y, { width: width - 16 });
    doc.moveDown(0.3);
  });

  pageFooters(doc, width, `${view.planTitle} · ${view.period}`, (page, count) => `${page} / ${count}`, 60);
  doc.end();
  return done;
}
