// Where the sentence under the cursor is in the other side: its aligned sentence(s), else the
// aligned paragraph, else nothing.
import type { PairResult } from './pairs';
import type { Location } from './types';
import { cover, locateSentence, overlaps, paragraphCounterparts } from './locate';
import { lineHit } from './lines';
import { sourceLineAt, whyUnpaired } from './hover';
import { baseOf } from './workspace';

export function counterpartOf(result: PairResult | undefined, uri: string, offset: number): Location | undefined {
  if (result?.lines) {
    // A line-aligned corpus: line N goes to line N.
    const hit = lineHit(result.lines, uri, offset);
    return hit?.other ? { uri: hit.otherId, span: hit.other } : undefined;
  }
  if (!result?.analysis.pair) return undefined;
  const hit = locateSentence(result.analysis, uri, offset);
  if (!hit?.other) return undefined;
  const span = cover(hit.counterparts) ?? cover(paragraphCounterparts(result.analysis, hit.which, hit.sentence.paragraph));
  return span ? { uri: hit.other.uri, span } : undefined;
}

/** Why the place at `offset` has no counterpart, in a sentence for the user (undefined: it has one). */
export function noCounterpartReason(result: PairResult | undefined, uri: string, offset: number): string | undefined {
  if (!result) return 'Bitext does not check this file (see bitext.include).';
  if (counterpartOf(result, uri, offset)) return undefined;
  if (result.lines) {
    const hit = lineHit(result.lines, uri, offset);
    return hit ? `Line ${(hit.line + 1).toLocaleString('en')} has no counterpart: ${baseOf(hit.otherId)} has only ${result.lines.tables[1 - hit.side].lineCount.toLocaleString('en')} lines.` : undefined;
  }
  const analysis = result.analysis;
  if (!analysis.pair) return `This file has no counterpart. ${result.plan.note}`;
  if (sourceLineAt(result, uri, offset)) return 'This is the source line: it separates the translation above from the original below, and has no counterpart.';
  const hit = locateSentence(analysis, uri, offset);
  if (!hit?.other) return 'There is no sentence here.';
  const otherName = hit.other.uri === uri ? (hit.which === 'a' ? 'the original below the source line' : 'the translation above the source line') : baseOf(hit.other.uri);
  const here = { start: hit.sentence.start, end: hit.sentence.end };
  const related = analysis.findings.filter((f) => f.uri === uri && overlaps(f.span, here));
  return `This line has no counterpart in ${otherName}. ${whyUnpaired(analysis, hit.which, hit.sentence, related)}`;
}
