// The real file system, for the core's two views of it: the language server's `ServiceFs` (errors say
// why a file cannot be read) and pairing's `FsView` for the CLI (a file that cannot be read is absent).
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import type { FsView } from '../core/pairing';
import type { ServiceFs } from '../core/service';
import { decodeBytes } from '../core/text';

/** Files larger than this are not read just to tell their shape (line-aligned or not). */
const SHAPE_READ_LIMIT = 64 * 1024 * 1024;

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
  };
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
