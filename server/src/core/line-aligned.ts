// Findings for a line-aligned corpus opened as documents (the editor, `analyze`): the line-pair rules
// of the corpus runner, on every line pair given, with statistics learned from a bounded sample.
import type { Finding, Side } from './types';
import type { BitextConfig } from './config';
import { checkLineRange, learnCorpusStats, resolveLineRules } from './corpus';
import { linePairRules } from './rules/corpus';
import { nameSides } from './rules/support/side-names';

const baseOf = (path: string) => path.slice(path.replace(/\\/g, '/').lastIndexOf('/') + 1);

/** Lines sampled to learn the corpus's length ratio and language profiles. */
const SAMPLE_LINES = 20000;

export function checkLineAlignedSides(a: Side, b: Side, config: BitextConfig): Finding[] {
  const lines = (s: Side) => s.seg.sentences.map((u) => s.text.slice(u.start, u.end));
  const la = lines(a);
  const lb = lines(b);
  const n = Math.max(la.length, lb.length);
  const { stats } = learnCorpusStats(la.slice(0, SAMPLE_LINES), lb.slice(0, SAMPLE_LINES));
  const rules = resolveLineRules(linePairRules, config.rules);
  const found = checkLineRange({ lineA: (i) => la[i], lineB: (i) => lb[i], langA: a.lang, langB: b.lang }, 0, n, rules, stats);
  const out: Finding[] = [];
  for (const f of found) {
    const side = f.side === 'b' ? b : a;
    const other = f.side === 'b' ? a : b;
    const unit = side.seg.sentences[f.line];
    const otherUnit = other.seg.sentences[f.line];
    if (!unit) continue;
    const span = f.span ? { start: unit.start + f.span.start, end: unit.start + f.span.end } : { start: unit.start, end: unit.end };
    out.push({
      rule: f.rule,
      severity: f.severity,
      message: nameSides(f.message, baseOf(a.uri), baseOf(b.uri)),
      uri: side.uri,
      span,
      related: otherUnit ? [{ uri: other.uri, span: { start: otherUnit.start, end: otherUnit.end }, message: `line ${f.line + 1} of the counterpart` }] : undefined,
      data: { ...f.data, line: f.line, side: f.side },
    });
  }
  return out;
}
