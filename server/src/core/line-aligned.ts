// Findings for a line-aligned corpus opened as documents (the editor, `analyze`): the line-pair rules
// of the corpus runner, on every line pair given, with statistics learned from a bounded sample; and
// the one mapping of line-pair findings to document findings (offsets into each side's text), which
// the editor's windowed view (`service/lines.ts`) uses too.
import type { Finding, Side, Span } from './types';
import type { BitextConfig } from './config';
import { checkLineRange, CORPUS_SAMPLE_LINES, learnCorpusStats, resolveLineRules, type LineFinding } from './corpus';
import { linePairRules } from './rules/corpus';
import { nameSides } from './rules/support/side-names';
import { baseOf } from './paths';


/** One side of a line-aligned pair as a document: its URI, and where line N is in its text. */
export interface LineSideView {
  uri: string;
  lineSpan(line: number): Span | undefined;
}

/**
 * Line-pair findings as document findings: each on its side's line (side A for 'both'), its span
 * moved from the line into the text, the counterpart's line as related information. A finding on a
 * line its side does not have is left out.
 */
export function documentFindings(found: readonly LineFinding[], sides: readonly [LineSideView, LineSideView]): Finding[] {
  const out: Finding[] = [];
  for (const finding of found) {
    const here = finding.side === 'b' ? 1 : 0;
    const unit = sides[here].lineSpan(finding.line);
    if (!unit) continue;
    const counterpart = sides[1 - here];
    const otherUnit = counterpart.lineSpan(finding.line);
    const span = finding.span ? { start: unit.start + finding.span.start, end: unit.start + finding.span.end } : unit;
    out.push({
      rule: finding.rule,
      severity: finding.severity,
      message: nameSides(finding.message, baseOf(sides[0].uri), baseOf(sides[1].uri)),
      uri: sides[here].uri,
      span,
      related: otherUnit ? [{ uri: counterpart.uri, span: otherUnit, message: `line ${finding.line + 1} of the counterpart` }] : undefined,
      data: { ...finding.data, line: finding.line, side: finding.side },
    });
  }
  return out;
}

export function checkLineAlignedSides(sideA: Side, sideB: Side, config: BitextConfig): Finding[] {
  const lines = (side: Side) => side.seg.sentences.map((unit) => side.text.slice(unit.start, unit.end));
  const linesA = lines(sideA);
  const linesB = lines(sideB);
  const count = Math.max(linesA.length, linesB.length);
  const { stats } = learnCorpusStats(linesA.slice(0, CORPUS_SAMPLE_LINES), linesB.slice(0, CORPUS_SAMPLE_LINES));
  const rules = resolveLineRules(linePairRules, config.rules);
  const found = checkLineRange({ lineA: (i) => linesA[i], lineB: (i) => linesB[i], langA: sideA.lang, langB: sideB.lang }, 0, count, rules, stats);
  const view = (side: Side): LineSideView => ({
    uri: side.uri,
    lineSpan(line) {
      const unit = side.seg.sentences[line];
      return unit ? { start: unit.start, end: unit.end } : undefined;
    },
  });
  return documentFindings(found, [view(sideA), view(sideB)]);
}
