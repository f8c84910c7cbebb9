// Bands for the banded DP (dp.ts): which states (i, j) of each row are computed.
import type { Band, RawBead } from './dp';

/** How many times a band is widened where the best path runs along its edge. */
export const MAX_WIDEN = 6;

/** A band of half-width `width` around the straight line from (0, 0) to (countA, countB). */
export function diagonalBand(countA: number, countB: number, width: number): Band {
  const low = new Int32Array(countA + 1);
  const high = new Int32Array(countA + 1);
  for (let i = 0; i <= countA; i++) {
    const center = countA === 0 ? 0 : (i * countB) / countA;
    low[i] = Math.max(0, Math.floor(center) - width);
    high[i] = Math.min(countB, Math.ceil(center) + width);
  }
  return normalizeBand(low, high, countB);
}

/** A band of half-width `width` around a path of beads (as returned by bandedDP). */
export function bandAroundPath(countA: number, countB: number, beads: readonly RawBead[], width: number): Band {
  const minJ = new Int32Array(countA + 1).fill(countB);
  const maxJ = new Int32Array(countA + 1);
  const touch = (row: number, col: number) => {
    if (col < minJ[row]) minJ[row] = col;
    if (col > maxJ[row]) maxJ[row] = col;
  };
  touch(0, 0);
  for (const bead of beads) {
    // the bead's box from (startA, startB) to (startA+unitsA, startB+unitsB): every row inside sees both column ends
    for (let i = bead.startA; i <= bead.startA + bead.unitsA; i++) {
      touch(i, bead.startB);
      touch(i, bead.startB + bead.unitsB);
    }
  }
  const low = new Int32Array(countA + 1);
  const high = new Int32Array(countA + 1);
  for (let i = 0; i <= countA; i++) {
    low[i] = Math.max(0, minJ[i] - width);
    high[i] = Math.min(countB, maxJ[i] + width);
  }
  return normalizeBand(low, high, countB);
}

/** Widens a band by a further `width` on both sides of the rows within `reach` of the given rows. */
export function widenBand(band: Band, countB: number, width: number, rows: readonly number[], reach: number): Band {
  const countA = band.low.length - 1;
  const low = band.low.slice();
  const high = band.high.slice();
  const mark = new Uint8Array(countA + 1);
  for (const row of rows) {
    for (let i = Math.max(0, row - reach); i <= Math.min(countA, row + reach); i++) mark[i] = 1;
  }
  for (let i = 0; i <= countA; i++) {
    if (!mark[i]) continue;
    low[i] = Math.max(0, low[i] - width);
    high[i] = Math.min(countB, high[i] + width);
  }
  return normalizeBand(low, high, countB);
}

function normalizeBand(low: Int32Array, high: Int32Array, countB: number): Band {
  const countA = low.length - 1;
  low[0] = 0;
  high[countA] = countB;
  for (let i = countA - 1; i >= 0; i--) if (low[i] > low[i + 1]) low[i] = low[i + 1];
  for (let i = 1; i <= countA; i++) if (high[i] < high[i - 1]) high[i] = high[i - 1];
  // consecutive rows must overlap (allowing the 0-q and p-0 moves to connect them)
  for (let i = 1; i <= countA; i++) if (low[i] > high[i - 1]) low[i] = high[i - 1];
  for (let i = 0; i <= countA; i++) if (high[i] < low[i]) high[i] = low[i];
  return { low, high };
}

/**
 * The band of the boxes of a coarser alignment (sentences inside aligned paragraphs): for each box
 * of units [startA, endA) x [startB, endB), the rows startA..endA may use columns startB - margin .. endB + margin; a box with
 * one side empty (an unpaired paragraph) gets no margin.
 */
export function bandOfBoxes(countA: number, countB: number, boxes: ReadonlyArray<{ startA: number; endA: number; startB: number; endB: number }>, margin: number): Band {
  const low = new Int32Array(countA + 1).fill(countB);
  const high = new Int32Array(countA + 1);
  for (const box of boxes) {
    const extra = box.endA > box.startA && box.endB > box.startB ? margin : 0;
    const first = Math.max(0, box.startB - extra);
    const last = Math.min(countB, box.endB + extra);
    for (let i = box.startA; i <= box.endA; i++) {
      if (first < low[i]) low[i] = first;
      if (last > high[i]) high[i] = last;
    }
  }
  for (let i = 0; i <= countA; i++) if (low[i] > high[i]) low[i] = high[i];
  return normalizeBand(low, high, countB);
}
