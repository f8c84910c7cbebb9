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
import { FINER_SPLIT_MAX_RATIO, coarseBand } from './coarse';
import { BASIC_SHAPES, BEAD_SHAPES, bandedDP, beadPosteriors, type Band, type BeadScorer, type EndSkip, type RawBead } from './dp';
import { MAX_WIDEN, bandAroundPath, diagonalBand, widenBand } from './band';
import { sliceFeatures, unitFeatures, Vocab, type UnitFeatures } from './features';
import { estimateLengthModel, type LengthModel } from './lengthCost';
import { Scorer, coverageStats, unitCosts, type CoverageStats, type UnitCosts } from './scorer';
import type { CellMatches } from './anchors';
import { learnLexicon, type Lexicon } from './lexicon';
import type { Dictionary } from './dictionary';
import { ConstrainedScorer, bandWithLinks, hasConstraints, shapesWithLinks, validLinks, type AlignConstraints } from './constraints';
import type { Cancellation } from '../cancel';

export interface AlignOptions {
  /** Asked between paragraph groups (alignSides); once it says so, `AnalysisCancelled` is thrown. */
  cancellation?: Cancellation;
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
  /**
   * The states the first pass may use (sentences: the boxes of the aligned paragraphs); later passes
   * start around its path and may widen beyond where the evidence pulls them.
   */
  band?: Band;
  /**
   * Where the length model starts when it is to be learned (sentences inside aligned paragraphs: the
   * paragraphs' model, which an untranslated tail does not skew as the totals' ratio would).
   */
  startLengthModel?: LengthModel;
  /** A user's bilingual dictionary: its one-word entries are lexicon links from the start. */
  dictionary?: Dictionary;
  /** Corrections made by hand: beads that must be there, pairs that must not share a bead. */
  constraints?: AlignConstraints;
}

export interface UnitAlignment {
  beads: Bead[];
  /** The length model the alignment settled on. */
  lengthModel: LengthModel;
}

/**
 * What an alignment of a whole document learned, handed to the alignments of its parts (the sentences
 * of one paragraph group are too few to learn a lexicon or shape priors from): the length model, the
 * shape priors and the lexicon, over the document's features (`features.ts`), which the parts slice.
 */
export interface DocumentKnowledge {
  lengthModel: LengthModel;
  prior: Record<string, number>;
  lexicon: Lexicon | null;
  /** Coverage levels of the last pass (null when too few beads to tell). */
  coverage: CoverageStats | null;
  vocab: Vocab;
  featuresA: UnitFeatures;
  featuresB: UnitFeatures;
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

/** Half-width of the first pass's unit band, as a share of the shorter side, and its cap. */
const DRIFT_SHARE = 0.03;
const DRIFT_BAND_MAX = 300;

/** Inputs with at most this many DP states are aligned on the full matrix (paragraphs). */
const SMALL = 40_000;

export const DEFAULT_PARAMS: AlignParams = {
  prior: {
    '1-1': 0.1, '1-0': 4.6, '0-1': 4.6, '2-1': 3.2, '1-2': 3.2, '2-2': 5.3,
    '3-1': 5.8, '1-3': 5.8, '3-2': 6.9, '2-3': 6.9, '4-1': 7.5, '1-4': 7.5,
  },
  deletionPerLength: 0,
  matchWeight: 0.7,
  lexWeight: 8,
  blockSize: 4,
  blockBand: 12,
  markupDeletion: 2,
  markupPairBonus: 2,
  refineBand: 5,
  endSkip: { fixed: 1.2, perUnit: 0.3, maxHead: 4 },
};

function pairsOf(beads: readonly RawBead[], featuresA: UnitFeatures, featuresB: UnitFeatures): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const bead of beads) {
    if (bead.unitsA === 0 || bead.unitsB === 0) continue;
    out.push([featuresA.lenSum[bead.startA + bead.unitsA] - featuresA.lenSum[bead.startA], featuresB.lenSum[bead.startB + bead.unitsB] - featuresB.lenSum[bead.startB]]);
  }
  return out;
}

