// Corrections a user made by hand, as constraints on the DP: beads that must be in the alignment
// ("link these sentences", "merge with the next bead", "split this bead here") and pairs of units that
// must not share a bead ("unlink"). The aligner realigns everything else around them.
import type { Band, BeadScorer } from './dp';

export interface AlignConstraints {
  /** Beads that must appear as they are (unit indices, consecutive on each side; one side may be empty). */
  links?: ReadonlyArray<{ a: readonly number[]; b: readonly number[] }>;
  /** Units that must not be in one bead: unit `a` of side A and unit `b` of side B. */
  unlinks?: ReadonlyArray<{ a: number; b: number }>;
}

const FORBIDDEN = 1e9;

export function hasConstraints(constraints: AlignConstraints | undefined): constraints is AlignConstraints {
  return !!constraints && ((constraints.links?.length ?? 0) > 0 || (constraints.unlinks?.length ?? 0) > 0);
}

/**
 * Checks that links are well formed against sides of n and m units: consecutive indices in range, no
 * unit in two links, links in the same order on both sides. Returns the usable ones (a bad one is dropped
 * with its reason, so one stale correction cannot stop an alignment).
 */
export function validLinks(constraints: AlignConstraints, n: number, m: number): { links: Array<{ a: number[]; b: number[] }>; dropped: string[] } {
  const dropped: string[] = [];
  const links: Array<{ a: number[]; b: number[] }> = [];
  const consecutive = (list: readonly number[], limit: number) => list.every((x, k) => Number.isInteger(x) && x >= 0 && x < limit && (k === 0 || x === list[k - 1] + 1));
  const sorted = [...(constraints.links ?? [])].sort((x, y) => (x.a[0] ?? Infinity) - (y.a[0] ?? Infinity) || (x.b[0] ?? Infinity) - (y.b[0] ?? Infinity));
  let lastA = -1;
  let lastB = -1;
  for (const link of sorted) {
    const name = `[${link.a.join(',')}]:[${link.b.join(',')}]`;
    if (!link.a.length && !link.b.length) continue;
    if (!consecutive(link.a, n) || !consecutive(link.b, m)) {
      dropped.push(`${name}: not consecutive units of the two sides`);
      continue;
    }
    const firstA = link.a[0] ?? lastA + 1;
    const firstB = link.b[0] ?? lastB + 1;
    if (firstA <= lastA || firstB <= lastB) {
      dropped.push(`${name}: overlaps or crosses an earlier link`);
      continue;
    }
    links.push({ a: [...link.a], b: [...link.b] });
    if (link.a.length) lastA = link.a[link.a.length - 1];
    if (link.b.length) lastB = link.b[link.b.length - 1];
  }
  return { links, dropped };
}

/** The bead shapes the links need beyond `shapes`. */
export function shapesWithLinks(shapes: ReadonlyArray<readonly [number, number]>, links: ReadonlyArray<{ a: readonly number[]; b: readonly number[] }>): Array<readonly [number, number]> {
  const out = [...shapes];
  const key = (p: number, q: number) => `${p}-${q}`;
  const seen = new Set(out.map(([p, q]) => key(p, q)));
  for (const link of links) {
    if (!link.a.length || !link.b.length) continue;
    if (!seen.has(key(link.a.length, link.b.length))) {
      seen.add(key(link.a.length, link.b.length));
      out.push([link.a.length, link.b.length]);
    }
  }
  return out;
}

