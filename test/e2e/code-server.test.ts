// The real-editor test: the packaged .vsix installed into a fresh code-server (VS Code in the
// browser), driven by Debian's headless Chromium through playwright-core, on copies of the shared
// samples. Recipe: ../shared/docs/real-editor-testing.md. Screenshots go to test-artifacts/e2e/.
// Chromium and code-server come from scripts/setup-test-deps.sh; when they are missing this FAILS
// with a message naming it (CI installs them; a silent skip would hide a broken editor).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { sampleText } from '../support/shared';
import { listExtensions } from './code-server';
import { endSessionHooks, startSession, type Session, waitForFile } from './session';
import { findTools } from './tools';
import { plain, Workbench } from './workbench';

/** First diagnostics include the extension's start; the recipe measured about 6 s. */
const DIAGNOSTICS_TIMEOUT = 45_000;

/** 1-based line of the first line of `text` that starts with `prefix`. */
function lineOf(text: string, prefix: string): number {
  const i = text.split(/\r?\n/).findIndex((l) => l.startsWith(prefix));
  assert.ok(i >= 0, `sample has no line starting with ${JSON.stringify(prefix)}`);
  return i + 1;
}

describe('real editor: the .vsix in code-server, driven by Chromium', function () {
  this.timeout(120_000);
  let session: Session | undefined;
  let timings: Record<string, number> = {};
  let workspace = '';
  let wb: Workbench;
  let s000: { path: string; text: string };
  let s003: { path: string; text: string };
  let file000 = '';
  let file003 = '';

  before(async function () {
    this.timeout(180_000);
    findTools(); // throws, naming scripts/setup-test-deps.sh, when something is missing
    s000 = sampleText('000');
    s003 = sampleText('003');
    file000 = basename(s000.path);
    file003 = basename(s003.path);
    session = await startSession({ [file000]: s000.text, [file003]: s003.text });
    ({ wb, workspace, timings } = session);
  });

  endSessionHooks(() => session);

  it('the packaged extension is installed (listed by code-server and active in the workbench)', async function () {
    const ids = await listExtensions(findTools().codeServer, session!.stateDir);
    assert.ok(ids.includes('bitext.bitext'), `installed extensions: ${ids.join(', ') || '(none)'}`);
    await wb.command('Extensions: Show Enabled Extensions');
    const row = wb.page.locator('.extensions-viewlet .monaco-list-row').filter({ hasText: 'Bitext' }).first();
    await row.waitFor({ timeout: 20_000 });
    await wb.screenshot('00-extensions');
  });

  it('opening 000_*.txt shows squiggles and the problem count in the status bar', async function () {
    const t = Date.now();
    await wb.openFile(file000);
    await wb.waitForSquiggles(DIAGNOSTICS_TIMEOUT);
    timings.firstDiagnosticsMs = Date.now() - t;
    const p = await wb.problems();
    assert.ok(p.errors + p.warnings + p.infos > 0, `status bar problems: ${p.label}`);
    await wb.screenshot('01-diagnostics-000');
  });

  it('hovering a Vietnamese sentence of 000 shows its English counterpart', async function () {
    await wb.openFile(file000);
    await wb.goTo(lineOf(s000.text, 'Hai nhà lãnh đạo'), 1);
    // the first sentence of the paragraph: "Hai nhà lãnh đạo đã nhìn vào hoạt động của một sân bay phóng tên lửa."
    const hover = await wb.hoverLine('Hai nhà lãnh đạo', 'They gazed into the workings of a rocket launchpad', 40, 20_000);
    const text = plain(await hover.innerText());
    assert.match(text, /They gazed into the workings of a rocket launchpad\./);
    await wb.screenshot('02-hover-000');
    await wb.page.mouse.move(5, 5);
    await wb.page.keyboard.press('Escape');
  });

  it('Go to Definition (F12) on that sentence lands on its counterpart', async function () {
    await wb.openFile(file000);
    const from = lineOf(s000.text, 'Hai nhà lãnh đạo');
    const to = lineOf(s000.text, 'They gazed into the workings');
    await wb.goTo(from, 5);
    await wb.page.keyboard.press('F12');
    await wb.waitForCursorLine(to, 15_000);
    const c = await wb.cursor();
    assert.equal(c.line, to);
    assert.equal(c.col, 1, 'the counterpart sentence starts its line');
    await wb.screenshot('03-definition-000');
  });

  it('a quick fix on 003_*.txt splits Kim_là, and the saved file has exactly that change', async function () {
    const onDisk = join(workspace, file003);
    const before = readFileSync(onDisk, 'utf8');
    const at = before.indexOf('Kim_là');
    assert.ok(at >= 0 && before.indexOf('Kim_là', at + 1) < 0, 'sample 003 holds one Kim_là');
    const expected = before.slice(0, at) + 'Kim là' + before.slice(at + 'Kim_là'.length);

    await wb.openFile(file003);
    await wb.waitForSquiggles(DIAGNOSTICS_TIMEOUT);
    await wb.selectFirst('Kim_là');
    await wb.page.keyboard.press('Control+.');
    const action = await wb.codeAction(/Kim là|split|tách/i, /all|tất cả/i);
    await wb.screenshot('04-quickfix-menu-003');
    await action.choose();
    await wb.page.keyboard.press('Control+S');
    const saved = await waitForFile(onDisk, (t) => t !== before, 15_000);
    assert.equal(saved, expected);
    await wb.screenshot('05-quickfix-saved-003');
  });
});
