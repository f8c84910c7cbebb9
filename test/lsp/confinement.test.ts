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
    const untrusted = await counterpartOf(false);
    assert.equal(untrusted && 'uri' in untrusted ? untrusted.uri : undefined, undefined, 'no counterpart when untrusted');
  });
});

describe('language server: Workspace Trust (item 2)', function () {
  this.timeout(30000);
  let ws: string;
  beforeEach(() => {
    ws = mkdtempSync(join(tmpdir(), 'bitext-trust-'));
    mkdirSync(join(ws, 'ref'));
  });
  afterEach(() => rmSync(ws, { recursive: true, force: true }));

  // the counterpart on disk has artifacts with safe fixes (spaced punctuation, `_`-joined syllables)
  const SEG_VI = 'Chính_phủ đã củng_cố quan_hệ với Nga , Triều_Tiên .\n\nHai nước đã ký thỏa_thuận mới về thương_mại .\n';
  const SEG_EN = 'The government strengthened relations with Russia , North Korea .\n\nThe two countries signed a new trade agreement .\n';

  const fixesFor = async (client: LspClient, uri: string) => {
    const actions = (await client.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } },
      context: { diagnostics: [] },
    })) as { title: string; edit?: { documentChanges?: { textDocument: { uri: string } }[]; changes?: Record<string, unknown> } }[];
    const edited = new Set<string>();
    for (const action of actions) {
      for (const change of action.edit?.documentChanges ?? []) edited.add(change.textDocument.uri);
      for (const target of Object.keys(action.edit?.changes ?? {})) edited.add(target);
    }
    return { count: actions.length, edited: [...edited] };
  };

  for (const trusted of [true, false]) {
    it(`${trusted ? 'trusted' : 'untrusted'}: fixes edit ${trusted ? 'the counterpart too' : 'only the open document, never the counterpart read from disk'}`, async () => {
      writeFileSync(join(ws, 'doc.vi.txt'), SEG_VI);
      writeFileSync(join(ws, 'doc.en.txt'), SEG_EN);
      const client = await LspClient.start(ws, { debounceMs: 0 }, [ws], { trusted });
      try {
        const vi = fileUri(join(ws, 'doc.vi.txt'));
        const en = fileUri(join(ws, 'doc.en.txt'));
        await client.open(vi, SEG_VI);
        // the pair is found (a sibling needs no config) and the counterpart's own findings are published
        await client.diagnostics(en, (ds) => ds.some((d) => d.code === 'spaced-punctuation'));
        const open = await fixesFor(client, vi);
        assert.ok(open.count > 0, 'no fix for the open document');
        assert.deepEqual(open.edited, [vi]);
        const closed = await fixesFor(client, en);
        if (trusted) assert.deepEqual(closed.edited, [en], 'trusted: the counterpart can be fixed');
        else assert.deepEqual(closed, { count: 0, edited: [] }, 'untrusted: a fix edits a document the user has not opened');
        // once the user opens it, it may be fixed
        await client.open(en, SEG_EN);
        assert.deepEqual((await fixesFor(client, en)).edited, [en]);
      } finally {
        await client.stop();
      }
    });
  }

  it('untrusted: the bitext.pairs setting and bitext.config.json are both ignored (rules, segmentation too)', async () => {
    writeFileSync(join(ws, 'bitext.config.json'), JSON.stringify({ pairs: { 'a/*.txt': 'ref/$1.txt' }, segmentation: 'keep', rules: { 'spaced-punctuation': 'off' } }));
    mkdirSync(join(ws, 'a'));
    writeFileSync(join(ws, 'a', 'doc.txt'), SEG_VI);
    writeFileSync(join(ws, 'ref', 'doc.txt'), SEG_EN);
    writeFileSync(join(ws, 'ref', 'set.txt'), SEG_EN);
    const settings = { debounceMs: 0, pairs: { 'b/*.txt': 'ref/set.txt' } };
    mkdirSync(join(ws, 'b'));
    writeFileSync(join(ws, 'b', 'x.txt'), SEG_VI);
    const run = async (trusted: boolean) => {
      const client = await LspClient.start(ws, settings, [ws], { trusted });
      try {
        const answers: Record<string, { counterpart?: string; rules: string[] }> = {};
        for (const name of ['a/doc.txt', 'b/x.txt']) {
          const uri = fileUri(join(ws, name));
          await client.open(uri, SEG_VI);
          const ds = await client.diagnostics(uri);
          const where: CounterpartResult = await client.conn.sendRequest(COUNTERPART_REQUEST, { uri, position: { line: 0, character: 3 } });
          answers[name] = { counterpart: where && 'uri' in where ? where.uri : undefined, rules: [...new Set(ds.map((d) => String(d.code)))].sort() };
        }
        return answers;
      } finally {
        await client.stop();
      }
    };
    const trustedRun = await run(true);
    assert.equal(trustedRun['a/doc.txt'].counterpart, fileUri(join(ws, 'ref', 'doc.txt')), 'trusted: the config file pairs');
    assert.equal(trustedRun['b/x.txt'].counterpart, fileUri(join(ws, 'ref', 'set.txt')), 'trusted: the setting pairs');
    assert.ok(!trustedRun['a/doc.txt'].rules.includes('spaced-punctuation'), 'trusted: the config turns the rule off');
    const untrustedRun = await run(false);
    for (const name of ['a/doc.txt', 'b/x.txt']) assert.equal(untrustedRun[name].counterpart, undefined, `untrusted: ${name} was paired by the workspace's rules`);
    // the workspace config does not reach the checks either: its rule switch and segmentation are not used
    assert.ok(untrustedRun['a/doc.txt'].rules.includes('spaced-punctuation'), JSON.stringify(untrustedRun));
    assert.ok(untrustedRun['a/doc.txt'].rules.includes('segmentation-underscore'), JSON.stringify(untrustedRun));
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
