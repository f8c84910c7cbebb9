// Document pairs analyzed on worker threads: each job is one `analyze()` input (texts already read and
// paired by the main thread), each result its Analysis without the alignment (`pair`), which the
// check and fix commands do not need. Results come back in job order. With 0 workers, or when not
// running from the bundle (tests through tsx), the jobs run inline.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { analyze, type Analysis, type AnalyzeInput } from '../../core/analyze';
import type { Dictionary } from '../../core/align';
import type { BitextConfig } from '../../core/config';
import { workersAvailable } from './pool';

interface DocWorkerData {
  bitextDocWorker: true;
  config: BitextConfig;
  /** Sent once to each worker, not with every job. */
  dictionary?: Dictionary;
}

export function isDocWorker(): boolean {
  return !isMainThread && !!parentPort && !!(workerData as Partial<DocWorkerData> | undefined)?.bitextDocWorker;
}

/** The worker side: analyzes each input it is sent until the parent closes the port. */
export function runDocWorker(): Promise<number> {
  const port = parentPort!;
  const { config, dictionary } = workerData as DocWorkerData;
  return new Promise((resolve) => {
    port.on('message', (msg: { id: number; input: AnalyzeInput }) => {
      let out: { analysis?: Analysis; error?: string };
      try {
        out = { analysis: lean(analyze(dictionary ? { ...msg.input, dictionary } : msg.input, config)) };
      } catch (failure) {
        out = { error: failure instanceof Error ? failure.message : String(failure) };
      }
      port.postMessage({ id: msg.id, ...out });
    });
    port.on('close', () => resolve(0));
  });
}

function lean(analysis: Analysis): Analysis {
  return { form: analysis.form, sides: analysis.sides, findings: analysis.findings, notes: analysis.notes };
}

export interface DocJobResult {
  analysis?: Analysis;
  error?: string;
}

/**
 * Analyzes the inputs on `workers` threads (0: inline), two jobs in flight per thread. `inputs` is
 * consumed lazily, so the caller's reading and pairing of the next files overlaps the analysis.
 * `onDone(i, result)` is called as each finishes (any order); the promise gives all results in order.
 */
export async function analyzeMany(
  inputs: Iterable<AnalyzeInput>,
  config: BitextConfig,
  workers: number,
  onDone?: (index: number, result: DocJobResult) => void,
  /** The user's dictionary, for every input (sent to each worker once). */
  dictionary?: Dictionary,
): Promise<{ results: DocJobResult[]; workers: number }> {
  const results: DocJobResult[] = [];
  if (workers <= 0 || !workersAvailable()) {
    let index = 0;
    for (const input of inputs) {
      try {
        results[index] = { analysis: analyze(dictionary ? { ...input, dictionary } : input, config) };
      } catch (failure) {
        results[index] = { error: failure instanceof Error ? failure.message : String(failure) };
      }
      onDone?.(index, results[index]);
      index++;
    }
    return { results, workers: 0 };
  }
  const threads: { w: Worker; busy: number }[] = [];
  let failed: Error | undefined;
  let wake: (() => void) | undefined;
  let inFlight = 0;
  const wait = () => new Promise<void>((r) => (wake = r));
  const ping = () => {
    const waker = wake;
    wake = undefined;
    waker?.();
  };
  const start = () => {
    const slot = {
      w: new Worker(__filename, {
        argv: ['corpus', '__docworker'],
        workerData: { bitextDocWorker: true, config, dictionary } satisfies DocWorkerData,
        stdout: false,
        stderr: false,
      }),
      busy: 0,
    };
    slot.w.on('message', (message: { id: number } & DocJobResult) => {
      results[message.id] = message.error !== undefined ? { error: message.error } : { analysis: message.analysis };
      slot.busy--;
      inFlight--;
      onDone?.(message.id, results[message.id]);
      ping();
    });
    slot.w.on('error', (error) => {
      failed ??= error;
      ping();
    });
    slot.w.on('exit', (code) => {
      if (code !== 0) failed ??= new Error(`a document worker stopped (exit code ${code})`);
      ping();
    });
    threads.push(slot);
  };
  try {
    let nextId = 0;
    for (const input of inputs) {
      // threads start as work arrives (a run of 3 pairs does not start 8 threads)
      if (threads.length < workers) start();
      while (inFlight >= 2 * threads.length && !failed) await wait();
      if (failed) throw failed;
      let best = threads[0];
      for (const thread of threads) if (thread.busy < best.busy) best = thread;
      best.busy++;
      inFlight++;
      results[nextId] = { error: 'not analyzed' };
      best.w.postMessage({ id: nextId++, input });
    }
    while (inFlight > 0 && !failed) await wait();
    if (failed) throw failed;
  } finally {
    await Promise.all(threads.map((t) => t.w.terminate()));
  }
  return { results, workers: threads.length };
}
