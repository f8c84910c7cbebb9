// Page-side reading of what two side-by-side editors show: which editor group holds a file, which
// lines it renders (its visible range), and the text under extension decorations (the follow-cursor
// highlight). Monaco renders an extension's decoration as `.view-overlays .cdr.ced-<key>-<n>`, an
// absolutely placed box over its line; the text under it is found from the characters' own boxes.
import type { Locator, Page } from 'playwright-core';
import { plain } from './workbench';

// The page-side code runs in the browser; the project compiles without the DOM lib, so the few
// browser names it uses are declared loosely, in this module only.
declare const document: any; // eslint-disable-line @typescript-eslint/no-explicit-any
declare const NodeFilter: any; // eslint-disable-line @typescript-eslint/no-explicit-any
declare const window: any; // eslint-disable-line @typescript-eslint/no-explicit-any
type Element = any; // eslint-disable-line @typescript-eslint/no-explicit-any
type Text = { length: number; data: string };

/** The editor of the group whose active tab is `name`. */
export function editorOf(page: Page, name: string): Locator {
  return page
    .locator('.editor-group-container')
    .filter({ has: page.locator(`.tab.active[aria-label*="${name}"]`) })
    .locator('.editor-instance .monaco-editor')
    .first();
}

/** How many editor groups the workbench shows. */
export async function groupCount(page: Page): Promise<number> {
  return page.locator('.editor-group-container').count();
}

/** The texts of the lines an editor renders (Monaco renders only the lines in view). */
export async function renderedLines(editor: Locator): Promise<string[]> {
  return (await editor.locator('.view-lines .view-line').allInnerTexts()).map(plain);
}

/** In the page: the texts under every extension decoration (`ced-*`) of an editor element. */
function decoratedTexts(root: Element): string[] {
  const out: string[] = [];
  const lines = [...root.querySelectorAll('.view-lines .view-line')];
  for (const d of root.querySelectorAll('.view-overlays [class*="ced-"]')) {
    const r = d.getBoundingClientRect();
    if (r.width < 1) continue;
    const cy = r.top + r.height / 2;
    const line = lines.find((l) => {
      const b = l.getBoundingClientRect();
      return cy >= b.top && cy < b.bottom;
    });
    if (!line) continue;
    let text = '';
    const range = document.createRange();
    const walk = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode() as Text | null; n; n = walk.nextNode() as Text | null) {
      for (let i = 0; i < n.length; i++) {
        range.setStart(n, i);
        range.setEnd(n, i + 1);
        const b = range.getBoundingClientRect();
        const mid = (b.left + b.right) / 2;
        if (mid > r.left && mid < r.right) text += n.data[i];
      }
    }
    out.push(text.replace(/\u00a0/g, ' '));
  }
  return out;
}

/** The texts under the extension decorations an editor shows now. */
export async function highlighted(editor: Locator): Promise<string[]> {
  return editor.evaluate(decoratedTexts);
}

/** Waits until some extension decoration of `editor` (or all of them, over a wrapped line) covers exactly `text` (trimmed); bounded. */
export async function waitForHighlight(page: Page, editor: Locator, text: string, timeoutMs = 15_000): Promise<void> {
  const handle = await editor.elementHandle({ timeout: timeoutMs });
  if (!handle) throw new Error('editor not found');
  // The reader is installed as a page global through CDP (not subject to the page's CSP on eval).
  await page.evaluate(`window.__bitextDecoratedTexts = ${decoratedTexts.toString()}`);
  try {
    await page.waitForFunction(
      ([el, want]) => {
        const f: (e: Element) => string[] = window.__bitextDecoratedTexts;
        // one highlight over a wrapped line is several boxes, one per rendered line
        const texts = f(el);
        return texts.some((t) => t.trim() === want) || texts.join('').trim() === want;
      },
      [handle, text] as const,
      { timeout: timeoutMs },
    );
  } catch (e) {
    const now = await highlighted(editor).catch(() => ['(unreadable)']);
    throw new Error(`no decoration covering ${JSON.stringify(text)} within ${timeoutMs} ms; decorated now: ${JSON.stringify(now)}\n${e}`);
  }
}
