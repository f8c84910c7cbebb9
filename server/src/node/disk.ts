// The real file system as the core's `FileSystem`, for the CLI and the language server alike: reads
// decoded through the core's text model, so a binary or undecodable file gives a clear message; the
// shape of a file too big to read is streamed (lineShape); the server's view is confined to its
// workspace folders (confinedFs).
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import type { FileSystem } from '../core/fs';
import { decodeBytes } from '../core/text';

/** Files larger than this are not read just to tell their shape (line-aligned or not). */
export const SHAPE_READ_LIMIT = 64 * 1024 * 1024;

export interface DiskOptions {
  /** Files larger than this many bytes are not read (the read throws, saying so). */
  maxReadBytes?: number;
}

export function diskFs(options: DiskOptions = {}): FileSystem {
  const max = options.maxReadBytes;
  return {
    isFile(path) {
      try {
        return statSync(path).isFile();
      } catch {
        return false;
      }
    },
    listDir(dir) {
      return readdirSync(dir);
    },
    readText(path) {
      if (max !== undefined && statSync(path).size > max) throw new Error(`the file is larger than ${max.toLocaleString('en')} bytes`);
      return decodeBytes(readFileSync(path)).text;
    },
    lineShape,
  };
}

/**
 * The shape of a file of any size, streamed in 1 MiB pieces with bounded memory: its line count (as
 * pairing's countLines counts) and whether it is line-shaped (pairing's isLineShaped: more than two
 * lines, under a third of them blank, trailing empty lines not counted). Undefined when unreadable.
 */
export function lineShape(path: string): { lines: number; shaped: boolean } | undefined {
  let descriptor: number;
  try {
    descriptor = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const buf = Buffer.allocUnsafe(Math.max(1, Math.min(1 << 20, fstatSync(descriptor).size)));
    let newlines = 0;
    let blank = 0; // lines ended so far holding only spaces, tabs and CRs
    let run = 0; // lines ended so far, at the end, that are empty or a lone CR (a trailing run of line ends)
    let length = 0; // bytes of the current line
    let first = -1; // its first byte
    let lineBlank = true;
    let last = -1;
    for (let bytesRead; (bytesRead = readSync(descriptor, buf, 0, buf.length, null)) > 0; ) {
      for (let i = 0; i < bytesRead; i++) {
        const byte = buf[i];
        if (byte === 0x0a) {
          newlines++;
          if (lineBlank) blank++;
          run = length === 0 || (length === 1 && first === 0x0d) ? run + 1 : 0;
          length = 0;
          first = -1;
          lineBlank = true;
          continue;
        }
        if (length++ === 0) first = byte;
        if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) lineBlank = false;
      }
      last = buf[bytesRead - 1];
    }
    if (last < 0) return { lines: 0, shaped: false };
    const endsOpen = last !== 0x0a;
    const lines = newlines + (endsOpen ? 1 : 0);
    // the body without its trailing line ends, as isLineShaped strips /(\r?\n)+$/: the final empty
    // line and the run of empty (or lone-CR) lines before it go, all of them blank
    const all = newlines + 1;
    const bodyLines = endsOpen ? all : all - (run + 1);
    const bodyBlank = endsOpen ? blank + (lineBlank ? 1 : 0) : blank + 1 - (run + 1);
    return { lines, shaped: bodyLines >= 3 && bodyBlank * 3 < bodyLines };
  } catch {
    return undefined;
  } finally {
    closeSync(descriptor);
  }
}

/** The language server reads no counterpart bigger than this (a line-aligned corpus that big is for `bitext corpus check`). */
export const SERVER_READ_LIMIT = 64 * 1024 * 1024;

function realOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/**
 * The server's disk: reads (file texts and folder listings) only inside the workspace folders `roots()`
 * gives, symlinks followed (with no workspace folder, anywhere: only the user's own settings pair then),
 * and no file over SERVER_READ_LIMIT. A refused read throws an Error whose message says why, which the
 * service shows as one diagnostic on the file whose counterpart it is.
 */
export function confinedFs(roots: () => readonly string[], base: FileSystem = diskFs(), limit = SERVER_READ_LIMIT): FileSystem {
  const check = (path: string) => {
    const folders = roots();
    if (!folders.length) return;
    const real = realOf(path);
    const inside = folders.some((folder) => {
      const realFolder = realOf(folder);
      return real === realFolder || real.startsWith(realFolder.endsWith(sep) ? realFolder : realFolder + sep);
    });
    if (!inside) throw new Error(`it is outside the workspace folders${real !== resolve(path) ? ` (it resolves to ${real})` : ''}, and Bitext reads nothing there`);
  };
  return {
    isFile: base.isFile,
    listDir(dir) {
      check(dir);
      return base.listDir(dir);
    },
    readText(path) {
      check(path);
      const size = statSync(path).size;
      if (size > limit) {
        const megabytes = (n: number) => `${Math.round(n / 1048576).toLocaleString('en-US')} MB`;
        throw new Error(`it is ${megabytes(size)}, more than the ${megabytes(limit)} the editor reads of a counterpart (check a corpus that big with \`bitext corpus check\`)`);
      }
      return base.readText(path);
    },
  };
}
