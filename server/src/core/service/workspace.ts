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

  constructor(private readonly fs: FileSystem) {}

  setOpen(id: string, doc: DocumentText, version: number): void {
    // A newly opened document: look at the disk afresh (not every client reports file changes).
    if (!this.open.has(id)) this.refresh();
    this.open.set(id, { doc, version });
    this.bump(id);
  }

  /** Forgets everything read from disk. */
  refresh(): void {
    for (const p of this.disk.keys()) this.bump(p);
    this.disk.clear();
    this.dirs.clear();
    this.files.clear();
  }

  close(id: string): void {
    this.open.delete(id);
    this.disk.delete(id);
    this.bump(id);
  }

  /** Forgets texts read from disk that nothing needs any more (keeps `keep`). */
  pruneDisk(keep: Set<string>): void {
    for (const p of [...this.disk.keys()]) if (!keep.has(p) && !this.open.has(p)) this.disk.delete(p);
  }

  isOpen(id: string): boolean {
    return this.open.has(id);
  }

  openIds(): string[] {
    return [...this.open.keys()];
  }

  version(id: string): number | undefined {
    return this.open.get(id)?.version;
  }

  /** Revision of a document: changes whenever its text (open or on disk) may have changed. */
  rev(id: string): number {
    return this.revs.get(id) ?? 0;
  }

  /** The whole text of `id` (an open document kept in pieces is joined once per version). */
  textOf(id: string): TextResult {
    const read = this.documentOf(id);
    return read.doc ? { text: read.doc.text() } : read;
  }

  /** The text of `id` as it is held: open (the editor's), else read from disk once. */
  documentOf(id: string): DocumentResult {
    const open = this.open.get(id);
    if (open) return { doc: open.doc };
    let read = this.disk.get(id);
    if (!read) {
      try {
        read = { doc: wholeText(this.fs.readText(id)) };
      } catch (e) {
        read = { error: e instanceof Error ? e.message : String(e) };
      }
      this.disk.set(id, read);
    }
    return read;
  }

  exists(id: string): boolean {
    if (this.open.has(id)) return true;
    let f = this.files.get(id);
    if (f === undefined) {
      f = safe(() => this.fs.isFile(id), false);
      this.files.set(id, f);
    }
    return f;
  }

  /** Files changed, were created or deleted on disk: forget what was read of them and their folders. */
  filesChanged(paths: string[]): void {
    for (const p of paths) {
      this.disk.delete(p);
      this.files.delete(p);
      this.dirs.delete(dirOf(p));
      this.bump(p);
    }
  }

  /** The view pairing sees: open documents count as files, what was read is remembered. */
  readonly view: FileSystem = {
    isFile: (p) => this.exists(p),
    listDir: (d) => {
      let l = this.dirs.get(d);
      if (!l) {
        l = safe(() => this.fs.listDir(d), [] as string[]);
        this.dirs.set(d, l);
      }
      return l;
    },
    readText: (p) => {
      const read = this.textOf(p);
      if (read.text === undefined) throw new Error(read.error);
      return read.text;
    },
  };

  private bump(id: string): void {
    this.revs.set(id, ++this.clock);
  }
}

function safe<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}
