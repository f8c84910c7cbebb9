// Finding things in an analysis by offset: which side, which sentence, which bead, which counterpart.
import type { Analysis } from '../analyze';
import type { Bead, Sentence, Side, Span } from '../types';

export interface SentenceHit {
  /** 'a' or 'b' in the aligned pair (sides[0] / sides[1]). */
  which: 'a' | 'b';
  side: Side;
  other?: Side;
  sentence: Sentence;
  /** The sentence bead holding it, when the pair is aligned. */
  bead?: Bead;
  /** The other side's sentences of that bead (empty: unpaired). */
  counterparts: Sentence[];
}

/** The side of `uri` whose region holds `offset` (one-file pairs have two sides in one document). */
export function sideAt(analysis: Analysis, uri: string, offset: number): { side: Side; index: number } | undefined {
  let fallback: { side: Side; index: number } | undefined;
  for (let i = 0; i < analysis.sides.length; i++) {
    const side = analysis.sides[i];
    if (side.uri !== uri) continue;
    if (offset >= side.region.start && offset <= side.region.end) return { side: side, index: i };
    fallback ??= analysis.sides.length === 1 ? { side: side, index: i } : undefined;
  }
  return fallback;
}

/** The sentence holding `offset`, or the nearest one before it on the same line's paragraph. */
export function sentenceAt(side: Side, offset: number): Sentence | undefined {
  const sentences = side.seg.sentences;
  let low = 0;
  let high = sentences.length - 1;
  let best = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sentences[mid].start <= offset) {
      best = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  if (best < 0) return undefined;
  const sentence = sentences[best];
  // Inside the sentence, or in the spaces right after it (before the next one starts).
  if (offset <= sentence.end) return sentence;
  const gap = side.text.slice(sentence.end, offset);
  return /^[ \t]*$/.test(gap) ? sentence : undefined;
}

const beadMaps = new WeakMap<Bead[], { a: Int32Array; b: Int32Array }>();

/** Index of the bead whose `which` side holds unit `index`, or -1 (a map built once per bead list). */
export function beadIndexOf(beads: Bead[], which: 'a' | 'b', index: number): number {
  let maps = beadMaps.get(beads);
  if (!maps) {
    let countA = 0;
    let countB = 0;
    for (const bead of beads) {
      if (bead.a.length) countA = Math.max(countA, bead.a[bead.a.length - 1] + 1);
      if (bead.b.length) countB = Math.max(countB, bead.b[bead.b.length - 1] + 1);
    }
    const mapA = new Int32Array(countA).fill(-1);
    const mapB = new Int32Array(countB).fill(-1);
    for (let beadIndex = 0; beadIndex < beads.length; beadIndex++) {
      for (const i of beads[beadIndex].a) mapA[i] = beadIndex;
      for (const i of beads[beadIndex].b) mapB[i] = beadIndex;
    }
    maps = { a: mapA, b: mapB };
    beadMaps.set(beads, maps);
  }
  return index >= 0 && index < maps[which].length ? maps[which][index] : -1;
}

export function locateSentence(analysis: Analysis, uri: string, offset: number): SentenceHit | undefined {
  const found = sideAt(analysis, uri, offset);
  if (!found) return undefined;
  const sentence = sentenceAt(found.side, offset);
  if (!sentence) return undefined;
  const which = found.index === 0 ? 'a' : 'b';
  const pair = analysis.pair;
  if (!pair) return { which, side: found.side, sentence, counterparts: [] };
  const other = which === 'a' ? pair.b : pair.a;
  const beadIndex = beadIndexOf(pair.sentenceBeads, which, sentence.index);
  const bead = beadIndex >= 0 ? pair.sentenceBeads[beadIndex] : undefined;
  const otherWhich = which === 'a' ? 'b' : 'a';
  const counterparts = bead ? bead[otherWhich].map((i) => other.seg.sentences[i]).filter(Boolean) : [];
  return { which, side: found.side, other, sentence, bead, counterparts };
}

/** The counterpart paragraph(s) of a paragraph, through the paragraph beads. */
export function paragraphCounterparts(analysis: Analysis, which: 'a' | 'b', paragraph: number): Span[] {
  const pair = analysis.pair;
  if (!pair) return [];
  const beadIndex = beadIndexOf(pair.paragraphBeads, which, paragraph);
  if (beadIndex < 0) return [];
  const other = which === 'a' ? pair.b : pair.a;
  return pair.paragraphBeads[beadIndex][which === 'a' ? 'b' : 'a'].map((i) => other.seg.paragraphs[i]).filter(Boolean);
}

export function cover(spans: Span[]): Span | undefined {
  if (spans.length === 0) return undefined;
  return { start: spans[0].start, end: spans[spans.length - 1].end };
}

export function overlaps(first: Span, second: Span): boolean {
  return first.start < second.end && second.start < first.end || first.start === second.start || (first.start === first.end && first.start >= second.start && first.start <= second.end);
}
