// The shape of a rule. Every rule is one file in this folder exporting one `Rule`; that file is the
// single source of its id, description, default severity, documentation and fix. The editor, the CLI
// and the corpus tools all read the same registry (`rules/index.ts`).
import type { Bead, Finding, Severity, Side, Span } from '../types';
import type { CorpusStats, LinePair } from '../corpus/types';
import type { ViWordList } from '../vi-words';

export type { CorpusStats, LinePair };

/**
 * Rule options: `{ "severity": "off" | Severity, ...rule-specific thresholds }`. A rule gets them
 * resolved (`config.ts`: every declared option present, of its declared type, in its range).
 */
export type RuleOptions = Record<string, unknown> & { severity?: Severity | 'off' };

/** One option of a rule, declared once: its type, default and range. Config is validated against it. */
export type OptionSpec =
  | { type: 'number' | 'integer'; default: number; min?: number; max?: number }
  | { type: 'boolean'; default: boolean };

/** A rule's options with their defaults: `{ maxFindings: 20 }`. */
export function optionDefaults(rule: { options?: Record<string, OptionSpec> }): Record<string, number | boolean> {
  return Object.fromEntries(Object.entries(rule.options ?? {}).map(([name, spec]) => [name, spec.default]));
}

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
  report(finding: Report): void;
  /** The Vietnamese word list the user named (`viWordList`), when there is one. */
  viWords?: ViWordList;
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
  /** Its options (thresholds), each with type, default and range; config may override each. */
  options?: Record<string, OptionSpec>;
  /**
   * The fix its findings carry: 'safe' (changes no letter or digit; "fix all" applies it), 'explicit'
   * (offered, applied only when asked for), absent: none. For docs; tested against what the rule reports.
   */
  fix?: 'safe' | 'explicit';
}

/** What the engine needs to know about a document rule (side or pair), besides what it checks. */
interface DocumentRuleBase extends RuleBase {
  /**
   * Its findings depend only on nearby text (and on the beads there), so re-analysis around an edit
   * re-runs it in the edited window (`core/service/incremental.ts`); otherwise its findings are kept,
   * shifted, until the next full analysis.
   */
  local?: boolean;
  /**
   * Its safe fixes stay inside one line (no line break moved, no text dropped), so `bitext fix` runs it
   * on the lines of a line-aligned corpus (`core/corpus/line-fix.ts`).
   */
  lineFix?: boolean;
}

export interface SideRule extends DocumentRuleBase {
  scope: 'side';
  check(side: Side, ctx: RuleContext): void;
}

export interface PairRule extends DocumentRuleBase {
  scope: 'pair';
  check(pair: AlignedPair, ctx: RuleContext): void;
}

/**
 * A line-pair rule of line-aligned corpora. `checkLine` is stateless per line pair (so it can run as a
 * streaming stage, on any window of lines); corpus statistics come in `stats`. A rule that needs the
 * whole corpus in line order (a table of earlier lines, the two line counts) has `corpus` hooks instead
 * or as well, which only the whole-corpus runner calls.
 */
export interface LinePairRule extends RuleBase {
  scope: 'line-pair';
  /**
   * When the engine runs `checkLine`: 'encoding' only on a line that is not valid UTF-8, and there
   * alone (every other rule is skipped on such a line); 'guard' first on every other line, and when a
   * guard reports, the non-guard rules are skipped for that line; 'check' (the default) after them.
   */
  order?: 'encoding' | 'guard' | 'check';
  checkLine?(pair: LinePair, options: RuleOptions, stats: CorpusStats | undefined): LineReport[];
  corpus?: CorpusHooks<any>;
}

/** A finding of a whole-corpus hook: a line report with its line (0-based). */
export interface CorpusReport extends LineReport {
  line: number;
}

/** What the whole-corpus runner knows at the end of a run. */
export interface CorpusTotals {
  linesA: number;
  linesB: number;
}

/** Words of a line's digest (see `CorpusHooks.digest`). */
export const DIGEST_WORDS = 3;
/** A batch's digests of one rule: per line a presence word (1 or 0), then `DIGEST_WORDS` words. */
export const DIGEST_STRIDE = DIGEST_WORDS + 1;

/**
 * The hooks of a rule that sees the whole corpus in line order. `digest` runs where the line is
 * checked (a worker thread, in parallel), the others on the one thread that takes the batches back in
 * line order: `begin` once, `line` for each line that has a digest, `end` once after the last line.
 */
export interface CorpusHooks<State> {
  /**
   * What `line` needs of a pair, as `DIGEST_WORDS` 32-bit numbers written at `out[at]`; false when the
   * pair takes no part. `found` holds the ids of the rules that reported on this line. Pure.
   */
  digest?(pair: LinePair, options: RuleOptions, found: readonly string[], out: Uint32Array, offset: number): boolean;
  begin(options: RuleOptions): State;
  line?(state: State, line: number, digest: Uint32Array, offset: number, report: (finding: CorpusReport) => void): void;
  end?(state: State, totals: CorpusTotals, report: (finding: CorpusReport) => void): void;
  /** A note for the run's summary (e.g. how many lines a bounded table could not remember), if any. */
  summary?(state: State): string | undefined;
}

export type Rule = SideRule | PairRule | LinePairRule;
export type { Finding };
