// The whole analysis of one text or pair: split into sides, segment, align, run the rules.
// The editor's service and the CLI both call this; it does no I/O.
import type { Bead, Finding, Lang, Side } from './types';
import { translationByLanguage } from './roles';
import { applyLinks, type SentenceLink } from './links';
import type { AlignedPair } from './rules/rule';
import type { PairForm } from './pairing';
import type { BitextConfig } from './config';
import { splitAtSourceLine } from './source-line';
import { buildLineSide, buildSide } from './document';
import { alignSides } from './align';
import { runPairRules, runSideRules } from './run-rules';
import { checkLineAlignedSides } from './line-aligned';
import { throwIfCancelled, type Cancellation } from './cancel';

export interface DocInput {
  uri: string;
  text: string;
}

export interface AnalyzeInput {
  form: PairForm;
  a: DocInput;
  /** The counterpart document (absent for 'one-file' and 'lone'). */
  b?: DocInput;
  /** The pairing note, passed through to `notes`. */
  note?: string;
  /** The original's language, from the `originalLanguage` setting (see roles.ts): the other side is the translation. */
  original?: Lang;
  /** Alignment corrections (links.ts): sentences the user linked. */
  links?: readonly SentenceLink[];
}

export interface Analysis {
  form: PairForm;
  /** One side (lone) or two; for one-file, [above the source line, below it]. */
  sides: Side[];
  pair?: AlignedPair;
  findings: Finding[];
  notes: string[];
}

/**
 * `cancellation`: asked between units of work (after segmenting, per paragraph group of the aligner,
 * per rule); once it says so, `AnalysisCancelled` is thrown.
 */
export function analyze(input: AnalyzeInput, config: BitextConfig, cancellation?: Cancellation): Analysis {
  const notes = input.note ? [input.note] : [];
  const { a: docA, b: docB } = input;
  if (input.form === 'one-file') {
    const split = splitAtSourceLine(docA.text);
    if (split) {
      const sideA = buildSide(docA.uri, docA.text, split.above);
      const sideB = buildSide(docA.uri, docA.text, split.below);
      return analyzePair(input.form, sideA, sideB, 'a', config, notes, 'source line', input.links, cancellation);
    }
    notes.push('The source line that split this file is gone; it is checked on its own.');
    return analyzeLone(input.form, docA, config, notes, cancellation);
  }
  if (!docB) return analyzeLone(input.form, docA, config, notes, cancellation);
  if (input.form === 'line-aligned') {
    const sideA = buildLineSide(docA.uri, docA.text);
    const sideB = buildLineSide(docB.uri, docB.text);
    const count = Math.max(sideA.seg.sentences.length, sideB.seg.sentences.length);
    const beads: Bead[] = [];
    for (let i = 0; i < count; i++) {
      beads.push({ a: i < sideA.seg.sentences.length ? [i] : [], b: i < sideB.seg.sentences.length ? [i] : [], confidence: 1 });
    }
    const pair: AlignedPair = { a: sideA, b: sideB, paragraphBeads: beads, sentenceBeads: beads };
    return { form: input.form, sides: [sideA, sideB], pair, findings: checkLineAlignedSides(sideA, sideB, config), notes };
  }
  const sideA = buildSide(docA.uri, docA.text);
  const sideB = buildSide(docB.uri, docB.text);
  throwIfCancelled(cancellation);
  return analyzePair(input.form, sideA, sideB, translationByLanguage(sideA, sideB, input.original), config, notes, 'setting', input.links, cancellation);
}

function analyzePair(form: PairForm, sideA: Side, sideB: Side, translation: 'a' | 'b' | undefined, config: BitextConfig, notes: string[], from: 'source line' | 'setting' = 'source line', links: readonly SentenceLink[] = [], cancellation?: Cancellation): Analysis {
  const aligned = alignSides(sideA, sideB, { cancellation });
  throwIfCancelled(cancellation);
  const { paragraphBeads } = aligned;
  const linked = applyLinks(sideA, sideB, aligned.sentenceBeads, links);
  const sentenceBeads = linked.beads;
  if (linked.applied) notes.push(`${linked.applied} alignment correction${linked.applied === 1 ? '' : 's'} applied (.bitext/links.json).`);
  if (linked.crossing) notes.push(`${linked.crossing} alignment correction${linked.crossing === 1 ? '' : 's'} ignored: it crosses another one.`);
  const pair: AlignedPair = { a: sideA, b: sideB, translation, paragraphBeads, sentenceBeads };
  if (translation && from === 'setting') pair.translationFrom = from;
  const findings = [...runSideRules(sideA, config, { cancellation }), ...runSideRules(sideB, config, { cancellation }), ...runPairRules(pair, config, { cancellation })];
  return { form, sides: [sideA, sideB], pair, findings, notes };
}

function analyzeLone(form: PairForm, doc: DocInput, config: BitextConfig, notes: string[], cancellation?: Cancellation): Analysis {
  const side = buildSide(doc.uri, doc.text);
  throwIfCancelled(cancellation);
  return { form, sides: [side], findings: runSideRules(side, config, { cancellation }), notes };
}
