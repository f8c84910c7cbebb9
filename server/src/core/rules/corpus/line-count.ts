import type { LinePairRule } from '../rule';

/** The two files of a line-aligned pair have different line counts: one finding at the end of the run. */
export const lineCount: LinePairRule = {
  id: 'line-count',
  scope: 'line-pair',
  description: 'The two files of a line-aligned corpus have different numbers of lines.',
  docs:
    'Line N of one file must translate line N of the other, so both files need the same number of lines. ' +
    'When they differ, the extra lines of the longer file are also reported as one-sided (line-empty), and ' +
    'a shift somewhere before them is likely: look for the first line-shift or line-empty finding.',
  defaultSeverity: 'error',
  tags: ['corpus'],
  corpus: {
    begin() {
      return undefined;
    },
    end(_state, { linesA, linesB }, report) {
      if (linesA === linesB) return;
      const common = Math.min(linesA, linesB);
      report({
        line: common,
        side: linesA < linesB ? 'a' : 'b',
        message: `{A} has ${linesA.toLocaleString('en-US')} lines and {B} ${linesB.toLocaleString('en-US')}: the pair is not line-aligned after line ${common}`,
        data: { linesA, linesB },
      });
    },
  },
};
