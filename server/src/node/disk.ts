// The real file system, for the core's two views of it: the language server's `ServiceFs` (errors say
// why a file cannot be read) and pairing's `FsView` for the CLI (a file that cannot be read is absent).
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import type { FsView } from '../core/pairing';
import type { ServiceFs } from '../core/service';
import { decodeBytes } from '../core/text';

/** Files larger than this are not read just to tell their shape (line-aligned or not). */
export const SHAPE_READ_LIMIT = 64 * 1024 * 1024;

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** For the service: reads decoded as UTF-8 through the core's text model, so a binary or undecodable file gives a clear message. */
export const diskServiceFs: ServiceFs = {
  isFile,
  listDir(dir) {
    return readdirSync(dir);
  },
  readText(path) {
    return decodeBytes(readFileSync(path)).text;
  },
};

export function diskFs(): FsView {
  return {
    isFile,
    listDir(dir) {
      try {
        return readdirSync(dir);
      } catch {
        return [];
      }
    },
    readText(path) {
      try {
        if (statSync(path).size > SHAPE_READ_LIMIT) return undefined;
        return decodeBytes(readFileSync(path)).text;
      } catch {
        return undefined;
      }
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
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const buf = Buffer.allocUnsafe(Math.max(1, Math.min(1 << 20, fstatSync(fd).size)));
    let newlines = 0;
    let blank = 0; // lines ended so far holding only spaces, tabs and CRs
    let run = 0; // lines ended so far, at the end, that are empty or a lone CR (a trailing run of line ends)
    let length = 0; // bytes of the current line
    let first = -1; // its first byte
    let lineBlank = true;
    let last = -1;
    for (let n; (n = readSync(fd, buf, 0, buf.length, null)) > 0; ) {
      for (let i = 0; i < n; i++) {
        const c = buf[i];
        if (c === 0x0a) {
          newlines++;
          if (lineBlank) blank++;
          run = length === 0 || (length === 1 && first === 0x0d) ? run + 1 : 0;
          length = 0;
          first = -1;
          lineBlank = true;
          continue;
        }
        if (length++ === 0) first = c;
        if (c !== 0x20 && c !== 0x09 && c !== 0x0d) lineBlank = false;
      }
      last = buf[n - 1];
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
    closeSync(fd);
  }
}

/** The language server reads no counterpart bigger than this (a line-aligned corpus that big is for `bitext corpus check`). */
export const SERVER_READ_LIMIT = 64 * 1024 * 1024;

function realOf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
}

/**
 * The server's disk: reads (file texts and folder listings) only inside the workspace folders `roots()`
 * gives, symlinks followed (with no workspace folder, anywhere: only the user's own settings pair then),
 * and no file over SERVER_READ_LIMIT. A refused read throws an Error whose message says why, which the
 * service shows as one diagnostic on the file whose counterpart it is.
 */
export function confinedServiceFs(roots: () => readonly string[], base: ServiceFs = diskServiceFs, limit = SERVER_READ_LIMIT): ServiceFs {
  const check = (path: string) => {
    const folders = roots();
    if (!folders.length) return;
    const real = realOf(path);
    const inside = folders.some((f) => {
      const r = realOf(f);
      return real === r || real.startsWith(r.endsWith(sep) ? r : r + sep);
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
        const mb = (n: number) => `${Math.round(n / 1048576).toLocaleString('en-US')} MB`;
        throw new Error(`it is ${mb(size)}, more than the ${mb(limit)} the editor reads of a counterpart (check a corpus that big with \`bitext corpus check\`)`);
      }
      return base.readText(path);
    },
  };
}
