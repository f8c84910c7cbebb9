// An in-memory FileSystem for pairing and service tests: a map of POSIX paths to texts (bytes stand
// for a file that is not text).
import type { FileSystem } from '../../server/src/core/fs';

export function memFs(files: Record<string, string | Uint8Array>): FileSystem {
  const has = (p: string) => Object.prototype.hasOwnProperty.call(files, p);
  return {
    isFile: has,
    listDir: (dir) => {
      const prefix = dir === '.' ? '' : dir.endsWith('/') ? dir : dir + '/';
      const names = new Set<string>();
      for (const p of Object.keys(files)) {
        if (!p.startsWith(prefix)) continue;
        names.add(p.slice(prefix.length).split('/')[0]);
      }
      return [...names].sort();
    },
    readText: (p) => {
      if (!has(p)) throw new Error(`ENOENT: no such file: ${p}`);
      const file = files[p];
      if (typeof file !== 'string') throw new Error('the file is binary, not text');
      return file;
    },
  };
}
