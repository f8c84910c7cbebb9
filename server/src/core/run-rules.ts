// Runs the registry's rules on a side or an aligned pair, with the configured options and severities.
// A rule that throws is reported as one finding instead of breaking the analysis.
import type { Finding, Side, TextEdit } from './types';
import type { AlignedPair, PairRule, Report, Rule, RuleContext, SideRule } from './rules/rule';
import type { BitextConfig } from './config';
import { ruleOptions } from './config';
import { allRules } from './rules';
import { viWordListOf } from './vi-words';
import { throwIfCancelled, type Cancellation } from './cancel';

/**
 * Findings one rule may report on one document; past this, the rest become one summary finding
 * ("and 17,566 more") that carries their safe fixes as one fix, so fix all still applies them.
 */
export const MAX_FINDINGS_PER_RULE = 1000;

interface Capped extends RuleContext {
  finish(): void;
}

function contextFor(rule: Rule, config: BitextConfig, out: Finding[], fallbackUri: string): Capped | undefined {
  const { options, severity: sev } = ruleOptions(config, rule);
  if (sev === 'off') return undefined;
  const cap = MAX_FINDINGS_PER_RULE;
  let count = 0;
  let more: { first: Report; n: number; edits: TextEdit[]; unsafe: number } | undefined;
  return {
    options,
    viWords: config.viWordListText ? viWordListOf(config.viWordListText) : undefined,
    report(reported: Report) {
      if (++count > cap) {
        more ??= { first: reported, n: 0, edits: [], unsafe: 0 };
        more.n++;
        const fix = reported.fixes?.find((x) => x.safe);
        if (fix) for (const edit of fix.edits) more.edits.push(edit);
        else if (reported.fixes?.length) more.unsafe++;
        return;
      }
      const finding: Finding = { rule: rule.id, severity: reported.severity ?? sev, message: reported.message, uri: reported.uri || fallbackUri, span: reported.span };
      if (reported.related) finding.related = reported.related;
      if (reported.fixes) finding.fixes = reported.fixes;
      if (reported.data) finding.data = reported.data;
      out.push(finding);
    },
    finish() {
      if (!more) return;
      const { first, n: count, edits } = more;
      const summary: Finding = {
        rule: rule.id,
        severity: sev,
        message: `and ${count.toLocaleString('en-US')} more ${rule.id} findings in this document (only the first ${cap} are listed), e.g. ${first.message}`,
        uri: first.uri || fallbackUri,
        span: first.span,
        data: { more: count },
      };
      if (edits.length) summary.fixes = [{ title: `Fix the ${count.toLocaleString('en-US')} more ${rule.id} findings`, edits, safe: true }];
      out.push(summary);
    },
  };
}

function guarded(rule: Rule, uri: string, out: Finding[], run: () => void): void {
  try {
    run();
  } catch (error) {
    out.push({ rule: rule.id, severity: 'hint', message: `rule ${rule.id} failed on this text: ${error instanceof Error ? error.message : String(error)}`, uri, span: { start: 0, end: 0 } });
  }
}

export interface RunOptions {
  /** Run only these rule ids. */
  only?: readonly string[];
  rules?: readonly Rule[];
  /** Asked before each rule; once it says so, `AnalysisCancelled` is thrown. */
  cancellation?: Cancellation;
}

export function runSideRules(side: Side, config: BitextConfig, opts: RunOptions = {}): Finding[] {
  const out: Finding[] = [];
  for (const rule of opts.rules ?? allRules) {
    if (rule.scope !== 'side' || (opts.only && !opts.only.includes(rule.id))) continue;
    throwIfCancelled(opts.cancellation);
    const ctx = contextFor(rule, config, out, side.uri);
    if (ctx) guarded(rule, side.uri, out, () => (rule as SideRule).check(side, ctx));
    ctx?.finish();
  }
  return out;
}

export function runPairRules(pair: AlignedPair, config: BitextConfig, opts: RunOptions = {}): Finding[] {
  const out: Finding[] = [];
  for (const rule of opts.rules ?? allRules) {
    if (rule.scope !== 'pair' || (opts.only && !opts.only.includes(rule.id))) continue;
    throwIfCancelled(opts.cancellation);
    const ctx = contextFor(rule, config, out, pair.a.uri);
    if (ctx) guarded(rule, pair.a.uri, out, () => (rule as PairRule).check(pair, ctx));
    ctx?.finish();
  }
  return out;
}
