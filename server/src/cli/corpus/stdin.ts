// `bitext corpus check --stdin`: tab-separated pairs in (side A, a tab, side B), one JSON object per
// pair with findings out. Stateless per line: no neighbours, no inconsistency table, corpus statistics
// only from --stats, languages only from --langs, so that a shuffled or split input gives the same
// per-line results (this is what lets it run as a Hadoop Streaming or Spark `pipe` stage).
import { decodeLines } from '../../core/corpus/batch';
import { checkLinePair, resolveLineRules, type LineRuleConfig } from '../../core/corpus/engine';
import type { LineFinding } from '../../core/corpus/types';
import { linePairRules } from '../../core/rules/corpus/index';
import type { CorpusStatsEx } from '../../core/corpus/types';
import { ANONYMOUS_SIDES, nameSides } from '../../core/rules/support/side-names';
import type { CliIO } from '../io';
import { ByteLineReader } from './lines';
import { BufferedWriter } from './writer';

export interface StdinOptions {
  config?: LineRuleConfig;
  stats?: CorpusStatsEx;
  langs?: [string, string];
  /** Emit a record for every pair, also those without findings. */
  all?: boolean;
}

/** A finding as the `findings` of a `--stdin` record: no line (the record has it) and no file. */
function findingRecord(finding: LineFinding): Record<string, unknown> {
  return {
    rule: finding.rule,
    severity: finding.severity,
    side: finding.side,
    message: nameSides(finding.message, ...ANONYMOUS_SIDES),
    ...(finding.span ? { span: finding.span } : {}),
    ...(finding.data ? { data: finding.data } : {}),
  };
}

export async function checkStdin(invocation: CliIO, opts: StdinOptions): Promise<number> {
  const rules = resolveLineRules(linePairRules, opts.config);
  const [langA, langB] = opts.langs ?? ['und', 'und'];
  const reader = new ByteLineReader(invocation.stdin as AsyncIterable<Buffer>, 'stdin');
  const out = new BufferedWriter(invocation.stdout);
  let lineNumber = 0;
  let errors = 0;
  let firstChunk = true;
  for (;;) {
    const chunk = await reader.take(4096);
    if (chunk.count === 0) break;
    const { lines, bad } = decodeLines(chunk.bytes, chunk.count, firstChunk);
    firstChunk = false;
    for (let i = 0; i < lines.length; i++) {
      lineNumber++;
      const line = lines[i];
      const tab = line.indexOf('\t');
      const textA = tab < 0 ? line : line.slice(0, tab);
      const textB = tab < 0 ? '' : line.slice(tab + 1);
      const pair = {
        line: lineNumber - 1,
        a: textA,
        b: textB,
        langA,
        langB,
        invalidUtf8: bad.has(i) ? { input: bad.get(i) } : undefined,
        absent: tab < 0 && line.trim() !== '' ? ({ side: 'b', why: 'no-tab' } as const) : undefined,
      };
      const findings = checkLinePair(pair, rules, opts.stats).map(findingRecord);
      for (const finding of findings) if (finding.severity === 'error') errors++;
      if (findings.length || opts.all) await out.write(JSON.stringify({ n: lineNumber, a: textA, b: textB, findings }) + '\n');
    }
  }
  await out.flush();
  return errors ? 1 : 0;
}
