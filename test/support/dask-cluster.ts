// A Dask cluster on 127.0.0.1 for the Dask stage's test and bench: a `dask-scheduler` and N
// `dask-worker` processes (one thread each, no nanny, so that a killed worker stays dead), on free
// ports, with their output kept for failure messages. Stop it with stop(), also after a failure.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { repoRoot } from './shared';

/** Debian's Python (python3-distributed is installed for it), unless $BITEXT_DASK_PYTHON says otherwise. */
export const daskPython = process.env.BITEXT_DASK_PYTHON ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');
export const daskStage = join(repoRoot, 'integrations', 'dask', 'bitext-dask');
export const daskEnv = { ...process.env, PYTHONDONTWRITEBYTECODE: '1' };

/** Why Dask cannot be used here, or undefined when `import distributed` works. */
export function daskMissing(): string | undefined {
  const probe = spawnSync(daskPython, ['-c', 'import distributed, dask'], { encoding: 'utf8' });
  if (probe.status === 0) return undefined;
  const why = (probe.stderr || String(probe.error ?? '')).trim().split('\n').pop();
  return `python3-distributed does not import in ${daskPython} (scripts/setup-test-deps.sh installs it): ${why}`;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

/** A long-running process whose output is kept (for the failure message) and watched. */
export class Proc {
  log = '';
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
  constructor(cmd: string, args: string[]) {
    this.child = spawn(cmd, args, { env: daskEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child.stdout!.on('data', (d) => (this.log += d));
    this.child.stderr!.on('data', (d) => (this.log += d));
    this.exited = new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
  }
  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }
  async waitFor(pattern: RegExp, ms: number): Promise<void> {
    const until = Date.now() + ms;
    while (!pattern.test(this.log)) {
      if (!this.running) throw new Error(`process exited before printing ${pattern}:\n${this.log}`);
      if (Date.now() > until) throw new Error(`no ${pattern} after ${ms} ms:\n${this.log}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  async stop(): Promise<void> {
    if (!this.running) return;
    this.child.kill('SIGTERM');
    const done = await Promise.race([this.exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 5000))]);
    if (!done && this.running) {
      this.child.kill('SIGKILL');
      await this.exited;
    }
  }
}

export interface DaskCluster {
  address: string;
  scheduler: Proc;
  workers: Proc[];
  stop(): Promise<void>;
}

/** `localDir`: the workers' scratch space (default: Dask's, dask-worker-space in the temp folder). */
export async function startDaskCluster(workerCount: number, localDir?: string): Promise<DaskCluster> {
  const port = await freePort();
  const address = `tcp://127.0.0.1:${port}`;
  const scheduler = new Proc('dask-scheduler', ['--host', '127.0.0.1', '--port', String(port), '--no-dashboard', '--no-show']);
  const workers: Proc[] = [];
  const stop = async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await scheduler.stop();
  };
  try {
    await scheduler.waitFor(/Scheduler at:\s+tcp:\/\/127\.0\.0\.1:\d+/, 30_000);
    for (let k = 1; k <= workerCount; k++) {
      const args = [address, '--host', '127.0.0.1', '--nthreads', '1', '--no-nanny', '--no-dashboard', '--name', `w${k}`];
      if (localDir) args.push('--local-directory', localDir);
      workers.push(new Proc('dask-worker', args));
    }
    await Promise.all(workers.map((w) => w.waitFor(/Registered to:/, 30_000)));
  } catch (e) {
    await stop();
    throw e;
  }
  return { address, scheduler, workers, stop };
}
