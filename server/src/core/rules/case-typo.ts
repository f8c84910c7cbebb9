// case-typo: a capital inside a word (`KIm`) where the text spells the same word right elsewhere.
import type { SideRule } from './rule';
import { regionText } from './support/scan';
import { looksMixed, titleCase } from './support/case';
import * as chars from './support/chars';
// local copies: module exports are getters under some loaders, and these run per character
const { DIGIT, flagsAt, forEachWord, regionWords, UPPER } = chars;

function wordSet(text: string): Set<string> {
  const out = new Set<string>();
  forEachWord(text, 0, text.length, (s, e) => {
    out.add(text.slice(s, e));
  });
  return out;
}

export const caseTypo: SideRule = {
  id: 'case-typo',
  scope: 'side',
  description: 'A capital inside a word (`KIm`) that the text spells right elsewhere (`Kim`).',
  docs:
    'Mixed case inside a word is a typing slip when the same word appears elsewhere in the text with ' +
    'normal capitalisation. Only then is it reported, so acronyms and brand names stay quiet. The fix ' +
    'changes letter case, so it is offered but not applied by "fix all".',
  defaultSeverity: 'warning',
  fix: 'explicit',
  tags: ['typo', 'side'],
  check(side, ctx) {
    let words: Set<string> | undefined;
    const t = side.text;
    regionWords(side, (start, end) => {
      // candidates only: two capitals then a lower-case letter, as a whole word (no digit beside it)
      if (end - start < 3 || !(flagsAt(t, start) & UPPER) || !(flagsAt(t, start + 1) & UPPER)) return;
      if ((start > 0 && flagsAt(t, start - 1) & DIGIT) || (end < t.length && flagsAt(t, end) & DIGIT)) return;
      const w = t.slice(start, end);
      if (!looksMixed(w)) return;
      words ??= wordSet(regionText(side).normalize('NFC'));
      const right = titleCase(w.normalize('NFC'));
      if (!words.has(right)) return;
      ctx.report({
        message: `"${w}" has a capital inside the word; the text elsewhere writes "${right}"`,
        uri: side.uri,
        span: { start, end },
        data: { suggestion: right },
        fixes: [{ title: `Change to "${right}"`, edits: [{ uri: side.uri, start, end, newText: right }], safe: false }],
      });
    });
  },
};
