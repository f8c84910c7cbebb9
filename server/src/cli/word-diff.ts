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
  let s = start + pre;
  let e = end - post;
  let n = newText.slice(pre, newText.length - post);
  // a pure insertion or deletion of spaces is hard to see: show it with the next character (or the previous)
  const o = text.slice(s, e);
  if ((!o || !n) && /^\s*$/.test(o + n)) {
    if (e < text.length && text[e] !== '\n' && text[e] !== '\r') {
      const w = charLen(text, e);
      n += text.slice(e, e + w);
      e += w;
    } else if (s > 0 && text[s - 1] !== '\n') {
      const w = isLow(text.charCodeAt(s - 1)) && s > 1 ? 2 : 1;
      n = text.slice(s - w, s) + n;
      s -= w;
    }
  }
  return { start: s, end: e, newText: n };
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const charLen = (t: string, i: number) => (isHigh(t.charCodeAt(i)) && isLow(t.charCodeAt(i + 1)) ? 2 : 1);

const WORD = /[\p{L}\p{N}]/u;
/** A letter or digit (or half of a surrogate pair): the anchors the fixes never move. */
function isWord(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return (c >= 0xd800 && c <= 0xdfff) || WORD.test(s[i]);
}

/**
 * The changed spots inside one edit, found in one pass: both texts are walked together, and at a
 * difference each skips to its next letter or digit (the safe fixes change only what lies between
 * them); a spot starts where the run of non-letters before it starts. Linear in the edit's size.
 */
function refine(old: string, nw: string): { from: number; to: number; newText: string }[] {
  const out: { from: number; to: number; newText: string }[] = [];
  let i = 0;
  let j = 0;
  let runI = 0;
  let runJ = 0;
  while (i < old.length && j < nw.length) {
    if (old.charCodeAt(i) === nw.charCodeAt(j)) {
      if (isWord(old, i)) (runI = i + 1), (runJ = j + 1);
      i++;
      j++;
      continue;
    }
    for (;;) {
      while (i < old.length && !isWord(old, i)) i++;
      while (j < nw.length && !isWord(nw, j)) j++;
      if (i >= old.length || j >= nw.length) {
        i = old.length;
        j = nw.length;
        break;
      }
      if (old.charCodeAt(i) === nw.charCodeAt(j)) break;
      i++;
      j++;
    }
    out.push({ from: runI, to: i, newText: nw.slice(runJ, j) });
    runI = i;
    runJ = j;
  }
  if (runI < old.length || runJ < nw.length) {
    if (i < old.length || j < nw.length || old.slice(runI) !== nw.slice(runJ)) out.push({ from: runI, to: old.length, newText: nw.slice(runJ) });
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
  for (const e of sorted) {
    const m = merged[merged.length - 1];
    if (m && e.start >= m.end && e.start - m.end <= SPOT_GAP && !/[\r\n]/.test(text.slice(m.end, e.start))) {
      m.newText += text.slice(m.end, e.start) + e.newText;
      m.end = e.end;
    } else merged.push({ start: e.start, end: e.end, newText: e.newText });
  }
  const spots: WordSpot[] = [];
  for (const m of merged) {
    for (const r of refine(text.slice(m.start, m.end), m.newText)) {
      const t = trimSpot(text, m.start + r.from, m.start + r.to, r.newText);
      if (!t) continue;
      const pos = idx.positionAt(t.start);
      spots.push({ line: pos.line + 1, column: pos.character + 1, old: text.slice(t.start, t.end), new: t.newText, start: t.start, end: t.end });
    }
  }
  return spots;
}

/** Shows line ends and tabs in a one-line display. */
const visible = (s: string) => s.replace(/\r\n|\r|\n|\t/g, (c) => (c === '\t' ? '→' : '⏎'));

/** Up to CONTEXT units before `at`, not before `lineStart`, cut after a space when it can be. */
function contextBefore(text: string, at: number, lineStart: number): string {
  let from = Math.max(lineStart, at - CONTEXT);
  if (from > lineStart) {
    const sp = text.slice(from, at - 1).indexOf(' ');
    if (sp >= 0) {
      from += sp + 1;
      while (from < at - 1 && text[from] === ' ') from++;
    } else if (isLow(text.charCodeAt(from))) from++;
  }
  return (from > lineStart ? '…' : '') + text.slice(from, at);
}

/** Up to CONTEXT units after `at`, not past `lineEnd` (before its '\r\n'), cut at a space when it can be. */
function contextAfter(text: string, at: number, lineEnd: number): string {
  let to = Math.min(lineEnd, at + CONTEXT);
  if (to < lineEnd) {
    const sp = text.slice(at + 1, to + 1).lastIndexOf(' ');
    if (sp >= 0) to = at + 1 + sp;
    else if (isHigh(text.charCodeAt(to - 1))) to--;
  }
  return text.slice(at, to) + (to < lineEnd ? '…' : '');
}

/** One spot in git's word-diff style: `[-old-]{+new+}` (a side left out when empty). */
export function formatSpot(text: string, s: WordSpot, idx = new LineIndex(text)): string {
  const change = (s.old ? `[-${visible(s.old)}-]` : '') + (s.new ? `{+${visible(s.new)}+}` : '');
  const endLine = idx.positionAt(s.end).line;
  const lineEnd = Math.max(s.end, idx.lineEnd(endLine));
  return contextBefore(text, s.start, idx.lineStart(s.line - 1)) + change + contextAfter(text, s.end, lineEnd);
}

/** Word diff of `text` and the text after `edits`: `path:line:col  …context[-old-]{+new+}context…`, one spot a line. */
export function wordDiff(path: string, text: string, edits: readonly TextEdit[]): string {
  const idx = new LineIndex(text);
  const out: string[] = [];
  for (const s of wordSpots(text, edits, idx)) out.push(`${path}:${s.line}:${s.column}  ${formatSpot(text, s, idx)}`);
  return out.length ? out.join('\n') + '\n' : '';
}

/** True when an edit touches an old line longer than `limit` UTF-16 units (line end not counted). */
export function touchesLongLine(text: string, edits: readonly TextEdit[], limit = 200, idx = new LineIndex(text)): boolean {
  for (const e of edits) {
    const b = idx.positionAt(e.end).line;
    for (let l = idx.positionAt(e.start).line; l <= b; l++) if (idx.lineEnd(l) - idx.lineStart(l) > limit) return true;
  }
  return false;
}
