/** Order statistics of a sample of timings or rates. */
export const sorted = (xs: readonly number[]): number[] => [...xs].sort((a, b) => a - b);

export const median = (xs: readonly number[]): number => {
  const s = sorted(xs);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** Nearest-rank percentile. */
export const percentile = (xs: readonly number[], p: number): number => sorted(xs)[Math.max(0, Math.ceil((p / 100) * xs.length) - 1)];
