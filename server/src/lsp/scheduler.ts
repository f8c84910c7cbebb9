// When a pair is checked: a short pause after typing publishes the pair (`debounce`); after edits of
// a big pair only the region around them was re-checked, so a full check follows when typing pauses
// longer, or on save, in a worker thread. Keystrokes stay fast, the result is published when it
// arrives, and dropped if a document of the pair changed meanwhile (the next pause redoes it).
import type { BitextService } from '../core/service';
import type { Analysis, AnalyzeInput } from '../core/analyze';
import type { BitextConfig } from '../core/config';
import { Debouncer } from './debounce';
import { Cancelled, FullChecker } from './full-check';

export interface SchedulerHooks {
  publish(docId: string): void;
  isOpen(docId: string): boolean;
  error(message: string): void;
  log(message: string): void;
}

export class CheckScheduler {
  private readonly debounce = new Debouncer(200);
  private readonly settleLater = new Debouncer(1500);
  private readonly checker = new FullChecker();
  /** Full checks under way, by pair key: `again` when another was asked for meanwhile. */
  private readonly running = new Map<string, { again: boolean }>();

  constructor(
    private readonly service: BitextService,
    private readonly hooks: SchedulerHooks,
  ) {}

  setDelays(debounceMs: number, fullCheckDelayMs: number): void {
    this.debounce.setDelay(debounceMs);
    this.settleLater.setDelay(fullCheckDelayMs);
  }

  /** Publish `id`'s pair after the pause; then, if it was checked around edits only, a full check later. */
  schedule(docId: string): void {
    this.debounce.run(docId, () => {
      this.hooks.publish(docId);
      if (this.service.pendingSettle(docId)) this.settleLater.run(docId, () => this.settle(docId));
    });
  }

  /** `id` is being edited: a full check of its pair under way is out of date, stop it (the next pause starts another). */
  editing(docId: string): void {
    if (this.checker.busyWith(docId)) this.checker.cancel();
  }

  /** A full check now (on save). */
  settleNow(docId: string): void {
    this.settleLater.cancel(docId);
    this.settle(docId);
  }

  /** An analysis for a request or a first check, in the worker thread; `stop` ends it between units of work. */
  analyse(input: AnalyzeInput, config: BitextConfig, stop: Int32Array): Promise<Analysis> {
    return this.checker.run(input, config, stop);
  }

  cancel(docId: string): void {
    this.debounce.cancel(docId);
    this.settleLater.cancel(docId);
  }

  private settle(docId: string): void {
    const job = this.service.fullJob(docId);
    if (!job) return;
    const busy = this.running.get(job.key);
    if (busy) {
      busy.again = true;
      return;
    }
    const state = { again: false };
    this.running.set(job.key, state);
    const started = Date.now();
    this.checker
      .run(job.input, job.config)
      .then((analysis) => {
        const taken = this.service.acceptFull(job, analysis);
        this.hooks.log(`full check of ${docId} (${job.size.toLocaleString('en')} characters${this.checker.inWorker ? ', worker thread' : ''}): ${Date.now() - started} ms${taken ? '' : ', dropped (the text changed meanwhile)'}.`);
        if (taken) this.hooks.publish(docId);
      })
      .catch((error) => {
        if (!(error instanceof Cancelled)) this.hooks.error(`bitext: full check of ${docId} failed: ${error instanceof Error ? error.message : String(error)}`);
      })
      .finally(() => {
        this.running.delete(job.key);
        if (state.again && this.hooks.isOpen(docId)) this.settleLater.run(docId, () => this.settle(docId));
      });
  }
}
