// The shape of a rule. Every rule is one file in this folder exporting one `Rule`; that file is the
// single source of its id, description, default severity, documentation and fix. The editor, the CLI
// and the corpus tools all read the same registry (`rules/index.ts`).
import type { Bead, Finding, Lang, Severity, Side, Span } from '../types';

/** Rule options from config: `{ "severity": "off" | Severity, ...rule-specific thresholds }`. */
export type RuleOptions = Record<string, unknown> & { severity?: Severity | 'off' };

/** A document pair after alignment. Side `a` is the first file, or the part above a source line. */
export interface AlignedPair {
  a: Side;
  b: Side;
  /** Which side is the translation, when the pairing form says so (one-file: the side above) or the `originalLanguage` setting does. */
  translation?: 'a' | 'b';
  /** What said which side is the translation (absent: the source line). */
  translationFrom?: 'source line' | 'setting';
  /** Beads over paragraph indices. */
  paragraphBeads: Bead[];
  /** Beads over sentence indices (sentence alignment inside aligned paragraph groups). */
  sentenceBeads: Bead[];
}

/** What a rule reports; the registry fills in rule id and configured severity. */
export interface Report extends Omit<Finding, 'rule' | 'severity'> {
  /** Overrides the configured severity for this one finding (rare). */
  severity?: Severity;
}

export interface RuleContext {
  options: RuleOptions;
  report(r: Report): void;
}

/** One line of a line-aligned corpus: line N of side a and line N of side b. */
export interface LinePair {
  /** 0-based line number. */
  line: number;
  a: string;
  b: string;
  langA: Lang;
  langB: Lang;
}

/** A finding on a line pair: which side(s), and a span inside that line (UTF-16, in the line). */
export interface LineReport {
  message: string;
  side: 'a' | 'b' | 'both';
  span?: Span;
  data?: Record<string, unknown>;
}

interface RuleBase {
  /** kebab-case id, e.g. 'missing-translation'. */
  id: string;
  /** One line, shown in docs and `bitext rules`. */
  description: string;
  /** A short paragraph for docs and hovers: what it finds, why it matters, how to fix. */
  docs: string;
  defaultSeverity: Severity;
  tags: string[];
  /** Default options (thresholds); config may override each. */
  defaults?: Record<string, unknown>;
  /**
   * The fix its findings carry: 'safe' (changes no letter or digit; "fix all" applies it), 'explicit'
   * (offered, applied only when asked for), absent: none. For docs; tested against what the rule reports.
   */
  fix?: 'safe' | 'explicit';
}

export interface SideRule extends RuleBase {
  scope: 'side';
  check(side: Side, ctx: RuleContext): void;
}

export interface PairRule extends RuleBase {
  scope: 'pair';
  check(pair: AlignedPair, ctx: RuleContext): void;
}

/** Stateless per line pair (so it can run as a streaming stage); corpus statistics come in `stats`. */
export interface LinePairRule extends RuleBase {
  scope: 'line-pair';
  checkLine(pair: LinePair, options: RuleOptions, stats: CorpusStats | undefined): LineReport[];
}

/** Statistics learned from a corpus (one pass or a bounded sample), for rules that need them. */
export interface CorpusStats {
  /** Mean and standard deviation of log(len(b)+1) - log(len(a)+1) over non-empty pairs. */
  logRatioMean: number;
  logRatioStd: number;
  sampleSize: number;
}

export type Rule = SideRule | PairRule | LinePairRule;
export type { Finding };
