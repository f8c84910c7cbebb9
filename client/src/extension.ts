// The VS Code client: starts the bundled Bitext server over IPC and adds the few things LSP has no
// message for (counterpart commands, status bar, follow-cursor highlight).
import * as path from 'node:path';
import type { ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
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
  const clientOptions: LanguageClientOptions = {
    // Plain text too: the samples are .txt; the server stays silent on a text with nothing to say.
    documentSelector: [
      { scheme: 'file', language: 'bitext' },
      { scheme: 'file', language: 'plaintext' },
    ],
    // File watching (a counterpart changed, renamed or deleted) is registered by the server itself.
  };
  client = new LanguageClient('bitext', 'Bitext', serverOptions, clientOptions);
  registerCommands(context, () => client);
  registerStatus(context, client);
  registerFollow(context, client);
  await client.start();
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
