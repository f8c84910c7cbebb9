// The one analysis pipeline, for a whole text or pair or for a window of it: split into sides,
// segment, align, run the rules. The CLI, the editor's service (whole texts) and incremental
// analysis (the window it chooses after an edit, `service/incremental.ts`) all call `analyze`;
// it does no I/O.
import type { Bead, Finding, Lang, Side, Span } from './types';
import { translationByLanguage } from './roles';
import { applyLinks, linkConstraints, type SentenceLink } from './links';
import type { AlignedPair } from './rules/rule';
import type { PairForm } from './pairing';
import type { BitextConfig } from './config';
import { splitAtSourceLine, type SourceLineSplit } from './source-line';
import { buildLineSide, buildSide, regionText } from './document';
import { alignSides, dictionaryIsSwapped, swapDictionary, type Dictionary } from './align';
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
  /** A bilingual dictionary the user gave (`--dict`, the `dictionary` setting): lexical evidence for the aligner, either way round. */
  dictionary?: Dictionary;
  /** A one-file text's source line split, when the caller found it in this very text (pairing does): not looked for again. */
  sourceLine?: SourceLineSplit;
  /** Analyse only this window of the texts; absent: the whole texts. */
  window?: AnalysisWindow;
}

/**
 * A window of a text or pair (incremental analysis chooses it around an edit): a run of whole
 * paragraphs of each side, with what only the whole text can tell (each side's language, which side
 * is the translation), and the rules to run there. The result's offsets are into the full texts; its
 * paragraph, sentence and bead indices count from the window's start. Not for a line-aligned corpus
 * (`service/lines.ts` checks its lines by windows of its own).
 */
export interface AnalysisWindow {
  /**
   * The window's part of each side, in the order of `Analysis.sides`: one side (a text with no
   * counterpart) or two; both in `a`'s text for a one-file pair, else the second in `b`'s.
   */
  sides: WindowSide[];
  translation?: 'a' | 'b';
  translationFrom?: 'source line' | 'setting';
  /** The rules run in the window (the others' findings are the caller's to keep). */
  rules: readonly string[];
  /** The whole analysis found the dictionary written the other way round (`Analysis.dictionarySwapped`). */
  dictionarySwapped?: boolean;
}

export interface WindowSide {
  /** Whole paragraphs: from the end of the paragraph before (or the side's start) to the start of the one after (or its end). */
  region: Span;
  lang: Lang;
}

export interface Analysis {
  form: PairForm;
  /** One side (lone) or two; for one-file, [above the source line, below it]. */
  sides: Side[];
  pair?: AlignedPair;
  findings: Finding[];
  notes: string[];
  /**
   * The user's dictionary was written the other way round for these sides, so it was used swapped:
   * found on the whole texts, and handed to the windows analysed after an edit (a window's few words
   * are too little to tell).
   */
  dictionarySwapped?: boolean;
}

/** The sides to analyse, segmented, and what is known of their roles. */
interface SegmentedSides {
  sides: Side[];
  /** A line-aligned corpus: line N of one side is the counterpart of line N of the other. */
  lineAligned?: boolean;
  translation?: 'a' | 'b';
  translationFrom?: 'source line' | 'setting';
  /** Whether to use the dictionary swapped: from the window when given, else found on the sides. */
  dictionarySwapped?: boolean;
}

/**
 * `cancellation`: asked between units of work (after segmenting, per paragraph group of the aligner,
 * per rule); once it says so, `AnalysisCancelled` is thrown.
 */
export function analyze(input: AnalyzeInput, config: BitextConfig, cancellation?: Cancellation): Analysis {
  const notes = input.note ? [input.note] : [];
  const segmented = input.window ? windowSides(input, input.window) : wholeSides(input, notes);
  const only = input.window?.rules;
  const { sides } = segmented;
  throwIfCancelled(cancellation);
  if (sides.length === 1) return { form: input.form, sides, findings: runSideRules(sides[0], config, { only, cancellation }), notes };
  if (segmented.lineAligned) return lineAlignedPair(input.form, sides[0], sides[1], config, notes);
  return alignedPair(input.form, segmented, config, notes, input.links ?? [], only, input.dictionary, cancellation);
}

