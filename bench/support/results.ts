import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * What every benchmark writes besides its printed tables: `bench/results/<name>.json` (gitignored), from which
 * `bench/report.ts` assembles docs/benchmarks.md. Figures are kept as the benchmark printed them (ratios against
 * the baseline measured in the same run), plus the targets with met or missed.
 */
export interface BenchTable {
  caption?: string;
  columns: string[];
  /** Per column: 'l' left, 'r' right, 'c' centre (default 'r' for all but the first). */
  align?: Array<'l' | 'r' | 'c'>;
  rows: Array<Array<string | number>>;
}

export interface BenchTarget {
  label: string;
  target: string;
  measured: string;
  met: boolean;
}

export interface BenchEnvironment {
  cores: number;
  cpuModel: string;
  ramGiB: number;
  os: string;
  node: string;
  postgres: string;
  /** 1-minute load average when the benchmark started: the machine is shared, this says how busy it was. */
  loadAverage: number;
}

export interface BenchResult {
  name: string;
  title: string;
  command: string;
  /** ISO time the run ended. */
  date: string;
  environment: BenchEnvironment;
  parameters: Record<string, unknown>;
  /** What the figures are divided by, measured in the same run. */
  baseline: string;
  tables: BenchTable[];
  targets: BenchTarget[];
  notes?: string[];
  /** Raw figures for other tools (the soak's per-minute rows, the load's per-operation counts …). */
  data?: unknown;
}

export const RESULTS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'results');

function osName(): string {
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
    if (pretty) return `${pretty} (${type()} ${release()})`;
  } catch {
    // not Linux: the kernel name is enough
  }
  return `${type()} ${release()}`;
}

/** The machine, Node.js and PostgreSQL a run measured on. `loadAverage` is taken now: call it before the work. */
export function benchEnvironment(postgres: { version: string; engine: string }): BenchEnvironment {
  const cpu = cpus();
  return {
    cores: cpu.length,
    cpuModel: cpu[0]?.model.trim() ?? 'unknown CPU',
    ramGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: osName(),
    node: process.version,
    postgres: `${postgres.version} (${postgres.engine})`,
    loadAverage: Math.round(loadavg()[0] * 100) / 100,
  };
}

/** Writes `bench/results/<name>.json`; returns its path. */
export function writeResult(result: BenchResult): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, `${result.name}.json`);
  writeFileSync(path, `${JSON.stringify(result, null, 2)}\n`);
  return path;
}

/** A printed markdown table as the report renders it. */
export function markdownTable(table: BenchTable): string {
  const align = table.columns.map((_, i) => table.align?.[i] ?? (i === 0 ? 'l' : 'r'));
  const rule = align.map((a) => (a === 'l' ? ':---' : a === 'c' ? ':-:' : '---:'));
  const line = (cells: Array<string | number>) => `| ${cells.map((c) => String(c).replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(table.columns), `| ${rule.join(' | ')} |`, ...table.rows.map(line)].join('\n');
}

export const fixed = (value: number, digits = 2): string => (Number.isFinite(value) ? value.toFixed(digits) : '–');
