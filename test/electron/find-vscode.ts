// Finds a desktop VS Code already on this machine for the @vscode/test-electron suite. It never
// downloads one (VS Code's download is out of reach on the project's machines): no VS Code here
// means the suite is skipped with the reason, and the same scenarios run in code-server (test/e2e).
import { existsSync, realpathSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';

/** executable: run with it; reason: skip, saying why; error: the user asked for a VS Code that is not there. */
export type Found = { executable: string } | { reason: string } | { error: string };

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const p = join(dir, name);
    if (existsSync(p)) return p;
  }
  return undefined;
}

/** The Electron executable behind a `code` CLI script (`.../bin/code` on Linux, `.../Resources/app/bin/code` on macOS). */
function executableBehindCli(cli: string): string | undefined {
  const real = realpathSync(cli);
  const binDir = dirname(real);
  const candidates = [
    join(binDir, '..', 'code'), // Linux: /usr/share/code/bin/code -> /usr/share/code/code
    join(binDir, '..', '..', '..', 'MacOS', 'Electron'), // macOS app bundle
    join(binDir, '..', '..', '..', 'MacOS', 'Code'),
    join(binDir, '..', 'Code.exe'), // Windows
  ];
  return candidates.find((c) => existsSync(c));
}

export function findVSCode(): Found {
  const env = process.env.VSCODE_EXECUTABLE;
  if (env) {
    if (!existsSync(env)) return { error: `VSCODE_EXECUTABLE=${env} does not exist` };
    return { executable: env };
  }
  const cli = onPath('code') ?? onPath('code-insiders');
  if (!cli) {
    return {
      reason:
        'no VS Code on this machine (set VSCODE_EXECUTABLE to its executable, or put `code` on PATH); ' +
        'this suite never downloads one. The same scenarios run in code-server: test/e2e/code-server.test.ts',
    };
  }
  const exe = executableBehindCli(cli);
  if (!exe) return { reason: `found ${cli} on PATH but not the VS Code executable behind it; set VSCODE_EXECUTABLE` };
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { reason: `VS Code found (${exe}) but no display: run the tests under xvfb-run` };
  }
  return { executable: exe };
}
