// Alignment corrections: a link says "this sentence translates that one". Links are keyed by the
// sentences' text (whitespace-normalised, NFC), not by line numbers, so they survive edits elsewhere
// and apply to whichever pair holds both sentences. The aligner's sentence beads are kept where they
// agree with the links; between two links (or a link and the text's ends) the sentences are aligned
// again when a bead crossed a link.
import { alignUnits } from './align';
import type { Bead, Side } from './types';

export interface SentenceLink {
  /** The texts of the sentences on each side (either side first): one sentence, or consecutive ones (a merged bead). */
  a: string | string[];
  b: string | string[];
}

/** The sentence texts of one end of a link, normalised. */
export function linkTexts(end: string | string[]): string[] {
  return (Array.isArray(end) ? end : [end]).map(linkText);
}

export function linkText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export interface LinkedBeads {
  beads: Bead[];
  /** Links found in this pair and kept. */
  applied: number;
  /** Links whose sentences are both in the pair but cross an earlier link (not kept). */
  crossing: number;
}

/** A link found in a pair: where its sentences start on each side, and how many there are. */
interface Anchor {
  a: number;
  b: number;
  lengthA: number;
  lengthB: number;
}

/** The sentence beads with `links` enforced. */
export function applyLinks(sideA: Side, sideB: Side, beads: Bead[], links: readonly SentenceLink[]): LinkedBeads {
  if (!links.length) return { beads, applied: 0, crossing: 0 };
  const sentenceTexts = (side: Side) => side.seg.sentences.map((s) => linkText(side.text.slice(s.start, s.end)));
  const textsA = sentenceTexts(sideA);
  const textsB = sentenceTexts(sideB);
  const firstIndex = (texts: string[]) => {
    const map = new Map<string, number>();
    texts.forEach((text, index) => map.has(text) || map.set(text, index));
    return map;
  };
  const inA = firstIndex(textsA);
  const inB = firstIndex(textsB);
  /** Where the consecutive sentences `group` start on a side, if they are there. */
  const start = (group: string[], first: Map<string, number>, texts: string[]) => {
    const found = group.length ? first.get(group[0]) : undefined;
    return found !== undefined && group.every((text, k) => texts[found + k] === text) ? found : undefined;
  };
  const found: Anchor[] = [];
  for (const link of links) {
    const [textsOfA, textsOfB] = [linkTexts(link.a), linkTexts(link.b)];
    const straight = [start(textsOfA, inA, textsA), start(textsOfB, inB, textsB)];
    const swapped = [start(textsOfB, inA, textsA), start(textsOfA, inB, textsB)];
    if (straight[0] !== undefined && straight[1] !== undefined) found.push({ a: straight[0], b: straight[1], lengthA: textsOfA.length, lengthB: textsOfB.length });
    else if (swapped[0] !== undefined && swapped[1] !== undefined) found.push({ a: swapped[0], b: swapped[1], lengthA: textsOfB.length, lengthB: textsOfA.length });
  }
  found.sort((p, q) => p.a - q.a || p.b - q.b);
  const anchors: Anchor[] = [];
  let crossing = 0;
  for (const anchor of found) {
    const last = anchors[anchors.length - 1];
    if (last && (anchor.a < last.a + last.lengthA || anchor.b < last.b + last.lengthB)) crossing++;
    else anchors.push(anchor);
  }
  if (!anchors.length) return { beads, applied: 0, crossing };
  const out: Bead[] = [];
  let startA = 0;
  let startB = 0;
  const range = (from: number, length: number) => Array.from({ length }, (_, k) => from + k);
  for (const anchor of [...anchors, { a: textsA.length, b: textsB.length, lengthA: 0, lengthB: 0 }]) {
    out.push(...segmentBeads(beads, startA, anchor.a, startB, anchor.b, textsA, textsB));
    if (anchor.lengthA || anchor.lengthB) out.push({ a: range(anchor.a, anchor.lengthA), b: range(anchor.b, anchor.lengthB), confidence: 1 });
    startA = anchor.a + anchor.lengthA;
    startB = anchor.b + anchor.lengthB;
  }
  return { beads: out, applied: anchors.length, crossing };
}

/**
 * Beads over sentences [fromA, toA) and [fromB, toB): the aligner's own from the segment's start and
 * back from its end as far as they fit inside it, and the sentences left between aligned again.
 */
function segmentBeads(beads: Bead[], fromA: number, toA: number, fromB: number, toB: number, textsA: string[], textsB: string[]): Bead[] {
  if (fromA >= toA && fromB >= toB) return [];
  /** Does `bead` cover exactly the sentences from (atA, atB) on, inside the segment? */
  const fitsFrom = (bead: Bead, atA: number, atB: number) =>
    (bead.a.length > 0 || bead.b.length > 0) &&
    bead.a.every((i, k) => i === atA + k) && bead.b.every((j, k) => j === atB + k) &&
    atA + bead.a.length <= toA && atB + bead.b.length <= toB;
  const fitsTo = (bead: Bead, endA: number, endB: number) =>
    (bead.a.length > 0 || bead.b.length > 0) &&
    bead.a.every((i, k) => i === endA - bead.a.length + k) && bead.b.every((j, k) => j === endB - bead.b.length + k) &&
    endA - bead.a.length >= fromA && endB - bead.b.length >= fromB;
  const head: Bead[] = [];
  let atA = fromA;
  let atB = fromB;
  let first = beads.findIndex((bead) => bead.a.some((i) => i >= fromA) || bead.b.some((j) => j >= fromB));
  while (first >= 0 && first < beads.length && fitsFrom(beads[first], atA, atB)) {
    head.push(beads[first]);
    atA += beads[first].a.length;
    atB += beads[first].b.length;
    first++;
  }
  const tail: Bead[] = [];
  let endA = toA;
  let endB = toB;
  let last = findLastIndex(beads, (bead) => bead.a.some((i) => i < toA) || bead.b.some((j) => j < toB));
  while (last >= first && last >= 0 && (atA < endA || atB < endB) && fitsTo(beads[last], endA, endB) && endA - beads[last].a.length >= atA && endB - beads[last].b.length >= atB) {
    tail.unshift(beads[last]);
    endA -= beads[last].a.length;
    endB -= beads[last].b.length;
    last--;
  }
  const middle =
    atA < endA || atB < endB
      ? alignUnits(textsA.slice(atA, endA), textsB.slice(atB, endB)).map((bead) => ({ a: bead.a.map((i) => i + atA), b: bead.b.map((j) => j + atB), confidence: bead.confidence }))
      : [];
  return [...head, ...middle, ...tail];
}

function findLastIndex<T>(list: readonly T[], test: (item: T) => boolean): number {
  for (let index = list.length - 1; index >= 0; index--) if (test(list[index])) return index;
  return -1;
}
