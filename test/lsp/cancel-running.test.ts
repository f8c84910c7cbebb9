// Request cancellation while a request runs (issue 10, item 13), through a real server process: a
// hover, code actions (fix-all) and the alignment view on a big pair that is still being analysed
// wait for the analysis off the server's thread, so a `$/cancelRequest` is read and answered
// "cancelled" at once, and the server keeps answering other requests meanwhile.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CancellationTokenSource, LSPErrorCodes } from 'vscode-languageserver-protocol/node';
import { ALIGNMENT_REQUEST } from '../../server/src/lsp/protocol';
import { Cancelled, FullChecker, newStopFlag, raiseStop } from '../../server/src/lsp/full-check';
import { resolveConfig } from '../../server/src/core/config';
import { fileUri, LspClient, serverJs } from './lsp-client';

const PARAGRAPHS = 5000;
const bigVi = () => Array.from({ length: PARAGRAPHS }, (_, i) => `Đoạn ${i}: sau ba năm sửa chữa, thư viện đã mở cửa trở lại vào thứ Hai. Hơn ${i + 3} bạn đọc đã đến.`).join('\n\n') + '\n';
const bigEn = () => Array.from({ length: PARAGRAPHS }, (_, i) => `Paragraph ${i}: after three years of repairs, the library reopened on Monday. More than ${i + 3} readers came.`).join('\n\n') + '\n';

describe('language server: a running request is cancelled (item 13)', function () {
  this.timeout(120000);
  let base: string;
  let client: LspClient | undefined;
  beforeEach(() => {
    base = mkdtempSync(join(tmpdir(), 'bitext-cancel-run-'));
  });
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    rmSync(base, { recursive: true, force: true });
  });

  it('hover, fix-all code actions and the alignment view on a pair still being analysed: "cancelled" at once, other requests answered meanwhile', async () => {
    const vi = bigVi();
    writeFileSync(join(base, 'big.vi.txt'), vi);
    writeFileSync(join(base, 'big.en.txt'), bigEn());
    const small = 'Chính_phủ đã củng_cố quan_hệ với Nga , Triều_Tiên .\n';
    writeFileSync(join(base, 'small.txt'), small);
    client = await LspClient.start(base);
    const uri = fileUri(join(base, 'big.vi.txt'));
    const smallUri = fileUri(join(base, 'small.txt'));
    const opened = Date.now();
    await client.open(uri, vi);
    let analysedAt = 0;
    const analysed = client.diagnostics(uri).then((d) => {
      analysedAt = Date.now();
      return d;
    });
    const requests: [string, unknown][] = [
      ['textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 5 } }],
      ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } }],
      [ALIGNMENT_REQUEST, { uri }],
    ];
    const sources = requests.map(() => new CancellationTokenSource());
    const answers = requests.map(([method, params], k) =>
      client!.conn.sendRequest(method, params, sources[k].token).then(
        () => ({ code: 'answered' as number | string, at: Date.now() }),
        (e: { code?: number }) => ({ code: e.code ?? 'error', at: Date.now() }),
      ),
    );
    // the server is busy with the pair: meanwhile a small document is opened and answered
    await new Promise((r) => setTimeout(r, 300));
    await client.open(smallUri, small);
    const smallFindings = await client.diagnostics(smallUri, (d) => d.length > 0);
    assert.ok(smallFindings.length > 0);
    const symbols = await client.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: smallUri } });
    assert.ok(Array.isArray(symbols));
    const cancelledAt = Date.now();
    for (const source of sources) source.cancel();
    const results = await Promise.all(answers);
    for (const [k, result] of results.entries()) {
      assert.equal(result.code, LSPErrorCodes.RequestCancelled, `${requests[k][0]}: ${JSON.stringify(result)}`);
      assert.ok(result.at - cancelledAt < 3000, `${requests[k][0]} answered ${result.at - cancelledAt} ms after the cancellation`);
    }
    // the cancellations came before the analysis ended (else they tested nothing), and it still ends
    assert.ok(analysedAt === 0, `the analysis ended ${analysedAt - opened} ms after opening, before the requests were cancelled: make the pair bigger`);
    const findings = await analysed;
    assert.ok(Array.isArray(findings));
    // once analysed, the same requests are answered
    const hover = (await client.conn.sendRequest('textDocument/hover', requests[0][1])) as { contents?: { value?: string } } | null;
    assert.match(hover?.contents?.value ?? '', /Paragraph 1:|after three years/);
    const table = (await client.conn.sendRequest(ALIGNMENT_REQUEST, { uri })) as { rows?: unknown[] };
    assert.ok((table.rows?.length ?? 0) >= PARAGRAPHS, `rows: ${table.rows?.length}`);
    assert.equal(client.exited, undefined, 'the server stopped');
  });
});

describe('full-check worker: an analysis stopped between units of work', function () {
  this.timeout(120000);
  it('a raised stop flag ends the analysis in the worker (Cancelled) soon, and the same worker serves the next one', async () => {
    const checker = new FullChecker(serverJs);
    try {
      const input = { form: 'siblings' as const, a: { uri: '/w/big.vi.txt', text: bigVi() }, b: { uri: '/w/big.en.txt', text: bigEn() } };
      const config = resolveConfig({});
      const small = { form: 'siblings' as const, a: { uri: '/w/s.vi.txt', text: 'Xin chào thế giới.\n' }, b: { uri: '/w/s.en.txt', text: 'Hello world.\n' } };
      // warm the worker (and its language data) up first
      await checker.run(small, config);
      let started = Date.now();
      const whole = await checker.run(input, config);
      const wholeMs = Date.now() - started;
      assert.ok(whole.findings.length >= 0 && whole.pair, 'the big pair was analysed');
      const stop = newStopFlag();
      started = Date.now();
      const stopped = checker.run(input, config, stop).then(
        () => 'finished',
        (e) => (e instanceof Cancelled ? 'cancelled' : String(e)),
      );
      setTimeout(() => raiseStop(stop), Math.min(200, wholeMs / 4));
      assert.equal(await stopped, 'cancelled');
      const stoppedMs = Date.now() - started;
      assert.ok(stoppedMs < wholeMs * 0.8, `stopped after ${stoppedMs} ms; the whole analysis takes ${wholeMs} ms`);
      assert.equal(checker.failure, undefined, checker.failure);
      assert.ok(checker.inWorker, 'ran inline, not in the worker');
      const next = await checker.run(small, config);
      assert.ok(next.pair, 'the worker answers the next analysis');
    } finally {
      checker.dispose();
    }
  });
});
