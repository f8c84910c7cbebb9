// vietnamese-orthography: a syllable whose spelling Vietnamese does not allow (`ngệu`: ng before ê).
import type { SideRule } from './rule';
import * as chars from './support/chars';
// local copies: module exports are getters under some loaders, and these run per character
const { DIGIT, flagsAt, nonAsciiLetterish, perWord, regionWords } = chars;
import { spellingProblem } from '../vi-syllable';


export const vietnameseOrthography: SideRule = {
  id: 'vietnamese-orthography',
  scope: 'side',
  description: 'A Vietnamese syllable with an impossible spelling (`ngệu`, `kả`, `cảc`).',
  docs:
    'Checks each syllable with a diacritic, on Vietnamese sides, against the spelling rules (onsets k/gh/ngh ' +
    'only before i/e/ê, c/g/ng never before them; syllables ending in c/ch/p/t take only the sắc or nặng ' +
    'tone). No dictionary: foreign words and names without Vietnamese letters are left alone.',
  defaultSeverity: 'warning',
  tags: ['typo', 'vietnamese', 'side'],
  local: true,
  check(side, ctx) {
    if (side.lang !== 'vi') return;
    const problem = perWord(spellingProblem);
    const t = side.text;
    regionWords(side, (start, end) => {
      // a word with at least one non-ASCII letter, not touching a digit, at most 8 code units
      if (end - start > 8 || (start > 0 && flagsAt(t, start - 1) & DIGIT) || (end < t.length && flagsAt(t, end) & DIGIT)) return;
      let k = start;
      while (k < end && !nonAsciiLetterish(t, k)) k++;
      if (k === end) return;
      const s = t.slice(start, end);
      const p = problem(s);
      if (!p) return;
      ctx.report({ message: `"${s}" is not a possible Vietnamese spelling: ${p.reason}`, uri: side.uri, span: { start, end } });
    });
  },
};