/**
 * Runs the DP, widening the band while the path runs along its edge; returns the path, and the band
 * and scorer of the last run (for bead posteriors).
 */
function runWidening(
  countA: number,
  countB: number,
  band: Band,
  width: number,
  makeScorer: (band: Band) => BeadScorer,
  shapes: ReadonlyArray<readonly [number, number]>,
  skip: EndSkip | null,
  maxWiden = MAX_WIDEN,
): { beads: RawBead[]; band: Band; scorer: BeadScorer } {
  // each widening doubles the added width: a drift of d units is reached in log2(d / width) steps,
  // and only the rows around where the path met the edge get wider
  for (let attempt = 0, add = 2 * width; ; attempt++, add *= 2) {
    const scorer = makeScorer(band);
    const result = bandedDP(countA, countB, band, scorer, shapes, 2, skip);
    if (!result.edgeRows.length || attempt >= maxWiden) return { beads: result.beads, band, scorer };
    band = widenBand(band, countB, add, result.edgeRows, 2 * add);
  }
}

export function alignUnits(textsA: readonly string[], textsB: readonly string[], opts: AlignOptions = {}): Bead[] {
  return alignUnitsWithModel(textsA, textsB, opts).beads;
}

export function alignUnitsWithModel(textsA: readonly string[], textsB: readonly string[], opts: AlignOptions = {}): UnitAlignment {
  const result = alignUnitsLearning(textsA, textsB, opts);
  return { beads: result.beads, lengthModel: result.lengthModel };
}

