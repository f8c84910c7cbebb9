// `Bitext: Go to Counterpart` and `Bitext: Open Counterpart Beside`: ask the server where the aligned
// sentence is and reveal it (in this column, or the other one).
import type { ExtensionContext } from 'vscode';
import { commands, Range, Selection, TextEditorRevealType, Uri, ViewColumn, window, workspace } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { COUNTERPART_REQUEST, type CounterpartParams, type CounterpartResult } from '../../server/src/lsp/protocol';

export function registerCommands(context: ExtensionContext, client: () => LanguageClient | undefined): void {
  const go = async (beside: boolean, fallbackUri?: string) => {
    const editor = window.activeTextEditor;
    const c = client();
    if (!editor || !c) return;
    const params: CounterpartParams = { uri: editor.document.uri.toString(), position: editor.selection.active };
    const answer = await c.sendRequest<CounterpartResult>(COUNTERPART_REQUEST, params);
    const target = answer?.uri ? answer : undefined;
    const uri = target?.uri ?? fallbackUri;
    if (!uri) {
      void window.showInformationMessage(`Bitext: ${answer?.reason ?? 'this sentence has no counterpart.'}`);
      return;
    }
    const doc = await workspace.openTextDocument(Uri.parse(uri));
    const column = beside ? (editor.viewColumn === ViewColumn.One ? ViewColumn.Two : ViewColumn.One) : editor.viewColumn;
    const shown = await window.showTextDocument(doc, { viewColumn: column, preserveFocus: beside, preview: false });
    if (target) {
      const r = new Range(target.range.start.line, target.range.start.character, target.range.end.line, target.range.end.character);
      // Beside too (the focus stays here): switching to that editor puts the cursor on the sentence.
      shown.selection = new Selection(r.start, r.start);
      shown.revealRange(r, TextEditorRevealType.InCenter);
    }
  };
  context.subscriptions.push(
    commands.registerCommand('bitext.goToCounterpart', () => go(false)),
    commands.registerCommand('bitext.openCounterpartBeside', (fallbackUri?: string) => go(true, typeof fallbackUri === 'string' ? fallbackUri : undefined)),
  );
}
