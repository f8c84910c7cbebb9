// Bead cost for the DP: Gale–Church length cost with the pair's length model, markup (`<p>`) only
// with markup, and, in the second pass, a reward for tokens with a counterpart in the other group
// (identical anchors; learned lexicon partners). Per-unit constants are precomputed once.
import type { CellMatches } from './anchors';
import { SHAPE_STRIDE, type BeadScorer } from './dp';
import type { UnitFeatures } from './features';
import { deltaCost, type LengthModel } from './lengthCost';
import type { AlignParams } from './units';

/** Per-unit costs that do not depend on the length model or the band: computed once per alignUnits. */
export interface UnitCosts {
  prior: Float64Array;
  delA: Float64Array;
  delB: Float64Array;
}

export function unitCosts(fa: UnitFeatures, fb: UnitFeatures, params: AlignParams): UnitCosts {
  const prior = new Float64Array(SHAPE_STRIDE * SHAPE_STRIDE).fill(1e9);
  for (const [k, v] of Object.entries(params.prior)) {
    const [p, q] = k.split('-').map(Number);
    prior[p * SHAPE_STRIDE + q] = v;
  }
  const del = (f: UnitFeatures, base: number) => {
    const n = f.len.length;
    const perLen = params.deletionPerLength / Math.max(1, f.lenSum[n] / Math.max(1, n));
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      out[i] = f.markSum[i + 1] > f.markSum[i] ? params.markupDeletion : base + perLen * f.len[i];
    }
    return out;
  };
  return { prior, delA: del(fa, prior[SHAPE_STRIDE]), delB: del(fb, prior[1]) };
}

/**
 * How much of a unit's tokens find a partner (anchor or lexicon) in its counterpart when the two
 * translate each other (`paired`: the mean over the surer half of a path's 1-1 beads) and in a unit
 * three places away (`background`). Learned per document, so "low coverage" means low for this pair.
 */
export interface CoverageStats {
  paired: number;
  background: number;
}

export function coverageStats(cm: CellMatches, fa: UnitFeatures, fb: UnitFeatures, path: ReadonlyArray<{ i0: number; j0: number; p: number; q: number; cost: number }>): CoverageStats | null {
  const coverage = (i: number, j: number): number => {
    if (i < 0 || i >= fa.len.length || j < 0 || j >= fb.len.length || j < cm.lo[i] || j > cm.hi[i]) return -1;
    const k = cm.off[i] + j - cm.lo[i];
    const tokensA = fa.tokStart[i + 1] - fa.tokStart[i];
    const tokensB = fb.tokStart[j + 1] - fb.tokStart[j];
    if (!tokensA || !tokensB) return -1;
    return (Math.min(1, cm.xa[k] / tokensA) + Math.min(1, cm.xb[k] / tokensB)) / 2;
  };
  const oneToOne = path.filter((bead) => bead.p === 1 && bead.q === 1);
  const costs = Float64Array.from(oneToOne, (bead) => bead.cost).sort();
  const limit = costs.length ? costs[Math.floor(costs.length / 2)] : 0;
  let pairedSum = 0;
  let pairedCount = 0;
  let backgroundSum = 0;
  let backgroundCount = 0;
  for (const bead of oneToOne) {
    if (bead.cost > limit) continue;
    const here = coverage(bead.i0, bead.j0);
    if (here < 0) continue;
    pairedSum += here;
    pairedCount++;
    for (const shift of [-3, 3]) {
      const away = coverage(bead.i0, bead.j0 + shift);
      if (away < 0) continue;
      backgroundSum += away;
      backgroundCount++;
    }
  }
  if (pairedCount < 5 || backgroundCount < 5) return null;
  const paired = pairedSum / pairedCount;
  const background = backgroundSum / backgroundCount;
  return paired - background >= 0.1 ? { paired, background } : null;
}

export class Scorer implements BeadScorer {
  readonly delA: Float64Array;
  readonly delB: Float64Array;
  private readonly prior: Float64Array;
  private readonly c: number;
  private readonly invC: number;
  private readonly s2: number;
  private readonly markupPair: number;
  private readonly matchWeight: number;
  private readonly lexWeight: number;
  private readonly useLex: boolean;
  constructor(
    private readonly fa: UnitFeatures,
    private readonly fb: UnitFeatures,
    model: LengthModel,
    params: AlignParams,
    uc: UnitCosts,
    private readonly cm: CellMatches | null,
    /** Per token id: 1 when it may anchor identically (Vocab.anchor); for lowerBound. */
    private readonly anchorOf: Uint8Array | null = null,
  ) {
    this.delA = uc.delA;
    this.delB = uc.delB;
    this.prior = uc.prior;
    this.c = model.c;
    this.invC = 1 / model.c;
    this.s2 = model.s2;
    this.markupPair = params.prior['1-1'] - params.markupPairBonus;
    this.matchWeight = params.matchWeight;
    this.lexWeight = params.lexWeight;
    this.useLex = !!cm && cm.hasLex;
  }

  /** Anchor-token prefix sums per side (for lowerBound): tokens that may match identically. */
  private anchorSumA: Int32Array | null = null;
  private anchorSumB: Int32Array | null = null;

