// Alignment corrections end to end (issue 12, item 4): over the protocol, the sentences offered to
// link with, the links file the server writes for "link", "unlink" and "no counterpart", the pair
// realigned once the file changes, and at once when the editor's text of the file changes (an Undo
// there, saved or not); and the CLI (`bitext align`, `check`, `export --tmx`) honouring the same file.
// Fixture: examples/library.{vi,en}.txt.
import { strict as assert } from 'node:assert';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DidChangeWatchedFilesNotification, DidCloseTextDocumentNotification, FileChangeType } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ALIGNMENT_REQUEST, COUNTERPART_REQUEST, LINK_CANDIDATES_REQUEST, LINK_REQUEST, MERGE_REQUEST, SPLIT_REQUEST, UNPAIRED_REQUEST, type AlignmentResult, type CounterpartResult, type LinkCandidatesResult, type LinkResult } from '../../server/src/lsp/protocol';
import { cli } from '../support/cli';
import { fileUri, LspClient } from './lsp-client';

const examples = join(__dirname, '..', '..', 'examples');
const VI_SENTENCE = 'Trẻ em dưới 12 tuổi được mượn tối đa 5 cuốn sách mỗi lần.';
const WRONG = 'It is open from 7.30 a.m. to 9 p.m., seven days a week.';
const RIGHT = 'Children under 12 can borrow up to 5 books at a time.';

