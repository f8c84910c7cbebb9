// Findings as text (`file:line:col severity rule message`), JSON or SARIF 2.1.0.
import { LineIndex } from '../core/text';
import type { Finding } from '../core/types';
import { allRules } from '../core/rules';
import { findingLine, SARIF_LEVEL } from '../core/finding-line';

export interface Located {
  finding: Finding;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** 1-based line/column of each finding, from the text of its document. */
export function locate(findings: Finding[], textOf: (uri: string) => string | undefined): Located[] {
  const indexes = new Map<string, LineIndex>();
  return findings.map((finding) => {
    let idx = indexes.get(finding.uri);
    if (!idx) {
      idx = new LineIndex(textOf(finding.uri) ?? '');
      indexes.set(finding.uri, idx);
    }
    const startAt = idx.positionAt(finding.span.start);
    const endAt = idx.positionAt(finding.span.end);
    return { finding, line: startAt.line + 1, column: startAt.character + 1, endLine: endAt.line + 1, endColumn: endAt.character + 1 };
  });
}

export function formatText(items: Located[]): string {
  return items.map((item) => findingLine({ uri: item.finding.uri, line: item.line, column: item.column, severity: item.finding.severity, rule: item.finding.rule, message: item.finding.message })).join('');
}

export function formatJson(items: Located[], notes: { file: string; note: string }[]): string {
  const findings = items.map((item) => ({
    file: item.finding.uri,
    line: item.line,
    column: item.column,
    endLine: item.endLine,
    endColumn: item.endColumn,
    severity: item.finding.severity,
    rule: item.finding.rule,
    message: item.finding.message,
    fixes: (item.finding.fixes ?? []).map((f) => ({ title: f.title, safe: f.safe, edits: f.edits.length })),
    ...(item.finding.data ? { data: item.finding.data } : {}),
  }));
  return JSON.stringify({ findings, notes }, null, 2) + '\n';
}


export function formatSarif(items: Located[]): string {
  const rules = allRules.map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.docs },
    defaultConfiguration: { level: SARIF_LEVEL[rule.defaultSeverity] },
  }));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results = items.map((item) => ({
    ruleId: item.finding.rule,
    ...(ruleIndex.has(item.finding.rule) ? { ruleIndex: ruleIndex.get(item.finding.rule) } : {}),
    level: SARIF_LEVEL[item.finding.severity],
    message: { text: item.finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: item.finding.uri.replace(/\\/g, '/') },
          region: { startLine: item.line, startColumn: item.column, endLine: item.endLine, endColumn: item.endColumn },
        },
      },
    ],
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'bitext', rules } }, results }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
