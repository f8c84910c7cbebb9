// The incremental choice: after an edit, can the previous analysis of a pair stand (a capped text
// edited beyond its cut), or be re-done around the edit (a big pair, one document edited), or does
// only a full analysis do? Undefined means the caller runs the full analysis.
import type { Analysis } from '../analyze';
import type { BitextConfig } from '../config';
import type { EditMemo } from './edits';
import { reanalyze } from './incremental';
import type { SentenceLink } from '../links';
import type { Dictionary } from '../align';

export interface Reused {
  analysis: Analysis;
  /** Re-analysed around edits only: whole-document rules may be stale until a full analysis. */
  approximate: boolean;
}

export interface PreviousAnalysis {
  analysis: Analysis;
  approximate: boolean;
}

/**
 * The analysis of `texts` (in the order of `ids`) from the previous one, when it can be had without a
 * full run. `capped`: the texts were cut; `incrementalMin`: the least size (both sides) re-analysed
 * around an edit (-1: never).
 */
export function reuseAnalysis(prev: PreviousAnalysis | undefined, ids: string[], texts: string[], capped: boolean, incrementalMin: number, edits: EditMemo, config: BitextConfig, links: readonly SentenceLink[] = [], dictionary?: Dictionary): Reused | undefined {
  if (!prev) return undefined;
  const sides = prev.analysis.sides;
  // A capped text edited beyond the cut: the analysed part is the same, and so is the analysis.
  if (capped && sides.length === ids.length && ids.every((_, index) => sides[index]?.text === texts[index])) {
    return { analysis: prev.analysis, approximate: prev.approximate };
  }
  if (incrementalMin < 0 || texts.reduce((sum, text) => sum + text.length, 0) < incrementalMin) return undefined;
  const analysis = aroundEdit(prev.analysis, ids, texts, edits, config, links, dictionary);
  if (!analysis) return undefined;
  return { analysis, approximate: analysis !== prev.analysis || prev.approximate };
}

/** Big texts, one document edited: re-analyse only around the edit. */
function aroundEdit(prev: Analysis, ids: string[], texts: string[], edits: EditMemo, config: BitextConfig, links: readonly SentenceLink[], dictionary: Dictionary | undefined): Analysis | undefined {
  const sides = prev.sides;
  if (sides.length !== (prev.pair ? 2 : 1)) return undefined;
  const oldOf = (id: string) => sides.find((side) => side.uri === id)?.text;
  const changed = ids.map((id, index) => ({ id, old: oldOf(id), now: texts[index] })).filter((doc) => doc.old !== doc.now);
  // Re-read from disk but the same (another document opened, say): nothing to redo.
  if (changed.length === 0) return prev;
  if (changed.length !== 1 || changed[0].old === undefined) return undefined;
  const edit = edits.diff(changed[0].id, changed[0].old, changed[0].now);
  if (!edit) return undefined;
  try {
    return reanalyze(prev, edit, changed[0].now, config, links, dictionary);
  } catch {
    return undefined; // a full analysis follows
  }
}
