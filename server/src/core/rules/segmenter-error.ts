// segmenter-error: a name glued by `_` to the following words (`Kim_là`, `Moskva_trợ_giúp`) or to
// another name (`Triều_Tiên_Kim_Jong-un`). Found by case, syllable structure and the document's own
// evidence (the name stands alone elsewhere), not by a list.
import type { SideRule } from './rule';
import type { Side } from '../types';
import { underscoreTokens, type UnderscoreToken } from './support/scan';
import * as chars from './support/chars';
// local copies: module exports are getters under some loaders, and these run per character
const { DIGIT, flagsAt, JOINER, LETTER, LOWER, MARK, UPPER } = chars;
import { isVietnameseSyllable } from '../vi-syllable';

const isCap = (s: string) => /^\p{Lu}/u.test(s);
const isLower = (s: string) => /^\p{Ll}/u.test(s);
const foreign = (parts: string[]) => parts.some((p) => p.split('-').some((q) => !isVietnameseSyllable(q)));
const allCaps = (s: string) => s.length >= 2 && s === s.toUpperCase() && /\p{Lu}/u.test(s);
const NAME_CHAR = LETTER | MARK | JOINER;
const SENTENCE_START = '.!?\n"“”:;–—(';

/**
 * Capitalised words and names that stand alone in the text, used as evidence that they are names.
 * One pass over the text with a table lookup per character (no look-behind regex).
 */
export function standaloneNames(side: Side): Set<string> {
  const names = new Set<string>();
  const t = side.text;
  const { start: lo, end: hi } = side.region;
  const seen = new Map<string, boolean>();
  for (let i = lo; i < hi; i++) {
    const f = flagsAt(t, i);
    if (!(f & UPPER)) continue;
    if (i > lo && ((flagsAt(t, i - 1) & (LETTER | MARK | DIGIT)) || t.charCodeAt(i - 1) === 95)) continue;
    // \p{Lu}[\p{L}\p{M}'’-]*(_\p{Lu}[\p{L}\p{M}'’-]*)*
    let e = i + 1;
    for (;;) {
      while (e < hi && flagsAt(t, e) & NAME_CHAR) e++;
      if (e + 1 < hi && t.charCodeAt(e) === 95 && flagsAt(t, e + 1) & UPPER) e += 2;
      else break;
    }
    if (e < hi && ((flagsAt(t, e) & (LETTER | MARK | DIGIT)) || t.charCodeAt(e) === 95)) {
      i = e;
      continue;
    }
    const word = t.slice(i, e);
    let k = i - 1;
    while (k >= lo && (t[k] === ' ' || t[k] === '\t')) k--;
    const initial = k < lo || SENTENCE_START.includes(t[k]);
    if (!initial) names.add(word);
    else if (!names.has(word)) {
      // at the start of a sentence a capital proves nothing, unless the word is not Vietnamese or all capitals
      let ok = seen.get(word);
      if (ok === undefined) seen.set(word, (ok = foreign(word.split('_')) || allCaps(word)));
      if (ok) names.add(word);
    }
    i = e - 1;
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
  const t = side.text;
  const capital: number[] = [];
  for (let n = 0; n < tokens.length; n++) if (flagsAt(t, tokens.starts[n]) & UPPER) capital.push(n);
  if (!capital.length) return [];
  const names = standaloneNames(side);
  // decisions per distinct token text: on a long text the same tokens come back again and again
  const memo = new Map<string, { cut: number; kind: GluedName['kind']; whole?: string } | null>();
  const wholes = new Set<string>();
  const decided: { n: number; text: string }[] = [];
  for (const n of capital) {
    const text = t.slice(tokens.starts[n], tokens.ends[n]);
    decided.push({ n, text });
    if (memo.has(text)) continue;
    const parts = text.split('_');
    const nCap = parts.findIndex((p) => !isCap(p));
    let d: { cut: number; kind: GluedName['kind']; whole?: string } | null = null;
    if (nCap > 0) {
      // name run, then lower-case syllables to the end
      const rest = parts.slice(nCap);
      if (rest.every((p) => isLower(p) && isVietnameseSyllable(p))) {
        const name = parts.slice(0, nCap).join('_');
        if (names.has(name) || foreign(parts.slice(0, nCap))) d = { cut: nCap, kind: 'name+words', whole: text.toLowerCase() };
      }
    } else if (nCap < 0 && parts.length >= 2) {
      for (let k = 1; k < parts.length; k++) {
        if (names.has(parts.slice(0, k).join('_')) && names.has(parts.slice(k).join('_'))) {
          d = { cut: k, kind: 'name+name' };
          break;
        }
      }
    }
    memo.set(text, d);
    if (d?.whole) wholes.add(d.whole);
  }
  // the whole is a word when the text also writes it in lower case (`Tổng_thống` / `tổng_thống`)
  const lowerWords = new Set<string>();
  if (wholes.size) {
    const lengths = new Set([...wholes].map((w) => w.length));
    for (let n = 0; n < tokens.length; n++) {
      const a = tokens.starts[n];
      const b = tokens.ends[n];
      if (!lengths.has(b - a) || !(flagsAt(t, a) & LOWER)) continue;
      const w = t.slice(a, b);
      if (wholes.has(w)) lowerWords.add(w);
    }
  }
  const out: GluedName[] = [];
  for (const { n, text } of decided) {
    const d = memo.get(text);
    if (!d || (d.whole && lowerWords.has(d.whole))) continue;
    out.push({ token: tokens.at(n), cut: d.cut, kind: d.kind });
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
  fix: 'safe',
  tags: ['segmentation', 'side'],
  local: true,
  lineFix: true,
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
