// The server's answers behind the alignment view, the Outline and "Export TMX" (issue 12, items 3
// and 5), over the protocol on examples/library.{vi,en}.txt with a number changed: rows of sentence
// beads with their shape, confidence and findings; the row under a position; paragraphs with their
// counterpart status; the pair as TMX; the server's log lines.
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentSymbolRequest, type DocumentSymbol } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TmxReader } from '../../server/src/core/corpus/tmx';
import { ALIGNMENT_REQUEST, ALIGNMENT_ROW_REQUEST, EXPORT_TMX, type AlignmentResult, type AlignmentRowResult, type ExportTmxResult } from '../../server/src/lsp/protocol';
import { fileUri, LspClient } from './lsp-client';

const examples = join(__dirname, '..', '..', 'examples');

describe('alignment view, outline and TMX export (protocol)', function () {
  this.timeout(30000);
  let dir: string;
  let client: LspClient;
  let vi: string;
  let en: string;
  let viText: string;
  let enText: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bitext-align-'));
    vi = join(dir, 'library.vi.txt');
    en = join(dir, 'library.en.txt');
    viText = readFileSync(join(examples, 'library.vi.txt'), 'utf8').replace('Hơn 1.200 bạn đọc', 'Hơn 1.300 bạn đọc');
    writeFileSync(vi, viText);
    cpSync(join(examples, 'library.en.txt'), en);
    enText = readFileSync(en, 'utf8');
    writeFileSync(join(dir, 'notes.txt'), 'A note with no counterpart.\n');
    client = await LspClient.start(dir);
    await client.open(fileUri(vi), viText);
    await client.diagnostics(fileUri(vi), (d) => d.length > 0);
  });
  after(async () => {
    await client?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives the pair as rows of sentence beads: both sides, shape, confidence, the findings of each row', async () => {
    const table = await client.conn.sendRequest<AlignmentResult>(ALIGNMENT_REQUEST, { uri: fileUri(vi) });
    assert.equal(table.error, undefined, table.error);
    const rows = table.rows!;
    assert.equal(table.uriA, fileUri(en), 'ids sort: the English file is side A');
    assert.match(table.titleA, /^library\.en\.txt \(en\) — the original \(detected\)$/);
    assert.match(table.titleB, /^library\.vi\.txt \(vi\) — the translation \(detected\)$/);
    // every sentence of each side is in exactly one row, in order
    const sentencesA = rows.reduce((n, r) => n + r.a.sentences, 0);
    const sentencesB = rows.reduce((n, r) => n + r.b.sentences, 0);
    assert.ok(sentencesA >= 12 && sentencesB >= 10, `${sentencesA} / ${sentencesB}`);
    const enDoc = TextDocument.create(fileUri(en), 'bitext', 1, enText);
    const viDoc = TextDocument.create(fileUri(vi), 'bitext', 1, viText);
    for (const row of rows) {
      assert.ok(row.confidence >= 0 && row.confidence <= 1);
      assert.equal(row.shape, !row.a.sentences || !row.b.sentences ? 'unpaired' : row.a.sentences === 1 && row.b.sentences === 1 ? '1-1' : 'n-m');
      if (row.a.range) assert.equal(enDoc.getText(row.a.range).replace(/\s+/g, ' '), row.a.text);
      if (row.b.range) assert.equal(viDoc.getText(row.b.range).replace(/\s+/g, ' '), row.b.text);
    }
    const numbers = rows.find((r) => r.findings.some((f) => f.rule === 'number-mismatch'))!;
    assert.ok(numbers, 'a row holds the number mismatch');
    assert.match(numbers.a.text, /More than 1,200 readers/);
    assert.match(numbers.b.text, /Hơn 1\.300 bạn đọc/);
    const dropped = rows.filter((r) => r.shape === 'unpaired');
    assert.ok(dropped.some((r) => /3\.5 billion dong/.test(r.a.text) && r.b.text === '' && r.findings.some((f) => f.rule === 'missing-translation')));
    assert.ok(dropped.some((r) => /coffee is better/.test(r.a.text)), 'the dropped quoted sentence is its own unpaired row');
  });

  it('says which row holds a position, on either side', async () => {
    const table = await client.conn.sendRequest<AlignmentResult>(ALIGNMENT_REQUEST, { uri: fileUri(en) });
    const viDoc = TextDocument.create(fileUri(vi), 'bitext', 1, viText);
    const enDoc = TextDocument.create(fileUri(en), 'bitext', 1, enText);
    const inVi = await client.conn.sendRequest<AlignmentRowResult>(ALIGNMENT_ROW_REQUEST, { uri: fileUri(vi), position: viDoc.positionAt(viText.indexOf('Phòng đọc mới') + 4) });
    assert.match(table.rows![inVi.row!].b.text, /^Phòng đọc mới có 250 chỗ ngồi\./);
    const inEn = await client.conn.sendRequest<AlignmentRowResult>(ALIGNMENT_ROW_REQUEST, { uri: fileUri(en), position: enDoc.positionAt(enText.indexOf('seats 250') + 1) });
    assert.equal(inEn.row, inVi.row);
  });

  it('a file with no counterpart has no alignment, and says so', async () => {
    const notes = join(dir, 'notes.txt');
    await client.open(fileUri(notes), readFileSync(notes, 'utf8'));
    const table = await client.conn.sendRequest<AlignmentResult>(ALIGNMENT_REQUEST, { uri: fileUri(notes) });
    assert.match(table.error!, /^This file has no counterpart/);
  });

  it('the Outline lists the paragraphs with their counterpart status', async () => {
    const symbols = (await client.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: fileUri(en) } })) as DocumentSymbol[];
    assert.equal(symbols.length, 6);
    assert.equal(symbols[0].name, 'The Old Library Reopens');
    assert.equal(symbols[0].detail, '↔ ¶ 1');
    assert.match(symbols[1].name, /^After three years of repairs, the city library …$/);
    assert.equal(symbols[5].detail, 'not translated');
  });

  it('exports the pair as TMX: one unit per bead with both sides, the original as source language', async () => {
    const answer = await client.conn.sendRequest<ExportTmxResult>(EXPORT_TMX, { uri: fileUri(vi) });
    assert.equal(answer.error, undefined, answer.error);
    assert.equal(answer.suggestedName, 'library.tmx');
    const reader = new TmxReader();
    const units = [...reader.push(answer.tmx!), ...reader.end()];
    assert.equal(units.length, answer.units);
    assert.ok(units.some((u) => u.variants.some((v) => v.text.includes('Hơn 1.300 bạn đọc')) && u.variants.some((v) => v.text.includes('More than 1,200 readers'))));
    assert.ok(answer.unpaired >= 2, 'the dropped sentences are counted, not exported');
    const lone = await client.conn.sendRequest<ExportTmxResult>(EXPORT_TMX, { uri: fileUri(join(dir, 'notes.txt')) });
    assert.match(lone.error!, /no counterpart/);
  });

  it('logs how each opened file paired and what was found', async () => {
    assert.ok(client.logs.some((m) => /^Bitext language server started for /.test(m)), JSON.stringify(client.logs));
    assert.ok(client.logs.some((m) => /^library\.vi\.txt: Paired with its sibling library\.en\.txt\. \d+ findings? here; checked in \d+ ms\.$/.test(m)), JSON.stringify(client.logs));
  });
});
