// Plain data types of the corpus (line-aligned) checks.
import type { CorpusStats, LinePair } from '../rules/rule';
import type { Severity, Span } from '../types';

/** A line pair with its neighbours, when the caller has them (never in the stateless --stdin mode). */
export interface LinePairInContext extends LinePair {
  prev?: { a: string; b: string };
  next?: { a: string; b: string };
}

/** One finding on a line-aligned corpus. `line` is 0-based. */
export interface LineFinding {
  rule: string;
  severity: Severity;
  line: number;
  side: 'a' | 'b' | 'both';
  message: string;
  /** UTF-16 span inside the line of `side` (side 'a' when 'both'). */
  span?: Span;
  data?: Record<string, unknown>;
}

/** Corpus statistics with what the corpus runner learns besides length ratios. */
export interface CorpusStatsEx extends CorpusStats {
  /** Trigram log-probability differences, side A's language minus side B's (see profile.ts). */
  langProfile?: Float32Array;
}
