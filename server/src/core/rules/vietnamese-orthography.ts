// vietnamese-orthography: a syllable whose spelling Vietnamese does not allow (`ngệu`: ng before ê).
import type { SideRule } from './rule';
import { matchesIn } from './support/scan';
import { spellingProblem } from '../vi-syllable';

/** Words with at least one non-ASCII letter (plain-ASCII words in Vietnamese text are often loanwords: `gen`). */
const SYLLABLE = /(?<![\p{L}\p{M}\p{N}])[\p{L}\p{M}]*[^\x00-\x7f\s\p{P}\p{N}][\p{L}\p{M}]*(?![\p{L}\p{M}\p{N}])/gu;

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
  check(side, ctx) {
    if (side.lang !== 'vi') return;
    const memo = new Map<string, ReturnType<typeof spellingProblem> | null>();
    for (const { start, end, m } of matchesIn(side, SYLLABLE)) {
      const s = m[0];
      if (s.length > 8) continue;
      let p = memo.get(s);
      if (p === undefined) {
        p = spellingProblem(s) ?? null;
        memo.set(s, p);
      }
      if (!p) continue;
      ctx.report({ message: `"${s}" is not a possible Vietnamese spelling: ${p.reason}`, uri: side.uri, span: { start, end } });
    }
  },
};
