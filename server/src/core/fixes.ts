// The only code that edits text. Edits are plain data (TextEdit); overlapping edits are dropped,
// never merged, so a fix can never produce text nobody asked for.
import type { Finding, Fix, TextEdit } from './types';

export interface AppliedEdits {
  text: string;
  applied: TextEdit[];
  dropped: TextEdit[];
}

function sameEdit(first: TextEdit, second: TextEdit): boolean {
  return first.start === second.start && first.end === second.end && first.newText === second.newText;
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
    .sort((first, second) => first.e.start - second.e.start || Number(first.e.end > first.e.start) - Number(second.e.end > second.e.start) || second.e.end - first.e.end || first.i - second.i);
  const applied: TextEdit[] = [];
  const dropped: TextEdit[] = [];
  let lastEnd = -1;
  let last: TextEdit | undefined;
  for (const { e: edit } of order) {
    if (edit.start < 0 || edit.end > text.length || edit.start > edit.end) {
      dropped.push(edit);
      continue;
    }
    if (last && sameEdit(last, edit)) continue;
    if (edit.start < lastEnd) {
      dropped.push(edit);
      continue;
    }
    applied.push(edit);
    last = edit;
    lastEnd = edit.end;
  }
  const parts: string[] = [];
  let cursor = 0;
  for (const edit of applied) {
    parts.push(text.slice(cursor, edit.start), edit.newText);
    cursor = edit.end;
  }
  parts.push(text.slice(cursor));
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
  for (const finding of findings) {
    if (options.rules && !options.rules.includes(finding.rule)) continue;
    const fix = firstSafeFix(finding);
    if (!fix) continue;
    const mine = fix.edits.filter((e) => e.uri === uri);
    if (!mine.length) continue;
    for (const edit of mine) edits.push(edit);
    fixed.push(finding);
  }
  return { ...applyEditsDetailed(text, edits), fixed };
}

export function firstSafeFix(finding: Finding): Fix | undefined {
  return finding.fixes?.find((x) => x.safe);
}

/** Letters and digits of a text in order (NFC), the invariant every safe fix keeps. */
export function lettersAndDigits(text: string): string {
  return text.normalize('NFC').replace(/[^\p{L}\p{N}\p{M}]/gu, '');
}
