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

/** Beads as [a0, a1, b0, b1) unit ranges of the training pairs. */
export function learnLexicon(
  fa: UnitFeatures,
  fb: UnitFeatures,
  stemCount: number,
  pairs: ReadonlyArray<readonly [number, number, number, number]>,
  opts: LexiconOptions = DEFAULT_LEXICON_OPTIONS,
  /** Links known beforehand (a user's dictionary), as flat (A stem, B stem) pairs. */
  givenLinks: readonly number[] = [],
): Lexicon {
  const nb = pairs.length;
  // unique stems per bead, per side (CSR)
  const seenA = new Int32Array(stemCount).fill(-1);
  const seenB = new Int32Array(stemCount).fill(-1);
  const uniq = (f: UnitFeatures, u0: number, u1: number, bead: number, out: number[], seen: Int32Array) => {
    for (let k = f.tokStart[u0]; k < f.tokStart[u1]; k++) {
      const s = f.tokStem[k];
      if (seen[s] !== bead) {
        seen[s] = bead;
        out.push(s);
      }
    }
  };
  const aList: number[] = [];
  const aStartB = new Int32Array(nb + 1);
  const bList: number[] = [];
  const bStartB = new Int32Array(nb + 1);
  for (let t = 0; t < nb; t++) {
    const [a0, a1, b0, b1] = pairs[t];
    aStartB[t] = aList.length;
    uniq(fa, a0, a1, t, aList, seenA);
    bStartB[t] = bList.length;
    uniq(fb, b0, b1, t, bList, seenB);
  }
  aStartB[nb] = aList.length;
  bStartB[nb] = bList.length;
  const fA = new Int32Array(stemCount);
  const fB = new Int32Array(stemCount);
  for (const s of aList) fA[s]++;
  for (const s of bList) fB[s]++;
  // inverted lists: beads of each A stem
  const invOff = new Int32Array(stemCount + 1);
  for (const s of aList) invOff[s + 1]++;
  for (let s = 0; s < stemCount; s++) invOff[s + 1] += invOff[s];
  const inv = new Int32Array(aList.length);
  const fill = invOff.slice(0, stemCount);
  for (let t = 0; t < nb; t++) for (let k = aStartB[t]; k < aStartB[t + 1]; k++) inv[fill[aList[k]]++] = t;

  const cnt = new Int32Array(stemCount);
  const touched = new Int32Array(stemCount);
  const links: number[] = []; // flat (a, b) pairs
  const maxP = opts.maxPartners;
  const topB = new Int32Array(maxP);
  const topD = new Float64Array(maxP);
  for (let a = 0; a < stemCount; a++) {
    if (fA[a] < opts.minCount) continue;
    let nt = 0;
    for (let r = invOff[a]; r < invOff[a + 1]; r++) {
      const t = inv[r];
      for (let k = bStartB[t]; k < bStartB[t + 1]; k++) {
        const b = bList[k];
        if (cnt[b] === 0) touched[nt++] = b;
        cnt[b]++;
      }
    }
    // keep the maxPartners best partners by Dice (ties: first seen), above the thresholds
    let nTop = 0;
    for (let x = 0; x < nt; x++) {
      const b = touched[x];
      const c = cnt[b];
      cnt[b] = 0;
      if (c < opts.minCount) continue;
      const dice = (2 * c) / (fA[a] + fB[b]);
      if (dice < opts.minDice) continue;
      if (nTop === maxP && dice <= topD[maxP - 1]) continue;
      let y = nTop < maxP ? nTop++ : maxP - 1;
      while (y > 0 && topD[y - 1] < dice) {
        topD[y] = topD[y - 1];
        topB[y] = topB[y - 1];
        y--;
      }
      topD[y] = dice;
      topB[y] = b;
    }
    for (let y = 0; y < nTop; y++) links.push(a, topB[y]);
  }
  for (const stem of givenLinks) links.push(stem);
  return toCsr(links, stemCount);
}

function toCsr(links: number[], stemCount: number): Lexicon {
  const nl = links.length / 2;
  const aOff = new Int32Array(stemCount + 1);
  const bOff = new Int32Array(stemCount + 1);
  for (let k = 0; k < nl; k++) {
    aOff[links[2 * k] + 1]++;
    bOff[links[2 * k + 1] + 1]++;
  }
  for (let s = 0; s < stemCount; s++) {
    aOff[s + 1] += aOff[s];
    bOff[s + 1] += bOff[s];
  }
  const aTo = new Int32Array(nl);
  const bTo = new Int32Array(nl);
  const af = aOff.slice(0, stemCount);
  const bf = bOff.slice(0, stemCount);
  for (let k = 0; k < nl; k++) {
    const a = links[2 * k];
    const b = links[2 * k + 1];
    aTo[af[a]++] = b;
    bTo[bf[b]++] = a;
  }
  return { aOff, aTo, bOff, bTo, size: nl };
}
