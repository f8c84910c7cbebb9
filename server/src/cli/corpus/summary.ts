// The summary table printed at the end of a corpus run (on stderr).
import type { RunSummary } from './runner';

/** The findings-per-rule table (rules in `ruleOrder` first, then any others), with a total row. */
function ruleTable(byRule: Map<string, number>, ruleOrder: string[]): string[] {
  const rows: [string, string][] = [];
  const ids = [...new Set([...ruleOrder, ...[...byRule.keys()].sort()])];
  let total = 0;
  for (const id of ids) {
    const n = byRule.get(id) ?? 0;
    total += n;
    if (n) rows.push([id, n.toLocaleString('en-US')]);
  }
  rows.push(['total findings', total.toLocaleString('en-US')]);
  const w = Math.max(...rows.map((r) => r[0].length), 20);
  const nw = Math.max(...rows.map((r) => r[1].length), 8);
  const lines = ['', `${'rule'.padEnd(w)}  ${'findings'.padStart(nw)}`, `${'-'.repeat(w)}  ${'-'.repeat(nw)}`];
  for (const [k, v] of rows) lines.push(`${k.padEnd(w)}  ${v.padStart(nw)}`);
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
export function formatDocSummary(s: DocRunSummary): string {
  const lines = ruleTable(s.findingsByRule, []);
  const rate = s.seconds > 0 ? Math.round(s.pairs / s.seconds) : 0;
  lines.push('');
  lines.push(
    `pairs read: ${s.pairs.toLocaleString('en-US')} (${s.files.toLocaleString('en-US')} files) in ${s.seconds.toFixed(2)} s = ${rate.toLocaleString('en-US')} pairs/s; ${s.workers || 'no'} worker thread${s.workers === 1 ? '' : 's'}`,
  );
  if (s.pairingSeconds !== undefined) lines.push(`reading and pairing (main thread, overlapping the analysis): ${s.pairingSeconds.toFixed(2)} s`);
  lines.push(`peak memory: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB (process and worker threads)`);
  return lines.join('\n') + '\n';
}

export function formatSummary(s: RunSummary, ruleOrder: string[]): string {
  const lines = ruleTable(s.findingsByRule, ruleOrder);
  const rate = s.seconds > 0 ? Math.round(s.pairs / s.seconds) : 0;
  lines.push('');
  lines.push(
    `lines read: ${s.linesA.toLocaleString('en-US')} (A) + ${s.linesB.toLocaleString('en-US')} (B); ${s.pairs.toLocaleString('en-US')} pairs in ${s.seconds.toFixed(2)} s = ${rate.toLocaleString('en-US')} lines/s; ${s.workers || 'no'} worker thread${s.workers === 1 ? '' : 's'}`,
  );
  lines.push(
    `languages: A ${s.langA}, B ${s.langB}; length ratio ${s.stats ? `median log ratio ${s.stats.logRatioMean.toFixed(3)}, robust sd ${s.stats.logRatioStd.toFixed(3)} (sample ${s.stats.sampleSize.toLocaleString('en-US')})` : 'not learned (sample too small)'}`,
  );
  // maxRSS covers the whole process: the main thread and its worker threads.
  lines.push(`peak memory: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB (process and worker threads)`);
  for (const note of s.notes) lines.push(`note: ${note}`);
  return lines.join('\n') + '\n';
}
