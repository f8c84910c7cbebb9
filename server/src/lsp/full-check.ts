// Full re-analysis off the main thread: a worker_threads worker runs `analyze` on a pair while the
// server keeps answering keystrokes. The worker is the server bundle itself (out/server.js, started
// with `isMainThread` false, see server.ts); where there is no bundle (tests under tsx) the analysis
// runs inline, on the next turn of the event loop.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { analyze, type Analysis, type AnalyzeInput } from '../core/analyze';
import type { BitextConfig } from '../core/config';
import { AnalysisCancelled, type Cancellation } from '../core/cancel';

interface Request {
  n: number;
  input: AnalyzeInput;
  config: BitextConfig;
  /** Set to 1 by the server when the result is no longer wanted (shared memory: the worker sees it while busy). */
  stop?: Int32Array;
}
type Reply = { n: number; analysis: Analysis; error?: undefined; cancelled?: undefined } | { n: number; error: string; cancelled?: boolean; analysis?: undefined };

/** A stop flag (shared with the worker) as the core's cancellation question. */
export function stopFlagCancellation(stop: Int32Array | undefined): Cancellation | undefined {
  return stop ? { isCancelled: () => Atomics.load(stop, 0) !== 0 } : undefined;
}

/** A new stop flag, 0 until `raiseStop`. */
export function newStopFlag(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4));
}

export function raiseStop(stop: Int32Array): void {
  Atomics.store(stop, 0, 1);
}

/** The server bundle beside this code, when running from one (out/server.js, also beside out/cli.js). */
function bundledScript(): string | undefined {
  if (!__filename.endsWith('.js')) return undefined;
  const bundle = join(__dirname, 'server.js');
  return existsSync(bundle) ? bundle : undefined;
}

/** An analysis stopped before its end: its documents changed, or no request waits for it any more. */
export class Cancelled extends Error {
  constructor() {
    super('cancelled: the text changed or the request was cancelled');
  }
}

export class FullChecker {
  private worker: Worker | undefined;
  private next = 0;
  private readonly waiting = new Map<number, { resolve: (analysis: Analysis) => void; reject: (error: Error) => void; input: AnalyzeInput; config: BitextConfig; stop?: Int32Array }>();
  /** Why the worker could not be used (then analyses run inline). */
  failure: string | undefined;

  constructor(private readonly script: string | undefined = bundledScript()) {
    if (!script) this.failure = 'no server bundle to start a worker from';
  }

  get inWorker(): boolean {
    return !!this.script && !this.failure;
  }

  /**
   * Analyses a pair; the texts of the result's sides are the input's own strings. `stop`: a flag the
   * analysis looks at between units of work (raiseStop); once raised the promise rejects with `Cancelled`.
   */
  run(input: AnalyzeInput, config: BitextConfig, stop?: Int32Array): Promise<Analysis> {
    const worker = this.ensureWorker();
    if (!worker) return new Promise((resolve, reject) => setImmediate(() => {
      try {
        resolve(analyze(input, config, stopFlagCancellation(stop)));
      } catch (error) {
        reject(error instanceof AnalysisCancelled ? new Cancelled() : error instanceof Error ? error : new Error(String(error)));
      }
    }));
    const jobNumber = ++this.next;
    return new Promise((resolve, reject) => {
      this.waiting.set(jobNumber, { resolve, reject, input, config, stop });
      worker.postMessage({ n: jobNumber, input, config, stop } satisfies Request);
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
    for (const [jobNumber, job] of [...this.waiting]) {
      this.waiting.delete(jobNumber);
      job.reject(new Cancelled());
    }
  }

  dispose(): void {
    this.cancel();
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker || !this.script || this.failure) return this.worker;
    try {
      const thread = new Worker(this.script, { argv: [], execArgv: [], stdout: true, stderr: false });
      thread.unref();
      // What the worker prints goes to the server's stderr (the editor's log), never into stdout (LSP).
      thread.stdout.pipe(process.stderr);
      thread.on('message', (r: Reply) => this.settle(r));
      thread.on('error', (e) => this.fail(`the background checker failed: ${e.message}`));
      thread.on('exit', (code) => {
        if (this.worker === thread) this.fail(`the background checker stopped (exit code ${code})`);
      });
      this.worker = thread;
    } catch (error) {
      this.failure = error instanceof Error ? error.message : String(error);
    }
    return this.worker;
  }

  private settle(answer: Reply): void {
    const job = this.waiting.get(answer.n);
    if (!job) return;
    this.waiting.delete(answer.n);
    if (answer.cancelled) return job.reject(new Cancelled());
    if (answer.error !== undefined) return job.reject(new Error(answer.error));
    // The texts were left out of the reply: the sides get back the strings the service holds.
    for (const side of answer.analysis.sides) side.text = side.uri === job.input.b?.uri ? job.input.b.text : job.input.a.text;
    job.resolve(answer.analysis);
  }

  private fail(why: string): void {
    this.failure = why;
    this.worker = undefined;
    // Whatever was waiting is analysed inline instead.
    for (const [jobNumber, job] of [...this.waiting]) {
      this.waiting.delete(jobNumber);
      this.run(job.input, job.config, job.stop).then(job.resolve, job.reject);
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
      const analysis = analyze(request.input, request.config, stopFlagCancellation(request.stop));
      for (const side of analysis.sides) side.text = '';
      reply = { n: request.n, analysis };
    } catch (failure) {
      reply = { n: request.n, error: failure instanceof Error ? failure.message : String(failure), cancelled: failure instanceof AnalysisCancelled };
    }
    port.postMessage(reply);
  });
}
