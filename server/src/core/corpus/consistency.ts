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
    let n = 1024;
    while (n < slots) n *= 2;
    this.keyHi = new Uint32Array(n);
    this.keyLo = new Uint32Array(n);
    this.tgt = new Uint32Array(n);
    this.first = new Int32Array(n).fill(-1);
    this.mask = n - 1;
    this.limit = Math.floor(n * 0.75);
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
  observe(line: number, hi: number, lo: number, t: number): Inconsistency | undefined {
    hi >>>= 0;
    lo >>>= 0;
    t >>>= 0;
    let i = (hi ^ Math.imul(lo, 0x9e3779b1)) & this.mask;
    for (;;) {
      const f = this.first[i];
      if (f < 0) {
        if (this.count >= this.limit) {
          this.dropped++;
          return undefined;
        }
        this.keyHi[i] = hi;
        this.keyLo[i] = lo;
        this.tgt[i] = t;
        this.first[i] = line;
        this.count++;
        return undefined;
      }
      if (this.keyHi[i] === hi && this.keyLo[i] === lo) {
        return this.tgt[i] === t ? undefined : { firstLine: f };
      }
      i = (i + 1) & this.mask;
    }
  }
}
