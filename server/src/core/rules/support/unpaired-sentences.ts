// Runs of sentences with no counterpart inside paragraphs that are translated: what missing-translation
// reports on the original and added-sentence on the translation. Shared so both agree on what counts.
import type { AlignedPair, Report } from '../rule';
import type { Bead, Side } from '../../types';
import { other, unitSpan, type Key } from './pair';
import { UNCERTAIN_DEFAULTS, sentencesInStretches, uncertainStretches } from './uncertain';

/** Letters in a span: a sentence without any (`* * *`, `—`, `12.`) is not a missing translation. */
const LETTERS = /\p{L}.*\p{L}/su;

/** A sentence that ends as sentences end (full stop, ?, !, …, a closing quote or bracket after one). */
const CLOSED = /[.!?…。！？]["”’»)\]]*\s*$|["”’»]\s*$/u;

/** How sure the aligner must be that a run is unpaired before it is reported (see unpairedSentenceRuns). */
export interface UnpairedEvidence {
  /** Sentences shorter than this (all of a run together) are left alone. */
  minChars: number;
  /** Growth of the length misfit (log length ratio) a neighbour bead must show with the run added. */
  minWorse: number;
  /** The run's confidence (the aligner's posterior) at which it is reported whatever the lengths say. */
  sure: number;
  /** The confidence below which it is never reported; in between, the lengths must agree. */
  likely: number;
}

/**
 * Runs of sentences of side `k` with no counterpart, inside paragraphs that ARE paired (sentences of
 * unpaired paragraphs are the paragraph-level finding). A run does not cross a paragraph bead. Left out:
 * a run right after a counterpart sentence that stops mid-sentence (truncated-translation reports it),
 * and a run the aligner is not sure of: its posterior (the bead's confidence, which weighs the lexical
 * evidence of every alternative, merging into a neighbour included) below `sure`, and either below
 * `likely` or fitting a neighbouring bead about as well as it stands alone (the neighbour's counterpart
 * is long enough to hold its translation too, so more likely a split 2-1 bead than a dropped sentence).
 */
