import type { CorpusStats, LinePairRule, LineReport } from '../rule';
import type { LinePairInContext } from '../../corpus/types';
import { sentenceCount, sentenceStarts } from '../../corpus/sentences';
import { lengthRatioZ } from '../../corpus/stats';
import { crossShift } from './shift-evidence';
import { deviations, sideToken } from '../support/side-names';

/** One side holds two sentences where the other has one: usually the neighbour line's content. */
export const lineShift: LinePairRule = {
  id: 'line-shift',
  scope: 'line-pair',
  description: 'A line that is really two sentences on one side only (often the neighbour line pulled in: a shift).',
  docs:
    'When a sentence is merged on one side only, that side of line N holds its own partner plus what the other ' +
    'side has on line N+1, and the lines after it are off by one. With neighbours (the corpus runner and the ' +
    "editor have them) the rule reports a side that matches the other side's line N followed by its line N+1: " +
    'the same language-neutral text (markup such as `<p>`, numbers) glued on, or a split into sentences whose ' +
    "head fits line N and whose tail fits the other side's next line by length ratio and closing punctuation " +
    '(a short "No!" or "Kneel!" counts when it closes as the next line does and the other side has one sentence ' +
    'less), or shares its names and numbers. It also reports a side that repeats its own next line (`sameSide`, default true). Without ' +
    'neighbours (the stateless --stdin mode) it reports a side with more sentences than the other whose extra ' +
    'length pushes the length ratio `z` robust standard deviations (default 3) toward that side. Re-split the ' +
    'line or realign the lines after it.',
  defaultSeverity: 'warning',
  tags: ['corpus', 'stats'],
  options: {
    z: { type: 'number', default: 3, min: 0 },
    minNeighbourChars: { type: 'integer', default: 12, min: 0 },
    shortChars: { type: 'integer', default: 30, min: 0 },
    sameSide: { type: 'boolean', default: true },
  },
  checkLine(pair, options, stats) {
    const p = pair as LinePairInContext;
    const a = p.a.trim();
    const b = p.b.trim();
    if (!a || !b) return [];
    const short = options.shortChars as number;
    const viaOther = otherSideNext(p, a, b, stats, short);
    if (viaOther) return [viaOther];
    if (options.sameSide === false) return [];
    const viaNeighbour = neighbourMerge(p, a, b, options.minNeighbourChars as number, stats, short);
    if (viaNeighbour) return [viaNeighbour];
    // With neighbours, the tests above have said what can be said; the sentence count alone is for the
    // stateless mode (one pair at a time).
    if (!stats || p.prev || p.next) return [];
    const na = sentenceCount(a);
    const nb = sentenceCount(b);
    if (na === nb) return [];
    const z = lengthRatioZ(a, b, stats, short);
    const limit = options.z as number;
    const side = nb > na ? 'b' : 'a';
    if ((side === 'b' && z < limit) || (side === 'a' && z > -limit)) return [];
    const text = side === 'a' ? a : b;
    const starts = sentenceStarts(text);
    const at = starts[starts.length - 1] ?? 0;
    return [
      {
        side,
        message: `${sideToken(side)} has ${Math.max(na, nb)} sentences here, ${sideToken(side === 'a' ? 'b' : 'a')} ${Math.min(na, nb)}, and is longer than usual (${deviations(z)} from this corpus's usual length ratio): a line merged on one side`,
        span: { start: at, end: text.length },
        data: { sentencesA: na, sentencesB: nb, z: Math.round(z * 100) / 100 },
      },
    ];
  },
};

/** Side A's line holds B's line and B's next line (or the other way round): the real shape of a shift. */
function otherSideNext(p: LinePairInContext, a: string, b: string, stats: CorpusStats | undefined, short: number): LineReport | undefined {
  if (!p.next) return undefined;
  const nextA = p.next.a.trim();
  const nextB = p.next.b.trim();
  for (const side of ['a', 'b'] as const) {
    const mine = side === 'a' ? a : b;
    const found = crossShift(mine, side === 'a' ? b : a, side === 'a' ? nextB : nextA, side === 'a', stats, short);
    if (!found) continue;
    return {
      side,
      message: `${sideToken(side)} also holds the next line's text, as ${sideToken(side === 'a' ? 'b' : 'a')} has it on line ${p.line + 2} (${EVIDENCE[found.by]}): a merged line, the lines after it shifted`,
      span: { start: found.at, end: found.end },
      data: { neighbour: 'next', by: found.by, zBefore: Math.round(found.zBefore * 100) / 100, zAfter: Math.round(found.zAfter * 100) / 100 },
    };
  }
  return undefined;
}

const EVIDENCE = { identical: 'the same text', anchors: 'the same names or numbers', length: 'by length and closing punctuation' } as const;

const SENTENCE_END = /[.!?…"'”»):>]\s$/;

/** A side that ends with the next line's text (or starts with the previous line's), on one side only. */
function neighbourMerge(
  p: LinePairInContext,
  a: string,
  b: string,
  minN: number,
  stats: CorpusStats | undefined,
  short: number,
): LineReport | undefined {
  if (!p.prev && !p.next) return undefined;
  for (const side of ['a', 'b'] as const) {
    const mine = side === 'a' ? a : b;
    const other = side === 'a' ? b : a;
    for (const where of ['next', 'previous'] as const) {
      const t = (where === 'next' ? p.next : p.prev)?.[side].trim();
      if (!t || t.length < 3 || mine.length <= t.length + 1) continue;
      const at = where === 'next' ? mine.length - t.length : 0;
      if (!(where === 'next' ? mine.endsWith(t) : mine.startsWith(t)) || other.includes(t)) continue;
      // A short neighbour ("No!", "<p>") counts only as a whole sentence glued on after a sentence end.
      if (t.length < minN && !(where === 'next' ? SENTENCE_END.test(mine.slice(Math.max(0, at - 3), at)) : SENTENCE_END.test(t.slice(-2) + ' '))) continue;
      if (stats) {
        // Taking the neighbour's text away must bring the ratio back toward the usual one.
        const rest = where === 'next' ? mine.slice(0, at).trim() : mine.slice(t.length).trim();
        const zWith = side === 'a' ? lengthRatioZ(mine, other, stats, short) : lengthRatioZ(other, mine, stats, short);
        const zWithout = side === 'a' ? lengthRatioZ(rest, other, stats, short) : lengthRatioZ(other, rest, stats, short);
        if (Math.abs(zWithout) >= Math.abs(zWith)) continue;
      }
      return {
        side,
        message: `${sideToken(side)} also holds the ${where} line's text: a shifted or merged line`,
        span: { start: at, end: at + t.length },
        data: { neighbour: where },
      };
    }
  }
  return undefined;
}
