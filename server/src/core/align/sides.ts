// alignSides: paragraphs first; then the sentences of the whole document inside the boxes of the
// aligned paragraphs (what that teaches: shape priors, length model, lexicon); then each paragraph
// group with that knowledge. Sentence beads use each Side's global sentence indices; the sentences of
// unpaired paragraphs come out unpaired.
import type { Bead, Side } from '../types';
import { alignPart, alignUnitsLearning, alignUnitsWithModel, type AlignOptions } from './units';
import { bandOfBoxes } from './band';
import { hasConstraints } from './constraints';
import { throwIfCancelled } from '../cancel';

export interface SideAlignment {
  paragraphBeads: Bead[];
  sentenceBeads: Bead[];
}

const textOf = (side: Side, span: { start: number; end: number }) => side.text.slice(span.start, span.end);

export function alignSides(sideA: Side, sideB: Side, opts: AlignOptions = {}): SideAlignment {
  const paragraphsA = sideA.seg.paragraphs;
  const paragraphsB = sideB.seg.paragraphs;
  const para = alignUnitsWithModel(paragraphsA.map((p) => textOf(sideA, p)), paragraphsB.map((p) => textOf(sideB, p)), opts);
  const paragraphBeads = para.beads;
  // the sentences: one alignment over the whole document (its lexicon, priors and length model learned
  // from every sentence, so a sentence dropped from a paragraph stands out against the rest), kept to
  // the boxes of the aligned paragraphs with a sentence of slack
  const sentenceCountA = sideA.seg.sentences.length;
  const sentenceCountB = sideB.seg.sentences.length;
  if (!sentenceCountA || !sentenceCountB) {
    const sentenceBeads: Bead[] = [];
    for (let i = 0; i < sentenceCountA; i++) sentenceBeads.push({ a: [i], b: [], confidence: 1 });
    for (let j = 0; j < sentenceCountB; j++) sentenceBeads.push({ a: [], b: [j], confidence: 1 });
    return { paragraphBeads, sentenceBeads };
  }
  // each paragraph bead's box of sentences, in order (an empty side is a point where the box before ended)
  const groups = paragraphBeads.map((bead) => ({ bead, sentencesA: sentenceRange(sideA, bead.a), sentencesB: sentenceRange(sideB, bead.b) }));
  let nextA = 0;
  let nextB = 0;
  const boxes = groups.map(({ sentencesA, sentencesB }) => {
    const box = { startA: nextA, endA: nextA + sentencesA.length, startB: nextB, endB: nextB + sentencesB.length };
    nextA = box.endA;
    nextB = box.endB;
    return box;
  });
  throwIfCancelled(opts.cancellation);
  const band = bandOfBoxes(sentenceCountA, sentenceCountB, boxes, SENTENCE_SLACK);
  const whole = alignUnitsLearning(
    sideA.seg.sentences.map((s) => textOf(sideA, s)),
    sideB.seg.sentences.map((s) => textOf(sideB, s)),
    { ...opts, band, startLengthModel: opts.lengthModel ?? para.lengthModel },
  );
  // corrections made by hand may cross paragraph groups: the whole alignment honours them as it is
  if (hasConstraints(opts.constraints)) return { paragraphBeads, sentenceBeads: whole.beads };
  throwIfCancelled(opts.cancellation);
  // then each paragraph group on its own with what the whole taught: sentences stay inside their
  // paragraphs' bead, and an unpaired run is cheap only before the first and after the last
  // paired group (a title; where a translation stops)
  const knowledge = whole.knowledge && (opts.lengthModel ? { ...whole.knowledge, lengthModel: opts.lengthModel } : whole.knowledge);
  const sentenceBeads: Bead[] = [];
  const pairedGroups = paragraphBeads.filter((bead) => bead.a.length && bead.b.length);
  const firstPaired = pairedGroups[0];
  const lastPaired = pairedGroups[pairedGroups.length - 1];
  for (const { bead, sentencesA, sentencesB } of groups) {
    throwIfCancelled(opts.cancellation);
    if (!sentencesA.length || !sentencesB.length || !knowledge) {
      for (const i of sentencesA) sentenceBeads.push({ a: [i], b: [], confidence: bead.confidence });
      for (const j of sentencesB) sentenceBeads.push({ a: [], b: [j], confidence: bead.confidence });
      continue;
    }
    const inner = alignPart(knowledge, sentencesA[0], sentencesA[0] + sentencesA.length, sentencesB[0], sentencesB[0] + sentencesB.length, opts, { first: bead === firstPaired, last: bead === lastPaired });
    for (const partBead of inner) {
      sentenceBeads.push({ a: partBead.a.map((k) => sentencesA[k]), b: partBead.b.map((k) => sentencesB[k]), confidence: Math.min(partBead.confidence, bead.confidence) });
    }
  }
  return { paragraphBeads, sentenceBeads };
}

/** Sentences of slack around each aligned paragraph's box: a sentence the paragraphs put one off. */
const SENTENCE_SLACK = 1;

function sentenceRange(side: Side, paragraphs: readonly number[]): number[] {
  const out: number[] = [];
  for (const paragraphIndex of paragraphs) {
    const para = side.seg.paragraphs[paragraphIndex];
    for (let k = 0; k < para.sentenceCount; k++) out.push(para.firstSentence + k);
  }
  return out;
}
