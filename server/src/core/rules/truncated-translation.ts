// truncated-translation: the translation stops mid-sentence while the original goes on.
import type { AlignedPair, PairRule } from './rule';
import type { Side } from '../types';
import { excerptBefore } from './support/excerpt';
import { kindOfParagraph } from './support/kinds';
import { other, roles, sideName, unitSpan, type Key } from './support/pair';

const CLOSED = /[.!?…。！？:;"”’»)\]]\s*$/u;

/** The last bead (in `beads`) with units on side k. */
function lastBeadWith<T extends { a: number[]; b: number[] }>(beads: readonly T[], sideKey: Key): number {
  for (let i = beads.length - 1; i >= 0; i--) if (beads[i][sideKey].length) return i;
  return -1;
}

function lastWord(side: Side, end: number): { start: number; end: number } {
  const source = side.text;
  let lastEnd = end;
  while (lastEnd > side.region.start && /\s/.test(source[lastEnd - 1])) lastEnd--;
  let wordStart = lastEnd;
  while (wordStart > side.region.start && !/\s/.test(source[wordStart - 1])) wordStart--;
  return { start: wordStart, end: lastEnd };
}

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

/**
 * What is left to translate in `cp` after its sentence `lastCp`: sentences in paragraphs the translation
 * covers (paired paragraph beads, from the cut's own paragraph on), and paragraphs no paragraph of the
 * translation covers (missing-translation reports those). Titles, hashtag lines, bylines and web
 * boilerplate (extra-text) are not counted: nobody has to translate them.
 */
export function leftToTranslate(pair: AlignedPair, sideKey: Key, lastCp: number): { inCovered: number; coveredParagraphs: number; paragraphs: number; sentencesInParagraphs: number } {
  const side = pair[sideKey];
  const counterpart = pair[other(sideKey)];
  const covered = new Set<number>();
  for (const bead of pair.paragraphBeads) if (bead.a.length && bead.b.length) for (const j of bead[other(sideKey)]) covered.add(j);
  const sents = counterpart.seg.sentences;
  const out = { inCovered: 0, coveredParagraphs: 0, paragraphs: 0, sentencesInParagraphs: 0 };
  let prevPara = lastCp >= 0 ? sents[lastCp].paragraph : -1;
  const kinds = new Map<number, boolean>();
  const isExtra = (paragraphIndex: number) => {
    if (!kinds.has(paragraphIndex)) kinds.set(paragraphIndex, !!kindOfParagraph(counterpart, paragraphIndex, side));
    return kinds.get(paragraphIndex)!;
  };
  for (let i = lastCp + 1; i < sents.length; i++) {
    const paragraphIndex = sents[i].paragraph;
    const fresh = paragraphIndex !== prevPara;
    prevPara = paragraphIndex;
    if (isExtra(paragraphIndex)) continue;
    if (covered.has(paragraphIndex)) {
      out.inCovered++;
      if (fresh) out.coveredParagraphs++;
    } else {
      out.sentencesInParagraphs++;
      if (fresh) out.paragraphs++;
    }
  }
  return out;
}

export const truncatedTranslation: PairRule = {
  id: 'truncated-translation',
  scope: 'pair',
  description: 'The translation ends mid-sentence while the original goes on.',
  docs:
    'The last sentence of the translation has no closing punctuation and the original continues past ' +
    'the sentence it matches: the translation was cut off (a paste limit, a crashed tool). The finding ' +
    'points at the cut and at the place in the original where the translation stops, and says what is ' +
    'left to translate: the sentences after the cut in the same paragraph, then the whole paragraphs after ' +
    'it ("24 more sentences: 1 in the same paragraph, then 16 whole paragraphs"), which missing-translation ' +
    'reports as one run. A title, hashtag line, byline or web boilerplate (extra-text) is not counted.',
  defaultSeverity: 'error',
  tags: ['alignment', 'pair'],
  check(pair, ctx) {
    const sideRoles = roles(pair);
    const keys: Key[] = sideRoles ? [sideRoles.trans] : ['a', 'b'];
    for (const k of keys) {
      const side = pair[k];
      const counterpart = pair[other(k)];
      const sents = side.seg.sentences;
      if (!sents.length || !counterpart.seg.sentences.length) continue;
      const last = sents[sents.length - 1];
      const lastText = side.text.slice(last.start, last.end);
      if (CLOSED.test(lastText) || lastText.trim().split(/\s+/).length < 4) continue;
      // does the counterpart go on past the bead holding the last sentence?
      const beads = pair.sentenceBeads;
      const lastBead = lastBeadWith(beads, k);
      if (lastBead < 0) continue;
      const matched = beads[lastBead][other(k)];
      let lastCp = -1;
      for (let i = lastBead; i >= 0 && lastCp < 0; i--) if (beads[i][other(k)].length) lastCp = Math.max(...beads[i][other(k)]);
      const left = leftToTranslate(pair, k, lastCp);
      const total = left.inCovered + left.sentencesInParagraphs;
      if (total <= 0) continue; // the original ends there too (or only a byline, boilerplate… follows)
      const parts: string[] = [];
      if (left.inCovered) parts.push(`${left.inCovered} in ${left.coveredParagraphs ? 'the matching paragraphs' : 'the same paragraph'}`);
      if (left.paragraphs) parts.push(`${plural(left.paragraphs, 'whole paragraph')} (see missing-translation)`);
      const cut = lastWord(side, last.end);
      const quote = excerptBefore(side.text, last.start, cut.end);
      ctx.report({
        message: `${sideName(pair, k)} stops mid-sentence ("${quote.cut ? '…' : ''}${quote.text}"); ${sideName(pair, other(k))} goes on for ${plural(total, 'more sentence')}: ${parts.join(', then ')}`,
        data: { sentencesAfter: total, sentencesInParagraph: left.inCovered, paragraphsAfter: left.paragraphs },
        uri: side.uri,
        span: cut,
        related: matched.length
          ? [
              {
                uri: counterpart.uri,
                span: unitSpan(counterpart, 'sentences', matched),
                message: 'the matching sentence in the counterpart',
                mirror: `${sideName(pair, k)} stops mid-sentence at its counterpart of this sentence; ${plural(total, 'more sentence')} from here on ${total === 1 ? 'is' : 'are'} not translated there`,
              },
            ]
          : undefined,
      });
    }
  },
};
