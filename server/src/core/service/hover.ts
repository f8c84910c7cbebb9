// Hover on a sentence: its counterpart sentence(s), the counterpart paragraph (shortened), the bead's
// confidence and the pair's findings there; on an unpaired sentence, why it has none. Markdown out.
import { UNCERTAIN_DEFAULTS } from '../rules/support/uncertain';
import type { Finding, Sentence } from '../types';
import type { PairResult } from './pairs';
import { locateSentence, overlaps, paragraphCounterparts } from './locate';
import { baseOf } from './workspace';
import { lineHit } from './lines';
import { pairRoles } from '../roles';

const MAX_PARAGRAPH = 400;

export function hoverText(result: PairResult | undefined, uri: string, offset: number): string | undefined {
  if (!result) return undefined;
  if (result.lines) return lineHover(result, uri, offset);
  const { analysis } = result;
  const source = sourceLineAt(result, uri, offset);
  if (source) return `**Bitext** — the source line: the text above it is the translation, the text below it the original${source.url ? `, ${source.url}` : ''}.`;
  const hit = locateSentence(analysis, uri, offset);
  if (!hit) return undefined;
  const here = { start: hit.sentence.start, end: hit.sentence.end };
  const related = analysis.findings.filter(
    (finding) => (finding.uri === uri && overlaps(finding.span, here)) || (hit.other && hit.counterparts.some((c) => finding.uri === hit.other!.uri && overlaps(finding.span, c))),
  );
  const out: string[] = [];
  if (!analysis.pair || !hit.other) {
    // A lone text: silent unless it has findings (then say once why there is no counterpart).
    if (!analysis.findings.some((f) => f.uri === uri)) return undefined;
    out.push(`**Bitext** — no counterpart: ${result.plan.note}`);
    return withFindings(out, related);
  }
  const roles = pairRoles(analysis.pair);
  const otherKey = hit.which === 'a' ? 'b' : 'a';
  const otherRole = roles ? `, the ${roles.original === otherKey ? 'original' : 'translation'}${roles.from === 'detected' ? ' (detected)' : ''}` : '';
  const otherName = hit.other.uri === uri ? (hit.which === 'a' ? 'the original below the source line' : 'the translation above the source line') : baseOf(hit.other.uri) + otherRole;
  if (hit.counterparts.length === 0) {
    out.push(`**Bitext** — this sentence has no counterpart in ${otherName}.`);
    out.push(whyUnpaired(analysis, hit.which, hit.sentence, related));
    return withFindings(out, related);
  }
  const confidence = hit.bead!.confidence;
  // below the threshold of uncertain-alignment: say so, the pairing may be wrong
  const unsure = confidence < UNCERTAIN_DEFAULTS.threshold ? ' — uncertain: the aligner is not sure of this pairing' : '';
  out.push(`**Bitext** — counterpart in ${otherName} (${beadShape(hit.bead!)} bead, confidence ${Math.round(confidence * 100)}%${unsure}):`);
  out.push(quote(hit.counterparts.map((c) => clean(hit.other!.text.slice(c.start, c.end))).join(' ')));
  const paras = paragraphCounterparts(analysis, hit.which, hit.sentence.paragraph);
  const shownParagraphs = paras.length ? paras : [hit.other.seg.paragraphs[hit.counterparts[0].paragraph]].filter(Boolean);
  if (shownParagraphs.length) {
    const para = clean(shownParagraphs.map((x) => hit.other!.text.slice(x.start, x.end)).join(' ¶ '));
    const sentText = clean(hit.counterparts.map((c) => hit.other!.text.slice(c.start, c.end)).join(' '));
    if (para !== sentText) out.push(`Paragraph: ${shorten(para, MAX_PARAGRAPH)}`);
  }
  return withFindings(out, related);
}

