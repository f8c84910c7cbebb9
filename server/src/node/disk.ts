// The real file system, for the core's two views of it: the language server's `ServiceFs` (errors say
// why a file cannot be read) and pairing's `FsView` for the CLI (a file that cannot be read is absent).
import { readdirSync, readFileSync, statSync } from 'node:fs';
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
