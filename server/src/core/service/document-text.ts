// A document's text as the service reads it: by lines, a slice, or whole. A front end may keep an open
// document in pieces (the language server keeps it in chunks of lines, lsp/chunked-text.ts, so an
// edit of a 65 M-character corpus costs the chunk it touches, not the document); the service asks for
// the whole string only where an analysis needs one (documents, not line-aligned corpora). Offsets are
// UTF-16 code units. A line ends at '\n' ('\r' before it belongs to the line end); a line end at the
// very end of the text starts no further line.
import type { Span } from '../types';
import { lineOfOffset } from '../text';

export interface DocumentText {
  /** UTF-16 code units. */
  readonly length: number;
  readonly lineCount: number;
  /** The line holding `offset` (a line end belongs to its line). */
  lineAt(offset: number): number;
  /** Line `line` without its line end (CR LF or LF). */
  lineSpan(line: number): Span;
  /** Line `line` without its line end; undefined outside the text. */
  line(line: number): string | undefined;
  slice(start: number, end: number): string;
  /** The whole text as one string (a text kept in pieces builds it once). */
  text(): string;
  /** The whole text if it is at hand without building it. */
  readyText(): string | undefined;
}

/** A text held whole (read from disk, or given as a string), its line starts found when first asked. */
export function wholeText(text: string): DocumentText {
  let starts: Int32Array | undefined;
  const lineStarts = (): Int32Array => (starts ??= lineStartsOf(text));
  const lineSpan = (line: number): Span => {
    const table = lineStarts();
    const start = table[line];
    let end = line + 1 < table.length ? table[line + 1] - 1 : text.length;
    if (line + 1 >= table.length && text.charCodeAt(end - 1) === 10) end--;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    return { start, end };
  };
  return {
    length: text.length,
    get lineCount() {
      return lineStarts().length;
    },
    lineAt: (offset) => lineOfOffset(lineStarts(), offset),
    lineSpan,
    line(line) {
      if (line < 0 || line >= lineStarts().length) return undefined;
      const span = lineSpan(line);
      return text.slice(span.start, span.end);
    },
    slice: (start, end) => text.slice(start, end),
    text: () => text,
    readyText: () => text,
  };
}

/** Start offset of every line: 0, then after each '\n' that is not the text's last character. */
export function lineStartsOf(text: string): Int32Array {
  let starts = new Int32Array(1024);
  let count = 0;
  starts[count++] = 0;
  for (let lineEnd = text.indexOf('\n'); lineEnd >= 0 && lineEnd + 1 < text.length; lineEnd = text.indexOf('\n', lineEnd + 1)) {
    if (count === starts.length) {
      const grown = new Int32Array(starts.length * 2);
      grown.set(starts);
      starts = grown;
    }
    starts[count++] = lineEnd + 1;
  }
  return starts.slice(0, count);
}

/** Whichever was given: a string becomes a whole text. */
export function asDocumentText(text: string | DocumentText): DocumentText {
  return typeof text === 'string' ? wholeText(text) : text;
}
