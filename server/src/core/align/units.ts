// alignUnits: the three passes.
//  0. length only (Gale–Church), on a diagonal band widened until the path stays inside it; the length
//     ratio is re-estimated from the paired beads until it settles (robust to a truncated side);
//  1. length + identical anchors (numbers, names, ?/!/quotes, markup) + a lexicon learned from pass 0's
//     1-1 beads (Moore 2002 / hunalign -realign, no dictionary), in a narrow band around pass 0.
// (A separate anchors-only pass before learning was measured: it did not change the result.)
import type { Bead } from '../types';
import { computeCellMatches, type CellMatches } from './anchors';
import { coarseBand } from './coarse';
import { BASIC_SHAPES, BEAD_SHAPES, MINIMAL_SHAPES, bandAroundPath, bandedDP, diagonalBand, widenBand, type Band, type BeadScorer, type EndSkip, type RawBead } from './dp';
import { unitFeatures, Vocab, type UnitFeatures } from './features';
import { deltaCost, estimateLengthModel, type LengthModel } from './lengthCost';
import { learnLexicon, type Lexicon } from './lexicon';

export interface AlignOptions {
  /** Skip the anchor and lexicon passes (length only). */
  lengthOnly?: boolean;
  /** Skip the learned-lexicon pass. */
  noLexicon?: boolean;
  /** Tuning knobs (see DEFAULT_PARAMS). */
  params?: Partial<AlignParams>;
}

export interface AlignParams {
  /** -log prior of each bead shape, keyed `${p}-${q}`. */
  prior: Record<string, number>;
  /** Extra cost per character (relative to the mean unit length) of an unpaired unit. */
  deletionPerLength: number;
  /** Cost reduction per matched token. */
  matchWeight: number;
  /** Cost reduction for the share of tokens with a counterpart (anchor or learned), second pass. */
  lexWeight: number;
  /** Cost of leaving a markup unit unpaired, and the gain of pairing two. */
  markupDeletion: number;
  markupPairBonus: number;
  /** Unpaired run at the start or end of one side (title, untranslated rest): fixed + per unit. */
  endSkip: EndSkip;
  /** Half-widths of the bands: first pass (for long inputs: of its block pass), later passes. */
  firstBand: number;
  /** Long inputs: units per block of the coarse first pass, and half-width of the band around it. */
  blockSize: number;
  blockBand: number;
  refineBand: number;
}

export const DEFAULT_PARAMS: AlignParams = {
  prior: {
    '1-1': 0.1, '1-0': 4.6, '0-1': 4.6, '2-1': 3.2, '1-2': 3.2, '2-2': 5.3,
    '3-1': 5.8, '1-3': 5.8, '3-2': 6.9, '2-3': 6.9,
  },
  deletionPerLength: 0,
  matchWeight: 0.7,
  lexWeight: 8,
  firstBand: 40,
  blockSize: 4,
  blockBand: 8,
  markupDeletion: 2,
  markupPairBonus: 2,
  refineBand: 4,
  endSkip: { fixed: 3, perUnit: 0.5 },
};

/** Per-unit costs that do not depend on the length model or the band: computed once per alignUnits. */
interface UnitCosts {
  prior: Float64Array;
  delA: Float64Array;
  delB: Float64Array;
}

function unitCosts(fa: UnitFeatures, fb: UnitFeatures, params: AlignParams): UnitCosts {
  const prior = new Float64Array(16);
  for (const [k, v] of Object.entries(params.prior)) {
    const [p, q] = k.split('-').map(Number);
    prior[p * 4 + q] = v;
  }
  const del = (f: UnitFeatures, base: number) => {
    const n = f.len.length;
    const perLen = params.deletionPerLength / Math.max(1, f.lenSum[n] / Math.max(1, n));
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      out[i] = f.markSum[i + 1] > f.markSum[i] ? params.markupDeletion : base + perLen * f.len[i];
    }
    return out;
  };
  return { prior, delA: del(fa, prior[4]), delB: del(fb, prior[1]) };
}

class Scorer implements BeadScorer {
  readonly delA: Float64Array;
  readonly delB: Float64Array;
  private readonly prior: Float64Array;
  private readonly c: number;
  private readonly invC: number;
  private readonly s2: number;
  private readonly markupPair: number;
  private readonly matchWeight: number;
  private readonly lexWeight: number;
  private readonly useLex: boolean;
  constructor(
    private readonly fa: UnitFeatures,
    private readonly fb: UnitFeatures,
    model: LengthModel,
    params: AlignParams,
    uc: UnitCosts,
    private readonly cm: CellMatches | null,
  ) {
    this.delA = uc.delA;
    this.delB = uc.delB;
    this.prior = uc.prior;
    this.c = model.c;
    this.invC = 1 / model.c;
    this.s2 = model.s2;
    this.markupPair = params.prior['1-1'] - params.markupPairBonus;
    this.matchWeight = params.matchWeight;
    this.lexWeight = params.lexWeight;
    this.useLex = !!cm && cm.hasLex;
  }

