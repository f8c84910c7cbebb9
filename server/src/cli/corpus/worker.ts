// The worker-thread side of the corpus runner: receives batches, sends back findings and digests.
// Started from the same bundle as the CLI (`new Worker(__filename, { argv: ['corpus', '__worker'] })`),
// so `bitext corpus __worker` inside a worker thread lands here.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { makeBatchChecker, type BatchInput, type BatchSettings } from '../../core/corpus/batch';

export function isCorpusWorker(): boolean {
  return !isMainThread && !!parentPort && !!(workerData as { bitextCorpusWorker?: boolean } | undefined)?.bitextCorpusWorker;
}

/** Serves batches until the parent closes the port. */
export function runCorpusWorker(): Promise<number> {
  const port = parentPort!;
  const settings = (workerData as { settings: BatchSettings }).settings;
  const check = makeBatchChecker(settings);
  return new Promise((resolve) => {
    port.on('message', (msg: { id: number; input: BatchInput }) => {
      const out = check(msg.input);
      port.postMessage({ id: msg.id, out }, Object.values(out.digests).map((digest) => digest.buffer as ArrayBuffer));
    });
    port.on('close', () => resolve(0));
  });
}
