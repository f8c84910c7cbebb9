// A line-aligned corpus open in the editor (millions of lines a side): the texts are read by lines as
// the editor and the disk hold them (DocumentText: the editor's in chunks, so an edit costs its chunk;
// the disk's whole, with a table of line starts), never joined or copied. Only some lines are checked: the first ones (up to a character budget) and a window
// around each place the user edits; findings are kept per line and mapped to offsets when asked.
// Line N of one side is the counterpart of line N of the other, whatever was checked.
import type { BitextConfig } from '../config';
import { documentFindings, type LineSideView } from '../line-aligned';
import { checkLineRange, CORPUS_SAMPLE_LINES, learnCorpusStats, resolveLineRules, type LineFinding, type ResolvedLineRule } from '../corpus';
import { linePairRules } from '../rules/corpus';
import { nameSides } from '../rules/support/side-names';
import { baseOf } from './workspace';
import type { CorpusStats } from '../rules/rule';
import type { Finding, Lang, Span } from '../types';
import type { Edit } from './edits';
import type { DocumentText } from './document-text';

/** Lines checked on each side of an edited line outside the checked range. */
const EDIT_WINDOW = 100;
/** Edit windows kept besides the first lines (the oldest is dropped). */
const MAX_WINDOWS = 4;

export interface LinePairView {
  ids: [string, string];
  /** Each side's text, read by lines. */
  tables: [DocumentText, DocumentText];
  /** Checked line ranges [from, to): the first lines, then edit windows. */
  ranges: [number, number][];
  findings: LineFinding[];
  stats: CorpusStats | undefined;
  langs: [Lang, Lang];
  rules: ResolvedLineRule[];
  /** True when some lines are not checked. */
  partial: boolean;
}

/** A fresh view: learns the statistics and checks the first lines (up to `maxChars` on either side). */
export function openLinePair(ids: [string, string], tables: [DocumentText, DocumentText], config: BitextConfig, maxChars: number): LinePairView {
  const sample = (table: DocumentText) => Array.from({ length: Math.min(table.lineCount, CORPUS_SAMPLE_LINES) }, (_, i) => table.line(i)!);
  const learned = learnCorpusStats(sample(tables[0]), sample(tables[1]));
  const view: LinePairView = {
    ids,
    tables,
    ranges: [[0, firstLines(tables, maxChars)]],
    findings: [],
    stats: learned.stats,
    langs: [learned.langA, learned.langB],
    rules: resolveLineRules(linePairRules, config.rules),
    partial: false,
  };
  return recheck(view);
}

/** The view after one document of the pair changed by `edit`: only the lines around it are checked again. */
export function editLinePair(prev: LinePairView, edit: Edit, doc: DocumentText, maxChars: number): LinePairView {
  const side = prev.ids[0] === edit.uri ? 0 : 1;
  const old = prev.tables[side];
  const changed = old.slice(edit.start, edit.oldEnd) + doc.slice(edit.start, edit.newEnd);
  // An edit at the very end of a text that ends with a line end starts a new line.
  const linesMoved = changed.includes('\n') || changed.includes('\r') || edit.oldEnd >= old.length || doc.lineCount !== old.lineCount;
  const tables = [...prev.tables] as [DocumentText, DocumentText];
  tables[side] = doc;
  const line = doc.lineAt(edit.start);
  if (linesMoved) {
    // Lines came or went: every line after the edit has a new counterpart; check again from scratch.
    const view = { ...prev, tables, ranges: [[0, firstLines(tables, maxChars)]] as [number, number][], findings: [] };
    addWindow(view, line);
    return recheck(view);
  }
  const view: LinePairView = { ...prev, tables, ranges: prev.ranges.map((r) => [...r] as [number, number]) };
  const inRange = view.ranges.find(([first, end]) => line >= first && line < end);
  if (!inRange) return withWindow(view, line);
  // The edited line and its neighbours (rules read the previous and next lines).
  const from = Math.max(inRange[0], line - 1);
  const upTo = Math.min(inRange[1], line + 2);
  view.findings = prev.findings.filter((f) => f.line < from || f.line >= upTo).concat(check(view, from, upTo));
  view.findings.sort((x, y) => x.line - y.line);
  return view;
}

/**
 * The view with the lines around `line` checked too (a place the user edits or looks at), the
 * findings elsewhere kept; the same view when they are checked already.
 */
