// False alarms of the checks on clean, hand-aligned books (../shared/data/align-dev): each gold bead
// becomes one line pair (its sentences joined), and the pair-level rules that read aligned sentences
// (number-mismatch, length-ratio, untranslated, punctuation-mismatch) plus every side rule run on it.
// Every finding here is a false alarm or a real flaw of the book; prints findings per 1000 pairs.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildLineSide } from '../server/src/core/document';
import { resolveConfig } from '../server/src/core/config';
import { runPairRules, runSideRules } from '../server/src/core/run-rules';
import type { AlignedPair } from '../server/src/core/rules/rule';
import type { Bead, Finding, Side } from '../server/src/core/types';
import { sharedPath } from './shared';

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
// The sets in the src.txt / tgt.txt / gold.beads layout (other sets of align-dev use other layouts).
for (const set of readdirSync(root).filter((d) => !d.includes('.') && existsSync(join(root, d, 'gold.beads'))).sort()) {
  const src = readFileSync(join(root, set, 'src.txt'), 'utf8').split('\n');
  // tgt.txt (English) is Latin-1
  const tgt = new TextDecoder('windows-1252').decode(readFileSync(join(root, set, 'tgt.txt'))).split('\n');
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

// missing-translation through the real aligner: each book as one side per language (a sentence per
// line, a new paragraph at each `<p>` line; dtm has none, so it is one paragraph), aligned by alignSides,
// no roles (both sides checked). A finding is right when the gold alignment also leaves every sentence
// of it unpaired, a false alarm otherwise. Paragraph-level findings are what the rule reported before
// sentence-level runs were added.
{
  const { alignSides } = require('../server/src/core/align') as typeof import('../server/src/core/align');
  const { detectLang } = require('../server/src/core/lang') as typeof import('../server/src/core/lang');
  const sideOfLines = (uri: string, lines: string[]): Side => {
    const text = lines.join('\n');
    const sentences: Side['seg']['sentences'] = [];
    const paragraphs: Side['seg']['paragraphs'] = [];
    let at = 0;
    lines.forEach((l, i) => {
      if (i === 0 || l.trim() === '<p>') paragraphs.push({ index: paragraphs.length, start: at, end: at, firstSentence: i, sentenceCount: 0 });
      const p = paragraphs[paragraphs.length - 1];
      sentences.push({ index: i, start: at, end: at + l.length, paragraph: p.index });
      p.sentenceCount++;
      p.end = at + l.length;
      at += l.length + 1;
    });
    return { uri, text, region: { start: 0, end: text.length }, lang: detectLang(text), seg: { paragraphs, sentences } };
  };
  let pairs = 0;
  const total = { para: 0, paraFalse: 0, sent: 0, sentFalse: 0 };
  // The sets in the src.txt / tgt.txt / gold.beads layout (other sets of align-dev use other layouts).
for (const set of readdirSync(root).filter((d) => !d.includes('.') && existsSync(join(root, d, 'gold.beads'))).sort()) {
    const src = readFileSync(join(root, set, 'src.txt'), 'utf8').replace(/\n$/, '').split('\n');
    const tgt = new TextDecoder('windows-1252').decode(readFileSync(join(root, set, 'tgt.txt'))).replace(/\n$/, '').split('\n');
    const gold = parseBeads(readFileSync(join(root, set, 'gold.beads'), 'utf8'));
    const unpairedGold = { a: new Set<number>(), b: new Set<number>() };
    for (const g of gold) {
      if (!g.b.length) for (const i of g.a) unpairedGold.a.add(i);
      if (!g.a.length) for (const j of g.b) unpairedGold.b.add(j);
    }
    const a = sideOfLines(`${set}/src`, src);
    const b = sideOfLines(`${set}/tgt`, tgt);
    const al = alignSides(a, b);
    const pair: AlignedPair = { a, b, paragraphBeads: al.paragraphBeads, sentenceBeads: al.sentenceBeads };
    const fs = runPairRules(pair, config, { only: ['missing-translation'] });
    const c = { para: 0, paraFalse: 0, sent: 0, sentFalse: 0 };
    for (const f of fs) {
      const k = f.uri === a.uri ? 'a' : 'b';
      const side = k === 'a' ? a : b;
      const idx = side.seg.sentences.filter((s) => s.start >= f.span.start && s.end <= f.span.end).map((s) => s.index);
      const right = idx.every((i) => unpairedGold[k].has(i) || side.text.slice(side.seg.sentences[i].start, side.seg.sentences[i].end).trim() === '<p>');
      const kind = f.data?.sentences !== undefined ? 'sent' : 'para';
      c[kind]++;
      if (!right) c[kind === 'sent' ? 'sentFalse' : 'paraFalse']++;
      if (process.env.BITEXT_SHOW === 'missing-translation') console.log(`    ${right ? 'right' : 'FALSE'} ${f.message} | ${side.text.slice(f.span.start, f.span.end).slice(0, 120)}`);
    }
    const per = (n: number) => ((1000 * n) / gold.length).toFixed(1);
    console.log(
      `${set}: missing-translation through the aligner on ${gold.length} gold beads: paragraph level ${c.para} (${c.paraFalse} false) = ${per(c.paraFalse)} false per 1000; ` +
        `sentence level ${c.sent} (${c.sentFalse} false) = ${per(c.sentFalse)} false per 1000; gold has ${unpairedGold.a.size + unpairedGold.b.size} unpaired sentences`,
    );
    pairs += gold.length;
    for (const key of Object.keys(total) as (keyof typeof total)[]) total[key] += c[key];
  }
  console.log(
    `missing-translation, all books: before (paragraph level only) ${((1000 * total.paraFalse) / pairs).toFixed(1)} false alarms per 1000 sentence pairs; ` +
      `after (with sentence runs) ${((1000 * (total.paraFalse + total.sentFalse)) / pairs).toFixed(1)} (${total.sent - total.sentFalse} of ${total.sent} sentence findings right)`,
  );
}

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
