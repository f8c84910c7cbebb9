// alignUnits: two passes.
//  0. length only (Gale–Church). Small inputs (paragraphs): the full matrix, with the length ratio
//     chosen on a grid by least total cost. Long inputs: a band around a path of blocks of units
//     (coarse.ts), widened where the path runs along its edge, with the cheapest bead shapes (the path
//     only needs to be roughly right). The length ratio is re-estimated from
//     the paired beads until it settles (robust to a truncated side);
//  1. length + identical anchors (numbers, names, ?/!/quotes, markup) + a lexicon learned from pass 0's
//     1-1 beads (Moore 2002 / hunalign -realign, no dictionary), in a narrow band around pass 0.
// Both passes may leave a run of units at the start or end of one side unpaired at a small cost (a
// title; the untranslated rest of a truncated translation), and the bead before such a tail may cover
// its last unit only in part (dp.ts EndSkip / partialCost).
// (A separate anchors-only pass before learning was measured: it did not change the result.)
import type { Bead } from '../types';
import { computeCellMatches } from './anchors';
import { coarseBand, searchRatio } from './coarse';
import { BASIC_SHAPES, BEAD_SHAPES, MINIMAL_SHAPES, bandedDP, type Band, type BeadScorer, type EndSkip, type RawBead } from './dp';
import { bandAroundPath, diagonalBand, widenBand } from './band';
import { unitFeatures, Vocab, type UnitFeatures } from './features';
import { estimateLengthModel, type LengthModel } from './lengthCost';
import { Scorer, unitCosts, type UnitCosts } from './scorer';
import { learnLexicon, type Lexicon } from './lexicon';

export interface AlignOptions {
  /** Skip the anchor and lexicon passes (length only). */
  lengthOnly?: boolean;
  /** Skip the learned-lexicon pass. */
  noLexicon?: boolean;
  /** Tuning knobs (see DEFAULT_PARAMS). */
  params?: Partial<AlignParams>;
  /**
   * The pair's length model when already known (sentences inside aligned paragraphs: the paragraphs'
   * model); else it is estimated from the units themselves.
   */
  lengthModel?: LengthModel;
}

export interface UnitAlignment {
  beads: Bead[];
  /** The length model the alignment settled on. */
  lengthModel: LengthModel;
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
  /** Long inputs, first pass: units per block of its coarse levels, and half-width of the bands around them. */
  blockSize: number;
  blockBand: number;
  refineBand: number;
}

/** Inputs with at most this many DP states are aligned on the full matrix (paragraphs). */
const SMALL = 40_000;

export const DEFAULT_PARAMS: AlignParams = {
  prior: {
    '1-1': 0.1, '1-0': 4.6, '0-1': 4.6, '2-1': 3.2, '1-2': 3.2, '2-2': 5.3,
    '3-1': 5.8, '1-3': 5.8, '3-2': 6.9, '2-3': 6.9,
  },
  deletionPerLength: 0,
  matchWeight: 0.7,
  lexWeight: 8,
  blockSize: 4,
  blockBand: 12,
  markupDeletion: 2,
  markupPairBonus: 2,
  refineBand: 5,
  endSkip: { fixed: 3, perUnit: 0.5, maxHead: 4 },
};

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
  maxWiden = 3,
): RawBead[] {
  for (let attempt = 0; ; attempt++) {
    const r = bandedDP(n, m, band, makeScorer(band), shapes, 2, skip);
    if (!r.edgeRows.length || attempt >= maxWiden) return r.beads;
    band = widenBand(band, m, 2 * width, r.edgeRows, 4 * width);
  }
}

export function alignUnits(a: readonly string[], b: readonly string[], opts: AlignOptions = {}): Bead[] {
  return alignUnitsWithModel(a, b, opts).beads;
}

export function alignUnitsWithModel(a: readonly string[], b: readonly string[], opts: AlignOptions = {}): UnitAlignment {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) {
    const beads = [...a.map((_, i) => ({ a: [i], b: [], confidence: 1 })), ...b.map((_, j) => ({ a: [], b: [j], confidence: 1 }))];
    return { beads, lengthModel: opts.lengthModel ?? { c: 1, s2: 6.8 } };
  }
  const params: AlignParams = { ...DEFAULT_PARAMS, ...opts.params, prior: { ...DEFAULT_PARAMS.prior, ...opts.params?.prior } };
  const vocab = new Vocab();
  const fa = unitFeatures(a, vocab);
  const fb = unitFeatures(b, vocab);
  const uc = unitCosts(fa, fb, params);
  const given = opts.lengthModel;
  let model: LengthModel = given ?? { c: fb.lenSum[m] / fa.lenSum[n], s2: 6.8 };

  // pass 0: length only
  const small = (n + 1) * (m + 1) <= SMALL;
  const w0 = small ? Math.max(n, m) : params.blockBand;
  let beads: RawBead[] = [];
  if (small && !given) model = bestRatioModel(n, m, fa, fb, model, params, uc);
  // long inputs: the cheapest shapes find the path roughly, the second pass refines it
  const shapes = small || opts.lengthOnly ? BASIC_SHAPES : MINIMAL_SHAPES;
  for (let iter = 0; iter < (given ? 1 : 4); iter++) {
    let mdl = model;
    let band: Band;
    if (small) band = diagonalBand(n, m, w0);
    else {
      const cb = coarseBand(fa, fb, mdl, uc.prior, params.blockSize, params.blockBand, params.endSkip);
      band = cb.band;
      if (iter === 0 && !given) mdl = model = cb.model;
    }
    beads = runWidening(n, m, band, w0, () => new Scorer(fa, fb, mdl, params, uc, null), shapes, params.endSkip);
    if (given) break;
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
  const out = beads.map((x) => ({
    a: range(x.i0, x.p),
    b: range(x.j0, x.q),
    confidence: confidenceOf(x.cost),
  }));
  return { beads: out, lengthModel: model };
}

/**
 * For small inputs (a few hundred units, e.g. paragraphs), the global length ratio may be far off (a
 * truncated translation leaves a long unpaired tail): try ratios on a grid around it and keep the one
 * whose best alignment costs least.
 */
function bestRatioModel(n: number, m: number, fa: UnitFeatures, fb: UnitFeatures, model: LengthModel, params: AlignParams, uc: UnitCosts): LengthModel {
  const band = diagonalBand(n, m, Math.max(n, m));
  const c = searchRatio(model.c, (c) => {
    const r = bandedDP(n, m, band, new Scorer(fa, fb, { c, s2: model.s2 }, params, uc, null), BASIC_SHAPES, 2, params.endSkip);
    let total = 0;
    for (const x of r.beads) total += x.cost;
    return total;
  });
  const best = { c, s2: model.s2 };
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
