// Colouring for the plain-text files Bitext serves. The grammar is attached to the `bitext` language
// only (a TextMate grammar cannot be limited to some `.txt` files: an injection applies to every
// document of a scope, so it would colour every text file). When the server shows that an open
// `plaintext` document is part of a pair (a `bitext/status` with text) or has artifacts (a Bitext
// diagnostic), its language is switched to `bitext` — once, and never against the user: a document
// the user turns (back) to Plain Text is remembered (per workspace) and left alone.
// VS Code reports a switch as a close + open of the same document. Both languages are in the
// client's documentSelector, so the document stays served; for a switch made here the client does
// not forward that close + open (`holdsSync`): same text, same version, so the server keeps the
// document open and its diagnostics stay up (a forwarded close clears them until the reopen is
// checked again, and the Problems count blinks to zero). The server ignores `languageId`.
import type { ExtensionContext, TextDocument } from 'vscode';
import { languages, Uri, workspace } from 'vscode';

export const COLOUR_SETTING = 'colourPlainText';
const CHOSEN_PLAIN_KEY = 'bitext.plainTextChosen';

export interface PlainTextColouring {
  /** The server recognised `uri` (a pair, or artifacts): colour it if it is plain text. */
  recognised(uri: string): void;
  /** Middleware for the language client: true when this close/open is a switch made here (do not
   *  send it). Call for every didClose and didOpen. */
  holdsSync(kind: 'close' | 'open', doc: TextDocument): boolean;
}

export function registerColouring(context: ExtensionContext): PlainTextColouring {
  const chosenPlain = new Set<string>(context.workspaceState.get<string[]>(CHOSEN_PLAIN_KEY, []));
  const seen = new Set<string>(); // URIs the server recognised (to act when the setting turns on)
  const switched = new Set<string>(); // open documents this extension switched to `bitext`
  const busy = new Set<string>(); // switches (either way) under way: their relabel is not the user's
  const held = new Set<string>(); // a switch's close not sent to the server: its open is not sent either
  let closing: { uri: string; languageId: string } | undefined;

  const enabled = () => workspace.getConfiguration('bitext').get<boolean>(COLOUR_SETTING, true) !== false;
  const remember = () => void context.workspaceState.update(CHOSEN_PLAIN_KEY, [...chosenPlain]);
  const openDoc = (uri: string) => workspace.textDocuments.find((d) => d.uri.toString() === uri && !d.isClosed);

  const relabel = (doc: TextDocument, languageId: string) => {
    const uri = doc.uri.toString();
    busy.add(uri);
    return languages.setTextDocumentLanguage(doc, languageId).then(
      () => busy.delete(uri),
      () => busy.delete(uri), // the document closed meanwhile: nothing to do
    );
  };

  const colour = (uri: string) => {
    if (!enabled() || chosenPlain.has(uri) || switched.has(uri) || busy.has(uri)) return;
    const doc = openDoc(uri);
    if (!doc || doc.languageId !== 'plaintext') return;
    switched.add(uri);
    void relabel(doc, 'bitext');
  };

  context.subscriptions.push(
    // VS Code reports a language change as a close then an open of the same document, in one go; a
    // close not followed at once by an open is a real close.
    workspace.onDidCloseTextDocument((closed) => {
      const uri = closed.uri.toString();
      closing = { uri, languageId: closed.languageId };
      queueMicrotask(() => {
        if (closing?.uri !== uri) return;
        closing = undefined;
        switched.delete(uri);
        seen.delete(uri);
      });
    }),
    workspace.onDidOpenTextDocument((opened) => {
      const uri = opened.uri.toString();
      const was = closing?.uri === uri ? closing.languageId : undefined;
      if (was === undefined) return;
      closing = undefined;
      if (busy.has(uri) || was === opened.languageId) return;
      // The user chose the language: Plain Text is remembered, Bitext forgets that choice.
      if (opened.languageId === 'plaintext') chosenPlain.add(uri);
      else if (opened.languageId === 'bitext') chosenPlain.delete(uri);
      else return;
      switched.delete(uri);
      remember();
    }),
    workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(`bitext.${COLOUR_SETTING}`)) return;
      if (enabled()) {
        for (const uri of seen) colour(uri);
        return;
      }
      // Turned off: what this extension coloured goes back to Plain Text (not a choice of the user).
      for (const uri of [...switched]) {
        const doc = openDoc(uri);
        switched.delete(uri);
        if (doc?.languageId === 'bitext') void relabel(doc, 'plaintext');
      }
    }),
  );

  return {
    recognised(raw: string) {
      const uri = Uri.parse(raw).toString(); // the server's spelling of a URI may differ from VS Code's
      seen.add(uri);
      colour(uri);
    },
    holdsSync(kind, doc) {
      const uri = doc.uri.toString();
      // A real close during a switch has `isClosed` set already: that one is sent.
      if (kind === 'close' && busy.has(uri) && !doc.isClosed) {
        held.add(uri);
        return true;
      }
      return kind === 'open' && held.delete(uri);
    },
  };
}