/** Line N of a line-aligned corpus: line N of the counterpart, and the findings on the pair. */
function lineHover(result: PairResult, uri: string, offset: number): string | undefined {
  const view = result.lines!;
  const hit = lineHit(view, uri, offset);
  if (!hit) return undefined;
  const out: string[] = [];
  const lineNumber = (hit.line + 1).toLocaleString('en');
  if (!hit.other) out.push(`**Bitext** — line ${lineNumber} has no counterpart: ${baseOf(hit.otherId)} has only ${view.tables[1 - hit.side].lineCount.toLocaleString('en')} lines.`);
  else {
    out.push(`**Bitext** — line ${lineNumber} of ${baseOf(hit.otherId)}:`);
    const text = view.tables[1 - hit.side].slice(hit.other.start, hit.other.end);
    out.push(text.trim() ? quote(shortenRaw(clean(text), 2000)) : '(an empty line)');
  }
  const related = result.analysis.findings.filter((f) => (f.data as { line?: number } | undefined)?.line === hit.line);
  const checked = view.ranges.some(([start, end]) => hit.line >= start && hit.line < end);
  if (!checked) out.push('This line is beyond the lines Bitext checks in the editor; run `bitext check` for the whole corpus.');
  return withFindings(out, related);
}

function shortenRaw(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return text.slice(0, cut > max / 2 ? cut : max) + ' …';
}

/** The one-file pair's source line, when `offset` is on it, with the URL it names. */
export function sourceLineAt(result: PairResult, uri: string, offset: number): { url?: string } | undefined {
  const line = result.plan.sourceLine;
  const text = result.analysis.sides[0]?.text;
  if (!line || result.plan.path !== uri || text === undefined || offset < line.start || offset > line.end) return undefined;
  return { url: /\bhttps?:\/\/\S+/.exec(text.slice(line.start, line.end))?.[0] };
}

export function whyUnpaired(analysis: PairResult['analysis'], which: 'a' | 'b', sentence: Sentence, related: Finding[]): string {
  const explained = related.find((f) => /missing|extra|untranslated|truncated/.test(f.rule));
  if (explained) return `Why: ${explained.message}`;
  const paras = paragraphCounterparts(analysis, which, sentence.paragraph);
  if (paras.length === 0) return 'Why: its whole paragraph has no counterpart paragraph — text on one side only.';
  return 'Why: its paragraph is aligned, but no sentence there matches this one by length and anchors (numbers, names, punctuation); it may be left out or merged into a neighbour in the translation.';
}

function beadShape(bead: { a: number[]; b: number[] }): string {
  return `${bead.a.length}-${bead.b.length}`;
}

function withFindings(out: string[], related: Finding[]): string {
  if (related.length) {
    out.push('Findings here:');
    for (const finding of related.slice(0, 8)) out.push(`- ${finding.severity} \`${finding.rule}\`: ${finding.message}`);
    if (related.length > 8) out.push(`- … and ${related.length - 8} more`);
  }
  return out.join('\n\n');
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function quote(text: string): string {
  return '> ' + escapeMd(text);
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return escapeMd(text);
  const cut = text.lastIndexOf(' ', max);
  return escapeMd(text.slice(0, cut > max / 2 ? cut : max)) + ' …';
}

/**
 * Escapes only what CommonMark would otherwise read as markup, so that clients which show the markdown
 * source (neovim) see no stray backslashes: `_` joining two letters (`Kim_là`) is never emphasis in
 * CommonMark and stays as it is; a backslash is escaped only before punctuation (elsewhere it is literal).
 */
export function escapeMd(text: string): string {
  let out = text.replace(/\\(?=[!-/:-@[-`{-~])/g, '\\\\');
  out = out.replace(/[`*[\]]/g, '\\$&');
  // `_` opens or closes emphasis only next to a non-alphanumeric character.
  out = out.replace(/_/g, (match, index: number) => (/[\p{L}\p{N}]/u.test(out[index - 1] ?? '') && /[\p{L}\p{N}]/u.test(out[index + 1] ?? '') ? match : '\\_'));
  // Raw HTML and autolinks start with `<` and a letter, `/`, `!` or `?`.
  out = out.replace(/<(?=[A-Za-z/!?])/g, '\\<');
  // Block markup only counts at the start of the (one-line) text.
  out = out.replace(/^(#{1,6}(?=\s|$)|>|[-+](?=\s|$)|\d+[.)](?=\s|$))/, (m) => (/^\d/.test(m) ? m.replace(/[.)]$/, '\\$&') : '\\' + m));
  return out;
}
