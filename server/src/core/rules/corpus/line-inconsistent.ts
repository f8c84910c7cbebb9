import type { LinePairRule } from '../rule';

/**
 * The same source line translated differently elsewhere in the corpus. Not stateless: the corpus
 * runner finds it with the bounded-memory hash table of `core/corpus/consistency.ts` (in order, in
 * the coordinator); `checkLine` of this rule finds nothing by itself. The entry holds the id,
 * documentation, options and severity for the registry.
 */
export const lineInconsistent: LinePairRule = {
  id: 'line-inconsistent',
  scope: 'line-pair',
  description: 'The same side-A line is translated differently elsewhere in the corpus.',
  docs:
    'Side A lines of at least `minChars` characters (default 20), compared after Unicode normalisation and ' +
    'space collapsing, are remembered by a 64-bit hash with a hash of their translation (case, punctuation and ' +
    'spacing ignored) in a table of fixed size (`tableSlots`, default 2^21 = 32 MiB, room for 1.5 million distinct lines; ' +
    'later new lines are not remembered and the summary says so), so memory stays bounded on any corpus. A later line with the ' +
    'same source and another translation is reported, pointing at the first. Pick one translation, or keep ' +
    'both if the context differs.',
  defaultSeverity: 'warning',
  tags: ['corpus', 'stateful'],
  defaults: { minChars: 20, tableSlots: 1 << 21 },
  checkLine() {
    return [];
  },
};
