// `bitext lsp --stdio`: the same language server as the editor's, for any LSP client (neovim, Helix…).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import type { CliIO } from './io';
import { UsageError } from './io';
import { startServer } from '../lsp/start';
import { CONNECTION_OPTIONS } from '../lsp/cancel';

const TRANSPORTS = ['--stdio', '--node-ipc'];

export async function lspCommand(invocation: CliIO): Promise<number> {
  if (invocation.argv.includes('--help') || invocation.argv.includes('-h')) {
    invocation.stdout.write('Usage: bitext lsp --stdio\n\nStarts the Bitext language server, speaking LSP over stdin/stdout.\n');
    return 0;
  }
  if (!invocation.argv.some((arg) => TRANSPORTS.includes(arg) || arg.startsWith('--socket=') || arg.startsWith('--pipe='))) {
    throw new UsageError('say how to talk: --stdio (or --node-ipc, --socket=PORT, --pipe=NAME)');
  }
  startServer(createConnection(ProposedFeatures.all, CONNECTION_OPTIONS));
  // The connection ends the process on the client's `exit`; until then this never resolves.
  return new Promise<number>(() => {});
}
