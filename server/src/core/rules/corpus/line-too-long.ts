import type { LinePairRule } from '../rule';
import { sideToken } from '../support/side-names';

/** A line far longer than a sentence: a whole document on one line, or binary junk. */
export const lineTooLong: LinePairRule = {
  id: 'line-too-long',
  scope: 'line-pair',
  description: 'A line longer than a sentence or paragraph can be (default 10,000 characters).',
  docs:
    'A line of tens of thousands of characters is a whole article on one line, or data that is not text. ' +
    'Aligners and training pipelines choke on it, and the other line checks are skipped for it. Split it into ' +
    'sentences, or drop the pair.',
  defaultSeverity: 'error',
  tags: ['corpus'],
  order: 'guard',
  options: { maxChars: { type: 'integer', default: 10000, min: 1 } },
  checkLine(pair, options) {
    const max = options.maxChars as number;
    const out = [];
    for (const side of ['a', 'b'] as const) {
      const length = pair[side].length;
      if (length > max) {
        out.push({
          side,
          message: `line in ${sideToken(side)} is ${length.toLocaleString('en-US')} characters long (limit ${max.toLocaleString('en-US')}); other checks skipped`,
          data: { length: length },
        });
      }
    }
    return out;
  },
};
