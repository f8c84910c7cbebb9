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
  publish(id: string): void;
  isOpen(id: string): boolean;
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
  schedule(id: string): void {
    this.debounce.run(id, () => {
      this.hooks.publish(id);
      if (this.service.pendingSettle(id)) this.settleLater.run(id, () => this.settle(id));
    });
  }

  /** `id` is being edited: a full check of its pair under way is out of date, stop it (the next pause starts another). */
  editing(id: string): void {
    if (this.checker.busyWith(id)) this.checker.cancel();
  }

  /** A full check now (on save). */
  settleNow(id: string): void {
    this.settleLater.cancel(id);
    this.settle(id);
  }

  /** An analysis for a request or a first check, in the worker thread; `stop` ends it between units of work. */
  analyse(input: AnalyzeInput, config: BitextConfig, stop: Int32Array): Promise<Analysis> {
    return this.checker.run(input, config, stop);
  }

  cancel(id: string): void {
    this.debounce.cancel(id);
    this.settleLater.cancel(id);
  }

  private settle(id: string): void {
    const job = this.service.fullJob(id);
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
        this.hooks.log(`full check of ${id} (${job.size.toLocaleString('en')} characters${this.checker.inWorker ? ', worker thread' : ''}): ${Date.now() - started} ms${taken ? '' : ', dropped (the text changed meanwhile)'}.`);
        if (taken) this.hooks.publish(id);
      })
      .catch((e) => {
        if (!(e instanceof Cancelled)) this.hooks.error(`bitext: full check of ${id} failed: ${e instanceof Error ? e.message : String(e)}`);
      })
      .finally(() => {
        this.running.delete(job.key);
        if (state.again && this.hooks.isOpen(id)) this.settleLater.run(id, () => this.settle(id));
      });
  }
}
