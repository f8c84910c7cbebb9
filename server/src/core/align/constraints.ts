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
 * Checks that links are well formed against sides of countA and countB units: consecutive indices in range, no
 * unit in two links, links in the same order on both sides. Returns the usable ones (a bad one is dropped
 * with its reason, so one stale correction cannot stop an alignment).
 */
export function validLinks(constraints: AlignConstraints, countA: number, countB: number): { links: Array<{ a: number[]; b: number[] }>; dropped: string[] } {
  const dropped: string[] = [];
  const links: Array<{ a: number[]; b: number[] }> = [];
  const consecutive = (list: readonly number[], limit: number) => list.every((unit, index) => Number.isInteger(unit) && unit >= 0 && unit < limit && (index === 0 || unit === list[index - 1] + 1));
  const sorted = [...(constraints.links ?? [])].sort((left, right) => (left.a[0] ?? Infinity) - (right.a[0] ?? Infinity) || (left.b[0] ?? Infinity) - (right.b[0] ?? Infinity));
  let lastA = -1;
  let lastB = -1;
  for (const link of sorted) {
    const name = `[${link.a.join(',')}]:[${link.b.join(',')}]`;
    if (!link.a.length && !link.b.length) continue;
    if (!consecutive(link.a, countA) || !consecutive(link.b, countB)) {
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
  const key = (unitsA: number, unitsB: number) => `${unitsA}-${unitsB}`;
  const seen = new Set(out.map(([unitsA, unitsB]) => key(unitsA, unitsB)));
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
export function bandWithLinks(band: Band, countB: number, links: ReadonlyArray<{ a: readonly number[]; b: readonly number[] }>, positions: (link: { a: readonly number[]; b: readonly number[] }) => { startA: number; startB: number }): Band {
  const low = band.low.slice();
  const high = band.high.slice();
  const countA = low.length - 1;
  for (const link of links) {
    if (!link.a.length || !link.b.length) continue;
    const { startA, startB } = positions(link);
    const endA = startA + link.a.length;
    const endB = startB + link.b.length;
    for (let i = startA; i <= endA && i <= countA; i++) {
      if (startB < low[i]) low[i] = startB;
      if (endB > high[i]) high[i] = Math.min(countB, endB);
    }
  }
  for (let i = countA - 1; i >= 0; i--) if (low[i] > low[i + 1]) low[i] = low[i + 1];
  for (let i = 1; i <= countA; i++) if (high[i] < high[i - 1]) high[i] = high[i - 1];
  for (let i = 1; i <= countA; i++) if (low[i] > high[i - 1]) low[i] = high[i - 1];
  return { low, high };
}

/** A scorer that forbids every bead the constraints rule out and otherwise asks the one it wraps. */
export class ConstrainedScorer implements BeadScorer {
  readonly delA: Float64Array;
  readonly delB: Float64Array;
  private readonly linkOfA: Int32Array;
  private readonly linkOfB: Int32Array;
  private readonly forbiddenWith = new Map<number, Set<number>>();
  readonly partialCost?: (startA: number, startB: number, unitsA: number, unitsB: number, partialSide: number) => number;
  readonly lowerBound?: (startA: number, startB: number, unitsA: number, unitsB: number) => number;

  constructor(
    private readonly inner: BeadScorer,
    private readonly links: ReadonlyArray<{ a: readonly number[]; b: readonly number[] }>,
    unlinks: ReadonlyArray<{ a: number; b: number }>,
  ) {
    const countA = inner.delA.length;
    const countB = inner.delB.length;
    this.linkOfA = new Int32Array(countA).fill(-1);
    this.linkOfB = new Int32Array(countB).fill(-1);
    this.delA = inner.delA.slice();
    this.delB = inner.delB.slice();
    links.forEach((link, index) => {
      for (const i of link.a) this.linkOfA[i] = index;
      for (const j of link.b) this.linkOfB[j] = index;
      // a linked unit is never left unpaired, unless the link says it is (one side empty)
      if (link.a.length && link.b.length) {
        for (const i of link.a) this.delA[i] = FORBIDDEN;
        for (const j of link.b) this.delB[j] = FORBIDDEN;
      }
    });
    for (const { a: unitA, b: unitB } of unlinks) {
      if (!this.forbiddenWith.has(unitA)) this.forbiddenWith.set(unitA, new Set());
      this.forbiddenWith.get(unitA)!.add(unitB);
    }
    if (inner.partialCost) {
      const partial = inner.partialCost.bind(inner);
      this.partialCost = (startA, startB, unitsA, unitsB, side) => (this.allowed(startA, startB, unitsA, unitsB) ? partial(startA, startB, unitsA, unitsB, side) : FORBIDDEN);
    }
    if (inner.lowerBound) {
      const bound = inner.lowerBound.bind(inner);
      this.lowerBound = (startA, startB, unitsA, unitsB) => (this.allowed(startA, startB, unitsA, unitsB) ? bound(startA, startB, unitsA, unitsB) : FORBIDDEN);
    }
  }

  cost(startA: number, startB: number, unitsA: number, unitsB: number): number {
    return this.allowed(startA, startB, unitsA, unitsB) ? this.inner.cost(startA, startB, unitsA, unitsB) : FORBIDDEN;
  }

  /** A pairing bead is allowed when it is a link exactly, or touches no linked unit and no unlinked pair. */
  private allowed(startA: number, startB: number, unitsA: number, unitsB: number): boolean {
    let link = -2;
    for (let i = startA; i < startA + unitsA; i++) {
      const unitLink = this.linkOfA[i];
      if (link === -2) link = unitLink;
      else if (unitLink !== link) return false;
    }
    for (let j = startB; j < startB + unitsB; j++) if (this.linkOfB[j] !== link) return false;
    if (link >= 0) {
      const wanted = this.links[link];
      return wanted.a.length === unitsA && wanted.b.length === unitsB && wanted.a[0] === startA && wanted.b[0] === startB;
    }
    if (this.forbiddenWith.size) {
      for (let i = startA; i < startA + unitsA; i++) {
        const banned = this.forbiddenWith.get(i);
        if (!banned) continue;
        for (let j = startB; j < startB + unitsB; j++) if (banned.has(j)) return false;
      }
    }
    return true;
  }
}
