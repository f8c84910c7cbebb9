// Status per pair, for the status bar: how many paragraphs of this side are aligned, and how many
// paragraphs of the original are left untranslated.
import type { PairResult } from './pairs';
import type { PairStatus } from './types';
import type { Finding } from '../types';
import { pairRoles } from '../roles';

export function statusOf(result: PairResult | undefined, uri: string): PairStatus | undefined {
  if (!result) return undefined;
  const { analysis, plan } = result;
  if (result.lines) {
    // A line-aligned corpus: every line pair is a bead; lines past the end of the other side have none.
    const side = result.lines.ids[0] === uri ? 0 : 1;
    const own = result.lines.tables[side].lineCount;
    const other = result.lines.tables[1 - side].lineCount;
    return { form: analysis.form, uri, notes: result.notes, counterpart: result.lines.ids[1 - side], alignedParagraphs: Math.min(own, other), totalParagraphs: own, untranslated: Math.max(0, other - own) };
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
  const roles = pairRoles(pair);
  // What the missing-translation findings count (titles, bylines and boilerplate on one side are not
  // untranslated paragraphs), on the original's side; unknown roles: the side with more of them.
  const missing = { a: missingParagraphs(analysis.findings, 'a'), b: missingParagraphs(analysis.findings, 'b') };
  const original = roles?.original ?? (missing.a >= missing.b ? 'a' : 'b');
  const rolesOf = roles && { original: pair[roles.original].uri, translation: pair[roles.translation].uri, rolesFrom: roles.from, role: roles.original === which ? ('original' as const) : ('translation' as const) };
  return {
    ...base,
    ...rolesOf,
    counterpart: counterpart ?? (plan.form === 'one-file' ? undefined : plan.counterpart),
    alignedParagraphs: aligned,
    totalParagraphs: total,
    untranslated: missing[original],
  };
}

function count(beads: { a: number[]; b: number[] }[], which: 'a' | 'b', keep: (bead: { a: number[]; b: number[] }) => boolean): number {
  let count = 0;
  for (const bead of beads) if (keep(bead)) count += bead[which].length;
  return count;
}

/** Paragraphs the missing-translation findings of side `which` count. */
function missingParagraphs(findings: readonly Finding[], which: 'a' | 'b'): number {
  let total = 0;
  for (const finding of findings) {
    const data = finding.data as { paragraphs?: number; side?: string } | undefined;
    if (finding.rule === 'missing-translation' && data?.side === which && typeof data.paragraphs === 'number') total += data.paragraphs;
  }
  return total;
}
