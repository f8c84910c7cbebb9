// Request handlers: hover, definition, code actions, fix-all on save, and Bitext's own messages.
// Each maps LSP in, asks the service, maps the answer out.
import type { CodeActionParams, Connection, Hover, HoverParams, Location, TextDocumentPositionParams, TextEdit, WillSaveTextDocumentParams } from 'vscode-languageserver/node';
import { CodeActionKind, MarkupKind } from 'vscode-languageserver/node';
import type { BitextService } from '../core/service';
import type { OpenDocuments } from './documents';
import { idToUri, toCodeAction, toRange, toSpan, toTextEdits, uriToId } from './convert';
import { COUNTERPART_HIGHLIGHT, COUNTERPART_REQUEST, CURSOR_MOVED, type CounterpartParams, type CounterpartResult, type CursorMovedParams } from './protocol';

export function registerFeatures(conn: Connection, service: BitextService, docs: OpenDocuments, fixAllOnSave: () => boolean, versioned: () => boolean, publish: (id: string) => void = () => {}, editable: (id: string) => boolean = () => true): void {
  const at = (uri: string) => {
    const id = uriToId(uri);
    const ix = docs.positions(id, uri);
    return ix === undefined ? undefined : { id, ix };
  };
  const positionsOf = (u: string) => docs.positions(u, idToUri(u));
  const counterpart = (uri: string, position: { line: number; character: number }) => {
    const d = at(uri);
    const loc = d && service.counterpartAt(d.id, d.ix.offsetAt(position));
    const ix = loc && docs.positions(loc.uri, idToUri(loc.uri));
    return loc && ix ? { uri: idToUri(loc.uri), range: toRange(ix, loc.span) } : null;
  };

  /** The user looks at a place: a line-aligned corpus gets the lines there checked (then published). */
  const focus = (d: { id: string; ix: { offsetAt(p: { line: number; character: number }): number } }, position: { line: number; character: number }) => {
    if (service.focus(d.id, d.ix.offsetAt(position))) setImmediate(() => publish(d.id));
  };

  conn.onHover((p: HoverParams): Hover | null => {
    const d = at(p.textDocument.uri);
    if (d) focus(d, p.position);
    const md = d && service.hoverAt(d.id, d.ix.offsetAt(p.position));
    return md ? { contents: { kind: MarkupKind.Markdown, value: md } } : null;
  });

  conn.onDefinition((p: TextDocumentPositionParams): Location | null => counterpart(p.textDocument.uri, p.position));

  conn.onCodeAction((p: CodeActionParams) => {
    const d = at(p.textDocument.uri);
    if (!d) return [];
    const only = p.context.only;
    const actions = service.codeActions(d.id, toSpan(d.ix, p.range)).filter((a) => a.edits.every((e) => editable(e.uri))).filter((a) => !only || only.some((k) => (a.kind === 'quickfix' ? k === CodeActionKind.QuickFix : CodeActionKind.SourceFixAll.startsWith(k) || k.startsWith(CodeActionKind.SourceFixAll))));
    return actions.map((a) => toCodeAction(d.ix, a, d.id, positionsOf, versioned() ? (u) => service.version(u) : undefined));
  });

  conn.onWillSaveTextDocumentWaitUntil((p: WillSaveTextDocumentParams): TextEdit[] => {
    const d = fixAllOnSave() ? at(p.textDocument.uri) : undefined;
    return d ? toTextEdits(d.ix, service.fixAll(d.id).edits) : [];
  });

  conn.onRequest(COUNTERPART_REQUEST, (p: CounterpartParams): CounterpartResult => counterpart(p.uri, p.position));

  conn.onNotification(CURSOR_MOVED, (p: CursorMovedParams) => {
    const d = at(p.uri);
    if (d) focus(d, p.position);
    void conn.sendNotification(COUNTERPART_HIGHLIGHT, { uri: p.uri, target: counterpart(p.uri, p.position) });
  });
}
