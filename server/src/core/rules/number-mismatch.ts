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
    const sentence = side.seg.sentences[i];
    const sentenceText = side.text.slice(sentence.start, sentence.end);
    for (const number of extractNumbers(sentenceText, { lang: side.lang })) tokens.push({ ...number, start: number.start + sentence.start, end: number.end + sentence.start });
    for (const value of softNumbers(sentenceText)) all.add(value);
  }
  for (const token of tokens) for (const value of [...token.values, ...(token.parts ?? [])]) all.add(value);
  return { tokens, all };
}

/**
 * Tokens of `x` whose value appears nowhere on the other side (its numbers, number words, or the
 * neighbouring sentences). Values, not counts: a number said twice on one side and once on the other
 * is not a mismatch.
 */
function unmatched(numbersHere: BeadNumbers, numbersThere: BeadNumbers, near: Set<string>): NumberToken[] {
  const has = (v: string) => numbersThere.all.has(v) || near.has(v);
  // a date or outline number matches when the other side has it whole or has each of its parts
  return numbersHere.tokens.filter((t) => !t.values.some(has) && !(t.parts && t.parts.every(has)));
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
    const nums = beads.map((bead) => ({ a: beadNumbers(pair.a, bead.a), b: beadNumbers(pair.b, bead.b) }));
    for (let i = 0; i < beads.length; i++) {
      const beadNums = nums[i];
      if (!beadNums.a.tokens.length && !beadNums.b.tokens.length) continue;
      if (isHeadingLike(unitText(pair.a, 'sentences', beads[i].a)) || isHeadingLike(unitText(pair.b, 'sentences', beads[i].b))) continue;
      const lost: Record<Key, NumberToken[]> = { a: [], b: [] };
      for (const k of ['a', 'b'] as Key[]) {
        const near = new Set<string>();
        for (const j of [i - 1, i + 1]) if (nums[j]) for (const value of nums[j][other(k)].all) near.add(value);
        lost[k] = unmatched(beadNums[k], beadNums[other(k)], near);
      }
      if (!lost.a.length && !lost.b.length) continue;
      const sideKey: Key = pair.translation && lost[pair.translation].length ? pair.translation : lost.a.length ? 'a' : 'b';
      const otherKey = other(sideKey);
      const list = (ts: NumberToken[]) => ts.map((t) => t.text).join(', ');
      const msg =
        `${list(lost[sideKey])} in ${sideName(pair, sideKey)} ${lost[sideKey].length === 1 ? 'has' : 'have'} no match in ${sideName(pair, otherKey)}` +
        (lost[otherKey].length ? `, which has ${list(lost[otherKey])}` : '');
      // Read from the counterpart: what this sentence has, against what the other side says.
      const mirror = lost[otherKey].length
        ? `${list(lost[otherKey])} here ${lost[otherKey].length === 1 ? 'has' : 'have'} no match in ${sideName(pair, sideKey)}, which has ${list(lost[sideKey])}`
        : `${sideName(pair, sideKey)} has ${list(lost[sideKey])}, which this sentence does not have`;
      ctx.report({
        message: msg,
        uri: pair[sideKey].uri,
        span: { start: lost[sideKey][0].start, end: lost[sideKey][lost[sideKey].length - 1].end },
        data: { [sideKey]: lost[sideKey].map((t) => t.text), [otherKey]: lost[otherKey].map((t) => t.text) },
        related: [{ uri: pair[otherKey].uri, span: unitSpan(pair[otherKey], 'sentences', beads[i][otherKey]), message: 'the aligned sentence', mirror }],
      });
    }
  },
};
