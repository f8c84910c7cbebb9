// Starts a throw-away code-server: fresh user-data and extensions folders, the packaged .vsix
// installed with --install-extension, bound to 127.0.0.1 on a free port. stop() kills its whole
// process group (server, extension host, language server) and is safe to call more than once.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { run } from './tools';

export interface CodeServer {
  url: string;
  port: number;
  /** The code-server output so far (for failure messages). */
  log(): string;
  stop(): Promise<void>;
}

export interface CodeServerOptions {
  bin: string;
  workspace: string;
  /** Holds ud/ (user data) and ext/ (extensions). */
  stateDir: string;
  settings: Record<string, unknown>;
  startTimeoutMs: number;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export async function installExtension(bin: string, vsix: string, stateDir: string): Promise<string> {
  mkdirSync(join(stateDir, 'ud', 'User'), { recursive: true });
  mkdirSync(join(stateDir, 'ext'), { recursive: true });
  const { stdout } = await run(
    bin,
    ['--user-data-dir', join(stateDir, 'ud'), '--extensions-dir', join(stateDir, 'ext'), '--install-extension', vsix],
    { timeoutMs: 60_000 },
  );
  return stdout;
}

export async function listExtensions(bin: string, stateDir: string): Promise<string[]> {
  const { stdout } = await run(
    bin,
    ['--user-data-dir', join(stateDir, 'ud'), '--extensions-dir', join(stateDir, 'ext'), '--list-extensions'],
    { timeoutMs: 30_000 },
  );
  return stdout.split('\n').map((s) => s.trim()).filter(Boolean);
}

const live = new Set<ChildProcess>();
process.on('exit', () => {
  for (const p of live) killGroup(p, 'SIGKILL');
});

function killGroup(p: ChildProcess, signal: NodeJS.Signals): void {
  if (p.pid === undefined) return;
  try {
    process.kill(-p.pid, signal);
  } catch {
    /* already gone */
  }
}

async function waitHealthy(url: string, proc: ChildProcess, timeoutMs: number, log: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null || proc.signalCode !== null) {
      throw new Error(`code-server exited (${proc.exitCode ?? proc.signalCode}) before it was up:\n${log()}`);
    }
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 150)); // poll interval, not a wait for a result
  }
  throw new Error(`code-server did not answer ${url}/healthz within ${timeoutMs} ms:\n${log()}`);
}

export async function startCodeServer(o: CodeServerOptions): Promise<CodeServer> {
  const ud = join(o.stateDir, 'ud');
  mkdirSync(join(ud, 'User'), { recursive: true });
  mkdirSync(join(o.stateDir, 'ext'), { recursive: true });
  writeFileSync(join(ud, 'User', 'settings.json'), JSON.stringify(o.settings, null, 2));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let out = '';
  const proc = spawn(
    o.bin,
    [
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--user-data-dir', ud,
      '--extensions-dir', join(o.stateDir, 'ext'),
      o.workspace,
    ],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PASSWORD: undefined } },
  );
  live.add(proc);
  const keep = (b: Buffer) => {
    out += b.toString();
    if (out.length > 200_000) out = out.slice(-100_000);
  };
  proc.stdout?.on('data', keep);
  proc.stderr?.on('data', keep);
  const log = () => out;
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (proc.exitCode === null && proc.signalCode === null) {
      killGroup(proc, 'SIGTERM');
      const t = setTimeout(() => killGroup(proc, 'SIGKILL'), 3000);
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      clearTimeout(t);
    }
    killGroup(proc, 'SIGKILL'); // children that outlived the server
    live.delete(proc);
  };
  try {
    await waitHealthy(url, proc, o.startTimeoutMs, log);
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, port, log, stop };
}
