// Helpers over an AlignedPair: which side is the translation, unpaired runs, bead lookups.
import type { Bead, RelatedLocation, Side, Span } from '../../types';
import type { AlignedPair } from '../rule';

export type Key = 'a' | 'b';
export const other = (k: Key): Key => (k === 'a' ? 'b' : 'a');

/** The original and translation keys, or undefined when the pair does not say. */
export function roles(pair: AlignedPair): { trans: Key; orig: Key } | undefined {
  return pair.translation ? { trans: pair.translation, orig: other(pair.translation) } : undefined;
}

/** Indices of side `k` whose bead has nothing on the other side, grouped in runs of consecutive beads. */
export function unpairedRuns(beads: readonly Bead[], sideKey: Key): number[][] {
  const runs: number[][] = [];
  let cur: number[] = [];
  for (const unitBead of beads) {
    const mine = unitBead[sideKey];
    const theirs = unitBead[other(sideKey)];
    if (mine.length && !theirs.length) cur.push(...mine);
    else if (mine.length || theirs.length) {
      if (cur.length) runs.push(cur);
      cur = [];
    }
  }
  if (cur.length) runs.push(cur);
  return runs;
}

export function unitSpan(side: Side, unit: 'sentences' | 'paragraphs', idx: readonly number[]): Span {
  const list = side.seg[unit];
  return { start: list[idx[0]].start, end: list[idx[idx.length - 1]].end };
}

/**
 * Where a finding on side `k`'s units of `bead` goes: those units, with the counterpart's units as
 * related (`mirror`: the message as read from the counterpart, see RelatedLocation).
 */
export function beadPlace(pair: AlignedPair, sideKey: Key, unit: 'sentences' | 'paragraphs', bead: Bead, mirror?: string): { uri: string; span: Span; related: RelatedLocation[] } {
  const otherKey = other(sideKey);
  const related: RelatedLocation = { uri: pair[otherKey].uri, span: unitSpan(pair[otherKey], unit, bead[otherKey]), message: 'the counterpart' };
  if (mirror) related.mirror = mirror;
  return { uri: pair[sideKey].uri, span: unitSpan(pair[sideKey], unit, bead[sideKey]), related: [related] };
}

export function unitText(side: Side, unit: 'sentences' | 'paragraphs', idx: readonly number[]): string {
  return idx.map((unitIndex) => side.text.slice(side.seg[unit][unitIndex].start, side.seg[unit][unitIndex].end)).join(unit === 'sentences' ? ' ' : '\n');
}

export function sideName(pair: AlignedPair, sideKey: Key): string {
  const sideRoles = roles(pair);
  if (sideRoles) return sideKey === sideRoles.trans ? 'the translation' : 'the original';
  const pairSide = pair[sideKey];
  if (pairSide.lang && pairSide.lang !== 'und') return `the ${pairSide.lang} side`;
  // two files: the file's own name says more than "first/second side"
  if (pair.a.uri !== pair.b.uri) return pairSide.uri.split(/[\\/]/).pop()!;
  return sideKey === 'a' ? 'the text above the source line' : 'the text below the source line';
}
