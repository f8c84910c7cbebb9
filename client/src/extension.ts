// The VS Code client: starts the bundled Bitext server over IPC and adds the few things LSP has no
// message for (counterpart commands, status bar, follow-cursor highlight, colouring recognised
// plain-text files).
import * as path from 'node:path';
import { workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerColouring } from './colour';
import { registerCommands } from './commands';
import { registerStatus } from './status';
import { registerFollow } from './follow';

let client: LanguageClient | undefined;

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
    ],
    middleware: {
      // A switch of language made by colour.ts is not a close + open for the server.
      didClose: (doc, next) => (colouring.holdsSync('close', doc) ? Promise.resolve() : next(doc)),
      didOpen: (doc, next) => (colouring.holdsSync('open', doc) ? Promise.resolve() : next(doc)),
      // A plain-text file with artifacts but no pair is recognised by its Bitext diagnostics.
      handleDiagnostics(uri, diagnostics, next) {
        next(uri, diagnostics);
        if (diagnostics.some((d) => d.source === 'bitext')) colouring.recognised(uri.toString());
      },
    },
    // File watching (a counterpart changed, renamed or deleted) is registered by the server itself.
    // Workspace Trust: untrusted, the server ignores the workspace's pairing config and edits only open documents.
    initializationOptions: () => ({ trusted: workspace.isTrusted }),
  };
  client = new LanguageClient('bitext', 'Bitext', serverOptions, clientOptions);
  registerCommands(context, () => client);
  // A document in a pair (the status has text) is recognised too.
  registerStatus(context, client, (s) => {
    if (s.text) colouring.recognised(s.uri);
  });
  registerFollow(context, client);
  // trust granted: start again with the workspace's config
  context.subscriptions.push(workspace.onDidGrantWorkspaceTrust(() => void client?.restart()));
  await client.start();
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
