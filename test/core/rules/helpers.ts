// Test helpers for rules: build sides from text, run one rule, build the hand-aligned 000 pair.
import type { Bead, Finding, Side } from '../../../server/src/core/types';
import type { AlignedPair } from '../../../server/src/core/rules/rule';
import { buildSide } from '../../../server/src/core/document';
import { resolveConfig, type BitextConfig } from '../../../server/src/core/config';
import { runPairRules, runSideRules } from '../../../server/src/core/run-rules';
import { splitAtSourceLine } from '../../../server/src/core/source-line';
import { sampleText } from '../../support/shared';

export function sideOf(text: string, lang?: string, uri = 'mem://t.txt'): Side {
  return buildSide(uri, text, undefined, lang);
}

export function runSide(id: string, side: Side, config: Partial<BitextConfig> = {}): Finding[] {
  return runSideRules(side, resolveConfig(config), { only: [id] });
}

export function runPair(id: string, pair: AlignedPair, config: Partial<BitextConfig> = {}): Finding[] {
  return runPairRules(pair, resolveConfig(config), { only: [id] });
}

export const textOf = (side: { text: string }, f: { span: { start: number; end: number } }) => side.text.slice(f.span.start, f.span.end);

/**
 * Sentence beads inside paragraph beads: 1-1 when both sides hold as many sentences, otherwise one group
 * bead, except where `inOrder` says to pair in order and leave the rest unpaired.
 */
export function sentenceBeadsFor(a: Side, b: Side, paragraphBeads: Bead[], inOrder: (bead: Bead) => boolean = () => false): Bead[] {
  const sents = (s: Side, ps: number[]) => ps.flatMap((p) => {
    const q = s.seg.paragraphs[p];
    return Array.from({ length: q.sentenceCount }, (_, k) => q.firstSentence + k);
  });
  const out: Bead[] = [];
  for (const pb of paragraphBeads) {
    const sa = sents(a, pb.a);
    const sb = sents(b, pb.b);
    if (!sa.length || !sb.length) {
      for (const i of sa) out.push({ a: [i], b: [], confidence: 1 });
      for (const j of sb) out.push({ a: [], b: [j], confidence: 1 });
    } else if (sa.length === sb.length || inOrder(pb)) {
      const n = Math.max(sa.length, sb.length);
      for (let k = 0; k < n; k++) out.push({ a: k < sa.length ? [sa[k]] : [], b: k < sb.length ? [sb[k]] : [], confidence: 1 });
    } else out.push({ a: sa, b: sb, confidence: 1 });
  }
  return out;
}

/**
 * Sample 000 aligned by hand, as formats.md and issue 3 describe it: the title and hashtag lines
 * unpaired, the 14 body paragraphs 1-1, the last Vietnamese paragraph covering two English ones (its
 * sentences in order, the last English sentence left over), the English paragraphs after it unpaired.
 */
export function goldPair000(): AlignedPair {
  const { path, text } = sampleText('000');
  const split = splitAtSourceLine(text)!;
  const a = buildSide(path, text, split.above);
  const b = buildSide(path, text, split.below);
  const beads: Bead[] = [{ a: [0], b: [], confidence: 1 }, { a: [1], b: [], confidence: 1 }];
  for (let i = 0; i < 14; i++) beads.push({ a: [i + 2], b: [i], confidence: 1 });
  beads.push({ a: [16], b: [14, 15], confidence: 1 });
  for (let j = 16; j < b.seg.paragraphs.length; j++) beads.push({ a: [], b: [j], confidence: 1 });
  const sentenceBeads = sentenceBeadsFor(a, b, beads, (pb) => pb.a[0] === 16);
  return { a, b, translation: 'a', paragraphBeads: beads, sentenceBeads };
}

/** A pair from two texts (paragraphs = blank-line separated) aligned paragraph by paragraph as given. */
export function pairOf(ta: string, tb: string, paragraphBeads: [number[], number[]][], opts: { langA?: string; langB?: string; translation?: 'a' | 'b' } = {}): AlignedPair {
  const a = buildSide('mem://a.txt', ta, undefined, opts.langA);
  const b = buildSide('mem://b.txt', tb, undefined, opts.langB);
  const beads = paragraphBeads.map(([x, y]) => ({ a: x, b: y, confidence: 1 }));
  return { a, b, translation: opts.translation, paragraphBeads: beads, sentenceBeads: sentenceBeadsFor(a, b, beads) };
}
