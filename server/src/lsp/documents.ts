// Open documents as the editor sends them (incremental sync), kept as TextDocuments by id; every
// change is handed to the service as the document's new full text. Positions in documents that are
// not open (a counterpart read from disk) come from a line index kept while its text stays the same.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, TextDocumentContentChangeEvent } from 'vscode-languageserver/node';
import type { BitextService } from '../core/service';
import { LineIndex } from '../core/text';
import { docPositions, type Positions } from './convert';

export class OpenDocuments {
  private readonly docs = new Map<string, TextDocument>();
  /** Line indexes of closed documents' texts, by id (dropped with `forgetIndex`). */
  private readonly indexes = new Map<string, LineIndex>();

  constructor(private readonly service: BitextService) {}

  open(id: string, uri: string, languageId: string, version: number, text: string): void {
    const doc = TextDocument.create(uri, languageId, version, text);
    this.docs.set(id, doc);
    this.service.update(id, doc.getText(), doc.version);
  }

  /** Applies the editor's changes; false when the document is not open. */
  change(id: string, version: number, changes: TextDocumentContentChangeEvent[]): boolean {
    const doc = this.docs.get(id);
    if (!doc) return false;
    // One ranged change (a keystroke) is passed on as a hint, so the service need not diff the texts.
    const only = changes.length === 1 ? changes[0] : undefined;
    const range = only && 'range' in only ? (only as { range: { start: Position; end: Position } }).range : undefined;
    const hint = only && range ? { start: doc.offsetAt(range.start), oldEnd: doc.offsetAt(range.end), newEnd: doc.offsetAt(range.start) + only.text.length } : undefined;
    TextDocument.update(doc, changes, version);
    this.service.update(id, doc.getText(), doc.version, hint);
    return true;
  }

  close(id: string): void {
    this.docs.delete(id);
    this.service.close(id);
  }

  version(id: string): number | undefined {
    return this.docs.get(id)?.version;
  }

  /** Positions in `id`'s text: the open document's own line table, or an index of the text read from disk. */
  positions(id: string): Positions | undefined {
    const doc = this.docs.get(id);
    if (doc) return docPositions(doc);
    const text = this.service.textOf(id);
    if (text === undefined) return undefined;
    let index = this.indexes.get(id);
    if (!index || index.text !== text) {
      index = new LineIndex(text);
      this.indexes.set(id, index);
    }
    return index;
  }

  forgetIndex(id: string): void {
    this.indexes.delete(id);
  }

  isOpen(id: string): boolean {
    return this.docs.has(id);
  }

  ids(): string[] {
    return [...this.docs.keys()];
  }
}
