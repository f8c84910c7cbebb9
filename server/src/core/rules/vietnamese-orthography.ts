// vietnamese-orthography: a syllable whose spelling Vietnamese does not allow (`ngệu`: ng before ê).
import type { SideRule } from './rule';
import * as chars from './support/chars';
// local copies: module exports are getters under some loaders, and these run per character
const { DIGIT, flagsAt, nonAsciiLetterish, perWord, regionWords, UPPER } = chars;
import { spellingProblem, type SpellingRule } from '../vi-syllable';
import { isLexiconSyllable } from '../vi-lexicon';
import data from './data/vi-orthography.json';

const nameExempt = new Set(data.nameExempt as SpellingRule[]);

/** Any non-ASCII letter in [start, end). */
function hasNonAscii(source: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (nonAsciiLetterish(source, k)) return true;
  return false;
}

export const vietnameseOrthography: SideRule = {
  id: 'vietnamese-orthography',
  scope: 'side',
  description: 'A Vietnamese syllable with an impossible spelling (`ngệu`, `kả`, `cảc`, `kung`).',
  docs:
    'Checks each syllable, on Vietnamese sides, against the spelling rules (onsets k/gh/ngh only before ' +
    'i/e/ê, c/g/ng never before them; syllables ending in c/ch/p/t take only the sắc or nặng tone). A ' +
    'syllable in the shipped lexicon (from the MIT-licensed cspell Vietnamese dictionary) is never reported, ' +
    'and names (written with a capital) may use k before a/o/u (`Kon Tum`, `Bắc Kạn`, `Hồng Kông`; the ' +
    'exemptions are data, `rules/data/vi-orthography.json`). A word without a Vietnamese letter (`kung`, ' +
    '`nge`) is checked only in lower case among Vietnamese words, so English and foreign names stay quiet.',
  defaultSeverity: 'warning',
  tags: ['typo', 'vietnamese', 'side'],
  local: true,
  check(side, ctx) {
    if (side.lang !== 'vi') return;
    const problem = perWord(spellingProblem);
    const source = side.text;
    // a word without a Vietnamese letter waits for its right neighbour: it is reported only among
    // Vietnamese words (no foreign word beside it, a word with a Vietnamese letter on one side, or
    // lexicon syllables on both)
    type Beside = 'vi' | 'lex' | 'none' | 'foreign';
    let prev: { start: number; end: number } | undefined;
    let pending: { start: number; end: number; word: string; reason: string; left: Beside } | undefined;
    const kind = (start: number, end: number): Beside =>
      !isLexiconSyllable(source.slice(start, end)) ? 'foreign' : hasNonAscii(source, start, end) ? 'vi' : 'lex';
    const report = (start: number, end: number, word: string, reason: string) =>
      ctx.report({ message: `"${word}" is not a possible Vietnamese spelling: ${reason}`, uri: side.uri, span: { start, end } });
    const nextTo = (a: { end: number }, b: { start: number }) => /^[ \t_]+$/.test(source.slice(a.end, b.start));
    const settle = (right: Beside) => {
      if (!pending) return;
      const { left } = pending;
      if (left !== 'foreign' && right !== 'foreign' && (left === 'vi' || right === 'vi' || (left === 'lex' && right === 'lex'))) report(pending.start, pending.end, pending.word, pending.reason);
      pending = undefined;
    };
    regionWords(side, (start, end) => {
      if (pending) settle(nextTo(pending, { start }) ? kind(start, end) : 'none');
      const before = prev;
      prev = { start, end };
      // at most 8 code units, not touching a digit
      if (end - start > 8 || (start > 0 && flagsAt(source, start - 1) & DIGIT) || (end < source.length && flagsAt(source, end) & DIGIT)) return;
      const word = source.slice(start, end);
      const found = problem(word);
      if (!found || isLexiconSyllable(word)) return;
      const capital = (flagsAt(source, start) & UPPER) !== 0;
      if (capital && nameExempt.has(found.rule)) return;
      if (hasNonAscii(source, start, end)) {
        report(start, end, word, found.reason);
        return;
      }
      if (capital || found.rule === 'stop-coda-tone') return;
      pending = { start, end, word, reason: found.reason, left: before && nextTo(before, { start }) ? kind(before.start, before.end) : 'none' };
    });
    settle('none');
  },
};
