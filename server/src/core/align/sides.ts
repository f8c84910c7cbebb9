// alignSides: paragraphs first; then the sentences of the whole document inside the boxes of the
// aligned paragraphs (what that teaches: shape priors, length model, lexicon); then each paragraph
// group with that knowledge. Sentence beads use each Side's global sentence indices; the sentences of
// unpaired paragraphs come out unpaired.
import type { Bead, Side } from '../types';
import { alignPart, alignUnitsLearning, alignUnitsWithModel, type AlignOptions } from './units';
import { bandOfBoxes } from './band';
import { hasConstraints } from './constraints';

export interface SideAlignment {
  paragraphBeads: Bead[];
  sentenceBeads: Bead[];
}

const textOf = (side: Side, s: { start: number; end: number }) => side.text.slice(s.start, s.end);

export function alignSides(a: Side, b: Side, opts: AlignOptions = {}): SideAlignment {
  const pa = a.seg.paragraphs;
  const pb = b.seg.paragraphs;
  const para = alignUnitsWithModel(pa.map((p) => textOf(a, p)), pb.map((p) => textOf(b, p)), opts);
  const paragraphBeads = para.beads;
  // the sentences: one alignment over the whole document (its lexicon, priors and length model learned
  // from every sentence, so a sentence dropped from a paragraph stands out against the rest), kept to
  // the boxes of the aligned paragraphs with a sentence of slack
  const na = a.seg.sentences.length;
  const nb = b.seg.sentences.length;
  if (!na || !nb) {
    const sentenceBeads: Bead[] = [];
    for (let i = 0; i < na; i++) sentenceBeads.push({ a: [i], b: [], confidence: 1 });
    for (let j = 0; j < nb; j++) sentenceBeads.push({ a: [], b: [j], confidence: 1 });
    return { paragraphBeads, sentenceBeads };
  }
  // each paragraph bead's box of sentences, in order (an empty side is a point where the box before ended)
  const groups = paragraphBeads.map((bead) => ({ bead, sa: sentenceRange(a, bead.a), sb: sentenceRange(b, bead.b) }));
  let nextA = 0;
  let nextB = 0;
  const boxes = groups.map(({ sa, sb }) => {
    const box = { startA: nextA, endA: nextA + sa.length, startB: nextB, endB: nextB + sb.length };
    nextA = box.endA;
    nextB = box.endB;
    return box;
  });
  const band = bandOfBoxes(na, nb, boxes, SENTENCE_SLACK);
  const whole = alignUnitsLearning(
    a.seg.sentences.map((s) => textOf(a, s)),
    b.seg.sentences.map((s) => textOf(b, s)),
    { ...opts, band, startLengthModel: opts.lengthModel ?? para.lengthModel },
  );
  // corrections made by hand may cross paragraph groups: the whole alignment honours them as it is
  if (hasConstraints(opts.constraints)) return { paragraphBeads, sentenceBeads: whole.beads };
  // then each paragraph group on its own with what the whole taught: sentences stay inside their
  // paragraphs' bead, and an unpaired run is cheap only before the first and after the last
  // paired group (a title; where a translation stops)
  const knowledge = whole.knowledge && (opts.lengthModel ? { ...whole.knowledge, lengthModel: opts.lengthModel } : whole.knowledge);
  const sentenceBeads: Bead[] = [];
  const pairedGroups = paragraphBeads.filter((bead) => bead.a.length && bead.b.length);
  const firstPaired = pairedGroups[0];
  const lastPaired = pairedGroups[pairedGroups.length - 1];
  for (const { bead, sa, sb } of groups) {
    if (!sa.length || !sb.length || !knowledge) {
      for (const i of sa) sentenceBeads.push({ a: [i], b: [], confidence: bead.confidence });
      for (const j of sb) sentenceBeads.push({ a: [], b: [j], confidence: bead.confidence });
      continue;
    }
    const inner = alignPart(knowledge, sa[0], sa[0] + sa.length, sb[0], sb[0] + sb.length, opts, { first: bead === firstPaired, last: bead === lastPaired });
    for (const x of inner) {
      sentenceBeads.push({ a: x.a.map((k) => sa[k]), b: x.b.map((k) => sb[k]), confidence: Math.min(x.confidence, bead.confidence) });
    }
  }
  return { paragraphBeads, sentenceBeads };
}

/** Sentences of slack around each aligned paragraph's box: a sentence the paragraphs put one off. */
const SENTENCE_SLACK = 1;

function sentenceRange(side: Side, paragraphs: readonly number[]): number[] {
  const out: number[] = [];
  for (const p of paragraphs) {
    const para = side.seg.paragraphs[p];
    for (let k = 0; k < para.sentenceCount; k++) out.push(para.firstSentence + k);
  }
  return out;
}