export function unpairedSentenceRuns(pair: AlignedPair, sideKey: Key, evidence: UnpairedEvidence): number[][] {
  const { minChars, minWorse } = evidence;
  const side = pair[sideKey];
  const otherKey = other(sideKey);
  const counterpart = pair[otherKey];
  const len = (measured: Side, idx: readonly number[]) => idx.reduce((total, sentenceIndex) => total + measured.seg.sentences[sentenceIndex].end - measured.seg.sentences[sentenceIndex].start, 0);
  const beadOfPara = new Int32Array(side.seg.paragraphs.length).fill(-1);
  pair.paragraphBeads.forEach((paragraphBead, paragraphIndex) => {
    if (paragraphBead.a.length && paragraphBead.b.length) for (const i of paragraphBead[sideKey]) beadOfPara[i] = paragraphIndex;
  });
  // the document's own length ratio over paired sentence beads
  let sideChars = 0;
  let otherChars = 0;
  for (const sentenceBead of pair.sentenceBeads) {
    if (sentenceBead[sideKey].length && sentenceBead[otherKey].length) {
      sideChars += len(side, sentenceBead[sideKey]);
      otherChars += len(counterpart, sentenceBead[otherKey]);
    }
  }
  const logR = Math.log((otherChars + 1) / (sideChars + 1));
  const misfit = (kLen: number, oLen: number) => Math.abs(Math.log((oLen + 1) / (kLen + 1)) - logR);
  /** True when adding `extra` characters to the k side of bead `b` makes its length fit clearly worse. */
  const worseWith = (sentenceBead: Bead | undefined, extra: number) => {
    if (!sentenceBead) return true;
    const sideLength = len(side, sentenceBead[sideKey]);
    const otherLength = len(counterpart, sentenceBead[otherKey]);
    return misfit(sideLength + extra, otherLength) - misfit(sideLength, otherLength) >= minWorse;
  };
  // sentences in a stretch the aligner is unsure of: uncertain-alignment reports the stretch once
  const unsure = sentencesInStretches(pair.sentenceBeads, uncertainStretches(pair.sentenceBeads, UNCERTAIN_DEFAULTS.threshold, UNCERTAIN_DEFAULTS.minBeads), sideKey, side.seg.sentences.length);
  const out: number[][] = [];
  let run: number[] = [];
  /** The lowest confidence of the beads holding the run's sentences. */
  let runConfidence = 1;
  let runBead = -1;
  let prevPaired: Bead | undefined;
  let cutBefore = false;
  let before: Bead | undefined;
  const pending: { run: number[]; confidence: number; before?: Bead }[] = [];
  // the counterpart also has unpaired sentences between the same two paired beads: a 1-1 the aligner
  // split into 1-0 + 0-1 far more often than two dropped sentences facing each other
  let otherUnpaired = false;
  const flush = () => {
    if (run.length && len(side, run) >= minChars && !cutBefore) pending.push({ run, confidence: runConfidence, before });
    run = [];
    runConfidence = 1;
  };
  const settle = (after?: Bead) => {
    flush();
    for (const waiting of pending.splice(0)) {
      if (otherUnpaired) continue;
      // neighbours may sit in the next paragraph: a sentence the aligner split off a 2-1 often opens or closes one
      const extra = len(side, waiting.run);
      const { confidence } = waiting;
      if (confidence >= evidence.sure || (confidence >= evidence.likely && worseWith(waiting.before, extra) && worseWith(after, extra))) out.push(waiting.run);
    }
    otherUnpaired = false;
  };
  for (const sentenceBead of pair.sentenceBeads) {
    if (sentenceBead[sideKey].length && sentenceBead[otherKey].length) {
      settle(sentenceBead);
      prevPaired = sentenceBead;
      continue;
    }
    if (!sentenceBead[sideKey].length) {
      // a sentence of the counterpart marked by hand as having none does not make these suspect
      if (sentenceBead[otherKey].length && !sentenceBead.byHand) otherUnpaired = true;
      continue;
    }
    // sentences marked by hand as having no counterpart (.bitext/links.json): not missing, on purpose
    if (sentenceBead.byHand) {
      flush();
      continue;
    }
    for (const i of sentenceBead[sideKey]) {
      const sent = side.seg.sentences[i];
      const bead = beadOfPara[sent.paragraph];
      if (bead < 0 || unsure[i] || !LETTERS.test(side.text.slice(sent.start, sent.end))) {
        flush();
        continue;
      }
      if (run.length && bead !== runBead) flush();
      if (!run.length) {
        const last = prevPaired?.[otherKey][prevPaired[otherKey].length - 1];
        const prev = last !== undefined ? counterpart.seg.sentences[last] : undefined;
        cutBefore = !!prev && !CLOSED.test(counterpart.text.slice(prev.start, prev.end));
        before = prevPaired;
      }
      runBead = bead;
      run.push(i);
      runConfidence = Math.min(runConfidence, sentenceBead.confidence);
    }
  }
  settle();
  return out;
}


/** The options of the two rules that report such runs (missing-translation, added-sentence). */
export const UNPAIRED_SENTENCE_OPTIONS = {
  minSentenceChars: { type: 'integer', default: 20, min: 0 },
  minMisfit: { type: 'number', default: 0.3, min: 0 },
  sureConfidence: { type: 'number', default: 0.7, min: 0, max: 1 },
  likelyConfidence: { type: 'number', default: 0.45, min: 0, max: 1 },
} as const;

/** The evidence thresholds from a rule's resolved options. */
export function unpairedEvidence(options: Record<string, unknown>): UnpairedEvidence {
  return {
    minChars: options.minSentenceChars as number,
    minWorse: options.minMisfit as number,
    sure: options.sureConfidence as number,
    likely: options.likelyConfidence as number,
  };
}

/**
 * The finding on a run of unpaired sentences of side `k`: "2 sentences in paragraph 4 " + what the
 * rule says of them, given the count (`is not translated`, `has no counterpart in the original`).
 */
export function sentenceRunReport(pair: AlignedPair, sideKey: Key, run: readonly number[], say: (count: number) => string): Report {
  const side = pair[sideKey];
  const count = run.length;
  const paragraph = side.seg.sentences[run[0]].paragraph;
  return {
    message: `${count === 1 ? '1 sentence' : `${count} sentences`} in paragraph ${paragraph + 1} ${say(count)}`,
    uri: side.uri,
    span: unitSpan(side, 'sentences', run),
    data: { sentences: count, first: run[0], paragraph, side: sideKey },
  };
}
