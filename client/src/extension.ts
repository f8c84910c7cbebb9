// The VS Code client: starts the bundled Bitext server over IPC and adds the few things LSP has no
// message for (counterpart commands, status bar, follow-cursor highlight, colouring recognised
// plain-text files).
import * as path from 'node:path';
import { workspace, type ExtensionContext } from 'vscode';
import { CodeAction, CodeActionKind, Location, window } from 'vscode';
import { COUNTERPART_REQUEST, type CounterpartParams, type CounterpartResult } from '../../server/src/lsp/protocol';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerColouring } from './colour';
import { registerCommands } from './commands';
import { registerStatus } from './status';
import { registerFollow } from './follow';
import { registerAlignment } from './alignment';
import { registerLinks } from './links';

let client: LanguageClient | undefined;
/** The last pair status the server sent for a document (set once the client is made). */
let statusOf: (uri: string) => { text: string | null } | undefined = () => undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('out', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const colouring = registerColouring(context);
  const clientOptions: LanguageClientOptions = {
    // Plain text too: the samples are .txt; the server stays silent on a text with nothing to say.
    // Both languages, so a plain-text file switched to `bitext` (colour.ts) stays served.
    documentSelector: [
      { scheme: 'file', language: 'bitext' },
      { scheme: 'file', language: 'plaintext' },
      // the alignment corrections: the server takes them as the editor holds them, so Undo there works at once
      { scheme: 'file', pattern: '**/.bitext/links.json' },
    ],
    middleware: {
      // A switch of language made by colour.ts is not a close + open for the server.
      didClose: (doc, next) => (colouring.holdsSync('close', doc) ? Promise.resolve() : next(doc)),
      didOpen: (doc, next) => (colouring.holdsSync('open', doc) ? Promise.resolve() : next(doc)),
      // F12 where there is no counterpart: say why (the server knows) instead of the editor's
      // "No definition found for 'Putin'", and stay where the cursor is.
      async provideDefinition(doc, position, token, next) {
        const found = await next(doc, position, token);
        if (found && (!Array.isArray(found) || found.length > 0)) return found;
        const answer = await client?.sendRequest<CounterpartResult>(COUNTERPART_REQUEST, { uri: doc.uri.toString(), position } satisfies CounterpartParams);
        if (!answer?.reason) return found;
        void window.showInformationMessage(`Bitext: ${answer.reason}`);
        return new Location(doc.uri, position);
      },
      // In a pair, the alignment corrections are offered with the fixes (Ctrl+.), as commands.
      async provideCodeActions(doc, range, context, token, next) {
        const actions = (await next(doc, range, context, token)) ?? [];
        const wanted = !context.only || context.only.contains(CodeActionKind.RefactorRewrite) || CodeActionKind.RefactorRewrite.contains(context.only);
        if (!wanted || !statusOf(doc.uri.toString())?.text) return actions;
        const corrections: [string, string][] = [
          ['Link with the counterpart sentence…', 'bitext.linkSentence'],
          ['Merge with the next bead', 'bitext.mergeWithNext'],
          ['Split this bead here', 'bitext.splitHere'],
          ['Unlink this sentence', 'bitext.unlinkSentence'],
          ['Link this sentence to no counterpart (left untranslated on purpose)', 'bitext.markUnpaired'],
        ];
        return [
          ...actions,
          ...corrections.map(([title, command]) => {
            const action = new CodeAction(`Bitext: ${title}`, CodeActionKind.RefactorRewrite);
            action.command = { title, command };
            return action;
          }),
        ];
      },
      // A plain-text file with artifacts but no pair is recognised by its Bitext diagnostics.
      handleDiagnostics(uri, diagnostics, next) {
        next(uri, diagnostics);
        if (diagnostics.some((d) => d.source === 'bitext')) colouring.recognised(uri.toString());
      },
    },
    // File watching (a counterpart changed, renamed or deleted) is registered by the server itself.
    // Workspace Trust: untrusted, the server ignores the workspace's pairing config and edits only open documents.
    initializationOptions: () => ({ trusted: workspace.isTrusted }),
    // The server's log (how each file paired, timings, config problems) in the "Bitext" output channel.
    outputChannel: window.createOutputChannel('Bitext'),
  };
  client = new LanguageClient('bitext', 'Bitext', serverOptions, clientOptions);
  registerCommands(context, () => client);
  registerLinks(context, () => client);
  // A document in a pair (the status has text) is recognised too.
  const alignment = registerAlignment(context, client);
  statusOf = registerStatus(context, client, (status) => {
    if (status.text) colouring.recognised(status.uri);
    alignment.statusChanged(status.uri);
  });
  registerFollow(context, client);
  // trust granted: start again with the workspace's config
  context.subscriptions.push(workspace.onDidGrantWorkspaceTrust(() => void client?.restart()));
  await client.start();
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
