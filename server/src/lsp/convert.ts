// The one place core types become LSP types: paths <-> URIs, UTF-16 offsets <-> positions,
// findings -> diagnostics, code actions -> workspace edits.
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CodeAction as LspCodeAction, Diagnostic, Range, TextEdit as LspTextEdit } from 'vscode-languageserver/node';
import { CodeActionKind, DiagnosticSeverity } from 'vscode-languageserver/node';
import type { Finding, Severity, Span, TextEdit } from '../core/types';
import type { CodeAction } from '../core/service';

/** A file URI becomes a path (the service's id); any other URI stays as it is. */
export function uriToId(uri: string): string {
  return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
}

export function idToUri(docId: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(docId) && !/^[a-z]:[\\/]/i.test(docId) ? docId : pathToFileURL(docId).href;
}

/** Offsets <-> positions over one text: a LineIndex, or an open document's chunks (kept up to date by edits). */
export interface Positions {
  positionAt(offset: number): { line: number; character: number };
  offsetAt(pos: { line: number; character: number }): number;
}

export function toRange(positions: Positions, span: Span): Range {
  return { start: positions.positionAt(span.start), end: positions.positionAt(span.end) };
}

export function toSpan(positions: Positions, range: Range): Span {
  return { start: positions.offsetAt(range.start), end: positions.offsetAt(range.end) };
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Positions in another document (an open one's own line table, else an index of its text): no new index per call. */
export type PositionsOf = (docId: string) => Positions | undefined;

export function toDiagnostic(positions: Positions, finding: Finding, positionsOf: PositionsOf): Diagnostic {
  const diagnostic: Diagnostic = {
    range: toRange(positions, finding.span),
    severity: SEVERITY[finding.severity],
    code: finding.rule,
    source: 'bitext',
    message: finding.message,
  };
  const related = finding.related?.flatMap((relatedInfo) => {
    const there = relatedInfo.uri === finding.uri ? positions : positionsOf(relatedInfo.uri);
    return there === undefined ? [] : [{ location: { uri: idToUri(relatedInfo.uri), range: toRange(there, relatedInfo.span) }, message: relatedInfo.message }];
  });
  if (related?.length) diagnostic.relatedInformation = related;
  return diagnostic;
}

export function toTextEdits(positions: Positions, edits: TextEdit[]): LspTextEdit[] {
  return edits.map((e) => ({ range: toRange(positions, e), newText: e.newText }));
}

/**
 * A code action; edits of open documents carry their version (`documentChanges`), so an editor
 * refuses them if the text changed in between, as vscode-eslint does (plain `changes` for a client
 * without `documentChanges`: pass no `versionOf`).
 */
export function toCodeAction(positions: Positions, action: CodeAction, docId: string, positionsOf: PositionsOf, versionOf?: (docId: string) => number | undefined): LspCodeAction {
  const kind = action.kind === 'quickfix' ? CodeActionKind.QuickFix : `${CodeActionKind.SourceFixAll}.bitext`;
  const byUri = new Map<string, TextEdit[]>();
  for (const edit of action.edits) byUri.set(edit.uri, [...(byUri.get(edit.uri) ?? []), edit]);
  const documentChanges: { textDocument: { uri: string; version: number | null }; edits: LspTextEdit[] }[] = [];
  for (const [editedId, edits] of byUri) {
    const there = editedId === docId ? positions : positionsOf(editedId);
    if (there !== undefined) documentChanges.push({ textDocument: { uri: idToUri(editedId), version: versionOf?.(editedId) ?? null }, edits: toTextEdits(there, edits) });
  }
  return {
    title: action.title,
    kind,
    isPreferred: action.preferred,
    diagnostics: action.kind === 'quickfix' ? action.fixes.map((f) => toDiagnostic(positions, f, positionsOf)) : undefined,
    edit: versionOf ? { documentChanges } : { changes: Object.fromEntries(documentChanges.map((c) => [c.textDocument.uri, c.edits])) },
  };
}
