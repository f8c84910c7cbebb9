// missing-translation: original paragraphs with no counterpart. A run of them is one finding.
import type { AlignedPair, PairRule, Report } from './rule';
import type { Side } from '../types';
import { kindOfParagraph } from './support/kinds';
import { other, roles, sideName, unitSpan, unpairedRuns, type Key } from './support/pair';
import { UNPAIRED_SENTENCE_OPTIONS, sentenceRunReport, unpairedEvidence, unpairedSentenceRuns } from './support/unpaired-sentences';

/** Where a run sits: at the end (only extra text after it), at the start, or after a paragraph. */
function where(run: number[], side: Side, counterpart: Side): string {
  const total = side.seg.paragraphs.length;
  let end = true;
  for (let j = run[run.length - 1] + 1; j < total && end; j++) if (!kindOfParagraph(side, j, counterpart)) end = false;
  if (end) return 'at the end';
  let start = true;
  for (let j = 0; j < run[0] && start; j++) if (!kindOfParagraph(side, j, counterpart)) start = false;
  if (start) return 'at the start';
  return `after paragraph ${run[0]}`;
}

export const missingTranslation: PairRule = {
  id: 'missing-translation',
  scope: 'pair',
  description: 'Original paragraphs or sentences with no counterpart in the translation (a run of them is one finding).',
  docs:
    'After alignment, paragraphs of the original that no paragraph of the translation covers. A run of ' +
    'such paragraphs is reported once ("16 paragraphs at the end are not translated"). Titles, hashtag ' +
    'lines, bylines and web boilerplate on one side only are extra-text instead. When the pair does not ' +
    'say which side is the translation, unpaired paragraphs of either side are reported. Inside paragraphs ' +
    'that are translated, a sentence (or a run of sentences) the aligner left without a counterpart is ' +
    'reported too ("1 sentence in paragraph 4 is not translated"); sentences shorter than `minSentenceChars` ' +
    'or without letters are not, nor a run the aligner is not sure of: its confidence (the posterior of ' +
    'its bead) below `sureConfidence`, and either below `likelyConfidence` or fitting a neighbouring ' +
    'sentence pair about as well (its length misfit would grow by less than `minMisfit`, in log length ' +
    'ratio): that is more likely an alignment split than a dropped sentence.',
  defaultSeverity: 'warning',
  tags: ['alignment', 'pair'],
  options: UNPAIRED_SENTENCE_OPTIONS,
  check(pair, ctx) {
    const sideRoles = roles(pair);
    const keys: Key[] = sideRoles ? [sideRoles.orig] : ['a', 'b'];
    for (const k of keys) {
      const side = pair[k];
      const counterpart = pair[other(k)];
      const runs: number[][] = [];
      for (const raw of unpairedRuns(pair.paragraphBeads, k)) {
        // extra text (title, byline, boilerplate) is not missing translation, and it splits runs
        let run: number[] = [];
        for (const i of raw) {
          if (kindOfParagraph(side, i, counterpart)) {
            if (run.length) runs.push(run);
            run = [];
          } else run.push(i);
        }
        if (run.length) runs.push(run);
      }
      if (!counterpart.seg.paragraphs.length && side.seg.paragraphs.length) {
        // an empty counterpart: one finding for the whole text, not "N paragraphs at the end"
        const paragraphCount = side.seg.paragraphs.length;
        ctx.report({
          message: `${sideName(pair, other(k))} is empty: none of the ${paragraphCount} paragraph${paragraphCount === 1 ? '' : 's'} here has a counterpart`,
          uri: side.uri,
          span: unitSpan(side, 'paragraphs', [0, paragraphCount - 1]),
          data: { paragraphs: paragraphCount, first: 0, side: k },
        });
        continue;
      }
      const reports: Report[] = [];
      for (const run of unpairedSentenceRuns(pair, k, unpairedEvidence(ctx.options))) {
        const say = (count: number) => (sideRoles ? (count === 1 ? 'is not translated' : 'are not translated') : `${count === 1 ? 'has' : 'have'} no counterpart in ${sideName(pair, other(k))}`);
        reports.push(sentenceRunReport(pair, k, run, say));
      }
      for (const run of runs) {
        const runLength = run.length;
        const pos = where(run, side, counterpart);
        const what = runLength === 1 ? '1 paragraph' : `${runLength} paragraphs`;
        const verb = sideRoles ? (runLength === 1 ? 'is not translated' : 'are not translated') : `${runLength === 1 ? 'has' : 'have'} no counterpart in ${sideName(pair, other(k))}`;
        reports.push({
          message: `${what} ${pos} ${verb}`,
          uri: side.uri,
          span: unitSpan(side, 'paragraphs', run),
          data: { paragraphs: runLength, first: run[0], side: k },
        });
      }
      reports.sort((x, y) => x.span.start - y.span.start);
      for (const rep of reports) ctx.report(rep);
    }
  },
};
