// case-typo: a capital inside a word (`KIm`, `NguYễn`, `NAtO`) where the text writes the same letters
// in a normal case elsewhere (`Kim`, `nguyễn`, `NATO`).
import type { SideRule } from './rule';
import * as chars from './support/chars';
import { isLexiconSyllable } from '../vi-lexicon';
import { isVietnameseSyllable } from '../vi-syllable';

/** A Vietnamese syllable: in the lexicon, or of a well-formed Vietnamese shape (`Huế` is not in the list). */
const vietnamese = (candidateWord: string) => isLexiconSyllable(candidateWord) || isVietnameseSyllable(candidateWord.toLowerCase());
// local copies: module exports are getters under some loaders, and these run per character
const { DIGIT, flagsAt, forEachWord, LOWER, regionWords, UPPER } = chars;

type Shape = 'lower' | 'title' | 'upper' | 'odd';

function shapeOf(candidateWord: string): Shape {
  const lower = candidateWord.toLowerCase();
  if (candidateWord === lower) return 'lower';
  const upper = candidateWord.toUpperCase();
  if (candidateWord === upper) return 'upper';
  if (candidateWord.slice(1) === lower.slice(1)) return 'title';
  return 'odd';
}

/**
 * Whether an odd-case word has the shape of a typing slip rather than of a brand, unit or acronym
 * (`MHz`, `TVs`, `iPhone`, `YouTube`, `PhD` are written that way on purpose):
 * - a Vietnamese syllable (lexicon) takes no inner capital at all: `KIm`, `NguYễn`;
 * - otherwise two or more capitals then at least two lower-case letters (`NGuyen`), or, in a word of
 *   four letters or more, capitals with one lower-case letter inside them after two capitals at least
 *   (`NAtO`, `ASeAN`; `MySQL`, `NoSQL`, `TpHCM` are written so).
 */
function slipShape(candidateWord: string): boolean {
  if (vietnamese(candidateWord)) return true;
  const slip = /^(\p{Lu}{2,})(\p{Ll}{2,})$/u.exec(candidateWord);
  if (slip) return true;
  return candidateWord.length >= 4 && /^\p{Lu}{2,}\p{Ll}\p{Lu}+$/u.test(candidateWord);
}

/** The normal form to offer, when the text writes the letters in some normal case (the evidence). */
function suggestion(candidateWord: string, seen: Set<Shape>): string | undefined {
  if (!seen.has('lower') && !seen.has('title') && !seen.has('upper')) return undefined;
  const upper = candidateWord.toUpperCase();
  const lower = candidateWord.toLowerCase();
  const capitals = [...candidateWord].filter((ch) => ch !== ch.toLowerCase()).length;
  const title = upper.charAt(0) + lower.slice(1);
  const startsUpper = candidateWord.charAt(0) !== lower.charAt(0);
  if (vietnamese(candidateWord)) {
    // a Vietnamese syllable: `KIm` -> `Kim`, or `KIM` when that is the only way the text writes it
    if (!startsUpper) return lower;
    return seen.has('title') || seen.has('lower') ? title : upper;
  }
  // an acronym with one slipped letter (`NAtO`) is all capitals
  if (capitals * 2 > [...candidateWord].length) return upper;
  if (startsUpper) return title;
  return lower;
}

export const caseTypo: SideRule = {
  id: 'case-typo',
  scope: 'side',
  description: 'A capital inside a word (`KIm`, `NguYễn`, `NAtO`) that the text writes in a normal case elsewhere.',
  docs:
    'Mixed case inside a word is a typing slip when the text writes the same letters elsewhere in a normal ' +
    'case (lower case, capitalised or all capitals: `Kim`, `nguyễn`, `NATO`). A Vietnamese syllable never ' +
    'takes an inner capital; other words are reported only in the shapes of a slip (`NGuyen`, `NAtO`), so ' +
    'units, brands and acronym plurals (`MHz`, `iPhone`, `YouTube`, `TVs`) stay quiet, and a correct form is ' +
    'never reported. The fix changes letter case, so it is offered but not applied by "fix all".',
  defaultSeverity: 'warning',
  fix: 'explicit',
  tags: ['typo', 'side'],
  local: true,
  check(side, ctx) {
    const source = side.text;
    const candidates: { start: number; end: number; word: string }[] = [];
    regionWords(side, (start, end) => {
      // candidates only: an upper-case letter after the first letter, with a lower-case one somewhere
      // three letters at least: two-letter units (`mA`, `kW`) are written that way on purpose
      if (end - start < 3) return;
      let inner = false;
      let low = false;
      for (let k = start; k < end; k++) {
        const codeFlags = flagsAt(source, k);
        if (codeFlags & UPPER && k > start) inner = true;
        if (codeFlags & LOWER) low = true;
      }
      if (!inner || !low) return;
      if ((start > 0 && flagsAt(source, start - 1) & DIGIT) || (end < source.length && flagsAt(source, end) & DIGIT)) return;
      const word = source.slice(start, end).normalize('NFC');
      if (shapeOf(word) === 'odd' && slipShape(word)) candidates.push({ start, end, word });
    });
    if (!candidates.length) return;
    // the shapes in which the text writes each candidate's letters
    const wanted = new Map<string, Set<Shape>>();
    for (const candidate of candidates) wanted.set(candidate.word.toLowerCase(), new Set());
    // evidence from the whole document (both sides of a one-file pair; a window re-checked after an edit
    // sees the same evidence as the full check)
    forEachWord(source, 0, source.length, (start, end) => {
      const candidateWord = source.slice(start, end).normalize('NFC');
      const shapes = wanted.get(candidateWord.toLowerCase());
      if (shapes) shapes.add(shapeOf(candidateWord));
    });
    for (const { start, end, word } of candidates) {
      const right = suggestion(word, wanted.get(word.toLowerCase())!);
      if (!right) continue;
      ctx.report({
        message: `"${word}" has a capital inside the word; the text elsewhere writes "${right}"`,
        uri: side.uri,
        span: { start, end },
        data: { suggestion: right },
        fixes: [{ title: `Change to "${right}"`, edits: [{ uri: side.uri, start, end, newText: right }], safe: false }],
      });
    }
  },
};
