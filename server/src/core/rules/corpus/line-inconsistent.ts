import { ConsistencyTable } from '../../corpus/consistency';
import { sourceKeyHashes, targetKeyHash } from '../../corpus/hash';
import type { LinePairRule } from '../rule';

/**
 * The same source line translated differently elsewhere in the corpus. Each checked line's source and
 * translation are hashed where the line is checked (`digest`, on a worker); the bounded-memory table of
 * `core/corpus/consistency.ts` then sees the digests in line order (`line`) and reports a later line
 * with the same source and another translation.
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
  tags: ['corpus'],
  options: {
    minChars: { type: 'integer', default: 20, min: 0 },
    tableSlots: { type: 'integer', default: 1 << 21, min: 1 },
  },
  corpus: {
    digest(pair, options, found, out, slot) {
      // An empty or overlong line is no translation to compare.
      if (found.includes('line-empty') || found.includes('line-too-long')) return false;
      const [sourceHigh, sourceLow, length] = sourceKeyHashes(pair.a);
      if (length < (options.minChars as number)) return false;
      out[slot] = sourceHigh;
      out[slot + 1] = sourceLow | 1;
      out[slot + 2] = targetKeyHash(pair.b);
      return true;
    },
    begin(options) {
      return new ConsistencyTable(options.tableSlots as number);
    },
    line(table: ConsistencyTable, line, digest, slot, report) {
      const hit = table.observe(line, digest[slot], digest[slot + 1], digest[slot + 2]);
      if (!hit) return;
      report({
        line,
        side: 'b',
        message: `{A} is the same as on line ${hit.firstLine + 1}, but the translation differs`,
        data: { firstLine: hit.firstLine + 1 },
      });
    },
    summary(table: ConsistencyTable) {
      if (!table.dropped) return undefined;
      return `the inconsistency table was full; ${table.dropped.toLocaleString('en-US')} later source lines were not remembered`;
    },
  },
};