/** alignUnitsWithModel, also returning what the alignment learned (for aligning the document's parts). */
export function alignUnitsLearning(textsA: readonly string[], textsB: readonly string[], opts: AlignOptions = {}): UnitAlignment & { knowledge: DocumentKnowledge | null } {
  const countA = textsA.length;
  const countB = textsB.length;
  if (countA === 0 || countB === 0) {
    const beads = [...textsA.map((_, i) => ({ a: [i], b: [], confidence: 1 })), ...textsB.map((_, j) => ({ a: [], b: [j], confidence: 1 }))];
    return { beads, lengthModel: opts.lengthModel ?? { ratio: 1, variance: 6.8 }, knowledge: null };
  }
  const baseParams: AlignParams = { ...DEFAULT_PARAMS, ...opts.params, prior: { ...DEFAULT_PARAMS.prior, ...opts.params?.prior } };
  const vocab = new Vocab();
  const featuresA = unitFeatures(textsA, vocab);
  const featuresB = unitFeatures(textsB, vocab);
  // corrections made by hand: every scorer is wrapped, every band holds the links' corners
  const constrained = hasConstraints(opts.constraints) ? validLinks(opts.constraints, countA, countB).links : null;
  const unlinks = constrained ? (opts.constraints!.unlinks ?? []).filter((x) => x.a >= 0 && x.a < countA && x.b >= 0 && x.b < countB) : [];
  const wrap = (scorer: BeadScorer): BeadScorer => (constrained ? new ConstrainedScorer(scorer, constrained, unlinks) : scorer);
  const withLinks = (band: Band): Band => (constrained ? bandWithLinks(band, countB, constrained, (link) => ({ startA: link.a[0], startB: link.b[0] })) : band);
  const withLinkShapes = (shapes: ReadonlyArray<readonly [number, number]>) => (constrained ? shapesWithLinks(shapes, constrained) : shapes);
  // bead-shape priors: from the unit counts at first (a side with more units must split), then
  // re-estimated from each pass's beads (Viterbi EM), so a text that splits 1-2 a lot pays little for it
  let params: AlignParams = { ...baseParams, prior: countInformedPriors(baseParams.prior, countA, countB) };
  let costs = unitCosts(featuresA, featuresB, params);
  const given = opts.lengthModel;
  let model: LengthModel = given ?? opts.startLengthModel ?? { ratio: featuresB.lenSum[countB] / featuresA.lenSum[countA], variance: 6.8 };

  // pass 0: length only
  const small = (countA + 1) * (countB + 1) <= SMALL;
  // the band of the first pass: blocks of units cannot see a length ratio that drifts slowly along
  // the text (their sums match on the diagonal whatever the truth), so the unit-level band around
  // their path is a few per cent of the text wide: there, single units' lengths find the real path
  const firstWidth = small ? Math.max(countA, countB) : Math.max(params.blockBand, Math.min(DRIFT_BAND_MAX, Math.ceil(DRIFT_SHARE * Math.min(countA, countB))));
  let beads: RawBead[] = [];
  const fixedBand = opts.band;
  if (small && !given && !fixedBand && !opts.startLengthModel) model = startRatioModel(countA, countB, featuresA, featuresB, model, params, costs);
  const shapes = withLinkShapes(BASIC_SHAPES);
  for (let iter = 0; iter < (given ? 1 : 4); iter++) {
    let mdl = model;
    let band: Band;
    // the first round: a wide band around the path of blocks; later rounds (a better length model
    // and priors) a narrow one around the path before, widened where the path meets its edge
    let width = firstWidth;
    if (fixedBand && iter === 0) {
      band = fixedBand;
      width = params.refineBand;
    } else if (fixedBand) {
      width = params.refineBand;
      band = bandAroundPath(countA, countB, beads, width);
    } else if (small) band = diagonalBand(countA, countB, firstWidth);
    else if (iter === 0) {
      const coarse = coarseBand(featuresA, featuresB, mdl, costs.prior, params.blockSize, params.blockBand, params.endSkip, firstWidth);
      band = coarse.band;
      if (!given) mdl = model = coarse.model;
    } else {
      width = params.blockBand;
      band = bandAroundPath(countA, countB, beads, width);
    }
    const paramsNow = params;
    const costsNow = costs;
    beads = runWidening(countA, countB, withLinks(band), width, () => wrap(new Scorer(featuresA, featuresB, mdl, paramsNow, costsNow, null)), shapes, params.endSkip).beads;
    params = { ...params, prior: reestimatePriors(baseParams.prior, beads) };
    costs = unitCosts(featuresA, featuresB, params);
    if (given) break;
    const next = estimateLengthModel(pairsOf(beads, featuresA, featuresB), model);
    const settled = Math.abs(Math.log(next.ratio / model.ratio)) < 0.03;
    model = next;
    if (settled) break;
  }
  // the dictionary's stems are interned before the lexicon's tables are sized by vocab.stemCount
  const dictionaryLinks = opts.dictionary ? linksOf(opts.dictionary, vocab) : [];
  let lastLexicon: Lexicon | null = null;
  let lastCoverage: CoverageStats | null = null;
  let posteriors: Float64Array | null = null;
  if (!opts.lengthOnly) {
    const refineWidth = small && !fixedBand ? Math.max(countA, countB) : params.refineBand;
    const mdl2 = model;
    // pass 1: anchors + a lexicon learned from pass 0's 1-1 beads, the cheap shapes, and a band that
    // widens as far as the evidence pulls the path (a drift pass 0 could not see by length);
    // pass 2: the lexicon learned again from pass 1's better beads, every shape, a narrow band
    const rounds = opts.noLexicon
      ? [{ shapes: withLinkShapes(BEAD_SHAPES), widen: MAX_WIDEN }]
      : [{ shapes: withLinkShapes(BASIC_SHAPES), widen: MAX_WIDEN }, { shapes: withLinkShapes(BEAD_SHAPES), widen: 2 }];
    for (const [roundIndex, round] of rounds.entries()) {
      let lex: Lexicon | null = null;
      if (!opts.noLexicon) lex = learnLexicon(featuresA, featuresB, vocab.stemCount, confidentOneToOne(beads), undefined, dictionaryLinks);
      lastLexicon = lex;
      const roundLexicon = lex;
      const paramsNow = params;
      const costsNow = costs;
      const run = runWidening(countA, countB, withLinks(bandAroundPath(countA, countB, beads, refineWidth)), refineWidth, (band) =>
        wrap(new Scorer(featuresA, featuresB, mdl2, paramsNow, costsNow, computeCellMatches(featuresA, featuresB, vocab, band, roundLexicon), vocab.anchor)),
        round.shapes,
        params.endSkip,
        round.widen,
      );
      beads = run.beads;
      if (roundIndex === rounds.length - 1) {
        posteriors = beadPosteriors(countA, countB, run.band, run.scorer, round.shapes, beads, params.endSkip);
        if (roundLexicon) lastCoverage = coverageStats(computeCellMatches(featuresA, featuresB, vocab, run.band, roundLexicon), featuresA, featuresB, beads);
      }
      params = { ...params, prior: reestimatePriors(baseParams.prior, beads) };
      costs = unitCosts(featuresA, featuresB, params);
    }
  }
  const knowledge: DocumentKnowledge = { lengthModel: model, prior: params.prior, lexicon: lastLexicon ?? null, coverage: lastCoverage, vocab, featuresA, featuresB };
  return { beads: toBeads(beads, posteriors ?? null), lengthModel: model, knowledge };
}

