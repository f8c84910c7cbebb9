// One real-editor session for a test file: package the .vsix, install it into a fresh code-server
// serving a temp workspace holding `files`, open the workbench in headless Chromium. One start per
// test file bounds CI time. Tools missing: FAILS naming the setup script (see tools.ts).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { repoRoot } from '../support/shared';
import { installExtension, startCodeServer, type CodeServer } from './code-server';
import { findTools, packageVsix } from './tools';
import { launchBrowser, Workbench } from './workbench';

export const ARTIFACTS = join(repoRoot, 'test-artifacts', 'e2e');

export interface Session {
  wb: Workbench;
  workspace: string;
  /** code-server's user-data and extensions folder. */
  stateDir: string;
  timings: Record<string, number>;
  stop(): Promise<void>;
}

export async function startSession(files: Record<string, string>, settings: Record<string, unknown> = {}): Promise<Session> {
  const tools = findTools();
  const timings: Record<string, number> = {};
  const tmp = mkdtempSync(join(tmpdir(), 'bitext-e2e-'));
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  const stop = async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    rmSync(tmp, { recursive: true, force: true });
  };
  try {
    let t = Date.now();
    const vsix = await packageVsix(join(tmp, 'vsix'));
    timings.packageMs = Date.now() - t;
    const state = join(tmp, 'state');
    t = Date.now();
    await installExtension(tools.codeServer, vsix, state);
    timings.installMs = Date.now() - t;
    const workspace = join(tmp, 'ws');
    mkdirSync(workspace);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(workspace, name), text);
    t = Date.now();
    server = await startCodeServer({
      bin: tools.codeServer,
      workspace,
      stateDir: state,
      settings: {
        'workbench.startupEditor': 'none',
        'security.workspace.trust.enabled': false,
        'editor.fontFamily': "'Noto Sans', 'DejaVu Sans Mono', monospace",
        ...settings,
      },
      startTimeoutMs: 40_000,
    });
    timings.serverUpMs = Date.now() - t;
    t = Date.now();
    browser = await launchBrowser(tools.chromium);
    const wb = await Workbench.open(browser, server.url, workspace, ARTIFACTS);
    timings.workbenchMs = Date.now() - t;
    return { wb, workspace, stateDir: state, timings, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

/** After a failed test: a screenshot named after it, and no menu, widget or quick input left open. */
export async function afterFailure(wb: Workbench | undefined, test: Mocha.Test | undefined): Promise<void> {
  if (test?.state !== 'failed' || !wb) return;
  await wb.screenshot(`FAILED-${test.title.replace(/[^\w-]+/g, '_')}`);
  for (let i = 0; i < 3; i++) await wb.page.keyboard.press('Escape').catch(() => undefined);
}

/**
 * The hooks every e2e suite has after its `before` started a session: after a failed test its
 * screenshot (afterFailure), and at the end the session stopped and its timings printed.
 */
export function endSessionHooks(current: () => Session | undefined): void {
  afterEach(async function () {
    await afterFailure(current()?.wb, this.currentTest);
  });
  after(async function () {
    this.timeout(30_000);
    const session = current();
    if (!session) return;
    await session.stop();
    console.log(`      e2e timings (ms): ${JSON.stringify(session.timings)}`);
  });
}

/** Waits until a file another process writes (code-server saving) satisfies `pred`; returns its text. */
export async function waitForFile(path: string, pred: (text: string) => boolean, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let text = readFileSync(path, 'utf8');
  while (!pred(text)) {
    if (Date.now() > deadline) throw new Error(`${basename(path)} did not reach the expected content on disk within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100)); // poll interval for a file written by another process
    text = readFileSync(path, 'utf8');
  }
  return text;
}
