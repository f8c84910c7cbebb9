// Bitext's own messages and settings over the protocol: pair status, follow-cursor highlight,
// include globs, fix-all on save.
import { strict as assert } from 'node:assert';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DidChangeWatchedFilesNotification, FileChangeType, TextDocumentSaveReason, WillSaveTextDocumentWaitUntilRequest } from 'vscode-languageserver-protocol/node';
import { COUNTERPART_HIGHLIGHT, CURSOR_MOVED, STATUS, type CounterpartHighlightParams, type StatusParams } from '../../server/src/lsp/protocol';
import { fileUri, LspClient, sampleWorkspace } from './lsp-client';

const letters = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');

describe('language server: status, follow cursor, settings', function () {
  this.timeout(30000);
  let ws: ReturnType<typeof sampleWorkspace>;
  let client: LspClient;
  const statuses: StatusParams[] = [];
  const highlights: CounterpartHighlightParams[] = [];

  before(async () => {
    ws = sampleWorkspace();
    mkdirSync(join(ws.root, 'sub'));
    client = await LspClient.start(ws.root, { debounceMs: 0, include: ['sub/**'], fixAllOnSave: true });
    client.conn.onNotification(STATUS, (p: StatusParams) => statuses.push(p));
    client.conn.onNotification(COUNTERPART_HIGHLIGHT, (p: CounterpartHighlightParams) => highlights.push(p));
  });
  after(async () => {
    await client?.stop();
    ws?.dispose();
  });

  const copy = (prefix: string, dir: string) => {
    const name = readdirSync(ws.root).find((n) => n.startsWith(prefix + '_'))!;
    const text = readFileSync(join(ws.root, name), 'utf8');
    const p = join(ws.root, dir, name);
    writeFileSync(p, text);
    return { p, text };
  };

  it('checks nothing outside the include globs', async () => {
    const { p, text } = copy('003', '.');
    await client.open(fileUri(p), text);
    assert.deepEqual(await client.diagnostics(fileUri(p)), []);
  });

  it('reports the status of a pair and highlights the counterpart of the cursor sentence', async () => {
    const { p, text } = copy('000', 'sub');
    await client.open(fileUri(p), text);
    await client.diagnostics(fileUri(p), (d) => d.length > 0);
    const st = statuses.filter((s) => s.uri === fileUri(p)).pop()!;
    assert.match(st.text!, /^\$\(link\) \d+\/\d+ ¶/);
    assert.match(st.tooltip, /paragraphs here are aligned/);
    const doc = TextDocument.create(fileUri(p), 'plaintext', 1, text);
    const got = new Promise<CounterpartHighlightParams>((res) => {
      const t = setInterval(() => {
        const h = highlights.find((x) => x.uri === fileUri(p));
        if (h) {
          clearInterval(t);
          res(h);
        }
      }, 5);
    });
    await client.conn.sendNotification(CURSOR_MOVED, { uri: fileUri(p), position: doc.positionAt(text.indexOf('Hai nhà lãnh đạo') + 2) });
    const h = await got;
    assert.equal(h.target?.uri, fileUri(p));
    const below = doc.offsetAt(h.target!.range.start);
    assert.ok(below > text.indexOf('Nguồn:'), 'the highlight is not on the original side');
  });

  it('follows bitext.config.json: a rule turned off there disappears', async () => {
    const name = readdirSync(join(ws.root, 'sub')).find((n) => n.startsWith('003_'));
    const { p, text } = name ? { p: join(ws.root, 'sub', name), text: readFileSync(join(ws.root, 'sub', name), 'utf8') } : copy('003', 'sub');
    if (!name) await client.open(fileUri(p), text);
    await client.diagnostics(fileUri(p), (d) => d.some((x) => x.code === 'segmenter-error'));
    const cfg = join(ws.root, 'bitext.config.json');
    writeFileSync(cfg, JSON.stringify({ rules: { 'segmenter-error': 'off' } }));
    await client.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: fileUri(cfg), type: FileChangeType.Created }] });
    const after = await client.diagnostics(fileUri(p), (d) => d.length > 0 && !d.some((x) => x.code === 'segmenter-error'));
    assert.ok(after.some((x) => x.code === 'segmentation-underscore'), 'the other rules are still on');
    // A broken file is logged once, by name, and ignored: the checks go on with the defaults.
    writeFileSync(cfg, '{ broken');
    await client.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: fileUri(cfg), type: FileChangeType.Changed }] });
    await client.diagnostics(fileUri(p), (d) => d.some((x) => x.code === 'segmenter-error'));
    const logged = client.logs.filter((m) => m.includes('bitext.config.json'));
    assert.ok(logged.length > 0, 'the broken config is logged');
    assert.match(logged[0], /^bitext\.config\.json: not valid JSON: .* \(the file is ignored\)$/);
    writeFileSync(cfg, '{}');
    await client.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: fileUri(cfg), type: FileChangeType.Changed }] });
    await client.diagnostics(fileUri(p), (d) => d.some((x) => x.code === 'segmenter-error'));
  });

  it('applies the safe fixes on save when fixAllOnSave is on', async () => {
    const { p, text } = copy('003', 'sub');
    await client.open(fileUri(p), text);
    await client.diagnostics(fileUri(p), (d) => d.length > 0);
    const edits = await client.conn.sendRequest(WillSaveTextDocumentWaitUntilRequest.type, { textDocument: { uri: fileUri(p) }, reason: TextDocumentSaveReason.Manual });
    assert.ok(edits && edits.length > 0);
    const saved = TextDocument.applyEdits(TextDocument.create(fileUri(p), 'plaintext', 1, text), edits);
    assert.equal(letters(saved), letters(text));
    assert.ok(!saved.includes('_'));
  });
});