/**
 * Beads out, with their confidence: the posterior probability of the bead (forward–backward) where
 * known, else the cost mapped to 0..1.
 */
function toBeads(beads: readonly RawBead[], posteriors: Float64Array | null = null): Bead[] {
  return beads.map((bead, index) => ({
    a: range(bead.startA, bead.unitsA),
    b: range(bead.startB, bead.unitsB),
    confidence: posteriors ? Math.round(posteriors[index] * 1000) / 1000 : confidenceOf(bead.cost),
  }));
}

/**
 * Aligns units [startA, endA) of side A with [startB, endB) of side B of a document already aligned as a whole,
 * with what that alignment learned: its length model, shape priors and lexicon; the full matrix
 * (a part is small), every bead shape, the unpaired runs at its ends allowed (a truncated translation
 * ends inside the last group). Bead indices are relative to startA and startB.
 */
export function alignPart(
  knowledge: DocumentKnowledge,
  startA: number,
  endA: number,
  startB: number,
  endB: number,
  opts: AlignOptions = {},
  /** Whether this part starts or ends the paired text: only there may a run be left unpaired cheaply. */
  ends: { first: boolean; last: boolean } = { first: true, last: true },
): Bead[] {
  const countA = endA - startA;
  const countB = endB - startB;
  if (countA === 0 || countB === 0) return toBeads([...rangeBeads(countA, 1, 0), ...rangeBeads(countB, 0, 1)]);
  const params: AlignParams = { ...DEFAULT_PARAMS, ...opts.params, prior: knowledge.prior };
  const featuresA = sliceFeatures(knowledge.featuresA, startA, endA);
  const featuresB = sliceFeatures(knowledge.featuresB, startB, endB);
  const costs = unitCosts(featuresA, featuresB, params);
  const band = diagonalBand(countA, countB, Math.max(countA, countB));
  const lexicon = opts.noLexicon || opts.lengthOnly ? null : knowledge.lexicon;
  const cells = opts.lengthOnly ? null : computeCellMatches(featuresA, featuresB, knowledge.vocab, band, lexicon);
  const scorer = new Scorer(featuresA, featuresB, knowledge.lengthModel, params, costs, cells, knowledge.vocab.anchor);
  // inside the text, a unit left unpaired at a part's edge is a deletion like any other; a title
  // before the first part and the untranslated rest after the last are runs (EndSkip)
  const skip = ends.first || ends.last ? { ...params.endSkip, maxHead: ends.first ? params.endSkip.maxHead : 0, tailAllowed: ends.last } : null;
  const path = bandedDP(countA, countB, band, scorer, BEAD_SHAPES, 2, skip).beads;
  const posteriors = beadPosteriors(countA, countB, band, scorer, BEAD_SHAPES, path, skip);
  const beads = toBeads(path, posteriors);
  return cells && lexicon && knowledge.coverage ? splitUnsupported(beads, featuresA, featuresB, cells, knowledge.coverage, knowledge.lengthModel) : beads;
}

