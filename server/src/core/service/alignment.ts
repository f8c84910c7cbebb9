// The whole alignment of a pair as rows, for the alignment view: one row per sentence bead (the
// sentences on each side, the bead's shape and confidence, the findings on it), plain data with
// offsets; the LSP layer turns the spans into ranges and the client only renders. A line-aligned
// corpus gives its first lines (a row per line pair).
import type { Bead, Finding, Side, Span } from '../types';
import type { PairResult } from './pairs';
import { beadIndexOf, sentenceAt } from './locate';
import { baseOf } from './workspace';
import { pairRoles } from '../roles';

/** Beads the aligner is less sure of than this are marked low-confidence. */
export const LOW_CONFIDENCE = 0.5;
/** Rows given for a line-aligned corpus (its first lines). */
const MAX_LINE_ROWS = 2000;

export type RowShape = '1-1' | 'n-m' | 'unpaired';

export interface AlignmentCell {
  uri: string;
  /** The bead's sentences on this side, joined; empty when it has none. */
  text: string;
  /** From the first sentence's start to the last one's end; undefined when the side has none. */
  span?: Span;
  sentences: number;
}

export interface AlignmentRow {
  index: number;
  shape: RowShape;
  confidence: number;
  lowConfidence: boolean;
  /** The bead is a correction made by hand (.bitext/links.json). */
  byHand: boolean;
  a: AlignmentCell;
  b: AlignmentCell;
  findings: { rule: string; severity: string; message: string; side: 'a' | 'b' }[];
}

export interface AlignmentTable {
  uriA: string;
  uriB: string;
  /** What to call each column: the file name, or the part of a one-file pair, with its role when known. */
  titleA: string;
  titleB: string;
  /** Short names of the two sides (file names, or above / below for one file), for each finding's side. */
  nameA: string;
  nameB: string;
  rows: AlignmentRow[];
  /** Said above the table: what is left out, how the pair was found. */
  note: string;
}

export function alignmentOf(result: PairResult | undefined): AlignmentTable | { error: string } {
  if (!result) return { error: 'Bitext does not check this file (see bitext.include).' };
  if (result.lines) return lineRows(result);
  const pair = result.analysis.pair;
  if (!pair) return { error: `This file has no counterpart, so there is no alignment to show. ${result.plan.note}` };
  const roles = pairRoles(pair);
  const shortName = (which: 'a' | 'b') => (pair.a.uri === pair.b.uri ? (which === 'a' ? 'above' : 'below') : baseOf(pair[which].uri));
  const title = (which: 'a' | 'b') => {
    const side = pair[which];
    const name = side.uri === pair[which === 'a' ? 'b' : 'a'].uri ? (which === 'a' ? 'above the source line' : 'below the source line') : baseOf(side.uri);
    const role = roles ? ` — the ${roles.original === which ? 'original' : 'translation'}${roles.from === 'detected' ? ' (detected)' : ''}` : '';
    return `${name}${side.lang && side.lang !== 'und' ? ` (${side.lang})` : ''}${role}`;
  };
  const beads = pair.sentenceBeads;
  const rows: AlignmentRow[] = beads.map((bead, index) => {
    const shape: RowShape = !bead.a.length || !bead.b.length ? 'unpaired' : bead.a.length === 1 && bead.b.length === 1 ? '1-1' : 'n-m';
    return { index, shape, confidence: bead.confidence, lowConfidence: shape !== 'unpaired' && bead.confidence < LOW_CONFIDENCE, byHand: bead.byHand === true, a: cell(pair.a, bead.a), b: cell(pair.b, bead.b), findings: [] };
  });
  for (const finding of result.analysis.findings) {
    const place = rowOf(finding, pair.a, pair.b, beads);
    if (place) rows[place.row].findings.push({ rule: finding.rule, severity: finding.severity, message: finding.message, side: place.side });
  }
  return { uriA: pair.a.uri, uriB: pair.b.uri, titleA: title('a'), titleB: title('b'), nameA: shortName('a'), nameB: shortName('b'), rows, note: result.approximate ? 'Checked around your edits; the whole pair is checked again when you pause.' : '' };
}

