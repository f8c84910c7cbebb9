// A line-aligned corpus open in the editor (millions of lines a side): the full texts are kept once,
// as the editor and the disk gave them, with a table of line starts (an Int32Array, no per-line
// strings). Only some lines are checked: the first ones (up to a character budget) and a window
// around each place the user edits; findings are kept per line and mapped to offsets when asked.
// Line N of one side is the counterpart of line N of the other, whatever was checked.
import type { BitextConfig } from '../config';
import { documentFindings, type LineSideView } from '../line-aligned';
import { checkLineRange, CORPUS_SAMPLE_LINES, learnCorpusStats, resolveLineRules, type LineFinding, type ResolvedLineRule } from '../corpus';
import { linePairRules } from '../rules/corpus';
import { nameSides } from '../rules/support/side-names';
import { baseOf } from './workspace';
import type { CorpusStats } from '../rules/rule';
import { lineOfOffset } from '../text';
import type { Finding, Lang, Span } from '../types';
import type { Edit } from './edits';

/** Lines checked on each side of an edited line outside the checked range. */
const EDIT_WINDOW = 100;
/** Edit windows kept besides the first lines (the oldest is dropped). */
const MAX_WINDOWS = 4;

/** Start offset of every line of a text; line i ends before the next start's line end. */
export class LineTable {
  private constructor(
    readonly text: string,
    private readonly starts: Int32Array,
  ) {}

  static of(text: string): LineTable {
    let buf = new Int32Array(1024);
    let count = 0;
    buf[count++] = 0;
    for (let i = text.indexOf('\n'); i >= 0 && i + 1 < text.length; i = text.indexOf('\n', i + 1)) {
      if (count === buf.length) {
        const grown = new Int32Array(buf.length * 2);
        grown.set(buf);
        buf = grown;
      }
      buf[count++] = i + 1;
    }
    return new LineTable(text, buf.slice(0, count));
  }

  /** The table after `edit` (which adds or removes no line end), without scanning the text. */
  shifted(edit: Edit, text: string): LineTable | undefined {
    const delta = edit.newEnd - edit.oldEnd;
    const line = this.lineAt(edit.start);
    // An edit at the very end of a text that ends with a line end starts a new line.
    if (edit.oldEnd >= this.text.length) return undefined;
    const starts = this.starts.slice();
    for (let i = line + 1; i < starts.length; i++) starts[i] += delta;
    return new LineTable(text, starts);
  }

  get count(): number {
    return this.starts.length;
  }

  /** The line holding `offset` (a line end belongs to its line). */
  lineAt(offset: number): number {
    return lineOfOffset(this.starts, offset);
  }

