// The documents the service sees: open ones (text from the editor) over the injected file system
// (read once, kept until told the file changed). Every document has a revision number that changes
// whenever its text may have changed, so caches can tell when they are stale.
import type { FileSystem } from '../fs';
import { baseOf, dirOf } from '../paths';
import { wholeText, type DocumentText } from './document-text';

// The path helpers, for the modules that take them from here.
export { baseOf, dirOf };

export type TextResult = { text: string; error?: undefined } | { text?: undefined; error: string };
export type DocumentResult = { doc: DocumentText; error?: undefined } | { doc?: undefined; error: string };

export class Workspace {
  private readonly open = new Map<string, { doc: DocumentText; version: number }>();
  private readonly disk = new Map<string, DocumentResult>();
  private readonly dirs = new Map<string, string[]>();
  private readonly files = new Map<string, boolean>();
  private readonly revs = new Map<string, number>();
  private clock = 0;

  constructor(private readonly fileSystem: FileSystem) {}

  setOpen(docId: string, doc: DocumentText, version: number): void {
    // A newly opened document: look at the disk afresh (not every client reports file changes).
    if (!this.open.has(docId)) this.refresh();
    this.open.set(docId, { doc, version });
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

  /** The whole text of `id` (an open document kept in pieces is joined once per version). */
  textOf(docId: string): TextResult {
    const read = this.documentOf(docId);
    return read.doc ? { text: read.doc.text() } : read;
  }

  /** The text of `id` as it is held: open (the editor's), else read from disk once. */
  documentOf(docId: string): DocumentResult {
    const open = this.open.get(docId);
    if (open) return { doc: open.doc };
    let read = this.disk.get(docId);
    if (!read) {
      try {
        read = { doc: wholeText(this.fileSystem.readText(docId)) };
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
    listDir: (folder) => {
      let names = this.dirs.get(folder);
      if (!names) {
        names = safe(() => this.fileSystem.listDir(folder), [] as string[]);
        this.dirs.set(folder, names);
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

function safe<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
