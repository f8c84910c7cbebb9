// Where the sentence under the cursor is in the other side: its aligned sentence(s), else the
// aligned paragraph, else nothing.
import type { PairResult } from './pairs';
import type { Location } from './types';
import { cover, locateSentence, paragraphCounterparts } from './locate';
import { lineHit } from './lines';

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
