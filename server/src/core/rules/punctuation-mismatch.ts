// punctuation-mismatch: unbalanced brackets or quotes on one side only, `?` or `!` on one side only.
import type { PairRule } from './rule';
import type { Bead } from '../types';
import { beadPlace, other, roles, sideName, unitText, type Key } from './support/pair';

function bracketsBalanced(source: string): boolean {
  const count = (re: RegExp) => (source.match(re) ?? []).length;
  return count(/\(/g) === count(/\)/g) && count(/\[/g) === count(/\]/g);
}

/** Balanced, unbalanced, or no quotation marks at all (dialogue may use dashes instead). */
function quotes(source: string): 'none' | 'balanced' | 'unbalanced' {
  const folded = source.replace(/’’/g, '”').replace(/‘‘/g, '“');
  const doubleQuotes = (folded.match(/["“”„‟]/g) ?? []).length;
  const open = (folded.match(/«/g) ?? []).length;
  const close = (folded.match(/»/g) ?? []).length;
  if (!doubleQuotes && !open && !close) return 'none';
  return doubleQuotes % 2 === 0 && open === close ? 'balanced' : 'unbalanced';
}

function finalMark(source: string): string {
  const found = /([?!])[\s"”’»)\]]*$/u.exec(source);
  return found ? found[1] : '';
}

export const punctuationMismatch: PairRule = {
  id: 'punctuation-mismatch',
  scope: 'pair',
  description: 'Unbalanced brackets or quotes on one side only; a question or exclamation on one side only.',
  docs:
    'Brackets are compared per aligned sentence pair and quotes per aligned paragraph group (a quotation ' +
    'often spans sentences; a side with no marks at all may use dashes for dialogue): one side balanced and the other not points at a lost mark. A sentence ending ' +
    'in `?` (or `!`, with the `exclamation` option) whose counterpart does not is reported as a hint: literary translators often turn questions into statements.',
  defaultSeverity: 'info',
  tags: ['punctuation', 'pair'],
  local: true,
  options: { exclamation: { type: 'boolean', default: false } },
  check(pair, ctx) {
    const sideKey: Key = roles(pair)?.trans ?? 'b';
    const otherKey = other(sideKey);
    const report = (bead: Bead, unit: 'sentences' | 'paragraphs', message: string, severity?: 'hint') =>
      ctx.report({
        message,
        ...(severity ? { severity } : {}),
        ...beadPlace(pair, sideKey, unit, bead),
      });
    for (const bead of pair.sentenceBeads) {
      if (!bead.a.length || !bead.b.length) continue;
      const sideText = unitText(pair[sideKey], 'sentences', bead[sideKey]);
      const otherText = unitText(pair[otherKey], 'sentences', bead[otherKey]);
      const sideBalanced = bracketsBalanced(sideText);
      if (sideBalanced !== bracketsBalanced(otherText)) report(bead, 'sentences', `brackets are unbalanced in ${sideName(pair, sideBalanced ? otherKey : sideKey)} only`);
      const sideMark = finalMark(sideText);
      const otherMark = finalMark(otherText);
      if (sideMark !== otherMark && (sideMark === '?' || otherMark === '?' || ctx.options.exclamation)) {
        const [has, lacks] = sideMark ? [sideKey, otherKey] : [otherKey, sideKey];
        // literary translation turns questions into statements often: a hint, not a warning
        report(bead, 'sentences', `"${sideMark || otherMark}" ends ${sideName(pair, has)} but not ${sideName(pair, lacks)}`, 'hint');
      }
    }
    for (const bead of pair.paragraphBeads) {
      if (!bead.a.length || !bead.b.length) continue;
      const sideQuotes = quotes(unitText(pair[sideKey], 'paragraphs', bead[sideKey]));
      const otherQuotes = quotes(unitText(pair[otherKey], 'paragraphs', bead[otherKey]));
      // both sides must quote: a side without any marks may use dashes for dialogue
      if (sideQuotes !== 'none' && otherQuotes !== 'none' && sideQuotes !== otherQuotes) {
        report(bead, 'paragraphs', `quotation marks are unbalanced in ${sideName(pair, sideQuotes === 'balanced' ? otherKey : sideKey)} only`);
      }
    }
  },
};
