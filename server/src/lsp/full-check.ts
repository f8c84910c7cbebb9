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
  const p = join(__dirname, 'server.js');
  return existsSync(p) ? p : undefined;
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
  private readonly waiting = new Map<number, { resolve: (a: Analysis) => void; reject: (e: Error) => void; input: AnalyzeInput; config: BitextConfig; stop?: Int32Array }>();
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
    const w = this.ensureWorker();
    if (!w) return new Promise((resolve, reject) => setImmediate(() => {
      try {
        resolve(analyze(input, config, stopFlagCancellation(stop)));
      } catch (e) {
        reject(e instanceof AnalysisCancelled ? new Cancelled() : e instanceof Error ? e : new Error(String(e)));
      }
    }));
    const n = ++this.next;
    return new Promise((resolve, reject) => {
      this.waiting.set(n, { resolve, reject, input, config, stop });
      w.postMessage({ n, input, config, stop } satisfies Request);
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
    if (r.cancelled) return job.reject(new Cancelled());
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
      this.run(job.input, job.config, job.stop).then(job.resolve, job.reject);
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
      const analysis = analyze(m.input, m.config, stopFlagCancellation(m.stop));
      for (const s of analysis.sides) s.text = '';
      reply = { n: m.n, analysis };
    } catch (e) {
      reply = { n: m.n, error: e instanceof Error ? e.message : String(e), cancelled: e instanceof AnalysisCancelled };
    }
    port.postMessage(reply);
  });
}
