// Bands for the banded DP (dp.ts): which states (i, j) of each row are computed.
import type { Band, RawBead } from './dp';

/** How many times a band is widened where the best path runs along its edge. */
export const MAX_WIDEN = 6;

/** A band of half-width w around the straight line from (0, 0) to (n, m). */
export function diagonalBand(n: number, m: number, w: number): Band {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    const c = n === 0 ? 0 : (i * m) / n;
    lo[i] = Math.max(0, Math.floor(c) - w);
    hi[i] = Math.min(m, Math.ceil(c) + w);
  }
  return normalizeBand(lo, hi, m);
}

/** A band of half-width w around a path of beads (as returned by bandedDP). */
export function bandAroundPath(n: number, m: number, beads: readonly RawBead[], w: number): Band {
  const minJ = new Int32Array(n + 1).fill(m);
  const maxJ = new Int32Array(n + 1);
  const touch = (i: number, j: number) => {
    if (j < minJ[i]) minJ[i] = j;
    if (j > maxJ[i]) maxJ[i] = j;
  };
  touch(0, 0);
  for (const b of beads) {
    // the bead's box from (i0, j0) to (i0+p, j0+q): every row inside sees both column ends
    for (let i = b.i0; i <= b.i0 + b.p; i++) {
      touch(i, b.j0);
      touch(i, b.j0 + b.q);
    }
  }
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    lo[i] = Math.max(0, minJ[i] - w);
    hi[i] = Math.min(m, maxJ[i] + w);
  }
  return normalizeBand(lo, hi, m);
}

/** Widens a band by a further w on both sides of the rows within `reach` of the given rows. */
export function widenBand(band: Band, m: number, w: number, rows: readonly number[], reach: number): Band {
  const n = band.lo.length - 1;
  const lo = band.lo.slice();
  const hi = band.hi.slice();
  const mark = new Uint8Array(n + 1);
  for (const r of rows) {
    for (let i = Math.max(0, r - reach); i <= Math.min(n, r + reach); i++) mark[i] = 1;
  }
  for (let i = 0; i <= n; i++) {
    if (!mark[i]) continue;
    lo[i] = Math.max(0, lo[i] - w);
    hi[i] = Math.min(m, hi[i] + w);
  }
  return normalizeBand(lo, hi, m);
}

function normalizeBand(lo: Int32Array, hi: Int32Array, m: number): Band {
  const n = lo.length - 1;
  lo[0] = 0;
  hi[n] = m;
  for (let i = n - 1; i >= 0; i--) if (lo[i] > lo[i + 1]) lo[i] = lo[i + 1];
  for (let i = 1; i <= n; i++) if (hi[i] < hi[i - 1]) hi[i] = hi[i - 1];
  // consecutive rows must overlap (allowing the 0-q and p-0 moves to connect them)
  for (let i = 1; i <= n; i++) if (lo[i] > hi[i - 1]) lo[i] = hi[i - 1];
  for (let i = 0; i <= n; i++) if (hi[i] < lo[i]) hi[i] = lo[i];
  return { lo, hi };
}

/**
 * The band of the boxes of a coarser alignment (sentences inside aligned paragraphs): for each box
 * of units [a0, a1) x [b0, b1), the rows a0..a1 may use columns b0 - margin .. b1 + margin; a box with
 * one side empty (an unpaired paragraph) gets no margin.
 */
export function bandOfBoxes(n: number, m: number, boxes: ReadonlyArray<{ a0: number; a1: number; b0: number; b1: number }>, margin: number): Band {
  const lo = new Int32Array(n + 1).fill(m);
  const hi = new Int32Array(n + 1);
  for (const box of boxes) {
    const extra = box.a1 > box.a0 && box.b1 > box.b0 ? margin : 0;
    const from = Math.max(0, box.b0 - extra);
    const to = Math.min(m, box.b1 + extra);
    for (let i = box.a0; i <= box.a1; i++) {
      if (from < lo[i]) lo[i] = from;
      if (to > hi[i]) hi[i] = to;
    }
  }
  for (let i = 0; i <= n; i++) if (lo[i] > hi[i]) lo[i] = hi[i];
  return normalizeBand(lo, hi, m);
}
