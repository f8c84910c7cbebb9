// added-sentence: sentences of the translation with no counterpart in the original, inside paragraphs
// that are translated ("this sentence has no counterpart in the original"): a sentence the translator
// added, or text pasted in by mistake.
import type { PairRule } from './rule';
import { roles } from './support/pair';
import { UNPAIRED_SENTENCE_OPTIONS, sentenceRunReport, unpairedEvidence, unpairedSentenceRuns } from './support/unpaired-sentences';

export const addedSentence: PairRule = {
  id: 'added-sentence',
  scope: 'pair',
  description: 'Sentences of the translation with no counterpart in the original, inside translated paragraphs.',
  docs:
    'When the pair says which side is the translation (one file with a source line, or a configured ' +
    'original language), a sentence of the translation that the aligner leaves without a counterpart, ' +
    'inside a paragraph that is otherwise translated, is reported ("1 sentence in paragraph 4 has no ' +
    'counterpart in the original"): an addition of the translator, or text pasted in by mistake (a ' +
    'sentence in another language). The same filters as missing-translation apply: sentences shorter ' +
    'than `minSentenceChars` or without letters are not reported, nor a run the aligner is not sure of: ' +
    'its confidence below `sureConfidence`, and below `likelyConfidence` or fitting a neighbouring ' +
    'sentence pair about as well (`minMisfit`, in log length ratio); nor one inside a ' +
    'stretch the aligner is unsure of (uncertain-alignment). When the pair does not say which side is ' +
    'the translation, missing-translation reports unpaired sentences of both sides instead.',
  defaultSeverity: 'warning',
  tags: ['alignment', 'pair'],
  options: UNPAIRED_SENTENCE_OPTIONS,
  check(pair, ctx) {
    const sideRoles = roles(pair);
    if (!sideRoles) return;
    for (const run of unpairedSentenceRuns(pair, sideRoles.trans, unpairedEvidence(ctx.options))) {
      ctx.report(sentenceRunReport(pair, sideRoles.trans, run, (count) => `${count === 1 ? 'has' : 'have'} no counterpart in the original`));
    }
  },
};
