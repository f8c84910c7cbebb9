// The real file system as the core's `FsView`, shared by the CLI and the language server.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { FsView } from '../core/pairing';
import { decodeBytes } from '../core/text';

/** Files larger than this are not read just to tell their shape (line-aligned or not). */
const SHAPE_READ_LIMIT = 64 * 1024 * 1024;

export function diskFs(): FsView {
  return {
    isFile(path) {
      try {
        return statSync(path).isFile();
      } catch {
        return false;
      }
    },
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
