// doubled-word: the same word twice in a row (`the the`), minding reduplication in languages that use it.
import type { SideRule } from './rule';
import * as chars from './support/chars';
// local copies: module exports are getters under some loaders, and these run per character
const { DIGIT, flagsAt, LETTER, MARK, regionWords } = chars;
import data from './data/doubled-words.json';

const allow = data.allow as Record<string, string[]>;
const onlyThese = data.onlyThese as Record<string, string[]>;

export const doubledWord: SideRule = {
  id: 'doubled-word',
  scope: 'side',
  description: 'The same word twice in a row (`the the`).',
  docs:
    'A word typed twice. Words that are rightly doubled (`had had`, Hungarian `is is`) are allowed, and in ' +
    'languages with reduplication (Vietnamese `từ từ`, `dần dần`) only function words are checked. The fix ' +
    'deletes a word, so it is offered but never applied by "fix all".',
  defaultSeverity: 'warning',
  fix: 'explicit',
  tags: ['typo', 'side'],
  local: true,
  check(side, ctx) {
    const only = onlyThese[side.lang];
    const allowed = new Set((allow[side.lang] ?? []).map((w) => w.toLowerCase()));
    const t = side.text;
    const { start: lo, end: hi } = side.region;
    const edge = (k: number) => k >= lo && k < hi && ((flagsAt(t, k) & (LETTER | MARK | DIGIT)) !== 0 || t.charCodeAt(k) === 95);
    let prevStart = -1;
    let prevEnd = -1;
    regionWords(side, (start, end) => {
      const ps = prevStart;
      const pe = prevEnd;
      prevStart = start;
      prevEnd = end;
      // the previous word, then only spaces or tabs, then the same word (any case), no digit or `_` around
      if (ps < 0 || end - start !== pe - ps || start === pe || edge(ps - 1) || edge(end)) return;
      for (let k = pe; k < start; k++) if (t.charCodeAt(k) !== 32 && t.charCodeAt(k) !== 9) return;
      const first = t.slice(ps, pe);
      const second = t.slice(start, end);
      const w = first.toLowerCase();
      if (w !== second.toLowerCase()) return;
      prevStart = -1; // a third copy does not pair with the second
      if (only ? !only.includes(w) : allowed.has(w)) return;
      if (first.length === 1 && !/^\p{L}$/u.test(first)) return;
      ctx.report({
        message: `"${first}" is repeated`,
        uri: side.uri,
        span: { start: ps, end },
        fixes: [{ title: `Delete the second "${second}"`, edits: [{ uri: side.uri, start: pe, end, newText: '' }], safe: false }],
      });
    });
  },
};
