// A pair finding shows in both files of a sibling pair: each diagnostic points at the other file
// (related information) and is worded from its own file's side; the status bar and the hover say
// which file is the original and which the translation, and bitext.originalLanguage overrides the guess.
// Fixture: examples/library.{vi,en}.txt with a number changed and a sentence left in English.
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HoverRequest, type Diagnostic, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileUri, LspClient } from './lsp-client';

const examples = join(__dirname, '..', '..', 'examples');

/** A temp folder with the library pair, the Vietnamese side edited as a translator might slip. */
function libraryPair(): { dir: string; vi: string; en: string; viText: string; enText: string } {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-both-'));
  cpSync(join(examples, 'library.en.txt'), join(dir, 'library.en.txt'));
  const viText = readFileSync(join(examples, 'library.vi.txt'), 'utf8')
    .replace('Hơn 1.200 bạn đọc', 'Hơn 1.300 bạn đọc')
    .replace('Tòa nhà, hoàn thành năm 1928, bị dột mái và nứt tường.', 'The building, finished in 1928, had a leaking roof and cracked walls.');
  writeFileSync(join(dir, 'library.vi.txt'), viText);
  return { dir, vi: join(dir, 'library.vi.txt'), en: join(dir, 'library.en.txt'), viText, enText: readFileSync(join(dir, 'library.en.txt'), 'utf8') };
}

const byRule = (ds: Diagnostic[], rule: string) => ds.filter((d) => d.code === rule);

describe('pair findings in both files of a sibling pair', function () {
  this.timeout(30000);
  let pair: ReturnType<typeof libraryPair>;
  let client: LspClient | undefined;
  beforeEach(() => {
    pair = libraryPair();
  });
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    rmSync(pair.dir, { recursive: true, force: true });
  });

  for (const first of ['en', 'vi'] as const) {
    it(`number-mismatch and untranslated show in both files, each pointing at the other (${first} opened first)`, async () => {
      client = await LspClient.start(pair.dir);
      const order = first === 'en' ? [pair.en, pair.vi] : [pair.vi, pair.en];
      for (const path of order) await client.open(fileUri(path), readFileSync(path, 'utf8'));
      const has = (d: Diagnostic[]) => byRule(d, 'number-mismatch').length > 0 && byRule(d, 'untranslated').length > 0;
      const vi = await client.diagnostics(fileUri(pair.vi), has);
      const en = await client.diagnostics(fileUri(pair.en), has);
      const viDoc = TextDocument.create(fileUri(pair.vi), 'bitext', 1, pair.viText);
      const enDoc = TextDocument.create(fileUri(pair.en), 'bitext', 1, pair.enText);
      for (const rule of ['number-mismatch', 'untranslated']) {
        const here = byRule(vi, rule)[0];
        const there = byRule(en, rule)[0];
        // each points at the other file, at the other's diagnostic range
        assert.equal(here.relatedInformation?.[0].location.uri, fileUri(pair.en), `${rule} in vi points at en`);
        assert.equal(there.relatedInformation?.[0].location.uri, fileUri(pair.vi), `${rule} in en points at vi`);
        assert.deepEqual(here.relatedInformation![0].location.range, there.range);
        assert.deepEqual(there.relatedInformation![0].location.range, here.range);
        // worded from its own side: not the same message twice
        assert.notEqual(here.message, there.message, rule);
      }
      // Each file's message starts from its own number.
      const numberVi = byRule(vi, 'number-mismatch')[0];
      const numberEn = byRule(en, 'number-mismatch')[0];
      assert.match(viDoc.getText(numberVi.range), /1\.300/);
      assert.match(enDoc.getText(numberEn.range), /1,200/);
      assert.match(numberVi.message, /^1\.300 (here|in the vi side) has no match in the en side, which has 1,200$/);
      assert.match(numberEn.message, /^1,200 (here|in the en side) has no match in the vi side, which has 1\.300$/);
      const identical = [byRule(vi, 'untranslated')[0].message, byRule(en, 'untranslated')[0].message].sort();
      assert.deepEqual(identical, ['identical to its counterpart: not translated?', 'its counterpart in the en side is identical to this sentence: not translated?'].sort());
      assert.equal(viDoc.getText(byRule(vi, 'untranslated')[0].range), 'The building, finished in 1928, had a leaking roof and cracked walls.');
    });
  }

  it('the status bar and the hover say which file is the original (detected), and bitext.originalLanguage overrides it', async () => {
    client = await LspClient.start(pair.dir);
    await client.open(fileUri(pair.vi), pair.viText);
    await client.open(fileUri(pair.en), pair.enText);
    await client.diagnostics(fileUri(pair.en), (d) => d.length > 0);
    await client.diagnostics(fileUri(pair.vi), (d) => d.length > 0);
    const viStatus = await client.status(fileUri(pair.vi), (s) => !!s.text);
    const enStatus = await client.status(fileUri(pair.en), (s) => !!s.text);
    // The English side has a paragraph the Vietnamese lacks: it is taken for the original.
    assert.match(viStatus.text!, /^\$\(link\) translation · /);
    assert.match(enStatus.text!, /^\$\(link\) original · /);
    assert.match(viStatus.tooltip, /Original: library\.en\.txt · translation: library\.vi\.txt \(detected/);
    const viDoc = TextDocument.create(fileUri(pair.vi), 'bitext', 1, pair.viText);
    const hover = await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: fileUri(pair.vi) }, position: viDoc.positionAt(pair.viText.indexOf('Phòng đọc mới') + 3) });
    assert.match((hover!.contents as MarkupContent).value, /counterpart in library\.en\.txt, the original \(detected\)/);
    await client.stop();

    // Said the other way round in bitext.config.json: the setting wins, and the messages use the roles.
    writeFileSync(join(pair.dir, 'bitext.config.json'), JSON.stringify({ originalLanguage: { '*.txt': 'vi' } }));
    client = await LspClient.start(pair.dir);
    await client.open(fileUri(pair.vi), pair.viText);
    const ds = await client.diagnostics(fileUri(pair.vi), (d) => byRule(d, 'number-mismatch').length > 0);
    const status = await client.status(fileUri(pair.vi), (s) => !!s.text);
    assert.match(status.text!, /^\$\(link\) original · /);
    assert.match(status.tooltip, /Original: library\.vi\.txt · translation: library\.en\.txt \(from bitext\.originalLanguage\)/);
    assert.match(byRule(ds, 'number-mismatch')[0].message, /the original|the translation/);
  });
});
