// A unified diff built from the edits themselves (no diff search): the changed old lines, with
// context, and the same lines after the edits. Line ends are shown as they are, minus the `\n`.
import type { TextEdit } from '../core/types';
import { applyEdits } from '../core/fixes';
import { LineIndex } from '../core/text';

function lineRange(idx: LineIndex, text: string, start: number, end: number): [number, number] {
  const first = idx.positionAt(start).line;
  let last = idx.positionAt(end).line;
  // an edit ending right after a '\n' touches the next line only if it inserts there
  if (end > start && end > 0 && text[end - 1] === '\n' && end === idx.lineStart(last)) last = Math.max(first, last - 1);
  return [first, last];
}

function splitLines(text: string): string[] {
  if (text === '') return [];
  const parts = text.split('\n');
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
  for (const edit of sorted) {
    const [first, last] = lineRange(idx, text, edit.start, edit.end);
    const from = Math.max(0, first - context);
    const until = Math.min(idx.lineCount - 1, last + context);
    const group = groups[groups.length - 1];
    if (group && from <= group.to + 1) {
      group.to = Math.max(group.to, until);
      group.edits.push(edit);
    } else groups.push({ from, to: until, edits: [edit] });
  }
  const out = [`--- a/${path}`, `+++ b/${path}`];
  let shift = 0;
  for (const group of groups) {
    const start = idx.lineStart(group.from);
    const end = group.to + 1 < idx.lineCount ? idx.lineStart(group.to + 1) : text.length;
    const oldChunk = text.slice(start, end);
    const newChunk = applyEdits(oldChunk, group.edits.map((e) => ({ ...e, start: e.start - start, end: e.end - start })));
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
    const oldStart = group.from + 1;
    out.push(`@@ -${oldStart},${oldLines.length} +${oldStart + shift},${newLines.length} @@`);
    const noEol = '\\ No newline at end of file';
    for (const line of oldLines.slice(0, pre)) out.push(' ' + line);
    const minus = oldLines.slice(pre, oldLines.length - post);
    const plus = newLines.slice(pre, newLines.length - post);
    minus.forEach((line, index) => {
      out.push('-' + line);
      if (noEolOld && !post && index === minus.length - 1) out.push(noEol);
    });
    plus.forEach((line, index) => {
      out.push('+' + line);
      if (noEolNew && !post && index === plus.length - 1) out.push(noEol);
    });
    const tail = oldLines.slice(oldLines.length - post);
    tail.forEach((line, index) => {
      out.push(' ' + line);
      if (noEolOld && index === tail.length - 1) out.push(noEol);
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
  let changedAt = 0;
  while (changedAt < changed.length) {
    const from = Math.max(0, changed[changedAt] - context);
    let last = changed[changedAt];
    while (changedAt + 1 < changed.length && changed[changedAt + 1] - context <= last + context + 1) last = changed[++changedAt];
    changedAt++;
    const until = Math.min(oldLines.length - 1, last + context);
    const count = until - from + 1;
    out.push(`@@ -${firstLine + from + 1},${count} +${firstLine + from + 1},${count} @@`);
    const minus: string[] = [];
    const plus: string[] = [];
    let markLast = false;
    const flush = () => {
      for (const line of minus) out.push('-' + line);
      if (markLast) out.push(noEol);
      for (const line of plus) out.push('+' + line);
      if (markLast) out.push(noEol);
      minus.length = 0;
      plus.length = 0;
    };
    for (let i = from; i <= until; i++) {
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