  cost(i0: number, j0: number, p: number, q: number): number {
    const fa = this.fa;
    const fb = this.fb;
    const ma = fa.markSum[i0 + p] - fa.markSum[i0];
    const mb = fb.markSum[j0 + q] - fb.markSum[j0];
    if (ma + mb > 0) {
      // markup units (`<p>`) pair only 1-1 with markup, or stay unpaired cheaply; never merge with text
      return p === 1 && q === 1 && ma === 1 && mb === 1 ? this.markupPair : 1e9;
    }
    const la = fa.lenSum[i0 + p] - fa.lenSum[i0];
    const lb = fb.lenSum[j0 + q] - fb.lenSum[j0];
    return this.pairCost(i0, j0, p, q, la, lb);
  }

  partialCost(i0: number, j0: number, p: number, q: number, partialSide: number): number {
    const fa = this.fa;
    const fb = this.fb;
    if (fa.markSum[i0 + p] - fa.markSum[i0] + fb.markSum[j0 + q] - fb.markSum[j0] > 0) return this.cost(i0, j0, p, q);
    let la = fa.lenSum[i0 + p] - fa.lenSum[i0];
    let lb = fb.lenSum[j0 + q] - fb.lenSum[j0];
    if (partialSide === 0) la = Math.max(la - fa.len[i0 + p - 1] + 1, Math.min(la, lb * this.invC));
    else lb = Math.max(lb - fb.len[j0 + q - 1] + 1, Math.min(lb, la * this.c));
    return this.pairCost(i0, j0, p, q, la, lb);
  }

  private pairCost(i0: number, j0: number, p: number, q: number, la: number, lb: number): number {
    // Gale–Church length cost (lengthCost.ts), inlined
    const dev = (lb - this.c * la) / Math.sqrt(this.s2 * 0.5 * (la + lb * this.invC));
    let c = this.prior[p * 4 + q] + deltaCost(dev < 0 ? -dev : dev);
    const cm = this.cm;
    if (cm === null) return c;
    // group evidence: for anchors, each unit counts its tokens found in the best unit of the other
    // group (a sum over the cells would count a token found in several units, e.g. quotes, once per
    // unit, and favour merging); learned partners, mostly distinct words, are summed
    let mt = 0;
    let lx = 0;
    const { lo, hi, off, va, vb, xa, xb } = cm;
    const useLex = this.useLex;
    if (p === 1 && q === 1) {
      if (j0 >= lo[i0] && j0 <= hi[i0]) {
        const k = off[i0] + j0 - lo[i0];
        mt = va[k] + vb[k];
        lx = xa[k] + xb[k];
      }
    } else {
      for (let i = i0; i < i0 + p; i++) {
        let bestA = 0;
        let bestX = 0;
        const base = off[i] - lo[i];
        const j1 = Math.min(j0 + q - 1, hi[i]);
        for (let j = Math.max(j0, lo[i]); j <= j1; j++) {
          if (va[base + j] > bestA) bestA = va[base + j];
          bestX += xa[base + j];
        }
        mt += bestA;
        lx += bestX;
      }
      for (let j = j0; j < j0 + q; j++) {
        let bestA = 0;
        let bestX = 0;
        for (let i = i0; i < i0 + p; i++) {
          if (j < lo[i] || j > hi[i]) continue;
          const k = off[i] + j - lo[i];
          if (vb[k] > bestA) bestA = vb[k];
          bestX += xb[k];
        }
        mt += bestA;
        lx += bestX;
      }
    }
    c -= this.matchWeight * mt;
    if (useLex) {
      const fa = this.fa;
      const fb = this.fb;
      const tokens = fa.tokStart[i0 + p] - fa.tokStart[i0] + fb.tokStart[j0 + q] - fb.tokStart[j0];
      if (tokens > 0) c -= this.lexWeight * Math.min(1, lx / tokens);
    }
    return c;
  }
}

function pairsOf(beads: readonly RawBead[], fa: UnitFeatures, fb: UnitFeatures): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const b of beads) {
    if (b.p === 0 || b.q === 0) continue;
    out.push([fa.lenSum[b.i0 + b.p] - fa.lenSum[b.i0], fb.lenSum[b.j0 + b.q] - fb.lenSum[b.j0]]);
  }
  return out;
}

