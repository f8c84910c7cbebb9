// The language server stays inside its workspace (issue 10, items 1, 2, 13): a pairing rule pointing
// outside the workspace folders (or a sibling symlinked out of it) is not read, one diagnostic says
// so; a counterpart too big to read is not read, one diagnostic says so; in an untrusted workspace
// (initializationOption `trusted: false`) the workspace's bitext.config.json pairing is ignored.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COUNTERPART_REQUEST, type CounterpartResult } from '../../server/src/lsp/protocol';
import { CancellationTokenSource, LSPErrorCodes } from 'vscode-languageserver-protocol/node';
import { fileUri, LspClient } from './lsp-client';

const VI = 'Thư viện mở cửa\n\nSau ba năm sửa chữa, thư viện đã mở cửa trở lại vào thứ Hai.\n\nHơn một nghìn bạn đọc đã đến trong ngày đầu tiên.\n';
const EN = 'The library reopens\n\nAfter three years of repairs, the library reopened on Monday.\n\nMore than a thousand readers came on the first day.\n';

describe('language server: reads nothing outside the workspace', function () {
  this.timeout(30000);
  let base: string;
  let ws: string;
  let client: LspClient | undefined;
  beforeEach(() => {
    base = mkdtempSync(join(tmpdir(), 'bitext-conf-'));
    ws = join(base, 'ws');
    mkdirSync(join(base, 'outside'), { recursive: true });
    mkdirSync(join(ws, 'ref'), { recursive: true });
    writeFileSync(join(base, 'outside', 'secret.txt'), 'SECRET_MARKER_LINE one\n\nSECRET_MARKER_LINE two\n');
  });
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    rmSync(base, { recursive: true, force: true });
  });

  it('a pairs rule to a file outside the workspace folder: not read, one diagnostic says why', async () => {
    writeFileSync(join(ws, 'bitext.config.json'), JSON.stringify({ pairs: { '*.vi.txt': '../outside/secret.txt' } }));
    writeFileSync(join(ws, 'doc.vi.txt'), VI);
    client = await LspClient.start(ws);
    await client.open(fileUri(join(ws, 'doc.vi.txt')), VI);
    const d = await client.diagnostics(fileUri(join(ws, 'doc.vi.txt')), (ds) => ds.some((x) => /outside the workspace folders/.test(x.message)));
    assert.equal(d.filter((x) => /outside the workspace folders/.test(x.message)).length, 1);
    assert.ok(!JSON.stringify([...client.latest.values()]).includes('SECRET_MARKER'), 'the outside file was read');
    assert.ok(![...client.latest.keys()].some((u) => u.includes('secret')), 'diagnostics published for the outside file');
  });

  it('a sibling symlinked out of the workspace is not read either', async () => {
    writeFileSync(join(ws, 'doc.vi.txt'), VI);
    symlinkSync(join(base, 'outside', 'secret.txt'), join(ws, 'doc.en.txt'));
    client = await LspClient.start(ws);
    await client.open(fileUri(join(ws, 'doc.vi.txt')), VI);
    await client.diagnostics(fileUri(join(ws, 'doc.vi.txt')), (ds) => ds.some((x) => /outside the workspace folders/.test(x.message)));
    assert.ok(!JSON.stringify([...client.latest.values()]).includes('SECRET_MARKER'));
  });

  it('item 13: a counterpart over the read limit is not read; one diagnostic says how big it is', async () => {
    writeFileSync(join(ws, 'doc.vi.txt'), VI);
    writeFileSync(join(ws, 'doc.en.txt'), '');
    truncateSync(join(ws, 'doc.en.txt'), 65 * 1024 * 1024); // sparse: no disk used
    client = await LspClient.start(ws);
    await client.open(fileUri(join(ws, 'doc.vi.txt')), VI);
    const d = await client.diagnostics(fileUri(join(ws, 'doc.vi.txt')), (ds) => ds.some((x) => /more than the 64 MB the editor reads/.test(x.message)));
    assert.equal(d.filter((x) => /65 MB, more than the 64 MB/.test(x.message)).length, 1, JSON.stringify(d.map((x) => x.message)));
  });

  it('item 2: untrusted, the workspace bitext.config.json pairing rule is ignored; trusted, it pairs', async () => {
    writeFileSync(join(ws, 'bitext.config.json'), JSON.stringify({ pairs: { '*.vi.txt': 'ref/other.txt' } }));
    writeFileSync(join(ws, 'doc.vi.txt'), VI);
    writeFileSync(join(ws, 'ref', 'other.txt'), EN);
    const counterpartOf = async (trusted: boolean): Promise<CounterpartResult> => {
      const c = await LspClient.start(ws, { debounceMs: 0 }, [ws], { trusted });
      try {
        await c.open(fileUri(join(ws, 'doc.vi.txt')), VI);
        await c.diagnostics(fileUri(join(ws, 'doc.vi.txt')));
        return await c.conn.sendRequest(COUNTERPART_REQUEST, { uri: fileUri(join(ws, 'doc.vi.txt')), position: { line: 2, character: 3 } });
      } finally {
        await c.stop();
      }
    };
    assert.equal((await counterpartOf(true))?.uri, fileUri(join(ws, 'ref', 'other.txt')));
    assert.equal(await counterpartOf(false), null);
  });
});

