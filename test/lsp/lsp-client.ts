// A real JSON-RPC client for the bundled server (`node out/server.js --stdio`), for the protocol
// tests and the bench: open documents, wait for published diagnostics on events (never sleeps).
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { repoRoot, samplesDir } from '../support/shared';

export const serverJs = process.env.BITEXT_SERVER_JS ? resolve(process.env.BITEXT_SERVER_JS) : resolve(repoRoot, 'out', 'server.js');

/** Bitext's status notification (server/src/lsp/protocol.ts). */
export interface StatusNote {
  uri: string;
  text: string | null;
  tooltip: string;
  counterpartUri: string | null;
}

export interface Waiter {
  pred: (p: PublishDiagnosticsParams) => boolean;
  resolve: (p: PublishDiagnosticsParams) => void;
}

export class LspClient {
  readonly conn: ProtocolConnection;
  readonly latest = new Map<string, PublishDiagnosticsParams>();
  readonly stderr: string[] = [];
  /** What the server logged (window/logMessage). */
  readonly logs: string[] = [];
  /** The last bitext/status notification per document uri. */
  readonly statuses = new Map<string, StatusNote>();
  private statusWaiters: { uri: string; pred: (s: StatusNote) => boolean; resolve: (s: StatusNote) => void }[] = [];
  private waiters: Waiter[] = [];
  private versions = new Map<string, number>();
  exited: number | null | undefined = undefined;

  constructor(readonly child: ChildProcess) {
    child.stderr!.on('data', (d) => this.stderr.push(String(d)));
    child.on('exit', (code) => {
      this.exited = code;
    });
    this.conn = createProtocolConnection(child.stdout!, child.stdin!);
    this.conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.latest.set(p.uri, p);
      const ready = this.waiters.filter((w) => w.pred(p));
      this.waiters = this.waiters.filter((w) => !ready.includes(w));
      for (const w of ready) w.resolve(p);
    });
    this.conn.onNotification('bitext/status', (p: StatusNote) => {
      this.statuses.set(p.uri, p);
      for (const waiter of this.statusWaiters.filter((w) => w.uri === p.uri && w.pred(p))) {
        this.statusWaiters.splice(this.statusWaiters.indexOf(waiter), 1);
        waiter.resolve(p);
      }
    });
    this.conn.onNotification('window/logMessage', (p: { message: string }) => this.logs.push(p.message));
    this.conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.listen();
  }

  /** Starts the server on workspace folder `root` (or on `folders`, a multi-root workspace whose first is `root`). */
  static async start(root: string, settings: Record<string, unknown> = { debounceMs: 0 }, folders: string[] = [root], init: Record<string, unknown> = {}): Promise<LspClient> {
    const child = spawn(process.execPath, [serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const c = new LspClient(child);
    await c.conn.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(root).href,
      workspaceFolders: folders.map((f, i) => ({ uri: pathToFileURL(f).href, name: `ws${i}` })),
      capabilities: { workspace: { workspaceFolders: true,  didChangeWatchedFiles: { dynamicRegistration: true }, workspaceEdit: { documentChanges: true } } },
      initializationOptions: { settings, ...init },
    });
    await c.conn.sendNotification(InitializedNotification.type, {});
    return c;
  }

  /** Resolves with the next publication for `uri` that satisfies `pred` (or the latest one, if it already does). */
  diagnostics(uri: string, pred: (d: Diagnostic[], p: PublishDiagnosticsParams) => boolean = () => true, fresh = false, timeoutMs = 15000): Promise<Diagnostic[]> {
    const have = this.latest.get(uri);
    if (!fresh && have && pred(have.diagnostics, have)) return Promise.resolve(have.diagnostics);
    return new Promise((res, rej) => {
      const timer = setTimeout(() => rej(new Error(`no matching diagnostics for ${uri}; last: ${JSON.stringify(this.latest.get(uri)?.diagnostics.map((d) => d.code))}; stderr: ${this.stderr.join('')}`)), timeoutMs);
      this.waiters.push({
        pred: (p) => p.uri === uri && pred(p.diagnostics, p),
        resolve: (p) => {
          clearTimeout(timer);
          res(p.diagnostics);
        },
      });
    });
  }

  /** Resolves with the status of `uri` once one satisfies `pred` (the latest, if it already does). */
  status(uri: string, pred: (s: StatusNote) => boolean = () => true): Promise<StatusNote> {
    const have = this.statuses.get(uri);
    if (have && pred(have)) return Promise.resolve(have);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching status for ${uri}; last: ${JSON.stringify(this.statuses.get(uri))}`)), 15000);
      this.statusWaiters.push({ uri, pred, resolve: (s) => (clearTimeout(timer), resolve(s)) });
    });
  }

  open(uri: string, text: string, languageId = 'plaintext'): Promise<void> {
    this.versions.set(uri, 1);
    return this.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  change(uri: string, changes: TextDocumentContentChangeEvent[]): number {
    const v = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, v);
    void this.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: v }, contentChanges: changes });
    return v;
  }

  async stop(): Promise<void> {
    if (this.exited === undefined) {
      await this.conn.sendRequest('shutdown').catch(() => undefined);
      await this.conn.sendNotification('exit').catch(() => undefined);
      await new Promise<void>((res) => {
        if (this.exited !== undefined) return res();
        const t = setTimeout(() => {
          this.child.kill();
          res();
        }, 2000);
        this.child.on('exit', () => {
          clearTimeout(t);
          res();
        });
      });
    }
    this.conn.dispose();
  }
}

/** A temp workspace folder holding copies of the seed samples (test/fixtures/samples). */
export function sampleWorkspace(): { root: string; dispose: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'bitext-lsp-'));
  for (const f of readdirSync(samplesDir)) cpSync(join(samplesDir, f), join(root, f));
  return { root, dispose: () => rmSync(root, { recursive: true, force: true }) };
}

export const fileUri = (p: string) => pathToFileURL(p).href;
