// Gale–Church length cost: how unlikely it is that a group of `la` characters translates to `lb`
// characters, given the pair's length ratio `c` (lb ≈ c·la) and variance `s2` per character, both
// estimated from the text itself. Cost in nats: -log(2·(1 - Φ(|δ|))), δ = (lb - c·la) / sqrt(s2·la').

const STEP = 0.01;
/** Length deviations are heavier-tailed than a normal: the median-based variance is scaled up. */
const S2_SCALE = 3;
const MAX_D = 40;
const TABLE = buildTable();

function buildTable(): Float64Array {
  const n = Math.ceil(MAX_D / STEP) + 2;
  const t = new Float64Array(n);
  for (let k = 0; k < n; k++) t[k] = twoSidedTailCost(k * STEP);
  return t;
}

/** -log(2·(1-Φ(x))) for x ≥ 0, with an asymptotic form where erfc underflows. */
function twoSidedTailCost(x: number): number {
  if (x < 6) {
    const p = erfc(x / Math.SQRT2); // = 2(1-Φ(x))
    return -Math.log(Math.max(p, 1e-300));
  }
  // erfc(z) ≈ exp(-z²)/(z√π) for large z
  const z = x / Math.SQRT2;
  return z * z + Math.log(z * Math.sqrt(Math.PI));
}

/** Complementary error function (Numerical Recipes erfcc, relative error < 1.2e-7). */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/** Cost of |δ| (table lookup with linear interpolation; quadratic growth past the table). */
export function deltaCost(absDelta: number): number {
  if (absDelta >= MAX_D) return twoSidedTailCost(absDelta);
  const f = absDelta / STEP;
  const k = f | 0;
  const w = f - k;
  return TABLE[k] * (1 - w) + TABLE[k + 1] * w;
}

export interface LengthModel {
  /** Expected target/source character ratio. */
  c: number;
  /** Variance of (lb - c·la) per source-equivalent character. */
  s2: number;
}

/** Length cost of a bead pairing la source characters with lb target characters (both > 0). */
export function lengthCost(la: number, lb: number, model: LengthModel): number {
  const mean = (la + lb / model.c) / 2;
  const d = (lb - model.c * la) / Math.sqrt(model.s2 * mean);
  return deltaCost(d < 0 ? -d : d);
}

/**
 * Estimates the length model from paired groups (source length, target length), robustly:
 * ratio from the median of per-pair ratios weighted toward long pairs (sum ratio over the middle
 * half), variance from the median squared deviation.
 */
export function estimateLengthModel(pairs: ReadonlyArray<readonly [number, number]>, fallback: LengthModel): LengthModel {
  if (pairs.length < 3) return fallback;
  const np = pairs.length;
  const ratios = new Float64Array(np);
  for (let k = 0; k < np; k++) ratios[k] = pairs[k][1] / pairs[k][0];
  ratios.sort(); // typed-array sort: numeric
  const lo = ratios[Math.floor(np * 0.25)];
  const hi = ratios[Math.ceil(np * 0.75) - 1];
  let sa = 0;
  let sb = 0;
  for (const [a, b] of pairs) {
    const r = b / a;
    if (r >= lo && r <= hi) {
      sa += a;
      sb += b;
    }
  }
  const c = sa > 0 ? sb / sa : fallback.c;
  const dev = new Float64Array(np);
  for (let k = 0; k < np; k++) {
    const [a, b] = pairs[k];
    dev[k] = ((b - c * a) * (b - c * a)) / ((a + b / c) / 2);
  }
  dev.sort();
  // median of a chi-square with 1 degree of freedom is 0.4549
  const s2 = (dev[Math.floor(np / 2)] / 0.4549) * S2_SCALE;
  return { c, s2: Math.max(0.5, Math.min(s2 || fallback.s2, 50)) };
}
