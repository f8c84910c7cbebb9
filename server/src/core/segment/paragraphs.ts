// Paragraphs: blocks of text separated by one or more blank lines. A line holding only whitespace
// counts as blank; LF, CRLF and a lone CR all end a line; a whole article on one line is one paragraph.
// Spans exclude the surrounding whitespace and line ends. One pass, linear time.
import type { Span } from '../types';

/** True for the UTF-16 units JavaScript's `\s` matches (spaces, tabs, NBSP, BOM, ...), minus line ends. */
export function isSpaceCode(c: number): boolean {
  if (c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c) return true;
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f ||
    c === 0x3000 || c === 0xfeff || c === 0x2028 || c === 0x2029
  );
}

export function isLineEndCode(c: number): boolean {
  return c === 0x0a || c === 0x0d;
}

export function isWhiteCode(c: number): boolean {
  return isSpaceCode(c) || isLineEndCode(c);
}

/** Paragraph spans of `text.slice(region.start, region.end)`, as offsets into the full `text`. */
export function splitParagraphs(text: string, region: Span = { start: 0, end: text.length }): Span[] {
  const start = Math.max(0, Math.min(region.start, text.length));
  const end = Math.max(start, Math.min(region.end, text.length));
  const out: Span[] = [];
  let paraStart = -1; // first non-white unit of the open paragraph
  let lastInk = -1; // end (exclusive) of the last non-white unit seen in the open paragraph
  let lineHasInk = false;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      // a line ends; a blank line (no ink) closes the open paragraph
      if (!lineHasInk && paraStart >= 0) {
        out.push({ start: paraStart, end: lastInk });
        paraStart = -1;
      }
      lineHasInk = false;
      i += c === 0x0d && i + 1 < end && text.charCodeAt(i + 1) === 0x0a ? 2 : 1;
      continue;
    }
    if (!isSpaceCode(c)) {
      if (paraStart < 0) paraStart = i;
      lineHasInk = true;
      lastInk = i + 1;
    }
    i++;
  }
  if (paraStart >= 0) out.push({ start: paraStart, end: lastInk });
  return out;
}
