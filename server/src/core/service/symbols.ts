// Document symbols (Outline, breadcrumbs): the paragraphs of a document with their counterpart
// status (which paragraphs of the other side they align with, or none, and why). A one-file pair
// groups them under its two parts. Not for line-aligned corpora (a symbol per line would be millions).
import type { Bead, Finding, Side, Span } from '../types';
import type { PairResult } from './pairs';
import { beadIndexOf, overlaps } from './locate';

export interface ParagraphSymbol {
  name: string;
  detail: string;
  span: Span;
  children?: ParagraphSymbol[];
}

/** A paragraph's name: its first words, up to about 48 characters. */
function nameOf(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= 48) return clean || '(empty paragraph)';
  const cut = clean.lastIndexOf(' ', 48);
  return clean.slice(0, cut > 24 ? cut : 48) + ' …';
}

export function symbolsOf(result: PairResult | undefined, uri: string): ParagraphSymbol[] {
  if (!result || result.lines) return [];
  const { analysis } = result;
  const pair = analysis.pair;
  if (!pair) {
    const side = analysis.sides.find((s) => s.uri === uri);
    return side ? side.seg.paragraphs.map((paragraph) => ({ name: nameOf(side.text.slice(paragraph.start, paragraph.end)), detail: '', span: { start: paragraph.start, end: paragraph.end } })) : [];
  }
  const mine = (['a', 'b'] as const).filter((which) => pair[which].uri === uri);
  const paragraphs = (which: 'a' | 'b') => paragraphSymbols(pair[which], which, pair.paragraphBeads, analysis.findings);
  if (mine.length === 1) return paragraphs(mine[0]);
  // One file, two parts: the translation above the source line, the original below it.
  return mine.map((which) => {
    const side = pair[which];
    const role = pair.translation ? (pair.translation === which ? 'Translation' : 'Original') : which === 'a' ? 'Above the source line' : 'Below the source line';
    return { name: role, detail: `${side.seg.paragraphs.length} paragraphs`, span: side.region, children: paragraphs(which) };
  });
}

function paragraphSymbols(side: Side, which: 'a' | 'b', beads: Bead[], findings: readonly Finding[]): ParagraphSymbol[] {
  const otherKey = which === 'a' ? 'b' : 'a';
  return side.seg.paragraphs.map((paragraph) => {
    const span = { start: paragraph.start, end: paragraph.end };
    const bead = beads[beadIndexOf(beads, which, paragraph.index)];
    const there = bead ? bead[otherKey] : [];
    let detail: string;
    if (there.length === 0) {
      const why = findings.find((finding) => finding.uri === side.uri && (finding.rule === 'extra-text' || finding.rule === 'missing-translation') && overlaps(finding.span, span));
      detail = why?.rule === 'extra-text' ? 'on this side only' : why ? 'not translated' : 'no counterpart';
    } else {
      const first = there[0] + 1;
      const last = there[there.length - 1] + 1;
      detail = `↔ ¶ ${first === last ? first : `${first}–${last}`}${bead.confidence < 0.5 ? ' · low confidence' : ''}`;
    }
    return { name: nameOf(side.text.slice(paragraph.start, paragraph.end)), detail, span };
  });
}