/** Runs the DP, widening the band while the path runs along its edge. */
function runWidening(
  n: number,
  m: number,
  band: Band,
  width: number,
  makeScorer: (band: Band) => BeadScorer,
  shapes: ReadonlyArray<readonly [number, number]>,
  skip: EndSkip | null,
): RawBead[] {
  for (let attempt = 0; ; attempt++) {
    const r = bandedDP(n, m, band, makeScorer(band), shapes, 2, skip);
    if (!r.edgeRows.length || attempt >= 3) return r.beads;
    band = widenBand(band, m, 2 * width, r.edgeRows, 4 * width);
  }
}

export function alignUnits(a: readonly string[], b: readonly string[], opts: AlignOptions = {}): Bead[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) {
    return [...a.map((_, i) => ({ a: [i], b: [], confidence: 1 })), ...b.map((_, j) => ({ a: [], b: [j], confidence: 1 }))];
  }
  const params: AlignParams = { ...DEFAULT_PARAMS, ...opts.params, prior: { ...DEFAULT_PARAMS.prior, ...opts.params?.prior } };
  const vocab = new Vocab();
  const fa = unitFeatures(a, vocab);
  const fb = unitFeatures(b, vocab);
  const uc = unitCosts(fa, fb, params);
  let model: LengthModel = { c: fb.lenSum[m] / fa.lenSum[n], s2: 6.8 };

  // pass 0: length only
  const small = (n + 1) * (m + 1) <= 250_000;
  const w0 = small ? Math.max(n, m) : params.firstBand;
  let beads: RawBead[] = [];
  if (small) model = bestRatioModel(n, m, fa, fb, model, params, uc);
  for (let iter = 0; iter < 4; iter++) {
    const mdl = model;
    const band = small ? diagonalBand(n, m, w0) : coarseBand(fa, fb, mdl, uc.prior, params.blockSize, w0, params.blockBand, params.endSkip);
    const w = small ? w0 : params.blockBand;
    beads = runWidening(n, m, band, w, () => new Scorer(fa, fb, mdl, params, uc, null), small ? BASIC_SHAPES : MINIMAL_SHAPES, params.endSkip);
    const next = estimateLengthModel(pairsOf(beads, fa, fb), model);
    const settled = Math.abs(Math.log(next.c / model.c)) < 0.03;
    model = next;
    if (settled) break;
  }
  if (!opts.lengthOnly) {
    const w = small ? Math.max(n, m) : params.refineBand;
    const mdl2 = model;
    let lex: Lexicon | null = null;
    if (!opts.noLexicon) {
      // pass 2: anchors + lexicon learned from pass 0's 1-1 beads
      lex = learnLexicon(
        fa,
        fb,
        vocab.stemCount,
        beads.filter((x) => x.p === 1 && x.q === 1).map((x) => [x.i0, x.i0 + 1, x.j0, x.j0 + 1] as const),
      );
    }
    const lx = lex;
    beads = runWidening(n, m, bandAroundPath(n, m, beads, w), w, (band) =>
      new Scorer(fa, fb, mdl2, params, uc, computeCellMatches(fa, fb, vocab, band, lx)),
      BEAD_SHAPES,
      params.endSkip,
    );
  }
  return beads.map((x) => ({
    a: range(x.i0, x.p),
    b: range(x.j0, x.q),
    confidence: confidenceOf(x.cost),
  }));
}

/**
 * For small inputs (a few hundred units, e.g. paragraphs), the global length ratio may be far off (a
 * truncated translation leaves a long unpaired tail): try ratios on a grid around it and keep the one
 * whose best alignment costs least.
 */
function bestRatioModel(n: number, m: number, fa: UnitFeatures, fb: UnitFeatures, model: LengthModel, params: AlignParams, uc: UnitCosts): LengthModel {
  const band = diagonalBand(n, m, Math.max(n, m));
  let best = model;
  let bestCost = Infinity;
  for (let k = -8; k <= 8; k++) {
    const mdl = { c: model.c * Math.pow(1.15, k), s2: model.s2 };
    const r = bandedDP(n, m, band, new Scorer(fa, fb, mdl, params, uc, null), BASIC_SHAPES, 2, params.endSkip);
    let total = 0;
    for (const x of r.beads) total += x.cost;
    if (total < bestCost) {
      bestCost = total;
      best = mdl;
    }
  }
  return best;
}

function range(start: number, count: number): number[] {
  const r = new Array<number>(count);
  for (let k = 0; k < count; k++) r[k] = start + k;
  return r;
}

/** Maps a bead's cost (nats; lower is surer) to 0..1. */
function confidenceOf(cost: number): number {
  return Math.round((1 / (1 + Math.exp(cost - 3))) * 1000) / 1000;
}
