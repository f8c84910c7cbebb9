// segmenter-error: a name glued by `_` to the following words (`Kim_là`, `Moskva_trợ_giúp`) or to
// another name (`Triều_Tiên_Kim_Jong-un`). Found by case, syllable structure and the document's own
// evidence (the name stands alone elsewhere), not by a list.
import type { SideRule } from './rule';
import type { Side } from '../types';
import { matchesIn, underscoreTokens, type UnderscoreToken } from './support/scan';
import { isVietnameseSyllable } from '../vi-syllable';

const isCap = (s: string) => /^\p{Lu}/u.test(s);
const isLower = (s: string) => /^\p{Ll}/u.test(s);
const foreign = (parts: string[]) => parts.some((p) => p.split('-').some((q) => !isVietnameseSyllable(q)));
const allCaps = (s: string) => s.length >= 2 && s === s.toUpperCase() && /\p{Lu}/u.test(s);

/** Capitalised words and names that stand alone in the text, used as evidence that they are names. */
export function standaloneNames(side: Side): Set<string> {
  const names = new Set<string>();
  const re = /(?<![\p{L}\p{M}\p{N}_])\p{Lu}[\p{L}\p{M}'’\-]*(?:_\p{Lu}[\p{L}\p{M}'’\-]*)*(?![\p{L}\p{M}\p{N}_])/gu;
  const t = side.text;
  for (const { start, end } of matchesIn(side, re)) {
    const word = t.slice(start, end);
    let k = start - 1;
    while (k >= side.region.start && (t[k] === ' ' || t[k] === '\t')) k--;
    const initial = k < side.region.start || '.!?\n"“”:;–—('.includes(t[k]);
    // at the start of a sentence a capital proves nothing, unless the word is not Vietnamese or all capitals
    if (!initial || foreign(word.split('_')) || allCaps(word)) names.add(word);
  }
  return names;
}

export interface GluedName {
  token: UnderscoreToken;
  /** Index (in token.parts) of the first part after the cut. */
  cut: number;
  kind: 'name+words' | 'name+name';
}

export function findGluedNames(side: Side): GluedName[] {
  const tokens = underscoreTokens(side);
  if (!tokens.length) return [];
  const names = standaloneNames(side);
  const lowerWords = new Set<string>();
  for (const t of tokens) {
    const w = side.text.slice(t.start, t.end);
    if (isLower(w)) lowerWords.add(w);
  }
  const out: GluedName[] = [];
  for (const token of tokens) {
    const parts = token.parts.map((p) => p.text);
    const nCap = parts.findIndex((p) => !isCap(p));
    if (nCap > 0) {
      // name run, then lower-case syllables to the end
      const rest = parts.slice(nCap);
      if (!rest.every((p) => isLower(p) && isVietnameseSyllable(p))) continue;
      if (lowerWords.has(parts.join('_').toLowerCase())) continue; // the whole is a word (`Tổng_thống`)
      const name = parts.slice(0, nCap).join('_');
      if (names.has(name) || foreign(parts.slice(0, nCap))) out.push({ token, cut: nCap, kind: 'name+words' });
    } else if (nCap < 0 && parts.length >= 2) {
      for (let k = 1; k < parts.length; k++) {
        if (names.has(parts.slice(0, k).join('_')) && names.has(parts.slice(k).join('_'))) {
          out.push({ token, cut: k, kind: 'name+name' });
          break;
        }
      }
    }
  }
  return out;
}

export const segmenterError: SideRule = {
  id: 'segmenter-error',
  scope: 'side',
  description: 'A name glued by `_` to the next word or name (`Kim_là`, `Triều_Tiên_Kim_Jong-un`).',
  docs:
    'Word segmenters sometimes let a capitalised name swallow the following lower-case word (`Kim_là` = ' +
    '`Kim` + `là`) or another name. Found when a capitalised run that stands alone elsewhere in the text ' +
    '(or is not a Vietnamese syllable, like `Moskva`) is glued to valid Vietnamese syllables. The fix ' +
    'replaces only the `_` at the cut by a space and keeps every other `_`.',
  defaultSeverity: 'warning',
  tags: ['segmentation', 'side'],
  check(side, ctx) {
    for (const g of findGluedNames(side)) {
      const { token, cut } = g;
      const left = side.text.slice(token.start, token.parts[cut - 1].end);
      const right = side.text.slice(token.parts[cut].start, token.end);
      const at = token.parts[cut].start - 1;
      ctx.report({
        message:
          g.kind === 'name+name'
            ? `two names glued together: "${left}" + "${right}"`
            : `the name "${left}" is glued to the next word "${right}"`,
        uri: side.uri,
        span: { start: token.start, end: token.end },
        data: { left, right },
        fixes: [{ title: `Split into "${left} ${right}"`, edits: [{ uri: side.uri, start: at, end: at + 1, newText: ' ' }], safe: true }],
      });
    }
  },
};
