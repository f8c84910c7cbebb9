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
    const source = side.text;
    const { start: regionStart, end: regionEnd } = side.region;
    const edge = (offset: number) => offset >= regionStart && offset < regionEnd && ((flagsAt(source, offset) & (LETTER | MARK | DIGIT)) !== 0 || source.charCodeAt(offset) === 95);
    let prevStart = -1;
    let prevEnd = -1;
    regionWords(side, (start, end) => {
      const prevWordStart = prevStart;
      const prevWordEnd = prevEnd;
      prevStart = start;
      prevEnd = end;
      // the previous word, then only spaces or tabs, then the same word (any case), no digit or `_` around
      if (prevWordStart < 0 || end - start !== prevWordEnd - prevWordStart || start === prevWordEnd || edge(prevWordStart - 1) || edge(end)) return;
      for (let k = prevWordEnd; k < start; k++) if (source.charCodeAt(k) !== 32 && source.charCodeAt(k) !== 9) return;
      const first = source.slice(prevWordStart, prevWordEnd);
      const second = source.slice(start, end);
      const lowered = first.toLowerCase();
      if (lowered !== second.toLowerCase()) return;
      prevStart = -1; // a third copy does not pair with the second
      if (only ? !only.includes(lowered) : allowed.has(lowered)) return;
      if (first.length === 1 && !/^\p{L}$/u.test(first)) return;
      ctx.report({
        message: `"${first}" is repeated`,
        uri: side.uri,
        span: { start: prevWordStart, end },
        fixes: [{ title: `Delete the second "${second}"`, edits: [{ uri: side.uri, start: prevWordEnd, end, newText: '' }], safe: false }],
      });
    });
  },
};
