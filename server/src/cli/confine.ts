// Where a command may read and write (issue 10, item 1). A counterpart is read only when its real path
// (symlinks followed) is inside the workspace root (the working folder, whose bitext.config.json is
// read) or a folder named on the command line; a sibling or a folder-per-language counterpart may also
// sit beside the file named (the folder the pairing looked in). `--write` writes only files named on
// the command line or found under a folder named on it.
import { realpathSync, statSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';

/** The deepest folder holding both paths (by name, before symlinks). */
function commonFolder(first: string, second: string): string {
  let dir = dirname(first);
  while (!within(second, dir) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}
import type { PairForm } from '../core/pairing';

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

const within = (path: string, root: string) => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);

export interface Scope {
  /** Why `counterpart` (of `file`, paired in `form`) may not be read, or undefined when it may. */
  refuse(file: string, counterpart: string, form: PairForm): string | undefined;
  /** True when `path` was named on the command line or lies under a folder named on it. */
  named(path: string): boolean;
}

export function commandScope(cwd: string, args: readonly string[]): Scope {
  const root = real(cwd);
  const folders: string[] = [];
  const files = new Set<string>();
  for (const arg of args) {
    const abs = resolve(cwd, arg);
    const stats = statSync(abs, { throwIfNoEntry: false });
    if (stats?.isDirectory()) folders.push(real(abs));
    else if (stats) {
      files.add(real(abs));
      files.add(abs);
    }
  }
  return {
    refuse(file, counterpart, form) {
      const target = real(counterpart);
      if (within(target, root) || folders.some((f) => within(target, f))) return undefined;
      if (form === 'siblings' || form === 'folders' || form === 'line-aligned') {
        // found beside the file (same folder, or the sibling language folder): the folder both paths
        // share, symlinks followed, must hold it
        const shared = commonFolder(resolve(cwd, file), resolve(cwd, counterpart));
        if (shared !== sep && within(target, real(shared))) return undefined;
      }
      return `its counterpart ${counterpart} is outside the workspace (${cwd}) and the folders named on the command line${target !== resolve(cwd, counterpart) ? ` (it resolves to ${target})` : ''}; not read`;
    },
    named(path) {
      const target = real(path);
      return files.has(target) || files.has(resolve(path)) || folders.some((f) => within(target, f));
    },
  };
}
