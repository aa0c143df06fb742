import { BLUE, heading, INK, loadPdfLibraries, MARGIN, MUTED, NAVY, pageFooters, pdfBytes } from '../reports/yearly-report-pdf.js';

/** One printed letter, in words already chosen for its reader: nothing here is decided, only drawn. */
export interface LetterView {
  issuer: string;
  title: string;
  /** The letter's number (the case's short number and what the letter is about). */
  number: string;
  /** Label/value lines under the title: to whom, from whom, when. */
  head: ReadonlyArray<readonly [string, string]>;
  sections: ReadonlyArray<{ title: string; rows: ReadonlyArray<readonly [string, string]>; note?: string }>;
  /** What the reader may not see and the letter therefore leaves out, said once. */
  withheld?: string;
  verification: { code: string; url: string; text: string };
  printedAt: string;
  footer: string;
  page: (page: number, pages: number) => string;
}

/** A letter on A4 with the statistics report's layout and fonts, a QR code and the short code that verify it. */
export async function letterPdf(view: LetterView, qrPng: Buffer, printedAt: Date): Promise<Buffer> {
  const { PDFDocument } = await loadPdfLibraries();
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    info: { Title: `${view.title} ${view.number}`, Author: view.issuer, CreationDate: printedAt, ModDate: printedAt },
    lang: 'id',
    pdfVersion: '1.7',
  });
  const done = pdfBytes(doc);
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  const ensure = (height: number) => {
    if (doc.y + height > doc.page.height - MARGIN.bottom) doc.addPage();
  };

  doc.rect(MARGIN.left, MARGIN.top - 14, width, 5).fill(BLUE);
  doc.font('Helvetica-Bold').fontSize(11).fillColor(INK).text(view.issuer.toUpperCase(), MARGIN.left, MARGIN.top, { width, characterSpacing: 0.3 });
  doc.moveDown(0.8);
  doc.font('Helvetica-Bold').fontSize(16).fillColor(NAVY).text(view.title, { width, align: 'center' });
  doc.font('Helvetica').fontSize(10).fillColor(MUTED).text(view.number, { width, align: 'center' });
  doc.moveDown(0.8);
  rows(doc, view.head, width, ensure);
  for (const section of view.sections) {
    ensure(60);
    heading(doc, section.title, width);
    rows(doc, section.rows, width, ensure);
    if (section.note)
      doc
        .font('Helvetica-Oblique')
        .fontSize(8.5)
        .fillColor(MUTED)
        .text(section.note, MARGIN.left, doc.y + 3, { width });
  }
  if (view.withheld) {
    ensure(40);
    doc.moveDown(0.8);
    doc.font('Helvetica-Oblique').fontSize(8.5).fillColor(MUTED).text(view.withheld, MARGIN.left, doc.y, { width });
  }

  // The verification block: QR code on the left, the code and how to use it on the right.
  const qrSize = 96;
  ensure(qrSize + 24);
  doc.y += 18;
  const top = doc.y;
  doc
    .rect(MARGIN.left, top - 6, width, qrSize + 12)
    .lineWidth(0.6)
    .strokeColor('#c9d6e3')
    .stroke();
  doc.image(qrPng, MARGIN.left + 6, top, { width: qrSize, height: qrSize });
  const textX = MARGIN.left + qrSize + 18;
  const textW = width - qrSize - 24;
  doc
    .font('Helvetica-Bold')
    .fontSize(12)
    .fillColor(INK)
    .text(view.verification.code, textX, top + 4, { width: textW });
  doc
    .font('Helvetica')
    .fontSize(8.5)
    .fillColor(MUTED)
    .text(view.verification.text, textX, doc.y + 4, { width: textW });
  doc
    .font('Courier')
    .fontSize(7.5)
    .fillColor(MUTED)
    .text(view.verification.url, textX, doc.y + 4, { width: textW });
  doc.y = top + qrSize + 12;
  doc.x = MARGIN.left;

  pageFooters(doc, width, `${view.footer} · ${view.printedAt}`, (page, count) => view.page(page, count));
  doc.end();
  return done;
}

function rows(doc: PDFKit.PDFDocument, lines: ReadonlyArray<readonly [string, string]>, width: number, ensure: (height: number) => void): void {
  const labelW = Math.min(170, width * 0.34);
  for (const [label, value] of lines) {
    const height =
      Math.max(
        doc
          .font('Helvetica')
          .fontSize(9.5)
          .heightOfString(value || '—', { width: width - labelW - 8 }),
        12,
      ) + 5;
    ensure(height);
    const y = doc.y;
    doc
      .font('Helvetica-Bold')
      .fontSize(9.5)
      .fillColor(INK)
      .text(label, MARGIN.left, y, { width: labelW - 6 });
    doc
      .font('Helvetica')
      .fontSize(9.5)
      .fillColor(INK)
      .text(value || '—', MARGIN.left + labelW, y, { width: width - labelW - 8 });
    doc.y = y + height;
  }
  doc.x = MARGIN.left;
}
