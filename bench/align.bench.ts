// Aligner bench: accuracy on every align-dev set and book (strict/lax P/R/F1 beside hunalign's and a
// length baseline's figures), documents Bitext splits itself against the same books pre-split, the
// omission/addition bench (seed 000 and dev books), and the time and peak memory of the whole
// `bitext align --presplit` process (steinbeck x1, x4, x16, the Bible), beside hunalign's time.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { alignSides, alignUnits, parseBeads, parseDictionary, scoreAlignments, type BeadLike } from '../server/src/core/align';
import { analyze, type AnalyzeInput } from '../server/src/core/analyze';
import { DEFAULT_CONFIG } from '../server/src/core/config';
import { buildSide } from '../server/src/core/document';
import { splitAtSourceLine } from '../server/src/core/source-line';
import type { Side } from '../server/src/core/types';
import { sharedPath } from './shared';

const root = resolve(__dirname, '..');
const cli = join(root, 'bin', 'bitext.js');
// Runs the CLI in a child process and reports its wall time, CPU time and peak RSS (measured by the
// child; CPU time counts all its threads, e.g. the garbage collector's).
const WRAP = `process.on('exit',()=>{const c=process.cpuUsage();process.stderr.write('\\nMAXRSS '+process.resourceUsage().maxRSS+' CPU '+(c.user+c.system)+'\\n')});require(${JSON.stringify(cli)})`;

function runCli(args: string[]): { out: string; ms: number; rssMB: number; cpuMs: number } {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['-e', WRAP, 'bitext', ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`bitext ${args.join(' ')} failed: ${run.stderr}`);
  const usage = /MAXRSS (\d+) CPU (\d+)/.exec(run.stderr);
  return { out: run.stdout, ms, rssMB: usage ? Number(usage[1]) / 1024 : NaN, cpuMs: usage ? Number(usage[2]) / 1000 : NaN };
}

const f3 = (x: number) => x.toFixed(3);
const DEV = sharedPath('data', 'align-dev');
const lines = (text: string) => {
  const out = text.split('\n');
  if (out[out.length - 1] === '') out.pop();
  return out.map((line) => line.replace(/\r$/, ''));
};
const latin1 = (path: string) => new TextDecoder('windows-1252').decode(readFileSync(path));

// The anchors: hunalign (no dictionary) and Gale–Church with the length ratio learned from the text,
// strict F1, as align-dev's README gives them; '–' where it gives none.
const ANCHORS: Record<string, { hunalign: string; lengthBaseline: string }> = {
  'hu-en-dtm': { hunalign: '0.969', lengthBaseline: '–' },
  'hu-en-steinbeck': { hunalign: '0.968', lengthBaseline: '–' },
  'en-zh-bible': { hunalign: '0.001', lengthBaseline: '0.751' },
  'en-fr-transread': { hunalign: '0.811', lengthBaseline: '0.796' },
  LesConfessions: { hunalign: '0.512', lengthBaseline: '0.386' },
  Emma: { hunalign: '0.547', lengthBaseline: '0.292' },
};
const anchor = (name: string) => (ANCHORS[name] ? `   | hunalign ${ANCHORS[name].hunalign}, length baseline ${ANCHORS[name].lengthBaseline}` : '');

interface Doc {
  name: string;
  source: string[];
  target: string[];
  gold: BeadLike[];
}

function score(set: string, docs: Doc[]): void {
  const all: Array<{ gold: BeadLike[]; test: BeadLike[] }> = [];
  let worst = { name: '', f1: 2 };
  for (const doc of docs) {
    const started = performance.now();
    const test = alignUnits(doc.source, doc.target);
    const ms = performance.now() - started;
    const s = scoreAlignments([{ gold: doc.gold, test }]);
    all.push({ gold: doc.gold, test });
    if (s.f1Strict < worst.f1) worst = { name: doc.name, f1: s.f1Strict };
    if (docs.length > 1) {
      console.log(`    ${doc.name.padEnd(30)} ${String(doc.source.length).padStart(5)} x ${String(doc.target.length).padEnd(5)} F1 ${f3(s.f1Strict)} lax ${f3(s.f1Lax)}, ${ms.toFixed(0)} ms${anchor(doc.name)}`);
    }
  }
  const s = scoreAlignments(all);
  console.log(
    `  ${set.padEnd(18)} bitext P ${f3(s.precisionStrict)} R ${f3(s.recallStrict)} F1 ${f3(s.f1Strict)} lax F1 ${f3(s.f1Lax)}` +
      (docs.length > 1 ? `, lowest book ${worst.name} ${f3(worst.f1)}` : '') +
      anchor(set),
  );
}

