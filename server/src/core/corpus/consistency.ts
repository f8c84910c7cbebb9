// The inconsistency detector: the same source line translated differently elsewhere in the corpus.
// Memory is bounded: an open-addressing table of fixed size holds, per distinct source line, a 64-bit
// hash of the source, a 32-bit hash of its first translation and the line it was first seen on
// (16 bytes a slot). When the table is 3/4 full, new source lines are no longer remembered (lines
// already in it are still checked) and `saturated` says so.

export interface Inconsistency {
  /** 0-based line where this source line was first seen, with another translation. */
  firstLine: number;
}

export class ConsistencyTable {
  private readonly keyHi: Uint32Array;
  private readonly keyLo: Uint32Array;
  private readonly tgt: Uint32Array;
  private readonly first: Int32Array;
  private readonly mask: number;
  private readonly limit: number;
  private count = 0;
  /** Source lines that could not be remembered because the table was full. */
  dropped = 0;

  /** `slots` is rounded up to a power of two; memory is 16 bytes a slot. */
  constructor(slots = 1 << 22) {
    let size = 1024;
    while (size < slots) size *= 2;
    this.keyHi = new Uint32Array(size);
    this.keyLo = new Uint32Array(size);
    this.tgt = new Uint32Array(size);
    this.first = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    this.limit = Math.floor(size * 0.75);
  }

  get size(): number {
    return this.count;
  }

  get saturated(): boolean {
    return this.dropped > 0;
  }

  /**
   * Records that `line` has source hash (hi, lo) and target hash `t`; returns the earlier line when
   * the same source was seen before with a different target hash.
   */
  observe(line: number, sourceHigh: number, sourceLow: number, target: number): Inconsistency | undefined {
    sourceHigh >>>= 0;
    sourceLow >>>= 0;
    target >>>= 0;
    let slot = (sourceHigh ^ Math.imul(sourceLow, 0x9e3779b1)) & this.mask;
    for (;;) {
      const firstLine = this.first[slot];
      if (firstLine < 0) {
        if (this.count >= this.limit) {
          this.dropped++;
          return undefined;
        }
        this.keyHi[slot] = sourceHigh;
        this.keyLo[slot] = sourceLow;
        this.tgt[slot] = target;
        this.first[slot] = line;
        this.count++;
        return undefined;
      }
      if (this.keyHi[slot] === sourceHigh && this.keyLo[slot] === sourceLow) {
        return this.tgt[slot] === target ? undefined : { firstLine: firstLine };
      }
      slot = (slot + 1) & this.mask;
    }
  }
}
