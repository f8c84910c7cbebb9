import type { LinePairRule } from '../rule';
import { deviations } from '../support/side-names';
import { lengthRatioZ } from '../../corpus/stats';

/** A pair whose length ratio is far from the corpus's own usual ratio. */
export const lineLengthRatio: LinePairRule = {
  id: 'line-length-ratio',
  scope: 'line-pair',
  description: "A length ratio far outside the corpus's own distribution (a truncated, padded or wrong translation).",
  docs:
    'The log of the length ratio of the two sides is compared with its distribution in this corpus (median and ' +
    'median absolute deviation, learned from a bounded sample in the same pass). A pair more than `z` robust ' +
    'standard deviations away (default 4) is reported when its longer side has at least `minChars` characters ' +
    '(default 20). Short lines vary more, so the deviation is widened by sqrt(1 + shortChars / shorter length) ' +
    '(shortChars default 30). Typical causes: a truncated translation, a line with two sentences on one side, a wrong pair. ' +
    'Without corpus statistics (the stateless --stdin mode without --stats) the rule does nothing.',
  defaultSeverity: 'warning',
  tags: ['corpus', 'stats'],
  options: {
    z: { type: 'number', default: 4, min: 0 },
    minChars: { type: 'integer', default: 20, min: 0 },
    shortChars: { type: 'integer', default: 30, min: 0 },
  },
  checkLine(pair, options, stats) {
    if (!stats) return [];
    const lineA = pair.a.trim();
    const lineB = pair.b.trim();
    if (!lineA || !lineB) return [];
    if (Math.max(lineA.length, lineB.length) < (options.minChars as number)) return [];
    const deviation = lengthRatioZ(lineA, lineB, stats, options.shortChars as number);
    const limit = options.z as number;
    if (Math.abs(deviation) < limit) return [];
    const [longer, shorter] = deviation > 0 ? ['{B}', '{A}'] : ['{A}', '{B}'];
    return [
      {
        side: deviation > 0 ? 'b' : 'a',
        message: `${longer} is ${lineA.length > lineB.length ? (lineA.length / lineB.length).toFixed(1) : (lineB.length / lineA.length).toFixed(1)}x as long as ${shorter} here, far from this corpus's usual length ratio (${deviations(deviation)} from it)`,
        data: { z: Math.round(deviation * 100) / 100, lengthA: lineA.length, lengthB: lineB.length },
      },
    ];
  },
};
