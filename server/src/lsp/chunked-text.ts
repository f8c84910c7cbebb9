// An open document's text in chunks of whole lines (about 16 K UTF-16 units each), so an edit costs
// the chunks it touches plus a table of one entry per chunk, not the document: typing in a 65 M-character
// corpus no longer builds a 65 M-character string per keystroke. Each edit gives a new ChunkedText that
// shares the untouched chunks with the old one (the old one stays valid, so a view made from it can
// tell what changed). It is the service's DocumentText (lines end at '\n') and gives LSP positions
// (where a lone '\r' also ends a line, as editors count; such rare texts get positions from a
// TextDocument over the whole text). Offsets are UTF-16 code units.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentText } from '../core/service/document-text';
import { lineStartsOf } from '../core/service/document-text';
import { lineOfOffset } from '../core/text';
import type { Span } from '../core/types';

/** A chunk is cut at the first line end after this many units (a longer line stays whole). */
const CHUNK_TARGET = 16_384;

interface Chunk {
  /** Whole lines: every chunk but the last ends with '\n'. */
  readonly text: string;
  /** Start of each line in the chunk (0, then after each '\n' that is not its last character). */
  readonly starts: Int32Array;
  /** '\r' not followed by '\n' (a line end for LSP positions, not for the service's lines). */
  readonly loneCrs: number;
}

export interface LspPosition {
  line: number;
  character: number;
}

export class ChunkedText implements DocumentText {
  private whole: string | undefined;
  private positionsDoc: TextDocument | undefined;

  private constructor(
    private readonly chunks: readonly Chunk[],
    /** Offset where each chunk starts; one more entry: the length. */
    private readonly chunkOffsets: Float64Array,
    /** Lines before each chunk; one more entry: the line count. */
    private readonly chunkLines: Float64Array,
    /** Lone '\r' in the whole text. */
    private readonly loneCrs: number,
    /** Units a chunk is cut after (at the next line end); an edited chunk is cut again past twice this. */
    private readonly chunkTarget: number,
    whole?: string,
  ) {
    this.whole = whole;
  }

  /** `chunkTarget`: the chunks' size (tests use small ones). */
  static of(text: string, chunkTarget = CHUNK_TARGET): ChunkedText {
    return ChunkedText.from(chunksOf(text, chunkTarget), chunkTarget, text);
  }

  private static from(chunks: Chunk[], chunkTarget: number, whole?: string): ChunkedText {
    const offsets = new Float64Array(chunks.length + 1);
    const lines = new Float64Array(chunks.length + 1);
    let loneCrs = 0;
    for (let i = 0; i < chunks.length; i++) {
      offsets[i + 1] = offsets[i] + chunks[i].text.length;
      lines[i + 1] = lines[i] + chunks[i].starts.length;
      loneCrs += chunks[i].loneCrs;
    }
    return new ChunkedText(chunks, offsets, lines, loneCrs, chunkTarget, whole);
  }

  get length(): number {
    return this.chunkOffsets[this.chunks.length];
  }

  get lineCount(): number {
    return this.chunkLines[this.chunks.length];
  }

  /** How many chunks hold the text. */
  get chunkCount(): number {
    return this.chunks.length;
  }

  /** The text with `start`..`end` replaced by `insert`: the chunks holding the range are cut anew, the rest shared. */
  edit(start: number, end: number, insert: string): ChunkedText {
    const from = Math.max(0, Math.min(start, this.length));
    const upTo = Math.max(from, Math.min(end, this.length));
    const first = this.chunkAt(from);
    const last = this.chunkAt(upTo);
    const head = this.chunks[first].text.slice(0, from - this.chunkOffsets[first]);
    const tail = this.chunks[last].text.slice(upTo - this.chunkOffsets[last]);
    const joined = head + insert + tail;
    const pieces = joined.length === 0 ? [] : joined.length > 2 * this.chunkTarget ? chunksOf(joined, this.chunkTarget) : [chunkOf(joined)];
    const chunks = [...this.chunks.slice(0, first), ...pieces, ...this.chunks.slice(last + 1)];
    return ChunkedText.from(chunks.length ? chunks : [chunkOf('')], this.chunkTarget);
  }

  lineAt(offset: number): number {
    const chunk = this.chunkAt(offset);
    return this.chunkLines[chunk] + lineOfOffset(this.chunks[chunk].starts, Math.max(0, offset - this.chunkOffsets[chunk]));
  }

