// Paragraphs: blocks of text separated by one or more blank lines. A line holding only whitespace
// counts as blank; LF, CRLF and a lone CR all end a line; a whole article on one line is one paragraph.
// Spans exclude the surrounding whitespace and line ends. One pass, linear time.
import type { Span } from '../types';

/** True for the UTF-16 units JavaScript's `\s` matches (spaces, tabs, NBSP, BOM, ...), minus line ends. */
export function isSpaceCode(code: number): boolean {
  if (code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c) return true;
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f ||
    code === 0x3000 || code === 0xfeff || code === 0x2028 || code === 0x2029
  );
}

export function isLineEndCode(code: number): boolean {
  return code === 0x0a || code === 0x0d;
}

export function isWhiteCode(code: number): boolean {
  return isSpaceCode(code) || isLineEndCode(code);
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
  let cursor = span.start;
  while (cursor < span.end) {
    let lineEnd = cursor;
    while (lineEnd < span.end && !isLineEndCode(text.charCodeAt(lineEnd))) lineEnd++;
    let start = cursor;
    let end = lineEnd;
    while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    if (end > start) out.push({ start, end });
    cursor = lineEnd;
    while (cursor < span.end && isLineEndCode(text.charCodeAt(cursor))) cursor++;
  }
  return out;
}

/** Whether a line ends as a sentence does: a stop, maybe followed by closing quotes or brackets. */
function endsSentence(text: string, line: Span): boolean {
  let lastAt = line.end - 1;
  while (lastAt > line.start && (SENTENCE_CLOSERS.has(text.charCodeAt(lastAt)) || isSpaceCode(text.charCodeAt(lastAt)))) lastAt--;
  return SENTENCE_STOPS.has(text.charCodeAt(lastAt));
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
  let cursor = start;
  while (cursor < end) {
    const code = text.charCodeAt(cursor);
    if (code === 0x0a || code === 0x0d) {
      // a line ends; a blank line (no ink) closes the open paragraph
      if (!lineHasInk && paraStart >= 0) {
        out.push({ start: paraStart, end: lastInk });
        paraStart = -1;
      }
      lineHasInk = false;
      cursor += code === 0x0d && cursor + 1 < end && text.charCodeAt(cursor + 1) === 0x0a ? 2 : 1;
      continue;
    }
    if (!isSpaceCode(code)) {
      if (paraStart < 0) paraStart = cursor;
      lineHasInk = true;
      lastInk = cursor + 1;
    }
    cursor++;
  }
  if (paraStart >= 0) out.push({ start: paraStart, end: lastInk });
  return out;
}
