// Where the sentence under the cursor is in the other side: its aligned sentence(s), else the
// aligned paragraph, else nothing.
import type { PairResult } from './pairs';
import type { Location } from './types';
import { cover, locateSentence, paragraphCounterparts } from './locate';

export function counterpartOf(result: PairResult | undefined, uri: string, offset: number): Location | undefined {
  if (!result?.analysis.pair) return undefined;
  const hit = locateSentence(result.analysis, uri, offset);
  if (!hit?.other) return undefined;
  const span = cover(hit.counterparts) ?? cover(paragraphCounterparts(result.analysis, hit.which, hit.sentence.paragraph));
  return span ? { uri: hit.other.uri, span } : undefined;
}
