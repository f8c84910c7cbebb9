// The one file-system interface of the core: pairing and the editor service read the outside world
// only through it. The disk adapter is server/src/node/disk.ts; tests use test/support/memfs.ts.

export interface FileSystem {
  /** True for an existing regular file; never throws. */
  isFile(path: string): boolean;
  /** Names in a folder; throws when it cannot be listed. */
  listDir(dir: string): string[];
  /** The file's text; throws an Error whose message says why it cannot be read (missing, binary, invalid UTF-8, too large). */
  readText(path: string): string;
  /**
   * The shape of a file too big for `readText`, told by streaming it: its line count (as countLines
   * counts) and whether it is line-shaped (as isLineShaped says). Absent where files are never that big.
   */
  lineShape?(path: string): { lines: number; shaped: boolean } | undefined;
}

/** Reads through `fs`, undefined when the file cannot be read (pairing only peeks at a text). */
export function tryReadText(fileSystem: FileSystem, path: string): string | undefined {
  try {
    return fileSystem.readText(path);
  } catch {
    return undefined;
  }
}

/** Lists through `fs`, empty when the folder cannot be listed. */
export function tryListDir(fileSystem: FileSystem, dir: string): string[] {
  try {
    return fileSystem.listDir(dir);
  } catch {
    return [];
  }
}
