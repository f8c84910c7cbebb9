// Coarse-to-fine band for the first (length-only) pass on long inputs: blocks of K consecutive units,
// blocks of K blocks, ... up to a level small enough to align on the full matrix (there the length
// ratio is searched, and a truncated side shows as an unpaired tail); each finer level is aligned in a
// band around the path of the level above. The unit-level DP then visits few states, and follows a
// path that may stray far from the diagonal (a missing chapter, a translation that stops early).
import { BASIC_SHAPES, SHAPE_STRIDE, bandedDP, type Band, type BeadScorer, type EndSkip, type RawBead } from './dp';
import { MAX_WIDEN, bandAroundPath, diagonalBand, widenBand } from './band';
import type { UnitFeatures } from './features';
import { deltaCost, type LengthModel } from './lengthCost';

class BlockScorer implements BeadScorer {
  readonly delA: Float64Array;
  readonly delB: Float64Array;
  constructor(
    private readonly lenSumA: Float64Array,
    private readonly lenSumB: Float64Array,
    private readonly model: LengthModel,
    private readonly prior: Float64Array,
    /** Units per block: the variance grows with it (lengths drift over long stretches, not only at random). */
    private readonly scale: number,
  ) {
    // a block stands for `scale` units: its shape and deletion costs are those of `scale` unit beads,
    // so that leaving blocks unpaired is no cheaper, relative to pairing them, than for units
    this.delA = new Float64Array(lenSumA.length - 1).fill(prior[SHAPE_STRIDE] * scale);
    this.delB = new Float64Array(lenSumB.length - 1).fill(prior[1] * scale);
  }

  cost(startA: number, startB: number, unitsA: number, unitsB: number): number {
    const lengthA = this.lenSumA[startA + unitsA] - this.lenSumA[startA];
    const lengthB = this.lenSumB[startB + unitsB] - this.lenSumB[startB];
    const ratio = this.model.ratio;
    const variance = this.model.variance * this.scale;
    const dev = (lengthB - ratio * lengthA) / Math.sqrt(variance * 0.5 * (lengthA + lengthB / ratio));
    return this.prior[unitsA * SHAPE_STRIDE + unitsB] * this.scale + deltaCost(dev < 0 ? -dev : dev);
  }
}

/**
 * Block boundaries: `blocks` blocks over `count` units, block k holding units [bounds[k], bounds[k+1]).
 * Both sides get the same number of blocks, so a side with more (shorter) units gets longer blocks and
 * a 1-1 block bead stays the common case whatever the sentence counts.
 */
function blockBounds(count: number, blocks: number): Int32Array {
  blocks = Math.max(1, Math.min(blocks, count));
  const bounds = new Int32Array(blocks + 1);
  for (let k = 0; k <= blocks; k++) bounds[k] = Math.round((k * count) / blocks);
  return bounds;
}

/**
 * Units whose counts differ by at most this factor are taken as one text split more finely on one
 * side (blocks of the same number on both sides); past it, as a text with a missing part (blocks of
 * K units on both sides, so the missing part stays a run of whole blocks).
 */
export const FINER_SPLIT_MAX_RATIO = 1.6;

function sideBounds(countA: number, countB: number, blockSize: number): [Int32Array, Int32Array] {
  if (Math.max(countA, countB) <= FINER_SPLIT_MAX_RATIO * Math.min(countA, countB)) {
    const blocks = Math.ceil(Math.min(countA, countB) / blockSize);
    return [blockBounds(countA, blocks), blockBounds(countB, blocks)];
  }
  return [blockBounds(countA, Math.ceil(countA / blockSize)), blockBounds(countB, Math.ceil(countB / blockSize))];
}

/** Prefix sums of block lengths from prefix sums of unit lengths. */
function blockSums(sum: Float64Array, bounds: Int32Array): Float64Array {
  const out = new Float64Array(bounds.length);
  for (let k = 0; k < bounds.length; k++) out[k] = sum[bounds[k]];
  return out;
}

/**
 * Calls cost(ratio) for length ratios around startRatio: a coarse grid (factors 1.5^k, 1/17 to 17: a translation
 * may cover a small part of its original), then a finer one around the best. Returns the best ratio.
 */
export function searchRatio(startRatio: number, cost: (ratio: number) => number): number {
  // startRatio (from the totals) is kept unless another ratio is clearly cheaper: a choice that flipped on a
  // small difference would let a one-word edit move beads far away
  const cost0 = cost(startRatio);
  let best = startRatio;
  let bestCost = Infinity;
  const tryRatio = (ratio: number) => {
    const ratioCost = cost(ratio);
    if (ratioCost < bestCost) {
      bestCost = ratioCost;
      best = ratio;
    }
  };
  for (let k = -7; k <= 7; k++) if (k !== 0) tryRatio(startRatio * Math.pow(1.5, k));
  if (bestCost > cost0 - (3 + 0.05 * Math.abs(cost0))) return startRatio;
  const mid = best;
  for (const k of [-2, -1, 1, 2]) tryRatio(mid * Math.pow(1.15, k));
  return best;
}

