// Runs the editor scenarios (test/electron/suite.ts) inside a desktop VS Code with
// @vscode/test-electron, when a VS Code is at hand (VSCODE_EXECUTABLE or `code` on PATH). Otherwise
// the test is skipped (pending) with the reason printed: it never tries a download.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { repoRoot, sampleText } from '../support/shared';
import { findVSCode } from './find-vscode';

describe('real editor: desktop VS Code (@vscode/test-electron)', function () {
  it('runs the editor scenarios in VS Code', async function () {
    const found = findVSCode();
    if ('error' in found) throw new Error(found.error);
    if ('reason' in found) {
      console.log(`      skipped: ${found.reason}`);
      this.skip();
      return;
    }
    this.timeout(180_000);
    const { runTests } = await import('@vscode/test-electron');
    const esbuild = await import('esbuild');
    // The suite runs in VS Code's extension host, which loads JavaScript: bundle it next to the
    // extension's bundles (out/ is gitignored and left out of the .vsix), mocha resolved from node_modules.
    const suite = join(repoRoot, 'out', 'test', 'electron-suite.js');
    await esbuild.build({
      entryPoints: [join(repoRoot, 'test', 'electron', 'suite.ts')],
      outfile: suite,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['vscode', 'mocha'],
      logLevel: 'warning',
    });
    const tmp = mkdtempSync(join(tmpdir(), 'bitext-electron-'));
    try {
      const ws = join(tmp, 'ws');
      mkdirSync(ws);
      const files: string[] = [];
      for (const p of ['000', '003'] as const) {
        const s = sampleText(p);
        copyFileSync(s.path, join(ws, basename(s.path)));
        files.push(basename(s.path));
      }
      await runTests({
        vscodeExecutablePath: found.executable,
        extensionDevelopmentPath: repoRoot,
        extensionTestsPath: suite,
        launchArgs: [ws, '--disable-extensions', '--user-data-dir', join(tmp, 'ud'), '--extensions-dir', join(tmp, 'ext')],
        extensionTestsEnv: { BITEXT_E2E_WORKSPACE: ws, BITEXT_E2E_000: files[0], BITEXT_E2E_003: files[1] },
      });
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
