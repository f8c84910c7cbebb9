// Hover on a sentence: its counterpart sentence(s), the counterpart paragraph (shortened), the bead's
// confidence and the pair's findings there; on an unpaired sentence, why it has none. Markdown out.
import type { Finding, Sentence } from '../types';
import type { PairResult } from './pairs';
import { locateSentence, overlaps, paragraphCounterparts } from './locate';
import { baseOf } from './workspace';

const MAX_PARAGRAPH = 400;

export function hoverText(result: PairResult | undefined, uri: string, offset: number): string | undefined {
  if (!result) return undefined;
  const { analysis } = result;
  const hit = locateSentence(analysis, uri, offset);
  if (!hit) return undefined;
  const here = { start: hit.sentence.start, end: hit.sentence.end };
  const related = analysis.findings.filter(
    (f) => (f.uri === uri && overlaps(f.span, here)) || (hit.other && hit.counterparts.some((c) => f.uri === hit.other!.uri && overlaps(f.span, c))),
  );
  const out: string[] = [];
  if (!analysis.pair || !hit.other) {
    // A lone text: silent unless it has findings (then say once why there is no counterpart).
    if (!analysis.findings.some((f) => f.uri === uri)) return undefined;
    out.push(`**Bitext** — no counterpart: ${result.plan.note}`);
    return withFindings(out, related);
  }
  const otherName = hit.other.uri === uri ? (hit.which === 'a' ? 'the original below the source line' : 'the translation above the source line') : baseOf(hit.other.uri);
  if (hit.counterparts.length === 0) {
    out.push(`**Bitext** — this sentence has no counterpart in ${otherName}.`);
    out.push(whyUnpaired(analysis, hit.which, hit.sentence, related));
    return withFindings(out, related);
  }
  out.push(`**Bitext** — counterpart in ${otherName} (${beadShape(hit.bead!)} bead, confidence ${Math.round(hit.bead!.confidence * 100)}%):`);
  out.push(quote(hit.counterparts.map((c) => clean(hit.other!.text.slice(c.start, c.end))).join(' ')));
  const paras = paragraphCounterparts(analysis, hit.which, hit.sentence.paragraph);
  const p = paras.length ? paras : [hit.other.seg.paragraphs[hit.counterparts[0].paragraph]].filter(Boolean);
  if (p.length) {
    const para = clean(p.map((x) => hit.other!.text.slice(x.start, x.end)).join(' ¶ '));
    const sentText = clean(hit.counterparts.map((c) => hit.other!.text.slice(c.start, c.end)).join(' '));
    if (para !== sentText) out.push(`Paragraph: ${shorten(para, MAX_PARAGRAPH)}`);
  }
  return withFindings(out, related);
}

function whyUnpaired(analysis: PairResult['analysis'], which: 'a' | 'b', s: Sentence, related: Finding[]): string {
  const explained = related.find((f) => /missing|extra|untranslated|truncated/.test(f.rule));
  if (explained) return `Why: ${explained.message}`;
  const paras = paragraphCounterparts(analysis, which, s.paragraph);
  if (paras.length === 0) return 'Why: its whole paragraph has no counterpart paragraph — text on one side only.';
  return 'Why: its paragraph is aligned, but no sentence there matches this one by length and anchors (numbers, names, punctuation); it may be left out or merged into a neighbour in the translation.';
}

function beadShape(b: { a: number[]; b: number[] }): string {
  return `${b.a.length}-${b.b.length}`;
}

function withFindings(out: string[], related: Finding[]): string {
  if (related.length) {
    out.push('Findings here:');
    for (const f of related.slice(0, 8)) out.push(`- ${f.severity} \`${f.rule}\`: ${f.message}`);
    if (related.length > 8) out.push(`- … and ${related.length - 8} more`);
  }
  return out.join('\n\n');
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function quote(s: string): string {
  return '> ' + escapeMd(s);
}

function shorten(s: string, max: number): string {
  if (s.length <= max) return escapeMd(s);
  const cut = s.lastIndexOf(' ', max);
  return escapeMd(s.slice(0, cut > max / 2 ? cut : max)) + ' …';
}

function escapeMd(s: string): string {
  return s.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

