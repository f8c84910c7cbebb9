// case-typo: a capital inside a word (`KIm`) where the text spells the same word right elsewhere.
import type { SideRule } from './rule';
import { matchesIn, regionText } from './support/scan';

const WORD = /(?<![\p{L}\p{M}\p{N}])[\p{L}\p{M}]+(?![\p{L}\p{M}\p{N}])/gu;
/** Candidates only: two capitals then a lower-case letter, as a whole word. */
const MIXED = /(?<![\p{L}\p{M}\p{N}])\p{Lu}{2,}\p{Ll}[\p{L}\p{M}]*(?![\p{L}\p{M}\p{N}])/gu;

function titleCase(w: string): string {
  return w.charAt(0).toLocaleUpperCase() + w.slice(1).toLocaleLowerCase();
}

/** Two or more capitals then lower case (`KIm`, `NGuyen`), not an acronym plural (`TVs`) or unit (`MHz`-like short). */
function looksMixed(w: string): boolean {
  const m = /^(\p{Lu}{2,})(\p{Ll}[\p{Ll}\p{M}]*)$/u.exec(w.normalize('NFC'));
  return !!m && m[2] !== 's';
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
  tags: ['typo', 'side'],
  check(side, ctx) {
    let words: Set<string> | undefined;
    for (const { start, end, m } of matchesIn(side, MIXED)) {
      const w = m[0];
      if (!looksMixed(w)) continue;
      words ??= new Set(regionText(side).normalize('NFC').match(WORD) ?? []);
      const right = titleCase(w.normalize('NFC'));
      if (!words.has(right)) continue;
      ctx.report({
        message: `"${w}" has a capital inside the word; the text elsewhere writes "${right}"`,
        uri: side.uri,
        span: { start, end },
        data: { suggestion: right },
        fixes: [{ title: `Change to "${right}"`, edits: [{ uri: side.uri, start, end, newText: right }], safe: false }],
      });
    }
  },
};
