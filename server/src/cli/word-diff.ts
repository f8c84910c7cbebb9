// Word diff for `bitext fix`: per changed spot, `path:line:col  …before[-old-]{+new+}after…`, computed
// from the edits themselves in one pass (a one-line article stays readable and a 20 MB line linear).
import type { TextEdit } from '../core/types';
import { LineIndex } from '../core/text';

/** One changed spot for `wordDiff`: where it starts in the old text (1-based line, UTF-16 column). */
export interface WordSpot {
  line: number;
  column: number;
  /** Old text of the spot (start..end of the old text). */
  old: string;
  new: string;
  start: number;
  end: number;
}

const SPOT_GAP = 2; // edits closer than this (same line) make one spot
const CONTEXT = 24; // UTF-16 units of context either side, at most

/** A changed spot reduced to what differs (common prefix/suffix trimmed, one char kept on the shorter side). */
function trimSpot(text: string, start: number, end: number, newText: string): { start: number; end: number; newText: string } | undefined {
  const old = text.slice(start, end);
  if (old === newText) return undefined;
  const keep = Math.min(old.length, newText.length) > 0 ? 1 : 0;
  let pre = 0;
  const maxPre = Math.min(old.length, newText.length) - keep;
  while (pre < maxPre && old.charCodeAt(pre) === newText.charCodeAt(pre)) pre++;
  // never cut a surrogate pair in two
  if (pre > 0 && isHigh(old.charCodeAt(pre - 1))) pre--;
  let post = 0;
  const maxPost = Math.min(old.length, newText.length) - pre - keep;
  while (post < maxPost && old.charCodeAt(old.length - 1 - post) === newText.charCodeAt(newText.length - 1 - post)) post++;
  if (post > 0 && isLow(old.charCodeAt(old.length - post))) post--;
  let spotStart = start + pre;
  let spotEnd = end - post;
  let spotText = newText.slice(pre, newText.length - post);
  // a pure insertion or deletion of spaces is hard to see: show it with the next character (or the previous)
  const oldText = text.slice(spotStart, spotEnd);
  if ((!oldText || !spotText) && /^\s*$/.test(oldText + spotText)) {
    if (spotEnd < text.length && text[spotEnd] !== '\n' && text[spotEnd] !== '\r') {
      const width = charLen(text, spotEnd);
      spotText += text.slice(spotEnd, spotEnd + width);
      spotEnd += width;
    } else if (spotStart > 0 && text[spotStart - 1] !== '\n') {
      const width = isLow(text.charCodeAt(spotStart - 1)) && spotStart > 1 ? 2 : 1;
      spotText = text.slice(spotStart - width, spotStart) + spotText;
      spotStart -= width;
    }
  }
  return { start: spotStart, end: spotEnd, newText: spotText };
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const charLen = (source: string, offset: number) => (isHigh(source.charCodeAt(offset)) && isLow(source.charCodeAt(offset + 1)) ? 2 : 1);

const WORD = /[\p{L}\p{N}]/u;
/** A letter or digit (or half of a surrogate pair): the anchors the fixes never move. */
function isWord(source: string, offset: number): boolean {
  const code = source.charCodeAt(offset);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return (code >= 0xd800 && code <= 0xdfff) || WORD.test(source[offset]);
}

/**
 * The changed spots inside one edit, found in one pass: both texts are walked together, and at a
 * difference each skips to its next letter or digit (the safe fixes change only what lies between
 * them); a spot starts where the run of non-letters before it starts. Linear in the edit's size.
 */
function refine(old: string, changed: string): { from: number; to: number; newText: string }[] {
  const out: { from: number; to: number; newText: string }[] = [];
  let oldAt = 0;
  let newAt = 0;
  let runI = 0;
  let runJ = 0;
  while (oldAt < old.length && newAt < changed.length) {
    if (old.charCodeAt(oldAt) === changed.charCodeAt(newAt)) {
      if (isWord(old, oldAt)) (runI = oldAt + 1), (runJ = newAt + 1);
      oldAt++;
      newAt++;
      continue;
    }
    for (;;) {
      while (oldAt < old.length && !isWord(old, oldAt)) oldAt++;
      while (newAt < changed.length && !isWord(changed, newAt)) newAt++;
      if (oldAt >= old.length || newAt >= changed.length) {
        oldAt = old.length;
        newAt = changed.length;
        break;
      }
      if (old.charCodeAt(oldAt) === changed.charCodeAt(newAt)) break;
      oldAt++;
      newAt++;
    }
    out.push({ from: runI, to: oldAt, newText: changed.slice(runJ, newAt) });
    runI = oldAt;
    runJ = newAt;
  }
  if (runI < old.length || runJ < changed.length) {
    if (oldAt < old.length || newAt < changed.length || old.slice(runI) !== changed.slice(runJ)) out.push({ from: runI, to: old.length, newText: changed.slice(runJ) });
  }
  return out;
}

/**
 * The changed spots of `edits` (non-overlapping) on `text`, in text order. Linear in the number of
 * edits and their sizes: the texts are never diffed.
 */
export function wordSpots(text: string, edits: readonly TextEdit[], idx = new LineIndex(text)): WordSpot[] {
  const sorted = [...edits].sort((x, y) => x.start - y.start || x.end - y.end);
  const merged: { start: number; end: number; newText: string }[] = [];
  for (const edit of sorted) {
    const previous = merged[merged.length - 1];
    if (previous && edit.start >= previous.end && edit.start - previous.end <= SPOT_GAP && !/[\r\n]/.test(text.slice(previous.end, edit.start))) {
      previous.newText += text.slice(previous.end, edit.start) + edit.newText;
      previous.end = edit.end;
    } else merged.push({ start: edit.start, end: edit.end, newText: edit.newText });
  }
  const spots: WordSpot[] = [];
  for (const group of merged) {
    for (const part of refine(text.slice(group.start, group.end), group.newText)) {
      const spot = trimSpot(text, group.start + part.from, group.start + part.to, part.newText);
      if (!spot) continue;
      const pos = idx.positionAt(spot.start);
      spots.push({ line: pos.line + 1, column: pos.character + 1, old: text.slice(spot.start, spot.end), new: spot.newText, start: spot.start, end: spot.end });
    }
  }
  return spots;
}

/** Shows line ends and tabs in a one-line display. */
const visible = (s: string) => s.replace(/\r\n|\r|\n|\t/g, (c) => (c === '\t' ? '→' : '⏎'));

/** Up to CONTEXT units before `at`, not before `lineStart`, cut after a space when it can be. */
function contextBefore(text: string, offset: number, lineStart: number): string {
  let from = Math.max(lineStart, offset - CONTEXT);
  if (from > lineStart) {
    const space = text.slice(from, offset - 1).indexOf(' ');
    if (space >= 0) {
      from += space + 1;
      while (from < offset - 1 && text[from] === ' ') from++;
    } else if (isLow(text.charCodeAt(from))) from++;
  }
  return (from > lineStart ? '…' : '') + text.slice(from, offset);
}

/** Up to CONTEXT units after `at`, not past `lineEnd` (before its '\r\n'), cut at a space when it can be. */
function contextAfter(text: string, offset: number, lineEnd: number): string {
  let until = Math.min(lineEnd, offset + CONTEXT);
  if (until < lineEnd) {
    const space = text.slice(offset + 1, until + 1).lastIndexOf(' ');
    if (space >= 0) until = offset + 1 + space;
    else if (isHigh(text.charCodeAt(until - 1))) until--;
  }
  return text.slice(offset, until) + (until < lineEnd ? '…' : '');
}

/** One spot in git's word-diff style: `[-old-]{+new+}` (a side left out when empty). */
export function formatSpot(text: string, spot: WordSpot, idx = new LineIndex(text)): string {
  const change = (spot.old ? `[-${visible(spot.old)}-]` : '') + (spot.new ? `{+${visible(spot.new)}+}` : '');
  const endLine = idx.positionAt(spot.end).line;
  const lineEnd = Math.max(spot.end, idx.lineEnd(endLine));
  return contextBefore(text, spot.start, idx.lineStart(spot.line - 1)) + change + contextAfter(text, spot.end, lineEnd);
}

/** Word diff of `text` and the text after `edits`: `path:line:col  …context[-old-]{+new+}context…`, one spot a line. */
export function wordDiff(path: string, text: string, edits: readonly TextEdit[]): string {
  const idx = new LineIndex(text);
  const out: string[] = [];
  for (const spot of wordSpots(text, edits, idx)) out.push(`${path}:${spot.line}:${spot.column}  ${formatSpot(text, spot, idx)}`);
  return out.length ? out.join('\n') + '\n' : '';
}

/** True when an edit touches an old line longer than `limit` UTF-16 units (line end not counted). */
export function touchesLongLine(text: string, edits: readonly TextEdit[], limit = 200, idx = new LineIndex(text)): boolean {
  for (const edit of edits) {
    const lastLine = idx.positionAt(edit.end).line;
    for (let line = idx.positionAt(edit.start).line; line <= lastLine; line++) if (idx.lineEnd(line) - idx.lineStart(line) > limit) return true;
  }
  return false;
}
