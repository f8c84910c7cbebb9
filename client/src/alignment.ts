// "Bitext: Show Alignment": a webview beside the text showing the pair's beads as a table. The rows
// come from the server (bitext/alignment); this code only shows them, asks again when the server
// reports the pair checked anew (its status), marks the row under the cursor (bitext/alignmentRow),
// and reveals a clicked row's sentences in both editors without moving the focus out of the view.
import { randomBytes } from 'node:crypto';
import type { ExtensionContext, TextEditor, WebviewPanel } from 'vscode';
import { commands, Range, Selection, TextEditorRevealType, Uri, ViewColumn, window, workspace } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ALIGNMENT_REQUEST, ALIGNMENT_ROW_REQUEST, type AlignmentParams, type AlignmentResult, type AlignmentRowParams, type AlignmentRowResult, type LspRange } from '../../server/src/lsp/protocol';
import { alignmentHtml } from './alignment-html';

export interface AlignmentView {
  /** The server published `uri` again: a shown pair holding it is asked for anew. */
  statusChanged(uri: string): void;
}

const toRange = (range: LspRange) => new Range(range.start.line, range.start.character, range.end.line, range.end.character);

export function registerAlignment(context: ExtensionContext, client: LanguageClient): AlignmentView {
  let panel: WebviewPanel | undefined;
  /** The document the view was opened from, and the pair's two documents (once the first answer came). */
  let source: string | undefined;
  let table: AlignmentResult | undefined;
  let refreshTimer: NodeJS.Timeout | undefined;
  let cursorTimer: NodeJS.Timeout | undefined;

  const inPair = (uri: string) => uri === source || (!!table && table.error === undefined && (uri === table.uriA || uri === table.uriB));

  const refresh = async () => {
    if (!panel || !source) return;
    table = await client.sendRequest<AlignmentResult>(ALIGNMENT_REQUEST, { uri: source } satisfies AlignmentParams);
    if (!panel) return;
    if (table.error === undefined) panel.title = table.nameA === 'above' ? `Alignment: ${decodeURIComponent(source.slice(source.lastIndexOf('/') + 1))}` : `Alignment: ${table.nameA} ↔ ${table.nameB}`;
    void panel.webview.postMessage({ type: 'table', table });
    const editor = window.activeTextEditor;
    if (editor && inPair(editor.document.uri.toString())) followCursor(editor);
  };

  const followCursor = (editor: TextEditor) => {
    clearTimeout(cursorTimer);
    cursorTimer = setTimeout(async () => {
      if (!panel) return;
      const params: AlignmentRowParams = { uri: editor.document.uri.toString(), position: editor.selection.active };
      const { row } = await client.sendRequest<AlignmentRowResult>(ALIGNMENT_ROW_REQUEST, params);
      void panel?.webview.postMessage({ type: 'cursor', row });
    }, 60);
  };

  /** Shows a row's sentences in the editors of both documents (opened beside when not shown). */
  const reveal = async (index: number) => {
    const row = table && table.error === undefined ? table.rows[index] : undefined;
    if (!row) return;
    const used = new Set<TextEditor>();
    for (const cell of [row.a, row.b]) {
      if (!cell.range) continue;
      const range = toRange(cell.range);
      let editor = window.visibleTextEditors.find((e) => e.document.uri.toString() === cell.uri && !used.has(e));
      if (!editor) {
        const taken = new Set(window.visibleTextEditors.map((e) => e.viewColumn));
        const column = [ViewColumn.One, ViewColumn.Two, ViewColumn.Three].find((c) => !taken.has(c) && c !== panel?.viewColumn) ?? ViewColumn.One;
        editor = await window.showTextDocument(await workspace.openTextDocument(Uri.parse(cell.uri)), { viewColumn: column, preserveFocus: true, preview: false });
      }
      used.add(editor);
      editor.selection = new Selection(range.start, range.start);
      editor.revealRange(range, TextEditorRevealType.InCenterIfOutsideViewport);
    }
  };

  const show = async () => {
    const editor = window.activeTextEditor;
    if (!editor) {
      void window.showInformationMessage('Bitext: open a text of a pair first, then show its alignment.');
      return;
    }
    source = editor.document.uri.toString();
    if (!panel) {
      panel = window.createWebviewPanel('bitext.alignment', 'Alignment', { viewColumn: ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, retainContextWhenHidden: true, localResourceRoots: [] });
      const nonce = randomBytes(16).toString('base64');
      panel.webview.html = alignmentHtml(nonce, panel.webview.cspSource);
      panel.webview.onDidReceiveMessage((message: { type: string; row?: number }) => {
        if (message.type === 'ready') void refresh();
        else if (message.type === 'reveal' && typeof message.row === 'number') void reveal(message.row);
      });
      panel.onDidDispose(() => {
        panel = undefined;
        table = undefined;
      });
    } else {
      panel.reveal(undefined, true);
      await refresh();
    }
  };

  context.subscriptions.push(
    commands.registerCommand('bitext.showAlignment', show),
    window.onDidChangeTextEditorSelection((event) => {
      if (panel && inPair(event.textEditor.document.uri.toString())) followCursor(event.textEditor);
    }),
    { dispose: () => panel?.dispose() },
  );

  return {
    statusChanged(uri) {
      if (!panel || !inPair(uri)) return;
      clearTimeout(refreshTimer);
      refreshTimer = setTimeout(() => void refresh(), 100);
    },
  };
}