/**
 * A many-unit bead whose first or last unit on its longer side finds no more partners in the other
 * group than a unit three places away would, while the rest of the bead is covered as translations
 * are, and whose lengths fit better without it, is split: that unit is unpaired (an omitted or added
 * sentence the DP merged into its neighbour, as merging is usually cheaper than a deletion).
 */
function splitUnsupported(beads: Bead[], featuresA: UnitFeatures, featuresB: UnitFeatures, cells: CellMatches, coverage: CoverageStats, model: LengthModel): Bead[] {
  const out: Bead[] = [];
  const low = coverage.background + SPLIT_COVERAGE_SHARE * (coverage.paired - coverage.background);
  const foundIn = (key: 'a' | 'b', unit: number, others: readonly number[]) => {
    let found = 0;
    for (const other of others) {
      const [unitA, unitB] = key === 'a' ? [unit, other] : [other, unit];
      if (unitB < cells.low[unitA] || unitB > cells.high[unitA]) continue;
      const cell = cells.off[unitA] + unitB - cells.low[unitA];
      found += key === 'a' ? cells.matchedA[cell] : cells.matchedB[cell];
    }
    const features = key === 'a' ? featuresA : featuresB;
    const tokens = features.tokStart[unit + 1] - features.tokStart[unit];
    return tokens ? Math.min(1, found / tokens) : -1;
  };
  const lengthOf = (features: UnitFeatures, units: readonly number[]) => units.reduce((sum, u) => sum + features.len[u], 0);
  const misfit = (lengthA: number, lengthB: number) => Math.abs(Math.log((lengthB + 1) / (model.ratio * lengthA + 1)));
  for (const bead of beads) {
    const key: 'a' | 'b' | null = bead.a.length > 1 && bead.b.length ? 'a' : bead.b.length > 1 && bead.a.length ? 'b' : null;
    if (!key) {
      out.push(bead);
      continue;
    }
    const otherKey = key === 'a' ? 'b' : 'a';
    const own = bead[key];
    let split = false;
    for (const edge of [own[0], own[own.length - 1]]) {
      const rest = own.filter((u) => u !== edge);
      const edgeCoverage = foundIn(key, edge, bead[otherKey]);
      if (edgeCoverage < 0 || edgeCoverage > low) continue;
      const restCoverage = rest.map((u) => foundIn(key, u, bead[otherKey])).filter((x) => x >= 0);
      if (!restCoverage.length || Math.min(...restCoverage) < (coverage.paired + coverage.background) / 2) continue;
      const ownFeatures = key === 'a' ? featuresA : featuresB;
      const otherFeatures = key === 'a' ? featuresB : featuresA;
      const otherLength = lengthOf(otherFeatures, bead[otherKey]);
      const [withEdge, without] =
        key === 'a'
          ? [misfit(lengthOf(ownFeatures, own), otherLength), misfit(lengthOf(ownFeatures, rest), otherLength)]
          : [misfit(otherLength, lengthOf(ownFeatures, own)), misfit(otherLength, lengthOf(ownFeatures, rest))];
      if (without >= withEdge) continue;
      const kept: Bead = { ...bead, [key]: rest } as Bead;
      const alone: Bead = { a: key === 'a' ? [edge] : [], b: key === 'b' ? [edge] : [], confidence: bead.confidence };
      if (edge === own[0]) out.push(alone, kept);
      else out.push(kept, alone);
      split = true;
      break;
    }
    if (!split) out.push(bead);
  }
  return out;
}

