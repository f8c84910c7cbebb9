// Banded dynamic programming over beads. States (i, j) = i units of A and j units of B consumed; a
// bead (p, q) moves from (i-p, j-q) to (i, j). Only states inside the band are computed, so time and
// memory grow with (units × band width), not with (units × units). Typed arrays, no per-cell objects.

/** Bead shapes tried: [units of A, units of B]. */
export const BEAD_SHAPES: ReadonlyArray<readonly [number, number]> = [
  [1, 1], [1, 0], [0, 1], [2, 1], [1, 2], [2, 2], [3, 1], [1, 3], [3, 2], [2, 3], [4, 1], [1, 4],
];
/** Priors and other per-shape tables are indexed by `p * SHAPE_STRIDE + q` (shapes up to 4-4). */
export const SHAPE_STRIDE = 5;

/** The cheap subset used for a first, wide pass. */
export const BASIC_SHAPES: ReadonlyArray<readonly [number, number]> = [[1, 1], [1, 0], [0, 1], [2, 1], [1, 2]];

/** For each row i in 0..n, the inclusive range of states j computed. lo and hi never decrease. */
export interface Band {
  lo: Int32Array;
  hi: Int32Array;
}

export interface BeadScorer {
  /** Cost of leaving unit i of A (delA) or unit j of B (delB) unpaired. */
  readonly delA: Float64Array;
  readonly delB: Float64Array;
  /** Cost (lower is better) of the bead covering A[i0, i0+p) and B[j0, j0+q), p and q > 0. */
  cost(i0: number, j0: number, p: number, q: number): number;
  /**
   * Cost of the same bead when it is the last before the end of a truncated translation: the last unit
   * of side `partialSide` (0 = A, 1 = B) may be covered only in part.
   */
  partialCost?(i0: number, j0: number, p: number, q: number, partialSide: number): number;
  /**
   * A lower bound of cost(i0, j0, p, q), cheap to compute: the DP skips a bead whose bound cannot beat
   * the best way into a state found so far (most of the many-unit shapes, most of the time).
   */
  lowerBound?(i0: number, j0: number, p: number, q: number): number;
}

export interface RawBead {
  i0: number;
  j0: number;
  p: number;
  q: number;
  cost: number;
}

/**
 * Cheap runs of unpaired units at the very start or end of one side (a title before a translated
 * text, the untranslated rest of a truncated translation): `fixed + perUnit·k` for k units, instead of
 * k separate 1-0/0-1 beads.
 */
export interface EndSkip {
  fixed: number;
  /**
   * Share of the units' own deletion costs (the scorer's delA/delB) that each unit of the run costs:
   * below 1, so a run is one event rather than separate deletions, but never so low that skipping
   * a unit is cheaper than pairing it with its counterpart.
   */
  perUnit: number;
  /** Longest unpaired run at the start (a title, a hashtag line): a long one is left to 1-0/0-1 beads. */
  maxHead: number;
  /** Whether the run at the end is allowed (default true). */
  tailAllowed?: boolean;
}

const HEAD = 255;

export interface DPResult {
  beads: RawBead[];
  /** Rows where the best path passed close to a band edge that is not the matrix edge: widen there and rerun. */
  edgeRows: number[];
}

