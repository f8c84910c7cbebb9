// Output formats of corpus findings: plain text lines, JSON Lines, and SARIF 2.1.0 written as a
// stream (header, results one by one, footer), so a million findings never sit in memory at once.
import type { LinePairRule } from '../rules/rule';
import { findingLine, SARIF_LEVEL } from '../finding-line';
import type { LineFinding } from './types';
import { nameSides } from '../rules/support/side-names';

export interface FindingPlace {
  /** Path or URI of file A and file B (or '-' for stdin). */
  uriA: string;
  uriB: string;
}

function uriOf(finding: LineFinding, place: FindingPlace): string {
  return finding.side === 'b' ? place.uriB : place.uriA;
}

/** The message naming the two files (rules write `{A}` and `{B}`). */
function messageOf(finding: LineFinding, place: FindingPlace): string {
  return nameSides(finding.message, place.uriA, place.uriB);
}

/**
 * `train.vi:12:5 error line-empty message`: the same `file:line:col severity rule message` form as
 * `bitext check` prints for documents (1-based line and column; a finding on both sides is placed on
 * side A; whitespace runs in the message shown as one space, so one finding is one output line).
 */
export function formatText(finding: LineFinding, place: FindingPlace): string {
  return findingLine({ uri: uriOf(finding, place), line: finding.line + 1, column: (finding.span?.start ?? 0) + 1, severity: finding.severity, rule: finding.rule, message: messageOf(finding, place) });
}

/** One JSON object per finding; `line` is 1-based, `span` is in UTF-16 code units of the line. */
export function formatJsonl(finding: LineFinding, place: FindingPlace): string {
  return (
    JSON.stringify({
      uri: uriOf(finding, place),
      line: finding.line + 1,
      side: finding.side,
      rule: finding.rule,
      severity: finding.severity,
      message: messageOf(finding, place),
      ...(finding.span ? { span: finding.span } : {}),
      ...(finding.data ? { data: finding.data } : {}),
    }) + '\n'
  );
}


export function sarifHeader(rules: LinePairRule[], version = '0.1.0'): string {
  const driver = {
    name: 'bitext',
    version,
    informationUri: 'https://github.com/bitext/bitext',
    rules: rules.map((rule) => ({
      id: rule.id,
      shortDescription: { text: rule.description },
      fullDescription: { text: rule.docs },
      defaultConfiguration: { level: SARIF_LEVEL[rule.defaultSeverity] },
    })),
  };
  return (
    '{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{"tool":{"driver":' +
    JSON.stringify(driver) +
    '},"columnKind":"utf16CodeUnits","results":['
  );
}

/** One SARIF result; `first` tells whether a comma is needed before it. */
export function sarifResult(finding: LineFinding, place: FindingPlace, first: boolean): string {
  const region: Record<string, number> = { startLine: finding.line + 1 };
  if (finding.span) {
    region.startColumn = finding.span.start + 1;
    region.endColumn = finding.span.end + 1;
  }
  const loc = (uri: string) => ({ physicalLocation: { artifactLocation: { uri }, region } });
  const result = {
    ruleId: finding.rule,
    level: SARIF_LEVEL[finding.severity],
    message: { text: messageOf(finding, place) },
    locations: [loc(uriOf(finding, place))],
    ...(finding.side === 'both' ? { relatedLocations: [{ id: 1, ...loc(place.uriB) }] } : {}),
    ...(finding.data ? { properties: finding.data } : {}),
  };
  return (first ? '' : ',') + JSON.stringify(result);
}

export function sarifFooter(): string {
  return ']}]}\n';
}