  /** Line `i` without its line end (CR LF or LF). */
  span(line: number): Span {
    const start = this.starts[line];
    let end = line + 1 < this.starts.length ? this.starts[line + 1] - 1 : this.text.length;
    if (line + 1 >= this.starts.length && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return { start, end };
  }

  line(line: number): string | undefined {
    if (line < 0 || line >= this.starts.length) return undefined;
    const span = this.span(line);
    return this.text.slice(span.start, span.end);
  }
}

export interface LinePairView {
  ids: [string, string];
  tables: [LineTable, LineTable];
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
export function openLinePair(ids: [string, string], texts: [string, string], config: BitextConfig, maxChars: number): LinePairView {
  const tables: [LineTable, LineTable] = [LineTable.of(texts[0]), LineTable.of(texts[1])];
  const sample = (table: LineTable) => Array.from({ length: Math.min(table.count, CORPUS_SAMPLE_LINES) }, (_, i) => table.line(i)!);
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
export function editLinePair(prev: LinePairView, edit: Edit, text: string, maxChars: number): LinePairView {
  const side = prev.ids[0] === edit.uri ? 0 : 1;
  const old = prev.tables[side];
  const changed = old.text.slice(edit.start, edit.oldEnd) + text.slice(edit.start, edit.newEnd);
  const table = changed.includes('\n') || changed.includes('\r') ? undefined : old.shifted(edit, text);
  const tables = [...prev.tables] as [LineTable, LineTable];
  tables[side] = table ?? LineTable.of(text);
  const line = tables[side].lineAt(edit.start);
  if (!table) {
    // Lines came or went: every line after the edit has a new counterpart; check again from scratch.
    const view = { ...prev, tables, ranges: [[0, firstLines(tables, maxChars)]] as [number, number][], findings: [] };
    addWindow(view, line);
    return recheck(view);
  }
  const view: LinePairView = { ...prev, tables, ranges: prev.ranges.map((r) => [...r] as [number, number]) };
  const inRange = view.ranges.find(([start, end]) => line >= start && line < end);
  if (!inRange) return withWindow(view, line);
  // The edited line and its neighbours (rules read the previous and next lines).
  const from = Math.max(inRange[0], line - 1);
  const until = Math.min(inRange[1], line + 2);
  view.findings = prev.findings.filter((f) => f.line < from || f.line >= until).concat(check(view, from, until));
  view.findings.sort((x, y) => x.line - y.line);
  return view;
}

/**
 * The view with the lines around `line` checked too (a place the user edits or looks at), the
 * findings elsewhere kept; the same view when they are checked already.
 */
export function withWindow(prev: LinePairView, line: number): LinePairView {
  const covered = (ranges: [number, number][], l: number) => ranges.some(([start, end]) => l >= start && l < end);
  if (covered(prev.ranges, line)) return prev;
  const view: LinePairView = { ...prev, ranges: prev.ranges.map((r) => [...r] as [number, number]) };
  addWindow(view, line);
  const added = view.ranges[view.ranges.length - 1];
  const fresh: LineFinding[] = [];
  for (let start = added[0]; start < added[1]; ) {
    if (covered(prev.ranges, start)) {
      start++;
      continue;
    }
    let end = start;
    while (end < added[1] && !covered(prev.ranges, end)) end++;
    for (const finding of check(view, start, end)) fresh.push(finding);
    start = end;
  }
  view.findings = prev.findings.filter((f) => covered(view.ranges, f.line)).concat(fresh).sort((x, y) => x.line - y.line);
  return view;
}

/** The findings of the checked lines, as offsets into the documents' texts. */
export function lineFindings(view: LinePairView): Finding[] {
  const side = (index: 0 | 1): LineSideView => ({
    uri: view.ids[index],
    lineSpan: (line) => (line < view.tables[index].count ? view.tables[index].span(line) : undefined),
  });
  return documentFindings(view.findings, [side(0), side(1)]);
}

/** Where `offset` of document `id` is: its line, and that line in the counterpart (if it has one). */
export function lineHit(view: LinePairView, docId: string, offset: number): { line: number; side: 0 | 1; here: Span; other?: Span; otherId: string } | undefined {
  if (view.ids[0] !== docId && view.ids[1] !== docId) return undefined;
  const side = view.ids[0] === docId ? 0 : 1;
  const table = view.tables[side];
  const otherTable = view.tables[1 - side];
  const line = table.lineAt(offset);
  return { line, side: side as 0 | 1, here: table.span(line), other: line < otherTable.count ? otherTable.span(line) : undefined, otherId: view.ids[1 - side] };
}

/** A one-line description of what was checked, for the summary diagnostic. */
export function coverageNote(view: LinePairView): string | undefined {
  if (!view.partial) return undefined;
  const [first, ...rest] = view.ranges;
  const firstCount = first[1].toLocaleString('en');
  const more = rest.length ? ` and ${rest.map(([start, end]) => `lines ${(start + 1).toLocaleString('en')}–${end.toLocaleString('en')}`).join(', ')} around your edits` : '';
  return `Bitext checked the first ${firstCount} lines${more} of this corpus, so the editor stays responsive; run \`bitext check\` for the whole corpus.`;
}

function firstLines(tables: [LineTable, LineTable], maxChars: number): number {
  const lineCount = Math.max(tables[0].count, tables[1].count);
  const cut = (t: LineTable) => (t.text.length <= maxChars ? lineCount : t.lineAt(maxChars));
  return Math.max(1, Math.min(cut(tables[0]), cut(tables[1])));
}

function addWindow(view: LinePairView, line: number): void {
  const lineCount = Math.max(view.tables[0].count, view.tables[1].count);
  const window: [number, number] = [Math.max(0, line - EDIT_WINDOW), Math.min(lineCount, line + EDIT_WINDOW + 1)];
  if (view.ranges.some(([start, end]) => window[0] >= start && window[1] <= end)) return;
  view.ranges.push(window);
  if (view.ranges.length > MAX_WINDOWS + 1) view.ranges.splice(1, 1);
}

/** Checks every range again (overlaps merged). */
function recheck(view: LinePairView): LinePairView {
  const lineCount = Math.max(view.tables[0].count, view.tables[1].count);
  const merged: [number, number][] = [];
  for (const [start, end] of [...view.ranges].sort((x, y) => x[0] - y[0])) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  view.findings = merged.flatMap(([start, end]) => check(view, start, end));
  view.partial = merged.reduce((s, [start, end]) => s + end - start, 0) < lineCount;
  return view;
}

function check(view: LinePairView, from: number, until: number): LineFinding[] {
  const [tableA, tableB] = view.tables;
  return checkLineRange({ lineA: (i) => tableA.line(i), lineB: (i) => tableB.line(i), langA: view.langs[0], langB: view.langs[1] }, from, until, view.rules, view.stats);
}