function transreadBooks(): Doc[] {
  const dir = join(DEV, 'en-fr-transread');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.gold.txt'))
    .sort()
    .map((goldName) => {
      const name = goldName.replace('.gold.txt', '');
      return {
        name,
        source: lines(readFileSync(join(dir, `${name}.src.txt`), 'utf8')),
        target: lines(readFileSync(join(dir, `${name}.tgt.txt`), 'utf8')),
        gold: parseBeads(readFileSync(join(dir, goldName), 'utf8')),
      };
    });
}

console.log('accuracy (strict P/R/F1, lax F1), pre-split sentences, no dictionary:');
for (const set of ['hu-en-dtm', 'hu-en-steinbeck']) {
  const dir = join(DEV, set);
  score(set, [{ name: set, source: lines(readFileSync(join(dir, 'src.txt'), 'utf8')), target: lines(latin1(join(dir, 'tgt.txt'))), gold: parseBeads(readFileSync(join(dir, 'gold.beads'), 'utf8')) }]);
}
{
  const dir = join(DEV, 'en-zh-bible');
  score('en-zh-bible', [{ name: 'bible', source: lines(readFileSync(join(dir, '001.src.txt'), 'utf8')), target: lines(readFileSync(join(dir, '001.tgt.txt'), 'utf8')), gold: parseBeads(readFileSync(join(dir, '001.gold.txt'), 'utf8')) }]);
}
score('en-fr-transread', transreadBooks());

// ---- a user's dictionary: Debian's FreeDict English-French, converted by scripts/freedict-to-hunalign.ts
{
  const freedict = '/usr/share/dictd/freedict-eng-fra';
  if (!existsSync(`${freedict}.index`)) {
    console.log('dictionary: FreeDict eng-fra not installed (apt-get install dict-freedict-eng-fra), line skipped');
  } else {
    const converted = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'freedict-to-hunalign.ts'), freedict], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const dictionary = parseDictionary(converted.stdout);
    const withDictionary = transreadBooks().map((book) => ({ gold: book.gold, test: alignUnits(book.source, book.target, { dictionary }) }));
    const without = transreadBooks().map((book) => ({ gold: book.gold, test: alignUnits(book.source, book.target) }));
    const confessions = transreadBooks().find((book) => book.name === 'LesConfessions')!;
    const c1 = scoreAlignments([{ gold: confessions.gold, test: alignUnits(confessions.source, confessions.target) }]).f1Strict;
    const c2 = scoreAlignments([{ gold: confessions.gold, test: alignUnits(confessions.source, confessions.target, { dictionary }) }]).f1Strict;
    console.log(
      `dictionary (--dict, FreeDict eng-fra, ${dictionary.entries.length} entries): en-fr-transread F1 ${f3(scoreAlignments(without).f1Strict)} -> ${f3(scoreAlignments(withDictionary).f1Strict)}; ` +
        `LesConfessions ${f3(c1)} -> ${f3(c2)}`,
    );
  }
}

// ---- documents Bitext splits itself (paragraph per line), scored on the gold sentence lines
/**
 * Which gold lines each of Bitext's sentences holds: by position in the text with whitespace removed;
 * a line counts when the sentence holds a real part of it (a stray quote of the next line does not).
 */
function sentenceLines(side: Side, goldLines: string[]): number[][] {
  const lineOf: number[] = [];
  const lineLength = goldLines.map((line) => line.replace(/\s/g, '').length);
  goldLines.forEach((_, index) => {
    for (let k = 0; k < lineLength[index]; k++) lineOf.push(index);
  });
  const inkBefore = new Int32Array(side.text.length + 1);
  for (let k = 0; k < side.text.length; k++) inkBefore[k + 1] = inkBefore[k] + (/\s/.test(side.text[k]) ? 0 : 1);
  return side.seg.sentences.map((sentence) => {
    const counts = new Map<number, number>();
    for (let c = inkBefore[sentence.start]; c < inkBefore[sentence.end] && c < lineOf.length; c++) counts.set(lineOf[c], (counts.get(lineOf[c]) ?? 0) + 1);
    return [...counts].filter(([line, count]) => count >= Math.min(3, Math.ceil(lineLength[line] / 2))).map(([line]) => line).sort((x, y) => x - y);
  });
}

