// missing-translation: original paragraphs with no counterpart. A run of them is one finding.
import type { PairRule } from './rule';
import type { Side } from '../types';
import { kindOfParagraph } from './support/kinds';
import { other, roles, sideName, unitSpan, unpairedRuns, type Key } from './support/pair';

/** Where a run sits: at the end (only extra text after it), at the start, or after a paragraph. */
function where(run: number[], side: Side, cp: Side): string {
  const total = side.seg.paragraphs.length;
  let end = true;
  for (let j = run[run.length - 1] + 1; j < total && end; j++) if (!kindOfParagraph(side, j, cp)) end = false;
  if (end) return 'at the end';
  let start = true;
  for (let j = 0; j < run[0] && start; j++) if (!kindOfParagraph(side, j, cp)) start = false;
  if (start) return 'at the start';
  return `after paragraph ${run[0]}`;
}

export const missingTranslation: PairRule = {
  id: 'missing-translation',
  scope: 'pair',
  description: 'Original paragraphs with no counterpart in the translation (a run of them is one finding).',
  docs:
    'After alignment, paragraphs of the original that no paragraph of the translation covers. A run of ' +
    'such paragraphs is reported once ("17 paragraphs at the end are not translated"). Titles, hashtag ' +
    'lines, bylines and web boilerplate on one side only are extra-text instead. When the pair does not ' +
    'say which side is the translation, unpaired paragraphs of either side are reported.',
  defaultSeverity: 'warning',
  tags: ['alignment', 'pair'],
  check(pair, ctx) {
    const r = roles(pair);
    const keys: Key[] = r ? [r.orig] : ['a', 'b'];
    for (const k of keys) {
      const side = pair[k];
      const cp = pair[other(k)];
      const runs: number[][] = [];
      for (const raw of unpairedRuns(pair.paragraphBeads, k)) {
        // extra text (title, byline, boilerplate) is not missing translation, and it splits runs
        let run: number[] = [];
        for (const i of raw) {
          if (kindOfParagraph(side, i, cp)) {
            if (run.length) runs.push(run);
            run = [];
          } else run.push(i);
        }
        if (run.length) runs.push(run);
      }
      for (const run of runs) {
        const n = run.length;
        const pos = where(run, side, cp);
        const what = n === 1 ? '1 paragraph' : `${n} paragraphs`;
        const verb = r ? (n === 1 ? 'is not translated' : 'are not translated') : `${n === 1 ? 'has' : 'have'} no counterpart in ${sideName(pair, other(k))}`;
        ctx.report({
          message: `${what} ${pos} ${verb}`,
          uri: side.uri,
          span: unitSpan(side, 'paragraphs', run),
          data: { paragraphs: n, first: run[0], side: k },
        });
      }
    }
  },
};
