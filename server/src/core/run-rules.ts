// Runs the registry's rules on a side or an aligned pair, with the configured options and severities.
// A rule that throws is reported as one finding instead of breaking the analysis.
import type { Finding, Side } from './types';
import type { AlignedPair, PairRule, Report, Rule, RuleContext, SideRule } from './rules/rule';
import type { BitextConfig } from './config';
import { ruleOptions } from './config';
import { allRules } from './rules';

function contextFor(rule: Rule, config: BitextConfig, out: Finding[], fallbackUri: string): RuleContext | undefined {
  const options = ruleOptions(config, rule.id, rule.defaults);
  const sev = options.severity ?? rule.defaultSeverity;
  if (sev === 'off') return undefined;
  return {
    options,
    report(r: Report) {
      const f: Finding = { rule: rule.id, severity: r.severity ?? sev, message: r.message, uri: r.uri || fallbackUri, span: r.span };
      if (r.related) f.related = r.related;
      if (r.fixes) f.fixes = r.fixes;
      if (r.data) f.data = r.data;
      out.push(f);
    },
  };
}

function guarded(rule: Rule, uri: string, out: Finding[], run: () => void): void {
  try {
    run();
  } catch (e) {
    out.push({ rule: rule.id, severity: 'hint', message: `rule ${rule.id} failed on this text: ${e instanceof Error ? e.message : String(e)}`, uri, span: { start: 0, end: 0 } });
  }
}

export interface RunOptions {
  /** Run only these rule ids. */
  only?: readonly string[];
  rules?: readonly Rule[];
}

export function runSideRules(side: Side, config: BitextConfig, opts: RunOptions = {}): Finding[] {
  const out: Finding[] = [];
  for (const rule of opts.rules ?? allRules) {
    if (rule.scope !== 'side' || (opts.only && !opts.only.includes(rule.id))) continue;
    const ctx = contextFor(rule, config, out, side.uri);
    if (ctx) guarded(rule, side.uri, out, () => (rule as SideRule).check(side, ctx));
  }
  return out;
}

export function runPairRules(pair: AlignedPair, config: BitextConfig, opts: RunOptions = {}): Finding[] {
  const out: Finding[] = [];
  for (const rule of opts.rules ?? allRules) {
    if (rule.scope !== 'pair' || (opts.only && !opts.only.includes(rule.id))) continue;
    const ctx = contextFor(rule, config, out, pair.a.uri);
    if (ctx) guarded(rule, pair.a.uri, out, () => (rule as PairRule).check(pair, ctx));
  }
  return out;
}
