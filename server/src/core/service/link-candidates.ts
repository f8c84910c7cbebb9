// What "Link with the counterpart sentence…" offers: the sentence under the cursor, and the other
// side's sentences around its current counterpart (or around where one would be), to pick from.
import type { PairResult } from './pairs';
import type { Span } from '../types';
import { beadIndexOf, locateSentence } from './locate';
import { linkText, linkTexts, type SentenceLink } from '../links';

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
    for (const at of [own - step, own + step]) {
      const there = beads[at]?.[otherKey];
      if (center === undefined && there?.length) center = there[0];
    }
  }
  const sentences = hit.other.seg.sentences;
  const from = Math.max(0, (center ?? 0) - AROUND);
  const to = Math.min(sentences.length, (center ?? 0) + AROUND + 1);
  const current = new Set(hit.counterparts.map((s) => s.index));
  const candidates = sentences.slice(from, to).map((s) => ({ uri: hit.other!.uri, span: { start: s.start, end: s.end }, text: linkText(hit.other!.text.slice(s.start, s.end)), current: current.has(s.index) }));
  return { sentence, linked: links.some((l) => [...linkTexts(l.a), ...linkTexts(l.b)].includes(sentence)), candidates };
}

/** The links after linking `sentence` with `other` (undefined: unlinking it): other links of either sentence go. */
export function relink(links: readonly SentenceLink[], sentence: string, other: string | undefined): SentenceLink[] {
  return replaceLinks(links, [sentence, ...(other === undefined ? [] : [other])], other === undefined ? undefined : { a: sentence, b: other });
}

/** `links` without those holding any of `texts`, plus `added`. */
export function replaceLinks(links: readonly SentenceLink[], texts: string[], added: SentenceLink | undefined): SentenceLink[] {
  const involved = new Set(texts.map(linkText));
  const kept = links.filter((l) => ![...linkTexts(l.a), ...linkTexts(l.b)].some((text) => involved.has(text)));
  return added ? [...kept, added] : kept;
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
  const texts = (side: typeof pair.a, indices: number[]) => indices.map((i) => linkText(side.text.slice(side.seg.sentences[i].start, side.seg.sentences[i].end)));
  const a = texts(pair.a, [...beads[here].a, ...next.a]);
  const b = texts(pair.b, [...beads[here].b, ...next.b]);
  if (!a.length || !b.length) return { error: 'Both beads have sentences on one side only: merged they would still have no counterpart.' };
  return replaceLinks(links, [...a, ...b], { a, b });
}
