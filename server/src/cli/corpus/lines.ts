// Pull-based line reader over a byte stream: `take(n)` returns the bytes of up to n whole lines as one
// buffer (lines are contiguous in a file), never the whole file. A line may be as long as
// `maxLineBytes` (default 256 MiB); a binary or UTF-16 file is refused with a clear message.
import { createReadStream } from 'node:fs';

export class CorpusInputError extends Error {}

export interface LineChunk {
  bytes: Buffer;
  count: number;
}

export class ByteLineReader {
  private pending: Buffer = Buffer.alloc(0);
  /** Bytes of `pending` already scanned for newlines (none found there past the counted lines). */
  private eof = false;
  private first = true;
  private readonly it: AsyncIterator<Buffer | string>;
  /** Lines handed out so far. */
  lines = 0;
  bytesRead = 0;

  constructor(
    source: AsyncIterable<Buffer | string>,
    readonly name: string,
    readonly maxLineBytes = 256 * 1024 * 1024,
  ) {
    this.it = source[Symbol.asyncIterator]();
  }

  static open(path: string, name = path): ByteLineReader {
    return new ByteLineReader(createReadStream(path, { highWaterMark: 1 << 20 }), name);
  }

  get done(): boolean {
    return this.eof && this.pending.length === 0;
  }

  private async fill(): Promise<boolean> {
    if (this.eof) return false;
    const step = await this.it.next();
    if (step.done) {
      this.eof = true;
      return false;
    }
    const chunk = typeof step.value === 'string' ? Buffer.from(step.value) : step.value;
    if (this.first) {
      this.first = false;
      if (chunk.length >= 2 && ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))) {
        throw new CorpusInputError(`${this.name}: the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8`);
      }
      const nul = chunk.subarray(0, 65536).indexOf(0);
      if (nul >= 0) throw new CorpusInputError(`${this.name}: the file is binary, not text (a NUL byte at byte ${nul})`);
    }
    this.bytesRead += chunk.length;
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    return true;
  }

  /** The bytes of up to `n` lines (each with its '\n', the file's last line maybe without). */
  async take(wanted: number): Promise<LineChunk> {
    let count = 0;
    let pos = 0;
    for (;;) {
      while (count < wanted) {
        const newlineAt = this.pending.indexOf(10, pos);
        if (newlineAt < 0) break;
        count++;
        pos = newlineAt + 1;
      }
      if (count >= wanted) break;
      if (this.pending.length - pos > this.maxLineBytes) {
        throw new CorpusInputError(
          `${this.name}: line ${this.lines + count + 1} is longer than ${Math.round(this.maxLineBytes / 1048576)} MiB; is this a line-aligned text file?`,
        );
      }
      if (!(await this.fill())) {
        if (pos < this.pending.length) {
          count++;
          pos = this.pending.length;
        }
        break;
      }
    }
    const bytes = this.pending.subarray(0, pos);
    this.pending = this.pending.subarray(pos);
    this.lines += count;
    return { bytes, count };
  }
}

/** Byte ranges [start, end) of each line's content in a chunk: '\n' excluded, a final '\r' excluded. */
export function lineRanges(bytes: Uint8Array, count: number): Int32Array {
  const ranges = new Int32Array(count * 2);
  let pos = 0;
  for (let i = 0; i < count; i++) {
    let newlineAt = bytes.indexOf(10, pos);
    if (newlineAt < 0) newlineAt = bytes.length;
    let end = newlineAt;
    if (end > pos && bytes[end - 1] === 13) end--;
    ranges[i * 2] = pos;
    ranges[i * 2 + 1] = end;
    pos = newlineAt + 1;
  }
  return ranges;
}
