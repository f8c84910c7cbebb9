// Real-editor scenarios of issue 12 (the translator's editor): a pair finding in both files, the
// original and the translation in the status bar, follow scrolls the other editor both ways, the
// bitext language's editor defaults, the Outline, the "Bitext" log, Export TMX, F12 where there is
// no counterpart, and the alignment view (table, cursor, click, filter, keyboard, live update).
// One code-server for the file. Texts written here: numbered notes, then examples/library.{vi,en}.txt
// with a number changed, so the library sentences sit far down. Screenshots: test-artifacts/e2e/2*.png.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator, Locator } from 'playwright-core';
import { repoRoot } from '../support/shared';
import { editorOf, renderedLines, waitForHighlight } from './editor-groups';
import { endSessionHooks, startSession, type Session, waitForFile } from './session';
import { plain, type Workbench } from './workbench';

const DIAGNOSTICS_TIMEOUT = 45_000;
const VI = 'x.vi.txt';
const EN = 'x.en.txt';
const ARTICLE = 'article.txt';

/** 30 numbered notes, a long one-line paragraph with typographic quotes and dashes, then the library article (1.200 changed to 1.300). */
function pairTexts(): { vi: string; en: string } {
  let vi = '';
  let en = '';
  for (let i = 1; i <= 30; i++) {
    vi += `Ghi chép số ${i}: kho sách có ${i * 7} cuốn mới trong tháng này.\n\n`;
    en += `Note number ${i}: the stock has ${i * 7} new books this month.\n\n`;
  }
  const long = (n: number, make: (k: number) => string) => Array.from({ length: n }, (_, k) => make(k + 1)).join(' ');
  vi += long(14, (k) => `Câu ${k} – “sách’s” của thư viện có ${k * 11} trang.`) + ' HẾT\n\n';
  en += long(14, (k) => `Sentence ${k} – the library’s “book” has ${k * 11} pages.`) + ' END\n\n';
  const ex = (f: string) => readFileSync(join(repoRoot, 'examples', f), 'utf8');
  return { vi: vi + ex('library.vi.txt').replace('Hơn 1.200 bạn đọc', 'Hơn 1.300 bạn đọc'), en: en + ex('library.en.txt') };
}

/** One file: a translation with a title and hashtags of its own, the source line, the original. */
const ARTICLE_TEXT =
  [
    'Thư viện cũ mở cửa trở lại',
    '#thuvien #hanoi',
    'Sau ba năm sửa chữa, thư viện thành phố đã mở cửa trở lại vào thứ Hai tuần trước.',
    'Tòa nhà được hoàn thành năm 1928 và đã bị dột mái trong nhiều năm liền.',
    'Các kỹ sư đã thay 40 thanh dầm gỗ và xây lại toàn bộ phòng đọc lớn.',
    'Nguồn: https://example.com/news/old-library.html',
    'After three years of repairs, the city library opened its doors again last Monday.',
    'The building was finished in 1928 and its roof had leaked for many years.',
    'Engineers replaced 40 wooden beams and rebuilt the whole large reading room.',
  ].join('\n\n') + '\n';

/** 1-based line and column of the first occurrence of `needle`. */
function where(text: string, needle: string): { line: number; col: number } {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `text has no ${JSON.stringify(needle)}`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, col: before[before.length - 1].length + 1 };
}

async function closeAll(wb: Workbench): Promise<void> {
  await wb.command('View: Close All Editor Groups');
  await wb.page.locator('.tab').first().waitFor({ state: 'detached', timeout: 10_000 });
}