export function bandedDP(
  n: number,
  m: number,
  band: Band,
  scorer: BeadScorer,
  shapeList: ReadonlyArray<readonly [number, number]> = BEAD_SHAPES,
  edgeMargin = 2,
  skip: EndSkip | null = null,
): DPResult {
  const { lo, hi } = band;
  const off = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) off[i + 1] = off[i] + (hi[i] - lo[i] + 1);
  const size = off[n + 1];
  const back = new Uint8Array(size);
  const shapes = shapeList;
  const ns = shapes.length;
  const SP = Int32Array.from(shapes, (x) => x[0]);
  const SQ = Int32Array.from(shapes, (x) => x[1]);
  // Costs are kept only for the last R rows (a ring: a bead reaches at most maxP rows back) and for
  // the last maxQ+1 columns of every row (the end may be taken from there); back pointers for all.
  let maxP = 1;
  let maxQ = 1;
  let width = 1;
  for (let s = 0; s < ns; s++) {
    maxP = Math.max(maxP, SP[s]);
    maxQ = Math.max(maxQ, SQ[s]);
  }
  for (let i = 0; i <= n; i++) width = Math.max(width, hi[i] - lo[i] + 1);
  const R = maxP + 1;
  const ring = new Float64Array(R * width);
  const ringOff = new Int32Array(n + 1); // start of row i's slot minus lo[i]
  for (let i = 0; i <= n; i++) ringOff[i] = (i % R) * width - lo[i];
  const CW = maxQ + 1;
  const colTail = new Float64Array((n + 1) * CW).fill(Infinity);
  const colFrom = m - maxQ;
  // 1-0 and 0-1 beads cost a per-unit constant: handled apart from the shapes that pair units
  const delA = scorer.delA;
  const delB = scorer.delB;
  let s10 = -1;
  let s01 = -1;
  const pairShapes: number[] = [];
  for (let s = 0; s < ns; s++) {
    if (SP[s] === 1 && SQ[s] === 0) s10 = s;
    else if (SP[s] === 0 && SQ[s] === 1) s01 = s;
    else if (SP[s] > 0 && SQ[s] > 0) pairShapes.push(s);
  }
  // the pairing shapes, cheapest prior first, so that the bound prunes the rest early
  const PS = Int32Array.from(pairShapes);
  const bound = scorer.lowerBound;
  // prefix sums of the deletion costs, for runs at the start or end
  const delSumA = new Float64Array(n + 1);
  const delSumB = new Float64Array(m + 1);
  for (let i = 0; i < n; i++) delSumA[i + 1] = delSumA[i] + delA[i];
  for (let j = 0; j < m; j++) delSumB[j + 1] = delSumB[j] + delB[j];
  const nps = PS.length;
  for (let i = 0; i <= n; i++) {
    const li = lo[i];
    const hiI = hi[i];
    const oi = off[i] - li;
    const ri = ringOff[i];
    const loPrev = i > 0 ? lo[i - 1] : 0;
    const hiPrev = i > 0 ? hi[i - 1] : -1;
    const rPrev = i > 0 ? ringOff[i - 1] : 0;
    const dA = i > 0 ? delA[i - 1] : 0;
    for (let j = li; j <= hiI; j++) {
      if (i === 0 && j === 0) {
        ring[ri] = 0; // lo[0] is 0
        if (j >= colFrom) colTail[j - colFrom] = 0;
        continue;
      }
      let best = Infinity;
      let arg = 0;
      if (skip && (i === 0 || j === 0) && i + j <= skip.maxHead) {
        best = skip.fixed + skip.perUnit * (delSumA[i] + delSumB[j]);
        arg = HEAD;
      }
      if (s01 >= 0 && j > li) {
        const c = ring[ri + j - 1] + delB[j - 1];
        if (c < best) {
          best = c;
          arg = s01;
        }
      }
      if (s10 >= 0 && j >= loPrev && j <= hiPrev) {
        const c = ring[rPrev + j] + dA;
        if (c < best) {
          best = c;
          arg = s10;
        }
      }
      for (let t = 0; t < nps; t++) {
        const s = PS[t];
        const p = SP[s];
        const q = SQ[s];
        const pi = i - p;
        const pj = j - q;
        if (pi < 0 || pj < 0) continue;
        if (pj < lo[pi] || pj > hi[pi]) continue;
        const prev = ring[ringOff[pi] + pj];
        if (prev === Infinity) continue;
        if (bound && prev + bound.call(scorer, pi, pj, p, q) >= best) continue;
        const c = prev + scorer.cost(pi, pj, p, q);
        if (c < best) {
          best = c;
          arg = s;
        }
      }
      ring[ri + j] = best;
      back[oi + j] = arg;
      if (j >= colFrom) colTail[i * CW + j - colFrom] = best;
    }
  }
  // the end: (n, m), or with skip, (n, j) / (i, m) and the rest of the other side unpaired; the last
  // bead before such a tail may cover its last unit on the longer side only in part (a translation cut
  // off mid-sentence)
  const at = (i: number, j: number) =>
    j < lo[i] || j > hi[i] ? Infinity : i > n - R ? ring[ringOff[i] + j] : j >= colFrom ? colTail[i * CW + j - colFrom] : Infinity;
  let endI = n;
  let endJ = m;
  let endCost = at(n, m);
  let endShape = -1;
  let endSide = 0;
  if (skip && skip.tailAllowed !== false) {
    const tailCost = (i: number, j: number) =>
      i === n && j === m ? 0 : skip.fixed + skip.perUnit * (delSumA[n] - delSumA[i] + delSumB[m] - delSumB[j]);
    const consider = (i: number, j: number) => {
      const t = tailCost(i, j);
      const c = at(i, j) + t;
      if (c < endCost) {
        endCost = c;
        endI = i;
        endJ = j;
        endShape = -1;
      }
      if (!scorer.partialCost) return;
      for (let side = 0; side < 2; side++) {
        // the partly covered unit is on the side whose rest is left unpaired
        if ((side === 0 && (j !== m || i === n)) || (side === 1 && (i !== n || j === m))) continue;
        for (let s = 0; s < ns; s++) {
          const p = SP[s];
          const q = SQ[s];
          if (p === 0 || q === 0 || i < p || j < q) continue;
          const prev = at(i - p, j - q);
          if (prev === Infinity) continue;
          const c2 = prev + scorer.partialCost(i - p, j - q, p, q, side) + t;
          if (c2 < endCost) {
            endCost = c2;
            endI = i;
            endJ = j;
            endShape = s;
            endSide = side;
          }
        }
      }
    };
    for (let j = lo[n]; j <= Math.min(m, hi[n]); j++) consider(n, j);
    for (let i = 0; i < n; i++) if (m >= lo[i] && m <= hi[i]) consider(i, m);
  }
  if (endCost === Infinity) throw new Error('alignment band does not reach the end');
  const beads: RawBead[] = [];
  const edgeRows: number[] = [];
  if (skip && (endI < n || endJ < m)) {
    const share = skip.fixed / (n - endI + m - endJ);
    for (let j = m - 1; j >= endJ; j--) beads.push({ i0: n, j0: j, p: 0, q: 1, cost: share + skip.perUnit * delB[j] });
    for (let i = n - 1; i >= endI; i--) beads.push({ i0: i, j0: m, p: 1, q: 0, cost: share + skip.perUnit * delA[i] });
  }
  if (endShape >= 0) {
    const p = SP[endShape];
    const q = SQ[endShape];
    const c = scorer.partialCost!(endI - p, endJ - q, p, q, endSide);
    beads.push({ i0: endI - p, j0: endJ - q, p, q, cost: c });
    endI -= p;
    endJ -= q;
  }
  let i = endI;
  let j = endJ;
  while (i > 0 || j > 0) {
    const k = off[i] + j - lo[i];
    if ((lo[i] > 0 && j - lo[i] < edgeMargin) || (hi[i] < m && hi[i] - j < edgeMargin)) edgeRows.push(i);
    if (back[k] === HEAD) {
      const share = skip!.fixed / (i + j);
      for (let x = i - 1; x >= 0; x--) beads.push({ i0: x, j0: 0, p: 1, q: 0, cost: share + skip!.perUnit * delA[x] });
      for (let y = j - 1; y >= 0; y--) beads.push({ i0: 0, j0: y, p: 0, q: 1, cost: share + skip!.perUnit * delB[y] });
      break;
    }
    const p = SP[back[k]];
    const q = SQ[back[k]];
    const cost = p === 0 ? delB[j - 1] : q === 0 ? delA[i - 1] : scorer.cost(i - p, j - q, p, q);
    beads.push({ i0: i - p, j0: j - q, p, q, cost });
    i -= p;
    j -= q;
  }
  beads.reverse();
  return { beads, edgeRows };
}

