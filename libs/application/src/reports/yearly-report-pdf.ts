import type PdfKit from 'pdfkit';
import type SvgToPdf from 'svg-to-pdfkit';
// Loaded on the first report, not at start: the two take about 40 MB a process that never prints one would carry.
let pdfLibraries: Promise<{ PDFDocument: typeof PdfKit; SVGtoPDF: typeof SvgToPdf }> | null = null;
let SVGtoPDF: typeof SvgToPdf;
export function loadPdfLibraries() {
  pdfLibraries ??= Promise.all([import('pdfkit'), import('svg-to-pdfkit')]).then(([pdfkit, svg]) => {
    SVGtoPDF = svg.default;
    return { PDFDocument: pdfkit.default, SVGtoPDF: svg.default };
  });
  return pdfLibraries;
}
import type { SectionView, YearlyReportView } from './yearly-report-view.js';

type Doc = PDFKit.PDFDocument;

// Shared with the letters (`letters/letter-pdf.ts`): one page layout and palette for everything the service prints.
export const MARGIN = { top: 48, bottom: 56, left: 46, right: 46 };
export const INK = '#111111';
export const MUTED = '#444444';
export const NAVY = '#0b3d66';
export const BLUE = '#0072B2';
const AMBER = '#E69F00';
const ROW_HEIGHT = 16;

/** svg-to-pdfkit asks for a font by family and weight: the charts use the PDF standard Helvetica. */
function chartFont(_family: string, bold: boolean, italic: boolean): string {
  return `Helvetica${bold && italic ? '-BoldOblique' : bold ? '-Bold' : italic ? '-Oblique' : ''}`;
}

function svgSize(svg: string): { width: number; height: number } {
  const width = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1] ?? 640);
  const height = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1] ?? 260);
  return { width, height };
}

/**
 * The same report as the HTML page, on A4 with page numbers: the same words, the same tables and the same
 * SVG charts, drawn by svg-to-pdfkit. Standard PDF fonts only, so the file needs nothing installed to read.
 */
export async function yearlyReportPdf(view: YearlyReportView, compiledAt: Date): Promise<Buffer> {
  const { PDFDocument } = await loadPdfLibraries();
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    info: {
      Title: `${view.title} – ${view.regionName} – ${view.yearLabel}`,
      Author: view.issuer,
      Subject: view.period,
      CreationDate: compiledAt,
      ModDate: compiledAt,
    },
    lang: view.lang,
    displayTitle: true,
    pdfVersion: '1.7',
  });
  const done = pdfBytes(doc);
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  const bottom = () => doc.page.height - MARGIN.bottom;
  const ensure = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };

  header(doc, view, width);
  heading(doc, `1. ${view.summaryTitle}`, width);
  keyFigures(doc, view, width);
  view.sections.forEach((section, i) => sectionBlock(doc, section, i + 2, width, ensure));
  ensure(80);
  heading(doc, `${view.sections.length + 2}. ${view.notesTitle}`, width);
  doc.font('Helvetica').fontSize(9).fillColor(INK);
  view.notes.forEach((note, i) => {
    ensure(doc.heightOfString(note, { width: width - 16 }) + 6);
    const y = doc.y;
    doc.text(`${i + 1}.`, MARGIN.left, y, { width: 14 });
    doc.text(note, MARGIN.left + 16, y, { width: width - 16 });
    doc.moveDown(0.4);
  });
  footers(doc, view, width);
  doc.end();
  return done;
}

function header(doc: Doc, view: YearlyReportView, width: number): void {
  doc.rect(MARGIN.left, MARGIN.top - 14, width, 5).fill(BLUE);
  doc.font('Helvetica').fontSize(8.5).fillColor('#333333').text(view.issuer.toUpperCase(), MARGIN.left, MARGIN.top, { width, characterSpacing: 0.3 });
  doc.moveDown(0.5);
  doc.font('Helvetica-Bold').fontSize(18).fillColor(INK).text(view.title, { width });
  doc.moveDown(0.2);
  doc.font('Helvetica-Bold').fontSize(12.5).fillColor(NAVY).text(`${view.regionName} · ${view.yearLabel}`, { width });
  doc.moveDown(0.3);
  doc.font('Helvetica').fontSize(9).fillColor(MUTED).text(`${view.period} · ${view.generated}`, { width });
  if (view.provisional) {
    doc.moveDown(0.5);
    const y = doc.y;
    const h = doc.heightOfString(view.provisional, { width: width - 16 }) + 8;
    doc.rect(MARGIN.left, y, width, h).fill('#fff4d6');
    doc.rect(MARGIN.left, y, 3, h).fill(AMBER);
    doc
      .font('Helvetica')
      .fontSize(9)
      .fillColor(INK)
      .text(view.provisional, MARGIN.left + 10, y + 4, { width: width - 16 });
    doc.y = y + h;
  }
  doc.x = MARGIN.left;
  doc.moveDown(0.6);
}

export function heading(doc: Doc, text: string, width: number): void {
  doc.y += 16;
  doc.font('Helvetica-Bold').fontSize(12).fillColor(INK).text(text, MARGIN.left, doc.y, { width });
  const y = doc.y + 2;
  doc
    .moveTo(MARGIN.left, y)
    .lineTo(MARGIN.left + width, y)
    .lineWidth(0.6)
    .strokeColor('#999999')
    .stroke();
  doc.y = y + 6;
}

