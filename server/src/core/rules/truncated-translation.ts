// truncated-translation: the translation stops mid-sentence while the original goes on.
import type { PairRule } from './rule';
import type { Side } from '../types';
import { excerptBefore } from './support/excerpt';
import { other, roles, sideName, unitSpan, type Key } from './support/pair';

const CLOSED = /[.!?…。！？:;"”’»)\]]\s*$/u;

/** The last bead (in `beads`) with units on side k. */
function lastBeadWith<T extends { a: number[]; b: number[] }>(beads: readonly T[], k: Key): number {
  for (let i = beads.length - 1; i >= 0; i--) if (beads[i][k].length) return i;
  return -1;
}

function lastWord(side: Side, end: number): { start: number; end: number } {
  const t = side.text;
  let e = end;
  while (e > side.region.start && /\s/.test(t[e - 1])) e--;
  let s = e;
  while (s > side.region.start && !/\s/.test(t[s - 1])) s--;
  return { start: s, end: e };
}

export const truncatedTranslation: PairRule = {
  id: 'truncated-translation',
  scope: 'pair',
  description: 'The translation ends mid-sentence while the original goes on.',
  docs:
    'The last sentence of the translation has no closing punctuation and the original continues past ' +
    'the sentence it matches: the translation was cut off (a paste limit, a crashed tool). The finding ' +
    'points at the cut and at the place in the original where the translation stops.',
  defaultSeverity: 'error',
  tags: ['alignment', 'pair'],
  check(pair, ctx) {
    const r = roles(pair);
    const keys: Key[] = r ? [r.trans] : ['a', 'b'];
    for (const k of keys) {
      const side = pair[k];
      const cp = pair[other(k)];
      const sents = side.seg.sentences;
      if (!sents.length || !cp.seg.sentences.length) continue;
      const last = sents[sents.length - 1];
      const lastText = side.text.slice(last.start, last.end);
      if (CLOSED.test(lastText) || lastText.trim().split(/\s+/).length < 4) continue;
      // does the counterpart go on past the bead holding the last sentence?
      const beads = pair.sentenceBeads;
      const bi = lastBeadWith(beads, k);
      if (bi < 0) continue;
      const matched = beads[bi][other(k)];
      let lastCp = -1;
      for (let i = bi; i >= 0 && lastCp < 0; i--) if (beads[i][other(k)].length) lastCp = Math.max(...beads[i][other(k)]);
      const cpAfter = cp.seg.sentences.length - 1 - lastCp;
      if (cpAfter <= 0) continue;
      const cut = lastWord(side, last.end);
      const quote = excerptBefore(side.text, last.start, cut.end);
      ctx.report({
        message: `${sideName(pair, k)} stops mid-sentence ("${quote.cut ? '…' : ''}${quote.text}"); ${sideName(pair, other(k))} goes on for ${cpAfter} more sentence${cpAfter === 1 ? '' : 's'}`,
        uri: side.uri,
        span: cut,
        data: { sentencesAfter: cpAfter },
        related: matched.length ? [{ uri: cp.uri, span: unitSpan(cp, 'sentences', matched), message: 'the matching sentence in the counterpart' }] : undefined,
      });
    }
  },
};