/** A unit counts as unsupported below this share of the way from background to paired coverage. */
const SPLIT_COVERAGE_SHARE = 0.25;

function rangeBeads(count: number, unitsA: number, unitsB: number): RawBead[] {
  return Array.from({ length: count }, (_, unit) => ({ startA: unitsA ? unit : 0, startB: unitsB ? unit : 0, unitsA, unitsB, cost: 0 }));
}

/** One-word dictionary entries as flat (A stem, B stem) pairs; phrases are left out. */
function linksOf(dictionary: Dictionary, vocab: Vocab): number[] {
  const links: number[] = [];
  for (const entry of dictionary.entries) {
    const source = vocab.stemOfWord(entry.source);
    const target = vocab.stemOfWord(entry.target);
    if (source >= 0 && target >= 0) links.push(source, target);
  }
  return links;
}

/** The 1-1 beads a lexicon is learned from: all but the costliest quarter (the least sure). */
function confidentOneToOne(beads: readonly RawBead[]): Array<readonly [number, number, number, number]> {
  const oneToOne = beads.filter((x) => x.unitsA === 1 && x.unitsB === 1);
  const costs = Float64Array.from(oneToOne, (x) => x.cost).sort();
  const limit = costs.length ? costs[Math.floor(costs.length * 0.75)] : 0;
  return oneToOne.filter((x) => x.cost <= limit).map((x) => [x.startA, x.startA + 1, x.startB, x.startB + 1] as const);
}

/** Sides shorter than this keep the default priors before the first pass. */
const COUNT_PRIOR_MIN_UNITS = 40;

/** Pseudo-beads of the default priors mixed into every re-estimate (a short text keeps them). */
const PRIOR_WEIGHT = 30;

function normalizedProbabilities(prior: Record<string, number>): Map<string, number> {
  const probabilities = new Map<string, number>();
  let total = 0;
  for (const [shape, cost] of Object.entries(prior)) total += Math.exp(-cost);
  for (const [shape, cost] of Object.entries(prior)) probabilities.set(shape, Math.exp(-cost) / total);
  return probabilities;
}

function toCosts(probabilities: Map<string, number>): Record<string, number> {
  let total = 0;
  for (const probability of probabilities.values()) total += probability;
  const out: Record<string, number> = {};
  for (const [shape, probability] of probabilities) out[shape] = -Math.log(probability / total);
  return out;
}

/**
 * Priors before any alignment: when one side has more units, at least that many of its units sit in
 * beads that pair several of them (or none) with one of the other side; the share of 1-2 (or 2-1)
 * beads starts at least there (capped, as a truncated translation also makes the counts differ).
 */
function countInformedPriors(prior: Record<string, number>, countA: number, countB: number): Record<string, number> {
  const probabilities = normalizedProbabilities(prior);
  // past FINER_SPLIT_MAX_RATIO the difference is more likely a missing part than finer splitting
  if (Math.max(countA, countB) > FINER_SPLIT_MAX_RATIO * Math.min(countA, countB)) return prior;
  // a few units (the sentences of one paragraph) differ in count by chance or by an omission
  if (Math.min(countA, countB) < COUNT_PRIOR_MIN_UNITS) return prior;
  const excess = Math.min(0.3, Math.abs(countB - countA) / Math.max(1, Math.min(countA, countB)));
  if (excess < 0.05) return prior;
  const [two, three] = countB > countA ? ['1-2', '1-3'] : ['2-1', '3-1'];
  probabilities.set(two, Math.max(probabilities.get(two)!, excess * 0.8));
  probabilities.set(three, Math.max(probabilities.get(three)!, excess * 0.08));
  return toCosts(probabilities);
}

