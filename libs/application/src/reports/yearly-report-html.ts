import { createHash } from 'node:crypto';
import type { YearlyReportView } from './yearly-report-view.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (value: unknown) => String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);

const STYLE = `
@page { size: A4; margin: 16mm 15mm 18mm; @bottom-right { content: counter(page) " / " counter(pages); font: 9pt Helvetica, Arial, sans-serif; color: #555; } }
* { box-sizing: border-box; }
body { font-family: Helvetica, Arial, 'Liberation Sans', sans-serif; color: #111; margin: 0 auto; max-width: 210mm; padding: 12mm 15mm; font-size: 10.5pt; line-height: 1.4; background: #fff; }
header { border-top: 6px solid #0072B2; padding-top: 4mm; margin-bottom: 6mm; }
.issuer { text-transform: uppercase; letter-spacing: 0.04em; font-size: 9pt; color: #333; margin: 0; }
h1 { font-size: 19pt; line-height: 1.2; margin: 2mm 0 1mm; }
.region { font-size: 13pt; margin: 0; font-weight: bold; color: #0b3d66; }
.meta { margin: 2mm 0 0; color: #333; font-size: 9.5pt; }
.provisional { margin: 2mm 0 0; padding: 1.5mm 3mm; background: #fff4d6; border-left: 3px solid #E69F00; font-size: 9.5pt; }
h2 { font-size: 12.5pt; margin: 7mm 0 2mm; padding-bottom: 1mm; border-bottom: 1px solid #999; }
.figures { display: grid; grid-template-columns: repeat(4, 1fr); gap: 3mm; margin: 0; padding: 0; list-style: none; }
.figures li { border: 1px solid #c9d6e3; background: #f3f7fb; padding: 2.5mm 3mm; break-inside: avoid; }
.figures .value { display: block; font-size: 17pt; font-weight: bold; color: #0b3d66; }
.figures .label { display: block; font-size: 8.8pt; color: #222; }
.figures .note { display: block; font-size: 8pt; color: #555; }
section { break-inside: avoid; page-break-inside: avoid; }
figure { margin: 0 0 2mm; } figure svg { max-width: 100%; height: auto; display: block; }
table { border-collapse: collapse; font-size: 9.5pt; width: 62%; margin-top: 1mm; }
th, td { border: 1px solid #bbb; padding: 1mm 2.5mm; text-align: left; }
thead th { background: #e8eef4; } tbody th { font-weight: normal; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; min-width: 24mm; }
tfoot td { font-weight: bold; background: #f5f5f5; }
.note { font-size: 8.8pt; color: #444; margin: 1mm 0 0; }
.notes { font-size: 9pt; color: #222; padding-left: 5mm; }
footer { margin-top: 8mm; border-top: 1px solid #999; padding-top: 2mm; font-size: 8.5pt; color: #555; }
@media print { body { padding: 0; max-width: none; } h2 { break-after: avoid; } }
`;

/**
 * The page's Content-Security-Policy: nothing may run or load; only its own <style> block applies (by
 * hash), so the API's `default-src 'none'` stays in force for everything else.
 */
export const YEARLY_REPORT_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`;

function table(head: [string, string], rows: Array<[string, string]>, total: [string, string] | null): string {
  return (
    `<table><thead><tr><th scope="col">${esc(head[0])}</th><th scope="col" class="n">${esc(head[1])}</th></tr></thead><tbody>` +
    rows.map(([name, value]) => `<tr><th scope="row">${esc(name)}</th><td class="n">${esc(value)}</td></tr>`).join('') +
    `</tbody>${total ? `<tfoot><tr><td>${esc(total[0])}</td><td class="n">${esc(total[1])}</td></tr></tfoot>` : ''}</table>`
  );
}

/** One self-contained A4 page (no script, no external asset): the charts are inline SVG. */
export function yearlyReportHtml(view: YearlyReportView): string {
  const sections = view.sections
    .map(
      (s, i) => `<section>
<h2>${i + 2}. ${esc(s.title)}</h2>
${s.chart ? `<figure>${s.chart}</figure>` : ''}
${table(s.table.head, s.table.rows, s.table.total)}
${s.note ? `<p class="note">${esc(s.note)}</p>` : ''}
</section>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="${view.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`${view.title} – ${view.regionName} – ${view.yearLabel}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<p class="issuer">${esc(view.issuer)}</p>
<h1>${esc(view.title)}</h1>
<p class="region">${esc(view.regionName)} · ${esc(view.yearLabel)}</p>
<p class="meta">${esc(view.period)} · ${esc(view.generated)}</p>
${view.provisional ? `<p class="provisional">${esc(view.provisional)}</p>` : ''}
</header>
<main>
<section>
<h2>1. ${esc(view.summaryTitle)}</h2>
<ul class="figures">
${view.keyFigures.map((f) => `<li><span class="value">${esc(f.value)}</span><span class="label">${esc(f.label)}</span>${f.note ? `<span class="note">${esc(f.note)}</span>` : ''}</li>`).join('\n')}
</ul>
</section>
${sections}
<section>
<h2>${view.sections.length + 2}. ${esc(view.notesTitle)}</h2>
<ol class="notes">${view.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ol>
</section>
</main>
<footer>${esc(view.issuer)} · ${esc(view.title)} · ${esc(view.regionName)} · ${esc(view.yearLabel)}</footer>
</body>
</html>
`;
}
