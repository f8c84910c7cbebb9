// number-mismatch: numbers that differ between aligned sentences, matched across locales
// (`19 tháng` = `19-month`, `1.000` = `1,000`, `3,5` = `3.5`, `10/9` = `Sept. 10`).
import type { PairRule } from './rule';
import type { Bead, Side } from '../types';
import { extractNumbers, isHeadingLike, softNumbers, type NumberToken } from './support/numbers';
import { unitText } from './support/pair';
import { other, sideName, unitSpan, type Key } from './support/pair';

interface BeadNumbers {
  tokens: NumberToken[];
  /** Every value stated: numbers (all their readings, date parts) and soft numbers. */
  all: Set<string>;
}

function beadNumbers(side: Side, idx: number[]): BeadNumbers {
  const tokens: NumberToken[] = [];
  const all = new Set<string>();
  for (const i of idx) {
    const s = side.seg.sentences[i];
    const t = side.text.slice(s.start, s.end);
    for (const n of extractNumbers(t, { lang: side.lang })) tokens.push({ ...n, start: n.start + s.start, end: n.end + s.start });
    for (const v of softNumbers(t)) all.add(v);
  }
  for (const t of tokens) for (const v of [...t.values, ...(t.parts ?? [])]) all.add(v);
  return { tokens, all };
}

/**
 * Tokens of `x` whose value appears nowhere on the other side (its numbers, number words, or the
 * neighbouring sentences). Values, not counts: a number said twice on one side and once on the other
 * is not a mismatch.
 */
function unmatched(x: BeadNumbers, y: BeadNumbers, near: Set<string>): NumberToken[] {
  const has = (v: string) => y.all.has(v) || near.has(v);
  // a date or outline number matches when the other side has it whole or has each of its parts
  return x.tokens.filter((t) => !t.values.some(has) && !(t.parts && t.parts.every(has)));
}

export const numberMismatch: PairRule = {
  id: 'number-mismatch',
  scope: 'pair',
  description: 'Numbers that differ between aligned sentences (locale-aware: `1.000` = `1,000`, `3,5` = `3.5`).',
  docs:
    'Every number of a sentence should appear in its translation. Numbers match across locales ' +
    '(thousands and decimal marks), number words and month names on the other side count as a match ' +
    '(`10/9` = `Sept. 10`), and a number found in the neighbouring sentences is not reported, so an ' +
    'alignment slip does not raise an alarm. Headings and section labels (`6.`, `1.2 CHAPTER II`) are skipped.',
  defaultSeverity: 'warning',
  tags: ['numbers', 'pair'],
  local: true,
  check(pair, ctx) {
    const beads = pair.sentenceBeads.filter((b: Bead) => b.a.length && b.b.length);
    const nums = beads.map((b) => ({ a: beadNumbers(pair.a, b.a), b: beadNumbers(pair.b, b.b) }));
    for (let i = 0; i < beads.length; i++) {
      const n = nums[i];
      if (!n.a.tokens.length && !n.b.tokens.length) continue;
      if (isHeadingLike(unitText(pair.a, 'sentences', beads[i].a)) || isHeadingLike(unitText(pair.b, 'sentences', beads[i].b))) continue;
      const lost: Record<Key, NumberToken[]> = { a: [], b: [] };
      for (const k of ['a', 'b'] as Key[]) {
        const near = new Set<string>();
        for (const j of [i - 1, i + 1]) if (nums[j]) for (const v of nums[j][other(k)].all) near.add(v);
        lost[k] = unmatched(n[k], n[other(k)], near);
      }
      if (!lost.a.length && !lost.b.length) continue;
      const k: Key = pair.translation && lost[pair.translation].length ? pair.translation : lost.a.length ? 'a' : 'b';
      const o = other(k);
      const list = (ts: NumberToken[]) => ts.map((t) => t.text).join(', ');
      const msg =
        `${list(lost[k])} in ${sideName(pair, k)} ${lost[k].length === 1 ? 'has' : 'have'} no match in ${sideName(pair, o)}` +
        (lost[o].length ? `, which has ${list(lost[o])}` : '');
      // Read from the counterpart: what this sentence has, against what the other side says.
      const mirror = lost[o].length
        ? `${list(lost[o])} here ${lost[o].length === 1 ? 'has' : 'have'} no match in ${sideName(pair, k)}, which has ${list(lost[k])}`
        : `${sideName(pair, k)} has ${list(lost[k])}, which this sentence does not have`;
      ctx.report({
        message: msg,
        uri: pair[k].uri,
        span: { start: lost[k][0].start, end: lost[k][lost[k].length - 1].end },
        data: { [k]: lost[k].map((t) => t.text), [o]: lost[o].map((t) => t.text) },
        related: [{ uri: pair[o].uri, span: unitSpan(pair[o], 'sentences', beads[i][o]), message: 'the aligned sentence', mirror }],
      });
    }
  },
};