/** The band widened so that every link's corners are states of it. */
export function bandWithLinks(band: Band, m: number, links: ReadonlyArray<{ a: readonly number[]; b: readonly number[] }>, positions: (link: { a: readonly number[]; b: readonly number[] }) => { a0: number; b0: number }): Band {
  const lo = band.lo.slice();
  const hi = band.hi.slice();
  const n = lo.length - 1;
  for (const link of links) {
    if (!link.a.length || !link.b.length) continue;
    const { a0, b0 } = positions(link);
    const a1 = a0 + link.a.length;
    const b1 = b0 + link.b.length;
    for (let i = a0; i <= a1 && i <= n; i++) {
      if (b0 < lo[i]) lo[i] = b0;
      if (b1 > hi[i]) hi[i] = Math.min(m, b1);
    }
  }
  for (let i = n - 1; i >= 0; i--) if (lo[i] > lo[i + 1]) lo[i] = lo[i + 1];
  for (let i = 1; i <= n; i++) if (hi[i] < hi[i - 1]) hi[i] = hi[i - 1];
  for (let i = 1; i <= n; i++) if (lo[i] > hi[i - 1]) lo[i] = hi[i - 1];
  return { lo, hi };
}

/** A scorer that forbids every bead the constraints rule out and otherwise asks the one it wraps. */
export class ConstrainedScorer implements BeadScorer {
  readonly delA: Float64Array;
  readonly delB: Float64Array;
  private readonly linkOfA: Int32Array;
  private readonly linkOfB: Int32Array;
  private readonly forbiddenWith = new Map<number, Set<number>>();
  readonly partialCost?: (i0: number, j0: number, p: number, q: number, partialSide: number) => number;
  readonly lowerBound?: (i0: number, j0: number, p: number, q: number) => number;

  constructor(
    private readonly inner: BeadScorer,
    private readonly links: ReadonlyArray<{ a: readonly number[]; b: readonly number[] }>,
    unlinks: ReadonlyArray<{ a: number; b: number }>,
  ) {
    const n = inner.delA.length;
    const m = inner.delB.length;
    this.linkOfA = new Int32Array(n).fill(-1);
    this.linkOfB = new Int32Array(m).fill(-1);
    this.delA = inner.delA.slice();
    this.delB = inner.delB.slice();
    links.forEach((link, k) => {
      for (const i of link.a) this.linkOfA[i] = k;
      for (const j of link.b) this.linkOfB[j] = k;
      // a linked unit is never left unpaired, unless the link says it is (one side empty)
      if (link.a.length && link.b.length) {
        for (const i of link.a) this.delA[i] = FORBIDDEN;
        for (const j of link.b) this.delB[j] = FORBIDDEN;
      }
    });
    for (const { a, b } of unlinks) {
      if (!this.forbiddenWith.has(a)) this.forbiddenWith.set(a, new Set());
      this.forbiddenWith.get(a)!.add(b);
    }
    if (inner.partialCost) {
      const partial = inner.partialCost.bind(inner);
      this.partialCost = (i0, j0, p, q, side) => (this.allowed(i0, j0, p, q) ? partial(i0, j0, p, q, side) : FORBIDDEN);
    }
    if (inner.lowerBound) {
      const bound = inner.lowerBound.bind(inner);
      this.lowerBound = (i0, j0, p, q) => (this.allowed(i0, j0, p, q) ? bound(i0, j0, p, q) : FORBIDDEN);
    }
  }

  cost(i0: number, j0: number, p: number, q: number): number {
    return this.allowed(i0, j0, p, q) ? this.inner.cost(i0, j0, p, q) : FORBIDDEN;
  }

  /** A pairing bead is allowed when it is a link exactly, or touches no linked unit and no unlinked pair. */
  private allowed(i0: number, j0: number, p: number, q: number): boolean {
    let link = -2;
    for (let i = i0; i < i0 + p; i++) {
      const k = this.linkOfA[i];
      if (link === -2) link = k;
      else if (k !== link) return false;
    }
    for (let j = j0; j < j0 + q; j++) if (this.linkOfB[j] !== link) return false;
    if (link >= 0) {
      const wanted = this.links[link];
      return wanted.a.length === p && wanted.b.length === q && wanted.a[0] === i0 && wanted.b[0] === j0;
    }
    if (this.forbiddenWith.size) {
      for (let i = i0; i < i0 + p; i++) {
        const banned = this.forbiddenWith.get(i);
        if (!banned) continue;
        for (let j = j0; j < j0 + q; j++) if (banned.has(j)) return false;
      }
    }
    return true;
  }
}