/** Hovers the mouse over the rendered token `token` (a number, say) of the active editor; returns the hover holding `expect`. */
async function hoverToken(wb: Workbench, token: string, expect: string): Promise<Locator> {
  const span = wb.page.locator('.editor-group-container.active .editor-instance .monaco-editor .view-line span').filter({ hasText: new RegExp(`^${token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).first();
  await span.waitFor();
  const box = await span.boundingBox();
  if (!box) throw new Error(`${token} is not rendered`);
  await wb.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const hover = wb.page.locator('.monaco-hover').filter({ hasText: expect }).first();
  await hover.waitFor({ state: 'visible', timeout: 20_000 });
  return hover;
}

/** Runs a palette command that opens a picker or dialog of its own (so the palette does not just close). */
async function paletteToPicker(wb: Workbench, title: string): Promise<void> {
  await wb.page.keyboard.press('F1');
  const input = wb.page.locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  await wb.page.locator('.quick-input-list .monaco-list-row.focused').filter({ hasText: title.split(': ')[1] }).first().waitFor();
  await wb.page.keyboard.press('Enter');
}

function statusItem(wb: Workbench) {
  return wb.page.locator('.statusbar-item').filter({ hasText: '¶' }).first();
}

/** The alignment view's page (a webview: an iframe in an iframe). */
function alignmentFrame(wb: Workbench): FrameLocator {
  return wb.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
}

/** Polls `probe` until `ok` holds (a value another process or the page produces); bounded. */
async function until<T>(probe: () => Promise<T>, ok: (v: T) => boolean, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await probe();
  while (!ok(value)) {
    if (Date.now() > deadline) throw new Error(`${what} within ${timeoutMs} ms; last: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100)); // poll the page
    value = await probe();
  }
  return value;
}

