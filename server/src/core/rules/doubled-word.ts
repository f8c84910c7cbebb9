// doubled-word: the same word twice in a row (`the the`), minding reduplication in languages that use it.
import type { SideRule } from './rule';
import { matchesIn } from './support/scan';
import data from './data/doubled-words.json';

const DOUBLED = /(?<![\p{L}\p{M}\p{N}_])([\p{L}\p{M}]+)([ \t]+)\1(?![\p{L}\p{M}\p{N}_])/giu;
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
  tags: ['typo', 'side'],
  check(side, ctx) {
    const only = onlyThese[side.lang];
    const allowed = new Set((allow[side.lang] ?? []).map((w) => w.toLowerCase()));
    for (const { start, end, m } of matchesIn(side, DOUBLED)) {
      const first = m[1];
      const second = side.text.slice(end - first.length, end);
      const w = first.toLowerCase();
      if (w !== second.toLowerCase() || /^\p{N}+$/u.test(w)) continue;
      if (only ? !only.includes(w) : allowed.has(w)) continue;
      if (first.length === 1 && !/^\p{L}$/u.test(first)) continue;
      ctx.report({
        message: `"${first}" is repeated`,
        uri: side.uri,
        span: { start, end },
        fixes: [{ title: `Delete the second "${second}"`, edits: [{ uri: side.uri, start: start + first.length, end, newText: '' }], safe: false }],
      });
    }
  },
};
