// Open documents as the editor sends them (incremental sync), kept as TextDocuments; every change is
// handed to the service as the document's new full text.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DidChangeTextDocumentParams, DidOpenTextDocumentParams, Position } from 'vscode-languageserver/node';
import type { BitextService } from '../core/service';
import { docPositions, lineIndex, uriToId, type Positions } from './convert';

export class OpenDocuments {
  private readonly docs = new Map<string, TextDocument>();

  constructor(private readonly service: BitextService) {}

  open(p: DidOpenTextDocumentParams): string {
    const d = p.textDocument;
    const doc = TextDocument.create(d.uri, d.languageId, d.version, d.text);
    this.docs.set(d.uri, doc);
    const id = uriToId(d.uri);
    this.service.update(id, doc.getText(), doc.version);
    return id;
  }

  change(p: DidChangeTextDocumentParams): string | undefined {
    const doc = this.docs.get(p.textDocument.uri);
    if (!doc) return undefined;
    // One ranged change (a keystroke) is passed on as a hint, so the service need not diff the texts.
    const c = p.contentChanges.length === 1 ? p.contentChanges[0] : undefined;
    const r = c && 'range' in c ? (c as { range: { start: Position; end: Position } }).range : undefined;
    const range = c && r ? { start: doc.offsetAt(r.start), end: doc.offsetAt(r.end), len: c.text.length } : undefined;
    TextDocument.update(doc, p.contentChanges, p.textDocument.version);
    const id = uriToId(doc.uri);
    this.service.update(id, doc.getText(), doc.version, range && { start: range.start, oldEnd: range.end, newEnd: range.start + range.len });
    return id;
  }

  close(uri: string): string {
    this.docs.delete(uri);
    const id = uriToId(uri);
    this.service.close(id);
    return id;
  }

  get(uri: string): TextDocument | undefined {
    return this.docs.get(uri);
  }

  /** Positions in `id`'s text: the open document's own line table, or an index of the text read from disk. */
  positions(id: string, uri: string): Positions | undefined {
    const doc = this.docs.get(uri);
    if (doc) return docPositions(doc);
    const text = this.service.textOf(id);
    return text === undefined ? undefined : lineIndex(id, text);
  }

  isOpen(uri: string): boolean {
    return this.docs.has(uri);
  }

  uris(): string[] {
    return [...this.docs.keys()];
  }
}
