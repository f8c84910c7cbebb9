// alignSides: paragraphs first, then sentences inside each aligned paragraph group. Sentence beads use
// each Side's global sentence indices; the sentences of unpaired paragraphs come out unpaired.
import type { Bead, Side } from '../types';
import { alignUnitsWithModel, type AlignOptions } from './units';

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
  // sentences inside a paragraph group are too few to estimate the length ratio: use the paragraphs'
  const inOpts: AlignOptions = { ...opts, lengthModel: opts.lengthModel ?? para.lengthModel };
  const sentenceBeads: Bead[] = [];
  for (const bead of paragraphBeads) {
    const sa = sentenceRange(a, bead.a);
    const sb = sentenceRange(b, bead.b);
    if (!sa.length || !sb.length) {
      for (const i of sa) sentenceBeads.push({ a: [i], b: [], confidence: bead.confidence });
      for (const j of sb) sentenceBeads.push({ a: [], b: [j], confidence: bead.confidence });
      continue;
    }
    const inner = alignUnitsWithModel(sa.map((i) => textOf(a, a.seg.sentences[i])), sb.map((j) => textOf(b, b.seg.sentences[j])), inOpts).beads;
    for (const x of inner) {
      sentenceBeads.push({ a: x.a.map((k) => sa[k]), b: x.b.map((k) => sb[k]), confidence: Math.min(x.confidence, bead.confidence) });
    }
  }
  return { paragraphBeads, sentenceBeads };
}

function sentenceRange(side: Side, paragraphs: readonly number[]): number[] {
  const out: number[] = [];
  for (const p of paragraphs) {
    const para = side.seg.paragraphs[p];
    for (let k = 0; k < para.sentenceCount; k++) out.push(para.firstSentence + k);
  }
  return out;
}
