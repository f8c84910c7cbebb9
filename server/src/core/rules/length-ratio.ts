// length-ratio: an aligned sentence pair far outside the document's own length-ratio distribution.
import type { PairRule } from './rule';
import type { Side } from '../types';
import { other, roles, sideName, unitSpan, type Key } from './support/pair';

function letters(side: Side, idx: number[]): number {
  let n = 0;
  for (const i of idx) {
    const s = side.seg.sentences[i];
    const m = side.text.slice(s.start, s.end).match(/[\p{L}\p{N}]/gu);
    n += m ? m.length : 0;
  }
  return n;
}

function median(xs: number[]): number {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
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
    const o = ctx.options;
    const minChars = o.minChars as number;
    const beads = pair.sentenceBeads.filter((b) => b.a.length && b.b.length);
    if (beads.length < (o.minPairs as number)) return;
    const rows = beads.map((b) => {
      const la = letters(pair.a, b.a);
      const lb = letters(pair.b, b.b);
      return { b, la, lb, r: Math.log((lb + 1) / (la + 1)) };
    });
    const m = median(rows.map((x) => x.r));
    const mad = median(rows.map((x) => Math.abs(x.r - m)));
    const sigma = Math.max(1.4826 * mad, 0.15);
    const z = o.zScore as number;
    const minLog = Math.log(o.minFactor as number);
    const k: Key = roles(pair)?.trans ?? 'b';
    for (const row of rows) {
      if (Math.max(row.la, row.lb) < minChars) continue;
      const d = row.r - m;
      if (Math.abs(d) / sigma < z || Math.abs(d) < minLog) continue;
      const factor = Math.exp(Math.abs(d));
      const longer = (d > 0) === (k === 'b') ? 'longer' : 'shorter';
      ctx.report({
        message: `this pair is ${factor.toFixed(1)}× ${longer} than usual in this document (${row[k === 'a' ? 'la' : 'lb']} vs ${row[k === 'a' ? 'lb' : 'la']} letters)`,
        uri: pair[k].uri,
        span: unitSpan(pair[k], 'sentences', row.b[k]),
        data: { ratio: Math.exp(row.r), usual: Math.exp(m) },
        related: [
          {
            uri: pair[other(k)].uri,
            span: unitSpan(pair[other(k)], 'sentences', row.b[other(k)]),
            message: 'the aligned sentence',
            mirror: `its counterpart in ${sideName(pair, k)} is ${factor.toFixed(1)}× ${longer} than usual in this document (${row[k === 'a' ? 'la' : 'lb']} letters there, ${row[k === 'a' ? 'lb' : 'la']} here)`,
          },
        ],
      });
    }
  },
};
