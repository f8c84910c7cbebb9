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
  private readonly waiting = new Map<number, { resolve: (o: BatchOutput) => void; reject: (e: Error) => void; slot: number }>();
  private nextId = 0;
  private failed: Error | undefined;

  constructor(
    readonly size: number,
    settings: BatchSettings,
  ) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(__filename, {
        argv: ['corpus', '__worker'],
        workerData: { bitextCorpusWorker: true, settings },
        stdout: false,
        stderr: false,
        // A small young generation keeps each worker's memory low; the old generation may grow for
        // very long lines.
        resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 512 },
      });
      const slot = { w, busy: 0 };
      w.on('message', (m: { id: number; out: BatchOutput }) => {
        const p = this.waiting.get(m.id);
        if (!p) return;
        this.waiting.delete(m.id);
        this.workers[p.slot].busy--;
        p.resolve(m.out);
      });
      w.on('error', (e) => this.fail(e));
      w.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`a corpus worker stopped (exit code ${code})`));
      });
      this.workers.push(slot);
    }
  }

  private fail(e: Error): void {
    this.failed ??= e;
    for (const [, p] of this.waiting) p.reject(e);
    this.waiting.clear();
  }

  run(input: BatchInput): Promise<BatchOutput> {
    if (this.failed) return Promise.reject(this.failed);
    let best = 0;
    for (let i = 1; i < this.workers.length; i++) if (this.workers[i].busy < this.workers[best].busy) best = i;
    const id = this.nextId++;
    this.workers[best].busy++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject, slot: best });
      // Exact-size copies: posting a view would clone its whole underlying buffer.
      const a = new Uint8Array(input.a);
      const b = new Uint8Array(input.b);
      this.workers[best].w.postMessage({ id, input: { ...input, a, b } }, [a.buffer, b.buffer]);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((s) => s.w.terminate()));
  }
}