/** The whole texts: a source line splits a one-file pair, the `originalLanguage` setting names the translation. */
function wholeSides(input: AnalyzeInput, notes: string[]): SegmentedSides {
  const { a: docA, b: docB } = input;
  if (input.form === 'one-file') {
    const split = input.sourceLine ?? splitAtSourceLine(docA.text);
    if (split) return { sides: [buildSide(docA.uri, docA.text, split.above, split.langs[0]), buildSide(docA.uri, docA.text, split.below, split.langs[1])], translation: 'a' };
    notes.push('The source line that split this file is gone; it is checked on its own.');
    return { sides: [buildSide(docA.uri, docA.text)] };
  }
  if (!docB) return { sides: [buildSide(docA.uri, docA.text)] };
  if (input.form === 'line-aligned') return { sides: [buildLineSide(docA.uri, docA.text), buildLineSide(docB.uri, docB.text)], lineAligned: true };
  const sideA = buildSide(docA.uri, docA.text);
  const sideB = buildSide(docB.uri, docB.text);
  const translation = translationByLanguage(sideA, sideB, input.original);
  return { sides: [sideA, sideB], translation, translationFrom: translation ? 'setting' : undefined };
}

/** A window's sides: its regions segmented in the languages the whole text was found to be in. */
function windowSides(input: AnalyzeInput, window: AnalysisWindow): SegmentedSides {
  if (input.form === 'line-aligned') throw new Error('a line-aligned corpus is not analysed by windows of paragraphs');
  const docs = input.form === 'one-file' || !input.b ? [input.a, input.a] : [input.a, input.b];
  const sides = window.sides.map((part, index) => buildSide(docs[index].uri, docs[index].text, part.region, part.lang));
  return { sides, translation: window.translation, translationFrom: window.translationFrom, dictionarySwapped: window.dictionarySwapped };
}

/** A line-aligned corpus opened as documents: its beads are line numbers, its rules the line-pair rules. */
function lineAlignedPair(form: PairForm, sideA: Side, sideB: Side, config: BitextConfig, notes: string[]): Analysis {
  const countA = sideA.seg.sentences.length;
  const countB = sideB.seg.sentences.length;
  const beads: Bead[] = [];
  for (let i = 0; i < Math.max(countA, countB); i++) beads.push({ a: i < countA ? [i] : [], b: i < countB ? [i] : [], confidence: 1 });
  const pair: AlignedPair = { a: sideA, b: sideB, paragraphBeads: beads, sentenceBeads: beads };
  return { form, sides: [sideA, sideB], pair, findings: checkLineAlignedSides(sideA, sideB, config), notes };
}

function alignedPair(
  form: PairForm,
  segmented: SegmentedSides,
  config: BitextConfig,
  notes: string[],
  links: readonly SentenceLink[],
  only: readonly string[] | undefined,
  dictionary: Dictionary | undefined,
  cancellation: Cancellation | undefined,
): Analysis {
  const [sideA, sideB] = segmented.sides;
  const swapped = dictionary ? (segmented.dictionarySwapped ?? dictionaryIsSwapped(dictionary, regionText(sideA), regionText(sideB))) : undefined;
  const aligned = alignSides(sideA, sideB, {
    constraints: linkConstraints(sideA, sideB, links),
    dictionary: dictionary && (swapped ? swapDictionary(dictionary) : dictionary),
    cancellation,
  });
  throwIfCancelled(cancellation);
  const linked = applyLinks(sideA, sideB, aligned.sentenceBeads, links);
  if (linked.applied) notes.push(`${linked.applied} alignment correction${linked.applied === 1 ? '' : 's'} applied (.bitext/links.json).`);
  if (linked.crossing) notes.push(`${linked.crossing} alignment correction${linked.crossing === 1 ? '' : 's'} ignored: it crosses another one.`);
  const pair: AlignedPair = { a: sideA, b: sideB, translation: segmented.translation, paragraphBeads: aligned.paragraphBeads, sentenceBeads: linked.beads };
  if (segmented.translationFrom) pair.translationFrom = segmented.translationFrom;
  const findings = [...runSideRules(sideA, config, { only, cancellation }), ...runSideRules(sideB, config, { only, cancellation }), ...runPairRules(pair, config, { only, cancellation })];
  return swapped ? { form, sides: [sideA, sideB], pair, findings, notes, dictionarySwapped: true } : { form, sides: [sideA, sideB], pair, findings, notes };
}
