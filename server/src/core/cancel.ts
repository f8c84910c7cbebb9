// Cancellation of a long analysis, as the core sees it: a question it asks between units of work (a
// paragraph group of the aligner, a rule), never a type of an editor protocol. A front end answers
// it from what it has (the language server: the request's cancellation, through a flag shared with
// its worker thread).
export interface Cancellation {
  /** True once the caller no longer wants the result. */
  isCancelled(): boolean;
}

/** Thrown by the core between units of work when the caller's `isCancelled` says so. */
export class AnalysisCancelled extends Error {
  constructor() {
    super('the analysis was cancelled');
    this.name = 'AnalysisCancelled';
  }
}

export function throwIfCancelled(cancellation: Cancellation | undefined): void {
  if (cancellation?.isCancelled()) throw new AnalysisCancelled();
}
