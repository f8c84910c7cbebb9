// Alignment corrections: a link says "this sentence translates that one". Links are keyed by the
// sentences' text (whitespace-normalised, NFC), not by line numbers, so they survive edits elsewhere
// and apply to whichever pair holds both sentences. A link with nothing at one end marks sentences
// as having no counterpart on purpose. The aligner gets the links as constraints (`linkConstraints`:
// it realigns around them); `applyLinks` then enforces them on any beads (the aligner's own kept where
// they agree with the links; between two links, or a link and the text's ends, the sentences are
// aligned again when a bead crossed a link), and marks their beads as made by hand.
import { alignUnits, type AlignConstraints } from './align';
import type { Bead, Side } from './types';

export interface SentenceLink {
  /**
   * The texts of the sentences on each side (either side first): one sentence, or consecutive ones (a
   * merged bead). One end may be `[]`: the other end's sentences have no counterpart, on purpose (left
   * untranslated, or added in the translation); no finding reports them as missing.
   */
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

/** The link that marks `sentence` as having no counterpart. */
export function unpairedLink(sentence: string): SentenceLink {
  return { a: sentence, b: [] };
}

/** True when `link` marks sentences as having no counterpart (one end names none). */
export function isUnpairedLink(link: SentenceLink): boolean {
  return linkTexts(link.a).length === 0 || linkTexts(link.b).length === 0;
}

export interface LinkedBeads {
  beads: Bead[];
  /** Links found in this pair and kept. */
  applied: number;
  /** Links whose sentences are both in the pair but cross an earlier link (not kept). */
  crossing: number;
}

/**
 * A link found in a pair: where its sentences start on each side, and how many there are. An end with
 * no sentences has no place of its own (`undefined`) until the beads around it give one.
 */
interface Anchor {
  a: number | undefined;
  b: number | undefined;
  lengthA: number;
  lengthB: number;
}

/** Where the links lie among the sentences of sides `a` and `b` (links not in this pair left out). */
function findAnchors(sideA: Side, sideB: Side, links: readonly SentenceLink[]): { anchors: Anchor[]; textsA: string[]; textsB: string[] } {
  const sentenceTexts = (side: Side) => side.seg.sentences.map((sentence) => linkText(side.text.slice(sentence.start, sentence.end)));
  const textsA = sentenceTexts(sideA);
  const textsB = sentenceTexts(sideB);
  if (!links.length) return { anchors: [], textsA, textsB };
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
  const anchors: Anchor[] = [];
  for (const link of links) {
    const [ends, others] = [linkTexts(link.a), linkTexts(link.b)];
    if (!ends.length || !others.length) {
      // sentences with no counterpart, on whichever side holds them
      const named = ends.length ? ends : others;
      const onA = start(named, inA, textsA);
      const onB = onA === undefined ? start(named, inB, textsB) : undefined;
      if (onA !== undefined) anchors.push({ a: onA, b: undefined, lengthA: named.length, lengthB: 0 });
      else if (onB !== undefined) anchors.push({ a: undefined, b: onB, lengthA: 0, lengthB: named.length });
      continue;
    }
    const straight = [start(ends, inA, textsA), start(others, inB, textsB)];
    const swapped = [start(others, inA, textsA), start(ends, inB, textsB)];
    if (straight[0] !== undefined && straight[1] !== undefined) anchors.push({ a: straight[0], b: straight[1], lengthA: ends.length, lengthB: others.length });
    else if (swapped[0] !== undefined && swapped[1] !== undefined) anchors.push({ a: swapped[0], b: swapped[1], lengthA: others.length, lengthB: ends.length });
  }
  return { anchors, textsA, textsB };
}

/**
 * The links as constraints for the aligner (core/align/constraints.ts): the sentence indices each
 * link must be a bead of (an end with no sentences: a bead with nothing on that side), so the aligner
 * realigns everything else around them. Undefined when no link is in this pair.
 */
export function linkConstraints(sideA: Side, sideB: Side, links: readonly SentenceLink[]): AlignConstraints | undefined {
  const { anchors } = findAnchors(sideA, sideB, links);
  if (!anchors.length) return undefined;
  const range = (from: number | undefined, length: number) => Array.from({ length }, (_, k) => from! + k);
  return { links: anchors.map((anchor) => ({ a: range(anchor.a, anchor.lengthA), b: range(anchor.b, anchor.lengthB) })) };
}

/**
 * Where the sentences of the other side are cut at an anchor with nothing there: before the first of
 * them in the bead holding the anchor's first sentence or after it, as the aligner placed them.
 */
function cutOf(beads: Bead[], side: 'a' | 'b', index: number, otherCount: number): number {
  const other = side === 'a' ? 'b' : 'a';
  const holder = beads.findIndex((bead) => bead[side].includes(index));
  for (let next = Math.max(0, holder); next < beads.length; next++) if (beads[next][other].length) return beads[next][other][0];
  return otherCount;
}

/** The sentence beads with `links` enforced. */
export function applyLinks(sideA: Side, sideB: Side, beads: Bead[], links: readonly SentenceLink[]): LinkedBeads {
  if (!links.length) return { beads, applied: 0, crossing: 0 };
  const { anchors: placed, textsA, textsB } = findAnchors(sideA, sideB, links);
  const found = placed.map((anchor) => ({
    a: anchor.a ?? cutOf(beads, 'b', anchor.b!, textsA.length),
    b: anchor.b ?? cutOf(beads, 'a', anchor.a!, textsB.length),
    lengthA: anchor.lengthA,
    lengthB: anchor.lengthB,
  }));
  found.sort((p, q) => p.a - q.a || p.b - q.b);
  const anchors: typeof found = [];
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
    if (anchor.lengthA || anchor.lengthB) out.push({ a: range(anchor.a, anchor.lengthA), b: range(anchor.b, anchor.lengthB), confidence: 1, byHand: true });
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