export function withWindow(prev: LinePairView, line: number): LinePairView {
  const covered = (ranges: [number, number][], l: number) => ranges.some(([first, end]) => l >= first && l < end);
  if (covered(prev.ranges, line)) return prev;
  const view: LinePairView = { ...prev, ranges: prev.ranges.map((r) => [...r] as [number, number]) };
  addWindow(view, line);
  const added = view.ranges[view.ranges.length - 1];
  const fresh: LineFinding[] = [];
  for (let lineFrom = added[0]; lineFrom < added[1]; ) {
    if (covered(prev.ranges, lineFrom)) {
      lineFrom++;
      continue;
    }
    let lineTo = lineFrom;
    while (lineTo < added[1] && !covered(prev.ranges, lineTo)) lineTo++;
    for (const finding of check(view, lineFrom, lineTo)) fresh.push(finding);
    lineFrom = lineTo;
  }
  view.findings = prev.findings.filter((f) => covered(view.ranges, f.line)).concat(fresh).sort((x, y) => x.line - y.line);
  return view;
}

/** The findings of the checked lines, as offsets into the documents' texts. */
export function lineFindings(view: LinePairView): Finding[] {
  const side = (which: 0 | 1): LineSideView => ({
    uri: view.ids[which],
    lineSpan: (line) => (line < view.tables[which].lineCount ? view.tables[which].lineSpan(line) : undefined),
  });
  return documentFindings(view.findings, [side(0), side(1)]);
}

/** Where `offset` of document `id` is: its line, and that line in the counterpart (if it has one). */
export function lineHit(view: LinePairView, docId: string, offset: number): { line: number; side: 0 | 1; here: Span; other?: Span; otherId: string } | undefined {
  if (view.ids[0] !== docId && view.ids[1] !== docId) return undefined;
  const which = view.ids[0] === docId ? 0 : 1;
  const here = view.tables[which];
  const there = view.tables[1 - which];
  const line = here.lineAt(offset);
  return { line, side: which as 0 | 1, here: here.lineSpan(line), other: line < there.lineCount ? there.lineSpan(line) : undefined, otherId: view.ids[1 - which] };
}

/** A one-line description of what was checked, for the summary diagnostic. */
export function coverageNote(view: LinePairView): string | undefined {
  if (!view.partial) return undefined;
  const [first, ...rest] = view.ranges;
  const firstCount = first[1].toLocaleString('en');
  const more = rest.length ? ` and ${rest.map(([first, end]) => `lines ${(first + 1).toLocaleString('en')}–${end.toLocaleString('en')}`).join(', ')} around your edits` : '';
  return `Bitext checked the first ${firstCount} lines${more} of this corpus, so the editor stays responsive; run \`bitext check\` for the whole corpus.`;
}

function firstLines(tables: [DocumentText, DocumentText], maxChars: number): number {
  const lineCount = Math.max(tables[0].lineCount, tables[1].lineCount);
  const cut = (table: DocumentText) => (table.length <= maxChars ? lineCount : table.lineAt(maxChars));
  return Math.max(1, Math.min(cut(tables[0]), cut(tables[1])));
}

function addWindow(view: LinePairView, line: number): void {
  const lineCount = Math.max(view.tables[0].lineCount, view.tables[1].lineCount);
  const window: [number, number] = [Math.max(0, line - EDIT_WINDOW), Math.min(lineCount, line + EDIT_WINDOW + 1)];
  if (view.ranges.some(([first, end]) => window[0] >= first && window[1] <= end)) return;
  view.ranges.push(window);
  if (view.ranges.length > MAX_WINDOWS + 1) view.ranges.splice(1, 1);
}

/** Checks every range again (overlaps merged). */
function recheck(view: LinePairView): LinePairView {
  const lineCount = Math.max(view.tables[0].lineCount, view.tables[1].lineCount);
  const merged: [number, number][] = [];
  for (const [first, end] of [...view.ranges].sort((x, y) => x[0] - y[0])) {
    const last = merged[merged.length - 1];
    if (last && first <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([first, end]);
  }
  view.findings = merged.flatMap(([first, end]) => check(view, first, end));
  view.partial = merged.reduce((s, [first, end]) => s + end - first, 0) < lineCount;
  return view;
}

function check(view: LinePairView, from: number, end: number): LineFinding[] {
  const [tableA, tableB] = view.tables;
  return checkLineRange({ lineA: (i) => tableA.line(i), lineB: (i) => tableB.line(i), langA: view.langs[0], langB: view.langs[1] }, from, end, view.rules, view.stats);
}
