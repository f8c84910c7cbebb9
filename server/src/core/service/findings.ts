// The findings shown for one document: the pair's findings on it, the pair findings made on the
// other file of a two-file pair shown here too (at the counterpart sentence, pointing back, in this
// file's words), the service's notices, sorted and capped. A lone text with nothing to say gets nothing.
import type { Finding } from '../types';
import type { PairResult } from './pairs';
import { notice } from './notices';
import { SERVICE_RULES } from './types';

export function findingsOf(result: PairResult | undefined, uri: string, maxFindings: number): Finding[] {
  if (!result) return [];
  const own = result.analysis.findings.filter((f) => f.uri === uri).map((f) => firstParagraphOfRun(f, result));
  if (result.ids.length === 2 && result.ids.includes(uri)) own.push(...mirroredInto(result.analysis.findings, uri));
  const notices = result.notices.filter((f) => f.uri === uri);
  if (own.length === 0 && notices.length === 0) return [];
  own.sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
  // Everything the service has to say about what was left out goes in one summary diagnostic.
  const summaries = notices.filter((n) => n.rule === SERVICE_RULES.summary).map((n) => n.message);
  const others = notices.filter((n) => n.rule !== SERVICE_RULES.summary);
  if (own.length > maxFindings) {
    summaries.push(`Bitext shows the first ${maxFindings.toLocaleString('en')} of ${own.length.toLocaleString('en')} findings in this file. Run \`bitext check\` to list them all.`);
  }
  const summary = summaries.length ? [notice(SERVICE_RULES.summary, uri, summaries.join(' '))] : [];
  return [...others, ...summary, ...own.slice(0, maxFindings)];
}

/**
 * A run of untranslated paragraphs (16 at the end) is shown on its first paragraph, pointing at its
 * last: not a wall of squiggles over every paragraph and the blank lines between them.
 */
function firstParagraphOfRun(finding: Finding, result: PairResult): Finding {
  const data = finding.data as { paragraphs?: number; first?: number; side?: 'a' | 'b' } | undefined;
  const pair = result.analysis.pair;
  if (finding.rule !== 'missing-translation' || !pair || !data?.side || typeof data.first !== 'number' || !data.paragraphs || data.paragraphs < 2) return finding;
  const paragraphs = pair[data.side].seg.paragraphs;
  const first = paragraphs[data.first];
  const last = paragraphs[data.first + data.paragraphs - 1];
  if (!first || !last || first.start !== finding.span.start) return finding;
  const lastOfRun = { uri: finding.uri, span: { start: last.start, end: last.end }, message: `the last of these ${data.paragraphs} paragraphs` };
  return { ...finding, span: { start: first.start, end: first.end }, related: [...(finding.related ?? []), lastOfRun] };
}

/** Pair findings made on the other file whose counterpart location is in `uri`, as findings of `uri`. */
export function mirroredInto(findings: readonly Finding[], uri: string): Finding[] {
  const out: Finding[] = [];
  for (const finding of findings) {
    if (finding.uri === uri || !finding.related) continue;
    const there = finding.related.find((r) => r.uri === uri);
    if (!there) continue;
    out.push({
      rule: finding.rule,
      severity: finding.severity,
      message: there.mirror ?? finding.message,
      uri,
      span: there.span,
      related: [{ uri: finding.uri, span: finding.span, message: finding.message }],
      data: { ...finding.data, mirrorOf: finding.uri },
    });
  }
  return out;
}
