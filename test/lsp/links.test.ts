// Alignment corrections end to end (issue 12, item 4, first part): over the protocol, the sentences
// offered to link with, the links file the server writes for "link" and "unlink", the pair realigned
// once the file changes; and the CLI (`bitext align`, `bitext check`) honouring the same file.
// Fixture: examples/library.{vi,en}.txt.
import { strict as assert } from 'node:assert';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { COUNTERPART_REQUEST, LINK_CANDIDATES_REQUEST, LINK_REQUEST, MERGE_REQUEST, SPLIT_REQUEST, type CounterpartResult, type LinkCandidatesResult, type LinkResult } from '../../server/src/lsp/protocol';
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
});