describe('language server: globs from a settings change', function () {
  this.timeout(30000);
  it('item 3: a bitext.include glob with 13 stars arriving by a settings change does not freeze the server', async () => {
    const base = mkdtempSync(join(tmpdir(), 'bitext-glob-'));
    const client = await LspClient.start(base);
    try {
      const name = join(base, 'a'.repeat(60) + '.vi.txt');
      const text = 'Chính_phủ đã củng_cố quan_hệ với Nga , Triều_Tiên .\n';
      writeFileSync(name, text);
      await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: { bitext: { debounceMs: 0, include: ['*a'.repeat(13) + '*b.txt', '*a'.repeat(13) + '*.vi.txt'] } } });
      await client.open(fileUri(name), text);
      // answered: the long name matched the second glob, so the file is checked
      const d = await client.diagnostics(fileUri(name), (ds) => ds.length > 0);
      assert.ok(d.length > 0);
    } finally {
      await client.stop();
      rmSync(base, { recursive: true, force: true });
    }
  });
});

describe('language server: request cancellation', function () {
  this.timeout(30000);
  it('item 13: a request cancelled while it waits behind a long one is answered "cancelled" and not run', async () => {
    const base = mkdtempSync(join(tmpdir(), 'bitext-cancel-'));
    const client = await LspClient.start(base);
    try {
      const vi = Array.from({ length: 3000 }, (_, i) => `Đoạn ${i}: sau ba năm sửa chữa, thư viện đã mở cửa trở lại vào thứ Hai.`).join('\n\n') + '\n';
      const en = Array.from({ length: 3000 }, (_, i) => `Paragraph ${i}: after three years of repairs, the library reopened on Monday.`).join('\n\n') + '\n';
      writeFileSync(join(base, 'big.vi.txt'), vi);
      writeFileSync(join(base, 'big.en.txt'), en);
      const uri = fileUri(join(base, 'big.vi.txt'));
      await client.open(uri, vi);
      const hover = { textDocument: { uri }, position: { line: 2, character: 5 } };
      const first = client.conn.sendRequest('textDocument/hover', hover);
      const source = new CancellationTokenSource();
      const second = client.conn.sendRequest('textDocument/hover', hover, source.token).then(
        () => 'answered',
        (e: { code?: number }) => e.code,
      );
      source.cancel();
      await first;
      assert.equal(await second, LSPErrorCodes.RequestCancelled);
    } finally {
      await client.stop();
      rmSync(base, { recursive: true, force: true });
    }
  });
});
