// The Bitext language server. vscode-languageserver/node picks the transport from argv
// (`--stdio`, `--node-ipc`, `--socket=N`, `--pipe=NAME`).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/start';

startServer(createConnection(ProposedFeatures.all));
