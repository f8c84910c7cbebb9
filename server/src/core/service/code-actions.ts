// Code actions from the findings' own fixes (never recomputed): a quick fix per fixable finding under
// the cursor (and a whole-document fix anywhere in the document), "fix all of this rule in the file"
// and fix-all (both safe fixes only: a fix that drops text stays one finding at a time). Overlapping
// edits are dropped, first come first kept, so an action always applies cleanly.
import type { Finding, Fix, Span, TextEdit } from '../types';
import type { CodeAction } from './types';
import { overlaps } from './locate';

export function codeActionsFor(findings: Finding[], uri: string, span: Span): CodeAction[] {
  const out: CodeAction[] = [];
  const here = findings.filter((finding) => finding.fixes?.length && (overlaps(finding.span, span) || finding.fixes.some((fix) => fix.wholeDocument)));
  for (const finding of here) {
    finding.fixes!.forEach((fix, index) => out.push({ title: fix.title, kind: 'quickfix', edits: fix.edits, fixes: [finding], preferred: index === 0 && fix.safe }));
  }
  const rules = [...new Set(here.map((f) => f.rule))];
  for (const rule of rules) {
    const all = findings.filter((f) => f.rule === rule && f.fixes?.some((x) => x.safe));
    if (all.length < 2) continue;
    const { edits, fixed } = combine(all, uri, (f) => f.fixes!.find((x) => x.safe));
    out.push({ title: `Fix all ${rule} in this file (${fixed.length})`, kind: 'quickfix', edits, fixes: fixed });
  }
  const fixAll = fixAllOf(findings, uri);
  if (fixAll.edits.length) out.push(fixAll);
  return out;
}

/** Every safe fix in the file, overlaps dropped. */
export function fixAllOf(findings: Finding[], uri: string): CodeAction {
  const { edits, fixed } = combine(findings, uri, (f) => f.fixes?.find((x) => x.safe));
  return { title: `Bitext: fix all safe problems (${fixed.length})`, kind: 'source.fixAll', edits, fixes: fixed };
}

function combine(findings: Finding[], uri: string, pick: (finding: Finding) => Fix | undefined): { edits: TextEdit[]; fixed: Finding[] } {
  const chosen: { f: Finding; fix: Fix; at: number }[] = [];
  for (const finding of findings) {
    const fix = pick(finding);
    if (fix && fix.edits.length && fix.edits.every((e) => e.uri === uri)) chosen.push({ f: finding, fix, at: firstStart(fix) });
  }
  chosen.sort((x, y) => x.at - y.at);
  // First come first kept, in one pass: each edit is tested against the edits taken so far through a
  // prefix maximum of their ends by start (a fix's edits need not be next to each other).
  const taken = new TakenEdits(chosen.flatMap((c) => c.fix.edits.map((e) => e.start)));
  const edits: TextEdit[] = [];
  const fixed: Finding[] = [];
  for (const { f: finding, fix } of chosen) {
    if (fix.edits.some((e) => taken.clashes(e))) continue;
    for (const edit of fix.edits) {
      taken.add(edit);
      edits.push(edit);
    }
    fixed.push(finding);
  }
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  return { edits, fixed };
}

function firstStart(fix: Fix): number {
  let min = Infinity;
  for (const edit of fix.edits) if (edit.start < min) min = edit.start;
  return min;
}

/**
 * The edits taken so far, for the test "does this edit clash with one of them": two edits clash when
 * their ranges overlap (`t.start < e.end && e.start < t.end`), or both insert at the same point. A
 * Fenwick tree over the possible start offsets keeps the largest end per prefix of starts: O(log n).
 */
class TakenEdits {
  private readonly starts: number[];
  private readonly maxEnd: Float64Array;
  private readonly inserts = new Set<number>();

  constructor(allStarts: number[]) {
    this.starts = [...new Set(allStarts)].sort((a, b) => a - b);
    this.maxEnd = new Float64Array(this.starts.length + 1).fill(-Infinity);
  }

  clashes(edit: TextEdit): boolean {
    if (edit.start === edit.end && this.inserts.has(edit.start)) return true;
    // the largest end among taken edits that start before e.end
    let best = -Infinity;
    for (let i = this.countBelow(edit.end); i > 0; i -= i & -i) if (this.maxEnd[i] > best) best = this.maxEnd[i];
    return best > edit.start;
  }

  add(edit: TextEdit): void {
    if (edit.start === edit.end) this.inserts.add(edit.start);
    for (let i = this.countBelow(edit.start) + 1; i < this.maxEnd.length; i += i & -i) if (edit.end > this.maxEnd[i]) this.maxEnd[i] = edit.end;
  }

  /** How many known starts are below `x`. */
  private countBelow(offset: number): number {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.starts[mid] < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
