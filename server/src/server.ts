// The Bitext language server. vscode-languageserver/node picks the transport from argv
// (`--stdio`, `--node-ipc`, `--socket=N`, `--pipe=NAME`). The same bundle, started as a worker
// thread, is the background checker that runs full analyses of big pairs (lsp/full-check.ts).
import { isMainThread } from 'node:worker_threads';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/start';
import { CONNECTION_OPTIONS } from './lsp/cancel';
import { runFullCheckWorker } from './lsp/full-check';

if (isMainThread) startServer(createConnection(ProposedFeatures.all, CONNECTION_OPTIONS));
else runFullCheckWorker();
