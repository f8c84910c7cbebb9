// The line-pair checking engine: runs the line-pair rules over one pair, or over a range of lines
// (the editor checks the visible range first). Pure: no I/O.
import type { CorpusStats, LinePairRule, RuleOptions } from '../rules/rule';
import type { Lang, Severity } from '../types';
import type { LineFinding, LinePairInContext } from './types';

export interface ResolvedLineRule {
  rule: LinePairRule;
  options: RuleOptions;
  severity: Severity;
  guard: boolean;
  /** Found by the runner, not by `checkLine`. */
  stateful: boolean;
}

/** Rule config as in settings: `{ "line-shift": { "severity": "off" }, "line-length-ratio": { "z": 5 } }`. */
export type LineRuleConfig = Record<string, RuleOptions | undefined>;

/** Applies config to the rules: defaults merged with overrides, rules set to 'off' left out. */
export function resolveLineRules(rules: LinePairRule[], config: LineRuleConfig = {}): ResolvedLineRule[] {
  const out: ResolvedLineRule[] = [];
  for (const rule of rules) {
    const c = config[rule.id] ?? {};
    const options: RuleOptions = { ...(rule.defaults ?? {}), ...c };
    const sev = options.severity ?? rule.defaultSeverity;
    if (sev === 'off') continue;
    out.push({ rule, options, severity: sev, guard: rule.tags.includes('guard'), stateful: rule.tags.includes('stateful') });
  }
  // Guards first, keeping the registry order otherwise.
  return [...out.filter((r) => r.guard), ...out.filter((r) => !r.guard)];
}

/** Runs the stateless rules on one pair. Findings come in rule order. */
export function checkLinePair(pair: LinePairInContext, rules: ResolvedLineRule[], stats: CorpusStats | undefined): LineFinding[] {
  const out: LineFinding[] = [];
  let guarded = false;
  for (const r of rules) {
    if (r.stateful) continue;
    if (guarded && !r.guard) break;
    const reports = r.rule.checkLine(pair, r.options, stats);
    for (const rep of reports) {
      out.push({ rule: r.rule.id, severity: r.severity, line: pair.line, side: rep.side, message: rep.message, span: rep.span, data: rep.data });
    }
    if (r.guard && reports.length) guarded = true;
  }
  return out;
}

export interface LineRangeSource {
  /** Line `n` (0-based) of side a / b, without its line end; undefined past the end of the side. */
  lineA(n: number): string | undefined;
  lineB(n: number): string | undefined;
  langA: Lang;
  langB: Lang;
}

/**
 * Checks lines [from, to) of a line-aligned pair, with their neighbours, so that an editor can check
 * the visible range first. Stateful rules (inconsistency, encoding) are not run here.
 */
export function checkLineRange(
  src: LineRangeSource,
  from: number,
  to: number,
  rules: ResolvedLineRule[],
  stats: CorpusStats | undefined,
): LineFinding[] {
  const out: LineFinding[] = [];
  const get = (n: number) => {
    const a = src.lineA(n);
    const b = src.lineB(n);
    return a === undefined && b === undefined ? undefined : { a: a ?? '', b: b ?? '' };
  };
  let prev = from > 0 ? get(from - 1) : undefined;
  let cur = get(from);
  for (let n = from; n < to && cur; n++) {
    const next = get(n + 1);
    for (const f of checkLinePair({ line: n, a: cur.a, b: cur.b, langA: src.langA, langB: src.langB, prev, next }, rules, stats)) out.push(f);
    prev = cur;
    cur = next;
  }
  return out;
}
