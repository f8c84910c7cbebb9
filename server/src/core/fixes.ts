// The only code that edits text. Edits are plain data (TextEdit); overlapping edits are dropped,
// never merged, so a fix can never produce text nobody asked for.
import type { Finding, Fix, TextEdit } from './types';

export interface AppliedEdits {
  text: string;
  applied: TextEdit[];
  dropped: TextEdit[];
}

function sameEdit(a: TextEdit, b: TextEdit): boolean {
  return a.start === b.start && a.end === b.end && a.newText === b.newText;
}

/**
 * Applies edits (offsets into `text`, end exclusive). Edits are taken in order of start (stable); an
 * edit that overlaps one already taken is dropped (an identical duplicate is dropped silently). Two
 * insertions at the same offset are both kept, in the given order. At one start offset insertions come
 * first, then the longest replacement, so a bulk edit (a whole run of fixes merged) wins over a small
 * edit inside it that it already makes. Out-of-range edits are dropped.
 */
export function applyEditsDetailed(text: string, edits: readonly TextEdit[]): AppliedEdits {
  const order = edits
    .map((e, i) => ({ e, i }))
    .sort((x, y) => x.e.start - y.e.start || Number(x.e.end > x.e.start) - Number(y.e.end > y.e.start) || y.e.end - x.e.end || x.i - y.i);
  const applied: TextEdit[] = [];
  const dropped: TextEdit[] = [];
  let lastEnd = -1;
  let last: TextEdit | undefined;
  for (const { e } of order) {
    if (e.start < 0 || e.end > text.length || e.start > e.end) {
      dropped.push(e);
      continue;
    }
    if (last && sameEdit(last, e)) continue;
    if (e.start < lastEnd) {
      dropped.push(e);
      continue;
    }
    applied.push(e);
    last = e;
    lastEnd = e.end;
  }
  const parts: string[] = [];
  let at = 0;
  for (const e of applied) {
    parts.push(text.slice(at, e.start), e.newText);
    at = e.end;
  }
  parts.push(text.slice(at));
  return { text: parts.join(''), applied, dropped };
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return applyEditsDetailed(text, edits).text;
}

export interface FixAllOptions {
  /** Only fixes of findings of these rules. */
  rules?: readonly string[];
}

/**
 * The edits of a "fix all" for one document: the first safe fix of every finding on `uri` (of the given
 * rules), in finding order. Returns the new text and the edits taken.
 */
export function fixAll(findings: readonly Finding[], text: string, uri: string, options: FixAllOptions = {}): AppliedEdits & { fixed: Finding[] } {
  const edits: TextEdit[] = [];
  const fixed: Finding[] = [];
  for (const f of findings) {
    if (options.rules && !options.rules.includes(f.rule)) continue;
    const fix = firstSafeFix(f);
    if (!fix) continue;
    const mine = fix.edits.filter((e) => e.uri === uri);
    if (!mine.length) continue;
    for (const e of mine) edits.push(e);
    fixed.push(f);
  }
  return { ...applyEditsDetailed(text, edits), fixed };
}

export function firstSafeFix(f: Finding): Fix | undefined {
  return f.fixes?.find((x) => x.safe);
}

/** Letters and digits of a text in order (NFC), the invariant every safe fix keeps. */
export function lettersAndDigits(text: string): string {
  return text.normalize('NFC').replace(/[^\p{L}\p{N}\p{M}]/gu, '');
}
