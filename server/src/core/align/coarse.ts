// Coarse-to-fine band for the first (length-only) pass on long inputs: blocks of K consecutive units,
// blocks of K blocks, ... up to a level small enough to align on the full matrix (there the length
// ratio is searched, and a truncated side shows as an unpaired tail); each finer level is aligned in a
// band around the path of the level above. The unit-level DP then visits few states, and follows a
// path that may stray far from the diagonal (a missing chapter, a translation that stops early).
import { BASIC_SHAPES, bandedDP, type Band, type BeadScorer, type EndSkip, type RawBead } from './dp';
import { bandAroundPath, diagonalBand, widenBand } from './band';
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
    this.delA = new Float64Array(la.length - 1).fill(prior[4]);
    this.delB = new Float64Array(lb.length - 1).fill(prior[1]);
  }

  cost(i0: number, j0: number, p: number, q: number): number {
    const la = this.la[i0 + p] - this.la[i0];
    const lb = this.lb[j0 + q] - this.lb[j0];
    const c = this.model.c;
    const s2 = this.model.s2 * this.scale;
    const dev = (lb - c * la) / Math.sqrt(s2 * 0.5 * (la + lb / c));
    return this.prior[p * 4 + q] + deltaCost(dev < 0 ? -dev : dev);
  }
}

/** Prefix sums of block lengths from prefix sums of unit lengths: block k holds units [kK, (k+1)K). */
function blockSums(sum: Float64Array, K: number): Float64Array {
  const n = sum.length - 1;
  const nb = Math.ceil(n / K);
  const out = new Float64Array(nb + 1);
  for (let k = 1; k <= nb; k++) out[k] = sum[Math.min(n, k * K)];
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
    const run = (c: number) => bandedDP(n, m, band, new BlockScorer(la, lb, { c, s2: model.s2 }, prior, scale), BASIC_SHAPES, 2, skip);
    const c = searchRatio(model.c, (c) => {
      let total = 0;
      for (const x of run(c).beads) total += x.cost;
      return total;
    });
    return { beads: run(c).beads, model: { c, s2: model.s2 } };
  }
  const up = levelPath(blockSums(la, K), blockSums(lb, K), model, prior, K, w, blockSkip(skip), scale * K);
  const scorer = new BlockScorer(la, lb, up.model, prior, scale);
  let band = bandAroundPath(n, m, boxesOf(up.beads, K, n, m), w);
  let r = bandedDP(n, m, band, scorer, BASIC_SHAPES, 2, skip);
  for (let attempt = 0; r.edgeRows.length && attempt < 3; attempt++) {
    band = widenBand(band, m, 2 * w, r.edgeRows, 4 * w);
    r = bandedDP(n, m, band, scorer, BASIC_SHAPES, 2, skip);
  }
  return { beads: r.beads, model: up.model };
}

/** At block level, an unpaired run at the start is at most one block. */
function blockSkip(skip: EndSkip | null): EndSkip | null {
  return skip && { ...skip, maxHead: 1 };
}

/** Each bead over blocks of K units becomes the box of units it covers. */
function boxesOf(beads: readonly RawBead[], K: number, n: number, m: number): RawBead[] {
  return beads.map((x) => {
    const i0 = Math.min(n, x.i0 * K);
    const j0 = Math.min(m, x.j0 * K);
    return { i0, j0, p: Math.min(n, (x.i0 + x.p) * K) - i0, q: Math.min(m, (x.j0 + x.q) * K) - j0, cost: 0 };
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
): { band: Band; model: LengthModel } {
  const n = fa.len.length;
  const m = fb.len.length;
  const up = levelPath(blockSums(fa.lenSum, K), blockSums(fb.lenSum, K), model, prior, K, w, blockSkip(skip), K);
  return { band: bandAroundPath(n, m, boxesOf(up.beads, K, n, m), w), model: up.model };
}