  lowerBound(i0: number, j0: number, p: number, q: number): number {
    // deltaCost >= 0; the rewards are at most lexWeight and matchWeight per anchor token of the group
    let bound = this.prior[p * SHAPE_STRIDE + q];
    if (p === 1 && q === 1 && this.markupPair < bound) bound = this.markupPair; // two markup units
    if (this.cm === null) return bound;
    if (this.anchorSumA === null) {
      this.anchorSumA = anchorPrefix(this.fa, this.anchorOf);
      this.anchorSumB = anchorPrefix(this.fb, this.anchorOf);
    }
    bound -= this.matchWeight * (this.anchorSumA[i0 + p] - this.anchorSumA[i0] + this.anchorSumB![j0 + q] - this.anchorSumB![j0]);
    if (this.useLex) bound -= this.lexWeight;
    return bound;
  }

  cost(i0: number, j0: number, p: number, q: number): number {
    const fa = this.fa;
    const fb = this.fb;
    const ma = fa.markSum[i0 + p] - fa.markSum[i0];
    const mb = fb.markSum[j0 + q] - fb.markSum[j0];
    if (ma + mb > 0) {
      // markup units (`<p>`) pair only 1-1 with markup, or stay unpaired cheaply; never merge with text
      return p === 1 && q === 1 && ma === 1 && mb === 1 ? this.markupPair : 1e9;
    }
    const la = fa.lenSum[i0 + p] - fa.lenSum[i0];
    const lb = fb.lenSum[j0 + q] - fb.lenSum[j0];
    return this.pairCost(i0, j0, p, q, la, lb);
  }

  partialCost(i0: number, j0: number, p: number, q: number, partialSide: number): number {
    const fa = this.fa;
    const fb = this.fb;
    if (fa.markSum[i0 + p] - fa.markSum[i0] + fb.markSum[j0 + q] - fb.markSum[j0] > 0) return this.cost(i0, j0, p, q);
    let la = fa.lenSum[i0 + p] - fa.lenSum[i0];
    let lb = fb.lenSum[j0 + q] - fb.lenSum[j0];
    if (partialSide === 0) la = Math.max(la - fa.len[i0 + p - 1] + 1, Math.min(la, lb * this.invC));
    else lb = Math.max(lb - fb.len[j0 + q - 1] + 1, Math.min(lb, la * this.c));
    return this.pairCost(i0, j0, p, q, la, lb);
  }

  private pairCost(i0: number, j0: number, p: number, q: number, la: number, lb: number): number {
    // Gale–Church length cost (lengthCost.ts), inlined
    const dev = (lb - this.c * la) / Math.sqrt(this.s2 * 0.5 * (la + lb * this.invC));
    let c = this.prior[p * SHAPE_STRIDE + q] + deltaCost(dev < 0 ? -dev : dev);
    const cm = this.cm;
    if (cm === null) return c;
    // group evidence: for anchors, each unit counts its tokens found in the best unit of the other
    // group (a sum over the cells would count a token found in several units, e.g. quotes, once per
    // unit, and favour merging); learned partners, mostly distinct words, are summed
    let mt = 0;
    let lx = 0;
    const { lo, hi, off, va, vb, xa, xb } = cm;
    const useLex = this.useLex;
    if (p === 1 && q === 1) {
      if (j0 >= lo[i0] && j0 <= hi[i0]) {
        const k = off[i0] + j0 - lo[i0];
        mt = va[k] + vb[k];
        lx = xa[k] + xb[k];
      }
    } else {
      // each side's tokens found in the other group, counted once per token: a token of one unit
      // cannot vouch for two units of the other side (a pair of quotes in one sentence would otherwise
      // reward merging a neighbour that has its own quotes), so the group counts the smaller side twice
      let anchorsA = 0;
      let lexA = 0;
      for (let i = i0; i < i0 + p; i++) {
        let bestA = 0;
        let bestX = 0;
        const base = off[i] - lo[i];
        const j1 = Math.min(j0 + q - 1, hi[i]);
        for (let j = Math.max(j0, lo[i]); j <= j1; j++) {
          if (va[base + j] > bestA) bestA = va[base + j];
          bestX += xa[base + j];
        }
        const own = this.fa.tokStart[i + 1] - this.fa.tokStart[i];
        anchorsA += bestA;
        lexA += Math.min(bestX, own);
      }
      let anchorsB = 0;
      let lexB = 0;
      for (let j = j0; j < j0 + q; j++) {
        let bestA = 0;
        let bestX = 0;
        for (let i = i0; i < i0 + p; i++) {
          if (j < lo[i] || j > hi[i]) continue;
          const k = off[i] + j - lo[i];
          if (vb[k] > bestA) bestA = vb[k];
          bestX += xb[k];
        }
        const own = this.fb.tokStart[j + 1] - this.fb.tokStart[j];
        anchorsB += bestA;
        lexB += Math.min(bestX, own);
      }
      mt = 2 * Math.min(anchorsA, anchorsB);
      lx = lexA + lexB;
    }
    c -= this.matchWeight * mt;
    if (useLex) {
      const fa = this.fa;
      const fb = this.fb;
      const tokens = fa.tokStart[i0 + p] - fa.tokStart[i0] + fb.tokStart[j0 + q] - fb.tokStart[j0];
      if (tokens > 0) c -= this.lexWeight * Math.min(1, lx / tokens);
    }
    return c;
  }
}

/** Prefix sums over units of their tokens that may anchor (all tokens when the table is not given). */
function anchorPrefix(features: UnitFeatures, anchorOf: Uint8Array | null): Int32Array {
  const count = features.len.length;
  const out = new Int32Array(count + 1);
  for (let i = 0; i < count; i++) {
    let anchors = 0;
    for (let k = features.tokStart[i]; k < features.tokStart[i + 1]; k++) if (anchorOf === null || anchorOf[features.tokFull[k]]) anchors++;
    out[i + 1] = out[i] + anchors;
  }
  return out;
}
