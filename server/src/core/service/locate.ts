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
    const s = analysis.sides[i];
    if (s.uri !== uri) continue;
    if (offset >= s.region.start && offset <= s.region.end) return { side: s, index: i };
    fallback ??= analysis.sides.length === 1 ? { side: s, index: i } : undefined;
  }
  return fallback;
}

/** The sentence holding `offset`, or the nearest one before it on the same line's paragraph. */
export function sentenceAt(side: Side, offset: number): Sentence | undefined {
  const ss = side.seg.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ss[mid].start <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (best < 0) return undefined;
  const s = ss[best];
  // Inside the sentence, or in the spaces right after it (before the next one starts).
  if (offset <= s.end) return s;
  const gap = side.text.slice(s.end, offset);
  return /^[ \t]*$/.test(gap) ? s : undefined;
}

const beadMaps = new WeakMap<Bead[], { a: Int32Array; b: Int32Array }>();

/** Index of the bead whose `which` side holds unit `index`, or -1 (a map built once per bead list). */
export function beadIndexOf(beads: Bead[], which: 'a' | 'b', index: number): number {
  let m = beadMaps.get(beads);
  if (!m) {
    let na = 0;
    let nb = 0;
    for (const b of beads) {
      if (b.a.length) na = Math.max(na, b.a[b.a.length - 1] + 1);
      if (b.b.length) nb = Math.max(nb, b.b[b.b.length - 1] + 1);
    }
    const ma = new Int32Array(na).fill(-1);
    const mb = new Int32Array(nb).fill(-1);
    for (let bi = 0; bi < beads.length; bi++) {
      for (const i of beads[bi].a) ma[i] = bi;
      for (const i of beads[bi].b) mb[i] = bi;
    }
    m = { a: ma, b: mb };
    beadMaps.set(beads, m);
  }
  return index >= 0 && index < m[which].length ? m[which][index] : -1;
}

export function locateSentence(analysis: Analysis, uri: string, offset: number): SentenceHit | undefined {
  const at = sideAt(analysis, uri, offset);
  if (!at) return undefined;
  const sentence = sentenceAt(at.side, offset);
  if (!sentence) return undefined;
  const which = at.index === 0 ? 'a' : 'b';
  const pair = analysis.pair;
  if (!pair) return { which, side: at.side, sentence, counterparts: [] };
  const other = which === 'a' ? pair.b : pair.a;
  const bi = beadIndexOf(pair.sentenceBeads, which, sentence.index);
  const bead = bi >= 0 ? pair.sentenceBeads[bi] : undefined;
  const otherWhich = which === 'a' ? 'b' : 'a';
  const counterparts = bead ? bead[otherWhich].map((i) => other.seg.sentences[i]).filter(Boolean) : [];
  return { which, side: at.side, other, sentence, bead, counterparts };
}

/** The counterpart paragraph(s) of a paragraph, through the paragraph beads. */
export function paragraphCounterparts(analysis: Analysis, which: 'a' | 'b', paragraph: number): Span[] {
  const pair = analysis.pair;
  if (!pair) return [];
  const bi = beadIndexOf(pair.paragraphBeads, which, paragraph);
  if (bi < 0) return [];
  const other = which === 'a' ? pair.b : pair.a;
  return pair.paragraphBeads[bi][which === 'a' ? 'b' : 'a'].map((i) => other.seg.paragraphs[i]).filter(Boolean);
}

export function cover(spans: Span[]): Span | undefined {
  if (spans.length === 0) return undefined;
  return { start: spans[0].start, end: spans[spans.length - 1].end };
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end || a.start === b.start || (a.start === a.end && a.start >= b.start && a.start <= b.end);
}
