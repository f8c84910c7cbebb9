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
    private readonly la: Float64Array,
    private readonly lb: Float64Array,
    private readonly model: LengthModel,
    private readonly prior: Float64Array,
    /** Units per block: the variance grows with it (lengths drift over long stretches, not only at random). */
    private readonly scale: number,
  ) {
    // a block stands for `scale` units: its shape and deletion costs are those of `scale` unit beads,
    // so that leaving blocks unpaired is no cheaper, relative to pairing them, than for units
    this.delA = new Float64Array(la.length - 1).fill(prior[SHAPE_STRIDE] * scale);
    this.delB = new Float64Array(lb.length - 1).fill(prior[1] * scale);
  }

  cost(i0: number, j0: number, p: number, q: number): number {
    const la = this.la[i0 + p] - this.la[i0];
    const lb = this.lb[j0 + q] - this.lb[j0];
    const c = this.model.c;
    const s2 = this.model.s2 * this.scale;
    const dev = (lb - c * la) / Math.sqrt(s2 * 0.5 * (la + lb / c));
    return this.prior[p * SHAPE_STRIDE + q] * this.scale + deltaCost(dev < 0 ? -dev : dev);
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

function sideBounds(n: number, m: number, K: number): [Int32Array, Int32Array] {
  if (Math.max(n, m) <= FINER_SPLIT_MAX_RATIO * Math.min(n, m)) {
    const blocks = Math.ceil(Math.min(n, m) / K);
    return [blockBounds(n, blocks), blockBounds(m, blocks)];
  }
  return [blockBounds(n, Math.ceil(n / K)), blockBounds(m, Math.ceil(m / K))];
}

/** Prefix sums of block lengths from prefix sums of unit lengths. */
function blockSums(sum: Float64Array, bounds: Int32Array): Float64Array {
  const out = new Float64Array(bounds.length);
  for (let k = 0; k < bounds.length; k++) out[k] = sum[bounds[k]];
  return out;
}

/**
 * Calls cost(c) for length ratios around c0: a coarse grid (factors 1.5^k, 1/17 to 17: a translation
 * may cover a small part of its original), then a finer one around the best. Returns the best ratio.
 */
export function searchRatio(c0: number, cost: (c: number) => number): number {
  // c0 (from the totals) is kept unless another ratio is clearly cheaper: a choice that flipped on a
  // small difference would let a one-word edit move beads far away
  const cost0 = cost(c0);
  let best = c0;
  let bestCost = Infinity;
  const tryC = (c: number) => {
    const x = cost(c);
    if (x < bestCost) {
      bestCost = x;
      best = c;
    }
  };
  for (let k = -7; k <= 7; k++) if (k !== 0) tryC(c0 * Math.pow(1.5, k));
  if (bestCost > cost0 - (3 + 0.05 * Math.abs(cost0))) return c0;
  const mid = best;
  for (const k of [-2, -1, 1, 2]) tryC(mid * Math.pow(1.15, k));
  return best;
}

/** Levels at most this many states are aligned on the full matrix (with the length ratio searched). */
const FULL_LEVEL = 2_500;

/**
 * Aligns one level (units given by length prefix sums) by length: on the full matrix with the ratio
 * searched on a grid when the level is small, else in a band around the path of the level above
 * (blocks of K of these units). Returns the path and the length model used.
 */
function levelPath(
  la: Float64Array,
  lb: Float64Array,
  model: LengthModel,
  prior: Float64Array,
  K: number,
  w: number,
  skip: EndSkip | null,
  scale: number,
): { beads: RawBead[]; model: LengthModel } {
  const n = la.length - 1;
  const m = lb.length - 1;
  if ((n + 1) * (m + 1) <= FULL_LEVEL || n < 2 * K || m < 2 * K) {
    // the whole matrix; the ratio that gives the cheapest path (a truncated side makes the ratio of
    // the totals wrong)
    const band = diagonalBand(n, m, Math.max(n, m));
    // the spread moves with the ratio (target characters per source character), as in bestRatioModel
    const at = (c: number): LengthModel => ({ c, s2: (model.s2 * c) / model.c });
    const run = (c: number) => bandedDP(n, m, band, new BlockScorer(la, lb, at(c), prior, scale), BASIC_SHAPES, 2, skip);
    const c = searchRatio(model.c, (c) => {
      let total = 0;
      for (const x of run(c).beads) total += x.cost;
      return total;
    });
    return { beads: run(c).beads, model: at(c) };
  }
  const [boundsA, boundsB] = sideBounds(n, m, K);
  const up = levelPath(blockSums(la, boundsA), blockSums(lb, boundsB), model, prior, K, w, blockSkip(skip), scale * (n / (boundsA.length - 1)));
  const scorer = new BlockScorer(la, lb, up.model, prior, scale);
  let band = bandAroundPath(n, m, boxesOf(up.beads, boundsA, boundsB), w);
  let r = bandedDP(n, m, band, scorer, BASIC_SHAPES, 2, skip);
  for (let attempt = 0, add = 2 * w; r.edgeRows.length && attempt < MAX_WIDEN; attempt++, add *= 2) {
    band = widenBand(band, m, add, r.edgeRows, 2 * add);
    r = bandedDP(n, m, band, scorer, BASIC_SHAPES, 2, skip);
  }
  return { beads: r.beads, model: up.model };
}

/** At block level, an unpaired run at the start is at most one block. */
function blockSkip(skip: EndSkip | null): EndSkip | null {
  return skip && { ...skip, maxHead: 1 };
}

/** Each bead over blocks becomes the box of units it covers. */
function boxesOf(beads: readonly RawBead[], boundsA: Int32Array, boundsB: Int32Array): RawBead[] {
  return beads.map((x) => {
    const i0 = boundsA[x.i0];
    const j0 = boundsB[x.j0];
    return { i0, j0, p: boundsA[x.i0 + x.p] - i0, q: boundsB[x.j0 + x.q] - j0, cost: 0 };
  });
}

/**
 * The unit-level band for the first pass on long inputs: half-width `w` around the path of blocks of
 * K units, itself found in a band around blocks of K blocks, and so on up to a level small enough for
 * the full matrix. Also returns the length model chosen there.
 */
export function coarseBand(
  fa: UnitFeatures,
  fb: UnitFeatures,
  model: LengthModel,
  prior: Float64Array,
  K: number,
  w: number,
  skip: EndSkip | null,
  unitWidth: number,
): { band: Band; model: LengthModel } {
  const n = fa.len.length;
  const m = fb.len.length;
  const [boundsA, boundsB] = sideBounds(n, m, K);
  const up = levelPath(blockSums(fa.lenSum, boundsA), blockSums(fb.lenSum, boundsB), model, prior, K, w, blockSkip(skip), n / (boundsA.length - 1));
  return { band: bandAroundPath(n, m, boxesOf(up.beads, boundsA, boundsB), unitWidth), model: up.model };
}
