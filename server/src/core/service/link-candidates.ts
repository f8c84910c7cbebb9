// What "Link with the counterpart sentence…" offers: the sentence under the cursor, and the other
// side's sentences around its current counterpart (or around where one would be), to pick from.
import type { PairResult } from './pairs';
import type { Span } from '../types';
import { beadIndexOf, locateSentence } from './locate';
import { linkText, linkTexts, unpairedLink, type SentenceLink } from '../links';

/** Sentences offered on each side of the current counterpart. */
const AROUND = 6;

export interface LinkCandidates {
  sentence: string;
  linked: boolean;
  candidates: { uri: string; span: Span; text: string; current: boolean }[];
}

export function linkCandidatesAt(result: PairResult | undefined, uri: string, offset: number, links: readonly SentenceLink[]): LinkCandidates | { error: string } {
  const pair = result?.analysis.pair;
  if (!result || result.lines || !pair) return { error: 'Alignment corrections need a pair of documents (not a lone file or a line-aligned corpus).' };
  const hit = locateSentence(result.analysis, uri, offset);
  if (!hit?.other) return { error: 'There is no sentence here.' };
  const otherKey = hit.which === 'a' ? 'b' : 'a';
  const sentence = linkText(hit.side.text.slice(hit.sentence.start, hit.sentence.end));
  // the nearest bead with a counterpart, from this sentence back then forward
  const beads = pair.sentenceBeads;
  const own = beadIndexOf(beads, hit.which, hit.sentence.index);
  let center = hit.counterparts[0]?.index;
  for (let step = 1; center === undefined && step < beads.length; step++) {
    for (const beadIndex of [own - step, own + step]) {
      const there = beads[beadIndex]?.[otherKey];
      if (center === undefined && there?.length) center = there[0];
    }
  }
  const sentences = hit.other.seg.sentences;
  const from = Math.max(0, (center ?? 0) - AROUND);
  const upTo = Math.min(sentences.length, (center ?? 0) + AROUND + 1);
  const current = new Set(hit.counterparts.map((s) => s.index));
  const candidates = sentences.slice(from, upTo).map((sentence) => ({ uri: hit.other!.uri, span: { start: sentence.start, end: sentence.end }, text: linkText(hit.other!.text.slice(sentence.start, sentence.end)), current: current.has(sentence.index) }));
  return { sentence, linked: links.some((l) => [...linkTexts(l.a), ...linkTexts(l.b)].includes(sentence)), candidates };
}

/** The links after linking `sentence` with `other` (undefined: unlinking it): other links of either sentence go. */
export function relink(links: readonly SentenceLink[], sentence: string, other: string | undefined): SentenceLink[] {
  return replaceLinks(links, [sentence, ...(other === undefined ? [] : [other])], other === undefined ? [] : [{ a: sentence, b: other }]);
}

/** `links` without those holding any of `texts`, plus `added`. */
export function replaceLinks(links: readonly SentenceLink[], texts: string[], added: SentenceLink[]): SentenceLink[] {
  const involved = new Set(texts.map(linkText));
  const kept = links.filter((link) => ![...linkTexts(link.a), ...linkTexts(link.b)].some((text) => involved.has(text)));
  return [...kept, ...added];
}

/**
 * "Split this bead here": the bead of the sentence at `offset` ends before that sentence. The other
 * side is cut where its share of the bead's length is closest to this side's; with one sentence there,
 * it stays with the first part and the rest is left to the aligner.
 */
export function splitHere(result: PairResult | undefined, uri: string, offset: number, links: readonly SentenceLink[]): SentenceLink[] | { error: string } {
  const pair = result?.analysis.pair;
  if (!result || result.lines || !pair) return { error: 'Alignment corrections need a pair of documents (not a lone file or a line-aligned corpus).' };
  const hit = locateSentence(result.analysis, uri, offset);
  if (!hit?.other || !hit.bead) return { error: 'There is no sentence here.' };
  const otherKey = hit.which === 'a' ? 'b' : 'a';
  const mine = hit.bead[hit.which];
  const theirs = hit.bead[otherKey];
  const position = mine.indexOf(hit.sentence.index);
  if (mine.length < 2 || position <= 0) return { error: 'Put the cursor on a later sentence of a bead with several sentences here: the split goes before it.' };
  const textsOf = (side: typeof pair.a, indices: number[]) => indices.map((index) => linkText(side.text.slice(side.seg.sentences[index].start, side.seg.sentences[index].end)));
  const mineTexts = textsOf(hit.side, mine);
  const theirTexts = textsOf(hit.other, theirs);
  if (!theirTexts.length) return { error: 'This bead has no counterpart sentences to split.' };
  const share = (texts: string[], upTo: number) => texts.slice(0, upTo).reduce((n, t) => n + t.length, 0) / Math.max(1, texts.reduce((n, t) => n + t.length, 0));
  const wanted = share(mineTexts, position);
  let cut = theirTexts.length;
  if (theirTexts.length > 1) {
    cut = 1;
    for (let k = 2; k < theirTexts.length; k++) if (Math.abs(share(theirTexts, k) - wanted) < Math.abs(share(theirTexts, cut) - wanted)) cut = k;
  }
  const first: SentenceLink = { a: mineTexts.slice(0, position), b: theirTexts.slice(0, cut) };
  const second: SentenceLink[] = cut < theirTexts.length ? [{ a: mineTexts.slice(position), b: theirTexts.slice(cut) }] : [];
  return replaceLinks(links, [...mineTexts, ...theirTexts], [first, ...second]);
}

/**
 * "Link to no counterpart": the sentence at `offset` has no counterpart on purpose (left untranslated,
 * or added in the translation); its other links go. Unlinking it undoes that too.
 */
export function markUnpaired(result: PairResult | undefined, uri: string, offset: number, links: readonly SentenceLink[]): SentenceLink[] | { error: string } {
  if (!result || result.lines || !result.analysis.pair) return { error: 'Alignment corrections need a pair of documents (not a lone file or a line-aligned corpus).' };
  const hit = locateSentence(result.analysis, uri, offset);
  if (!hit) return { error: 'There is no sentence here.' };
  const sentence = linkText(hit.side.text.slice(hit.sentence.start, hit.sentence.end));
  return replaceLinks(links, [sentence], [unpairedLink(sentence)]);
}

/** "Merge with the next bead": the link making the bead of the sentence at `offset` and the next bead one bead. */
export function mergeWithNext(result: PairResult | undefined, uri: string, offset: number, links: readonly SentenceLink[]): SentenceLink[] | { error: string } {
  const pair = result?.analysis.pair;
  if (!result || result.lines || !pair) return { error: 'Alignment corrections need a pair of documents (not a lone file or a line-aligned corpus).' };
  const hit = locateSentence(result.analysis, uri, offset);
  if (!hit?.other) return { error: 'There is no sentence here.' };
  const beads = pair.sentenceBeads;
  const here = beadIndexOf(beads, hit.which, hit.sentence.index);
  const next = beads[here + 1];
  if (here < 0 || !next) return { error: 'This is the last bead: there is none after it to merge with.' };
  const texts = (side: typeof pair.a, indices: number[]) => indices.map((index) => linkText(side.text.slice(side.seg.sentences[index].start, side.seg.sentences[index].end)));
  const textsA = texts(pair.a, [...beads[here].a, ...next.a]);
  const textsB = texts(pair.b, [...beads[here].b, ...next.b]);
  if (!textsA.length || !textsB.length) return { error: 'Both beads have sentences on one side only: merged they would still have no counterpart.' };
  return replaceLinks(links, [...textsA, ...textsB], [{ a: textsA, b: textsB }]);
}
