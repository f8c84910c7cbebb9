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
  const script = join(__dirname, 'server.js');
  return existsSync(script) ? script : undefined;
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
    const worker = this.ensureWorker();
    if (!worker) return new Promise((resolve, reject) => setImmediate(() => {
      try {
        resolve(analyze(input, config));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    }));
    const jobId = ++this.next;
    return new Promise((resolve, reject) => {
      this.waiting.set(jobId, { resolve, reject, input, config });
      worker.postMessage({ n: jobId, input, config } satisfies Request);
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
    const worker = this.worker;
    if (!worker) return;
    this.worker = undefined;
    void worker.terminate();
    for (const [jobId, job] of [...this.waiting]) {
      this.waiting.delete(jobId);
      job.reject(new Cancelled());
    }
  }

  dispose(): void {
    this.cancel();
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker || !this.script || this.failure) return this.worker;
    try {
      const worker = new Worker(this.script, { argv: [], execArgv: [], stdout: true, stderr: false });
      worker.unref();
      // What the worker prints goes to the server's stderr (the editor's log), never into stdout (LSP).
      worker.stdout.pipe(process.stderr);
      worker.on('message', (r: Reply) => this.settle(r));
      worker.on('error', (e) => this.fail(`the background checker failed: ${e.message}`));
      worker.on('exit', (code) => {
        if (this.worker === worker) this.fail(`the background checker stopped (exit code ${code})`);
      });
      this.worker = worker;
    } catch (error) {
      this.failure = error instanceof Error ? error.message : String(error);
    }
    return this.worker;
  }

  private settle(reply: Reply): void {
    const job = this.waiting.get(reply.n);
    if (!job) return;
    this.waiting.delete(reply.n);
    if (reply.error !== undefined) return job.reject(new Error(reply.error));
    // The texts were left out of the reply: the sides get back the strings the service holds.
    for (const side of reply.analysis.sides) side.text = side.uri === job.input.b?.uri ? job.input.b.text : job.input.a.text;
    job.resolve(reply.analysis);
  }

  private fail(why: string): void {
    this.failure = why;
    this.worker = undefined;
    // Whatever was waiting is analysed inline instead.
    for (const [jobId, job] of [...this.waiting]) {
      this.waiting.delete(jobId);
      this.run(job.input, job.config).then(job.resolve, job.reject);
    }
  }
}

/** The worker's side: analyse what comes, reply without the texts (the server has them). */
export function runFullCheckWorker(): void {
  if (isMainThread || !parentPort) return;
  const port = parentPort;
  port.on('message', (request: Request) => {
    let reply: Reply;
    try {
      const analysis = analyze(request.input, request.config);
      for (const side of analysis.sides) side.text = '';
      reply = { n: request.n, analysis };
    } catch (error) {
      reply = { n: request.n, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
}
