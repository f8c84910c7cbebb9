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
export function unpairedRuns(beads: readonly Bead[], k: Key): number[][] {
  const runs: number[][] = [];
  let cur: number[] = [];
  for (const b of beads) {
    const mine = b[k];
    const theirs = b[other(k)];
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
export function beadPlace(pair: AlignedPair, k: Key, unit: 'sentences' | 'paragraphs', bead: Bead, mirror?: string): { uri: string; span: Span; related: RelatedLocation[] } {
  const o = other(k);
  const related: RelatedLocation = { uri: pair[o].uri, span: unitSpan(pair[o], unit, bead[o]), message: 'the counterpart' };
  if (mirror) related.mirror = mirror;
  return { uri: pair[k].uri, span: unitSpan(pair[k], unit, bead[k]), related: [related] };
}

export function unitText(side: Side, unit: 'sentences' | 'paragraphs', idx: readonly number[]): string {
  return idx.map((i) => side.text.slice(side.seg[unit][i].start, side.seg[unit][i].end)).join(unit === 'sentences' ? ' ' : '\n');
}

export function sideName(pair: AlignedPair, k: Key): string {
  const r = roles(pair);
  if (r) return k === r.trans ? 'the translation' : 'the original';
  const s = pair[k];
  if (s.lang && s.lang !== 'und') return `the ${s.lang} side`;
  // two files: the file's own name says more than "first/second side"
  if (pair.a.uri !== pair.b.uri) return s.uri.split(/[\\/]/).pop()!;
  return k === 'a' ? 'the text above the source line' : 'the text below the source line';
}
