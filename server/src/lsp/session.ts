// One language-server session: the open documents, their pairs (the service), the scheduler of
// checks, the settings and what the client can do. Everything inside speaks document ids (paths);
// URIs are turned into ids once, by the handlers in start.ts and features.ts, and back only where
// a message leaves for the client (publish.ts, convert.ts).
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Connection } from 'vscode-languageserver/node';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver/node';
import { createBitextService, type BitextService } from '../core/service';
import { confinedFs } from '../node/disk';
import { baseOf } from '../core/service/workspace';
import { CONFIG_FILE, LINKS_FILE, parseLinksText } from '../node/config-file';
import { Debouncer } from './debounce';
import { OpenDocuments } from './documents';
import { Publisher } from './publish';
import { CheckScheduler } from './scheduler';
import { resolveSettings, type EditorSettings, type Resolved } from './settings';

/** What the client said it can do, at initialize. */
export interface ClientAbilities {
  folderEvents: boolean;
  pullConfig: boolean;
  dynamicWatch: boolean;
  versionedEdits: boolean;
}

export class Session {
  readonly service: BitextService;
  readonly docs: OpenDocuments;
  readonly publisher: Publisher;
  readonly scheduler: CheckScheduler;
  abilities: ClientAbilities = { folderEvents: false, pullConfig: false, dynamicWatch: false, versionedEdits: false };
  settings: Resolved = resolveSettings(undefined, undefined);
  private root: string | undefined;
  /** Every workspace folder: a document pairs relative to the one that holds it. */
  private folders: string[] = [];
  private editor: EditorSettings | undefined;
  /** Workspace Trust: untrusted, the workspace's pairing config is ignored and fixes edit only open documents. */
  trusted = true;
  /**
   * The links file (.bitext/links.json) as the editor holds it while open: its text is the corrections in
   * force, saved or not, so an Undo of a correction there (Ctrl+Z) realigns at once. Not a document to check.
   */
  private linksDoc: TextDocument | undefined;
  /**
   * The last text of the open links file that parsed: while the user types in it (half-written JSON),
   * the corrections stay as they were instead of vanishing and coming back at each keystroke.
   */
  private linksInForce: string | undefined;
  /** Edits of the links file are taken in after a pause (each realigns every open pair). */
  private readonly linksPause = new Debouncer(200);

  constructor(private readonly conn: Connection) {
    // reads only inside the workspace folders (and no huge counterpart); the folders are read at each call
    this.service = createBitextService({ fs: confinedFs(() => (this.folders.length ? this.folders : this.root ? [this.root] : [])) });
    this.docs = new OpenDocuments(this.service);
    this.publisher = new Publisher(conn, this.service, this.docs);
    this.scheduler = new CheckScheduler(this.service, {
      publish: (id) => this.publish(id),
      isOpen: (id) => this.docs.isOpen(id),
      error: (message) => conn.console.error(message),
      log: (message) => conn.console.log(message),
    });
  }

  /** The workspace folders (ids) and the client's abilities and settings, from initialize. */
  start(root: string | undefined, folders: string[], abilities: ClientAbilities, editor: EditorSettings | undefined, trusted = true): void {
    this.root = root;
    this.folders = folders;
    this.abilities = abilities;
    this.trusted = trusted;
    this.applySettings(editor);
    this.conn.console.info(`Bitext language server started for ${root ?? 'no workspace folder'}${folders.length > 1 ? ` and ${folders.length - 1} more folders` : ''}.`);
  }

  /** The workspace folder (where bitext.config.json and .bitext/links.json live). */
  rootFolder(): string | undefined {
    return this.root;
  }

  /** Publishes `id`'s pair; a failure is logged, never thrown into the connection. */
  publish(docId: string): void {
    try {
      this.publisher.publishPair(docId);
    } catch (error) {
      this.conn.console.error(`bitext: checking ${docId} failed: ${error instanceof Error ? error.stack : String(error)}`);
    }
  }

  /** New editor settings (undefined: the last ones), over `bitext.config.json` read again. */
  applySettings(editor: EditorSettings | undefined): void {
    this.editor = editor ?? this.editor;
    this.settings = resolveSettings(this.root, this.editor, this.folders, this.trusted, this.linksDoc ? this.linksInForce : undefined);
    this.service.configure(this.settings.service);
    this.scheduler.setDelays(this.settings.debounceMs, this.settings.fullCheckDelayMs);
    this.linksPause.setDelay(this.settings.debounceMs);
    for (const problem of this.settings.problems) this.conn.console.warn(problem);
  }

