// The file system as the service sees it: reads decoded as UTF-8 through the core's text model, so a
// binary or undecodable file gives a clear message instead of garbage.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { decodeBytes } from '../core/text';
import type { ServiceFs } from '../core/service';

export const diskFs: ServiceFs = {
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
    return decodeBytes(readFileSync(path)).text;
  },
};