/**
 * Posterior probability of each bead of a path (as bandedDP returned it): the share of all
 * alignments through the band, weighted by exp(-cost), that contain that bead (forward–backward over
 * the same states, shapes and costs as the DP). A bead the evidence is sure of is near 1; where other
 * alignments cost about as much, it is low. Runs at the start or end (EndSkip) count as alternatives
 * too; a bead ending a truncated translation is scored as its plain shape.
 */
export function beadPosteriors(
  n: number,
  m: number,
  band: Band,
  scorer: BeadScorer,
  shapeList: ReadonlyArray<readonly [number, number]>,
  path: readonly RawBead[],
  skip: EndSkip | null,
): Float64Array {
  const { lo, hi } = band;
  const off = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) off[i + 1] = off[i] + (hi[i] - lo[i] + 1);
  const forward = new Float64Array(off[n + 1]).fill(-Infinity);
  const backward = new Float64Array(off[n + 1]).fill(-Infinity);
  const at = (i: number, j: number) => (j < lo[i] || j > hi[i] ? -1 : off[i] + j - lo[i]);
  const delSumA = new Float64Array(n + 1);
  const delSumB = new Float64Array(m + 1);
  for (let i = 0; i < n; i++) delSumA[i + 1] = delSumA[i] + scorer.delA[i];
  for (let j = 0; j < m; j++) delSumB[j + 1] = delSumB[j] + scorer.delB[j];
  const moveCost = (i0: number, j0: number, p: number, q: number) =>
    p === 0 ? scorer.delB[j0] : q === 0 ? scorer.delA[i0] : scorer.cost(i0, j0, p, q);
  const addLog = (x: number, y: number) => (x === -Infinity ? y : y === -Infinity ? x : x > y ? x + Math.log1p(Math.exp(y - x)) : y + Math.log1p(Math.exp(x - y)));
  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]; j <= hi[i]; j++) {
      let total = i === 0 && j === 0 ? 0 : -Infinity;
      if (skip && (i === 0 || j === 0) && i + j > 0 && i + j <= skip.maxHead) total = addLog(total, -(skip.fixed + skip.perUnit * (delSumA[i] + delSumB[j])));
      for (const [p, q] of shapeList) {
        if (i < p || j < q) continue;
        const from = at(i - p, j - q);
        if (from < 0 || forward[from] === -Infinity) continue;
        total = addLog(total, forward[from] - moveCost(i - p, j - q, p, q));
      }
      forward[off[i] + j - lo[i]] = total;
    }
  }
  const tail = (i: number, j: number) => (i === n && j === m ? 0 : skip && skip.tailAllowed !== false && (i === n || j === m) ? -(skip.fixed + skip.perUnit * (delSumA[n] - delSumA[i] + delSumB[m] - delSumB[j])) : -Infinity);
  for (let i = n; i >= 0; i--) {
    for (let j = hi[i]; j >= lo[i]; j--) {
      let total = tail(i, j);
      for (const [p, q] of shapeList) {
        if (i + p > n || j + q > m) continue;
        const to = at(i + p, j + q);
        if (to < 0 || backward[to] === -Infinity) continue;
        total = addLog(total, backward[to] - moveCost(i, j, p, q));
      }
      backward[off[i] + j - lo[i]] = total;
    }
  }
  const whole = backward[0];
  const out = new Float64Array(path.length);
  for (let k = 0; k < path.length; k++) {
    const bead = path[k];
    const from = at(bead.i0, bead.j0);
    const to = at(bead.i0 + bead.p, bead.j0 + bead.q);
    if (from < 0 || to < 0 || !Number.isFinite(whole)) {
      out[k] = 0;
      continue;
    }
    const viaBead = forward[from] - moveCost(bead.i0, bead.j0, bead.p, bead.q) + backward[to];
    // a bead of a run at the start or end: the share of alignments whose run covers this unit
    out[k] = Math.min(1, Math.exp(addLog(viaBead, runThrough(bead)) - whole));
  }
  return out;

  function runThrough(bead: RawBead): number {
    if (!skip || (bead.p > 0 && bead.q > 0)) return -Infinity;
    // the runs at the start or end that contain this unit
    let total = -Infinity;
    if (bead.q === 0 && bead.j0 === 0 && bead.i0 + 1 <= skip.maxHead) {
      for (let i = bead.i0 + 1; i <= skip.maxHead && i <= n; i++) {
        const to = at(i, 0);
        if (to >= 0) total = addLog(total, -(skip.fixed + skip.perUnit * delSumA[i]) + backward[to]);
      }
    }
    if (bead.p === 0 && bead.i0 === 0 && bead.j0 + 1 <= skip.maxHead) {
      for (let j = bead.j0 + 1; j <= skip.maxHead && j <= m; j++) {
        const to = at(0, j);
        if (to >= 0) total = addLog(total, -(skip.fixed + skip.perUnit * delSumB[j]) + backward[to]);
      }
    }
    if (bead.q === 0 && bead.j0 === m) {
      for (let i = 0; i <= bead.i0; i++) {
        const from = at(i, m);
        if (from >= 0) total = addLog(total, forward[from] + tail(i, m));
      }
    }
    if (bead.p === 0 && bead.i0 === n) {
      for (let j = lo[n]; j <= bead.j0; j++) {
        const from = at(n, j);
        if (from >= 0) total = addLog(total, forward[from] + tail(n, j));
      }
    }
    return total;
  }
}
