import type { LinePair, LinePairRule, LineReport } from '../rule';

/** An empty or missing line on one side (or both): nothing to translate, or a lost translation. */
export const lineEmpty: LinePairRule = {
  id: 'line-empty',
  scope: 'line-pair',
  description: 'A line pair with an empty side (one-sided) or both sides empty.',
  docs:
    'In a line-aligned corpus every line N of one file translates line N of the other. An empty line on one ' +
    'side means a lost or missing translation (or a blank line inserted on one side only, which shifts every ' +
    'line after it); a pair with both sides empty carries nothing. Remove the pair, or restore the missing ' +
    'line, then check the lines after it for a shift.',
  defaultSeverity: 'error',
  tags: ['corpus'],
  order: 'guard',
  checkLine(pair) {
    if (pair.absent?.why === 'no-tab') return [{ side: 'b', message: 'no tab in the input line: {B} is missing' }];
    const reports = emptySides(pair);
    if (pair.absent) {
      // The file of that side ended: say so rather than "empty line".
      const file = pair.absent.side === 'a' ? '{A}' : '{B}';
      for (const report of reports) report.message = `no line ${pair.line + 1} in ${file} (it has fewer lines): one-sided pair`;
    }
    return reports;
  },
};

function emptySides(pair: LinePair): LineReport[] {
  const emptyA = pair.a.trim() === '';
  const emptyB = pair.b.trim() === '';
  if (emptyA && emptyB) return [{ side: 'both', message: 'both sides are empty', data: { kind: 'both' } }];
  if (emptyA) return [{ side: 'a', message: 'empty line in {A}; {B} has text (one-sided pair)', data: { kind: 'a' } }];
  if (emptyB) return [{ side: 'b', message: 'empty line in {B}; {A} has text (one-sided pair)', data: { kind: 'b' } }];
  return [];
}
