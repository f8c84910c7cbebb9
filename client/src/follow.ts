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
    for (const e of decorated) e.setDecorations(deco, []);
    decorated.clear();
  };
  client.onNotification(COUNTERPART_HIGHLIGHT, (p: CounterpartHighlightParams) => {
    if (window.activeTextEditor?.document.uri.toString() !== p.uri) return;
    clear();
    if (!p.target) return;
    const r = p.target.range;
    for (const e of window.visibleTextEditors) {
      if (e.document.uri.toString() !== p.target.uri) continue;
      const range = new Range(r.start.line, r.start.character, r.end.line, r.end.character);
      e.setDecorations(deco, [range]);
      decorated.add(e);
      // Another editor of the same document as the cursor's (one-file pairs) is scrolled too; the cursor's own is not.
      if (e !== window.activeTextEditor && !e.visibleRanges.some((v) => v.contains(range.start))) e.revealRange(range, TextEditorRevealType.InCenterIfOutsideViewport);
    }
  });
  context.subscriptions.push(
    deco,
    window.onDidChangeTextEditorSelection((ev) => {
      if (ev.textEditor !== window.activeTextEditor || !client.isRunning()) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        const params: CursorMovedParams = { uri: ev.textEditor.document.uri.toString(), position: ev.selections[0].active };
        void client.sendNotification(CURSOR_MOVED, params);
      }, 50);
    }),
  );
}
