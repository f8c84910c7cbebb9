// Messages and fixes that must not mislead (issue 12, item 6), over the protocol on small texts
// written here: the status counts what the finding counts, the source line's hover keeps its URL,
// "no counterpart" says why, text-dropping fixes are one finding at a time, the word-segmentation
// fix is offered anywhere in a segmented file, and an untranslated tail is not a wall of squiggles.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CodeActionRequest, DefinitionRequest, HoverRequest, type CodeAction, type Diagnostic, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { COUNTERPART_REQUEST, type CounterpartResult } from '../../server/src/lsp/protocol';
import { fileUri, LspClient } from './lsp-client';

const examples = join(__dirname, '..', '..', 'examples');

const VI_PARAS = [
  'Sau ba năm sửa chữa, thư viện thành phố đã mở cửa trở lại vào thứ Hai tuần trước.',
  'Tòa nhà được hoàn thành năm 1928 và đã bị dột mái trong nhiều năm liền.',
  'Các kỹ sư đã thay 40 thanh dầm gỗ và xây lại toàn bộ phòng đọc lớn.',
];
const EN_PARAS = [
  'After three years of repairs, the city library opened its doors again last Monday.',
  'The building was finished in 1928 and its roof had leaked for many years.',
  'Engineers replaced 40 wooden beams and rebuilt the whole large reading room.',
  'The new reading room seats 250 people and is open seven days a week.',
  'Children under 12 can borrow up to 5 books at a time from the new room.',
  'The repairs cost 3.5 billion dong, paid by the city and by former readers.',
];

/** One file: a Vietnamese translation (title, hashtag line, three paragraphs), the source line, the English original (six paragraphs, then a byline). */
const ONE_FILE = [
  'Thư viện cũ mở cửa trở lại',
  '#thuvien #hanoi',
  ...VI_PARAS,
  'Nguồn: https://example.com/news/old_library-reopens.html',
  ...EN_PARAS,
  'By Nguyen Van An',
].join('\n\n') + '\n';