  lineSpan(line: number): Span {
    const chunk = this.chunkOfLine(line);
    const { text, starts } = this.chunks[chunk];
    const local = Math.max(0, Math.min(line - this.chunkLines[chunk], starts.length - 1));
    const start = starts[local];
    let end = local + 1 < starts.length ? starts[local + 1] - 1 : text.length;
    if (local + 1 >= starts.length && text.charCodeAt(end - 1) === 10) end--;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    const base = this.chunkOffsets[chunk];
    return { start: base + start, end: base + end };
  }

  line(line: number): string | undefined {
    if (line < 0 || line >= this.lineCount) return undefined;
    const span = this.lineSpan(line);
    return this.slice(span.start, span.end);
  }

  slice(start: number, end: number): string {
    const from = Math.max(0, Math.min(start, this.length));
    const upTo = Math.max(from, Math.min(end, this.length));
    if (this.whole !== undefined) return this.whole.slice(from, upTo);
    const parts: string[] = [];
    for (let chunk = this.chunkAt(from); chunk < this.chunks.length && this.chunkOffsets[chunk] < upTo; chunk++) {
      const base = this.chunkOffsets[chunk];
      parts.push(this.chunks[chunk].text.slice(Math.max(0, from - base), upTo - base));
    }
    return parts.join('');
  }

  text(): string {
    return (this.whole ??= this.chunks.map((chunk) => chunk.text).join(''));
  }

  readyText(): string | undefined {
    return this.whole;
  }

  /** The LSP position of `offset` (clamped to the text). */
  positionAt(offset: number): LspPosition {
    if (this.hasLoneCr()) return this.lspDoc().positionAt(offset);
    const clamped = Math.max(0, Math.min(offset, this.length));
    if (clamped === this.length && this.endsWithLineEnd()) return { line: this.lineCount, character: 0 };
    const line = this.lineAt(clamped);
    // An offset inside a line end (between CR and LF, or on it) is the line's end, as TextDocument says.
    return { line, character: Math.min(clamped, this.lineSpan(line).end) - this.lineStart(line) };
  }

  /** The offset of an LSP position: a character past the line's end is its end (before CR LF). */
  offsetAt(position: LspPosition): number {
    if (this.hasLoneCr()) return this.lspDoc().offsetAt(position);
    if (position.line < 0) return 0;
    if (position.line >= this.lineCount) return this.length;
    const span = this.lineSpan(position.line);
    return Math.min(span.start + Math.max(0, position.character), span.end);
  }

  private hasLoneCr(): boolean {
    return this.loneCrs > 0;
  }

  private lspDoc(): TextDocument {
    return (this.positionsDoc ??= TextDocument.create('bitext:positions', 'plaintext', 0, this.text()));
  }

  private endsWithLineEnd(): boolean {
    const lastChunk = this.chunks[this.chunks.length - 1].text;
    return lastChunk.charCodeAt(lastChunk.length - 1) === 10;
  }

  private lineStart(line: number): number {
    const chunk = this.chunkOfLine(line);
    return this.chunkOffsets[chunk] + this.chunks[chunk].starts[line - this.chunkLines[chunk]];
  }

  /** The chunk holding the character at `offset`; the last chunk at the end of the text. */
  private chunkAt(offset: number): number {
    return Math.min(lastAtOrBelow(this.chunkOffsets, offset, this.chunks.length), this.chunks.length - 1);
  }

  private chunkOfLine(line: number): number {
    return Math.min(lastAtOrBelow(this.chunkLines, line, this.chunks.length), this.chunks.length - 1);
  }
}

/** The last index below `count` whose entry is at most `value` (entries ascending; equal entries: the last). */
function lastAtOrBelow(entries: Float64Array, value: number, count: number): number {
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (entries[mid] <= value) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** `text` cut into chunks at the first line end after every `target` units. */
function chunksOf(text: string, target: number): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  while (start < text.length) {
    const lineEnd = start + target >= text.length ? -1 : text.indexOf('\n', start + target - 1);
    const end = lineEnd < 0 ? text.length : lineEnd + 1;
    chunks.push(chunkOf(start === 0 && end === text.length ? text : text.slice(start, end)));
    start = end;
  }
  return chunks.length ? chunks : [chunkOf('')];
}

function chunkOf(text: string): Chunk {
  let loneCrs = 0;
  for (let crAt = text.indexOf('\r'); crAt >= 0; crAt = text.indexOf('\r', crAt + 1)) if (text.charCodeAt(crAt + 1) !== 10) loneCrs++;
  return { text, starts: lineStartsOf(text), loneCrs };
}
