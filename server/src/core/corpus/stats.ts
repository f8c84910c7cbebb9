// Corpus statistics from a bounded sample: the distribution of log length ratios of non-empty pairs.
// Robust estimates (median, and 1.4826 x the median absolute deviation) stand in for the mean and
// standard deviation of `CorpusStats`, so that the faults the rules look for do not skew the figures.
import type { CorpusStats } from './types';

export function logLengthRatio(textA: string, textB: string): number {
  return Math.log(textB.length + 1) - Math.log(textA.length + 1);
}

/**
 * How far a pair's log length ratio is from the corpus's usual one, in robust standard deviations,
 * widened for short lines (their ratio varies more): sd * sqrt(1 + shortChars / shorter length).
 */
export function lengthRatioZ(textA: string, textB: string, stats: CorpusStats, shortChars = 30): number {
  const shorter = Math.max(1, Math.min(textA.length, textB.length));
  const spread = stats.logRatioStd * Math.sqrt(1 + shortChars / shorter);
  return (logLengthRatio(textA, textB) - stats.logRatioMean) / spread;
}

export class StatsSampler {
  private readonly ratios: number[] = [];

  constructor(readonly capacity = 20000) {}

  get full(): boolean {
    return this.ratios.length >= this.capacity;
  }

  /** Adds one pair; ignored when a side is empty or the sample is full. */
  add(lineA: string, lineB: string): void {
    if (this.full) return;
    const trimmedA = lineA.trim();
    const trimmedB = lineB.trim();
    if (!trimmedA || !trimmedB) return;
    this.ratios.push(logLengthRatio(trimmedA, trimmedB));
  }

  /** The statistics, or undefined when fewer than `minSample` pairs were seen. */
  finish(minSample = 50): CorpusStats | undefined {
    return statsFromRatios(this.ratios, minSample);
  }
}

export function statsFromRatios(ratios: number[], minSample = 50): CorpusStats | undefined {
  if (ratios.length < minSample) return undefined;
  const sorted = Float64Array.from(ratios).sort();
  const median = quantile(sorted, 0.5);
  const dev = Float64Array.from(sorted, (r) => Math.abs(r - median)).sort();
  const mad = quantile(dev, 0.5);
  return { logRatioMean: median, logRatioStd: Math.max(1.4826 * mad, 0.05), sampleSize: ratios.length };
}

function quantile(sorted: Float64Array, fraction: number): number {
  const pos = (sorted.length - 1) * fraction;
  const low = Math.floor(pos);
  const high = Math.ceil(pos);
  return sorted[low] + (sorted[high] - sorted[low]) * (pos - low);
}
