// Text model: bytes in, text out. The BOM is remembered and not counted as text; CRLF is kept as is,
// so every offset still points at the character the user sees; binary and invalid UTF-8 are refused
// with a clear error. All offsets are UTF-16 code units.

export interface DecodedText {
  text: string;
  /** The file started with a UTF-8 byte-order mark (removed from `text`, to be written back). */
  bom: boolean;
  /** Line ending style found in the text. */
  eol: '\n' | '\r\n' | 'mixed' | 'none';
}

export type DecodeFailure = 'binary' | 'invalid-utf8' | 'utf16';

export class TextDecodeError extends Error {
  constructor(
    readonly reason: DecodeFailure,
    /** Byte offset of the first offending byte. */
    readonly byteOffset: number,
    message: string,
  ) {
    super(message);
    this.name = 'TextDecodeError';
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes a file's bytes as UTF-8 text, or throws a `TextDecodeError` saying why it cannot. */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new TextDecodeError('utf16', 0, 'the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8');
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new TextDecodeError('binary', nul, `the file is binary, not text (a NUL byte at byte ${nul})`);
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    const invalidAt = firstInvalidUtf8(body) + (bom ? 3 : 0);
    throw new TextDecodeError('invalid-utf8', invalidAt, `the file is not valid UTF-8 (first bad byte at byte ${invalidAt}); convert it to UTF-8`);
  }
  return { text, bom, eol: detectEol(text) };
}

/** Encodes text back to bytes with the BOM it came with. */
export function encodeText(decoded: Pick<DecodedText, 'text' | 'bom'>): Uint8Array {
  const body = new TextEncoder().encode(decoded.text);
  if (!decoded.bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

export function detectEol(text: string): DecodedText['eol'] {
  const firstLf = text.indexOf('\n');
  if (firstLf < 0) return 'none';
  const crlf = text.indexOf('\r\n');
  if (crlf < 0) return '\n';
  // Mixed when some LF is not preceded by CR.
  let lfAt = firstLf;
  while (lfAt >= 0) {
    if (lfAt === 0 || text.charCodeAt(lfAt - 1) !== 13) return 'mixed';
    lfAt = text.indexOf('\n', lfAt + 1);
  }
  return '\r\n';
}

function firstInvalidUtf8(input: Uint8Array): number {
  let byteAt = 0;
  while (byteAt < input.length) {
    const leadByte = input[byteAt];
    let continuation = 0;
    if (leadByte < 0x80) continuation = 0;
    else if (leadByte >= 0xc2 && leadByte <= 0xdf) continuation = 1;
    else if (leadByte >= 0xe0 && leadByte <= 0xef) continuation = 2;
    else if (leadByte >= 0xf0 && leadByte <= 0xf4) continuation = 3;
    else return byteAt;
    if (byteAt + continuation >= input.length + (continuation ? 0 : 1)) return byteAt;
    for (let k = 1; k <= continuation; k++) if ((input[byteAt + k] & 0xc0) !== 0x80) return byteAt;
    byteAt += continuation + 1;
  }
  return input.length;
}

export interface Position {
  /** 0-based line. */
  line: number;
  /** 0-based UTF-16 column. */
  character: number;
}

/** The line holding `offset`, given the ascending line starts (the first one 0; a line end belongs to its line). */
export function lineOfOffset(starts: ArrayLike<number>, offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Maps offsets to line/character and back. A line ends at '\n' ('\r' before it belongs to the line end). */
export class LineIndex {
  private readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    let lfAt = text.indexOf('\n');
    while (lfAt >= 0) {
      starts.push(lfAt + 1);
      lfAt = text.indexOf('\n', lfAt + 1);
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = lineOfOffset(this.starts, clamped);
    return { line, character: clamped - this.starts[line] };
  }

  offsetAt(pos: Position): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.starts.length) return this.text.length;
    const start = this.starts[pos.line];
    const end = this.lineEnd(pos.line);
    return Math.min(start + Math.max(0, pos.character), end);
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** Offset of the end of the line's content (before '\r\n' or '\n'). */
  lineEnd(line: number): number {
    const last = line + 1 >= this.starts.length;
    const contentEnd = last ? this.text.length : this.starts[line + 1] - 1;
    return !last && contentEnd > this.starts[line] && this.text.charCodeAt(contentEnd - 1) === 13 ? contentEnd - 1 : contentEnd;
  }
}
