// An in-memory FsView for pairing tests: a map of POSIX paths to texts.
import type { FsView } from '../../server/src/core/pairing';

export function memFs(files: Record<string, string>): FsView {
  return {
    isFile: (p) => Object.prototype.hasOwnProperty.call(files, p),
    listDir: (dir) => {
      const prefix = dir === '.' ? '' : dir.endsWith('/') ? dir : dir + '/';
      const names = new Set<string>();
      for (const p of Object.keys(files)) {
        if (!p.startsWith(prefix)) continue;
        names.add(p.slice(prefix.length).split('/')[0]);
      }
      return [...names].sort();
    },
    readText: (p) => files[p],
  };
}
