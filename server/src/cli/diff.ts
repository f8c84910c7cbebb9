// A unified diff built from the edits themselves (no diff search): the changed old lines, with
// context, and the same lines after the edits. Line ends are shown as they are, minus the `\n`.
import type { TextEdit } from '../core/types';
import { applyEdits } from '../core/fixes';
import { LineIndex } from '../core/text';

function lineRange(idx: LineIndex, text: string, start: number, end: number): [number, number] {
  const a = idx.positionAt(start).line;
  let b = idx.positionAt(end).line;
  // an edit ending right after a '\n' touches the next line only if it inserts there
  if (end > start && end > 0 && text[end - 1] === '\n' && end === idx.lineStart(b)) b = Math.max(a, b - 1);
  return [a, b];
}

function splitLines(s: string): string[] {
  if (s === '') return [];
  const parts = s.split('\n');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** Unified diff of `text` and the text after `edits` (edits already non-overlapping). */
export function unifiedDiff(path: string, text: string, edits: TextEdit[], context = 3): string {
  if (!edits.length) return '';
  const idx = new LineIndex(text);
  const sorted = [...edits].sort((x, y) => x.start - y.start);
  // hunks over old line ranges
  const groups: { from: number; to: number; edits: TextEdit[] }[] = [];
  for (const e of sorted) {
    const [a, b] = lineRange(idx, text, e.start, e.end);
    const from = Math.max(0, a - context);
    const to = Math.min(idx.lineCount - 1, b + context);
    const g = groups[groups.length - 1];
    if (g && from <= g.to + 1) {
      g.to = Math.max(g.to, to);
      g.edits.push(e);
    } else groups.push({ from, to, edits: [e] });
  }
  const out = [`--- a/${path}`, `+++ b/${path}`];
  let shift = 0;
  for (const g of groups) {
    const start = idx.lineStart(g.from);
    const end = g.to + 1 < idx.lineCount ? idx.lineStart(g.to + 1) : text.length;
    const oldChunk = text.slice(start, end);
    const newChunk = applyEdits(oldChunk, g.edits.map((e) => ({ ...e, start: e.start - start, end: e.end - start })));
    const oldLines = splitLines(oldChunk).map((l) => l.replace(/\r$/, ''));
    const newLines = splitLines(newChunk).map((l) => l.replace(/\r$/, ''));
    const atEnd = end === text.length;
    const noEolOld = atEnd && !oldChunk.endsWith('\n');
    const noEolNew = atEnd && !newChunk.endsWith('\n');
    let pre = 0;
    while (pre < oldLines.length && pre < newLines.length && oldLines[pre] === newLines[pre]) pre++;
    let post = 0;
    while (
      post < oldLines.length - pre &&
      post < newLines.length - pre &&
      oldLines[oldLines.length - 1 - post] === newLines[newLines.length - 1 - post] &&
      !(post === 0 && noEolOld !== noEolNew)
    ) post++;
    const oldStart = g.from + 1;
    out.push(`@@ -${oldStart},${oldLines.length} +${oldStart + shift},${newLines.length} @@`);
    const noEol = '\\ No newline at end of file';
    for (const l of oldLines.slice(0, pre)) out.push(' ' + l);
    const minus = oldLines.slice(pre, oldLines.length - post);
    const plus = newLines.slice(pre, newLines.length - post);
    minus.forEach((l, i) => {
      out.push('-' + l);
      if (noEolOld && !post && i === minus.length - 1) out.push(noEol);
    });
    plus.forEach((l, i) => {
      out.push('+' + l);
      if (noEolNew && !post && i === plus.length - 1) out.push(noEol);
    });
    const tail = oldLines.slice(oldLines.length - post);
    tail.forEach((l, i) => {
      out.push(' ' + l);
      if (noEolOld && i === tail.length - 1) out.push(noEol);
    });
    shift += newLines.length - oldLines.length;
  }
  return out.join('\n') + '\n';
}

/**
 * Unified-diff hunks (no file header) for a batch of lines whose count did not change: `changed` are
 * the indices (ascending) of the lines that differ, `firstLine` the 0-based number of `oldLines[0]` in
 * the file. Context stays inside the batch, so batches can be diffed one after another.
 */
export function lineHunks(
  oldLines: readonly string[],
  newLines: readonly string[],
  changed: readonly number[],
  firstLine: number,
  context = 3,
  /** The batch's last line is the file's last and has no line end. */
  noEolAtEnd = false,
): string {
  const noEol = '\\ No newline at end of file';
  const lastIdx = oldLines.length - 1;
  const out: string[] = [];
  let k = 0;
  while (k < changed.length) {
    const from = Math.max(0, changed[k] - context);
    let last = changed[k];
    while (k + 1 < changed.length && changed[k + 1] - context <= last + context + 1) last = changed[++k];
    k++;
    const to = Math.min(oldLines.length - 1, last + context);
    const n = to - from + 1;
    out.push(`@@ -${firstLine + from + 1},${n} +${firstLine + from + 1},${n} @@`);
    const minus: string[] = [];
    const plus: string[] = [];
    let markLast = false;
    const flush = () => {
      for (const l of minus) out.push('-' + l);
      if (markLast) out.push(noEol);
      for (const l of plus) out.push('+' + l);
      if (markLast) out.push(noEol);
      minus.length = 0;
      plus.length = 0;
    };
    for (let i = from; i <= to; i++) {
      if (oldLines[i] === newLines[i]) {
        flush();
        out.push(' ' + oldLines[i]);
        if (noEolAtEnd && i === lastIdx) out.push(noEol);
      } else {
        if (noEolAtEnd && i === lastIdx) markLast = true;
        minus.push(oldLines[i]);
        plus.push(newLines[i]);
      }
    }
    flush();
  }
  return out.length ? out.join('\n') + '\n' : '';
}
