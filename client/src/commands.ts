// `Bitext: Go to Counterpart` and `Bitext: Open Counterpart Beside`: ask the server where the aligned
// sentence is and reveal it (in this column, or the other one).
import type { ExtensionContext } from 'vscode';
import { commands, Range, Selection, TextEditorRevealType, Uri, ViewColumn, window, workspace } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { COUNTERPART_REQUEST, EXPORT_TMX, type CounterpartParams, type CounterpartResult, type ExportTmxParams, type ExportTmxResult } from '../../server/src/lsp/protocol';

export function registerCommands(context: ExtensionContext, client: () => LanguageClient | undefined): void {
  const goToCounterpart = async (beside: boolean, fallbackUri?: string) => {
    const editor = window.activeTextEditor;
    const languageClient = client();
    if (!editor || !languageClient) return;
    const params: CounterpartParams = { uri: editor.document.uri.toString(), position: editor.selection.active };
    const answer = await languageClient.sendRequest<CounterpartResult>(COUNTERPART_REQUEST, params);
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
      const range = new Range(target.range.start.line, target.range.start.character, target.range.end.line, target.range.end.character);
      // Beside too (the focus stays here): switching to that editor puts the cursor on the sentence.
      shown.selection = new Selection(range.start, range.start);
      shown.revealRange(range, TextEditorRevealType.InCenter);
    }
  };
  const exportTmx = async () => {
    const editor = window.activeTextEditor;
    const languageClient = client();
    if (!editor || !languageClient) return;
    const answer = await languageClient.sendRequest<ExportTmxResult>(EXPORT_TMX, { uri: editor.document.uri.toString() } satisfies ExportTmxParams);
    if (answer.error !== undefined) {
      void window.showWarningMessage(`Bitext: ${answer.error}`);
      return;
    }
    const target = await window.showSaveDialog({ defaultUri: Uri.joinPath(editor.document.uri, '..', answer.suggestedName), filters: { TMX: ['tmx'] }, title: 'Bitext: export the pair as TMX' });
    if (!target) return;
    // Never over a text the editor has open (the pair itself, say).
    if (workspace.textDocuments.some((d) => d.uri.toString() === target.toString())) {
      void window.showErrorMessage(`Bitext: ${target.fsPath} is open in the editor; choose another file for the TMX.`);
      return;
    }
    await workspace.fs.writeFile(target, new TextEncoder().encode(answer.tmx));
    const left = answer.unpaired ? `; ${answer.unpaired} sentences without a counterpart are not in it` : '';
    void window.showInformationMessage(`Bitext: ${answer.units} translation units written to ${target.path.slice(target.path.lastIndexOf('/') + 1)}${left}.`);
  };
  context.subscriptions.push(
    commands.registerCommand('bitext.exportTmx', exportTmx),
    commands.registerCommand('bitext.goToCounterpart', () => goToCounterpart(false)),
    commands.registerCommand('bitext.openCounterpartBeside', (fallbackUri?: string) => goToCounterpart(true, typeof fallbackUri === 'string' ? fallbackUri : undefined)),
  );
}
