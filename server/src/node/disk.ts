// The real file system as the core's `FileSystem`, for the CLI and the language server alike: reads
// decoded through the core's text model, so a binary or undecodable file gives a clear message.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { FileSystem } from '../core/fs';
import { decodeBytes } from '../core/text';

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
  };
}
