// Status per pair, for the status bar: how many paragraphs of this side are aligned, and how many
// paragraphs of the original are left untranslated.
import type { PairResult } from './pairs';
import type { PairStatus } from './types';
import type { Side } from '../types';

export function statusOf(result: PairResult | undefined, uri: string): PairStatus | undefined {
  if (!result) return undefined;
  const { analysis, plan } = result;
  if (result.lines) {
    // A line-aligned corpus: every line pair is a bead; lines past the end of the other side have none.
    const k = result.lines.ids[0] === uri ? 0 : 1;
    const own = result.lines.tables[k].count;
    const other = result.lines.tables[1 - k].count;
    return { form: analysis.form, uri, notes: result.notes, counterpart: result.lines.ids[1 - k], alignedParagraphs: Math.min(own, other), totalParagraphs: own, untranslated: Math.max(0, other - own) };
  }
  const pair = analysis.pair;
  const base = { form: analysis.form, uri, notes: result.notes };
  if (!pair) {
    const total = analysis.sides[0]?.seg.paragraphs.length ?? 0;
    return { ...base, alignedParagraphs: 0, totalParagraphs: total, untranslated: 0 };
  }
  const which: 'a' | 'b' = pair.a.uri === uri ? 'a' : 'b';
  const counterpart = pair.a.uri === pair.b.uri ? undefined : which === 'a' ? pair.b.uri : pair.a.uri;
  const other = which === 'a' ? 'b' : 'a';
  const aligned = count(pair.paragraphBeads, which, (b) => b[other].length > 0);
  const total = (which === 'a' ? pair.a : pair.b).seg.paragraphs.length;
  // The original is the side that is not the translation; unknown: the side with more paragraphs left alone.
  const lone = { a: count(pair.paragraphBeads, 'a', (b) => b.b.length === 0), b: count(pair.paragraphBeads, 'b', (b) => b.a.length === 0) };
  const original = pair.translation ? (pair.translation === 'a' ? 'b' : 'a') : lone.a >= lone.b ? 'a' : 'b';
  return { ...base, counterpart: counterpart ?? (plan.form === 'one-file' ? undefined : plan.counterpart), alignedParagraphs: aligned, totalParagraphs: total, untranslated: nonEmpty(original === 'a' ? pair.a : pair.b, pair.paragraphBeads, original) };
}

function count(beads: { a: number[]; b: number[] }[], which: 'a' | 'b', keep: (b: { a: number[]; b: number[] }) => boolean): number {
  let n = 0;
  for (const b of beads) if (keep(b)) n += b[which].length;
  return n;
}

/** Unpaired paragraphs of the original side that hold text. */
function nonEmpty(side: Side, beads: { a: number[]; b: number[] }[], which: 'a' | 'b'): number {
  const other = which === 'a' ? 'b' : 'a';
  let n = 0;
  for (const b of beads) {
    if (b[other].length) continue;
    for (const i of b[which]) {
      const p = side.seg.paragraphs[i];
      if (p && p.end > p.start && /\S/.test(side.text.slice(p.start, p.end))) n++;
    }
  }
  return n;
}
