// The one text form of a finding, shared by `bitext check` (documents) and `bitext corpus check` (line
// pairs): `file:line:col severity rule message`, 1-based line and column, one finding per output line.
import type { Severity } from './types';

export interface FindingLineParts {
  uri: string;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
  severity: Severity;
  rule: string;
  message: string;
}

/** The finding as one line of text, ending in '\n' (whitespace runs in the message shown as one space). */
export function findingLine(parts: FindingLineParts): string {
  return `${parts.uri}:${parts.line}:${parts.column} ${parts.severity} ${parts.rule} ${parts.message.replace(/\s+/g, ' ')}\n`;
}

/** SARIF result levels of the severities. */
export const SARIF_LEVEL = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const satisfies Record<Severity, string>;
