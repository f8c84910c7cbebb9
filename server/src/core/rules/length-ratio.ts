// length-ratio: an aligned sentence pair far outside the document's own length-ratio distribution.
import type { PairRule } from './rule';
import type { Side } from '../types';
import { other, roles, sideName, unitSpan, type Key } from './support/pair';

function letters(side: Side, idx: number[]): number {
  let count = 0;
  for (const i of idx) {
    const sentence = side.seg.sentences[i];
    const letterMatches = side.text.slice(sentence.start, sentence.end).match(/[\p{L}\p{N}]/gu);
    count += letterMatches ? letterMatches.length : 0;
  }
  return count;
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export const lengthRatio: PairRule = {
  id: 'length-ratio',
  scope: 'pair',
  description: "An aligned pair whose length ratio is far from the document's own.",
  docs:
    'The length ratio of translation to original is steady within a document (Vietnamese runs about as ' +
    'long as English, Hungarian shorter...). A pair far outside the document\'s own distribution (robust ' +
    'z-score over log ratios, and at least `minFactor` times off) often hides an omission, an addition ' +
    'or a misalignment. Short pairs are skipped.',
  defaultSeverity: 'info',
  tags: ['length', 'pair'],
  options: {
    minChars: { type: 'integer', default: 40, min: 0 },
    zScore: { type: 'number', default: 4, min: 0 },
    minFactor: { type: 'number', default: 2.2, min: 1 },
    minPairs: { type: 'integer', default: 10, min: 0 },
  },
  check(pair, ctx) {
    const ruleOptions = ctx.options;
    const minChars = ruleOptions.minChars as number;
    const beads = pair.sentenceBeads.filter((b) => b.a.length && b.b.length);
    if (beads.length < (ruleOptions.minPairs as number)) return;
    const rows = beads.map((bead) => {
      const lettersA = letters(pair.a, bead.a);
      const lettersB = letters(pair.b, bead.b);
      return { b: bead, la: lettersA, lb: lettersB, r: Math.log((lettersB + 1) / (lettersA + 1)) };
    });
    const medianRatio = median(rows.map((x) => x.r));
    const mad = median(rows.map((x) => Math.abs(x.r - medianRatio)));
    const sigma = Math.max(1.4826 * mad, 0.15);
    const threshold = ruleOptions.zScore as number;
    const minLog = Math.log(ruleOptions.minFactor as number);
    const sideKey: Key = roles(pair)?.trans ?? 'b';
    for (const row of rows) {
      if (Math.max(row.la, row.lb) < minChars) continue;
      const deviation = row.r - medianRatio;
      if (Math.abs(deviation) / sigma < threshold || Math.abs(deviation) < minLog) continue;
      const factor = Math.exp(Math.abs(deviation));
      const longer = (deviation > 0) === (sideKey === 'b') ? 'longer' : 'shorter';
      ctx.report({
        message: `this pair is ${factor.toFixed(1)}× ${longer} than usual in this document (${row[sideKey === 'a' ? 'la' : 'lb']} vs ${row[sideKey === 'a' ? 'lb' : 'la']} letters)`,
        uri: pair[sideKey].uri,
        span: unitSpan(pair[sideKey], 'sentences', row.b[sideKey]),
        data: { ratio: Math.exp(row.r), usual: Math.exp(medianRatio) },
        related: [
          {
            uri: pair[other(sideKey)].uri,
            span: unitSpan(pair[other(sideKey)], 'sentences', row.b[other(sideKey)]),
            message: 'the aligned sentence',
            mirror: `its counterpart in ${sideName(pair, sideKey)} is ${factor.toFixed(1)}× ${longer} than usual in this document (${row[sideKey === 'a' ? 'la' : 'lb']} letters there, ${row[sideKey === 'a' ? 'lb' : 'la']} here)`,
          },
        ],
      });
    }
  },
};
