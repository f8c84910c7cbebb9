// The language server: a thin adapter that feeds the editor's documents and settings to the Bitext
// service and maps its answers to LSP. Handlers are a few lines each; the work is in core/service.
import { join } from 'node:path';
import type { Connection, InitializeParams, InitializeResult } from 'vscode-languageserver/node';
import { CodeActionKind, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { createBitextService } from '../core/service';
import { idToUri, uriToId } from './convert';
import { Debouncer } from './debounce';
import { diskFs } from './disk-fs';
import { OpenDocuments } from './documents';
import { registerFeatures } from './features';
import { Publisher } from './publish';
import { resolveSettings, type EditorSettings } from './settings';

const SETTLE_IDLE_MAX = 400_000;

export function startServer(conn: Connection): void {
  const service = createBitextService({ fs: diskFs });
  const docs = new OpenDocuments(service);
  const publisher = new Publisher(conn, service, docs);
  const debounce = new Debouncer(200);
  let root: string | undefined;
  let pullConfig = false;
  let dynamicWatch = false;
  let versionedEdits = false;
  let editor: EditorSettings | undefined;
  let settings = resolveSettings(undefined, undefined);

  const publish = (id: string) => {
    try {
      publisher.publishPair(id);
    } catch (e) {
      conn.console.error(`bitext: checking ${id} failed: ${e instanceof Error ? e.stack : String(e)}`);
    }
  };
  // After edits of a big pair only the region around them was re-checked; a full check follows when
  // typing pauses (pairs up to SETTLE_IDLE_MAX units) or on save (any size).
  const settleLater = new Debouncer(1500);
  const settle = (id: string, force: boolean) => {
    const n = service.pendingSettle(id);
    if (n && (force || n <= SETTLE_IDLE_MAX)) {
      try {
        service.settle(id);
      } catch (e) {
        conn.console.error(`bitext: full check of ${id} failed: ${String(e)}`);
      }
      publish(id);
    }
  };
  const schedule = (id: string) =>
    debounce.run(id, () => {
      publish(id);
      if (service.pendingSettle(id)) settleLater.run(id, () => settle(id, false));
    });
  const applySettings = (ed: EditorSettings | undefined) => {
    editor = ed ?? editor;
    settings = resolveSettings(root, editor);
    service.configure(settings.service);
    debounce.setDelay(settings.debounceMs);
    for (const p of settings.problems) conn.console.warn(p);
  };
  const reload = async () => {
    if (pullConfig) applySettings((await conn.workspace.getConfiguration('bitext')) as EditorSettings);
    for (const u of docs.uris()) schedule(uriToId(u));
  };

  conn.onInitialize((p: InitializeParams): InitializeResult => {
    const folder = p.workspaceFolders?.[0]?.uri ?? p.rootUri ?? undefined;
    root = folder ? uriToId(folder) : undefined;
    pullConfig = !!p.capabilities.workspace?.configuration;
    dynamicWatch = !!p.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    versionedEdits = !!p.capabilities.workspace?.workspaceEdit?.documentChanges;
    applySettings((p.initializationOptions as { settings?: EditorSettings } | undefined)?.settings);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, willSaveWaitUntil: true, save: { includeText: false } },
        hoverProvider: true,
        definitionProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, `${CodeActionKind.SourceFixAll}.bitext`] },
      },
      serverInfo: { name: 'bitext' },
    };
  });
  conn.onInitialized(() => {
    if (dynamicWatch) void conn.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] });
    if (pullConfig) void conn.client.register(DidChangeConfigurationNotification.type, { section: 'bitext' });
    void reload().catch((e) => conn.console.error(`bitext: settings: ${String(e)}`));
  });
  conn.onDidChangeConfiguration((p) => {
    if (!pullConfig) applySettings((p.settings as { bitext?: EditorSettings } | undefined)?.bitext);
    void reload().catch((e) => conn.console.error(`bitext: settings: ${String(e)}`));
  });
  conn.onDidOpenTextDocument((p) => publish(docs.open(p)));
  conn.onDidChangeTextDocument((p) => {
    const id = docs.change(p);
    if (id) schedule(id);
  });
  conn.onDidSaveTextDocument((p) => settle(uriToId(p.textDocument.uri), true));
  conn.onDidCloseTextDocument((p) => {
    const id = uriToId(p.textDocument.uri);
    const partners = service.partnersOf(id);
    docs.close(p.textDocument.uri);
    debounce.cancel(id);
    settleLater.cancel(id);
    publisher.clear(id);
    // An open partner now reads this document from disk (unsaved edits are gone): check it again.
    for (const other of partners) if (docs.isOpen(idToUri(other))) schedule(other);
    publisher.sweep();
  });
  conn.onDidChangeWatchedFiles((p) => {
    const ids = p.changes.map((c) => uriToId(c.uri));
    if (root && ids.some((i) => i === join(root!, 'bitext.config.json'))) {
      applySettings(undefined);
      for (const u of docs.uris()) schedule(uriToId(u));
    }
    for (const id of service.filesChanged(ids)) schedule(id);
  });
  registerFeatures(conn, service, docs, () => settings.fixAllOnSave, () => versionedEdits);
  conn.listen();
}
