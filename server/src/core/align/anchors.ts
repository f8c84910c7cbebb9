// Cross-language evidence per pair of units (A_i, B_j): how many tokens of each find a counterpart in
// the other. A counterpart is the identical token when it can anchor across languages (numbers,
// names, URLs' parts, ?/!/quotes, markup), or a translation the lexicon learned from the document.
// Computed only for the cells a band needs, into typed arrays.
import type { Band } from './dp';
import type { UnitFeatures, Vocab } from './features';
import type { Lexicon } from './lexicon';

export interface CellMatches {
  /** For unit row i: columns [lo[i], hi[i]] are stored from off[i]. */
  lo: Int32Array;
  hi: Int32Array;
  off: Int32Array;
  /** Tokens of A_i (va) / of B_j (vb) with an identical anchor in the other unit. */
  va: Float32Array;
  vb: Float32Array;
  /** Tokens of A_i (xa) / of B_j (xb) with an anchor or a lexicon partner in the other (when a lexicon is given). */
  xa: Float32Array;
  xb: Float32Array;
  /** Whether xa/xb were computed. */
  hasLex: boolean;
}

/** Unit rows/columns a bead in the state band can touch. */
function unitRanges(n: number, m: number, band: Band): { lo: Int32Array; hi: Int32Array } {
  const lo = new Int32Array(n);
  const hi = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    lo[i] = Math.max(0, band.lo[i] - 3);
    hi[i] = Math.min(m - 1, band.hi[Math.min(n, i + 3)]);
  }
  return { lo, hi };
}

/**
 * Fills, for every cell (i, j) of the ranges, the count of tokens of unit `row` (side X) with a
 * counterpart in unit `col` (side Y): one pass per side, each stamping a unit's tokens once and then
 * looking up the tokens of every unit it meets.
 */
function countSide(
  rowsX: UnitFeatures,
  colsY: UnitFeatures,
  nRows: number,
  rowLo: Int32Array,
  rowHi: Int32Array,
  cellOf: (r: number, c: number) => number,
  anchor: Uint8Array,
  stampFull: Int32Array,
  stampPartner: Int32Array,
  /** Lexicon from X stems to Y stems (CSR). */
  pOff: Int32Array | undefined,
  pTo: Int32Array | undefined,
  outAnchor: Float32Array,
  outLex: Float32Array,
): void {
  const yStart = colsY.tokStart, yFull = colsY.tokFull, yStem = colsY.tokStem;
  const xStart = rowsX.tokStart, xFull = rowsX.tokFull, xStem = rowsX.tokStem;
  for (let r = 0; r < nRows; r++) {
    if (rowLo[r] > rowHi[r]) continue;
    // stamp the tokens of X_r and the Y stems its stems translate to, then look up each Y unit's tokens
    for (let k = xStart[r]; k < xStart[r + 1]; k++) {
      stampFull[xFull[k]] = r;
      if (pOff) {
        const st = xStem[k];
        for (let t = pOff[st]; t < pOff[st + 1]; t++) stampPartner[pTo![t]] = r;
      }
    }
    for (let c = rowLo[r]; c <= rowHi[r]; c++) {
      let count = 0;
      let lexCount = 0;
      for (let k = yStart[c]; k < yStart[c + 1]; k++) {
        const f = yFull[k];
        if (anchor[f] && stampFull[f] === r) {
          count++;
          continue;
        }
        if (stampPartner[yStem[k]] === r) lexCount++;
      }
      const cell = cellOf(r, c);
      outAnchor[cell] = count;
      outLex[cell] = count + lexCount;
    }
  }
}

export function computeCellMatches(fa: UnitFeatures, fb: UnitFeatures, vocab: Vocab, band: Band, lex: Lexicon | null): CellMatches {
  const n = fa.len.length;
  const m = fb.len.length;
  const { lo, hi } = unitRanges(n, m, band);
  const off = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) off[i + 1] = off[i] + Math.max(0, hi[i] - lo[i] + 1);
  const size = off[n];
  const va = new Float32Array(size);
  const vb = new Float32Array(size);
  const xa = lex ? new Float32Array(size) : va;
  const xb = lex ? new Float32Array(size) : vb;
  // columns: the rows i whose range holds j form one run, as lo and hi never decrease
  const colLo = new Int32Array(m).fill(n);
  const colHi = new Int32Array(m).fill(-1);
  for (let i = 0; i < n; i++) {
    for (let j = lo[i]; j <= hi[i]; j++) {
      if (i < colLo[j]) colLo[j] = i;
      colHi[j] = i;
    }
  }
  const stampFull = new Int32Array(vocab.fullCount).fill(-1);
  const stampPartner = new Int32Array(vocab.stemCount).fill(-1);
  // B tokens found in A_i: stamp A_i (and the B stems its stems translate to), look up B_j
  countSide(fa, fb, n, lo, hi, (i, j) => off[i] + j - lo[i], vocab.anchor, stampFull, stampPartner, lex?.aOff, lex?.aTo, vb, xb);
  stampFull.fill(-1);
  stampPartner.fill(-1);
  // A tokens found in B_j: stamp B_j, look up A_i
  countSide(fb, fa, m, colLo, colHi, (j, i) => off[i] + j - lo[i], vocab.anchor, stampFull, stampPartner, lex?.bOff, lex?.bTo, va, xa);
  return { lo, hi, off, va, vb, xa, xb, hasLex: !!lex };
}
