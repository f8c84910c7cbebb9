import type { LinePairRule, LineReport } from '../rule';
import { compareNumbers, extractNumbers } from '../support/numbers';

/** Numbers that differ between the two sides, read in either locale (1.000 = 1,000; 3,5 = 3.5). */
export const lineNumberMismatch: LinePairRule = {
  id: 'line-number-mismatch',
  scope: 'line-pair',
  description: 'A number on one side has no counterpart on the other (locale-aware: 1.000 = 1,000, 3,5 = 3.5).',
  docs:
    'Digits rarely change in translation. Each number is read both ways a locale may write it (a dot or comma ' +
    'as thousands grouping or as the decimal mark), and numbers are matched one to one by a shared reading. ' +
    'Numbers glued to letters (A4, G-22) are ignored, ordinals (50th) kept, and with `skipOutline` (default on) a heading label at the start of a line (1.2.3, a lone 1.) is not compared. A number written as a word on the other side is reported ' +
    'too: write both the same way, or accept the finding.',
  defaultSeverity: 'warning',
  tags: ['corpus'],
  options: { skipOutline: { type: 'boolean', default: true } },
  checkLine(pair, options) {
    if (!/\d/.test(pair.a) && !/\d/.test(pair.b)) return [];
    const outline = options.skipOutline !== false;
    const numbersA = extractNumbers(pair.a, { skipOutline: outline, lang: pair.langA });
    const numbersB = extractNumbers(pair.b, { skipOutline: outline, lang: pair.langB });
    if (numbersA.length === 0 && numbersB.length === 0) return [];
    const { onlyA, onlyB } = compareNumbers(numbersA, numbersB);
    if (onlyA.length === 0 && onlyB.length === 0) return [];
    const list = (t: typeof onlyA) => t.map((x) => x.text).join(', ');
    const parts: string[] = [];
    if (onlyA.length) parts.push(`${list(onlyA)} only in {A}`);
    if (onlyB.length) parts.push(`${list(onlyB)} only in {B}`);
    const side: LineReport['side'] = onlyA.length && onlyB.length ? 'both' : onlyA.length ? 'a' : 'b';
    const first = onlyA[0] ?? onlyB[0];
    return [
      {
        side,
        message: `numbers differ: ${parts.join('; ')}`,
        span: { start: first.start, end: first.end },
        data: { onlyA: onlyA.map((x) => x.text), onlyB: onlyB.map((x) => x.text) },
      },
    ];
  },
};
