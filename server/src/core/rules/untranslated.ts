// untranslated: a sentence identical to its counterpart, or written in the counterpart's language.
import type { PairRule } from './rule';
import { identifyLang, MIN_CONFIDENCE, notInLang } from '../lang';
import { beadPlace, other, roles, sideName, unitText, type Key } from './support/pair';

/** Share of the words of `t` that also occur in `u`. */
function shared(source: string, counterText: string): number {
  const words = norm(source).split(' ').filter(Boolean);
  const other = new Set(norm(counterText).split(' '));
  return words.length ? words.filter((w) => other.has(w)).length / words.length : 0;
}

const norm = (raw: string) => raw.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export const untranslated: PairRule = {
  id: 'untranslated',
  scope: 'pair',
  description: "A sentence identical to its counterpart, or written in the counterpart's language.",
  docs:
    'A segment left in the source language: the same words on both sides, or a sentence of the ' +
    'translation that is in the language of the original. Short segments (names, numbers, one-word ' +
    'captions) are skipped, since those are often rightly the same.',
  defaultSeverity: 'warning',
  tags: ['translation', 'pair'],
  local: true,
  options: { minWords: { type: 'integer', default: 4, min: 0 }, minLetters: { type: 'integer', default: 20, min: 0 } },
  check(pair, ctx) {
    const minWords = ctx.options.minWords as number;
    const minLetters = ctx.options.minLetters as number;
    const langs = pair.a.lang !== 'und' && pair.b.lang !== 'und' && pair.a.lang !== pair.b.lang;
    const sideRoles = roles(pair);
    const checkKeys: Key[] = sideRoles ? [sideRoles.trans] : ['a', 'b'];
    for (const bead of pair.sentenceBeads) {
      if (!bead.a.length || !bead.b.length) continue;
      const textA = unitText(pair.a, 'sentences', bead.a);
      const textB = unitText(pair.b, 'sentences', bead.b);
      const normA = norm(textA);
      const words = normA ? normA.split(' ').length : 0;
      const lettersA = (normA.match(/\p{L}/gu) ?? []).length;
      if (normA === norm(textB) && words >= minWords && lettersA >= minLetters) {
        const sideKey = checkKeys[0];
        ctx.report({
          message: `identical to its counterpart: not translated?`,
          ...beadPlace(pair, sideKey, 'sentences', bead, `its counterpart in ${sideName(pair, sideKey)} is identical to this sentence: not translated?`),
        });
        continue;
      }
      if (!langs) continue;
      for (const k of checkKeys) {
        const sideText = k === 'a' ? textA : textB;
        const normed = norm(sideText);
        if (normed.split(' ').length < Math.max(minWords, 6)) continue;
        // cheap evidence (script, letters) that it is not in the counterpart's language: no detector
        if (notInLang(sideText, pair[other(k)].lang)) continue;
        // which of the pair's two languages the sentence is in; a clear answer only
        const { lang: detected, confidence } = identifyLang(sideText, { among: [pair.a.lang, pair.b.lang] });
        if (detected !== pair[other(k)].lang || detected === pair[k].lang) continue;
        // short sentences: a clear answer, or words shared with the counterpart as well
        if (confidence < Math.max(MIN_CONFIDENCE, 0.6) && shared(sideText, k === 'a' ? textB : textA) < 0.3) continue;
        ctx.report({
          message: `written in ${detected}, the language of ${sideName(pair, other(k))}: not translated?`,
          ...beadPlace(pair, k, 'sentences', bead, `its counterpart in ${sideName(pair, k)} is written in ${detected}, the language of this side: not translated?`),
        });
      }
    }
  },
};