function keyFigures(doc: Doc, view: YearlyReportView, width: number): void {
  const columns = 4;
  const gap = 8;
  const boxW = (width - gap * (columns - 1)) / columns;
  const boxH = 58;
  const top = doc.y;
  view.keyFigures.forEach((figure, i) => {
    const x = MARGIN.left + (boxW + gap) * (i % columns);
    const y = top + (boxH + gap) * Math.floor(i / columns);
    doc.rect(x, y, boxW, boxH).fillAndStroke('#f3f7fb', '#c9d6e3');
    doc
      .font('Helvetica-Bold')
      .fontSize(16)
      .fillColor(NAVY)
      .text(figure.value, x + 7, y + 6, { width: boxW - 14, lineBreak: false });
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor(INK)
      .text(figure.label, x + 7, y + 27, { width: boxW - 14 });
    if (figure.note)
      doc
        .fontSize(7)
        .fillColor(MUTED)
        .text(figure.note, { width: boxW - 14 });
  });
  doc.x = MARGIN.left;
  doc.y = top + (boxH + gap) * Math.ceil(view.keyFigures.length / columns);
}

function sectionBlock(doc: Doc, section: SectionView, number: number, width: number, ensure: (height: number) => void): void {
  const size = section.chart ? svgSize(section.chart) : null;
  const chartH = size ? (size.height * width) / size.width : 0;
  // A section that fits on a page is never split; a longer one keeps its heading, chart and first rows together.
  const rows = section.table.rows.length + 1 + (section.table.total ? 1 : 0);
  const whole = 48 + chartH + 8 + ROW_HEIGHT * rows + (section.note ? 24 : 0);
  const pageHeight = doc.page.height - MARGIN.top - MARGIN.bottom;
  ensure(whole <= pageHeight ? whole : 48 + chartH + 8 + ROW_HEIGHT * 4);
  heading(doc, `${number}. ${section.title}`, width);
  if (section.chart && size) {
    SVGtoPDF(doc, section.chart, MARGIN.left, doc.y, { width, height: chartH, preserveAspectRatio: 'xMinYMin meet', fontCallback: chartFont });
    doc.y += chartH + 8;
  }
  table(doc, section, width, ensure);
  if (section.note) {
    ensure(24);
    doc
      .font('Helvetica-Oblique')
      .fontSize(8.5)
      .fillColor(MUTED)
      .text(section.note, MARGIN.left, doc.y + 3, { width });
  }
  doc.x = MARGIN.left;
}

function table(doc: Doc, section: SectionView, width: number, ensure: (height: number) => void): void {
  const nameW = Math.min(300, width * 0.62);
  const valueW = 90;
  const rowH = ROW_HEIGHT;
  const row = (cells: [string, string], fill: string | null, bold: boolean) => {
    ensure(rowH);
    const y = doc.y;
    if (fill) doc.rect(MARGIN.left, y, nameW + valueW, rowH).fill(fill);
    doc
      .rect(MARGIN.left, y, nameW, rowH)
      .rect(MARGIN.left + nameW, y, valueW, rowH)
      .lineWidth(0.5)
      .strokeColor('#bbbbbb')
      .stroke();
    doc
      .font(bold ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(9)
      .fillColor(INK);
    doc.text(cells[0], MARGIN.left + 5, y + 4.5, { width: nameW - 10, lineBreak: false, ellipsis: true });
    doc.text(cells[1], MARGIN.left + nameW, y + 4.5, { width: valueW - 6, align: 'right', lineBreak: false });
    doc.x = MARGIN.left;
    doc.y = y + rowH;
  };
  row(section.table.head, '#e8eef4', true);
  for (const r of section.table.rows) row(r, null, false);
  if (section.table.total) row(section.table.total, '#f5f5f5', true);
}

function footers(doc: Doc, view: YearlyReportView, width: number): void {
  pageFooters(doc, width, `${view.title} · ${view.regionName} · ${view.yearLabel}`, (page, count) => view.page(page, count));
}

/**
 * A rule and a footer on every buffered page: `left` (cut with an ellipsis) and, right-aligned in `rightWidth`, what
 * `right` says of the page and the page count. The reports and the letters share it.
 */
export function pageFooters(doc: Doc, width: number, left: string, right: (page: number, count: number) => string, rightWidth = 90): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // Below the bottom margin: lift it so writing there does not open a new page.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - 34;
    doc
      .moveTo(MARGIN.left, y - 6)
      .lineTo(MARGIN.left + width, y - 6)
      .lineWidth(0.5)
      .strokeColor('#999999')
      .stroke();
    doc.font('Helvetica').fontSize(8).fillColor(MUTED);
    doc.text(left, MARGIN.left, y, { width: width - rightWidth, lineBreak: false, ellipsis: true });
    doc.text(right(i - start + 1, count), MARGIN.left + width - rightWidth, y, { width: rightWidth, align: 'right', lineBreak: false });
    doc.page.margins.bottom = margin;
  }
}

/** The bytes a document writes, once it is ended. */
export function pdfBytes(doc: Doc): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