  /** Whether a fix may edit `id`: always in a trusted workspace, else only a document the user has open. */
  editable(docId: string): boolean {
    return this.trusted || this.docs.isOpen(docId);
  }

  recheckAll(): void {
    for (const docId of this.docs.ids()) this.scheduler.schedule(docId);
  }

  /** Settings pulled from the client (when it can), then every open document checked again. */
  async reload(): Promise<void> {
    if (this.abilities.pullConfig) this.applySettings((await this.conn.workspace.getConfiguration('bitext')) as EditorSettings);
    this.recheckAll();
  }

  foldersChanged(added: string[], removed: string[]): void {
    const gone = new Set(removed);
    this.folders = [...this.folders.filter((folder) => !gone.has(folder)), ...added];
    this.root = this.folders[0] ?? this.root;
    this.applySettings(undefined);
    this.recheckAll();
  }

  /** Whether `id` is the workspace's links file (the corrections, not a text to check). */
  isLinksFile(docId: string): boolean {
    return this.root !== undefined && docId === join(this.root, LINKS_FILE);
  }

  opened(docId: string, uri: string, languageId: string, version: number, text: string): void {
    if (this.isLinksFile(docId)) {
      this.linksDoc = TextDocument.create(uri, languageId, version, text);
      return this.linksChanged(true);
    }
    this.docs.open(docId, uri, languageId, version, text);
    const started = Date.now();
    this.publish(docId);
    this.logOpened(docId, Date.now() - started);
  }

  /** One line in the log per opened document: how it paired and what was found, and how long it took. */
  private logOpened(docId: string, took: number): void {
    try {
      const status = this.service.status(docId);
      const findings = this.service.findingsFor(docId).length;
      if (!status) return this.conn.console.info(`${baseOf(docId)}: not checked (outside bitext.include).`);
      const pairing = status.notes[0] ?? status.form;
      this.conn.console.info(`${baseOf(docId)}: ${pairing} ${findings} finding${findings === 1 ? '' : 's'} here; checked in ${took} ms.`);
    } catch (error) {
      this.conn.console.error(`bitext: logging ${docId} failed: ${String(error)}`);
    }
  }

  changed(docId: string, version: number, changes: TextDocumentContentChangeEvent[]): void {
    if (this.isLinksFile(docId) && this.linksDoc) {
      this.linksDoc = TextDocument.update(this.linksDoc, changes, version);
      return this.linksChanged();
    }
    this.scheduler.editing(docId);
    if (this.docs.change(docId, version, changes)) this.scheduler.schedule(docId);
  }

  saved(docId: string): void {
    if (this.isLinksFile(docId)) return;
    this.scheduler.settleNow(docId);
  }

  closed(docId: string): void {
    if (this.isLinksFile(docId) && this.linksDoc) {
      // from now on the disk's text holds (a closed, unsaved edit was thrown away)
      this.linksDoc = undefined;
      this.linksInForce = undefined;
      return this.linksChanged(true);
    }
    const partners = this.service.partnersOf(docId);
    this.docs.close(docId);
    this.scheduler.cancel(docId);
    this.publisher.clear(docId);
    // An open partner now reads this document from disk (unsaved edits are gone): check it again.
    for (const other of partners) if (this.docs.isOpen(other)) this.scheduler.schedule(other);
    this.publisher.sweep();
  }

  /** Files changed on disk (ids): the config read again if it is one of them, affected pairs checked again. */
  filesChanged(ids: string[]): void {
    const root = this.root;
    if (root && (ids.includes(join(root, CONFIG_FILE)) || ids.includes(join(root, LINKS_FILE)))) {
      this.applySettings(undefined);
      this.recheckAll();
    }
    for (const docId of this.service.filesChanged(ids)) this.scheduler.schedule(docId);
  }

  /** The corrections changed (the links file edited, undone, opened or closed): every open pair realigned. */
  private linksChanged(now = false): void {
    const takeIn = () => {
      const text = this.linksDoc?.getText();
      if (text !== undefined) {
        const parsed = parseLinksText(text);
        // half-written: the corrections stay as they were (closed, the disk's text holds and a problem in it is said)
        if (parsed.problem !== undefined && this.linksInForce !== undefined) return;
        this.linksInForce = text;
      }
      this.applySettings(undefined);
      this.recheckAll();
    };
    if (now) {
      this.linksPause.cancel('links');
      takeIn();
    } else this.linksPause.run('links', takeIn);
  }

  /** The user looks at `offset` of `id`: a line-aligned corpus gets the lines there checked (then published). */
  focus(docId: string, offset: number): void {
    if (this.service.focus(docId, offset)) setImmediate(() => this.publish(docId));
  }
}
