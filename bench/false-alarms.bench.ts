// False alarms of the checks on clean, hand-aligned books (../shared/data/align-dev): each gold bead
// becomes one line pair (its sentences joined), and the pair-level rules that read aligned sentences
// (number-mismatch, length-ratio, untranslated, punctuation-mismatch) plus every side rule run on it.
// Every finding here is a false alarm or a real flaw of the book; prints findings per 1000 pairs.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildLineSide } from '../server/src/core/document';
import { resolveConfig } from '../server/src/core/config';
import { runPairRules, runSideRules } from '../server/src/core/run-rules';
import type { AlignedPair } from '../server/src/core/rules/rule';
import type { Bead, Finding } from '../server/src/core/types';
import { sharedPath } from '../test/support/shared';

const PAIR_RULES = ['number-mismatch', 'length-ratio', 'untranslated', 'punctuation-mismatch'];

function parseBeads(text: string): { a: number[]; b: number[] }[] {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const m = /^\[([\d,\s]*)\]:\[([\d,\s]*)\]/.exec(l.trim());
      if (!m) throw new Error(`bad bead line: ${l}`);
      const nums = (s: string) => (s.trim() ? s.split(',').map((x) => Number(x.trim())) : []);
      return { a: nums(m[1]), b: nums(m[2]) };
    });
}

const root = sharedPath('data', 'align-dev');
const config = resolveConfig({});
let totalPairs = 0;
let totalFindings = 0;
let totalHints = 0;
const perRuleAll: Record<string, number> = {};
const started = performance.now();
for (const set of readdirSync(root).filter((d) => !d.includes('.')).sort()) {
  const src = readFileSync(join(root, set, 'src.txt'), 'utf8').split('\n');
  const tgt = readFileSync(join(root, set, 'tgt.txt'), 'utf8').split('\n');
  const gold = parseBeads(readFileSync(join(root, set, 'gold.beads'), 'utf8')).filter((b) => b.a.length && b.b.length);
  const linesA = gold.map((b) => b.a.map((i) => src[i].trim()).join(' '));
  const linesB = gold.map((b) => b.b.map((i) => tgt[i].trim()).join(' '));
  const a = buildLineSide(`${set}/src`, linesA.join('\n'));
  const b = buildLineSide(`${set}/tgt`, linesB.join('\n'));
  const beads: Bead[] = gold.map((_, i) => ({ a: [i], b: [i], confidence: 1 }));
  const pair: AlignedPair = { a, b, translation: 'b', paragraphBeads: beads, sentenceBeads: beads };
  const findings: Finding[] = [...runPairRules(pair, config, { only: PAIR_RULES }), ...runSideRules(a, config), ...runSideRules(b, config)];
  const perRule: Record<string, number> = {};
  for (const f of findings) perRule[f.rule] = (perRule[f.rule] ?? 0) + 1;
  for (const [k, v] of Object.entries(perRule)) perRuleAll[k] = (perRuleAll[k] ?? 0) + v;
  totalPairs += gold.length;
  totalFindings += findings.length;
  totalHints += findings.filter((f) => f.severity === 'hint').length;
  console.log(`${set} (${a.lang}-${b.lang}): ${gold.length} sentence pairs, ${findings.length} findings = ${((1000 * findings.length) / gold.length).toFixed(1)} per 1000 pairs`);
  for (const [k, v] of Object.entries(perRule).sort((x, y) => y[1] - x[1])) console.log(`  ${k.padEnd(24)} ${v}`);
  if (process.env.BITEXT_SHOW) {
    for (const f of findings.filter((x) => x.rule === process.env.BITEXT_SHOW)) {
      const side = f.uri.endsWith('/src') ? a : b;
      const line = side.text.slice(side.text.lastIndexOf('\n', f.span.start - 1) + 1, side.text.indexOf('\n', f.span.end) < 0 ? undefined : side.text.indexOf('\n', f.span.end));
      const k = side.text.slice(0, f.span.start).split('\n').length - 1;
      console.log(`    ${f.message} | ${line.slice(0, 160)}${process.env.BITEXT_BOTH ? `\n      A: ${linesA[k].slice(0, 200)}\n      B: ${linesB[k].slice(0, 200)}` : ''}`);
    }
  }
}
console.log(
  `all: ${totalPairs} sentence pairs, ${totalFindings} findings = ${((1000 * totalFindings) / totalPairs).toFixed(1)} per 1000 pairs ` +
    `(${Object.entries(perRuleAll).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}); ${(performance.now() - started).toFixed(0)} ms`,
);
console.log(
  `all above hint level: ${totalFindings - totalHints} findings = ${((1000 * (totalFindings - totalHints)) / totalPairs).toFixed(1)} per 1000 pairs ` +
    `(${totalHints} hints: a question on one side only)`,
);

// Speed of the side rules and of fix all on segmented text on one line (003 repeated to 5 MB).
{
  const { buildSide } = require('../server/src/core/document') as typeof import('../server/src/core/document');
  const { fixAll } = require('../server/src/core/fixes') as typeof import('../server/src/core/fixes');
  const { sampleText } = require('../test/support/shared') as typeof import('../test/support/shared');
  const base = sampleText('003').text + ' ';
  const text = base.repeat(Math.ceil(5e6 / base.length)).slice(0, 5e6);
  const side = buildSide('big', text);
  const t0 = performance.now();
  const fs = runSideRules(side, config);
  const t1 = performance.now();
  const fixed = fixAll(fs, text, 'big');
  const t2 = performance.now();
  console.log(
    `side rules on 5 MB of segmented text on one line: ${(t1 - t0).toFixed(0)} ms (${fs.length} findings); ` +
      `fix all: ${(t2 - t1).toFixed(0)} ms (${fixed.applied.length} edits); rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`,
  );
}
