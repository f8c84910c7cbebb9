// The summary table printed at the end of a corpus run (on stderr).
import type { RunSummary } from './runner';

/** The findings-per-rule table (rules in `ruleOrder` first, then any others), with a total row. */
function ruleTable(byRule: Map<string, number>, ruleOrder: string[]): string[] {
  const rows: [string, string][] = [];
  const ids = [...new Set([...ruleOrder, ...[...byRule.keys()].sort()])];
  let total = 0;
  for (const ruleId of ids) {
    const count = byRule.get(ruleId) ?? 0;
    total += count;
    if (count) rows.push([ruleId, count.toLocaleString('en-US')]);
  }
  rows.push(['total findings', total.toLocaleString('en-US')]);
  const nameWidth = Math.max(...rows.map((r) => r[0].length), 20);
  const countWidth = Math.max(...rows.map((r) => r[1].length), 8);
  const lines = ['', `${'rule'.padEnd(nameWidth)}  ${'findings'.padStart(countWidth)}`, `${'-'.repeat(nameWidth)}  ${'-'.repeat(countWidth)}`];
  for (const [label, value] of rows) lines.push(`${label.padEnd(nameWidth)}  ${value.padStart(countWidth)}`);
  return lines;
}

export interface DocRunSummary {
  pairs: number;
  files: number;
  seconds: number;
  /** Time spent reading and pairing the files on the main thread (it overlaps the analysis on workers). */
  pairingSeconds?: number;
  workers: number;
  findingsByRule: Map<string, number>;
}

/** The summary of a folder of document pairs (on stderr), in the same shape as the corpus one. */
export function formatDocSummary(summary: DocRunSummary): string {
  const lines = ruleTable(summary.findingsByRule, []);
  const rate = summary.seconds > 0 ? Math.round(summary.pairs / summary.seconds) : 0;
  lines.push('');
  lines.push(
    `pairs read: ${summary.pairs.toLocaleString('en-US')} (${summary.files.toLocaleString('en-US')} files) in ${summary.seconds.toFixed(2)} s = ${rate.toLocaleString('en-US')} pairs/s; ${summary.workers || 'no'} worker thread${summary.workers === 1 ? '' : 's'}`,
  );
  if (summary.pairingSeconds !== undefined) lines.push(`reading and pairing (main thread, overlapping the analysis): ${summary.pairingSeconds.toFixed(2)} s`);
  lines.push(`peak memory: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB (process and worker threads)`);
  return lines.join('\n') + '\n';
}

export function formatSummary(summary: RunSummary, ruleOrder: string[]): string {
  const lines = ruleTable(summary.findingsByRule, ruleOrder);
  const rate = summary.seconds > 0 ? Math.round(summary.pairs / summary.seconds) : 0;
  lines.push('');
  lines.push(
    `lines read: ${summary.linesA.toLocaleString('en-US')} (A) + ${summary.linesB.toLocaleString('en-US')} (B); ${summary.pairs.toLocaleString('en-US')} pairs in ${summary.seconds.toFixed(2)} s = ${rate.toLocaleString('en-US')} lines/s; ${summary.workers || 'no'} worker thread${summary.workers === 1 ? '' : 's'}`,
  );
  lines.push(
    `languages: A ${summary.langA}, B ${summary.langB}; length ratio ${summary.stats ? `median log ratio ${summary.stats.logRatioMean.toFixed(3)}, robust sd ${summary.stats.logRatioStd.toFixed(3)} (sample ${summary.stats.sampleSize.toLocaleString('en-US')})` : 'not learned (sample too small)'}`,
  );
  // maxRSS covers the whole process: the main thread and its worker threads.
  lines.push(`peak memory: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB (process and worker threads)`);
  for (const note of summary.notes) lines.push(`note: ${note}`);
  return lines.join('\n') + '\n';
}