describe('alignment corrections: link and unlink (protocol and CLI)', function () {
  this.timeout(30000);
  let dir: string;
  let client: LspClient;
  let vi: string;
  let viText: string;
  let enText: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bitext-links-'));
    vi = join(dir, 'library.vi.txt');
    cpSync(join(examples, 'library.vi.txt'), vi);
    cpSync(join(examples, 'library.en.txt'), join(dir, 'library.en.txt'));
    viText = readFileSync(vi, 'utf8');
    enText = readFileSync(join(dir, 'library.en.txt'), 'utf8');
    client = await LspClient.start(dir);
    await client.open(fileUri(vi), viText);
    // (the findings of this pair are all on the English side)
    await client.diagnostics(fileUri(join(dir, 'library.en.txt')), (d) => d.length > 0);
  });
  after(async () => {
    await client?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const position = () => TextDocument.create(fileUri(vi), 'bitext', 1, viText).positionAt(viText.indexOf(VI_SENTENCE) + 3);
  const counterpartText = async () => {
    const target = await client.conn.sendRequest<CounterpartResult>(COUNTERPART_REQUEST, { uri: fileUri(vi), position: position() });
    return TextDocument.create(fileUri(join(dir, 'library.en.txt')), 'bitext', 1, enText).getText(target!.range);
  };
  /** Writes what the server answered, as the client does, and tells the server the file changed. */
  const apply = async (result: LinkResult) => {
    assert.equal(result.error, undefined, result.error);
    const path = fileURLToPath(result.fileUri!);
    mkdirSync(join(dir, '.bitext'), { recursive: true });
    writeFileSync(path, result.text!);
    await client.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: result.fileUri!, type: FileChangeType.Changed }] });
    return path;
  };
  const until = async (want: string) => {
    for (let i = 0; i < 100 && (await counterpartText()) !== want; i++) await new Promise((r) => setTimeout(r, 50)); // the server re-reads the file on the notification
    assert.equal(await counterpartText(), want);
  };

  it('offers the sentences around the counterpart, links one, and the pair follows the file', async () => {
    assert.equal(await counterpartText(), RIGHT);
    const offer = await client.conn.sendRequest<LinkCandidatesResult>(LINK_CANDIDATES_REQUEST, { uri: fileUri(vi), position: position() });
    assert.equal(offer.error, undefined, offer.error);
    assert.equal(offer.sentence, VI_SENTENCE);
    assert.equal(offer.linked, false);
    assert.deepEqual(offer.candidates!.filter((c) => c.current).map((c) => c.text), [RIGHT]);
    assert.ok(offer.candidates!.some((c) => c.text === WRONG));
    const path = await apply(await client.conn.sendRequest<LinkResult>(LINK_REQUEST, { uri: fileUri(vi), position: position(), other: WRONG }));
    assert.deepEqual(JSON.parse(readFileSync(path, 'utf8')), { links: [{ a: VI_SENTENCE, b: WRONG }] });
    await until(WRONG);
    const again = await client.conn.sendRequest<LinkCandidatesResult>(LINK_CANDIDATES_REQUEST, { uri: fileUri(vi), position: position() });
    assert.equal(again.error === undefined && again.linked, true);

    // the CLI reads the same file
    const aligned = JSON.parse((await cli(dir, 'align', '--format', 'json', 'library.vi.txt')).out) as { beads: { aText: string; bText: string }[] };
    assert.ok(aligned.beads.some((b) => b.aText === VI_SENTENCE && b.bText === WRONG), 'bitext align honours the link');
    const check = await cli(dir, 'check', 'library.vi.txt');
    assert.match(check.err, /1 alignment correction applied \(\.bitext\/links\.json\)/);

    // unlink: the file loses the link, the aligner's pairing is back
    await apply(await client.conn.sendRequest<LinkResult>(LINK_REQUEST, { uri: fileUri(vi), position: position(), other: null }));
    assert.deepEqual(JSON.parse(readFileSync(path, 'utf8')), { links: [] });
    await until(RIGHT);
  });

  it('merges a bead with the next one (two sentences a side in one bead), splits it again, and unlinks', async () => {
    const ready = 'Thư viện đã sẵn sàng cho mùa thi chưa?';
    const at = TextDocument.create(fileUri(vi), 'bitext', 1, viText).positionAt(viText.indexOf(ready) + 3);
    const enDoc = TextDocument.create(fileUri(join(dir, 'library.en.txt')), 'bitext', 1, enText);
    const counterpart = async () => enDoc.getText((await client.conn.sendRequest<CounterpartResult>(COUNTERPART_REQUEST, { uri: fileUri(vi), position: at }))!.range);
    assert.equal(await counterpart(), 'Is the library ready for the exam season?');
    const path = await apply(await client.conn.sendRequest<LinkResult>(MERGE_REQUEST, { uri: fileUri(vi), position: at }));
    assert.deepEqual(JSON.parse(readFileSync(path, 'utf8')).links, [{ a: ['Is the library ready for the exam season?', 'The director thinks so.'], b: [ready, 'Bà giám đốc cho rằng đã sẵn sàng.'] }]);
    for (let i = 0; i < 100 && (await counterpart()) !== 'Is the library ready for the exam season? The director thinks so.'; i++) await new Promise((r) => setTimeout(r, 50)); // the server re-reads the file
    assert.equal(await counterpart(), 'Is the library ready for the exam season? The director thinks so.');
    // split it again before the second Vietnamese sentence: two 1-1 beads, kept as two links
    const director = TextDocument.create(fileUri(vi), 'bitext', 1, viText).positionAt(viText.indexOf('Bà giám đốc cho rằng') + 3);
    const refused = await client.conn.sendRequest<LinkResult>(SPLIT_REQUEST, { uri: fileUri(vi), position: at });
    assert.match(refused.error!, /later sentence/);
    await apply(await client.conn.sendRequest<LinkResult>(SPLIT_REQUEST, { uri: fileUri(vi), position: director }));
    assert.deepEqual(JSON.parse(readFileSync(path, 'utf8')).links, [
      { a: [ready], b: ['Is the library ready for the exam season?'] },
      { a: ['Bà giám đốc cho rằng đã sẵn sàng.'], b: ['The director thinks so.'] },
    ]);
    for (let i = 0; i < 100 && (await counterpart()) !== 'Is the library ready for the exam season?'; i++) await new Promise((r) => setTimeout(r, 50));
    assert.equal(await counterpart(), 'Is the library ready for the exam season?');
    await apply(await client.conn.sendRequest<LinkResult>(LINK_REQUEST, { uri: fileUri(vi), position: at, other: null }));
    for (let i = 0; i < 100 && (await counterpart()) !== 'Is the library ready for the exam season?'; i++) await new Promise((r) => setTimeout(r, 50));
    assert.equal(await counterpart(), 'Is the library ready for the exam season?');
  });

  it('refuses a sentence that is not among those offered', async () => {
    const answer = await client.conn.sendRequest<LinkResult>(LINK_REQUEST, { uri: fileUri(vi), position: position(), other: 'A sentence from nowhere.' });
    assert.match(answer.error!, /not near the counterpart/);
  });

  it('takes the links file as the editor holds it: an Undo there (unsaved) realigns at once; closed, the disk holds again', async () => {
    const linksPath = join(dir, '.bitext', 'links.json');
    const linksUri = fileUri(linksPath);
    mkdirSync(join(dir, '.bitext'), { recursive: true });
    writeFileSync(linksPath, JSON.stringify({ links: [] }));
    await client.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: linksUri, type: FileChangeType.Changed }] });
    await until(RIGHT);
    // the correction applied in the editor (a workspace edit of the open file), not saved yet
    const linked = JSON.stringify({ links: [{ a: VI_SENTENCE, b: WRONG }] }, null, 2);
    await client.open(linksUri, linked, 'json');
    await until(WRONG);
    // Ctrl+Z in the links file: its text is back to what it was, still unsaved
    const undone = JSON.stringify({ links: [] });
    client.change(linksUri, [{ range: { start: { line: 0, character: 0 }, end: TextDocument.create(linksUri, 'json', 1, linked).positionAt(linked.length) }, text: undone }]);
    await until(RIGHT);
    // half-written JSON while the user types in it: the corrections stay as they were
    client.change(linksUri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: undone.length } }, text: linked }]);
    await until(WRONG);
    client.change(linksUri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, text: '' }]);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(await counterpartText(), WRONG);
    client.change(linksUri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '{' }]);
    client.change(linksUri, [{ range: { start: { line: 0, character: 0 }, end: TextDocument.create(linksUri, 'json', 1, linked).positionAt(linked.length) }, text: undone }]);
    await until(RIGHT);
    // redo, then close without saving: the disk's (no links) holds
    client.change(linksUri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: undone.length } }, text: linked }]);
    await until(WRONG);
    await client.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: linksUri } });
    await until(RIGHT);
    // the links file itself gets no diagnostics and no hover
    assert.equal((await client.diagnostics(linksUri, () => true, false, 1000).catch(() => [])).length, 0);
  });

  it('links a sentence to no counterpart: it is a bead of its own, its missing-translation goes, and the CLI honours it', async () => {
    const enPath = join(dir, 'library.en.txt');
    const coffee = '"And the coffee is better than before."';
    const missing = async () => (await client.diagnostics(fileUri(enPath))).filter((d) => d.code === 'missing-translation').map((d) => TextDocument.create(fileUri(enPath), 'bitext', 1, enText).getText(d.range));
    await client.open(fileUri(enPath), enText);
    assert.ok((await missing()).includes(coffee), JSON.stringify(await missing()));
    const at = TextDocument.create(fileUri(enPath), 'bitext', 1, enText).positionAt(enText.indexOf(coffee) + 5);
    const path = await apply(await client.conn.sendRequest<LinkResult>(UNPAIRED_REQUEST, { uri: fileUri(enPath), position: at }));
    assert.deepEqual(JSON.parse(readFileSync(path, 'utf8')), { links: [{ a: coffee, b: [] }] });
    for (let i = 0; i < 100 && (await missing()).includes(coffee); i++) await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual(await missing(), ['The repairs cost 3.5 billion dong, paid by the city and by donations from former readers.']);
    // the alignment view's row: unpaired, made by hand, no findings
    const table = await client.conn.sendRequest<AlignmentResult>(ALIGNMENT_REQUEST, { uri: fileUri(enPath) });
    const coffeeRow = table.rows!.find((row) => row.a.text === coffee || row.b.text === coffee)!;
    assert.deepEqual([coffeeRow.shape, coffeeRow.byHand, coffeeRow.findings], ['unpaired', true, []]);
    assert.ok(table.rows!.filter((row) => row.byHand).length === 1, 'only the corrected bead is made by hand');
    // a sentence that has a counterpart, marked as having none, loses it
    await apply(await client.conn.sendRequest<LinkResult>(UNPAIRED_REQUEST, { uri: fileUri(vi), position: position() }));
    assert.deepEqual(JSON.parse(readFileSync(path, 'utf8')).links, [{ a: coffee, b: [] }, { a: VI_SENTENCE, b: [] }]);
    // (F12 then goes to the counterpart paragraph, not to a sentence)
    for (let i = 0; i < 100 && (await counterpartText()) === RIGHT; i++) await new Promise((r) => setTimeout(r, 50));
    assert.ok((await counterpartText()).startsWith('The new reading room seats 250 people.'), await counterpartText());

    // the CLI: align shows both as unpaired, check no longer reports the coffee, the TMX does not pair the sentence
    const aligned = JSON.parse((await cli(dir, 'align', '--format', 'json', 'library.vi.txt')).out) as { beads: { aText: string; bText: string }[] };
    assert.ok(aligned.beads.some((b) => b.aText === '' && b.bText === coffee), JSON.stringify(aligned.beads));
    assert.ok(aligned.beads.some((b) => b.aText === VI_SENTENCE && b.bText === ''), JSON.stringify(aligned.beads));
    const check = await cli(dir, 'check', 'library.vi.txt');
    assert.ok(!check.out.includes('paragraph 5 has no counterpart'), check.out);
    assert.match(check.out, /missing-translation/);
    const tmxPath = join(dir, 'pair.tmx');
    await cli(dir, 'export', '--tmx', tmxPath, 'library.vi.txt');
    const tmx = readFileSync(tmxPath, 'utf8');
    assert.ok(tmx.includes('Children under 12 can borrow'), 'the English sentence is still exported');
    const units = tmx.split('<tu>').slice(1);
    assert.ok(units.some((unit) => unit.includes('Phòng đọc mới có 250 chỗ ngồi.')), 'TMX units as expected');
    assert.ok(!units.some((unit) => unit.includes('Trẻ em dưới 12') && unit.includes('Children under 12')), 'the marked sentence is not paired with it');
    await apply(await client.conn.sendRequest<LinkResult>(LINK_REQUEST, { uri: fileUri(vi), position: position(), other: null }));
  });
});
