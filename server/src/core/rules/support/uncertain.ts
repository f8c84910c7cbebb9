// Stretches where the aligner is unsure: runs of sentence beads whose confidence (the bead's posterior
// probability, core/align) is low. uncertain-alignment reports each stretch once; missing-translation
// leaves the unpaired sentences inside one alone, so an unsure stretch is one finding, not a wall.
import type { Bead } from '../../types';

export interface UncertainStretch {
  /** Index range [first, last] into pair.sentenceBeads. */
  firstBead: number;
  lastBead: number;
}

/**
 * Runs of at least `minBeads` consecutive sentence beads, each with confidence below `threshold`
 * (a sure bead in between ends a run). Beads with both sides empty do not occur.
 */
export function uncertainStretches(beads: readonly Bead[], threshold: number, minBeads: number): UncertainStretch[] {
  const out: UncertainStretch[] = [];
  let start = -1;
  for (let k = 0; k <= beads.length; k++) {
    const unsure = k < beads.length && beads[k].confidence < threshold;
    if (unsure && start < 0) start = k;
    if (!unsure && start >= 0) {
      if (k - start >= minBeads) out.push({ firstBead: start, lastBead: k - 1 });
      start = -1;
    }
  }
  return out;
}

/** Per sentence of one side: whether it lies in an uncertain stretch. */
export function sentencesInStretches(beads: readonly Bead[], stretches: readonly UncertainStretch[], key: 'a' | 'b', sentenceCount: number): Uint8Array {
  const inside = new Uint8Array(sentenceCount);
  for (const stretch of stretches) {
    for (let k = stretch.firstBead; k <= stretch.lastBead; k++) for (const i of beads[k][key]) inside[i] = 1;
  }
  return inside;
}

/** The defaults both rules use, so they agree on what a stretch is. */
export const UNCERTAIN_DEFAULTS = { threshold: 0.5, minBeads: 3 };
