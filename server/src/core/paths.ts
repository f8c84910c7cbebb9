// Path helpers of the core, on plain strings (the core imports no `node:path`): forward slashes,
// whatever the platform gave (a backslash is read as a separator).

/** The path with every backslash turned into a forward slash. */
export function forwardSlashes(path: string): string {
  return path.replace(/\\/g, '/');
}

/** The folder of `path`: '.' for a bare name, '/' for a file at the root. */
export function dirOf(path: string): string {
  const slashed = forwardSlashes(path);
  const last = slashed.lastIndexOf('/');
  return last < 0 ? '.' : last === 0 ? '/' : slashed.slice(0, last);
}

/** The file name of `path`, without its folder. */
export function baseOf(path: string): string {
  const slashed = forwardSlashes(path);
  return slashed.slice(slashed.lastIndexOf('/') + 1);
}

/** `name` inside folder `dir` ('.' is the current folder). */
export function joinPath(dir: string, name: string): string {
  return dir === '.' ? name : dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}
