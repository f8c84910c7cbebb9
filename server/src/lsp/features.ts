// Request handlers: hover, definition, code actions, fix-all on save, and Bitext's own messages.
// Each turns the URI into an id once, asks the service, maps the answer out.
import type { CancellationToken, CodeActionParams, Connection, DocumentSymbol, DocumentSymbolParams, Hover, HoverParams, Location, TextDocumentPositionParams, TextEdit, WillSaveTextDocumentParams } from 'vscode-languageserver/node';
import { CodeActionKind, MarkupKind, SymbolKind } from 'vscode-languageserver/node';
import { join } from 'node:path';
import { relink, type AlignmentCell, type ParagraphSymbol } from '../core/service';
import { LINKS_FILE, linksFileText } from '../node/config-file';
import type { SentenceLink } from '../core/links';
import { idToUri, toCodeAction, toRange, toSpan, toTextEdits, uriToId, type Positions } from './convert';
import { ALIGNMENT_REQUEST, ALIGNMENT_ROW_REQUEST, COUNTERPART_HIGHLIGHT, COUNTERPART_REQUEST, CURSOR_MOVED, EXPORT_TMX, LINK_CANDIDATES_REQUEST, LINK_REQUEST, MERGE_REQUEST, SPLIT_REQUEST, UNPAIRED_REQUEST, type MergeParams, type LinkCandidatesParams, type LinkCandidatesResult, type LinkParams, type LinkResult, type AlignmentCellView, type AlignmentParams, type AlignmentResult, type AlignmentRowParams, type AlignmentRowResult, type CounterpartParams, type CounterpartResult, type CursorMovedParams, type ExportTmxParams, type ExportTmxResult } from './protocol';
import type { Session } from './session';

interface At {
  id: string;
  positions: Positions;
}

