// uncertain-alignment: a stretch where the aligner is unsure which sentences translate which, reported
// once ("alignment uncertain in paragraphs 12–15") instead of as a wall of missing-translation findings.
import type { PairRule } from './rule';
import type { Side } from '../types';
import { roles, sideName, unitSpan, type Key } from './support/pair';
import { UNCERTAIN_DEFAULTS, uncertainStretches } from './support/uncertain';

function paragraphRange(side: Side, sentences: readonly number[]): string {
  const first = side.seg.sentences[sentences[0]].paragraph + 1;
  const last = side.seg.sentences[sentences[sentences.length - 1]].paragraph + 1;
  return first === last ? `paragraph ${first}` : `paragraphs ${first}–${last}`;
}

export const uncertainAlignment: PairRule = {
  id: 'uncertain-alignment',
  scope: 'pair',
  description: 'A stretch of sentences whose alignment is uncertain (reported once per stretch).',
  docs:
    'Each sentence bead has a confidence: the share of all plausible alignments of the pair that contain ' +
    'it (length, shared numbers and names, and word correspondences learned from the pair itself). Where ' +
    '`minBeads` or more beads in a row fall below `threshold`, the stretch is reported once, on the ' +
    'translation (on the first file when the pair does not say which is the translation), with the ' +
    'counterpart stretch as related information. Sentences there may be paired wrongly or reported ' +
    'unpaired by mistake, so missing-translation stays silent inside it. Check the stretch by eye, or ' +
    'link the sentences by hand.',
  defaultSeverity: 'info',
  tags: ['alignment', 'pair'],
  options: {
    threshold: { type: 'number', default: UNCERTAIN_DEFAULTS.threshold, min: 0, max: 1 },
    minBeads: { type: 'integer', default: UNCERTAIN_DEFAULTS.minBeads, min: 1 },
  },
  check(pair, ctx) {
    const threshold = ctx.options.threshold as number;
    const minBeads = ctx.options.minBeads as number;
    const key: Key = roles(pair)?.trans ?? 'a';
    const otherKey: Key = key === 'a' ? 'b' : 'a';
    for (const stretch of uncertainStretches(pair.sentenceBeads, threshold, minBeads)) {
      const beads = pair.sentenceBeads.slice(stretch.firstBead, stretch.lastBead + 1);
      const mine = beads.flatMap((bead) => bead[key]);
      const theirs = beads.flatMap((bead) => bead[otherKey]);
      if (!mine.length) continue;
      const side = pair[key];
      const related = theirs.length
        ? [{ uri: pair[otherKey].uri, span: unitSpan(pair[otherKey], 'sentences', theirs), message: `the same stretch in ${sideName(pair, otherKey)}` }]
        : [];
      ctx.report({
        message: `alignment uncertain in ${paragraphRange(side, mine)} (${mine.length} sentence${mine.length === 1 ? '' : 's'}): check which sentences of ${sideName(pair, otherKey)} they translate`,
        uri: side.uri,
        span: unitSpan(side, 'sentences', mine),
        related,
        data: { sentences: mine.length, beads: beads.length, first: mine[0], side: key },
      });
    }
  },
};
