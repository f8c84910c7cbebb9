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
    let n = 0;
    buf[n++] = 0;
    for (let i = text.indexOf('\n'); i >= 0 && i + 1 < text.length; i = text.indexOf('\n', i + 1)) {
      if (n === buf.length) {
        const b = new Int32Array(buf.length * 2);
        b.set(buf);
        buf = b;
      }
      buf[n++] = i + 1;
    }
    return new LineTable(text, buf.slice(0, n));
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
  span(i: number): Span {
    const start = this.starts[i];
    let end = i + 1 < this.starts.length ? this.starts[i + 1] - 1 : this.text.length;
    if (i + 1 >= this.starts.length && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return { start, end };
  }

  line(i: number): string | undefined {
    if (i < 0 || i >= this.starts.length) return undefined;
    const s = this.span(i);
    return this.text.slice(s.start, s.end);
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
  const sample = (t: LineTable) => Array.from({ length: Math.min(t.count, CORPUS_SAMPLE_LINES) }, (_, i) => t.line(i)!);
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
  const k = prev.ids[0] === edit.uri ? 0 : 1;
  const old = prev.tables[k];
  const changed = old.text.slice(edit.start, edit.oldEnd) + text.slice(edit.start, edit.newEnd);
  const table = changed.includes('\n') || changed.includes('\r') ? undefined : old.shifted(edit, text);
  const tables = [...prev.tables] as [LineTable, LineTable];
  tables[k] = table ?? LineTable.of(text);
  const line = tables[k].lineAt(edit.start);
  if (!table) {
    // Lines came or went: every line after the edit has a new counterpart; check again from scratch.
    const view = { ...prev, tables, ranges: [[0, firstLines(tables, maxChars)]] as [number, number][], findings: [] };
    addWindow(view, line);
    return recheck(view);
  }
  const view: LinePairView = { ...prev, tables, ranges: prev.ranges.map((r) => [...r] as [number, number]) };
  const inRange = view.ranges.find(([a, b]) => line >= a && line < b);
  if (!inRange) return withWindow(view, line);
  // The edited line and its neighbours (rules read the previous and next lines).
  const from = Math.max(inRange[0], line - 1);
  const to = Math.min(inRange[1], line + 2);
  view.findings = prev.findings.filter((f) => f.line < from || f.line >= to).concat(check(view, from, to));
  view.findings.sort((x, y) => x.line - y.line);
  return view;
}

/**
 * The view with the lines around `line` checked too (a place the user edits or looks at), the
 * findings elsewhere kept; the same view when they are checked already.
 */
export function withWindow(prev: LinePairView, line: number): LinePairView {
  const covered = (ranges: [number, number][], l: number) => ranges.some(([a, b]) => l >= a && l < b);
  if (covered(prev.ranges, line)) return prev;
  const view: LinePairView = { ...prev, ranges: prev.ranges.map((r) => [...r] as [number, number]) };
  addWindow(view, line);
  const added = view.ranges[view.ranges.length - 1];
  const fresh: LineFinding[] = [];
  for (let a = added[0]; a < added[1]; ) {
    if (covered(prev.ranges, a)) {
      a++;
      continue;
    }
    let b = a;
    while (b < added[1] && !covered(prev.ranges, b)) b++;
    for (const f of check(view, a, b)) fresh.push(f);
    a = b;
  }
  view.findings = prev.findings.filter((f) => covered(view.ranges, f.line)).concat(fresh).sort((x, y) => x.line - y.line);
  return view;
}

/** The findings of the checked lines, as offsets into the documents' texts. */
export function lineFindings(view: LinePairView): Finding[] {
  const side = (k: 0 | 1): LineSideView => ({
    uri: view.ids[k],
    lineSpan: (line) => (line < view.tables[k].count ? view.tables[k].span(line) : undefined),
  });
  return documentFindings(view.findings, [side(0), side(1)]);
}

/** Where `offset` of document `id` is: its line, and that line in the counterpart (if it has one). */
export function lineHit(view: LinePairView, id: string, offset: number): { line: number; side: 0 | 1; here: Span; other?: Span; otherId: string } | undefined {
  if (view.ids[0] !== id && view.ids[1] !== id) return undefined;
  const k = view.ids[0] === id ? 0 : 1;
  const t = view.tables[k];
  const o = view.tables[1 - k];
  const line = t.lineAt(offset);
  return { line, side: k as 0 | 1, here: t.span(line), other: line < o.count ? o.span(line) : undefined, otherId: view.ids[1 - k] };
}

/** A one-line description of what was checked, for the summary diagnostic. */
export function coverageNote(view: LinePairView): string | undefined {
  if (!view.partial) return undefined;
  const [first, ...rest] = view.ranges;
  const n = first[1].toLocaleString('en');
  const more = rest.length ? ` and ${rest.map(([a, b]) => `lines ${(a + 1).toLocaleString('en')}–${b.toLocaleString('en')}`).join(', ')} around your edits` : '';
  return `Bitext checked the first ${n} lines${more} of this corpus, so the editor stays responsive; run \`bitext check\` for the whole corpus.`;
}

function firstLines(tables: [LineTable, LineTable], maxChars: number): number {
  const n = Math.max(tables[0].count, tables[1].count);
  const cut = (t: LineTable) => (t.text.length <= maxChars ? n : t.lineAt(maxChars));
  return Math.max(1, Math.min(cut(tables[0]), cut(tables[1])));
}

function addWindow(view: LinePairView, line: number): void {
  const n = Math.max(view.tables[0].count, view.tables[1].count);
  const w: [number, number] = [Math.max(0, line - EDIT_WINDOW), Math.min(n, line + EDIT_WINDOW + 1)];
  if (view.ranges.some(([a, b]) => w[0] >= a && w[1] <= b)) return;
  view.ranges.push(w);
  if (view.ranges.length > MAX_WINDOWS + 1) view.ranges.splice(1, 1);
}

/** Checks every range again (overlaps merged). */
function recheck(view: LinePairView): LinePairView {
  const n = Math.max(view.tables[0].count, view.tables[1].count);
  const merged: [number, number][] = [];
  for (const [a, b] of [...view.ranges].sort((x, y) => x[0] - y[0])) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  view.findings = merged.flatMap(([a, b]) => check(view, a, b));
  view.partial = merged.reduce((s, [a, b]) => s + b - a, 0) < n;
  return view;
}

function check(view: LinePairView, from: number, to: number): LineFinding[] {
  const [ta, tb] = view.tables;
  return checkLineRange({ lineA: (i) => ta.line(i), lineB: (i) => tb.line(i), langA: view.langs[0], langB: view.langs[1] }, from, to, view.rules, view.stats);
}
