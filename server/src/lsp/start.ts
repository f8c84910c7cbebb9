// The language server: a thin adapter that feeds the editor's documents and settings to the Bitext
// service and maps its answers to LSP. Handlers are a few lines each; the work is in core/service.
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import type { Connection, InitializeParams, InitializeResult } from 'vscode-languageserver/node';
import { CodeActionKind, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { createBitextService } from '../core/service';
import { idToUri, uriToId } from './convert';
import { Debouncer } from './debounce';
import { Cancelled, FullChecker } from './full-check';
import { confinedServiceFs } from '../node/disk';
import { OpenDocuments } from './documents';
import { registerFeatures } from './features';
import { Publisher } from './publish';
import { resolveSettings, type EditorSettings } from './settings';

/**
 * Heap growth allowed between full garbage collections, in percent of the live heap. Every keystroke in
 * a 65 M-character corpus makes a new full text (the old one is garbage at once); with V8's default
 * growth (up to 4x) a server holding two such texts swelled to 2.6 GB before collecting them.
 */
const HEAP_GROWING_PERCENT = 20;

export function startServer(conn: Connection): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  // reads only inside the workspace folders (and no huge counterpart): `folders` is read at each call
  const service = createBitextService({ fs: confinedServiceFs(() => (folders.length ? folders : root ? [root] : [])) });
  const docs = new OpenDocuments(service);
  const publisher = new Publisher(conn, service, docs);
  const debounce = new Debouncer(200);
  let root: string | undefined;
  /** Every workspace folder: a document pairs relative to the one that holds it. */
  let folders: string[] = [];
  let folderEvents = false;
  let pullConfig = false;
  let dynamicWatch = false;
  let versionedEdits = false;
  let editor: EditorSettings | undefined;
  /** Workspace Trust, from the client's initializationOptions (`trusted: false` in an untrusted workspace). */
  let trusted = true;
  let settings = resolveSettings(undefined, undefined);

  const publish = (id: string) => {
    try {
      publisher.publishPair(id);
    } catch (e) {
      conn.console.error(`bitext: checking ${id} failed: ${e instanceof Error ? e.stack : String(e)}`);
    }
  };
  // After edits of a big pair only the region around them was re-checked; a full check follows when
  // typing pauses, or on save, in a worker thread: keystrokes stay fast, the result is published
  // when it arrives, and dropped if a document of the pair changed meanwhile (the next pause redoes it).
  const checker = new FullChecker();
  const running = new Map<string, { again: boolean }>();
  const settleLater = new Debouncer(1500);
  const settle = (id: string) => {
    const job = service.fullJob(id);
    if (!job) return;
    const busy = running.get(job.key);
    if (busy) {
      busy.again = true;
      return;
    }
    const state = { again: false };
    running.set(job.key, state);
    checker
      .run(job.input, job.config)
      .then((analysis) => {
        if (service.acceptFull(job, analysis)) publish(id);
      })
      .catch((e) => {
        if (!(e instanceof Cancelled)) conn.console.error(`bitext: full check of ${id} failed: ${e instanceof Error ? e.message : String(e)}`);
      })
      .finally(() => {
        running.delete(job.key);
        if (state.again && docs.isOpen(idToUri(id))) settleLater.run(id, () => settle(id));
      });
  };
  const schedule = (id: string) =>
    debounce.run(id, () => {
      publish(id);
      if (service.pendingSettle(id)) settleLater.run(id, () => settle(id));
    });
  const applySettings = (ed: EditorSettings | undefined) => {
    editor = ed ?? editor;
    settings = resolveSettings(root, editor, folders, trusted);
    service.configure(settings.service);
    debounce.setDelay(settings.debounceMs);
    settleLater.setDelay(settings.fullCheckDelayMs);
    for (const p of settings.problems) conn.console.warn(p);
  };
  const reload = async () => {
    if (pullConfig) applySettings((await conn.workspace.getConfiguration('bitext')) as EditorSettings);
    for (const u of docs.uris()) schedule(uriToId(u));
  };

  conn.onInitialize((p: InitializeParams): InitializeResult => {
    const folder = p.workspaceFolders?.[0]?.uri ?? p.rootUri ?? undefined;
    root = folder ? uriToId(folder) : undefined;
    folders = (p.workspaceFolders ?? []).map((f) => uriToId(f.uri));
    folderEvents = !!p.capabilities.workspace?.workspaceFolders;
    pullConfig = !!p.capabilities.workspace?.configuration;
    dynamicWatch = !!p.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    versionedEdits = !!p.capabilities.workspace?.workspaceEdit?.documentChanges;
    const init = p.initializationOptions as { settings?: EditorSettings; trusted?: boolean } | undefined;
    trusted = init?.trusted !== false;
    applySettings(init?.settings);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, willSaveWaitUntil: true, save: { includeText: false } },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
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
    if (folderEvents) {
      conn.workspace.onDidChangeWorkspaceFolders((e) => {
        const gone = new Set(e.removed.map((f) => uriToId(f.uri)));
        folders = [...folders.filter((f) => !gone.has(f)), ...e.added.map((f) => uriToId(f.uri))];
        root = folders[0] ?? root;
        applySettings(undefined);
        for (const u of docs.uris()) schedule(uriToId(u));
      });
    }
    void reload().catch((e) => conn.console.error(`bitext: settings: ${String(e)}`));
  });
  conn.onDidChangeConfiguration((p) => {
    if (!pullConfig) applySettings((p.settings as { bitext?: EditorSettings } | undefined)?.bitext);
    void reload().catch((e) => conn.console.error(`bitext: settings: ${String(e)}`));
  });
  conn.onDidOpenTextDocument((p) => publish(docs.open(p)));
  conn.onDidChangeTextDocument((p) => {
    // A full check of this pair under way is out of date now: stop it, the next pause starts another.
    if (checker.busyWith(uriToId(p.textDocument.uri))) checker.cancel();
    const id = docs.change(p);
    if (id) schedule(id);
  });
  conn.onDidSaveTextDocument((p) => {
    const id = uriToId(p.textDocument.uri);
    settleLater.cancel(id);
    settle(id);
  });
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
  // untrusted: a fix may edit only documents the user has open
  registerFeatures(conn, service, docs, () => settings.fixAllOnSave, () => versionedEdits, publish, (id) => trusted || docs.isOpen(idToUri(id)));
  conn.listen();
}
