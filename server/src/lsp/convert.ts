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

export function idToUri(id: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(id) && !/^[a-z]:[\\/]/i.test(id) ? id : pathToFileURL(id).href;
}

/** Offsets <-> positions over one text: a LineIndex, or an open document's chunks (kept up to date by edits). */
export interface Positions {
  positionAt(offset: number): { line: number; character: number };
  offsetAt(pos: { line: number; character: number }): number;
}

export function toRange(ix: Positions, span: Span): Range {
  return { start: ix.positionAt(span.start), end: ix.positionAt(span.end) };
}

export function toSpan(ix: Positions, range: Range): Span {
  return { start: ix.offsetAt(range.start), end: ix.offsetAt(range.end) };
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Positions in another document (an open one's own line table, else an index of its text): no new index per call. */
export type PositionsOf = (id: string) => Positions | undefined;

export function toDiagnostic(ix: Positions, f: Finding, positionsOf: PositionsOf): Diagnostic {
  const d: Diagnostic = {
    range: toRange(ix, f.span),
    severity: SEVERITY[f.severity],
    code: f.rule,
    source: 'bitext',
    message: f.message,
  };
  const related = f.related?.flatMap((r) => {
    const at = r.uri === f.uri ? ix : positionsOf(r.uri);
    return at === undefined ? [] : [{ location: { uri: idToUri(r.uri), range: toRange(at, r.span) }, message: r.message }];
  });
  if (related?.length) d.relatedInformation = related;
  return d;
}

export function toTextEdits(ix: Positions, edits: TextEdit[]): LspTextEdit[] {
  return edits.map((e) => ({ range: toRange(ix, e), newText: e.newText }));
}

/**
 * A code action; edits of open documents carry their version (`documentChanges`), so an editor
 * refuses them if the text changed in between, as vscode-eslint does (plain `changes` for a client
 * without `documentChanges`: pass no `versionOf`).
 */
export function toCodeAction(ix: Positions, a: CodeAction, id: string, positionsOf: PositionsOf, versionOf?: (id: string) => number | undefined): LspCodeAction {
  const kind = a.kind === 'quickfix' ? CodeActionKind.QuickFix : `${CodeActionKind.SourceFixAll}.bitext`;
  const byUri = new Map<string, TextEdit[]>();
  for (const e of a.edits) byUri.set(e.uri, [...(byUri.get(e.uri) ?? []), e]);
  const documentChanges: { textDocument: { uri: string; version: number | null }; edits: LspTextEdit[] }[] = [];
  for (const [u, edits] of byUri) {
    const at = u === id ? ix : positionsOf(u);
    if (at !== undefined) documentChanges.push({ textDocument: { uri: idToUri(u), version: versionOf?.(u) ?? null }, edits: toTextEdits(at, edits) });
  }
  return {
    title: a.title,
    kind,
    isPreferred: a.preferred,
    diagnostics: a.kind === 'quickfix' ? a.fixes.map((f) => toDiagnostic(ix, f, positionsOf)) : undefined,
    edit: versionOf ? { documentChanges } : { changes: Object.fromEntries(documentChanges.map((c) => [c.textDocument.uri, c.edits])) },
  };
}
