// Plain data types of the corpus (line-aligned) checks. A corpus primitive: below the rules (it imports
// none of them), so rules and the engine above them both use it.
import type { Lang, Severity, Span } from '../types';

/** One line of a line-aligned corpus: line N of side a and line N of side b. */
export interface LinePair {
  /** 0-based line number. */
  line: number;
  a: string;
  b: string;
  langA: Lang;
  langB: Lang;
  /**
   * Byte offset (in the line) of the first invalid UTF-8 byte of side a / b, or of the whole input
   * line (`input`, the tab-separated form of `--stdin`), when the bytes were not valid UTF-8.
   */
  invalidUtf8?: { a?: number; b?: number; input?: number };
  /**
   * A side that has no line here: its file has fewer lines ('shorter-file'), or a tab-separated input
   * line has no tab ('no-tab').
   */
  absent?: { side: 'a' | 'b'; why: 'shorter-file' | 'no-tab' };
}

/** Statistics learned from a corpus (one pass or a bounded sample), for rules that need them. */
export interface CorpusStats {
  /** Mean and standard deviation of log(len(b)+1) - log(len(a)+1) over non-empty pairs. */
  logRatioMean: number;
  logRatioStd: number;
  sampleSize: number;
}

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
