// Reads a text file for the CLI: bytes through core/text.ts decodeBytes, with a clear message (and
// exit code 2 from the caller) for a missing, unreadable, binary or undecodable file.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeBytes, TextDecodeError, type DecodedText } from '../core/text';

export class FileError extends Error {}

export interface ReadOptions {
  /** Legacy encoding (e.g. `windows-1252`, `iso-8859-2`) used when the file is not valid UTF-8. */
  fallbackEncoding?: string;
  /** The command takes `--encoding`: say so when a file is not valid UTF-8. */
  encodingOption?: boolean;
}

/** 1-based line and column (UTF-16 code units, as editors and findings count) of byte `at`. */
export function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // a BOM is not text: columns count from after it, as they do in findings
  if (line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) lineStart = Math.min(3, offset);
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: before.length + 1 };
}

/** A plain-words message for bytes that are not UTF-8 text, pointing at line:column. */
export function decodeMessage(error: TextDecodeError, bytes: Uint8Array, encodingOption: boolean): string {
  if (error.reason === 'utf16') return 'the file is UTF-16, not UTF-8: save it as UTF-8 (in most editors: "Save with Encoding" > UTF-8)';
  const { line, column } = bytePosition(bytes, error.byteOffset);
  if (error.reason === 'binary') return `the file is not text (binary data: a NUL byte at line ${line}, column ${column}); Bitext reads plain-text files only`;
  const tail = bytes.length - error.byteOffset;
  const cutOff = tail > 0 && tail < 4 && (bytes[error.byteOffset] & 0xc0) === 0xc0 && !bytes.subarray(error.byteOffset + 1).some((b) => (b & 0xc0) !== 0x80);
  const what = cutOff
    ? `the file ends in the middle of a character, at line ${line}, column ${column} (was it cut off?)`
    : `the file is not valid UTF-8 (the first bad byte is at line ${line}, column ${column}; it may be in Latin-1/Windows-1252 or another legacy encoding)`;
  const todo = cutOff
    ? 'remove the broken last bytes or get the full file'
    : encodingOption
      ? 'save it as UTF-8, or pass --encoding windows-1252 (or iso-8859-2, …) to read it in that encoding'
      : 'save it as UTF-8 (e.g. iconv -f windows-1252 -t utf-8 IN > OUT), then run again';
  return `${what}: ${todo}`;
}

export function readTextFile(cwd: string, path: string, opts: ReadOptions = {}): DecodedText & { path: string } {
  const full = resolve(cwd, path);
  let bytes: Uint8Array;
  try {
    if (statSync(full).isDirectory()) throw new FileError(`${path}: is a folder, not a file`);
    bytes = readFileSync(full);
  } catch (error) {
    if (error instanceof FileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new FileError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${code ?? String(error)})`);
  }
  try {
    return { ...decodeBytes(bytes), path: full };
  } catch (error) {
    if (!(error instanceof TextDecodeError)) throw error;
    if (error.reason === 'invalid-utf8' && opts.fallbackEncoding) {
      let dec: InstanceType<typeof TextDecoder>;
      try {
        dec = new TextDecoder(opts.fallbackEncoding);
      } catch {
        throw new FileError(`unknown encoding '${opts.fallbackEncoding}'`);
      }
      const text = dec.decode(bytes);
      return { text, bom: false, eol: text.includes('\r\n') ? '\r\n' : text.includes('\n') ? '\n' : 'none', path: full };
    }
    throw new FileError(`${path}: ${decodeMessage(error, bytes, !!opts.encodingOption)}`);
  }
}