/** Viterbi re-estimate of the shape priors from a pass's beads, smoothed toward the defaults. */
function reestimatePriors(defaults: Record<string, number>, beads: readonly RawBead[]): Record<string, number> {
  const base = normalizedProbabilities(defaults);
  const counts = new Map<string, number>();
  let total = 0;
  // the unpaired runs at the start and end are one event each (EndSkip), not deletions
  let first = 0;
  let last = beads.length;
  while (first < last && (beads[first].unitsA === 0 || beads[first].unitsB === 0)) first++;
  while (last > first && (beads[last - 1].unitsA === 0 || beads[last - 1].unitsB === 0)) last--;
  for (let k = first; k < last; k++) {
    const bead = beads[k];
    const shape = `${bead.unitsA}-${bead.unitsB}`;
    if (!base.has(shape)) continue;
    counts.set(shape, (counts.get(shape) ?? 0) + 1);
    total++;
  }
  const probabilities = new Map<string, number>();
  for (const [shape, probability] of base) probabilities.set(shape, ((counts.get(shape) ?? 0) + PRIOR_WEIGHT * probability) / (total + PRIOR_WEIGHT));
  const costs = toCosts(probabilities);
  // a shape the pass did not use is not thereby rarer than the defaults say: a Viterbi pass that could
  // not choose it (a cheap first pass has no 1-3 or 2-2) would otherwise price it out for good
  for (const shape of Object.keys(costs)) costs[shape] = Math.min(costs[shape], defaults[shape]);
  return costs;
}

/**
 * For small inputs (a few hundred units, e.g. paragraphs), the ratio of the totals may be far off: a
 * translation that stops early leaves the rest of the original unpaired. Two candidates, the totals'
 * ratio and that of the first min(n, m) units of each side (not skewed by a missing end), each align
 * the text once; the one whose alignment pairs more units 1-1 with lengths that fit (within a third) is
 * kept. (Comparing the alignments' costs would not do: with the spread fixed, a tiny ratio makes every
 * pair of lengths look alike.)
 */
function startRatioModel(countA: number, countB: number, featuresA: UnitFeatures, featuresB: UnitFeatures, model: LengthModel, params: AlignParams, costs: UnitCosts): LengthModel {
  const prefixUnits = Math.min(countA, countB);
  const prefixRatio = featuresB.lenSum[prefixUnits] / Math.max(1, featuresA.lenSum[prefixUnits]);
  if (!(prefixRatio > 0) || Math.abs(Math.log(prefixRatio / model.ratio)) < 0.05) return model;
  const band = diagonalBand(countA, countB, Math.max(countA, countB));
  const fitting = (ratio: number) => {
    const beads = bandedDP(countA, countB, band, new Scorer(featuresA, featuresB, { ratio, variance: model.variance }, params, costs, null), BASIC_SHAPES, 2, params.endSkip).beads;
    let good = 0;
    for (const bead of beads) {
      if (bead.unitsA !== 1 || bead.unitsB !== 1) continue;
      if (Math.abs(Math.log(featuresB.len[bead.startB] / (ratio * featuresA.len[bead.startA]))) < FIT_WITHIN) good++;
    }
    return good;
  };
  return fitting(prefixRatio) > fitting(model.ratio) ? { ratio: prefixRatio, variance: model.variance } : model;
}

/** A 1-1 bead's lengths fit when their ratio is within this (log) of the model's. */
const FIT_WITHIN = Math.log(1.33);

function range(start: number, count: number): number[] {
  const out = new Array<number>(count);
  for (let k = 0; k < count; k++) out[k] = start + k;
  return out;
}

/** Maps a bead's cost (nats; lower is surer) to 0..1. */
function confidenceOf(cost: number): number {
  return Math.round((1 / (1 + Math.exp(cost - 3))) * 1000) / 1000;
}