export function registerFeatures(conn: Connection, session: Session): void {
  const { service, docs } = session;
  const opened = (uri: string): At | undefined => {
    const docId = uriToId(uri);
    // the links file is the corrections, not a text with findings
    if (session.isLinksFile(docId)) return undefined;
    const positions = docs.positions(docId);
    return positions === undefined ? undefined : { id: docId, positions };
  };
  const positionsOf = (id: string) => docs.positions(id);
  const counterpart = (doc: At | undefined, position: { line: number; character: number }): Location | null => {
    const location = doc && service.counterpartAt(doc.id, doc.positions.offsetAt(position));
    const there = location && docs.positions(location.uri);
    return location && there ? { uri: idToUri(location.uri), range: toRange(there, location.span) } : null;
  };

  // Requests that need the pair's analysis wait for it off the thread when it is big and new
  // (session.ready): cancelling them answers "cancelled" at once.
  const ready = (uri: string, token: CancellationToken) => session.ready(uriToId(uri), token);

  conn.onHover(async (params: HoverParams, token): Promise<Hover | null> => {
    await ready(params.textDocument.uri, token);
    const doc = opened(params.textDocument.uri);
    if (!doc) return null;
    const offset = doc.positions.offsetAt(params.position);
    session.focus(doc.id, offset);
    const markdown = service.hoverAt(doc.id, offset);
    return markdown ? { contents: { kind: MarkupKind.Markdown, value: markdown } } : null;
  });

  conn.onDefinition(async (params: TextDocumentPositionParams, token): Promise<Location | null> => {
    await ready(params.textDocument.uri, token);
    return counterpart(opened(params.textDocument.uri), params.position);
  });

  conn.onCodeAction(async (params: CodeActionParams, token) => {
    await ready(params.textDocument.uri, token);
    const doc = opened(params.textDocument.uri);
    if (!doc) return [];
    const only = params.context.only;
    const wanted = (kind: 'quickfix' | 'source.fixAll') => !only || only.some((requested) => (kind === 'quickfix' ? requested === CodeActionKind.QuickFix : CodeActionKind.SourceFixAll.startsWith(requested) || requested.startsWith(CodeActionKind.SourceFixAll)));
    const versionOf = session.abilities.versionedEdits ? (id: string) => service.version(id) : undefined;
    return service
      .codeActions(doc.id, toSpan(doc.positions, params.range))
      .filter((action) => wanted(action.kind))
      // untrusted: a fix may edit only documents the user has open
      .filter((action) => action.edits.every((edit) => session.editable(edit.uri)))
      .map((action) => toCodeAction(doc.positions, action, doc.id, positionsOf, versionOf));
  });

  conn.onWillSaveTextDocumentWaitUntil(async (params: WillSaveTextDocumentParams, token): Promise<TextEdit[]> => {
    if (!session.settings.fixAllOnSave) return [];
    await ready(params.textDocument.uri, token);
    const doc = opened(params.textDocument.uri);
    return doc ? toTextEdits(doc.positions, service.fixAll(doc.id).edits) : [];
  });

  conn.onDocumentSymbol(async (params: DocumentSymbolParams, token): Promise<DocumentSymbol[]> => {
    await ready(params.textDocument.uri, token);
    const doc = opened(params.textDocument.uri);
    if (!doc) return [];
    const toSymbol = (symbol: ParagraphSymbol): DocumentSymbol => {
      const range = toRange(doc.positions, symbol.span);
      const firstLine = { start: range.start, end: range.start.line === range.end.line ? range.end : { line: range.start.line, character: range.start.character + Math.min(symbol.name.length, 48) } };
      return { name: symbol.name, detail: symbol.detail, kind: symbol.children ? SymbolKind.Namespace : SymbolKind.String, range, selectionRange: firstLine, children: symbol.children?.map(toSymbol) };
    };
    return service.symbols(doc.id).map(toSymbol);
  });

  conn.onRequest(ALIGNMENT_REQUEST, async (params: AlignmentParams, token): Promise<AlignmentResult> => {
    await ready(params.uri, token);
    const table = service.alignment(uriToId(params.uri));
    if ('error' in table) return { error: table.error };
    const positions = { a: docs.positions(table.uriA), b: docs.positions(table.uriB) };
    const cellView = (cell: AlignmentCell, where: Positions | undefined): AlignmentCellView => ({
      uri: idToUri(cell.uri),
      text: cell.text,
      range: cell.span && where ? toRange(where, cell.span) : null,
      sentences: cell.sentences,
    });
    return {
      uriA: idToUri(table.uriA),
      uriB: idToUri(table.uriB),
      titleA: table.titleA,
      titleB: table.titleB,
      nameA: table.nameA,
      nameB: table.nameB,
      note: table.note,
      rows: table.rows.map((row) => ({ ...row, a: cellView(row.a, positions.a), b: cellView(row.b, positions.b) })),
    };
  });

  conn.onRequest(ALIGNMENT_ROW_REQUEST, async (params: AlignmentRowParams, token): Promise<AlignmentRowResult> => {
    await ready(params.uri, token);
    const doc = opened(params.uri);
    return { row: doc ? (service.alignmentRowAt(doc.id, doc.positions.offsetAt(params.position)) ?? null) : null };
  });

  conn.onRequest(LINK_CANDIDATES_REQUEST, (params: LinkCandidatesParams): LinkCandidatesResult => {
    const doc = opened(params.uri);
    if (!doc) return { error: 'This document is not open.' };
    const answer = service.linkCandidates(doc.id, doc.positions.offsetAt(params.position));
    if ('error' in answer) return { error: answer.error };
    return {
      sentence: answer.sentence,
      linked: answer.linked,
      candidates: answer.candidates.flatMap((candidate) => {
        const there = docs.positions(candidate.uri);
        return there ? [{ uri: idToUri(candidate.uri), range: toRange(there, candidate.span), text: candidate.text, current: candidate.current }] : [];
      }),
    };
  });

  conn.onRequest(LINK_REQUEST, (params: LinkParams): LinkResult => {
    const doc = opened(params.uri);
    const root = session.rootFolder();
    if (!doc || !root) return { error: 'Alignment corrections are kept in the workspace folder: open one first.' };
    const answer = service.linkCandidates(doc.id, doc.positions.offsetAt(params.position));
    if ('error' in answer) return { error: answer.error };
    if (params.other !== null && !answer.candidates.some((c) => c.text === params.other)) return { error: 'That sentence is not near the counterpart any more; ask again.' };
    const links = relink(service.links(), answer.sentence, params.other ?? undefined);
    return { fileUri: idToUri(join(root, LINKS_FILE)), text: linksFileText(links) };
  });

  const correction = (params: MergeParams, change: (docId: string, offset: number) => SentenceLink[] | { error: string }): LinkResult => {
    const doc = opened(params.uri);
    const root = session.rootFolder();
    if (!doc || !root) return { error: 'Alignment corrections are kept in the workspace folder: open one first.' };
    const links = change(doc.id, doc.positions.offsetAt(params.position));
    if ('error' in links) return { error: links.error };
    return { fileUri: idToUri(join(root, LINKS_FILE)), text: linksFileText(links) };
  };
  conn.onRequest(MERGE_REQUEST, (params: MergeParams): LinkResult => correction(params, (id, offset) => service.mergeWithNext(id, offset)));
  conn.onRequest(SPLIT_REQUEST, (params: MergeParams): LinkResult => correction(params, (id, offset) => service.splitHere(id, offset)));
  conn.onRequest(UNPAIRED_REQUEST, (params: MergeParams): LinkResult => correction(params, (id, offset) => service.markUnpaired(id, offset)));

  conn.onRequest(EXPORT_TMX, async (params: ExportTmxParams, token): Promise<ExportTmxResult> => {
    await ready(params.uri, token);
    const answer = service.tmx(uriToId(params.uri));
    if ('error' in answer) return { error: answer.error };
    const { tmx, suggestedName } = answer;
    return { tmx: tmx.text, suggestedName, units: tmx.units, unpaired: tmx.unpairedA + tmx.unpairedB };
  });

  conn.onRequest(COUNTERPART_REQUEST, async (params: CounterpartParams, token): Promise<CounterpartResult> => {
    await ready(params.uri, token);
    const doc = opened(params.uri);
    const found = counterpart(doc, params.position);
    if (found || !doc) return found;
    const reason = service.noCounterpartReason(doc.id, doc.positions.offsetAt(params.position));
    return reason ? { reason } : null;
  });

  conn.onNotification(CURSOR_MOVED, (params: CursorMovedParams) => {
    const doc = opened(params.uri);
    if (doc) session.focus(doc.id, doc.positions.offsetAt(params.position));
    void conn.sendNotification(COUNTERPART_HIGHLIGHT, { uri: params.uri, target: counterpart(doc, params.position) });
  });
}
