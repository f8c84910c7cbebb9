// The language server: thin handlers that turn each LSP message's URIs into document ids once and
// hand it to the session (session.ts); requests are answered in features.ts.
import { setFlagsFromString } from 'node:v8';
import type { Connection, InitializeParams, InitializeResult } from 'vscode-languageserver/node';
import { CodeActionKind, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { uriToId } from './convert';
import { registerFeatures } from './features';
import { Session } from './session';
import type { EditorSettings } from './settings';

/**
 * Heap growth allowed between full garbage collections, in percent of the live heap. Every keystroke in
 * a 65 M-character corpus makes a new full text (the old one is garbage at once); with V8's default
 * growth (up to 4x) a server holding two such texts swelled to 2.6 GB before collecting them.
 */
const HEAP_GROWING_PERCENT = 20;

export function startServer(conn: Connection): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  const session = new Session(conn);
  const logFailure = (e: unknown) => conn.console.error(`bitext: settings: ${String(e)}`);

  conn.onInitialize((params: InitializeParams): InitializeResult => {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    const workspace = params.capabilities.workspace;
    session.start(
      folder ? uriToId(folder) : undefined,
      (params.workspaceFolders ?? []).map((f) => uriToId(f.uri)),
      {
        folderEvents: !!workspace?.workspaceFolders,
        pullConfig: !!workspace?.configuration,
        dynamicWatch: !!workspace?.didChangeWatchedFiles?.dynamicRegistration,
        versionedEdits: !!workspace?.workspaceEdit?.documentChanges,
      },
      (params.initializationOptions as { settings?: EditorSettings } | undefined)?.settings,
      // Workspace Trust, from the client (`trusted: false` in an untrusted workspace)
      (params.initializationOptions as { trusted?: boolean } | undefined)?.trusted !== false,
    );
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, willSaveWaitUntil: true, save: { includeText: false } },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        hoverProvider: true,
        definitionProvider: true,
        documentSymbolProvider: { label: 'Bitext paragraphs' },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, `${CodeActionKind.SourceFixAll}.bitext`] },
      },
      serverInfo: { name: 'bitext' },
    };
  });
  conn.onInitialized(() => {
    const { dynamicWatch, pullConfig, folderEvents } = session.abilities;
    if (dynamicWatch) void conn.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] });
    if (pullConfig) void conn.client.register(DidChangeConfigurationNotification.type, { section: 'bitext' });
    if (folderEvents) {
      conn.workspace.onDidChangeWorkspaceFolders((event) =>
        session.foldersChanged(
          event.added.map((f) => uriToId(f.uri)),
          event.removed.map((f) => uriToId(f.uri)),
        ),
      );
    }
    void session.reload().catch(logFailure);
  });
  conn.onDidChangeConfiguration((params) => {
    if (!session.abilities.pullConfig) session.applySettings((params.settings as { bitext?: EditorSettings } | undefined)?.bitext);
    void session.reload().catch(logFailure);
  });
  conn.onDidOpenTextDocument(({ textDocument: doc }) => session.opened(uriToId(doc.uri), doc.uri, doc.languageId, doc.version, doc.text));
  conn.onDidChangeTextDocument((params) => session.changed(uriToId(params.textDocument.uri), params.textDocument.version, params.contentChanges));
  conn.onDidSaveTextDocument((params) => session.saved(uriToId(params.textDocument.uri)));
  conn.onDidCloseTextDocument((params) => session.closed(uriToId(params.textDocument.uri)));
  conn.onDidChangeWatchedFiles((params) => session.filesChanged(params.changes.map((change) => uriToId(change.uri))));
  registerFeatures(conn, session);
  conn.listen();
}