describe('messages and fixes that do not mislead (protocol)', function () {
  this.timeout(30000);
  let dir: string;
  let client: LspClient;
  const path = () => join(dir, 'article.txt');
  const doc = () => TextDocument.create(fileUri(path()), 'plaintext', 1, ONE_FILE);
  const at = (needle: string, plus = 2) => doc().positionAt(ONE_FILE.indexOf(needle) + plus);

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bitext-msg-'));
    writeFileSync(path(), ONE_FILE);
    writeFileSync(join(dir, 'notes.txt'), 'A lone note with no counterpart at all.\n\nIt has two paragraphs, and nothing to fix.\n');
    writeFileSync(join(dir, 'segmented.vi.txt'), readFileSync(join(examples, 'segmented.vi.txt'), 'utf8'));
    client = await LspClient.start(dir);
    await client.open(fileUri(path()), ONE_FILE);
  });
  after(async () => {
    await client?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the status bar counts the untranslated paragraphs the finding counts (not the byline)', async () => {
    const ds = await client.diagnostics(fileUri(path()), (d) => d.some((x) => x.code === 'missing-translation'));
    const missing = ds.filter((d) => d.code === 'missing-translation');
    assert.equal(missing.length, 1, JSON.stringify(missing.map((d) => d.message)));
    assert.match(missing[0].message, /^3 paragraphs at the end are not translated$/);
    assert.ok(ds.some((d) => d.code === 'extra-text' && /byline/.test(d.message)), 'the byline is extra text');
    const status = await client.status(fileUri(path()), (s) => !!s.text);
    assert.match(status.text!, / · 3 untranslated$/);
  });

  it('an untranslated run of paragraphs is squiggled on its first paragraph, pointing at its last', async () => {
    const ds = await client.diagnostics(fileUri(path()), (d) => d.some((x) => x.code === 'missing-translation'));
    const tail = ds.find((d) => d.code === 'missing-translation')!;
    assert.equal(doc().getText(tail.range), EN_PARAS[3]);
    const last = tail.relatedInformation?.find((r) => /the last of these 3 paragraphs/.test(r.message));
    assert.ok(last, JSON.stringify(tail.relatedInformation));
    assert.equal(doc().getText(last!.location.range), EN_PARAS[5]);
  });

  it('the hover on the source line keeps its URL', async () => {
    const hover = await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: fileUri(path()) }, position: at('Nguồn:') });
    const text = (hover?.contents as MarkupContent | undefined)?.value ?? '';
    assert.ok(text.includes('https://example.com/news/old_library-reopens.html'), text);
    assert.match(text, /source line/);
  });

  it('"no counterpart" says why: the title, the source line, a lone file; F12 there finds nothing', async () => {
    const ask = (uri: string, position: { line: number; character: number }) => client.conn.sendRequest<CounterpartResult>(COUNTERPART_REQUEST, { uri, position });
    const title = await ask(fileUri(path()), at('Thư viện cũ'));
    assert.equal(title?.uri, undefined);
    assert.match(title!.reason!, /^This line has no counterpart in the original below the source line\. Why: title only in the translation/);
    assert.equal(await client.conn.sendRequest(DefinitionRequest.type, { textDocument: { uri: fileUri(path()) }, position: at('Thư viện cũ') }), null);
    const source = await ask(fileUri(path()), at('Nguồn:'));
    assert.match(source!.reason!, /source line/);
    const aligned = await ask(fileUri(path()), at('Các kỹ sư'));
    assert.ok(aligned?.uri, 'an aligned sentence has its counterpart');
    const notes = join(dir, 'notes.txt');
    await client.open(fileUri(notes), readFileSync(notes, 'utf8'));
    const lone = await ask(fileUri(notes), { line: 0, character: 3 });
    assert.match(lone!.reason!, /^This file has no counterpart\. /);
    assert.doesNotMatch(lone!.reason!, /sentence/);
  });

  it('"Fix all extra-text" is not offered (dropping text is one finding at a time); dropping one is', async () => {
    await client.diagnostics(fileUri(path()), (d) => d.filter((x) => x.code === 'extra-text').length >= 2);
    for (const needle of ['Thư viện cũ', '#thuvien']) {
      const actions = (await client.conn.sendRequest(CodeActionRequest.type, {
        textDocument: { uri: fileUri(path()) },
        range: { start: at(needle), end: at(needle) },
        context: { diagnostics: [] },
      })) as CodeAction[];
      const titles = actions.map((a) => a.title);
      assert.ok(titles.some((t) => /^Drop this /.test(t)), JSON.stringify(titles));
      assert.ok(!titles.some((t) => /Fix all extra-text/.test(t)), JSON.stringify(titles));
    }
  });

  it('"Remove word segmentation" is offered anywhere in a segmented file, not only at its first word', async () => {
    const seg = join(dir, 'segmented.vi.txt');
    const text = readFileSync(seg, 'utf8');
    await client.open(fileUri(seg), text);
    const ds: Diagnostic[] = await client.diagnostics(fileUri(seg), (d) => d.some((x) => x.code === 'segmentation-underscore'));
    const segDoc = TextDocument.create(fileUri(seg), 'plaintext', 1, text);
    const far = segDoc.positionAt(text.indexOf('cửa_sổ') + 2);
    const underscore = ds.find((d) => d.code === 'segmentation-underscore')!;
    assert.ok(segDoc.offsetAt(underscore.range.end) < text.indexOf('cửa_sổ'), 'the probe is away from the finding');
    const actions = (await client.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri: fileUri(seg) }, range: { start: far, end: far }, context: { diagnostics: [] } })) as CodeAction[];
    assert.ok(actions.some((a) => /^Remove word segmentation/.test(a.title)), JSON.stringify(actions.map((a) => a.title)));
  });
});