/** Levels at most this many states are aligned on the full matrix (with the length ratio searched). */
const FULL_LEVEL = 2_500;

/**
 * Aligns one level (units given by length prefix sums) by length: on the full matrix with the ratio
 * searched on a grid when the level is small, else in a band around the path of the level above
 * (blocks of blockSize of these units). Returns the path and the length model used.
 */
function levelPath(
  lenSumA: Float64Array,
  lenSumB: Float64Array,
  model: LengthModel,
  prior: Float64Array,
  blockSize: number,
  width: number,
  skip: EndSkip | null,
  scale: number,
): { beads: RawBead[]; model: LengthModel } {
  const countA = lenSumA.length - 1;
  const countB = lenSumB.length - 1;
  if ((countA + 1) * (countB + 1) <= FULL_LEVEL || countA < 2 * blockSize || countB < 2 * blockSize) {
    // the whole matrix; the ratio that gives the cheapest path (a truncated side makes the ratio of
    // the totals wrong)
    const band = diagonalBand(countA, countB, Math.max(countA, countB));
    // the spread moves with the ratio (target characters per source character), as in bestRatioModel
    const modelAt = (ratio: number): LengthModel => ({ ratio, variance: (model.variance * ratio) / model.ratio });
    const run = (ratio: number) => bandedDP(countA, countB, band, new BlockScorer(lenSumA, lenSumB, modelAt(ratio), prior, scale), BASIC_SHAPES, 2, skip);
    const bestRatio = searchRatio(model.ratio, (ratio) => {
      let total = 0;
      for (const bead of run(ratio).beads) total += bead.cost;
      return total;
    });
    return { beads: run(bestRatio).beads, model: modelAt(bestRatio) };
  }
  const [boundsA, boundsB] = sideBounds(countA, countB, blockSize);
  const coarser = levelPath(blockSums(lenSumA, boundsA), blockSums(lenSumB, boundsB), model, prior, blockSize, width, blockSkip(skip), scale * (countA / (boundsA.length - 1)));
  const scorer = new BlockScorer(lenSumA, lenSumB, coarser.model, prior, scale);
  let band = bandAroundPath(countA, countB, boxesOf(coarser.beads, boundsA, boundsB), width);
  let result = bandedDP(countA, countB, band, scorer, BASIC_SHAPES, 2, skip);
  for (let attempt = 0, add = 2 * width; result.edgeRows.length && attempt < MAX_WIDEN; attempt++, add *= 2) {
    band = widenBand(band, countB, add, result.edgeRows, 2 * add);
    result = bandedDP(countA, countB, band, scorer, BASIC_SHAPES, 2, skip);
  }
  return { beads: result.beads, model: coarser.model };
}

/** At block level, an unpaired run at the start is at most one block. */
function blockSkip(skip: EndSkip | null): EndSkip | null {
  return skip && { ...skip, maxHead: 1 };
}

/** Each bead over blocks becomes the box of units it covers. */
function boxesOf(beads: readonly RawBead[], boundsA: Int32Array, boundsB: Int32Array): RawBead[] {
  return beads.map((blockBead) => {
    const startA = boundsA[blockBead.startA];
    const startB = boundsB[blockBead.startB];
    return { startA, startB, unitsA: boundsA[blockBead.startA + blockBead.unitsA] - startA, unitsB: boundsB[blockBead.startB + blockBead.unitsB] - startB, cost: 0 };
  });
}

/**
 * The unit-level band for the first pass on long inputs: half-width `width` around the path of blocks of
 * K units, itself found in a band around blocks of K blocks, and so on up to a level small enough for
 * the full matrix. Also returns the length model chosen there.
 */
export function coarseBand(
  featuresA: UnitFeatures,
  featuresB: UnitFeatures,
  model: LengthModel,
  prior: Float64Array,
  blockSize: number,
  width: number,
  skip: EndSkip | null,
  unitWidth: number,
): { band: Band; model: LengthModel } {
  const countA = featuresA.len.length;
  const countB = featuresB.len.length;
  const [boundsA, boundsB] = sideBounds(countA, countB, blockSize);
  const coarser = levelPath(blockSums(featuresA.lenSum, boundsA), blockSums(featuresB.lenSum, boundsB), model, prior, blockSize, width, blockSkip(skip), countA / (boundsA.length - 1));
  return { band: bandAroundPath(countA, countB, boxesOf(coarser.beads, boundsA, boundsB), unitWidth), model: coarser.model };
}
