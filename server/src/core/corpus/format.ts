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

function uriOf(f: LineFinding, p: FindingPlace): string {
  return f.side === 'b' ? p.uriB : p.uriA;
}

/** The message naming the two files (rules write `{A}` and `{B}`). */
function messageOf(f: LineFinding, p: FindingPlace): string {
  return nameSides(f.message, p.uriA, p.uriB);
}

/**
 * `train.vi:12:5 error line-empty message`: the same `file:line:col severity rule message` form as
 * `bitext check` prints for documents (1-based line and column; a finding on both sides is placed on
 * side A; whitespace runs in the message shown as one space, so one finding is one output line).
 */
export function formatText(f: LineFinding, p: FindingPlace): string {
  return findingLine({ uri: uriOf(f, p), line: f.line + 1, column: (f.span?.start ?? 0) + 1, severity: f.severity, rule: f.rule, message: messageOf(f, p) });
}

/** One JSON object per finding; `line` is 1-based, `span` is in UTF-16 code units of the line. */
export function formatJsonl(f: LineFinding, p: FindingPlace): string {
  return (
    JSON.stringify({
      uri: uriOf(f, p),
      line: f.line + 1,
      side: f.side,
      rule: f.rule,
      severity: f.severity,
      message: messageOf(f, p),
      ...(f.span ? { span: f.span } : {}),
      ...(f.data ? { data: f.data } : {}),
    }) + '\n'
  );
}


export function sarifHeader(rules: LinePairRule[], version = '0.1.0'): string {
  const driver = {
    name: 'bitext',
    version,
    informationUri: 'https://github.com/bitext/bitext',
    rules: rules.map((r) => ({
      id: r.id,
      shortDescription: { text: r.description },
      fullDescription: { text: r.docs },
      defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] },
    })),
  };
  return (
    '{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{"tool":{"driver":' +
    JSON.stringify(driver) +
    '},"columnKind":"utf16CodeUnits","results":['
  );
}

/** One SARIF result; `first` tells whether a comma is needed before it. */
export function sarifResult(f: LineFinding, p: FindingPlace, first: boolean): string {
  const region: Record<string, number> = { startLine: f.line + 1 };
  if (f.span) {
    region.startColumn = f.span.start + 1;
    region.endColumn = f.span.end + 1;
  }
  const loc = (uri: string) => ({ physicalLocation: { artifactLocation: { uri }, region } });
  const result = {
    ruleId: f.rule,
    level: SARIF_LEVEL[f.severity],
    message: { text: messageOf(f, p) },
    locations: [loc(uriOf(f, p))],
    ...(f.side === 'both' ? { relatedLocations: [{ id: 1, ...loc(p.uriB) }] } : {}),
    ...(f.data ? { properties: f.data } : {}),
  };
  return (first ? '' : ',') + JSON.stringify(result);
}

export function sarifFooter(): string {
  return ']}]}\n';
}
