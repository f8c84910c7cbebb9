// A small pool of worker threads for batches of line pairs; results come back by batch id. When the
// code is not running from the bundle (tests through tsx), or with 0 workers, batches run inline.
import { Worker } from 'node:worker_threads';
import { makeBatchChecker, type BatchInput, type BatchOutput, type BatchSettings } from '../../core/corpus/batch';

export interface BatchRunner {
  /** Threads used (0 = inline). */
  readonly size: number;
  run(input: BatchInput): Promise<BatchOutput>;
  close(): Promise<void>;
}

/** Whether worker threads can be started from this file (true in the bundled CLI). */
export function workersAvailable(): boolean {
  return typeof __filename === 'string' && __filename.endsWith('.js');
}

export function createBatchRunner(workers: number, settings: BatchSettings): BatchRunner {
  if (workers <= 0 || !workersAvailable()) return inlineRunner(settings);
  return new WorkerPool(workers, settings);
}

function inlineRunner(settings: BatchSettings): BatchRunner {
  const check = makeBatchChecker(settings);
  return {
    size: 0,
    run: async (input) => check(input),
    close: async () => {},
  };
}

class WorkerPool implements BatchRunner {
  private readonly workers: { w: Worker; busy: number }[] = [];
  private readonly waiting = new Map<number, { resolve: (output: BatchOutput) => void; reject: (error: Error) => void; slot: number }>();
  private nextId = 0;
  private failed: Error | undefined;

  constructor(
    readonly size: number,
    settings: BatchSettings,
  ) {
    for (let i = 0; i < size; i++) {
      const thread = new Worker(__filename, {
        argv: ['corpus', '__worker'],
        workerData: { bitextCorpusWorker: true, settings },
        stdout: false,
        stderr: false,
        // A small young generation keeps each worker's memory low; the old generation may grow for
        // very long lines.
        resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 512 },
      });
      const slot = { w: thread, busy: 0 };
      thread.on('message', (message: { id: number; out: BatchOutput }) => {
        const pending = this.waiting.get(message.id);
        if (!pending) return;
        this.waiting.delete(message.id);
        this.workers[pending.slot].busy--;
        pending.resolve(message.out);
      });
      thread.on('error', (e) => this.fail(e));
      thread.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`a corpus worker stopped (exit code ${code})`));
      });
      this.workers.push(slot);
    }
  }

  private fail(error: Error): void {
    this.failed ??= error;
    for (const [, pending] of this.waiting) pending.reject(error);
    this.waiting.clear();
  }

  run(input: BatchInput): Promise<BatchOutput> {
    if (this.failed) return Promise.reject(this.failed);
    let best = 0;
    for (let i = 1; i < this.workers.length; i++) if (this.workers[i].busy < this.workers[best].busy) best = i;
    const jobId = this.nextId++;
    this.workers[best].busy++;
    return new Promise((resolve, reject) => {
      this.waiting.set(jobId, { resolve, reject, slot: best });
      // Exact-size copies: posting a view would clone its whole underlying buffer.
      const bytesA = new Uint8Array(input.a);
      const bytesB = new Uint8Array(input.b);
      this.workers[best].w.postMessage({ id: jobId, input: { ...input, a: bytesA, b: bytesB } }, [bytesA.buffer, bytesB.buffer]);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((s) => s.w.terminate()));
  }
}
