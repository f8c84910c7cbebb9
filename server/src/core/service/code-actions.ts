// Code actions from the findings' own fixes (never recomputed): a quick fix per fixable finding under
// the cursor, "fix all of this rule in the file", and fix-all (safe fixes only). Overlapping edits
// are dropped, first come first kept, so an action always applies cleanly.
import type { Finding, Fix, Span, TextEdit } from '../types';
import type { CodeAction } from './types';
import { overlaps } from './locate';

export function codeActionsFor(findings: Finding[], uri: string, span: Span): CodeAction[] {
  const out: CodeAction[] = [];
  const here = findings.filter((f) => f.fixes?.length && overlaps(f.span, span));
  for (const f of here) {
    f.fixes!.forEach((fix, i) => out.push({ title: fix.title, kind: 'quickfix', edits: fix.edits, fixes: [f], preferred: i === 0 && fix.safe }));
  }
  const rules = [...new Set(here.map((f) => f.rule))];
  for (const rule of rules) {
    const all = findings.filter((f) => f.rule === rule && f.fixes?.length);
    if (all.length < 2) continue;
    const { edits, fixed } = combine(all, uri, (f) => f.fixes!.find((x) => x.safe) ?? f.fixes![0]);
    out.push({ title: `Fix all ${rule} in this file (${fixed.length})`, kind: 'quickfix', edits, fixes: fixed });
  }
  const fixAll = fixAllOf(findings, uri);
  if (fixAll.edits.length) out.push(fixAll);
  return out;
}

/** Every safe fix in the file, overlaps dropped. */
export function fixAllOf(findings: Finding[], uri: string): CodeAction {
  const { edits, fixed } = combine(findings, uri, (f) => f.fixes?.find((x) => x.safe));
  return { title: `Bitext: fix all safe problems (${fixed.length})`, kind: 'source.fixAll', edits, fixes: fixed };
}

function combine(findings: Finding[], uri: string, pick: (f: Finding) => Fix | undefined): { edits: TextEdit[]; fixed: Finding[] } {
  const chosen: { f: Finding; fix: Fix }[] = [];
  for (const f of findings) {
    const fix = pick(f);
    if (fix && fix.edits.length && fix.edits.every((e) => e.uri === uri)) chosen.push({ f, fix });
  }
  chosen.sort((x, y) => first(x.fix) - first(y.fix));
  const taken: TextEdit[] = [];
  const fixed: Finding[] = [];
  for (const { f, fix } of chosen) {
    if (fix.edits.some((e) => taken.some((t) => clash(t, e)))) continue;
    taken.push(...fix.edits);
    fixed.push(f);
  }
  taken.sort((a, b) => a.start - b.start || a.end - b.end);
  return { edits: taken, fixed };
}

function first(fix: Fix): number {
  return Math.min(...fix.edits.map((e) => e.start));
}

/** Two edits clash when their ranges overlap, or both insert at the same point. */
function clash(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}
