// Coarse-to-fine band for the first (length-only) pass on long inputs: align blocks of K consecutive
// units by length on a diagonal band K times narrower, then keep for the unit-level DP only a band
// around the blocks' path. The unit-level DP then visits a few times fewer states than a wide
// diagonal band would, and follows a path that may stray far from the diagonal.
import { BASIC_SHAPES, bandAroundPath, bandedDP, diagonalBand, widenBand, type Band, type BeadScorer, type EndSkip, type RawBead } from './dp';
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
  ) {
    this.delA = new Float64Array(la.length - 1).fill(prior[4]);
    this.delB = new Float64Array(lb.length - 1).fill(prior[1]);
  }

  cost(i0: number, j0: number, p: number, q: number): number {
    const la = this.la[i0 + p] - this.la[i0];
    const lb = this.lb[j0 + q] - this.lb[j0];
    const { c, s2 } = this.model;
    const dev = (lb - c * la) / Math.sqrt(s2 * 0.5 * (la + lb / c));
    return this.prior[p * 4 + q] + deltaCost(dev < 0 ? -dev : dev);
  }
}

/** Prefix sums of block lengths: block k holds units [kK, min(n, (k+1)K)). */
function blockSums(f: UnitFeatures, K: number): Float64Array {
  const n = f.len.length;
  const nb = Math.ceil(n / K);
  const out = new Float64Array(nb + 1);
  for (let k = 1; k <= nb; k++) out[k] = f.lenSum[Math.min(n, k * K)];
  return out;
}

/**
 * The unit-level band: half-width `w` around the path of blocks of K units aligned on a diagonal band
 * of half-width ceil(w0 / K) (widened where the blocks' path runs along its edge).
 */
export function coarseBand(
  fa: UnitFeatures,
  fb: UnitFeatures,
  model: LengthModel,
  prior: Float64Array,
  K: number,
  w0: number,
  w: number,
  skip: EndSkip | null,
): Band {
  const n = fa.len.length;
  const m = fb.len.length;
  const la = blockSums(fa, K);
  const lb = blockSums(fb, K);
  const nA = la.length - 1;
  const nB = lb.length - 1;
  const scorer = new BlockScorer(la, lb, model, prior);
  const wc = Math.ceil(w0 / K) + 1;
  let band = diagonalBand(nA, nB, wc);
  let r = bandedDP(nA, nB, band, scorer, BASIC_SHAPES, 2, skip);
  for (let attempt = 0; r.edgeRows.length && attempt < 3; attempt++) {
    band = widenBand(band, nB, 2 * wc, r.edgeRows, 4 * wc);
    r = bandedDP(nA, nB, band, scorer, BASIC_SHAPES, 2, skip);
  }
  // each block bead becomes the box of units it covers
  const boxes: RawBead[] = r.beads.map((x) => {
    const i0 = Math.min(n, x.i0 * K);
    const j0 = Math.min(m, x.j0 * K);
    return { i0, j0, p: Math.min(n, (x.i0 + x.p) * K) - i0, q: Math.min(m, (x.j0 + x.q) * K) - j0, cost: 0 };
  });
  return bandAroundPath(n, m, boxes, w);
}
