// Whether a path a setting names lies inside the workspace folder, symlinks followed: a setting (the
// word list, the dictionary) may not make the CLI or the server read elsewhere, as a counterpart may not.
import { realpathSync } from 'node:fs';
import { resolve, sep } from 'node:path';

/** Why `path` (relative to `root`) may not be read, or undefined when it lies inside `root`. */
export function outsideOf(root: string, path: string): string | undefined {
  const full = resolve(root, path);
  const rootReal = realOrSelf(root);
  const target = realOrSelf(full);
  if (target === rootReal || target.startsWith(rootReal.endsWith(sep) ? rootReal : rootReal + sep)) return undefined;
  return `outside the workspace (${root}${target !== full ? `; it resolves to ${target}` : ''}); not read`;
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}