function cell(side: Side, indices: number[]): AlignmentCell {
  if (!indices.length) return { uri: side.uri, text: '', sentences: 0 };
  const first = side.seg.sentences[indices[0]];
  const last = side.seg.sentences[indices[indices.length - 1]];
  const text = indices.map((index) => side.text.slice(side.seg.sentences[index].start, side.seg.sentences[index].end).replace(/\s+/g, ' ').trim()).join(' ');
  return { uri: side.uri, text, span: { start: first.start, end: last.end }, sentences: indices.length };
}

/** The row (bead) holding the start of a finding, on the side whose region holds it. */
function rowOf(finding: Finding, sideA: Side, sideB: Side, beads: Bead[]): { row: number; side: 'a' | 'b' } | undefined {
  for (const [which, side] of [['a', sideA], ['b', sideB]] as const) {
    if (finding.uri !== side.uri || finding.span.start < side.region.start || finding.span.start > side.region.end) continue;
    const sentence = sentenceAt(side, finding.span.start) ?? nextSentence(side, finding.span.start);
    if (!sentence) return undefined;
    const row = beadIndexOf(beads, which, sentence.index);
    return row >= 0 ? { row, side: which } : undefined;
  }
  return undefined;
}

/** The first sentence starting at or after `offset` (a finding on the blank before a paragraph). */
function nextSentence(side: Side, offset: number) {
  return side.seg.sentences.find((s) => s.start >= offset);
}

/** Whichever side is asked: the row of the bead holding `offset` of `uri`. */
export function rowAt(result: PairResult | undefined, uri: string, offset: number): number | undefined {
  if (!result) return undefined;
  if (result.lines) {
    const lines = result.lines;
    const side = lines.ids[0] === uri ? 0 : lines.ids[1] === uri ? 1 : undefined;
    if (side === undefined) return undefined;
    const line = lines.tables[side].lineAt(offset);
    return line < MAX_LINE_ROWS ? line : undefined;
  }
  const pair = result.analysis.pair;
  if (!pair) return undefined;
  for (const [which, side] of [['a', pair.a], ['b', pair.b]] as const) {
    if (side.uri !== uri || offset < side.region.start || offset > side.region.end) continue;
    const sentence = sentenceAt(side, offset);
    if (!sentence) return undefined;
    const row = beadIndexOf(pair.sentenceBeads, which, sentence.index);
    return row >= 0 ? row : undefined;
  }
  return undefined;
}

/** A line-aligned corpus: line N with line N, for the first lines; its findings by line. */
function lineRows(result: PairResult): AlignmentTable {
  const view = result.lines!;
  const [tableA, tableB] = view.tables;
  const count = Math.min(Math.max(tableA.lineCount, tableB.lineCount), MAX_LINE_ROWS);
  const lineCell = (side: 0 | 1, line: number): AlignmentCell => {
    const table = view.tables[side];
    if (line >= table.lineCount) return { uri: view.ids[side], text: '', sentences: 0 };
    const span = table.lineSpan(line);
    return { uri: view.ids[side], text: table.slice(span.start, span.end).replace(/\s+/g, ' ').trim(), span, sentences: 1 };
  };
  const rows: AlignmentRow[] = [];
  for (let line = 0; line < count; line++) {
    const cellA = lineCell(0, line);
    const cellB = lineCell(1, line);
    rows.push({ index: line, shape: cellA.span && cellB.span ? '1-1' : 'unpaired', confidence: 1, lowConfidence: false, byHand: false, a: cellA, b: cellB, findings: [] });
  }
  for (const finding of result.analysis.findings) {
    const data = finding.data as { line?: number; side?: string } | undefined;
    if (typeof data?.line !== 'number' || data.line >= count) continue;
    rows[data.line].findings.push({ rule: finding.rule, severity: finding.severity, message: finding.message, side: data.side === 'b' ? 'b' : 'a' });
  }
  const more = Math.max(tableA.lineCount, tableB.lineCount) > count ? `The first ${count.toLocaleString('en')} line pairs of this line-aligned corpus; run \`bitext check\` for all of it.` : '';
  return { uriA: view.ids[0], uriB: view.ids[1], titleA: baseOf(view.ids[0]), titleB: baseOf(view.ids[1]), nameA: baseOf(view.ids[0]), nameB: baseOf(view.ids[1]), rows, note: more };
}
