// Reads a text file for the CLI: bytes through core/text.ts decodeBytes, with a clear message (and
// exit code 2 from the caller) for a missing, unreadable, binary or undecodable file.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeBytes, TextDecodeError, type DecodedText } from '../core/text';

export class FileError extends Error {}

export interface ReadOptions {
  /** Legacy encoding (e.g. `windows-1252`, `iso-8859-2`) used when the file is not valid UTF-8. */
  fallbackEncoding?: string;
}

export function readTextFile(cwd: string, path: string, opts: ReadOptions = {}): DecodedText & { path: string } {
  const full = resolve(cwd, path);
  let bytes: Uint8Array;
  try {
    if (statSync(full).isDirectory()) throw new FileError(`${path}: is a folder, not a file`);
    bytes = readFileSync(full);
  } catch (e) {
    if (e instanceof FileError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new FileError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${code ?? String(e)})`);
  }
  try {
    return { ...decodeBytes(bytes), path: full };
  } catch (e) {
    if (!(e instanceof TextDecodeError)) throw e;
    if (e.reason === 'invalid-utf8' && opts.fallbackEncoding) {
      let dec: InstanceType<typeof TextDecoder>;
      try {
        dec = new TextDecoder(opts.fallbackEncoding);
      } catch {
        throw new FileError(`unknown encoding '${opts.fallbackEncoding}'`);
      }
      const text = dec.decode(bytes);
      return { text, bom: false, eol: text.includes('\r\n') ? '\r\n' : text.includes('\n') ? '\n' : 'none', path: full };
    }
    const hint = e.reason === 'invalid-utf8' ? ' (or pass --encoding windows-1252 / iso-8859-2 … to read it as a legacy encoding)' : '';
    throw new FileError(`${path}: ${e.message}${hint}`);
  }
}
