import { useEffect, useRef, useState, type RefObject } from 'react';

export interface Bar {
  label: string;
  /** null: suppressed, drawn as the mark instead of a bar. */
  value: number | null;
}

interface Props {
  /** The chart's accessible name: what it shows, its extent and how many values are suppressed. */
  label: string;
  bars: readonly Bar[];
  formatValue(value: number): string;
  /** Shown in place of a suppressed value ("s"), explained by the footnote next to the chart. */
  suppressedMark: string;
}

const LABEL_HEIGHT = 18;
const BAR_HEIGHT = 18;
const ROW_GAP = 12;
const AXIS_HEIGHT = 26;
const VALUE_ROOM = 64;
const INK = '#1d2733';
const BAR = '#0b4f6c';
const GRID = '#cfd6de';
const MUTED = '#4b5866';

/** Round tick steps (1, 2, 5 × 10ⁿ) so the axis reads 0, 5, 10 … rather than 0, 4.6, 9.2. */
export function ticksFor(max: number, wanted = 4): number[] {
  if (max <= 0) return [0];
  const raw = max / wanted;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let tick = 0; tick <= max + step / 2 && ticks.length < 12; tick += step) ticks.push(Math.round(tick * 1e6) / 1e6);
  if (ticks[ticks.length - 1]! < max) ticks.push(ticks[ticks.length - 1]! + step);
  return ticks;
}

/** The width of the element, followed as the window or the layout changes. */
function useWidth<T extends HTMLElement>(fallback: number): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(Math.max(200, Math.floor(element.getBoundingClientRect().width)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/**
 * A horizontal bar chart drawn as SVG at the width it is shown (no scaling, so its text stays legible on a
 * phone): each group's label above its bar, the value at the bar's end, a suppressed value as a dashed box
 * with the mark. It is one image to assistive technology (role="img" with the name given); the figures
 * themselves are in the table the page shows next to it.
 */
export function BarChart({ label, bars, formatValue, suppressedMark }: Props) {
  const [ref, width] = useWidth<HTMLDivElement>(640);
  const max = Math.max(0, ...bars.map((b) => b.value ?? 0));
  const ticks = ticksFor(max);
  const top = ticks[ticks.length - 1]! || 1;
  const plot = Math.max(80, width - VALUE_ROOM);
  const x = (value: number) => (value / top) * plot;
  const row = LABEL_HEIGHT + BAR_HEIGHT + ROW_GAP;
  const height = bars.length * row + AXIS_HEIGHT;
  const axisY = bars.length * row;

  return (
    <div ref={ref} className="bar-chart">
      <svg role="img" aria-label={label} width={width} height={height} viewBox={`0 0 ${width} ${height}`} focusable="false">
        <title>{label}</title>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={x(tick) + 0.5} x2={x(tick) + 0.5} y1={0} y2={axisY} stroke={GRID} strokeWidth={1} />
            <text x={x(tick)} y={axisY + 18} fontSize={12} fill={MUTED} textAnchor={tick === 0 ? 'start' : 'middle'}>
              {formatValue(tick)}
            </text>
          </g>
        ))}
        {bars.map((bar, i) => {
          const y = i * row;
          return (
            <g key={`${i}-${bar.label}`}>
              <text x={0} y={y + 13} fontSize={13} fill={INK}>
                {bar.label}
              </text>
              {bar.value === null ? (
                <>
                  <rect x={0.5} y={y + LABEL_HEIGHT + 0.5} width={26} height={BAR_HEIGHT - 1} fill="#ffffff" stroke={MUTED} strokeDasharray="3 2" />
                  <text x={13} y={y + LABEL_HEIGHT + 13} fontSize={12} fontWeight={700} fill={INK} textAnchor="middle">
                    {suppressedMark}
                  </text>
                </>
              ) : (
                <>
                  <rect x={0} y={y + LABEL_HEIGHT} width={Math.max(bar.value > 0 ? 2 : 0, x(bar.value))} height={BAR_HEIGHT} fill={BAR} rx={2} />
                  <text x={x(bar.value) + 6} y={y + LABEL_HEIGHT + 13} fontSize={13} fontWeight={600} fill={INK}>
                    {formatValue(bar.value)}
                  </text>
                </>
              )}
            </g>
          );
        })}
        <line x1={0} x2={plot} y1={axisY + 0.5} y2={axisY + 0.5} stroke={MUTED} strokeWidth={1} />
      </svg>
    </div>
  );
}
