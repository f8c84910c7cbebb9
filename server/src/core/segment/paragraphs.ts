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

/**
 * Paragraph spans of `text.slice(region.start, region.end)`, as offsets into the full `text`: blocks
 * separated by blank lines; or, in a text with no blank line whose lines mostly end a sentence (one
 * paragraph a line, as word processors and corpus tools export), each line. A hard-wrapped text,
 * whose lines end mid-sentence, stays one paragraph.
 */
export function splitParagraphs(text: string, region: Span = { start: 0, end: text.length }): Span[] {
  const blocks = splitBlankLineParagraphs(text, region);
  if (blocks.length !== 1) return blocks;
  const lines = splitLines(text, blocks[0]);
  if (lines.length < 3) return blocks;
  let ending = 0;
  for (const line of lines) if (endsSentence(text, line)) ending++;
  return ending * 2 >= lines.length ? lines : blocks;
}

/** Non-blank lines of a span, trimmed. */
function splitLines(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let i = span.start;
  while (i < span.end) {
    let lineEnd = i;
    while (lineEnd < span.end && !isLineEndCode(text.charCodeAt(lineEnd))) lineEnd++;
    let start = i;
    let end = lineEnd;
    while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    if (end > start) out.push({ start, end });
    i = lineEnd;
    while (i < span.end && isLineEndCode(text.charCodeAt(i))) i++;
  }
  return out;
}

/** Whether a line ends as a sentence does: a stop, maybe followed by closing quotes or brackets. */
function endsSentence(text: string, line: Span): boolean {
  let k = line.end - 1;
  while (k > line.start && (SENTENCE_CLOSERS.has(text.charCodeAt(k)) || isSpaceCode(text.charCodeAt(k)))) k--;
  return SENTENCE_STOPS.has(text.charCodeAt(k));
}
const SENTENCE_STOPS = new Set([...'.!?…。！？:'].map((ch) => ch.charCodeAt(0)));
const SENTENCE_CLOSERS = new Set([...'"\'”’»)]」』）'].map((ch) => ch.charCodeAt(0)));

function splitBlankLineParagraphs(text: string, region: Span = { start: 0, end: text.length }): Span[] {
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
