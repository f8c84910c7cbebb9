// Real-editor scenarios beyond the first five (code-server.test.ts): a plain .txt stays silent and
// Plain Text while the samples (plain .txt too) are coloured as Bitext, "Fix All" on 003, Open
// Counterpart Beside (with the cursor put on the aligned sentence), the follow-cursor highlight, and
// the pair's status bar item — on a sibling pair written here (numbered notes, then examples/library.{vi,en}.txt, so the
// aligned sentences sit far down and the beside editor must scroll to show them). One code-server
// for the whole file. Screenshots: test-artifacts/e2e/1*.png.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { repoRoot, sampleText } from '../support/shared';
import { editorOf, groupCount, renderedLines, waitForHighlight } from './editor-groups';
import { endSessionHooks, startSession, type Session, waitForFile } from './session';
import { plain, type Workbench } from './workbench';

const DIAGNOSTICS_TIMEOUT = 45_000;
const VI = 'x.vi.txt';
const EN = 'x.en.txt';
const NOTES = 'notes.txt';
const NOTES_TEXT =
  'Notes for Thursday\n\nThe meeting starts at ten in the small room. Please bring the printed agenda and your questions.\n\n' +
  'We will review the budget for the spring term, then talk about the new reading list. Lunch is at noon.\n';

/** 30 numbered notes (the aligner pairs them by their numbers), then the library article. */
function pairTexts(): { vi: string; en: string } {
  let vi = '';
  let en = '';
  for (let i = 1; i <= 30; i++) {
    vi += `Ghi chép số ${i}: kho sách có ${i * 7} cuốn mới trong tháng này.\n\n`;
    en += `Note number ${i}: the stock has ${i * 7} new books this month.\n\n`;
  }
  const ex = (f: string) => readFileSync(join(repoRoot, 'examples', f), 'utf8');
  return { vi: vi + ex('library.vi.txt'), en: en + ex('library.en.txt') };
}

/** 1-based line and column of the first occurrence of `needle`. */
function where(text: string, needle: string): { line: number; col: number } {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `text has no ${JSON.stringify(needle)}`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, col: before[before.length - 1].length + 1 };
}

function paragraphs(text: string): number {
  return text.split(/\n\s*\n/).filter((p) => p.trim()).length;
}

/** Runs the palette command whose label is exactly `title` (F1). */
async function commandExact(wb: Workbench, title: string): Promise<void> {
  const p = wb.page;
  await p.keyboard.press('F1');
  const input = p.locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  const row = p.locator('.quick-input-list .monaco-list-row').filter({ has: p.locator('.label-name', { hasText: new RegExp(`^${title}$`) }) }).first();
  await row.waitFor();
  await row.click();
  await input.waitFor({ state: 'hidden' });
}

async function closeAll(wb: Workbench): Promise<void> {
  await wb.command('View: Close All Editor Groups');
  await wb.page.locator('.tab').first().waitFor({ state: 'detached', timeout: 10_000 });
}

/** The language the status bar shows for the active editor ("Plain Text", "Bitext (parallel text)"). */
async function language(wb: Workbench): Promise<string> {
  const item = wb.page.locator('#status\\.editor\\.mode');
  return plain((await item.getAttribute('aria-label')) || (await item.innerText()));
}

