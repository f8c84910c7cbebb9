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
    const inContext = pair as LinePairInContext;
    const lineA = inContext.a.trim();
    const lineB = inContext.b.trim();
    if (!lineA || !lineB) return [];
    const short = options.shortChars as number;
    const viaOther = otherSideNext(inContext, lineA, lineB, stats, short);
    if (viaOther) return [viaOther];
    if (options.sameSide === false) return [];
    const viaNeighbour = neighbourMerge(inContext, lineA, lineB, options.minNeighbourChars as number, stats, short);
    if (viaNeighbour) return [viaNeighbour];
    // With neighbours, the tests above have said what can be said; the sentence count alone is for the
    // stateless mode (one pair at a time).
    if (!stats || inContext.prev || inContext.next) return [];
    const sentencesA = sentenceCount(lineA);
    const sentencesB = sentenceCount(lineB);
    if (sentencesA === sentencesB) return [];
    const deviation = lengthRatioZ(lineA, lineB, stats, short);
    const limit = options.z as number;
    const side = sentencesB > sentencesA ? 'b' : 'a';
    if ((side === 'b' && deviation < limit) || (side === 'a' && deviation > -limit)) return [];
    const text = side === 'a' ? lineA : lineB;
    const starts = sentenceStarts(text);
    const lastStart = starts[starts.length - 1] ?? 0;
    return [
      {
        side,
        message: `${sideToken(side)} has ${Math.max(sentencesA, sentencesB)} sentences here, ${sideToken(side === 'a' ? 'b' : 'a')} ${Math.min(sentencesA, sentencesB)}, and is longer than usual (${deviations(deviation)} from this corpus's usual length ratio): a line merged on one side`,
        span: { start: lastStart, end: text.length },
        data: { sentencesA: sentencesA, sentencesB: sentencesB, z: Math.round(deviation * 100) / 100 },
      },
    ];
  },
};

/** Side A's line holds B's line and B's next line (or the other way round): the real shape of a shift. */
function otherSideNext(inContext: LinePairInContext, lineA: string, lineB: string, stats: CorpusStats | undefined, short: number): LineReport | undefined {
  if (!inContext.next) return undefined;
  const nextA = inContext.next.a.trim();
  const nextB = inContext.next.b.trim();
  for (const side of ['a', 'b'] as const) {
    const mine = side === 'a' ? lineA : lineB;
    const found = crossShift(mine, side === 'a' ? lineB : lineA, side === 'a' ? nextB : nextA, side === 'a', stats, short);
    if (!found) continue;
    return {
      side,
      message: `${sideToken(side)} also holds the next line's text, as ${sideToken(side === 'a' ? 'b' : 'a')} has it on line ${inContext.line + 2} (${EVIDENCE[found.by]}): a merged line, the lines after it shifted`,
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
  inContext: LinePairInContext,
  lineA: string,
  lineB: string,
  minN: number,
  stats: CorpusStats | undefined,
  short: number,
): LineReport | undefined {
  if (!inContext.prev && !inContext.next) return undefined;
  for (const side of ['a', 'b'] as const) {
    const mine = side === 'a' ? lineA : lineB;
    const other = side === 'a' ? lineB : lineA;
    for (const where of ['next', 'previous'] as const) {
      const neighbour = (where === 'next' ? inContext.next : inContext.prev)?.[side].trim();
      if (!neighbour || neighbour.length < 3 || mine.length <= neighbour.length + 1) continue;
      const joinAt = where === 'next' ? mine.length - neighbour.length : 0;
      if (!(where === 'next' ? mine.endsWith(neighbour) : mine.startsWith(neighbour)) || other.includes(neighbour)) continue;
      // A short neighbour ("No!", "<p>") counts only as a whole sentence glued on after a sentence end.
      if (neighbour.length < minN && !(where === 'next' ? SENTENCE_END.test(mine.slice(Math.max(0, joinAt - 3), joinAt)) : SENTENCE_END.test(neighbour.slice(-2) + ' '))) continue;
      if (stats) {
        // Taking the neighbour's text away must bring the ratio back toward the usual one.
        const rest = where === 'next' ? mine.slice(0, joinAt).trim() : mine.slice(neighbour.length).trim();
        const zWith = side === 'a' ? lengthRatioZ(mine, other, stats, short) : lengthRatioZ(other, mine, stats, short);
        const zWithout = side === 'a' ? lengthRatioZ(rest, other, stats, short) : lengthRatioZ(other, rest, stats, short);
        if (Math.abs(zWithout) >= Math.abs(zWith)) continue;
      }
      return {
        side,
        message: `${sideToken(side)} also holds the ${where} line's text: a shifted or merged line`,
        span: { start: joinAt, end: joinAt + neighbour.length },
        data: { neighbour: where },
      };
    }
  }
  return undefined;
}
