// Finds the outside tools the real-editor test drives (Debian's Chromium, code-server in .e2e/) and
// packages the extension. A missing tool is a FAILURE with a message naming the install script:
// CI installs them, so a machine without them must not pass silently.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../support/shared';

const SETUP_HINT = 'run `bash scripts/setup-test-deps.sh` (as root; .ci/run does this) to install it';

export interface Tools {
  chromium: string;
  codeServer: string;
}

export function findTools(): Tools {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const codeServer = join(repoRoot, '.e2e', 'code-server', 'node_modules', '.bin', 'code-server');
  const missing: string[] = [];
  if (!existsSync(chromium)) missing.push(`Chromium not found at ${chromium} (Debian package "chromium")`);
  if (!existsSync(codeServer)) missing.push(`code-server not found at ${codeServer}`);
  if (missing.length) {
    throw new Error(`real-editor test cannot run: ${missing.join('; ')}. To fix: ${SETUP_HINT}.`);
  }
  return { chromium, codeServer };
}

export interface RunResult {
  stdout: string;
  stderr: string;
}

/** Runs a program to completion, bounded by `timeoutMs`; rejects with its output on failure. */
export function run(file: string, args: string[], opts: { cwd?: string; timeoutMs: number; env?: NodeJS.ProcessEnv }): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(
      file,
      args,
      { cwd: opts.cwd, timeout: opts.timeoutMs, killSignal: 'SIGKILL', maxBuffer: 16 << 20, env: opts.env ?? process.env },
      (err, stdout, stderr) => {
        if (err) {
          const how = err.killed ? `timed out after ${opts.timeoutMs} ms` : `failed (${err.code ?? err.signal})`;
          reject(new Error(`${file} ${args.join(' ')} ${how}\n${stdout}\n${stderr}`));
        } else resolve({ stdout, stderr });
      },
    );
  });
}

/**
 * Packages the extension as a .vsix into `outDir` with @vscode/vsce (the bundles in out/ must be
 * built: `npm test` builds them first; they are built here when missing). $BITEXT_E2E_VSIX, when set,
 * names a ready .vsix to use instead.
 */
export async function packageVsix(outDir: string): Promise<string> {
  // For debugging the harness with a .vsix built elsewhere.
  if (process.env.BITEXT_E2E_VSIX) return process.env.BITEXT_E2E_VSIX;
  if (!existsSync(join(repoRoot, 'out', 'client.js')) || !existsSync(join(repoRoot, 'out', 'server.js'))) {
    await run(process.execPath, ['esbuild.mjs'], { cwd: repoRoot, timeoutMs: 60_000 });
  }
  mkdirSync(outDir, { recursive: true });
  const vsix = join(outDir, 'bitext.vsix');
  const vsce = join(repoRoot, 'node_modules', '.bin', 'vsce');
  await run(vsce, ['package', '--no-dependencies', '--allow-missing-repository', '--out', vsix], {
    cwd: repoRoot,
    timeoutMs: 60_000,
  });
  return vsix;
}
