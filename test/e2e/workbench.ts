// Drives the VS Code workbench served by code-server in Debian's headless Chromium through
// playwright-core (no browser download). Every wait waits on the page (a selector, a text) and is
// bounded; nothing sleeps for a fixed time.
import { chromium, type Browser, type Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS, timeout: 30_000 });
}

/** Normalises the text Monaco renders (non-breaking spaces for spaces). */
export function plain(s: string | null | undefined): string {
  return (s ?? '').replace(/\u00a0/g, ' ');
}

export class Workbench {
  constructor(
    readonly page: Page,
    readonly artifactsDir: string,
  ) {
    mkdirSync(artifactsDir, { recursive: true });
  }

  static async open(browser: Browser, url: string, folder: string, artifactsDir: string): Promise<Workbench> {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${url}/?folder=${encodeURIComponent(folder)}`, { timeout: 30_000 });
    await page.waitForSelector('.monaco-workbench', { timeout: 30_000 });
    // The explorer shows the workspace once the remote file system answered.
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 30_000 });
    return new Workbench(page, artifactsDir);
  }

  async screenshot(name: string): Promise<string> {
    const file = join(this.artifactsDir, `${name}.png`);
    await this.page.screenshot({ path: file, timeout: 10_000 }).catch(() => undefined);
    return file;
  }

  /** Opens a workspace file with Quick Open (Ctrl+P) and waits until its editor tab is active. */
  async openFile(name: string): Promise<void> {
    const p = this.page;
    await p.keyboard.press('Control+P');
    const input = p.locator('.quick-input-widget input.input');
    await input.waitFor({ state: 'visible' });
    await input.fill(name);
    // The focused (first) row must be the file: right after typing, the list may still show recent files.
    await p.locator(`.quick-input-list .monaco-list-row.focused[aria-label*="${name}"]`).first().waitFor();
    await p.keyboard.press('Enter');
    await p.locator(`.tab.active[aria-label*="${name}"]`).waitFor();
    await p.locator('.editor-instance .monaco-editor .view-lines').first().waitFor();
    await this.focusEditor();
  }

  /** Puts the keyboard focus in the active text editor. */
  async focusEditor(): Promise<void> {
    await this.page.locator('.editor-instance .monaco-editor textarea.inputarea, .editor-instance .monaco-editor .native-edit-context').first().focus();
  }

  /** Runs a command through the command palette (F1), by its visible title. */
  async command(title: string): Promise<void> {
    const p = this.page;
    const input = p.locator('.quick-input-widget input.input');
    const row = p.locator(`.quick-input-list .monaco-list-row[aria-label*="${title}"]`).first();
    // Right after start-up the palette can open before every command is registered (or F1 can land
    // before the workbench takes keys): close it and ask again, a bounded number of times.
    for (let attempt = 1; ; attempt++) {
      await p.keyboard.press('F1');
      await input.waitFor({ state: 'visible' });
      await input.fill(`>${title}`);
      try {
        await row.waitFor({ timeout: 8_000 });
        break;
      } catch (e) {
        if (attempt >= 3) throw e;
        await p.keyboard.press('Escape');
        await input.waitFor({ state: 'hidden' });
      }
    }
    await p.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden' });
  }

  /** Ln/Col of the cursor as the status bar shows it, and how many characters are selected. */
  async cursor(): Promise<{ line: number; col: number; selected: number }> {
    const text = plain(await this.page.locator('#status\\.editor\\.selection').innerText({ timeout: 10_000 }));
    const m = /Ln (\d+), Col (\d+)(?: \((\d+) selected\))?/.exec(text);
    if (!m) throw new Error(`unexpected status bar selection text: ${JSON.stringify(text)}`);
    return { line: Number(m[1]), col: Number(m[2]), selected: m[3] ? Number(m[3]) : 0 };
  }

  /** Waits until the status bar cursor is on `line` (1-based). */
  async waitForCursorLine(line: number, timeoutMs = 15_000): Promise<void> {
    await this.page
      .locator('#status\\.editor\\.selection')
      .filter({ hasText: new RegExp(`Ln ${line},`) })
      .waitFor({ timeout: timeoutMs });
  }

  /** Moves the cursor to 1-based line/column with "Go to Line/Column" (Ctrl+G). */
  async goTo(line: number, col = 1): Promise<void> {
    const p = this.page;
    await p.keyboard.press('Control+G');
    const input = p.locator('.quick-input-widget input.input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`:${line}:${col}`);
    await p.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden' });
    await this.waitForCursorLine(line);
  }

  /** Problems counts from the status bar item (its aria-label). */
  async problems(): Promise<{ errors: number; warnings: number; infos: number; label: string }> {
    const item = this.page.locator('#status\\.problems');
    await item.waitFor();
    const label = plain((await item.getAttribute('aria-label')) ?? (await item.innerText()));
    // "Errors: 1, Warnings: 3, Infos: 5" (code-server 4.100) or "1 Error, 3 Warnings"
    const n = (word: string) => {
      const m = new RegExp(`${word}s?:\\s*(\\d+)|(\\d+)\\s+${word}s?`, 'i').exec(label);
      return Number(m?.[1] ?? m?.[2] ?? 0);
    };
    return { errors: n('Error'), warnings: n('Warning'), infos: n('Info'), label };
  }

  /** The rendered view-line whose text contains `text` (the line must be scrolled into view). */
  viewLine(text: string) {
    return this.page.locator('.editor-instance .monaco-editor .view-line').filter({ hasText: text }).first();
  }

  /** Hovers the mouse `dx` pixels into the rendered line holding `text`; returns the hover holding `expect`. */
  async hoverLine(text: string, expect: string, dx = 40, timeoutMs = 15_000) {
    const line = this.viewLine(text);
    await line.waitFor();
    const box = await line.boundingBox();
    if (!box) throw new Error(`line with ${JSON.stringify(text)} is not rendered`);
    await this.page.mouse.move(box.x + dx, box.y + box.height / 2);
    const hover = this.page.locator('.monaco-hover').filter({ hasText: expect }).first();
    await hover.waitFor({ state: 'visible', timeout: timeoutMs });
    return hover;
  }

  /** Waits until the active editor renders a squiggle (an error, warning or info diagnostic). */
  async waitForSquiggles(timeoutMs: number): Promise<void> {
    await this.page
      .locator('.editor-instance .monaco-editor .squiggly-error, .editor-instance .monaco-editor .squiggly-warning, .editor-instance .monaco-editor .squiggly-info')
      .first()
      .waitFor({ state: 'attached', timeout: timeoutMs });
  }

  /** Selects the first occurrence of `text` in the active editor (Find, from the top), then closes Find. */
  async selectFirst(text: string): Promise<void> {
    const p = this.page;
    await this.focusEditor();
    await p.keyboard.press('Control+Home');
    await p.keyboard.press('Control+F');
    const input = p.locator('.find-widget.visible .monaco-findInput textarea, .find-widget.visible .monaco-findInput input').first();
    await input.waitFor({ state: 'visible' });
    await input.fill(text);
    await p.locator('.find-widget.visible .matchesCount').filter({ hasText: /^1 of \d+/ }).waitFor();
    await p.keyboard.press('Escape');
    await p.locator('.find-widget.visible').waitFor({ state: 'detached' });
    const c = await this.cursor();
    if (c.selected !== text.length) throw new Error(`selecting ${JSON.stringify(text)} selected ${c.selected} characters`);
  }

  /** In the open code action menu (Ctrl+.), the first item whose title matches `want` and not `avoid`. */
  async codeAction(want: RegExp, avoid?: RegExp, timeoutMs = 15_000) {
    const rows = this.page.locator('.action-widget .monaco-list-row.action');
    await rows.first().waitFor({ state: 'visible', timeout: timeoutMs });
    const titles = (await rows.allInnerTexts()).map(plain);
    const i = titles.findIndex((t) => want.test(t) && !(avoid && avoid.test(t)));
    if (i < 0) throw new Error(`no code action matching ${want} among: ${JSON.stringify(titles)}`);
    return { title: titles[i], titles, choose: () => this.chooseAction(i) };
  }

  /** Moves the code action menu's focus to its i-th action with the keyboard and applies it (the
   *  menu's pointer block swallows mouse clicks). */
  private async chooseAction(i: number): Promise<void> {
    const rows = this.page.locator('.action-widget .monaco-list-row.action');
    const classes = await rows.evaluateAll((els) => els.map((e) => e.className));
    let f = classes.findIndex((c) => /\bfocused\b/.test(c));
    if (f < 0) f = 0;
    const key = i > f ? 'ArrowDown' : 'ArrowUp';
    for (let k = 0; k < Math.abs(i - f); k++) await this.page.keyboard.press(key);
    await rows.nth(i).and(this.page.locator('.focused')).waitFor();
    await this.page.keyboard.press('Enter');
    await this.page.locator('.action-widget').waitFor({ state: 'hidden' });
  }
}
