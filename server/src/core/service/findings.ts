// The findings shown for one document: the pair's findings on it, the service's notices, sorted and
// capped. A lone text with nothing to say gets nothing at all.
import type { Finding } from '../types';
import type { PairResult } from './pairs';
import { notice } from './notices';
import { SERVICE_RULES } from './types';

export function findingsOf(result: PairResult | undefined, uri: string, maxFindings: number): Finding[] {
  if (!result) return [];
  const own = result.analysis.findings.filter((f) => f.uri === uri);
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
