// Over the protocol, big texts: a full re-check in the background after typing pauses (its result
// published when ready), a line-aligned corpus (line N <-> line N, one summary diagnostic), and a
// multi-root workspace where each folder is the pairing root of its own files.
import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DefinitionRequest, HoverRequest, type Diagnostic, type Location, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileUri, LspClient, sampleWorkspace } from './lsp-client';
import { parallelDocument } from '../support/parallel-text';

const shape = (ds: Diagnostic[]) => ds.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`).sort();

describe('language server over stdio: big texts', function () {
  this.timeout(60000);
  let ws: ReturnType<typeof sampleWorkspace>;
  let client: LspClient;

  before(async () => {
    ws = sampleWorkspace();
    client = await LspClient.start(ws.root, { debounceMs: 0, fullCheckDelayMs: 100 });
  });
  after(async () => {
    await client?.stop();
    ws?.dispose();
  });

  it('re-checks a big pair as a whole once typing pauses, and publishes what a fresh full check finds', async () => {
    const pair = parallelDocument(400);
    // One doubled space near the start: a finding, so the first check is seen to be published.
    const vi = pair.vi.replace('Người thợ mộc', 'Người thợ  mộc');
    const en = pair.en;
    assert.ok(vi.length + en.length > 100_000, 'the pair is too small to be re-checked around edits');
    const pVi = join(ws.root, 'big.vi.txt');
    writeFileSync(pVi, vi);
    writeFileSync(join(ws.root, 'big.en.txt'), en);
    const uri = fileUri(pVi);
    await client.open(uri, vi);
    await client.diagnostics(uri, (d) => d.length > 0);
    // Delete six paragraphs in the middle of the Vietnamese side: a run of English text loses its original.
    const paras = vi.split('\n\n');
    const from = vi.indexOf(paras[200]);
    const to = vi.indexOf(paras[206]);
    const edited = vi.slice(0, from) + vi.slice(to);
    const doc = TextDocument.create(uri, 'plaintext', 1, vi);
    const seen: Diagnostic[][] = [];
    const v = client.change(uri, [{ range: { start: doc.positionAt(from), end: doc.positionAt(to) }, text: '' }]);
    // The re-check around the edit, then the full one: two publications for the same version.
    await client.diagnostics(uri, (d, p) => p.version === v && seen.push(d) >= 2, true);
    const full = seen[1];

    // The same texts opened fresh in another pair: a full analysis from the start.
    const p2 = join(ws.root, 'fresh.vi.txt');
    writeFileSync(p2, edited);
    writeFileSync(join(ws.root, 'fresh.en.txt'), en);
    await client.open(fileUri(p2), edited);
    const fresh = await client.diagnostics(fileUri(p2), (d) => d.length > 0);
    assert.deepEqual(shape(full), shape(fresh));
  });

  it('pairs line N with line N in a line-aligned corpus, beyond the checked lines, and says what was checked in one diagnostic', async () => {
    const N = 60_000;
    const bad = 50_000;
    const typed = 55_000;
    const hu = Array.from({ length: N }, (_, i) => `A ${i}. mondat itt van.`).join('\n') + '\n';
    const en = Array.from({ length: N }, (_, i) => `Sentence ${i === bad || i === typed ? 'number ' + (i + 3) : i} is here.`).join('\n') + '\n';
    const pHu = join(ws.root, 'corpus.hu');
    const pEn = join(ws.root, 'corpus.en');
    writeFileSync(pHu, hu);
    writeFileSync(pEn, en);
    const uri = fileUri(pHu);
    await client.open(uri, hu);
    const ds = await client.diagnostics(uri, (d) => d.length > 0);
    const summaries = ds.filter((d) => d.code === 'bitext-summary');
    assert.equal(summaries.length, 1, JSON.stringify(summaries.map((d) => d.message)));
    assert.match(summaries[0].message, /checked the first [\d,]+ lines.*run `bitext check` for the whole corpus/);
    const onLine = (line: number) => (d: Diagnostic[]) => d.some((x) => x.range.start.line === line && /number/.test(String(x.code)));
    assert.ok(!onLine(bad)(client.latest.get(fileUri(pEn))?.diagnostics ?? []), 'line 50,000 is checked from the start');

    const hover = await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: bad, character: 3 } });
    const md = (hover!.contents as MarkupContent).value;
    assert.ok(md.includes(`line ${(bad + 1).toLocaleString('en')} of corpus.en`), md);
    assert.ok(md.includes(`Sentence number ${bad + 3} is here.`), md);
    const def = (await client.conn.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: { line: bad, character: 3 } })) as Location;
    assert.equal(def.uri, fileUri(pEn));
    assert.deepEqual(def.range, { start: { line: bad, character: 0 }, end: { line: bad, character: `Sentence number ${bad + 3} is here.`.length } });
    // Looking at that line (the hover) gets the lines around it checked: the number mismatch there shows up.
    await client.diagnostics(fileUri(pEn), onLine(bad));
    // So does typing on another far line.
    client.change(uri, [{ range: { start: { line: typed, character: 0 }, end: { line: typed, character: 0 } }, text: ' ' }]);
    await client.diagnostics(fileUri(pEn), onLine(typed));
    const last = await client.diagnostics(uri, (d) => d.some((x) => x.code === 'bitext-summary' && /around your edits/.test(x.message)));
    assert.equal(last.filter((d) => d.code === 'bitext-summary').length, 1);
    // A line added on one side only: the corpus stays line-aligned, and lines after it meet new counterparts.
    const v = client.change(uri, [{ range: { start: { line: 10, character: 0 }, end: { line: 10, character: 0 } }, text: 'Egy új sor.\n' }]);
    await client.diagnostics(uri, (_, p) => p.version === v);
    const after = await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: bad + 1, character: 3 } });
    const md2 = (after!.contents as MarkupContent).value;
    assert.ok(md2.includes(`line ${(bad + 2).toLocaleString('en')} of corpus.en`), md2);
    assert.ok(md2.includes(`Sentence ${bad + 1} is here.`), md2);
  });

  it('takes the pairing root of each file from the workspace folder that holds it', async () => {
    const second = join(ws.root, 'second');
    const folders = [join(ws.root, 'first'), second];
    for (const f of folders) {
      mkdirSync(join(f, 'orig'), { recursive: true });
      mkdirSync(join(f, 'trans'), { recursive: true });
    }
    const vi = 'Hội nghị thượng đỉnh diễn ra hôm qua. Hai nhà lãnh đạo đã gặp nhau.\n';
    const en = 'The summit took place yesterday. The two leaders met.\n';
    writeFileSync(join(second, 'orig', 'a.txt'), vi);
    writeFileSync(join(second, 'trans', 'a.txt'), en);
    const c = await LspClient.start(folders[0], { debounceMs: 0, pairs: { 'orig/*.txt': 'trans/$1.txt' } }, folders);
    try {
      const p = join(second, 'orig', 'a.txt');
      await c.open(fileUri(p), vi);
      const def = (await c.conn.sendRequest(DefinitionRequest.type, { textDocument: { uri: fileUri(p) }, position: { line: 0, character: 3 } })) as Location | null;
      assert.ok(def, 'no counterpart: the file was not paired relative to its own folder');
      assert.equal(def.uri, fileUri(join(second, 'trans', 'a.txt')));
    } finally {
      await c.stop();
    }
  });
});