/** Beads over Bitext's sentences as beads over gold lines; beads that share a line merge. */
function toLineBeads(beads: readonly BeadLike[], linesA: number[][], linesB: number[][]): BeadLike[] {
  const out: Array<{ a: Set<number>; b: Set<number> }> = [];
  const ownerA = new Map<number, number>();
  const ownerB = new Map<number, number>();
  for (const bead of beads) {
    const a = new Set(bead.a.flatMap((i) => linesA[i]));
    const b = new Set(bead.b.flatMap((j) => linesB[j]));
    let target = -1;
    for (const x of a) if (ownerA.has(x)) target = Math.max(target, ownerA.get(x)!);
    for (const y of b) if (ownerB.has(y)) target = Math.max(target, ownerB.get(y)!);
    if (target < 0) {
      out.push({ a, b });
      target = out.length - 1;
    } else {
      while (out.length - 1 > target) {
        const merged = out.pop()!;
        merged.a.forEach((x) => a.add(x));
        merged.b.forEach((y) => b.add(y));
      }
      a.forEach((x) => out[target].a.add(x));
      b.forEach((y) => out[target].b.add(y));
    }
    out[target].a.forEach((x) => ownerA.set(x, target));
    out[target].b.forEach((y) => ownerB.set(y, target));
  }
  return out.map((bead) => ({ a: [...bead.a].sort((x, y) => x - y), b: [...bead.b].sort((x, y) => x - y) }));
}

{
  const dir = join(DEV, 'en-fr-transread');
  const withDocs = transreadBooks().filter((book) => readdirSync(dir).includes(`${book.name}.src.doc.txt`));
  const split: Array<{ gold: BeadLike[]; test: BeadLike[] }> = [];
  const presplit: Array<{ gold: BeadLike[]; test: BeadLike[] }> = [];
  console.log(`documents Bitext splits itself (${withDocs.length} en-fr books with paragraph files), against the same books pre-split:`);
  for (const book of withDocs) {
    const a = buildSide('a.txt', readFileSync(join(dir, `${book.name}.src.doc.txt`), 'utf8'));
    const b = buildSide('b.txt', readFileSync(join(dir, `${book.name}.tgt.doc.txt`), 'utf8'));
    const started = performance.now();
    const aligned = alignSides(a, b);
    const ms = performance.now() - started;
    const test = toLineBeads(aligned.sentenceBeads, sentenceLines(a, book.source), sentenceLines(b, book.target));
    split.push({ gold: book.gold, test });
    const pre = alignUnits(book.source, book.target);
    presplit.push({ gold: book.gold, test: pre });
    console.log(
      `    ${book.name.padEnd(30)} ${a.seg.paragraphs.length} x ${b.seg.paragraphs.length} paragraphs, ${a.seg.sentences.length} x ${b.seg.sentences.length} sentences: ` +
        `F1 ${f3(scoreAlignments([{ gold: book.gold, test }]).f1Strict)} (pre-split ${f3(scoreAlignments([{ gold: book.gold, test: pre }]).f1Strict)}), ${ms.toFixed(0)} ms`,
    );
  }
  const s = scoreAlignments(split);
  const p = scoreAlignments(presplit);
  console.log(`  split by Bitext F1 ${f3(s.f1Strict)} lax ${f3(s.f1Lax)}; pre-split F1 ${f3(p.f1Strict)} lax ${f3(p.f1Lax)}; difference ${f3(s.f1Strict - p.f1Strict)} (goal: within 0.02; main before this work: 0.832 against 0.916)`);
}

