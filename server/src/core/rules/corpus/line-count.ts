import type { LinePairRule } from '../rule';

/** The two files of a line-aligned pair have different line counts. Reported once, by the runner. */
export const lineCount: LinePairRule = {
  id: 'line-count',
  scope: 'line-pair',
  description: 'The two files of a line-aligned corpus have different numbers of lines.',
  docs:
    'Line N of one file must translate line N of the other, so both files need the same number of lines. ' +
    'When they differ, the extra lines of the longer file are also reported as one-sided (line-empty), and ' +
    'a shift somewhere before them is likely: look for the first line-shift or line-empty finding.',
  defaultSeverity: 'error',
  tags: ['corpus', 'stateful'],
  checkLine() {
    return [];
  },
};
