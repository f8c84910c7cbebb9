// One language-server session: the open documents, their pairs (the service), the scheduler of
// checks, the settings and what the client can do. Everything inside speaks document ids (paths);
// URIs are turned into ids once, by the handlers in start.ts and features.ts, and back only where
// a message leaves for the client (publish.ts, convert.ts).
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CancellationToken, Connection } from 'vscode-languageserver/node';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver/node';
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { Cancelled, newStopFlag, raiseStop } from './full-check';
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

/**
 * A pair of at least this many UTF-16 units analysed from scratch is analysed in the worker thread, so
 * the server keeps reading messages (a request cancelled meanwhile is answered at once).
 */
const WORKER_MIN_CHARS = 100_000;

/** A from-scratch analysis under way in the worker, and who waits for it. */
interface Analysing {
  done: Promise<void>;
  stop: Int32Array;
  /** Requests waiting that have not been cancelled. */
  requests: number;
  /** A check (publishing) waits too: never stopped for a cancelled request. */
  kept: boolean;
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
  /** From-scratch analyses under way, by pair key and revisions. */
  private readonly analysing = new Map<string, Analysing>();

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

  /**
   * Publishes `id`'s pair; a failure is logged, never thrown into the connection. A big pair analysed
   * from scratch is analysed in the worker first (`done` runs once it is published).
   */
  publish(docId: string, done?: () => void): void {
    const now = () => {
      try {
        this.publisher.publishPair(docId);
      } catch (error) {
        this.conn.console.error(`bitext: checking ${docId} failed: ${error instanceof Error ? error.stack : String(error)}`);
      }
      done?.();
    };
    const waiting = this.analysed(docId);
    if (!waiting) return now();
    // a stopped analysis (the text changed) is redone by the next check; any other failure: inline
    waiting.then(now, (e) => (e instanceof Cancelled ? undefined : now()));
  }

  /**
   * Waits, without blocking the thread, until `id`'s pair is analysed, for a request: at once when the
   * service has a cheap answer. Cancelling `token` answers the request "cancelled" at once, and stops
   * the analysis when nothing else waits for it; a change of the text meanwhile answers "content modified".
   */
  async ready(docId: string, token: CancellationToken): Promise<void> {
    if (token.isCancellationRequested) throw cancelledResponse();
    const run = this.analysisFor(docId);
    if (!run) return;
    run.requests++;
    let onCancel: { dispose(): void } | undefined;
    const cancelled = new Promise<never>((_, reject) => {
      onCancel = token.onCancellationRequested(() => {
        run.requests--;
        if (run.requests === 0 && !run.kept) raiseStop(run.stop);
        reject(cancelledResponse());
      });
    });
    try {
      await Promise.race([run.done, cancelled]);
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      if (error instanceof Cancelled) throw new ResponseError(LSPErrorCodes.ContentModified, 'the text changed while it was being checked');
      // the worker failed: the handler analyses inline
    } finally {
      onCancel?.dispose();
    }
  }

  /** The from-scratch analysis of `id`'s pair under way in the worker, for a check (kept: not stopped by a cancelled request). */
  private analysed(docId: string): Promise<void> | undefined {
    const run = this.analysisFor(docId);
    if (!run) return undefined;
    run.kept = true;
    return run.done;
  }

  /** The from-scratch analysis of `id`'s pair under way, started if the service needs one; undefined when it answers cheaply. */
  private analysisFor(docId: string): Analysing | undefined {
    const job = this.service.analysisJob(docId, WORKER_MIN_CHARS);
    if (!job) return undefined;
    const slot = `${job.key}\n${job.revs}`;
    const running = this.analysing.get(slot);
    if (running) return running;
    const stop = newStopFlag();
    const started = Date.now();
    const done = this.scheduler.analyse(job.input, job.config, stop).then((analysis) => {
      const taken = this.service.acceptAnalysis(job, analysis);
      this.conn.console.log(`analysis of ${baseOf(docId)}'s pair (${job.size.toLocaleString('en')} characters, worker thread): ${Date.now() - started} ms${taken ? '' : ', dropped (the text changed meanwhile)'}.`);
    });
    const run: Analysing = { done, stop, requests: 0, kept: false };
    this.analysing.set(slot, run);
    void done.then(
      () => this.analysing.delete(slot),
      () => this.analysing.delete(slot),
    );
    return run;
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
    this.publish(docId, () => this.logOpened(docId, Date.now() - started));
  }

  /** One line in the log per opened document: how it paired and what was found, and how long it took. */
  private logOpened(docId: string, elapsedMs: number): void {
    try {
      const status = this.service.status(docId);
      const findings = this.service.findingsFor(docId).length;
      if (!status) return this.conn.console.info(`${baseOf(docId)}: not checked (outside bitext.include).`);
      const pairing = status.notes[0] ?? status.form;
      this.conn.console.info(`${baseOf(docId)}: ${pairing} ${findings} finding${findings === 1 ? '' : 's'} here; checked in ${elapsedMs} ms.`);
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

function cancelledResponse(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
}