// ---- omissions and additions, sentence by sentence
{
  const TRIALS = 12;
  const FOREIGN = [
    'Die Sitzung wurde um acht Uhr abends ohne jede weitere Erklärung vertagt.',
    'Il sindaco ha promesso nuove biciclette per tutta la città entro la fine del mese prossimo.',
    'A reunião terminou sem acordo depois de três horas de discussão acalorada entre os vizinhos.',
  ];
  interface Trialable {
    name: string;
    /** The analysis input with the edited side's text replaced. */
    input: (edited: string) => AnalyzeInput;
    edited: string;
    editedKey: 'a' | 'b';
    /** Offset of the edited side's text inside the analysed file (one-file: 0, the translation is above). */
  }
  const sentenceFindings = (findings: readonly { rule: string; data?: Record<string, unknown> }[]) =>
    findings.filter((finding) => (finding.rule === 'missing-translation' || finding.rule === 'added-sentence') && finding.data?.sentences);
  const docs: Trialable[] = [];
  {
    const dir = sharedPath('samples');
    const name = readdirSync(dir).find((file) => file.startsWith('000_'))!;
    const text = readFileSync(join(dir, name), 'utf8');
    const split = splitAtSourceLine(text)!;
    const above = text.slice(0, split.above.end);
    const below = text.slice(split.above.end);
    docs.push({ name: 'seed 000', edited: above, editedKey: 'a', input: (edited) => ({ form: 'one-file', a: { uri: 'seed.txt', text: edited + below } }) });
  }
  for (const book of ['Candide', 'VoyageAuCentreDeLaTerre', 'AlicesAdventuresInWonderland']) {
    const dir = join(DEV, 'en-fr-transread');
    const original = readFileSync(join(dir, `${book}.src.doc.txt`), 'utf8');
    const translation = readFileSync(join(dir, `${book}.tgt.doc.txt`), 'utf8');
    docs.push({ name: book, edited: translation, editedKey: 'b', input: (edited) => ({ form: 'siblings', a: { uri: 'x.en.txt', text: original }, b: { uri: 'x.fr.txt', text: edited } }) });
  }
  let omitted = 0;
  let added = 0;
  let alignedOmitted = 0;
  let alignedAdded = 0;
  let trials = 0;
  let falseAlarms = 0;
  console.log(`omissions and additions: ${TRIALS} sentences a document, each deleted from (or followed by a foreign sentence in) a 1-1 translated paragraph:`);
  for (const doc of docs) {
    const base = analyze(doc.input(doc.edited), DEFAULT_CONFIG);
    const pair = base.pair!;
    const editedKey = doc.editedKey;
    const otherKey = editedKey === 'a' ? 'b' : 'a';
    const editedSide = pair[editedKey];
    const otherSide = pair[otherKey];
    const baseCount = sentenceFindings(base.findings).length;
    const candidates: number[] = [];
    for (const bead of pair.paragraphBeads) {
      if (bead[editedKey].length !== 1 || bead[otherKey].length !== 1) continue;
      const paragraph = editedSide.seg.paragraphs[bead[editedKey][0]];
      if (paragraph.sentenceCount < 2) continue;
      const ids = Array.from({ length: paragraph.sentenceCount }, (_, k) => paragraph.firstSentence + k);
      if (ids.every((i) => pair.sentenceBeads.some((s) => s[editedKey].length === 1 && s[editedKey][0] === i && s[otherKey].length === 1))) candidates.push(...ids);
    }
    const step = Math.max(1, Math.floor(candidates.length / TRIALS));
    let docOmitted = 0;
    let docAdded = 0;
    let docTrials = 0;
    for (let c = 0; c < candidates.length && docTrials < TRIALS; c += step, docTrials++) {
      const index = candidates[c];
      const sentence = editedSide.seg.sentences[index];
      const counterpart = otherSide.seg.sentences[pair.sentenceBeads.find((s) => s[editedKey].includes(index))![otherKey][0]];
      const text = doc.edited;
      let cut = sentence.end;
      while (cut < text.length && text[cut] === ' ') cut++;
      // deletion: the counterpart must be reported (its offset moves in a one-file pair)
      const deleted = text.slice(0, sentence.start) + text.slice(cut);
      const shift = editedKey === 'a' && pair.a.uri === pair.b.uri ? -(cut - sentence.start) : 0;
      const afterDeletion = analyze(doc.input(deleted), DEFAULT_CONFIG);
      const wanted = { start: counterpart.start + shift, end: counterpart.end + shift };
      const found = sentenceFindings(afterDeletion.findings);
      const hit = found.some((finding) => (finding as { span?: { start: number; end: number } }).span!.start <= wanted.start + 2 && (finding as { span?: { start: number; end: number } }).span!.end >= wanted.end - 2);
      if (hit) docOmitted++;
      falseAlarms += Math.max(0, found.length - (hit ? 1 : 0) - baseCount);
      const otherAfter = afterDeletion.pair![otherKey];
      const unitAfter = otherAfter.seg.sentences.findIndex((s) => Math.abs(s.start - wanted.start) <= 2);
      const beadAfter = afterDeletion.pair!.sentenceBeads.find((s) => s[otherKey].includes(unitAfter));
      if (beadAfter && !beadAfter[editedKey].length) alignedOmitted++;
      // insertion: the foreign sentence must be reported
      const foreign = FOREIGN[c % FOREIGN.length];
      const inserted = text.slice(0, sentence.end) + ' ' + foreign + text.slice(sentence.end);
      const afterInsertion = analyze(doc.input(inserted), DEFAULT_CONFIG);
      const at = sentence.end + 1;
      const found2 = sentenceFindings(afterInsertion.findings);
      const hit2 = found2.some((finding) => {
        const span = (finding as { span?: { start: number; end: number } }).span!;
        return span.start <= at + 2 && span.end >= at + foreign.length - 2;
      });
      if (hit2) docAdded++;
      falseAlarms += Math.max(0, found2.length - (hit2 ? 1 : 0) - baseCount);
      const editedAfter = afterInsertion.pair![editedKey];
      const unitIns = editedAfter.seg.sentences.findIndex((s) => Math.abs(s.start - at) <= 2);
      const beadIns = afterInsertion.pair!.sentenceBeads.find((s) => s[editedKey].includes(unitIns));
      if (beadIns && !beadIns[otherKey].length) alignedAdded++;
      trials += 2;
    }
    omitted += docOmitted;
    added += docAdded;
    console.log(`    ${doc.name.padEnd(30)} omissions reported ${docOmitted}/${docTrials}, additions reported ${docAdded}/${docTrials}`);
  }
  const perKind = trials / 2;
  console.log(
    `  omission recall ${f3(omitted / perKind)}, addition recall ${f3(added / perKind)} (goal 0.9 each), false alarms per trial ${f3(falseAlarms / trials)} (goal <= 0.1); ` +
      `left unpaired by the aligner: omitted counterpart ${alignedOmitted}/${perKind}, added sentence ${alignedAdded}/${perKind}`,
  );
}