async function waitForLanguage(wb: Workbench, want: RegExp, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let now = await language(wb);
  while (!want.test(now)) {
    if (Date.now() > deadline) throw new Error(`the status bar language is ${JSON.stringify(now)}, not ${want}, after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100)); // poll: the switch follows the server's first answer
    now = await language(wb);
  }
}

/** Text and class of every token span (Monaco's `span.mtkN`) of the rendered line holding `text`. */
async function tokens(wb: Workbench, text: string): Promise<{ text: string; cls: string }[]> {
  const line = wb.page.locator('.editor-instance .monaco-editor .view-line').filter({ hasText: text }).first();
  await line.waitFor();
  const raw = await line.locator('span[class*="mtk"]').evaluateAll((els) => els.map((e) => ({ text: String(e.textContent), cls: String(e.className) })));
  return raw.map((t) => ({ text: plain(t.text), cls: t.cls }));
}

/** The pair's status bar item (text "… ¶ …"). */
function statusItem(wb: Workbench) {
  return wb.page.locator('.statusbar-item').filter({ hasText: '¶' }).first();
}

describe('real editor: counterpart beside, follow, status bar, fix all, silence on plain text', function () {
  this.timeout(120_000);
  let s: Session;
  let wb: Workbench;
  const texts = pairTexts();
  const s003 = sampleText('003');
  const file003 = basename(s003.path);
  const s000 = sampleText('000');
  const file000 = basename(s000.path);

  before(async function () {
    this.timeout(180_000);
    s = await startSession(
      { [VI]: texts.vi, [EN]: texts.en, [NOTES]: NOTES_TEXT, [file003]: s003.text, [file000]: s000.text },
      { 'workbench.editor.enablePreview': false },
    );
    wb = s.wb;
  });

  endSessionHooks(() => s);

  it('a plain English .txt with no counterpart gets no problems (while 003 beside it gets some)', async function () {
    await wb.openFile(NOTES);
    await wb.viewLine('The meeting starts at ten').waitFor();
    // 003, opened after it, shows squiggles: the server has answered for both by then.
    await wb.openFile(file003);
    await wb.waitForSquiggles(DIAGNOSTICS_TIMEOUT);
    await wb.page.keyboard.press('Control+Shift+M');
    const rows = wb.page.locator('.markers-panel .monaco-list-row');
    await rows.filter({ hasText: file003 }).first().waitFor();
    const listed = (await rows.allInnerTexts()).map(plain);
    assert.ok(!listed.some((t) => t.includes(NOTES)), `Problems lists ${NOTES}: ${JSON.stringify(listed)}`);
    await wb.openFile(NOTES);
    const squiggles = await wb.page.locator('.editor-instance .monaco-editor [class*="squiggly-"]').count();
    assert.equal(squiggles, 0, `${NOTES} shows ${squiggles} squiggles`);
    assert.equal(await statusItem(wb).isVisible(), false, 'no pair status for a file with no counterpart');
    await wb.screenshot('10-no-flood-notes');
    await wb.page.keyboard.press('Control+J'); // hide the panel again
    await wb.page.locator('.markers-panel').waitFor({ state: 'hidden' });
  });

  it('000 and 003 (plain .txt) switch to the Bitext language and in 000 the source URL is coloured, notes.txt stays Plain Text', async function () {
    await wb.openFile(file000);
    await waitForLanguage(wb, /Bitext/);
    await wb.waitForSquiggles(DIAGNOSTICS_TIMEOUT); // diagnostics survive the switch (a close + open)
    const src = where(s000.text, 'Nguồn: https://');
    await wb.goTo(src.line, 1);
    const url = 'https://www.nytimes.com/';
    const source = await tokens(wb, 'Nguồn: https://');
    const prose = await tokens(wb, 'They gazed into the workings');
    const urlToken = source.find((t) => t.text.startsWith(url));
    const plainToken = prose.find((t) => t.text.startsWith('They gazed'));
    assert.ok(urlToken && plainToken, `tokens: ${JSON.stringify({ source, prose })}`);
    assert.notEqual(urlToken.cls, plainToken.cls, `the URL renders like plain prose: ${JSON.stringify({ source, prose })}`);
    const keyword = source.find((t) => t.text.startsWith('Nguồn'));
    assert.ok(keyword && keyword.cls !== plainToken.cls, `"Nguồn" renders like plain prose: ${JSON.stringify(source)}`);
    await wb.screenshot('10b-colour-000');

    await wb.openFile(file003);
    await waitForLanguage(wb, /Bitext/);
    // notes.txt was opened (and answered for) in the first test: it is still plain text.
    await wb.openFile(NOTES);
    assert.match(await language(wb), /Plain Text/);
    assert.doesNotMatch(await language(wb), /Bitext/);
  });

  it('a sample the user turns back to Plain Text stays Plain Text while the server keeps reporting on it', async function () {
    await wb.openFile(file000);
    await waitForLanguage(wb, /Bitext/);
    // the user's choice, from the language item of the status bar
    await wb.page.locator('#status\\.editor\\.mode').click();
    const input = wb.page.locator('.quick-input-widget input.input');
    await input.waitFor({ state: 'visible' });
    await input.fill('Plain Text');
    await wb.page.locator('.quick-input-list .monaco-list-row.focused[aria-label^="Plain Text"]').waitFor();
    await wb.page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden' });
    await waitForLanguage(wb, /Plain Text/);
    // an edit with a new artifact: once the server has reported it (one problem more), the file is
    // still Plain Text; then the edit is undone
    const before = await wb.problems();
    const at = where(s000.text, 'They gazed into');
    await wb.goTo(at.line, 1);
    await wb.page.keyboard.type('Zzyx  Zzyx '); // a doubled space and a doubled word
    const deadline = Date.now() + 20_000;
    for (let p = await wb.problems(); p.errors + p.warnings + p.infos <= before.errors + before.warnings + before.infos; p = await wb.problems()) {
      if (Date.now() > deadline) throw new Error(`no new problem for the typed "Zzyx  Zzyx" within 20 s: ${p.label}`);
      await new Promise((r) => setTimeout(r, 100)); // poll the status bar
    }
    assert.match(await language(wb), /Plain Text/);
    // undo (typing may take several undo stops) back to the saved text, so closing asks nothing
    const edited = wb.page.locator('.editor-instance .monaco-editor .view-line').filter({ hasText: 'Zzyx' });
    for (let i = 0; i < 10 && (await edited.count()) > 0; i++) {
      await wb.page.keyboard.press('Control+Z');
      await edited.first().waitFor({ state: 'detached', timeout: 1_000 }).catch(() => undefined);
    }
    assert.equal(await edited.count(), 0, 'the edit is undone');
    await wb.page.locator('.tab.active.dirty').waitFor({ state: 'detached' });
  });

  it('"Fix All" on 003 removes every "_" and the saved file keeps every letter and digit', async function () {
    const onDisk = join(s.workspace, file003);
    const before = readFileSync(onDisk, 'utf8');
    assert.ok(before.includes('_'), 'sample 003 holds _-joined words');
    await wb.openFile(file003);
    await wb.waitForSquiggles(DIAGNOSTICS_TIMEOUT);
    await commandExact(wb, 'Fix All');
    await wb.focusEditor();
    await wb.page.keyboard.press('Control+S');
    const saved = await waitForFile(onDisk, (t) => t !== before, 15_000);
    assert.equal((saved.match(/_/g) ?? []).length, 0, 'no "_" left');
    const letters = (t: string) => t.normalize('NFC').replace(/[^\p{L}\p{N}]/gu, '');
    assert.equal(letters(saved), letters(before), 'letters and digits unchanged');
    await wb.screenshot('11-fixall-003');
  });

  it('Bitext: Open Counterpart Beside opens the English file in a second group, scrolled to the aligned sentence', async function () {
    await closeAll(wb);
    await wb.openFile(VI);
    const at = where(texts.vi, 'Các kỹ sư đã thay 40 thanh dầm gỗ');
    await wb.goTo(at.line, at.col + 3);
    await wb.command('Bitext: Open Counterpart Beside');
    const en = editorOf(wb.page, EN);
    const target = 'Engineers replaced 40 wooden beams and rebuilt the reading room.';
    // (the bitext language wraps long lines: a sentence may take two rendered lines)
    await en.waitFor({ timeout: 15_000 });
    for (const deadline = Date.now() + 15_000; !(await renderedLines(en)).join('').includes(target); ) {
      if (Date.now() > deadline) throw new Error(`the beside editor does not show ${JSON.stringify(target)}`);
      await new Promise((r) => setTimeout(r, 100)); // poll what the beside editor renders
    }
    assert.equal(await groupCount(wb.page), 2);
    const shown = await renderedLines(en);
    assert.ok(!shown.some((l) => l.startsWith('Note number 1:')), `the beside editor did not scroll: ${JSON.stringify(shown.slice(0, 3))}`);
    assert.ok(shown.join('').includes(target), JSON.stringify(shown));
    // the keyboard focus stays in the Vietnamese editor
    await wb.page.locator('.editor-group-container.active .tab.active[aria-label*="x.vi.txt"]').waitFor();
    await wb.screenshot('12-open-beside');
    // the beside editor's cursor is on the aligned sentence: focus it (a click on its tab moves no
    // cursor) and read Ln/Col
    const want = where(texts.en, target);
    await wb.page.locator('.tab[aria-label*="x.en.txt"]').click();
    await wb.page.locator('.editor-group-container.active .tab.active[aria-label*="x.en.txt"]').waitFor();
    await wb.waitForCursorLine(want.line);
    const c = await wb.cursor();
    assert.deepEqual({ line: c.line, col: c.col }, want);
    await wb.page.locator('.tab[aria-label*="x.vi.txt"]').click();
    await wb.page.locator('.editor-group-container.active .tab.active[aria-label*="x.vi.txt"]').waitFor();
  });

  it('moving the cursor in the Vietnamese side highlights the aligned English sentence (keyboard and click)', async function () {
    const en = editorOf(wb.page, EN);
    const a = where(texts.vi, 'Trẻ em dưới 12 tuổi');
    await wb.goTo(a.line, a.col + 2);
    await waitForHighlight(wb.page, en, 'Children under 12 can borrow up to 5 books at a time.');
    await wb.screenshot('13-follow-keyboard');
    const b = where(texts.vi, 'Hơn 1.200 bạn đọc');
    await wb.goTo(b.line, b.col + 2);
    await waitForHighlight(wb.page, en, 'More than 1,200 readers came on the first day.');
    // a click on the title line (Home first: the long line above scrolled the editor sideways)
    await wb.page.keyboard.press('Home');
    await waitForHighlight(wb.page, en, 'After three years of repairs, the city library on Tran Hung Dao Street opened its doors again on Monday.');
    const vi = editorOf(wb.page, VI);
    const box = await vi.locator('.view-line').filter({ hasText: 'Thư viện cũ mở cửa trở lại' }).boundingBox();
    assert.ok(box, 'the title line is rendered');
    await wb.page.mouse.click(box.x + 30, box.y + box.height / 2);
    await wb.waitForCursorLine(where(texts.vi, 'Thư viện cũ mở cửa trở lại').line);
    await waitForHighlight(wb.page, en, 'The Old Library Reopens');
    await wb.screenshot('14-follow-click');
    // the other way: a click in the English editor (it becomes the active one), then Home
    const guard = await en.locator('.overflow-guard').boundingBox();
    const line = await en.locator('.view-line').filter({ hasText: 'seats 250 people' }).boundingBox();
    assert.ok(guard && line, 'the English editor shows the reading-room line');
    await wb.page.mouse.click(guard.x + 150, line.y + line.height / 2);
    await wb.page.locator('.editor-group-container.active .tab.active[aria-label*="x.en.txt"]').waitFor();
    await wb.page.keyboard.press('Home');
    await waitForHighlight(wb.page, vi, 'Phòng đọc mới có 250 chỗ ngồi.');
    await wb.screenshot('14b-follow-english-side');
  });

  it('the status bar shows aligned paragraphs / total and the untranslated count; a click opens the counterpart beside', async function () {
    const nVi = paragraphs(texts.vi);
    const nEn = paragraphs(texts.en);
    // The English side has one paragraph more ("The repairs cost …"), with no Vietnamese.
    assert.equal(nEn, nVi + 1);
    await closeAll(wb);
    await wb.openFile(VI);
    const item = statusItem(wb);
    await item.filter({ hasText: `${nVi}/${nVi} ¶` }).waitFor({ timeout: 15_000 });
    assert.match(plain(await item.innerText()), new RegExp(`${nVi}/${nVi} ¶ · 1 untranslated`));
    await wb.screenshot('15-status-vi');

    await closeAll(wb);
    await wb.openFile(EN);
    await item.filter({ hasText: `${nEn - 1}/${nEn} ¶` }).waitFor({ timeout: 15_000 });
    assert.match(plain(await item.innerText()), new RegExp(`${nEn - 1}/${nEn} ¶ · 1 untranslated`));
    assert.equal(await groupCount(wb.page), 1);
    await item.click();
    await editorOf(wb.page, VI).waitFor({ timeout: 15_000 });
    assert.equal(await groupCount(wb.page), 2);
    await wb.screenshot('16-status-click-beside');
  });
});
