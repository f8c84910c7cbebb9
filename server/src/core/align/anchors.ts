// Cross-language evidence per pair of units (A_i, B_j): how many tokens of each find a counterpart in
// the other. A counterpart is the identical token when it can anchor across languages (numbers,
// names, URLs' parts, ?/!/quotes, markup), or a translation the lexicon learned from the document.
// Computed only for the cells a band needs, into typed arrays.
import type { Band } from './dp';
import type { UnitFeatures, Vocab } from './features';
import type { Lexicon } from './lexicon';

export interface CellMatches {
  /** For unit row i: columns [low[i], high[i]] are stored from off[i]. */
  low: Int32Array;
  high: Int32Array;
  off: Int32Array;
  /** Tokens of A_i (anchoredA) / of B_j (anchoredB) with an identical anchor in the other unit. */
  anchoredA: Float32Array;
  anchoredB: Float32Array;
  /** Tokens of A_i (matchedA) / of B_j (matchedB) with an anchor or a lexicon partner in the other (when a lexicon is given). */
  matchedA: Float32Array;
  matchedB: Float32Array;
  /** Whether matchedA/matchedB were computed. */
  hasLex: boolean;
}

/** Unit rows/columns a bead in the state band can touch. */
function unitRanges(countA: number, countB: number, band: Band): { low: Int32Array; high: Int32Array } {
  const low = new Int32Array(countA);
  const high = new Int32Array(countA);
  for (let i = 0; i < countA; i++) {
    low[i] = Math.max(0, band.low[i] - 3);
    high[i] = Math.min(countB - 1, band.high[Math.min(countA, i + 3)]);
  }
  return { low, high };
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
  cellOf: (row: number, col: number) => number,
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
  for (let row = 0; row < nRows; row++) {
    if (rowLo[row] > rowHi[row]) continue;
    // stamp the tokens of X_r and the Y stems its stems translate to, then look up each Y unit's tokens
    for (let k = xStart[row]; k < xStart[row + 1]; k++) {
      stampFull[xFull[k]] = row;
      if (pOff) {
        const stem = xStem[k];
        for (let link = pOff[stem]; link < pOff[stem + 1]; link++) stampPartner[pTo![link]] = row;
      }
    }
    for (let col = rowLo[row]; col <= rowHi[row]; col++) {
      let count = 0;
      let lexCount = 0;
      for (let k = yStart[col]; k < yStart[col + 1]; k++) {
        const full = yFull[k];
        if (anchor[full] && stampFull[full] === row) {
          count++;
          continue;
        }
        if (stampPartner[yStem[k]] === row) lexCount++;
      }
      const cell = cellOf(row, col);
      outAnchor[cell] = count;
      outLex[cell] = count + lexCount;
    }
  }
}

export function computeCellMatches(featuresA: UnitFeatures, featuresB: UnitFeatures, vocab: Vocab, band: Band, lex: Lexicon | null): CellMatches {
  const countA = featuresA.len.length;
  const countB = featuresB.len.length;
  const { low, high } = unitRanges(countA, countB, band);
  const off = new Int32Array(countA + 1);
  for (let i = 0; i < countA; i++) off[i + 1] = off[i] + Math.max(0, high[i] - low[i] + 1);
  const size = off[countA];
  const anchoredA = new Float32Array(size);
  const anchoredB = new Float32Array(size);
  const matchedA = lex ? new Float32Array(size) : anchoredA;
  const matchedB = lex ? new Float32Array(size) : anchoredB;
  // columns: the rows i whose range holds j form one run, as low and high never decrease
  const colLo = new Int32Array(countB).fill(countA);
  const colHi = new Int32Array(countB).fill(-1);
  for (let i = 0; i < countA; i++) {
    for (let j = low[i]; j <= high[i]; j++) {
      if (i < colLo[j]) colLo[j] = i;
      colHi[j] = i;
    }
  }
  const stampFull = new Int32Array(vocab.fullCount).fill(-1);
  const stampPartner = new Int32Array(vocab.stemCount).fill(-1);
  // B tokens found in A_i: stamp A_i (and the B stems its stems translate to), look up B_j
  countSide(featuresA, featuresB, countA, low, high, (i, j) => off[i] + j - low[i], vocab.anchor, stampFull, stampPartner, lex?.aOff, lex?.aTo, anchoredB, matchedB);
  stampFull.fill(-1);
  stampPartner.fill(-1);
  // A tokens found in B_j: stamp B_j, look up A_i
  countSide(featuresB, featuresA, countB, colLo, colHi, (j, i) => off[i] + j - low[i], vocab.anchor, stampFull, stampPartner, lex?.bOff, lex?.bTo, anchoredA, matchedA);
  return { low, high, off, anchoredA, anchoredB, matchedA, matchedB, hasLex: !!lex };
}
