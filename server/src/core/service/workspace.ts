// The documents the service sees: open ones (text from the editor) over the injected file system
// (read once, kept until told the file changed). Every document has a revision number that changes
// whenever its text may have changed, so caches can tell when they are stale.
import type { FileSystem } from '../fs';
import { baseOf, dirOf } from '../paths';

// The path helpers, for the modules that take them from here.
export { baseOf, dirOf };

export type TextResult = { text: string; error?: undefined } | { text?: undefined; error: string };

export class Workspace {
  private readonly open = new Map<string, { text: string; version: number }>();
  private readonly disk = new Map<string, TextResult>();
  private readonly dirs = new Map<string, string[]>();
  private readonly files = new Map<string, boolean>();
  private readonly revs = new Map<string, number>();
  private clock = 0;

  constructor(private readonly fileSystem: FileSystem) {}

  setOpen(docId: string, text: string, version: number): void {
    // A newly opened document: look at the disk afresh (not every client reports file changes).
    if (!this.open.has(docId)) this.refresh();
    this.open.set(docId, { text, version });
    this.bump(docId);
  }

  /** Forgets everything read from disk. */
  refresh(): void {
    for (const path of this.disk.keys()) this.bump(path);
    this.disk.clear();
    this.dirs.clear();
    this.files.clear();
  }

  close(docId: string): void {
    this.open.delete(docId);
    this.disk.delete(docId);
    this.bump(docId);
  }

  /** Forgets texts read from disk that nothing needs any more (keeps `keep`). */
  pruneDisk(keep: Set<string>): void {
    for (const path of [...this.disk.keys()]) if (!keep.has(path) && !this.open.has(path)) this.disk.delete(path);
  }

  isOpen(docId: string): boolean {
    return this.open.has(docId);
  }

  openIds(): string[] {
    return [...this.open.keys()];
  }

  version(docId: string): number | undefined {
    return this.open.get(docId)?.version;
  }

  /** Revision of a document: changes whenever its text (open or on disk) may have changed. */
  rev(docId: string): number {
    return this.revs.get(docId) ?? 0;
  }

  textOf(docId: string): TextResult {
    const open = this.open.get(docId);
    if (open) return { text: open.text };
    let read = this.disk.get(docId);
    if (!read) {
      try {
        read = { text: this.fileSystem.readText(docId) };
      } catch (error) {
        read = { error: error instanceof Error ? error.message : String(error) };
      }
      this.disk.set(docId, read);
    }
    return read;
  }

  exists(docId: string): boolean {
    if (this.open.has(docId)) return true;
    let isFile = this.files.get(docId);
    if (isFile === undefined) {
      isFile = safe(() => this.fileSystem.isFile(docId), false);
      this.files.set(docId, isFile);
    }
    return isFile;
  }

  /** Files changed, were created or deleted on disk: forget what was read of them and their folders. */
  filesChanged(paths: string[]): void {
    for (const path of paths) {
      this.disk.delete(path);
      this.files.delete(path);
      this.dirs.delete(dirOf(path));
      this.bump(path);
    }
  }

  /** The view pairing sees: open documents count as files, what was read is remembered. */
  readonly view: FileSystem = {
    isFile: (p) => this.exists(p),
    listDir: (dir) => {
      let names = this.dirs.get(dir);
      if (!names) {
        names = safe(() => this.fileSystem.listDir(dir), [] as string[]);
        this.dirs.set(dir, names);
      }
      return names;
    },
    readText: (path) => {
      const read = this.textOf(path);
      if (read.text === undefined) throw new Error(read.error);
      return read.text;
    },
  };

  private bump(docId: string): void {
    this.revs.set(docId, ++this.clock);
  }
}

function safe<T>(attempt: () => T, fallback: T): T {
  try {
    return attempt();
  } catch {
    return fallback;
  }
}