describe('real editor: the translator’s editor (issue 12)', function () {
  this.timeout(150_000);
  let s: Session;
  let wb: Workbench;
  const texts = pairTexts();

  before(async function () {
    this.timeout(180_000);
    s = await startSession({ [VI]: texts.vi, [EN]: texts.en, [ARTICLE]: ARTICLE_TEXT }, { 'workbench.editor.enablePreview': false });
    wb = s.wb;
  });

  endSessionHooks(() => s);

  it('a changed number shows in both files, each from its own side; the status bar says which is the translation', async function () {
    await wb.openFile(VI);
    const at = where(texts.vi, 'Hơn 1.300 bạn đọc');
    await wb.goTo(at.line, at.col);
    await wb.waitForSquiggles(DIAGNOSTICS_TIMEOUT);
    const hoverVi = await hoverToken(wb, '1.300', '1,200');
    assert.match(plain(await hoverVi.innerText()), /1\.300 (here|in the vi side) has no match in the en side, which has 1,200/);
    await wb.screenshot('20-number-in-vi');
    const item = statusItem(wb);
    await item.filter({ hasText: 'translation' }).waitFor({ timeout: 15_000 });
    assert.match(plain(await item.innerText()), /translation · \d+\/\d+ ¶ · 1 untranslated/);

    await wb.openFile(EN);
    const enAt = where(texts.en, 'More than 1,200 readers');
    await wb.goTo(enAt.line, enAt.col);
    const hoverEn = await hoverToken(wb, '1,200', '1.300');
    assert.match(plain(await hoverEn.innerText()), /1,200 (here|in the en side) has no match in the vi side, which has 1\.300/);
    await item.filter({ hasText: 'original' }).waitFor({ timeout: 15_000 });
    await wb.screenshot('21-number-in-en');
  });

  it('follow scrolls the other editor to the aligned sentence, both ways, and keeps the focus', async function () {
    await closeAll(wb);
    await wb.openFile(VI);
    await wb.goTo(1, 3);
    await wb.command('Bitext: Open Counterpart Beside');
    const en = editorOf(wb.page, EN);
    await en.locator('.view-line').filter({ hasText: 'Note number 1:' }).waitFor({ timeout: 15_000 });
    // far down on the Vietnamese side: the English editor scrolls there
    const far = where(texts.vi, 'Thư viện đã sẵn sàng cho mùa thi chưa?');
    await wb.goTo(far.line, far.col + 2);
    await en.locator('.view-line').filter({ hasText: 'Is the library ready for the exam season?' }).waitFor({ timeout: 15_000 });
    assert.ok(!(await renderedLines(en)).some((l) => l.startsWith('Note number 1:')), 'the English editor did not scroll');
    await wb.page.locator('.editor-group-container.active .tab.active[aria-label*="x.vi.txt"]').waitFor();
    await wb.screenshot('22-follow-scrolls-en');
    // the other way: in the English editor, back to the top; the Vietnamese editor follows
    await wb.page.locator('.tab[aria-label*="x.en.txt"]').click();
    await wb.page.locator('.editor-group-container.active .tab.active[aria-label*="x.en.txt"]').waitFor();
    await wb.goTo(3, 3);
    const vi = editorOf(wb.page, VI);
    await vi.locator('.view-line').filter({ hasText: 'Ghi chép số 2:' }).waitFor({ timeout: 15_000 });
    await wb.page.locator('.editor-group-container.active .tab.active[aria-label*="x.en.txt"]').waitFor();
    await wb.screenshot('23-follow-scrolls-vi');
  });

  it('the bitext language wraps long paragraphs and boxes no typographic quote or dash; the Outline lists paragraphs with their status', async function () {
    await closeAll(wb);
    await wb.openFile(EN);
    const at = where(texts.en, 'Sentence 1 –');
    await wb.goTo(at.line, 1);
    const editor = editorOf(wb.page, EN);
    // wrapped: the paragraph's end is rendered inside the editor's width
    const end = editor.locator('.view-line').filter({ hasText: /pages\.\sEND$/ }).first();
    await end.waitFor();
    const [lineBox, editorBox] = [await end.boundingBox(), await editor.boundingBox()];
    assert.ok(lineBox && editorBox && lineBox.x + lineBox.width <= editorBox.x + editorBox.width + 1, `not wrapped: ${JSON.stringify({ lineBox, editorBox })}`);
    assert.ok((await editor.locator('.view-line').filter({ hasText: /Sentence\s\d+\s–/ }).count()) > 1, 'the long paragraph takes several rendered lines');
    assert.equal(await editor.locator('.unicode-highlight').count(), 0, 'typographic quotes or dashes are boxed');
    await wb.screenshot('24-wrap-no-boxes');

    await wb.command('Explorer: Focus on Outline View');
    const outlineRows = wb.page.locator('.pane-body .monaco-list-row');
    const paired = outlineRows.filter({ hasText: 'Note number 1:' }).first();
    await paired.waitFor({ timeout: 15_000 });
    assert.match(plain(await paired.innerText()), /↔ ¶ 1\b/);
    // the last paragraph (End in the focused Outline) has no translation, and its row says so
    await wb.page.keyboard.press('End');
    const dropped = outlineRows.filter({ hasText: 'The repairs cost 3.5 billion' }).first();
    await dropped.waitFor({ timeout: 15_000 });
    assert.match(plain(await dropped.innerText()), /not translated/);
    await wb.screenshot('25-outline');
    // the breadcrumbs name the paragraph under the cursor
    await wb.focusEditor();
    await wb.goTo(where(texts.en, 'The repairs cost').line, 3);
    await wb.page.locator('.breadcrumbs-control .monaco-breadcrumb-item').filter({ hasText: 'The repairs cost 3.5 billion' }).waitFor({ timeout: 15_000 });
  });

  it('the "Bitext" output channel holds the server log; Export TMX writes the pair where the user says', async function () {
    // the palette command opens a second picker: the channels
    const input = wb.page.locator('.quick-input-widget input.input');
    await paletteToPicker(wb, 'Output: Show Output Channels');
    await wb.page.locator('.quick-input-widget input.input[placeholder*="Output Channel"]').waitFor();
    await input.fill('Bitext');
    await wb.page.locator('.quick-input-list .monaco-list-row.focused').filter({ hasText: 'Bitext' }).first().waitFor();
    await wb.page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden' });
    const log = wb.page.locator('.part.panel .view-line').filter({ hasText: 'Bitext language server started for' });
    await log.first().waitFor({ timeout: 15_000 });
    await wb.page.locator('.part.panel .view-line').filter({ hasText: /x\.en\.txt:\sPaired\swith\sits\ssibling\sx\.vi\.txt\.\s\d+\sfindings?\shere/ }).first().waitFor();
    await wb.screenshot('26-output-channel');
    await wb.page.keyboard.press('Control+J');

    await wb.openFile(VI);
    // code-server's save dialog: a path box filled with the suggested name beside the file
    await paletteToPicker(wb, 'Bitext: Export TMX');
    await wb.page.locator('.quick-input-widget').filter({ hasText: 'export the pair as TMX' }).waitFor();
    const box = wb.page.locator('.quick-input-widget input.input');
    await box.waitFor({ state: 'visible' });
    await until(() => box.inputValue(), (v) => /\/ws\/x\.tmx$/.test(v), 'the save dialog did not suggest ws/x.tmx');
    await wb.page.keyboard.press('Enter');
    const tmxPath = join(s.workspace, 'x.tmx');
    await until(async () => existsSync(tmxPath), Boolean, 'x.tmx was not written');
    const tmx = await waitForFile(tmxPath, (t) => t.includes('</tmx>'), 10_000);
    assert.ok(tmx.includes('Hơn 1.300 bạn đọc') && tmx.includes('More than 1,200 readers'), 'the units hold both sides');
    await wb.page.locator('.notifications-toasts').filter({ hasText: /translation units written to x\.tmx/ }).waitFor();
  });

  it('F12 where there is no counterpart says why instead of "No definition found"', async function () {
    await closeAll(wb);
    await wb.openFile(ARTICLE);
    await wb.waitForSquiggles(DIAGNOSTICS_TIMEOUT);
    await wb.goTo(1, 3);
    await wb.page.locator('.editor-instance .monaco-editor .view-line').filter({ hasText: 'Thư viện cũ' }).waitFor();
    await wb.page.keyboard.press('F12');
    await wb.page.locator('.notifications-toasts').filter({ hasText: /This line has no counterpart in the original below the source line\. Why: title only in the translation/ }).waitFor({ timeout: 15_000 });
    assert.equal(await wb.page.locator('.monaco-editor-overlaymessage').filter({ hasText: 'No definition found' }).count(), 0);
    await wb.screenshot('27-f12-no-counterpart');
  });

  it('Bitext: Show Alignment shows the pair as a table that follows the cursor, reveals a clicked row, filters, and updates as you type', async function () {
    await closeAll(wb);
    await wb.command('Notifications: Clear All Notifications');
    await wb.openFile(VI);
    await wb.goTo(where(texts.vi, 'Hơn 1.300').line, 1);
    await wb.waitForSquiggles(DIAGNOSTICS_TIMEOUT);
    await wb.command('Bitext: Show Alignment');
    const view = alignmentFrame(wb);
    const rows = view.locator('#rows tr');
    await rows.first().waitFor({ timeout: 20_000 });
    const total = await rows.count();
    assert.ok(total > 40, `${total} rows`);
    assert.match(plain(await view.locator('#titleA').innerText()), /^x\.en\.txt \(en\) — the original/);
    assert.match(plain(await view.locator('#titleB').innerText()), /^x\.vi\.txt \(vi\) — the translation/);
    // the number mismatch is on its row, and the dropped last paragraph is an unpaired row
    const numberRow = rows.filter({ hasText: 'Hơn 1.300 bạn đọc' });
    assert.match(plain(await numberRow.locator('td.findings').innerText()), /number-mismatch/);
    const dropped = rows.filter({ hasText: 'The repairs cost 3.5 billion dong' });
    assert.match(await dropped.getAttribute('class') ?? '', /\bunpaired\b/);
    assert.match(plain(await dropped.locator('td.side.b').innerText()), /no counterpart/);
    // follows the cursor of the text editor
    const at = where(texts.vi, 'Phòng đọc mới có 250 chỗ ngồi');
    await wb.focusEditor();
    await wb.goTo(at.line, at.col + 3);
    await view.locator('#rows tr.cursor').filter({ hasText: 'Phòng đọc mới có 250 chỗ ngồi' }).waitFor({ timeout: 15_000 });
    await wb.screenshot('28-alignment-view');

    // a click on a row reveals both sides (the English file opens beside, scrolled to it)
    // (the columns are narrow: long lines wrap, so short pieces of text are looked for)
    await rows.filter({ hasText: 'Is the library ready for the exam season?' }).click();
    const en = editorOf(wb.page, EN);
    await en.locator('.view-line').filter({ hasText: 'Is the library ready' }).waitFor({ timeout: 15_000 });
    await editorOf(wb.page, VI).locator('.view-line').filter({ hasText: 'Thư viện đã sẵn sàng' }).waitFor();
    // keyboard: the clicked row has the focus; Down moves it to the next row, Enter reveals that one
    const focusedText = async () => plain(await view.locator('#rows tr:focus').innerText());
    assert.match(await focusedText(), /Is the library ready/);
    await wb.page.keyboard.press('ArrowDown');
    assert.match(await focusedText(), /The director thinks so/);
    await wb.page.keyboard.press('Enter');
    await en.locator('.view-line').filter({ hasText: 'director thinks' }).waitFor();

    // only rows with problems
    await view.locator('#problems').check();
    const shown = await until(async () => (await view.locator('#rows tr:visible').count()), (n) => n < total, 'the filter hid no row');
    assert.ok(shown > 0, 'the filter hid every row');
    assert.equal(await view.locator('#rows tr.ok:visible').count(), 0);
    await view.locator('#rows tr:visible').filter({ hasText: 'Hơn 1.300 bạn đọc' }).waitFor();
    await wb.screenshot('29-alignment-problems-only');
    await view.locator('#problems').uncheck();

    // live: an edit in the Vietnamese text shows in the table once the server checked it
    const seats = where(texts.vi, '250 chỗ ngồi');
    await wb.page.locator('.tab[data-resource-name="x.vi.txt"]').click();
    await wb.focusEditor();
    await wb.goTo(seats.line, seats.col + 1);
    await wb.page.keyboard.press('Delete');
    await wb.page.keyboard.type('6');
    const changed = view.locator('#rows tr').filter({ hasText: 'Phòng đọc mới có 260 chỗ ngồi' });
    await changed.waitFor({ timeout: 20_000 });
    await until(async () => plain(await changed.locator('td.findings').innerText()), (t) => /number-mismatch/.test(t), 'the edited row shows no number-mismatch');
    await wb.screenshot('30-alignment-live');
    // back to the text on disk for the next test
    await wb.page.locator('.tab[data-resource-name="x.vi.txt"]').click();
    await wb.command('File: Revert File');
    await wb.page.locator('.tab.dirty[data-resource-name="x.vi.txt"]').waitFor({ state: 'detached' });
  });
  it('Link with Counterpart Sentence… re-pairs a sentence (kept in .bitext/links.json), Unlink Sentence undoes it', async function () {
    await closeAll(wb);
    await wb.openFile(VI);
    const at = where(texts.vi, 'Trẻ em dưới 12 tuổi');
    await wb.goTo(at.line, at.col + 2);
    await wb.command('Bitext: Open Counterpart Beside');
    const en = editorOf(wb.page, EN);
    await wb.goTo(at.line, at.col + 3); // the highlight follows a cursor move
    await waitForHighlight(wb.page, en, 'Children under 12 can borrow up to 5 books at a time.');
    // the corrections are in the Ctrl+. menu too
    await wb.focusEditor();
    await wb.page.keyboard.press('Control+.');
    const menu = await wb.codeAction(/Bitext: Link with the counterpart sentence/);
    for (const title of ['Bitext: Merge with the next bead', 'Bitext: Split this bead here', 'Bitext: Unlink this sentence', 'Bitext: Link this sentence to no counterpart (left untranslated on purpose)']) assert.ok(menu.titles.includes(title), JSON.stringify(menu.titles));
    await wb.page.keyboard.press('Escape');
    await wb.page.locator('.action-widget').waitFor({ state: 'hidden' });
    await paletteToPicker(wb, 'Bitext: Link with Counterpart Sentence…');
    const input = wb.page.locator('.quick-input-widget input.input');
    await wb.page.locator('.quick-input-widget').filter({ hasText: 'link "Trẻ em dưới 12' }).waitFor();
    await wb.page.locator('.quick-input-list .monaco-list-row').filter({ hasText: 'aligned with it now' }).first().waitFor();
    await input.fill('It is open from');
    await wb.page.locator('.quick-input-list .monaco-list-row.focused').filter({ hasText: 'It is open from 7.30' }).waitFor();
    await wb.screenshot('31-link-pick');
    await wb.page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden' });
    const links = join(s.workspace, '.bitext', 'links.json');
    await until(async () => existsSync(links), Boolean, '.bitext/links.json was not written');
    const saved = JSON.parse(await waitForFile(links, (t) => t.includes('It is open from'), 10_000));
    assert.deepEqual(saved, { links: [{ a: 'Trẻ em dưới 12 tuổi được mượn tối đa 5 cuốn sách mỗi lần.', b: 'It is open from 7.30 a.m. to 9 p.m., seven days a week.' }] });
    // the server reads the file back: following the cursor now shows the linked sentence
    await wb.page.locator('.tab[data-resource-name="x.vi.txt"]').click();
    await wb.focusEditor();
    await wb.goTo(at.line, 1);
    await wb.goTo(at.line, at.col + 4);
    await waitForHighlight(wb.page, en, 'It is open from 7.30 a.m. to 9 p.m., seven days a week.', 20_000);
    await wb.screenshot('32-linked');
    // the editor's Undo: Ctrl+Z in the links file takes the correction back at once (saved or not), Redo brings it again
    const linksTab = wb.page.locator('.tab[data-resource-name="links.json"]');
    // (from the Explorer: Quick Open may not have indexed the new file yet)
    const folderRow = wb.page.locator('.explorer-folders-view .monaco-list-row[aria-label^=".bitext"]').first();
    if ((await folderRow.getAttribute('aria-expanded')) !== 'true') await folderRow.click();
    await wb.page.locator('.explorer-folders-view .monaco-list-row[aria-label^="links.json"]').first().click();
    await wb.page.locator('.tab.active[data-resource-name="links.json"]').waitFor();
    await wb.focusEditor();
    const linksLines = wb.page.locator('.editor-instance .monaco-editor .view-lines').first();
    await linksLines.filter({ hasText: 'It is open from' }).waitFor();
    await wb.page.keyboard.press('Control+Z');
    await linksLines.filter({ hasText: 'It is open from' }).waitFor({ state: 'detached' });
    await wb.page.locator('.tab[data-resource-name="x.vi.txt"]').click();
    await wb.focusEditor();
    await wb.goTo(at.line, 1);
    await wb.goTo(at.line, at.col + 2);
    await waitForHighlight(wb.page, en, 'Children under 12 can borrow up to 5 books at a time.', 20_000);
    await wb.screenshot('33-link-undone');
    await linksTab.click();
    await wb.focusEditor();
    await wb.page.keyboard.press('Control+Shift+Z');
    await linksLines.filter({ hasText: 'It is open from' }).waitFor();
    await wb.page.keyboard.press('Control+S');
    await waitForFile(links, (t) => t.includes('It is open from'), 10_000);
    await wb.page.locator('.tab[data-resource-name="x.vi.txt"]').click();
    await wb.focusEditor();
    await wb.goTo(at.line, 1);
    await wb.goTo(at.line, at.col + 4);
    await waitForHighlight(wb.page, en, 'It is open from 7.30 a.m. to 9 p.m., seven days a week.', 20_000);
    await wb.command('Bitext: Unlink Sentence');
    await waitForFile(links, (t) => !t.includes('It is open from'), 10_000);
    await wb.page.locator('.tab[data-resource-name="x.vi.txt"]').click();
    await wb.focusEditor();
    await wb.goTo(at.line, 1);
    await wb.goTo(at.line, at.col + 2);
    await waitForHighlight(wb.page, en, 'Children under 12 can borrow up to 5 books at a time.', 20_000);
  });

  it('Link Sentence to No Counterpart (Ctrl+.): a sentence left untranslated on purpose is no missing translation any more; Unlink takes it back', async function () {
    await closeAll(wb);
    await wb.openFile(EN);
    const coffee = where(texts.en, '"And the coffee is better than before."');
    await wb.goTo(coffee.line, coffee.col + 5);
    await wb.command('Bitext: Show Alignment');
    const view = alignmentFrame(wb);
    const row = view.locator('#rows tr').filter({ hasText: 'And the coffee is better' });
    await row.waitFor({ timeout: 20_000 });
    assert.match(plain(await row.locator('td.findings').innerText()), /missing-translation/);
    await wb.page.locator('.tab[data-resource-name="x.en.txt"]').click();
    await wb.focusEditor();
    await wb.goTo(coffee.line, coffee.col + 5);
    await wb.page.keyboard.press('Control+.');
    const menu = await wb.codeAction(/Bitext: Link this sentence to no counterpart/);
    await menu.choose();
    const links = join(s.workspace, '.bitext', 'links.json');
    const saved = JSON.parse(await waitForFile(links, (t) => t.includes('And the coffee'), 10_000));
    assert.deepEqual(saved.links, [{ a: '"And the coffee is better than before."', b: [] }]);
    await until(async () => plain(await row.locator('td.findings').innerText()), (t) => !/missing-translation/.test(t), 'the row still shows missing-translation', 20_000);
    // the row says the bead is a correction made by hand, and "Only rows with problems" leaves it out
    await until(async () => plain(await row.locator('td.shape').innerText()), (t) => /by hand/.test(t), 'the row does not say "by hand"');
    await wb.screenshot('34-no-counterpart');
    await wb.page.locator('.tab[data-resource-name="x.en.txt"]').click();
    await wb.focusEditor();
    await wb.goTo(coffee.line, coffee.col + 5);
    await wb.command('Bitext: Unlink Sentence');
    await waitForFile(links, (t) => !t.includes('And the coffee'), 10_000);
    await until(async () => plain(await row.locator('td.findings').innerText()), (t) => /missing-translation/.test(t), 'the row does not show missing-translation again', 20_000);
  });
});
