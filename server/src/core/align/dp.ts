// Banded dynamic programming over beads. States (i, j) = i units of A and j units of B consumed; a
// bead (unitsA, unitsB) moves from (i-unitsA, j-unitsB) to (i, j). Only states inside the band are computed, so time and
// memory grow with (units × band width), not with (units × units). Typed arrays, no per-cell objects.

/** Bead shapes tried: [units of A, units of B]. */
export const BEAD_SHAPES: ReadonlyArray<readonly [number, number]> = [
  [1, 1], [1, 0], [0, 1], [2, 1], [1, 2], [2, 2], [3, 1], [1, 3], [3, 2], [2, 3], [4, 1], [1, 4],
];
/** Priors and other per-shape tables are indexed by `unitsA * SHAPE_STRIDE + unitsB` (shapes up to 4-4). */
export const SHAPE_STRIDE = 5;

/** The cheap subset used for a first, wide pass. */
export const BASIC_SHAPES: ReadonlyArray<readonly [number, number]> = [[1, 1], [1, 0], [0, 1], [2, 1], [1, 2]];

/** For each row i in 0..n, the inclusive range of states j computed. low and high never decrease. */
export interface Band {
  low: Int32Array;
  high: Int32Array;
}

export interface BeadScorer {
  /** Cost of leaving unit i of A (delA) or unit j of B (delB) unpaired. */
  readonly delA: Float64Array;
  readonly delB: Float64Array;
  /** Cost (lower is better) of the bead covering A[startA, startA+unitsA) and B[startB, startB+unitsB), unitsA and unitsB > 0. */
  cost(startA: number, startB: number, unitsA: number, unitsB: number): number;
  /**
   * Cost of the same bead when it is the last before the end of a truncated translation: the last unit
   * of side `partialSide` (0 = A, 1 = B) may be covered only in part.
   */
  partialCost?(startA: number, startB: number, unitsA: number, unitsB: number, partialSide: number): number;
  /**
   * A lower bound of cost(startA, startB, unitsA, unitsB), cheap to compute: the DP skips a bead whose bound cannot beat
   * the best way into a state found so far (most of the many-unit shapes, most of the time).
   */
  lowerBound?(startA: number, startB: number, unitsA: number, unitsB: number): number;
}

