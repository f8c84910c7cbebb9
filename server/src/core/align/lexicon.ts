// Second-pass lexicon: word correspondences learned from the confident beads of a first pass over the
// same document (the idea of Moore 2002 and hunalign's -realign), with no dictionary. Two stems are
// linked when they co-occur in paired beads much more than chance (Dice coefficient), keeping the
// few best partners of each stem. Stems are lower-cased word prefixes, so inflected forms share one.
import type { UnitFeatures } from './features';

export interface Lexicon {
  /** CSR: partners (B stems) of A stem s are aTo[aOff[s] .. aOff[s+1]). */
  aOff: Int32Array;
  aTo: Int32Array;
  /** CSR: partners (A stems) of B stem s. */
  bOff: Int32Array;
  bTo: Int32Array;
  size: number;
}

export interface LexiconOptions {
  minCount: number;
  minDice: number;
  maxPartners: number;
}

export const DEFAULT_LEXICON_OPTIONS: LexiconOptions = { minCount: 2, minDice: 0.3, maxPartners: 3 };

/** Beads as [startA, endA, startB, endB) unit ranges of the training pairs. */
export function learnLexicon(
  featuresA: UnitFeatures,
  featuresB: UnitFeatures,
  stemCount: number,
  pairs: ReadonlyArray<readonly [number, number, number, number]>,
  opts: LexiconOptions = DEFAULT_LEXICON_OPTIONS,
  /** Links known beforehand (a user's dictionary), as flat (A stem, B stem) pairs. */
  givenLinks: readonly number[] = [],
): Lexicon {
  const beadCount = pairs.length;
  // unique stems per bead, per side (CSR)
  const seenA = new Int32Array(stemCount).fill(-1);
  const seenB = new Int32Array(stemCount).fill(-1);
  const uniq = (features: UnitFeatures, firstUnit: number, endUnit: number, bead: number, out: number[], seen: Int32Array) => {
    for (let k = features.tokStart[firstUnit]; k < features.tokStart[endUnit]; k++) {
      const stem = features.tokStem[k];
      if (seen[stem] !== bead) {
        seen[stem] = bead;
        out.push(stem);
      }
    }
  };
  const aList: number[] = [];
  const aStartB = new Int32Array(beadCount + 1);
  const bList: number[] = [];
  const bStartB = new Int32Array(beadCount + 1);
  for (let bead = 0; bead < beadCount; bead++) {
    const [startA, endA, startB, endB] = pairs[bead];
    aStartB[bead] = aList.length;
    uniq(featuresA, startA, endA, bead, aList, seenA);
    bStartB[bead] = bList.length;
    uniq(featuresB, startB, endB, bead, bList, seenB);
  }
  aStartB[beadCount] = aList.length;
  bStartB[beadCount] = bList.length;
  const freqA = new Int32Array(stemCount);
  const freqB = new Int32Array(stemCount);
  for (const stem of aList) freqA[stem]++;
  for (const stem of bList) freqB[stem]++;
  // inverted lists: beads of each A stem
  const invOff = new Int32Array(stemCount + 1);
  for (const stem of aList) invOff[stem + 1]++;
  for (let stem = 0; stem < stemCount; stem++) invOff[stem + 1] += invOff[stem];
  const inv = new Int32Array(aList.length);
  const fill = invOff.slice(0, stemCount);
  for (let bead = 0; bead < beadCount; bead++) for (let k = aStartB[bead]; k < aStartB[bead + 1]; k++) inv[fill[aList[k]]++] = bead;

  const cnt = new Int32Array(stemCount);
  const touched = new Int32Array(stemCount);
  const links: number[] = []; // flat (a, b) pairs
  const maxP = opts.maxPartners;
  const topB = new Int32Array(maxP);
  const topD = new Float64Array(maxP);
  for (let stemA = 0; stemA < stemCount; stemA++) {
    if (freqA[stemA] < opts.minCount) continue;
    let touchedCount = 0;
    for (let posting = invOff[stemA]; posting < invOff[stemA + 1]; posting++) {
      const bead = inv[posting];
      for (let k = bStartB[bead]; k < bStartB[bead + 1]; k++) {
        const stemB = bList[k];
        if (cnt[stemB] === 0) touched[touchedCount++] = stemB;
        cnt[stemB]++;
      }
    }
    // keep the maxPartners best partners by Dice (ties: first seen), above the thresholds
    let nTop = 0;
    for (let touchedIndex = 0; touchedIndex < touchedCount; touchedIndex++) {
      const stemB = touched[touchedIndex];
      const together = cnt[stemB];
      cnt[stemB] = 0;
      if (together < opts.minCount) continue;
      const dice = (2 * together) / (freqA[stemA] + freqB[stemB]);
      if (dice < opts.minDice) continue;
      if (nTop === maxP && dice <= topD[maxP - 1]) continue;
      let rank = nTop < maxP ? nTop++ : maxP - 1;
      while (rank > 0 && topD[rank - 1] < dice) {
        topD[rank] = topD[rank - 1];
        topB[rank] = topB[rank - 1];
        rank--;
      }
      topD[rank] = dice;
      topB[rank] = stemB;
    }
    for (let rank = 0; rank < nTop; rank++) links.push(stemA, topB[rank]);
  }
  for (const stem of givenLinks) links.push(stem);
  return toCsr(links, stemCount);
}

function toCsr(links: number[], stemCount: number): Lexicon {
  const linkCount = links.length / 2;
  const aOff = new Int32Array(stemCount + 1);
  const bOff = new Int32Array(stemCount + 1);
  for (let k = 0; k < linkCount; k++) {
    aOff[links[2 * k] + 1]++;
    bOff[links[2 * k + 1] + 1]++;
  }
  for (let stem = 0; stem < stemCount; stem++) {
    aOff[stem + 1] += aOff[stem];
    bOff[stem + 1] += bOff[stem];
  }
  const aTo = new Int32Array(linkCount);
  const bTo = new Int32Array(linkCount);
  const fillA = aOff.slice(0, stemCount);
  const fillB = bOff.slice(0, stemCount);
  for (let k = 0; k < linkCount; k++) {
    const stemA = links[2 * k];
    const stemB = links[2 * k + 1];
    aTo[fillA[stemA]++] = stemB;
    bTo[fillB[stemB]++] = stemA;
  }
  return { aOff, aTo, bOff, bTo, size: linkCount };
}
