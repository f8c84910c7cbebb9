// Open documents as the editor sends them (incremental sync), each kept as a ChunkedText by id: a
// change edits the chunks it touches and hands the service the new text (still in chunks) with the
// changed range, so neither side builds the whole text of a big corpus per keystroke. Positions in
// documents that are not open (a counterpart read from disk) come from a line index kept while its
// text stays the same.
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver/node';
import type { BitextService } from '../core/service';
import { LineIndex } from '../core/text';
import { ChunkedText } from './chunked-text';
import type { Positions } from './convert';

interface OpenDocument {
  text: ChunkedText;
  version: number;
}

/** The changed range of a run of changes, in the offsets before them (start, old end) and after (new end). */
export interface ChangedRange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

export class OpenDocuments {
  private readonly docs = new Map<string, OpenDocument>();
  /** Line indexes of closed documents' texts, by id (dropped with `forgetIndex`). */
  private readonly indexes = new Map<string, LineIndex>();

  constructor(private readonly service: BitextService) {}

  open(docId: string, _uri: string, _languageId: string, version: number, text: string): void {
    const doc = { text: ChunkedText.of(text), version };
    this.docs.set(docId, doc);
    this.service.update(docId, doc.text, version);
  }

  /** Applies the editor's changes; false when the document is not open. */
  change(docId: string, version: number, changes: TextDocumentContentChangeEvent[]): boolean {
    const doc = this.docs.get(docId);
    if (!doc) return false;
    const applied = applyChanges(doc.text, changes);
    doc.text = applied.text;
    doc.version = version;
    this.service.update(docId, doc.text, version, applied.range);
    return true;
  }

  close(docId: string): void {
    this.docs.delete(docId);
    this.service.close(docId);
  }

  version(docId: string): number | undefined {
    return this.docs.get(docId)?.version;
  }

  /** The open document's text, in chunks. */
  textOf(docId: string): ChunkedText | undefined {
    return this.docs.get(docId)?.text;
  }

  /** Positions in `id`'s text: the open document's chunks, or an index of the text read from disk. */
  positions(docId: string): Positions | undefined {
    const doc = this.docs.get(docId);
    if (doc) return doc.text;
    const text = this.service.textOf(docId);
    if (text === undefined) return undefined;
    let index = this.indexes.get(docId);
    if (!index || index.text !== text) {
      index = new LineIndex(text);
      this.indexes.set(docId, index);
    }
    return index;
  }

  forgetIndex(docId: string): void {
    this.indexes.delete(docId);
  }

  isOpen(docId: string): boolean {
    return this.docs.has(docId);
  }

  ids(): string[] {
    return [...this.docs.keys()];
  }
}

/**
 * The editor's changes applied in order, and the one range they changed together (undefined after a
 * change of the whole text, when the service compares texts itself).
 */
export function applyChanges(text: ChunkedText, changes: TextDocumentContentChangeEvent[]): { text: ChunkedText; range: ChangedRange | undefined } {
  let current = text;
  let range: ChangedRange | undefined;
  let whole = false;
  for (const change of changes) {
    if (!('range' in change) || !change.range) {
      current = ChunkedText.of(change.text);
      whole = true;
      continue;
    }
    const start = current.offsetAt(change.range.start);
    const end = Math.max(start, current.offsetAt(change.range.end));
    current = current.edit(start, end, change.text);
    const newEnd = start + change.text.length;
    // The union with what earlier changes touched, in the offsets before the first and after this one.
    range = range
      ? { start: Math.min(range.start, start), oldEnd: range.oldEnd + Math.max(0, end - range.newEnd), newEnd: Math.max(range.newEnd + newEnd - end, newEnd) }
      : { start, oldEnd: end, newEnd };
  }
  return { text: current, range: whole ? undefined : range };
}
