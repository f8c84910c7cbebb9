// What the service itself says about a pair (not rules): a counterpart that cannot be read or is
// gone, a text checked only in part, an analysis that failed. Every such message is written here.
import type { Finding } from '../types';
import { SERVICE_RULES } from './types';
import { baseOf } from './workspace';

export function notice(rule: string, uri: string, message: string): Finding {
  return { rule, severity: 'info', message, uri, span: { start: 0, end: 0 } };
}

export function unreadableCounterpart(docId: string, counterpart: string, why: string): Finding {
  return notice(SERVICE_RULES.unreadable, docId, `The counterpart ${baseOf(counterpart)} cannot be read: ${why}. This file is checked on its own.`);
}

export function counterpartGone(docId: string, last: string, pairingNote: string): Finding {
  return notice(SERVICE_RULES.pairBroken, docId, `The counterpart ${baseOf(last)} was deleted or renamed; this file is now checked on its own. ${pairingNote}`);
}

export function cappedMessage(lines: number): string {
  return `This text is large: Bitext checked only its first ${lines.toLocaleString('en')} lines, so the editor stays responsive. Run \`bitext check\` for the whole file.`;
}

export function analysisFailedMessage(error: unknown): string {
  return `Bitext could not analyse this text: ${error instanceof Error ? error.message : String(error)}`;
}

/** The same summary message on every document of the pair. */
export function summaries(ids: string[], message: string): Finding[] {
  return ids.map((id) => notice(SERVICE_RULES.summary, id, message));
}
