// Full re-analysis off the main thread: a worker_threads worker runs `analyze` on a pair while the
// server keeps answering keystrokes. The worker is the server bundle itself (out/server.js, started
// with `isMainThread` false, see server.ts); where there is no bundle (tests under tsx) the analysis
// runs inline, on the next turn of the event loop.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { analyze, type Analysis, type AnalyzeInput } from '../core/analyze';
import type { BitextConfig } from '../core/config';

interface Request {
  n: number;
  input: AnalyzeInput;
  config: BitextConfig;
}
type Reply = { n: number; analysis: Analysis; error?: undefined } | { n: number; error: string; analysis?: undefined };

/** The server bundle beside this code, when running from one (out/server.js, also beside out/cli.js). */
function bundledScript(): string | undefined {
  if (!__filename.endsWith('.js')) return undefined;
  const p = join(__dirname, 'server.js');
  return existsSync(p) ? p : undefined;
}

export class Cancelled extends Error {
  constructor() {
    super('cancelled: the text changed');
  }
}

export class FullChecker {
  private worker: Worker | undefined;
  private next = 0;
  private readonly waiting = new Map<number, { resolve: (a: Analysis) => void; reject: (e: Error) => void; input: AnalyzeInput; config: BitextConfig }>();
  /** Why the worker could not be used (then analyses run inline). */
  failure: string | undefined;

  constructor(private readonly script: string | undefined = bundledScript()) {
    if (!script) this.failure = 'no server bundle to start a worker from';
  }

  get inWorker(): boolean {
    return !!this.script && !this.failure;
  }

  /** Analyses a pair; the texts of the result's sides are the input's own strings. */
  run(input: AnalyzeInput, config: BitextConfig): Promise<Analysis> {
    const w = this.ensureWorker();
    if (!w) return new Promise((resolve, reject) => setImmediate(() => {
      try {
        resolve(analyze(input, config));
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    }));
    const n = ++this.next;
    return new Promise((resolve, reject) => {
      this.waiting.set(n, { resolve, reject, input, config });
      w.postMessage({ n, input, config } satisfies Request);
    });
  }

  /** True while an analysis of a pair holding `uri` is under way. */
  busyWith(uri: string): boolean {
    return [...this.waiting.values()].some((j) => j.input.a.uri === uri || j.input.b?.uri === uri);
  }

  /**
   * Stops the analyses under way (their documents changed: the results would be dropped anyway), so
   * the worker does not take CPU from the keystrokes; their promises reject with `Cancelled`.
   */
  cancel(): void {
    const w = this.worker;
    if (!w) return;
    this.worker = undefined;
    void w.terminate();
    for (const [n, job] of [...this.waiting]) {
      this.waiting.delete(n);
      job.reject(new Cancelled());
    }
  }

  dispose(): void {
    this.cancel();
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker || !this.script || this.failure) return this.worker;
    try {
      const w = new Worker(this.script, { argv: [], execArgv: [], stdout: true, stderr: false });
      w.unref();
      // What the worker prints goes to the server's stderr (the editor's log), never into stdout (LSP).
      w.stdout.pipe(process.stderr);
      w.on('message', (r: Reply) => this.settle(r));
      w.on('error', (e) => this.fail(`the background checker failed: ${e.message}`));
      w.on('exit', (code) => {
        if (this.worker === w) this.fail(`the background checker stopped (exit code ${code})`);
      });
      this.worker = w;
    } catch (e) {
      this.failure = e instanceof Error ? e.message : String(e);
    }
    return this.worker;
  }

  private settle(r: Reply): void {
    const job = this.waiting.get(r.n);
    if (!job) return;
    this.waiting.delete(r.n);
    if (r.error !== undefined) return job.reject(new Error(r.error));
    // The texts were left out of the reply: the sides get back the strings the service holds.
    for (const s of r.analysis.sides) s.text = s.uri === job.input.b?.uri ? job.input.b.text : job.input.a.text;
    job.resolve(r.analysis);
  }

  private fail(why: string): void {
    this.failure = why;
    this.worker = undefined;
    // Whatever was waiting is analysed inline instead.
    for (const [n, job] of [...this.waiting]) {
      this.waiting.delete(n);
      this.run(job.input, job.config).then(job.resolve, job.reject);
    }
  }
}

/** The worker's side: analyse what comes, reply without the texts (the server has them). */
export function runFullCheckWorker(): void {
  if (isMainThread || !parentPort) return;
  const port = parentPort;
  port.on('message', (m: Request) => {
    let reply: Reply;
    try {
      const analysis = analyze(m.input, m.config);
      for (const s of analysis.sides) s.text = '';
      reply = { n: m.n, analysis };
    } catch (e) {
      reply = { n: m.n, error: e instanceof Error ? e.message : String(e) };
    }
    port.postMessage(reply);
  });
}
