// Gale–Church length cost: how unlikely it is that a group of `lengthA` characters translates to `lengthB`
// characters, given the pair's length `ratio` (lengthB ≈ ratio·lengthA) and `variance` per character, both
// estimated from the text itself. Cost in nats: -log(2·(1 - Φ(|δ|))), δ = (lengthB - ratio·lengthA) / sqrt(variance·lengthA').

const STEP = 0.01;
/** Length deviations are heavier-tailed than a normal: the median-based variance is scaled up. */
const S2_SCALE = 3;
const MAX_D = 40;
const TABLE = buildTable();

function buildTable(): Float64Array {
  const size = Math.ceil(MAX_D / STEP) + 2;
  const table = new Float64Array(size);
  for (let k = 0; k < size; k++) table[k] = twoSidedTailCost(k * STEP);
  return table;
}

/** -log(2·(1-Φ(x))) for x ≥ 0, with an asymptotic form where erfc underflows. */
function twoSidedTailCost(deviation: number): number {
  if (deviation < 6) {
    const tail = erfc(deviation / Math.SQRT2); // = 2(1-Φ(x))
    return -Math.log(Math.max(tail, 1e-300));
  }
  // erfc(z) ≈ exp(-z²)/(z√π) for large z
  const scaled = deviation / Math.SQRT2;
  return scaled * scaled + Math.log(scaled * Math.sqrt(Math.PI));
}

/** Complementary error function (Numerical Recipes erfcc, relative error < 1.2e-7). */
function erfc(value: number): number {
  const magnitude = Math.abs(value);
  const factor = 1 / (1 + 0.5 * magnitude);
  const result =
    factor *
    Math.exp(
      -magnitude * magnitude -
        1.26551223 +
        factor * (1.00002368 + factor * (0.37409196 + factor * (0.09678418 + factor * (-0.18628806 + factor * (0.27886807 + factor * (-1.13520398 + factor * (1.48851587 + factor * (-0.82215223 + factor * 0.17087277)))))))),
    );
  return value >= 0 ? result : 2 - result;
}

/** Cost of |δ| (table lookup with linear interpolation; quadratic growth past the table). */
export function deltaCost(absDelta: number): number {
  if (absDelta >= MAX_D) return twoSidedTailCost(absDelta);
  const position = absDelta / STEP;
  const index = position | 0;
  const weight = position - index;
  return TABLE[index] * (1 - weight) + TABLE[index + 1] * weight;
}

export interface LengthModel {
  /** Expected target/source character ratio. */
  ratio: number;
  /** Variance of (lengthB - ratio·lengthA) per source-equivalent character. */
  variance: number;
}

/** Length cost of a bead pairing lengthA source characters with lengthB target characters (both > 0). */
export function lengthCost(lengthA: number, lengthB: number, model: LengthModel): number {
  const mean = (lengthA + lengthB / model.ratio) / 2;
  const delta = (lengthB - model.ratio * lengthA) / Math.sqrt(model.variance * mean);
  return deltaCost(delta < 0 ? -delta : delta);
}

/** Gale and Church's variance per character, the spread a short text's estimate is shrunk toward. */
const PRIOR_S2 = 6.8;
const PRIOR_PAIRS = 20;
/** Fewer paired groups than this say too little: the model given stays. */
const MIN_PAIRS = 10;

/**
 * Estimates the length model from paired groups (source length, target length), robustly:
 * ratio from the median of per-pair ratios weighted toward long pairs (sum ratio over the middle
 * half), variance from the median squared deviation.
 */
export function estimateLengthModel(pairs: ReadonlyArray<readonly [number, number]>, fallback: LengthModel): LengthModel {
  if (pairs.length < MIN_PAIRS) return fallback;
  const pairCount = pairs.length;
  const ratios = new Float64Array(pairCount);
  for (let k = 0; k < pairCount; k++) ratios[k] = pairs[k][1] / pairs[k][0];
  ratios.sort(); // typed-array sort: numeric
  const low = ratios[Math.floor(pairCount * 0.25)];
  const high = ratios[Math.ceil(pairCount * 0.75) - 1];
  let sumA = 0;
  let sumB = 0;
  for (const [lengthA, lengthB] of pairs) {
    const pairRatio = lengthB / lengthA;
    if (pairRatio >= low && pairRatio <= high) {
      sumA += lengthA;
      sumB += lengthB;
    }
  }
  const ratio = sumA > 0 ? sumB / sumA : fallback.ratio;
  const dev = new Float64Array(pairCount);
  for (let k = 0; k < pairCount; k++) {
    const [lengthA, lengthB] = pairs[k];
    dev[k] = ((lengthB - ratio * lengthA) * (lengthB - ratio * lengthA)) / ((lengthA + lengthB / ratio) / 2);
  }
  dev.sort();
  // median of a chi-square with 1 degree of freedom is 0.4549
  const variance = (dev[Math.floor(pairCount / 2)] / 0.4549) * S2_SCALE;
  // few pairs say little about the spread: shrunk toward the prior spread by PRIOR_PAIRS pseudo-pairs
  const shrunk = ((variance || fallback.variance) * pairCount + PRIOR_S2 * PRIOR_PAIRS) / (pairCount + PRIOR_PAIRS);
  return { ratio, variance: Math.max(0.5, Math.min(shrunk, 50)) };
}
