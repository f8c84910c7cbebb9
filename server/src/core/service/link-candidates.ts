// What "Link with the counterpart sentence…" offers: the sentence under the cursor, and the other
// side's sentences around its current counterpart (or around where one would be), to pick from.
import type { PairResult } from './pairs';
import type { Span } from '../types';
import { beadIndexOf, locateSentence } from './locate';
import { linkText } from '../links';

/** Sentences offered on each side of the current counterpart. */
const AROUND = 6;

export interface LinkCandidates {
  sentence: string;
  linked: boolean;
  candidates: { uri: string; span: Span; text: string; current: boolean }[];
}

export function linkCandidatesAt(result: PairResult | undefined, uri: string, offset: number, links: readonly { a: string; b: string }[]): LinkCandidates | { error: string } {
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
  return { sentence, linked: links.some((l) => linkText(l.a) === sentence || linkText(l.b) === sentence), candidates };
}

/** The links after linking `sentence` with `other` (undefined: unlinking it): other links of either sentence go. */
export function relink(links: readonly { a: string; b: string }[], sentence: string, other: string | undefined): { a: string; b: string }[] {
  const involved = (text: string) => text === sentence || (other !== undefined && text === other);
  const kept = links.filter((l) => !involved(linkText(l.a)) && !involved(linkText(l.b)));
  return other === undefined ? kept : [...kept, { a: sentence, b: other }];
}
