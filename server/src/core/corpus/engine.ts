// The line-pair checking engine: runs the line-pair rules over one pair, or over a range of lines
// (the editor checks the visible range first). Pure: no I/O.
import type { CorpusHooks, CorpusStats, LinePairRule, RuleOptions } from '../rules/rule';
import { resolveRuleOptions } from '../config';
import type { Lang, Severity } from '../types';
import type { LineFinding, LinePairInContext } from './types';

export interface ResolvedLineRule {
  rule: LinePairRule;
  options: RuleOptions;
  severity: Severity;
  /** The rule's `order` (default 'check'). */
  order: 'encoding' | 'guard' | 'check';
  /** Its whole-corpus hooks, which only the whole-corpus runner calls. */
  corpus?: CorpusHooks<unknown>;
}

/** Rule config as in settings: `{ "line-shift": { "severity": "off" }, "line-length-ratio": { "z": 5 } }`. */
export type LineRuleConfig = Record<string, RuleOptions | undefined>;

/**
 * Applies config to the rules (`resolveRuleOptions`: defaults merged with overrides, each checked
 * against its declaration); rules set to 'off' left out. Throws ConfigError on a bad value.
 */
export function resolveLineRules(rules: LinePairRule[], config: LineRuleConfig = {}): ResolvedLineRule[] {
  const out: ResolvedLineRule[] = [];
  for (const rule of rules) {
    const { options, severity: sev } = resolveRuleOptions(rule, config[rule.id]);
    if (sev === 'off') continue;
    out.push({ rule, options, severity: sev, order: rule.order ?? 'check', corpus: rule.corpus });
  }
  // Guards first, keeping the registry order otherwise.
  return [...out.filter((r) => r.order === 'guard'), ...out.filter((r) => r.order !== 'guard')];
}

/**
 * Runs the rules' `checkLine` on one pair. Findings come in rule order. A pair that is not valid UTF-8
 * gets only the 'encoding' rules; otherwise the guards run first, and when one reports, the rest are
 * skipped.
 */
export function checkLinePair(pair: LinePairInContext, rules: ResolvedLineRule[], stats: CorpusStats | undefined): LineFinding[] {
  const out: LineFinding[] = [];
  const invalid = pair.invalidUtf8 !== undefined;
  let guarded = false;
  for (const resolved of rules) {
    if ((resolved.order === 'encoding') !== invalid || !resolved.rule.checkLine) continue;
    if (guarded && resolved.order !== 'guard') break;
    const reports = resolved.rule.checkLine(pair, resolved.options, stats);
    for (const report of reports) {
      out.push({ rule: resolved.rule.id, severity: resolved.severity, line: pair.line, side: report.side, message: report.message, span: report.span, data: report.data });
    }
    if (resolved.order === 'guard' && reports.length) guarded = true;
  }
  return out;
}

export interface LineRangeSource {
  /** Line `n` (0-based) of side a / b, without its line end; undefined past the end of the side. */
  lineA(line: number): string | undefined;
  lineB(line: number): string | undefined;
  langA: Lang;
  langB: Lang;
}

/**
 * Checks lines [from, to) of a line-aligned pair, with their neighbours, so that an editor can check
 * the visible range first. Whole-corpus hooks (inconsistency, line counts) are not run here.
 */
export function checkLineRange(
  src: LineRangeSource,
  from: number,
  until: number,
  rules: ResolvedLineRule[],
  stats: CorpusStats | undefined,
): LineFinding[] {
  const out: LineFinding[] = [];
  const get = (line: number) => {
    const lineA = src.lineA(line);
    const lineB = src.lineB(line);
    return lineA === undefined && lineB === undefined ? undefined : { a: lineA ?? '', b: lineB ?? '' };
  };
  let prev = from > 0 ? get(from - 1) : undefined;
  let cur = get(from);
  for (let line = from; line < until && cur; line++) {
    const next = get(line + 1);
    for (const finding of checkLinePair({ line: line, a: cur.a, b: cur.b, langA: src.langA, langB: src.langB, prev, next }, rules, stats)) out.push(finding);
    prev = cur;
    cur = next;
  }
  return out;
}
