// One status bar item for the active editor's pair: aligned paragraphs / total and untranslated
// count, as the server last reported; a click opens the counterpart beside. `onStatus` hears every
// report too (one handler per notification method: the client keeps only the last one registered).
import type { ExtensionContext } from 'vscode';
import { StatusBarAlignment, window } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { STATUS, type StatusParams } from '../../server/src/lsp/protocol';

/** Registers the status bar item; returns the last status the server sent for a document. */
export function registerStatus(context: ExtensionContext, client: LanguageClient, onStatus?: (status: StatusParams) => void): (uri: string) => StatusParams | undefined {
  const item = window.createStatusBarItem('bitext.pair', StatusBarAlignment.Right, 100);
  item.name = 'Bitext pair';
  const byUri = new Map<string, StatusParams>();
  const show = () => {
    const status = byUri.get(window.activeTextEditor?.document.uri.toString() ?? '');
    if (!status?.text) return item.hide();
    item.text = status.text;
    item.tooltip = status.tooltip;
    item.command = { title: 'Open Counterpart Beside', command: 'bitext.openCounterpartBeside', arguments: [status.counterpartUri ?? undefined] };
    item.show();
  };
  client.onNotification(STATUS, (status: StatusParams) => {
    byUri.set(status.uri, status);
    show();
    onStatus?.(status);
  });
  context.subscriptions.push(item, window.onDidChangeActiveTextEditor(show));
  return (uri) => byUri.get(uri);
}
