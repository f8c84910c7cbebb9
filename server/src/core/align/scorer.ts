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

export function unitCosts(featuresA: UnitFeatures, featuresB: UnitFeatures, params: AlignParams): UnitCosts {
  const prior = new Float64Array(SHAPE_STRIDE * SHAPE_STRIDE).fill(1e9);
  for (const [shapeKey, cost] of Object.entries(params.prior)) {
    const [unitsA, unitsB] = shapeKey.split('-').map(Number);
    prior[unitsA * SHAPE_STRIDE + unitsB] = cost;
  }
  const del = (features: UnitFeatures, base: number) => {
    const count = features.len.length;
    const perLen = params.deletionPerLength / Math.max(1, features.lenSum[count] / Math.max(1, count));
    const out = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      out[i] = features.markSum[i + 1] > features.markSum[i] ? params.markupDeletion : base + perLen * features.len[i];
    }
    return out;
  };
  return { prior, delA: del(featuresA, prior[SHAPE_STRIDE]), delB: del(featuresB, prior[1]) };
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

export function coverageStats(cells: CellMatches, featuresA: UnitFeatures, featuresB: UnitFeatures, path: ReadonlyArray<{ startA: number; startB: number; unitsA: number; unitsB: number; cost: number }>): CoverageStats | null {
  const coverage = (unitA: number, unitB: number): number => {
    if (unitA < 0 || unitA >= featuresA.len.length || unitB < 0 || unitB >= featuresB.len.length || unitB < cells.low[unitA] || unitB > cells.high[unitA]) return -1;
    const cell = cells.off[unitA] + unitB - cells.low[unitA];
    const tokensA = featuresA.tokStart[unitA + 1] - featuresA.tokStart[unitA];
    const tokensB = featuresB.tokStart[unitB + 1] - featuresB.tokStart[unitB];
    if (!tokensA || !tokensB) return -1;
    return (Math.min(1, cells.matchedA[cell] / tokensA) + Math.min(1, cells.matchedB[cell] / tokensB)) / 2;
  };
  const oneToOne = path.filter((bead) => bead.unitsA === 1 && bead.unitsB === 1);
  const costs = Float64Array.from(oneToOne, (bead) => bead.cost).sort();
  const limit = costs.length ? costs[Math.floor(costs.length / 2)] : 0;
  let pairedSum = 0;
  let pairedCount = 0;
  let backgroundSum = 0;
  let backgroundCount = 0;
  for (const bead of oneToOne) {
    if (bead.cost > limit) continue;
    const here = coverage(bead.startA, bead.startB);
    if (here < 0) continue;
    pairedSum += here;
    pairedCount++;
    for (const shift of [-3, 3]) {
      const away = coverage(bead.startA, bead.startB + shift);
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
  private readonly ratio: number;
  private readonly invRatio: number;
  private readonly variance: number;
  private readonly markupPair: number;
  private readonly matchWeight: number;
  private readonly lexWeight: number;
  private readonly useLex: boolean;
  constructor(
    private readonly featuresA: UnitFeatures,
    private readonly featuresB: UnitFeatures,
    model: LengthModel,
    params: AlignParams,
    costs: UnitCosts,
    private readonly cells: CellMatches | null,
    /** Per token id: 1 when it may anchor identically (Vocab.anchor); for lowerBound. */
    private readonly anchorOf: Uint8Array | null = null,
  ) {
    this.delA = costs.delA;
    this.delB = costs.delB;
    this.prior = costs.prior;
    this.ratio = model.ratio;
    this.invRatio = 1 / model.ratio;
    this.variance = model.variance;
    this.markupPair = params.prior['1-1'] - params.markupPairBonus;
    this.matchWeight = params.matchWeight;
    this.lexWeight = params.lexWeight;
    this.useLex = !!cells && cells.hasLex;
  }

  /** Anchor-token prefix sums per side (for lowerBound): tokens that may match identically. */
  private anchorSumA: Int32Array | null = null;
  private anchorSumB: Int32Array | null = null;

  lowerBound(startA: number, startB: number, unitsA: number, unitsB: number): number {
    // deltaCost >= 0; the rewards are at most lexWeight and matchWeight per anchor token of the group
    let bound = this.prior[unitsA * SHAPE_STRIDE + unitsB];
    if (unitsA === 1 && unitsB === 1 && this.markupPair < bound) bound = this.markupPair; // two markup units
    if (this.cells === null) return bound;
    if (this.anchorSumA === null) {
      this.anchorSumA = anchorPrefix(this.featuresA, this.anchorOf);
      this.anchorSumB = anchorPrefix(this.featuresB, this.anchorOf);
    }
    bound -= this.matchWeight * (this.anchorSumA[startA + unitsA] - this.anchorSumA[startA] + this.anchorSumB![startB + unitsB] - this.anchorSumB![startB]);
    if (this.useLex) bound -= this.lexWeight;
    return bound;
  }

  cost(startA: number, startB: number, unitsA: number, unitsB: number): number {
    const featuresA = this.featuresA;
    const featuresB = this.featuresB;
    const markupA = featuresA.markSum[startA + unitsA] - featuresA.markSum[startA];
    const markupB = featuresB.markSum[startB + unitsB] - featuresB.markSum[startB];
    if (markupA + markupB > 0) {
      // markup units (`<p>`) pair only 1-1 with markup, or stay unpaired cheaply; never merge with text
      return unitsA === 1 && unitsB === 1 && markupA === 1 && markupB === 1 ? this.markupPair : 1e9;
    }
    const lengthA = featuresA.lenSum[startA + unitsA] - featuresA.lenSum[startA];
    const lengthB = featuresB.lenSum[startB + unitsB] - featuresB.lenSum[startB];
    return this.pairCost(startA, startB, unitsA, unitsB, lengthA, lengthB);
  }

  partialCost(startA: number, startB: number, unitsA: number, unitsB: number, partialSide: number): number {
    const featuresA = this.featuresA;
    const featuresB = this.featuresB;
    if (featuresA.markSum[startA + unitsA] - featuresA.markSum[startA] + featuresB.markSum[startB + unitsB] - featuresB.markSum[startB] > 0) return this.cost(startA, startB, unitsA, unitsB);
    let lengthA = featuresA.lenSum[startA + unitsA] - featuresA.lenSum[startA];
    let lengthB = featuresB.lenSum[startB + unitsB] - featuresB.lenSum[startB];
    if (partialSide === 0) lengthA = Math.max(lengthA - featuresA.len[startA + unitsA - 1] + 1, Math.min(lengthA, lengthB * this.invRatio));
    else lengthB = Math.max(lengthB - featuresB.len[startB + unitsB - 1] + 1, Math.min(lengthB, lengthA * this.ratio));
    return this.pairCost(startA, startB, unitsA, unitsB, lengthA, lengthB);
  }

  private pairCost(startA: number, startB: number, unitsA: number, unitsB: number, lengthA: number, lengthB: number): number {
    // Gale–Church length cost (lengthCost.ts), inlined
    const dev = (lengthB - this.ratio * lengthA) / Math.sqrt(this.variance * 0.5 * (lengthA + lengthB * this.invRatio));
    let cost = this.prior[unitsA * SHAPE_STRIDE + unitsB] + deltaCost(dev < 0 ? -dev : dev);
    const cells = this.cells;
    if (cells === null) return cost;
    // group evidence: for anchors, each unit counts its tokens found in the best unit of the other
    // group (a sum over the cells would count a token found in several units, e.g. quotes, once per
    // unit, and favour merging); learned partners, mostly distinct words, are summed
    let anchorMatches = 0;
    let lexMatches = 0;
    const { low, high, off, anchoredA, anchoredB, matchedA, matchedB } = cells;
    const useLex = this.useLex;
    if (unitsA === 1 && unitsB === 1) {
      if (startB >= low[startA] && startB <= high[startA]) {
        const cell = off[startA] + startB - low[startA];
        anchorMatches = anchoredA[cell] + anchoredB[cell];
        lexMatches = matchedA[cell] + matchedB[cell];
      }
    } else {
      // each side's tokens found in the other group, counted once per token: a token of one unit
      // cannot vouch for two units of the other side (a pair of quotes in one sentence would otherwise
      // reward merging a neighbour that has its own quotes), so the group counts the smaller side twice
      let anchorsA = 0;
      let lexA = 0;
      for (let i = startA; i < startA + unitsA; i++) {
        let bestA = 0;
        let bestX = 0;
        const base = off[i] - low[i];
        const lastJ = Math.min(startB + unitsB - 1, high[i]);
        for (let j = Math.max(startB, low[i]); j <= lastJ; j++) {
          if (anchoredA[base + j] > bestA) bestA = anchoredA[base + j];
          bestX += matchedA[base + j];
        }
        const own = this.featuresA.tokStart[i + 1] - this.featuresA.tokStart[i];
        anchorsA += bestA;
        lexA += Math.min(bestX, own);
      }
      let anchorsB = 0;
      let lexB = 0;
      for (let j = startB; j < startB + unitsB; j++) {
        let bestA = 0;
        let bestX = 0;
        for (let i = startA; i < startA + unitsA; i++) {
          if (j < low[i] || j > high[i]) continue;
          const cell = off[i] + j - low[i];
          if (anchoredB[cell] > bestA) bestA = anchoredB[cell];
          bestX += matchedB[cell];
        }
        const own = this.featuresB.tokStart[j + 1] - this.featuresB.tokStart[j];
        anchorsB += bestA;
        lexB += Math.min(bestX, own);
      }
      anchorMatches = 2 * Math.min(anchorsA, anchorsB);
      lexMatches = lexA + lexB;
    }
    cost -= this.matchWeight * anchorMatches;
    if (useLex) {
      const featuresA = this.featuresA;
      const featuresB = this.featuresB;
      const tokens = featuresA.tokStart[startA + unitsA] - featuresA.tokStart[startA] + featuresB.tokStart[startB + unitsB] - featuresB.tokStart[startB];
      if (tokens > 0) cost -= this.lexWeight * Math.min(1, lexMatches / tokens);
    }
    return cost;
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
