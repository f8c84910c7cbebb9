// Follow the cursor: tell the server where the cursor is; it answers with the aligned sentence, which
// is highlighted in every visible editor of the counterpart and scrolled into view there (centred when
// it was off screen), without moving the focus or the cursor of that editor.
import type { ExtensionContext, TextEditor } from 'vscode';
import { Range, TextEditorRevealType, ThemeColor, window } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { COUNTERPART_HIGHLIGHT, CURSOR_MOVED, type CounterpartHighlightParams, type CursorMovedParams } from '../../server/src/lsp/protocol';

export function registerFollow(context: ExtensionContext, client: LanguageClient): void {
  const deco = window.createTextEditorDecorationType({
    backgroundColor: new ThemeColor('editor.wordHighlightStrongBackground'),
    isWholeLine: false,
  });
  let timer: NodeJS.Timeout | undefined;
  const decorated = new Set<TextEditor>();
  const clear = () => {
    for (const editor of decorated) editor.setDecorations(deco, []);
    decorated.clear();
  };
  client.onNotification(COUNTERPART_HIGHLIGHT, (params: CounterpartHighlightParams) => {
    if (window.activeTextEditor?.document.uri.toString() !== params.uri) return;
    clear();
    if (!params.target) return;
    const target = params.target.range;
    for (const editor of window.visibleTextEditors) {
      if (editor.document.uri.toString() !== params.target.uri) continue;
      const range = new Range(target.start.line, target.start.character, target.end.line, target.end.character);
      editor.setDecorations(deco, [range]);
      decorated.add(editor);
      // Another editor of the same document as the cursor's (one-file pairs) is scrolled too; the cursor's own is not.
      if (editor !== window.activeTextEditor && !editor.visibleRanges.some((v) => v.contains(range.start))) editor.revealRange(range, TextEditorRevealType.InCenterIfOutsideViewport);
    }
  });
  context.subscriptions.push(
    deco,
    window.onDidChangeTextEditorSelection((event) => {
      if (event.textEditor !== window.activeTextEditor || !client.isRunning()) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        const params: CursorMovedParams = { uri: event.textEditor.document.uri.toString(), position: event.selections[0].active };
        void client.sendNotification(CURSOR_MOVED, params);
      }, 50);
    }),
  );
}
