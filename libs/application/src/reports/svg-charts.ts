/**
 * Bar and column charts as SVG strings: drawn once on the server, embedded inline in the HTML report and
 * drawn into the PDF by svg-to-pdfkit, so both formats show the same picture. No script, no external font:
 * text uses the PDF standard Helvetica (Arial or Liberation Sans in a browser).
 */

/** Okabe & Ito's palette, safe for the common colour-vision deficiencies. */
export const PALETTE = { blue: '#0072B2', orange: '#E69F00', green: '#009E73', sky: '#56B4E9', vermillion: '#D55E00', grey: '#666666' } as const;

export const CHART_FONT = "Helvetica, Arial, 'Liberation Sans', sans-serif";

export interface ChartBar {
  label: string;
  /** `null`: the count is hidden; the bar is drawn as a mark with `display` ("s"). */
  value: number | null;
  /** The value as printed on the bar, already formatted for the report's language. */
  display: string;
  /** Drawn in the accent colour (the report's own year on the trend chart). */
  highlight?: boolean;
}

export interface ChartOptions {
  /** Read by screen readers and shown as the SVG's title. */
  title: string;
  width?: number;
  /** Tick labels of the value axis, formatted for the language. */
  formatTick?: (value: number) => string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (value: string) => value.replace(/[&<>"']/g, (c) => ESCAPES[c]);
const r1 = (n: number) => Math.round(n * 10) / 10;

/** Helvetica's average advance is about 0.55 em: enough to decide where a label is cut. */
function textWidth(text: string, size: number): number {
  return text.length * size * 0.55;
}

function fit(text: string, size: number, width: number): string {
  if (textWidth(text, size) <= width) return text;
  let cut = text;
  while (cut.length > 1 && textWidth(`${cut}…`, size) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** Round tick steps (1, 2, 5 × 10^n) giving about `count` ticks up to at least `max`. */
export function niceTicks(max: number, count = 5): number[] {
  if (max <= 0) return [0, 1];
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude);
  const ticks = [];
  for (let t = 0; t < max + step; t += step) ticks.push(t);
  return ticks;
}

function svgOpen(width: number, height: number, title: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" ` +
    `font-family="${CHART_FONT}"><title>${esc(title)}</title>`
  );
}

/** Hidden counts get a hatched stub, so a reader sees a value exists without its size. */
function hiddenMark(x: number, y: number, w: number, h: number): string {
  return `<rect x="${r1(x)}" y="${r1(y)}" width="${r1(w)}" height="${r1(h)}" fill="#ffffff" stroke="${PALETTE.grey}" stroke-width="0.8" stroke-dasharray="2 2"/>`;
}

/** Vertical columns over categories in their order (years, months), values on top, a value axis at left. */
export function columnChart(bars: readonly ChartBar[], options: ChartOptions): string {
  const width = options.width ?? 640;
  const height = 260;
  const left = 44;
  const right = 12;
  const top = 18;
  const bottom = 30;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const max = Math.max(0, ...bars.map((b) => b.value ?? 0));
  const ticks = niceTicks(max);
  const scaleMax = ticks.at(-1)!;
  const y = (v: number) => top + plotH - (v / scaleMax) * plotH;
  const slot = plotW / Math.max(1, bars.length);
  const barW = Math.min(48, slot * 0.64);
  const format = options.formatTick ?? String;
  const parts = [svgOpen(width, height, options.title)];
  for (const t of ticks) {
    parts.push(`<line x1="${left}" y1="${r1(y(t))}" x2="${width - right}" y2="${r1(y(t))}" stroke="#d9d9d9" stroke-width="0.6"/>`);
    parts.push(`<text x="${left - 6}" y="${r1(y(t) + 4)}" font-size="11" fill="#333333" text-anchor="end">${esc(format(t))}</text>`);
  }
  const labelSize = slot < 34 ? 10 : 11;
  bars.forEach((bar, i) => {
    const cx = left + slot * i + slot / 2;
    const x = cx - barW / 2;
    if (bar.value === null) {
      parts.push(hiddenMark(x, y(0) - 14, barW, 14));
      parts.push(`<text x="${r1(cx)}" y="${r1(y(0) - 18)}" font-size="11" font-style="italic" fill="#333333" text-anchor="middle">${esc(bar.display)}</text>`);
    } else {
      const h = y(0) - y(bar.value);
      parts.push(`<rect x="${r1(x)}" y="${r1(y(bar.value))}" width="${r1(barW)}" height="${r1(h)}" fill="${bar.highlight ? PALETTE.orange : PALETTE.blue}"/>`);
      parts.push(
        `<text x="${r1(cx)}" y="${r1(y(bar.value) - 4)}" font-size="11" font-weight="bold" fill="#111111" text-anchor="middle">${esc(bar.display)}</text>`,
      );
    }
    const label = fit(bar.label, labelSize, slot - 2);
    parts.push(
      `<text x="${r1(cx)}" y="${height - bottom + 14}" font-size="${labelSize}" fill="#111111" text-anchor="middle"${bar.highlight ? ' font-weight="bold"' : ''}>${esc(label)}</text>`,
    );
  });
  parts.push(`<line x1="${left}" y1="${r1(y(0))}" x2="${width - right}" y2="${r1(y(0))}" stroke="#333333" stroke-width="1"/>`);
  parts.push('</svg>');
  return parts.join('');
}

/** Horizontal bars for named categories (countries, provinces), labels at left and values at the bar's end. */
export function barChart(bars: readonly ChartBar[], options: ChartOptions): string {
  const width = options.width ?? 640;
  const rowH = 24;
  const top = 8;
  const bottom = 8;
  const size = 11;
  const labelW = Math.min(240, Math.max(90, ...bars.map((b) => textWidth(b.label, size) + 12)));
  const valueW = 44;
  const plotW = width - labelW - valueW;
  const height = top + bottom + rowH * Math.max(1, bars.length);
  const max = Math.max(1, ...bars.map((b) => b.value ?? 0));
  const parts = [svgOpen(width, height, options.title)];
  bars.forEach((bar, i) => {
    const yTop = top + rowH * i;
    const mid = yTop + rowH / 2;
    parts.push(
      `<text x="${labelW - 8}" y="${r1(mid + 4)}" font-size="${size}" fill="#111111" text-anchor="end">${esc(fit(bar.label, size, labelW - 12))}</text>`,
    );
    if (bar.value === null) {
      parts.push(hiddenMark(labelW, yTop + 4, 14, rowH - 8));
      parts.push(`<text x="${labelW + 20}" y="${r1(mid + 4)}" font-size="${size}" font-style="italic" fill="#333333">${esc(bar.display)}</text>`);
    } else {
      const w = Math.max(bar.value > 0 ? 1.5 : 0, (bar.value / max) * plotW);
      parts.push(`<rect x="${labelW}" y="${r1(yTop + 4)}" width="${r1(w)}" height="${rowH - 8}" fill="${bar.highlight ? PALETTE.orange : PALETTE.blue}"/>`);
      parts.push(`<text x="${r1(labelW + w + 5)}" y="${r1(mid + 4)}" font-size="${size}" font-weight="bold" fill="#111111">${esc(bar.display)}</text>`);
    }
  });
  parts.push(`<line x1="${labelW}" y1="${top}" x2="${labelW}" y2="${height - bottom}" stroke="#333333" stroke-width="1"/>`);
  parts.push('</svg>');
  return parts.join('');
}
