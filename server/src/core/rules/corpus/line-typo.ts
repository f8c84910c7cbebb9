// line-typo: the document typo checks on a corpus line: an impossible Vietnamese spelling (`ngệu`)
// on a Vietnamese side, and a capital inside a word (`KIm`) that the line pair itself spells right
// (`Kim`, on either side: names are the same in both languages).
import type { LinePairRule, LineReport } from '../rule';
import { DIGIT, flagsAt, forEachWord, nonAsciiLetterish, perWord, UPPER } from '../support/chars';
import { looksMixed, titleCase } from '../support/case';
import { sideToken } from '../support/side-names';
import { spellingProblem } from '../../vi-syllable';

const problemOf = perWord(spellingProblem);
/**
 * Somewhere in the line, perhaps: two capitals, then a lower-case letter (`KIm`). A cheap superset
 * (Latin letters by code range, no Unicode property lookups: this runs on every line of a corpus);
 * the words it lets through are checked exactly.
 */
const MIXED_CASE = /[A-Z\u00C0-\u00DE\u0100-\u024F\u1E00-\u1EFF]{2}[a-z\u00DF-\u024F\u1E00-\u1EFF]/;

function wordsOf(text: string): Set<string> {
  const out = new Set<string>();
  forEachWord(text, 0, text.length, (start, end) => {
    out.add(text.slice(start, end).normalize('NFC'));
  });
  return out;
}

export const lineTypo: LinePairRule = {
  id: 'line-typo',
  scope: 'line-pair',
  description: 'Typos on a corpus line: an impossible Vietnamese spelling (`ngệu`), a capital inside a word the pair spells right (`KIm`).',
  docs:
    'The checks of vietnamese-orthography and case-typo, per line pair: a syllable with a diacritic on a ' +
    'Vietnamese side whose spelling Vietnamese does not allow (`ngệu`, `kả`), and a word with two capitals ' +
    'then lower case (`KIm`) when the same line pair writes it with one capital (`Kim`) on either side. One ' +
    'finding per side and line, on its first typo. Fix by hand: letters are never changed automatically.',
  defaultSeverity: 'warning',
  tags: ['corpus', 'typo'],
  checkLine(pair) {
    const out: LineReport[] = [];
    let both: Set<string> | undefined;
    for (const side of ['a', 'b'] as const) {
      const text = pair[side];
      const lang = side === 'a' ? pair.langA : pair.langB;
      // most lines have neither check to run: no Vietnamese, and no two capitals before a lower-case letter
      if (lang !== 'vi' && !MIXED_CASE.test(text)) continue;
      const typos: { start: number; end: number; what: string }[] = [];
      forEachWord(text, 0, text.length, (start, end) => {
        if ((start > 0 && flagsAt(text, start - 1) & DIGIT) || (end < text.length && flagsAt(text, end) & DIGIT)) return;
        const word = text.slice(start, end);
        if (lang === 'vi' && end - start <= 8) {
          let scan = start;
          while (scan < end && !nonAsciiLetterish(text, scan)) scan++;
          const problem = scan < end ? problemOf(word) : undefined;
          if (problem) {
            typos.push({ start, end, what: `"${word}" is not a possible Vietnamese spelling (${problem.reason})` });
            return;
          }
        }
        if (end - start >= 3 && flagsAt(text, start) & UPPER && flagsAt(text, start + 1) & UPPER && looksMixed(word)) {
          both ??= new Set([...wordsOf(pair.a), ...wordsOf(pair.b)]);
          const right = titleCase(word.normalize('NFC'));
          if (both.has(right)) typos.push({ start, end, what: `"${word}" has a capital inside the word; the pair writes "${right}"` });
        }
      });
      if (!typos.length) continue;
      const more = typos.length > 1 ? ` (and ${typos.length - 1} more typo${typos.length > 2 ? 's' : ''} in this line)` : '';
      out.push({ side, message: `${sideToken(side)}: ${typos[0].what}${more}`, span: { start: typos[0].start, end: typos[0].end }, data: { typos: typos.length } });
    }
    return out;
  },
};