export interface RawBead {
  startA: number;
  startB: number;
  unitsA: number;
  unitsB: number;
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
  countA: number,
  countB: number,
  band: Band,
  scorer: BeadScorer,
  shapeList: ReadonlyArray<readonly [number, number]> = BEAD_SHAPES,
  edgeMargin = 2,
  skip: EndSkip | null = null,
): DPResult {
  const { low, high } = band;
  const off = new Int32Array(countA + 2);
  for (let i = 0; i <= countA; i++) off[i + 1] = off[i] + (high[i] - low[i] + 1);
  const size = off[countA + 1];
  const back = new Uint8Array(size);
  const shapes = shapeList;
  const shapeCount = shapes.length;
  const shapeUnitsA = Int32Array.from(shapes, (x) => x[0]);
  const shapeUnitsB = Int32Array.from(shapes, (x) => x[1]);
  // Costs are kept only for the last ringRows rows (a ring: a bead reaches at most maxP rows back) and for
  // the last maxQ+1 columns of every row (the end may be taken from there); back pointers for all.
  let maxP = 1;
  let maxQ = 1;
  let width = 1;
  for (let shape = 0; shape < shapeCount; shape++) {
    maxP = Math.max(maxP, shapeUnitsA[shape]);
    maxQ = Math.max(maxQ, shapeUnitsB[shape]);
  }
  for (let i = 0; i <= countA; i++) width = Math.max(width, high[i] - low[i] + 1);
  const ringRows = maxP + 1;
  const ring = new Float64Array(ringRows * width);
  const ringOff = new Int32Array(countA + 1); // start of row i's slot minus low[i]
  for (let i = 0; i <= countA; i++) ringOff[i] = (i % ringRows) * width - low[i];
  const tailWidth = maxQ + 1;
  const colTail = new Float64Array((countA + 1) * tailWidth).fill(Infinity);
  const colFrom = countB - maxQ;
  // 1-0 and 0-1 beads cost a per-unit constant: handled apart from the shapes that pair units
  const delA = scorer.delA;
  const delB = scorer.delB;
  let s10 = -1;
  let s01 = -1;
  const pairShapes: number[] = [];
  for (let shape = 0; shape < shapeCount; shape++) {
    if (shapeUnitsA[shape] === 1 && shapeUnitsB[shape] === 0) s10 = shape;
    else if (shapeUnitsA[shape] === 0 && shapeUnitsB[shape] === 1) s01 = shape;
    else if (shapeUnitsA[shape] > 0 && shapeUnitsB[shape] > 0) pairShapes.push(shape);
  }
  // the pairing shapes, cheapest prior first, so that the bound prunes the rest early
  const pairShapeIds = Int32Array.from(pairShapes);
  const bound = scorer.lowerBound;
  // prefix sums of the deletion costs, for runs at the start or end
  const delSumA = new Float64Array(countA + 1);
  const delSumB = new Float64Array(countB + 1);
  for (let i = 0; i < countA; i++) delSumA[i + 1] = delSumA[i] + delA[i];
  for (let j = 0; j < countB; j++) delSumB[j + 1] = delSumB[j] + delB[j];
  const nps = pairShapeIds.length;
  for (let i = 0; i <= countA; i++) {
    const lowI = low[i];
    const highI = high[i];
    const backRow = off[i] - lowI;
    const ringRow = ringOff[i];
    const lowPrev = i > 0 ? low[i - 1] : 0;
    const highPrev = i > 0 ? high[i - 1] : -1;
    const ringRowPrev = i > 0 ? ringOff[i - 1] : 0;
    const delUnitA = i > 0 ? delA[i - 1] : 0;
    for (let j = lowI; j <= highI; j++) {
      if (i === 0 && j === 0) {
        ring[ringRow] = 0; // low[0] is 0
        if (j >= colFrom) colTail[j - colFrom] = 0;
        continue;
      }
      let best = Infinity;
      let arg = 0;
      if (skip && (i === 0 || j === 0) && i + j <= skip.maxHead) {
        best = skip.fixed + skip.perUnit * (delSumA[i] + delSumB[j]);
        arg = HEAD;
      }
      if (s01 >= 0 && j > lowI) {
        const cost = ring[ringRow + j - 1] + delB[j - 1];
        if (cost < best) {
          best = cost;
          arg = s01;
        }
      }
      if (s10 >= 0 && j >= lowPrev && j <= highPrev) {
        const cost = ring[ringRowPrev + j] + delUnitA;
        if (cost < best) {
          best = cost;
          arg = s10;
        }
      }
      for (let pair = 0; pair < nps; pair++) {
        const shape = pairShapeIds[pair];
        const unitsA = shapeUnitsA[shape];
        const unitsB = shapeUnitsB[shape];
        const fromI = i - unitsA;
        const fromJ = j - unitsB;
        if (fromI < 0 || fromJ < 0) continue;
        if (fromJ < low[fromI] || fromJ > high[fromI]) continue;
        const prev = ring[ringOff[fromI] + fromJ];
        if (prev === Infinity) continue;
        if (bound && prev + bound.call(scorer, fromI, fromJ, unitsA, unitsB) >= best) continue;
        const cost = prev + scorer.cost(fromI, fromJ, unitsA, unitsB);
        if (cost < best) {
          best = cost;
          arg = shape;
        }
      }
      ring[ringRow + j] = best;
      back[backRow + j] = arg;
      if (j >= colFrom) colTail[i * tailWidth + j - colFrom] = best;
    }
  }
  // the end: (n, m), or with skip, (n, j) / (i, m) and the rest of the other side unpaired; the last
  // bead before such a tail may cover its last unit on the longer side only in part (a translation cut
  // off mid-sentence)
  const costAt = (row: number, col: number) =>
    col < low[row] || col > high[row] ? Infinity : row > countA - ringRows ? ring[ringOff[row] + col] : col >= colFrom ? colTail[row * tailWidth + col - colFrom] : Infinity;
  let endI = countA;
  let endJ = countB;
  let endCost = costAt(countA, countB);
  let endShape = -1;
  let endSide = 0;
  if (skip && skip.tailAllowed !== false) {
    const tailCost = (row: number, col: number) =>
      row === countA && col === countB ? 0 : skip.fixed + skip.perUnit * (delSumA[countA] - delSumA[row] + delSumB[countB] - delSumB[col]);
    const consider = (row: number, col: number) => {
      const tail = tailCost(row, col);
      const cost = costAt(row, col) + tail;
      if (cost < endCost) {
        endCost = cost;
        endI = row;
        endJ = col;
        endShape = -1;
      }
      if (!scorer.partialCost) return;
      for (let side = 0; side < 2; side++) {
        // the partly covered unit is on the side whose rest is left unpaired
        if ((side === 0 && (col !== countB || row === countA)) || (side === 1 && (row !== countA || col === countB))) continue;
        for (let shape = 0; shape < shapeCount; shape++) {
          const unitsA = shapeUnitsA[shape];
          const unitsB = shapeUnitsB[shape];
          if (unitsA === 0 || unitsB === 0 || row < unitsA || col < unitsB) continue;
          const prev = costAt(row - unitsA, col - unitsB);
          if (prev === Infinity) continue;
          const viaPartial = prev + scorer.partialCost(row - unitsA, col - unitsB, unitsA, unitsB, side) + tail;
          if (viaPartial < endCost) {
            endCost = viaPartial;
            endI = row;
            endJ = col;
            endShape = shape;
            endSide = side;
          }
        }
      }
    };
    for (let j = low[countA]; j <= Math.min(countB, high[countA]); j++) consider(countA, j);
    for (let i = 0; i < countA; i++) if (countB >= low[i] && countB <= high[i]) consider(i, countB);
  }
  if (endCost === Infinity) throw new Error('alignment band does not reach the end');
  const beads: RawBead[] = [];
  const edgeRows: number[] = [];
  if (skip && (endI < countA || endJ < countB)) {
    const share = skip.fixed / (countA - endI + countB - endJ);
    for (let j = countB - 1; j >= endJ; j--) beads.push({ startA: countA, startB: j, unitsA: 0, unitsB: 1, cost: share + skip.perUnit * delB[j] });
    for (let i = countA - 1; i >= endI; i--) beads.push({ startA: i, startB: countB, unitsA: 1, unitsB: 0, cost: share + skip.perUnit * delA[i] });
  }
  if (endShape >= 0) {
    const unitsA = shapeUnitsA[endShape];
    const unitsB = shapeUnitsB[endShape];
    const cost = scorer.partialCost!(endI - unitsA, endJ - unitsB, unitsA, unitsB, endSide);
    beads.push({ startA: endI - unitsA, startB: endJ - unitsB, unitsA, unitsB, cost });
    endI -= unitsA;
    endJ -= unitsB;
  }
  let row = endI;
  let col = endJ;
  while (row > 0 || col > 0) {
    const cell = off[row] + col - low[row];
    if ((low[row] > 0 && col - low[row] < edgeMargin) || (high[row] < countB && high[row] - col < edgeMargin)) edgeRows.push(row);
    if (back[cell] === HEAD) {
      const share = skip!.fixed / (row + col);
      for (let unit = row - 1; unit >= 0; unit--) beads.push({ startA: unit, startB: 0, unitsA: 1, unitsB: 0, cost: share + skip!.perUnit * delA[unit] });
      for (let unit = col - 1; unit >= 0; unit--) beads.push({ startA: 0, startB: unit, unitsA: 0, unitsB: 1, cost: share + skip!.perUnit * delB[unit] });
      break;
    }
    const unitsA = shapeUnitsA[back[cell]];
    const unitsB = shapeUnitsB[back[cell]];
    const cost = unitsA === 0 ? delB[col - 1] : unitsB === 0 ? delA[row - 1] : scorer.cost(row - unitsA, col - unitsB, unitsA, unitsB);
    beads.push({ startA: row - unitsA, startB: col - unitsB, unitsA, unitsB, cost });
    row -= unitsA;
    col -= unitsB;
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
  countA: number,
  countB: number,
  band: Band,
  scorer: BeadScorer,
  shapeList: ReadonlyArray<readonly [number, number]>,
  path: readonly RawBead[],
  skip: EndSkip | null,
): Float64Array {
  const { low, high } = band;
  const off = new Int32Array(countA + 2);
  for (let i = 0; i <= countA; i++) off[i + 1] = off[i] + (high[i] - low[i] + 1);
  const forward = new Float64Array(off[countA + 1]).fill(-Infinity);
  const backward = new Float64Array(off[countA + 1]).fill(-Infinity);
  const indexAt = (i: number, j: number) => (j < low[i] || j > high[i] ? -1 : off[i] + j - low[i]);
  const delSumA = new Float64Array(countA + 1);
  const delSumB = new Float64Array(countB + 1);
  for (let i = 0; i < countA; i++) delSumA[i + 1] = delSumA[i] + scorer.delA[i];
  for (let j = 0; j < countB; j++) delSumB[j + 1] = delSumB[j] + scorer.delB[j];
  const moveCost = (startA: number, startB: number, unitsA: number, unitsB: number) =>
    unitsA === 0 ? scorer.delB[startB] : unitsB === 0 ? scorer.delA[startA] : scorer.cost(startA, startB, unitsA, unitsB);
  const addLog = (left: number, right: number) => (left === -Infinity ? right : right === -Infinity ? left : left > right ? left + Math.log1p(Math.exp(right - left)) : right + Math.log1p(Math.exp(left - right)));
  for (let i = 0; i <= countA; i++) {
    for (let j = low[i]; j <= high[i]; j++) {
      let total = i === 0 && j === 0 ? 0 : -Infinity;
      if (skip && (i === 0 || j === 0) && i + j > 0 && i + j <= skip.maxHead) total = addLog(total, -(skip.fixed + skip.perUnit * (delSumA[i] + delSumB[j])));
      for (const [unitsA, unitsB] of shapeList) {
        if (i < unitsA || j < unitsB) continue;
        const from = indexAt(i - unitsA, j - unitsB);
        if (from < 0 || forward[from] === -Infinity) continue;
        total = addLog(total, forward[from] - moveCost(i - unitsA, j - unitsB, unitsA, unitsB));
      }
      forward[off[i] + j - low[i]] = total;
    }
  }
  const tail = (row: number, col: number) => (row === countA && col === countB ? 0 : skip && skip.tailAllowed !== false && (row === countA || col === countB) ? -(skip.fixed + skip.perUnit * (delSumA[countA] - delSumA[row] + delSumB[countB] - delSumB[col])) : -Infinity);
  for (let i = countA; i >= 0; i--) {
    for (let j = high[i]; j >= low[i]; j--) {
      let total = tail(i, j);
      for (const [unitsA, unitsB] of shapeList) {
        if (i + unitsA > countA || j + unitsB > countB) continue;
        const target = indexAt(i + unitsA, j + unitsB);
        if (target < 0 || backward[target] === -Infinity) continue;
        total = addLog(total, backward[target] - moveCost(i, j, unitsA, unitsB));
      }
      backward[off[i] + j - low[i]] = total;
    }
  }
  const whole = backward[0];
  const out = new Float64Array(path.length);
  for (let k = 0; k < path.length; k++) {
    const bead = path[k];
    const from = indexAt(bead.startA, bead.startB);
    const target = indexAt(bead.startA + bead.unitsA, bead.startB + bead.unitsB);
    if (from < 0 || target < 0 || !Number.isFinite(whole)) {
      out[k] = 0;
      continue;
    }
    const viaBead = forward[from] - moveCost(bead.startA, bead.startB, bead.unitsA, bead.unitsB) + backward[target];
    // a bead of a run at the start or end: the share of alignments whose run covers this unit
    out[k] = Math.min(1, Math.exp(addLog(viaBead, runThrough(bead)) - whole));
  }
  return out;

  function runThrough(bead: RawBead): number {
    if (!skip || (bead.unitsA > 0 && bead.unitsB > 0)) return -Infinity;
    // the runs at the start or end that contain this unit
    let total = -Infinity;
    if (bead.unitsB === 0 && bead.startB === 0 && bead.startA + 1 <= skip.maxHead) {
      for (let i = bead.startA + 1; i <= skip.maxHead && i <= countA; i++) {
        const target = indexAt(i, 0);
        if (target >= 0) total = addLog(total, -(skip.fixed + skip.perUnit * delSumA[i]) + backward[target]);
      }
    }
    if (bead.unitsA === 0 && bead.startA === 0 && bead.startB + 1 <= skip.maxHead) {
      for (let j = bead.startB + 1; j <= skip.maxHead && j <= countB; j++) {
        const target = indexAt(0, j);
        if (target >= 0) total = addLog(total, -(skip.fixed + skip.perUnit * delSumB[j]) + backward[target]);
      }
    }
    if (bead.unitsB === 0 && bead.startB === countB) {
      for (let i = 0; i <= bead.startA; i++) {
        const from = indexAt(i, countB);
        if (from >= 0) total = addLog(total, forward[from] + tail(i, countB));
      }
    }
    if (bead.unitsA === 0 && bead.startA === countA) {
      for (let j = low[countA]; j <= bead.startB; j++) {
        const from = indexAt(countA, j);
        if (from >= 0) total = addLog(total, forward[from] + tail(countA, j));
      }
    }
    return total;
  }
}
