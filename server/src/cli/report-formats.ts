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
    const s = idx.positionAt(finding.span.start);
    const e = idx.positionAt(finding.span.end);
    return { finding, line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
  });
}

export function formatText(items: Located[]): string {
  return items.map((x) => findingLine({ uri: x.finding.uri, line: x.line, column: x.column, severity: x.finding.severity, rule: x.finding.rule, message: x.finding.message })).join('');
}

export function formatJson(items: Located[], notes: { file: string; note: string }[]): string {
  const findings = items.map((x) => ({
    file: x.finding.uri,
    line: x.line,
    column: x.column,
    endLine: x.endLine,
    endColumn: x.endColumn,
    severity: x.finding.severity,
    rule: x.finding.rule,
    message: x.finding.message,
    fixes: (x.finding.fixes ?? []).map((f) => ({ title: f.title, safe: f.safe, edits: f.edits.length })),
    ...(x.finding.data ? { data: x.finding.data } : {}),
  }));
  return JSON.stringify({ findings, notes }, null, 2) + '\n';
}


export function formatSarif(items: Located[]): string {
  const rules = allRules.map((r) => ({
    id: r.id,
    shortDescription: { text: r.description },
    fullDescription: { text: r.docs },
    defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] },
  }));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results = items.map((x) => ({
    ruleId: x.finding.rule,
    ...(ruleIndex.has(x.finding.rule) ? { ruleIndex: ruleIndex.get(x.finding.rule) } : {}),
    level: SARIF_LEVEL[x.finding.severity],
    message: { text: x.finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: x.finding.uri.replace(/\\/g, '/') },
          region: { startLine: x.line, startColumn: x.column, endLine: x.endLine, endColumn: x.endColumn },
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
