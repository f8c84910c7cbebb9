// punctuation-mismatch: unbalanced brackets or quotes on one side only, `?` or `!` on one side only.
import type { PairRule } from './rule';
import type { Bead } from '../types';
import { beadPlace, other, roles, sideName, unitText, type Key } from './support/pair';

function bracketsBalanced(t: string): boolean {
  const count = (re: RegExp) => (t.match(re) ?? []).length;
  return count(/\(/g) === count(/\)/g) && count(/\[/g) === count(/\]/g);
}

/** Balanced, unbalanced, or no quotation marks at all (dialogue may use dashes instead). */
function quotes(t: string): 'none' | 'balanced' | 'unbalanced' {
  const s = t.replace(/’’/g, '”').replace(/‘‘/g, '“');
  const dq = (s.match(/["“”„‟]/g) ?? []).length;
  const open = (s.match(/«/g) ?? []).length;
  const close = (s.match(/»/g) ?? []).length;
  if (!dq && !open && !close) return 'none';
  return dq % 2 === 0 && open === close ? 'balanced' : 'unbalanced';
}

function finalMark(t: string): string {
  const m = /([?!])[\s"”’»)\]]*$/u.exec(t);
  return m ? m[1] : '';
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
    const k: Key = roles(pair)?.trans ?? 'b';
    const o = other(k);
    const report = (bead: Bead, unit: 'sentences' | 'paragraphs', message: string, severity?: 'hint') =>
      ctx.report({
        message,
        ...(severity ? { severity } : {}),
        ...beadPlace(pair, k, unit, bead),
      });
    for (const bead of pair.sentenceBeads) {
      if (!bead.a.length || !bead.b.length) continue;
      const tk = unitText(pair[k], 'sentences', bead[k]);
      const to = unitText(pair[o], 'sentences', bead[o]);
      const bk = bracketsBalanced(tk);
      if (bk !== bracketsBalanced(to)) report(bead, 'sentences', `brackets are unbalanced in ${sideName(pair, bk ? o : k)} only`);
      const mk = finalMark(tk);
      const mo = finalMark(to);
      if (mk !== mo && (mk === '?' || mo === '?' || ctx.options.exclamation)) {
        const [has, lacks] = mk ? [k, o] : [o, k];
        // literary translation turns questions into statements often: a hint, not a warning
        report(bead, 'sentences', `"${mk || mo}" ends ${sideName(pair, has)} but not ${sideName(pair, lacks)}`, 'hint');
      }
    }
    for (const bead of pair.paragraphBeads) {
      if (!bead.a.length || !bead.b.length) continue;
      const qk = quotes(unitText(pair[k], 'paragraphs', bead[k]));
      const qo = quotes(unitText(pair[o], 'paragraphs', bead[o]));
      // both sides must quote: a side without any marks may use dashes for dialogue
      if (qk !== 'none' && qo !== 'none' && qk !== qo) {
        report(bead, 'paragraphs', `quotation marks are unbalanced in ${sideName(pair, qk === 'balanced' ? o : k)} only`);
      }
    }
  },
};