// ---- speed
console.log('speed, whole process (`bitext align --presplit`):');
const steinbeck = join(DEV, 'hu-en-steinbeck');
const src = readFileSync(join(steinbeck, 'src.txt'));
const tgt = readFileSync(join(steinbeck, 'tgt.txt'));
const tmp = mkdtempSync(join(tmpdir(), 'bitext-bench-'));
try {
  for (const copies of [1, 4, 16]) {
    const a = join(tmp, `src${copies}.txt`);
    const b = join(tmp, `tgt${copies}.txt`);
    writeFileSync(a, Buffer.concat(Array(copies).fill(src)));
    writeFileSync(b, Buffer.concat(Array(copies).fill(tgt)));
    const runs = [0, 1, 2].map(() => runCli(['align', '--presplit', '--encoding', 'windows-1252', a, b]));
    const best = runs.reduce((x, y) => (y.ms < x.ms ? y : x));
    const cpu = Math.min(...runs.map((x) => x.cpuMs));
    const beads = best.out.split('\n').filter(Boolean).length;
    const sentences = 7031 * copies;
    console.log(
      `  steinbeck ${String(copies).padStart(2)}x  ${7031 * copies} x ${6813 * copies}: ${(best.ms / 1000).toFixed(2)} s wall (best of 3), ` +
        `${(cpu / 1000).toFixed(2)} s CPU, ${((best.ms / sentences) * 1000 / 1000).toFixed(3)} s per 1000 sentences, peak RSS ${best.rssMB.toFixed(0)} MB, ${beads} beads` +
        (copies === 1 ? `   | hunalign 2.8 s; ratio ${(best.ms / 2800).toFixed(2)} (goal <= 0.2 and <= 0.5 s)` : ''),
    );
  }
  const bible = join(DEV, 'en-zh-bible');
  const run = runCli(['align', '--presplit', join(bible, '001.src.txt'), join(bible, '001.tgt.txt')]);
  console.log(`  en-zh bible 5000 x 6301: ${(run.ms / 1000).toFixed(2)} s wall, ${(run.cpuMs / 1000).toFixed(2)} s CPU, ${(run.ms / 5000).toFixed(3)} s per 1000 sentences, peak RSS ${run.rssMB.toFixed(0)} MB`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
