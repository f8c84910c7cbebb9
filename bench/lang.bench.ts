// Language identification, before (the stop-word lang.ts of commit 96d5a7c, read from git) and after
// (core/lang.ts on eld): accuracy per language and length bucket on single lines, with the pair's two
// languages only, on 20-line documents; wrong-language recall and false alarms per pair; the short
// texts written for the tests (test/core/lang.cases.ts) in more languages, and languages the library
// does not know; throughput, added bundle size, start-up time, and naming both sides of a 1M-line
// corpus. Columns for the raw eld databases (extrasmall, small, medium) and, after
// `npm i --no-save tinyld franc-min`, for those two (not dependencies); LANG_BENCH_QUICK=1 leaves them out.
// Data: ../shared/data/align-dev (hu, en, fr, zh), ../shared/samples and ../shared/data/vi-segmentation
// (vi: as written, without diacritics, word-segmented). Prints figures; asserts nothing.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
// @ts-expect-error: a plain .mjs build helper without types
import { eldJson } from '../scripts/esbuild-eld-json.mjs';
import { identifyLang, nameLinesLang } from '../server/src/core/lang';
import { LangProfileBuilder, scoreLine } from '../server/src/core/corpus/profile';
import { KNOWN, NOT_LANGUAGE, RELATIVES, UNKNOWN } from '../test/core/lang.cases';

const ROOT = resolve(__dirname, '..');
const SHARED = process.env.BITEXT_SHARED ? resolve(process.env.BITEXT_SHARED) : resolve(ROOT, '..', 'shared');
const ALIGN = join(SHARED, 'data', 'align-dev');
const BEFORE_COMMIT = '96d5a7c';
const PER_LANG = 2000;
const BUCKETS: [string, number, number][] = [['<=20', 0, 20], ['21-50', 21, 50], ['51-100', 51, 100], ['101-200', 101, 200], ['>200', 201, Infinity]];

// ---------- data

const readLines = (path: string, encoding: 'utf8' | 'latin1' = 'utf8') =>
  (encoding === 'latin1' ? new TextDecoder('windows-1252').decode(readFileSync(path)) : readFileSync(path, 'utf8'))
    .split('\n').map((l) => l.trim()).filter((l) => l && l !== '<p>');

/** Sentences of running text (a rough split after . ! ? followed by a space). */
const sentences = (text: string) => text.split(/(?<=[.!?…])\s+(?=\S)/u).map((s) => s.trim()).filter(Boolean);
const stripMarks = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
/** Word-segmented the way a segmenter writes it: syllable pairs joined by `_`, punctuation spaced. */
const segmentLike = (s: string) => s.replace(/([,.:;!?()"“”])/g, ' $1 ').replace(/(\p{L}+) (\p{L}+)/gu, (_m, x: string, y: string) => (x.length + y.length) % 3 ? `${x}_${y}` : `${x} ${y}`).replace(/\s+/g, ' ').trim();

interface Source { row: string; lang: string; lines: string[] }

function sources(): Source[] {
  const out: Source[] = [];
  const hu: string[] = [];
  const enHu: string[] = [];
  for (const book of ['hu-en-dtm', 'hu-en-steinbeck']) {
    hu.push(...readLines(join(ALIGN, book, 'src.txt')));
    enHu.push(...readLines(join(ALIGN, book, 'tgt.txt'), 'latin1'));
  }
  const fr: string[] = [];
  const enFr: string[] = [];
  for (const book of readdirSync(join(ALIGN, 'en-fr-transread')).filter((name) => name.endsWith('.src.txt'))) {
    enFr.push(...readLines(join(ALIGN, 'en-fr-transread', book)));
    fr.push(...readLines(join(ALIGN, 'en-fr-transread', book.replace('.src.', '.tgt.'))));
  }
  const enZh = readLines(join(ALIGN, 'en-zh-bible', '001.src.txt'));
  const zh = readLines(join(ALIGN, 'en-zh-bible', '001.tgt.txt'));
  const samples = join(SHARED, 'samples');
  const s000 = readFileSync(join(samples, readdirSync(samples).find((f) => f.startsWith('000_'))!), 'utf8');
  const cut = s000.search(/^Nguồn:.*$/m);
  const viDoc = s000.slice(0, cut).split('\n').flatMap(sentences);
  const enVi = s000.slice(cut).split('\n').slice(1).flatMap(sentences);
  const s003 = readFileSync(join(samples, readdirSync(samples).find((f) => f.startsWith('003_'))!), 'utf8');
  const viSeg003 = s003.split(/(?<= [.!?]) /u).map((s) => s.trim()).filter(Boolean);
  const vtb = join(SHARED, 'data', 'vi-segmentation');
  const vi = [...viDoc, ...viSeg003.map((s) => s.replace(/_/g, ' ')), ...readLines(join(vtb, 'vtb.syll.txt'))];
  const viSeg = [...viSeg003, ...readLines(join(vtb, 'vtb.gold.txt')), ...viDoc.map(segmentLike)];
  out.push({ row: 'hu', lang: 'hu', lines: hu }, { row: 'en (hu-en books)', lang: 'en', lines: enHu });
  out.push({ row: 'fr', lang: 'fr', lines: fr }, { row: 'en (en-fr books)', lang: 'en', lines: enFr });
  out.push({ row: 'zh', lang: 'zh', lines: zh }, { row: 'en (bible)', lang: 'en', lines: enZh });
  out.push({ row: 'vi', lang: 'vi', lines: vi }, { row: 'vi without diacritics', lang: 'vi', lines: vi.map(stripMarks) });
  out.push({ row: 'vi word-segmented', lang: 'vi', lines: viSeg }, { row: 'en (sample 000)', lang: 'en', lines: enVi });
  return out;
}

/** Up to PER_LANG lines, the same number from each length bucket where it has them (deterministic). */
function stratified(lines: string[]): string[] {
  const byBucket = BUCKETS.map(([, lo, hi]) => lines.filter((l) => l.length >= lo && l.length <= hi));
  const out: string[] = [];
  let left = PER_LANG;
  const order = byBucket.map((b, k) => [b.length, k]).sort((x, y) => x[0] - y[0]).map((x) => x[1]);
  order.forEach((k, n) => {
    const quota = Math.floor(left / (order.length - n));
    const bucket = byBucket[k];
    const take = Math.min(quota, bucket.length);
    for (let i = 0; i < take; i++) out.push(bucket[Math.floor((i * bucket.length) / take)]);
    left -= take;
  });
  return out;
}

/** Documents of 20 consecutive lines, at most `max`, spread over the source. */
function documents(lines: string[], max = 100): string[][] {
  const count = Math.floor(lines.length / 20);
  const docs: string[][] = [];
  const step = Math.max(1, Math.floor(count / max));
  for (let i = 0; i < count && docs.length < max; i += step) docs.push(lines.slice(i * 20, i * 20 + 20));
  return docs;
}

// ---------- detectors: one line, one line among two languages, a document of lines

interface Detector {
  name: string;
  line(text: string): string;
  among(text: string, langs: [string, string]): string;
  doc(lines: string[]): string;
}

const orUnd = (l: string | undefined) => (l ? l : 'und');

function fromLineDetector(name: string, detect: (t: string) => string, scores?: (t: string) => [string, number][]): Detector {
  return {
    name,
    line: (t) => orUnd(detect(t)),
    among: (t, langs) => {
      if (scores) return orUnd(scores(t).find(([l]) => langs.includes(l))?.[0]);
      const lang = detect(t);
      return langs.includes(lang) ? lang : 'und';
    },
    doc: (lines) => orUnd(detect(lines.join('\n'))),
  };
}

async function loadBefore(): Promise<Detector[]> {
  let source: string;
  try {
    source = execFileSync('git', ['show', `${BEFORE_COMMIT}:server/src/core/lang.ts`], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    console.log(`(before: commit ${BEFORE_COMMIT} not in this clone; the 'before' columns are left out)`);
    return [];
  }
  const dir = mkdtempSync(join(tmpdir(), 'bitext-lang-before-'));
  writeFileSync(join(dir, 'types.ts'), 'export type Lang = string; export interface Span { start: number; end: number }\n');
  writeFileSync(join(dir, 'lang.ts'), source);
  const old = require(join(dir, 'lang.ts')) as { detectLang(t: string): string; guessLineLang(t: string): string; majorityLang(l: string[]): string };
  const line = fromLineDetector('before: guessLineLang', old.guessLineLang);
  const whole = fromLineDetector('before: detectLang', (t) => old.detectLang(t));
  return [{ ...line, doc: (lines) => old.majorityLang(lines) }, whole];
}

const after: Detector = {
  name: 'after: core/lang.ts',
  line: (t) => identifyLang(t).lang,
  among: (t, langs) => identifyLang(t, { among: langs }).lang,
  doc: (lines) => nameLinesLang(lines).lang,
};

async function optional(): Promise<Detector[]> {
  const out: Detector[] = [];
  if (process.env.LANG_BENCH_QUICK) return out;
  const tryImport = async (id: string) => { try { return await import(id); } catch { return undefined; } };
  for (const size of ['extrasmall', 'small', 'medium']) {
    const mod = await tryImport(`eld/${size}`);
    if (!mod) continue;
    const eld = (mod.eld ?? mod.default?.eld ?? mod.default) as { detect(t: string): { language: string; getScores(): Record<string, number> } };
    out.push(fromLineDetector(`eld/${size} (raw)`, (t) => eld.detect(t).language, (t) => Object.entries(eld.detect(t).getScores())));
  }
  const tiny = await tryImport('tinyld');
  if (tiny) {
    const tinyld = (tiny.default ?? tiny) as { detect(s: string): string; detectAll(s: string): { lang: string; accuracy: number }[] };
    out.push(fromLineDetector('tinyld', (s) => tinyld.detect(s), (s) => tinyld.detectAll(s).map((r) => [r.lang, r.accuracy])));
  }
  const franc = await tryImport('franc-min');
  if (franc) {
    const iso3: Record<string, string> = { eng: 'en', hun: 'hu', fra: 'fr', cmn: 'zh', vie: 'vi', ron: 'ro', isl: 'is', pol: 'pl', ell: 'el', spa: 'es', deu: 'de', ita: 'it', por: 'pt', nld: 'nl', swe: 'sv', fin: 'fi', ces: 'cs', tur: 'tr', rus: 'ru', ukr: 'uk', jpn: 'ja', kor: 'ko', arb: 'ar', heb: 'he' };
    const francMin = franc as { franc(s: string): string; francAll(s: string): [string, number][] };
    const code = (iso: string) => iso3[iso] ?? iso;
    out.push(fromLineDetector('franc-min', (s) => code(francMin.franc(s)), (s) => francMin.francAll(s).map(([iso, score]) => [code(iso), score])));
  }
  return out;
}

// ---------- measures

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : '–');
const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const PAIRS: [string, string][] = [['hu', 'en'], ['en', 'fr'], ['en', 'zh'], ['vi', 'en']];

function table(title: string, header: string[], rows: string[][]) {
  console.log(`\n${title}`);
  const widths = header.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k]?.length ?? 0)));
  console.log('  ' + header.map((h, k) => pad(h, widths[k])).join(' | '));
  for (const r of rows) console.log('  ' + r.map((c, k) => pad(c, widths[k])).join(' | '));
}

async function main() {
  const detectors = [...(await loadBefore()), after, ...(await optional())];
  const src = sources();
  const sampled = src.map((s) => ({ ...s, sample: stratified(s.lines) }));
  const names = detectors.map((d) => d.name);
  console.log(`labelled lines: ${sampled.map((s) => `${s.row} ${s.sample.length}`).join(', ')}`);

  // single lines, all languages, per row and per bucket
  const rows: string[][] = [];
  const total = detectors.map(() => [0, 0]);
  const long = detectors.map(() => [0, 0]);
  for (const s of sampled) {
    rows.push([s.row, ...detectors.map((d, k) => {
      const right = s.sample.filter((l) => d.line(l) === s.lang).length;
      total[k][0] += right; total[k][1] += s.sample.length;
      const longLines = s.sample.filter((l) => l.length > 20);
      long[k][0] += longLines.filter((l) => d.line(l) === s.lang).length; long[k][1] += longLines.length;
      return pct(right, s.sample.length);
    })]);
  }
  rows.push(['all', ...total.map(([r, n]) => pct(r, n))], ['all, lines > 20 chars', ...long.map(([r, n]) => pct(r, n))]);
  table('Single lines, any language allowed (share named right)', ['row', ...names], rows);

  const bucketRows = BUCKETS.map(([b, lo, hi]) => [b, ...detectors.map((d) => {
    let right = 0; let n = 0;
    for (const s of sampled) for (const l of s.sample) if (l.length >= lo && l.length <= hi) { n++; if (d.line(l) === s.lang) right++; }
    return pct(right, n);
  })]);
  table('Single lines by length (characters), all rows', ['length', ...names], bucketRows);

  const longRows = sampled.map((s) => {
    const longLines = s.sample.filter((l) => l.length > 20);
    return [s.row, ...detectors.map((d) => {
      const got = longLines.map((l) => d.line(l));
      const wrong = got.filter((g) => g !== s.lang && g !== 'und').length;
      return `${pct(got.filter((g) => g === s.lang).length, longLines.length)} (wrong ${pct(wrong, longLines.length)})`;
    })];
  });
  table('Single lines of more than 20 characters, per row: right (and wrongly named; the rest is und)', ['row', ...names], longRows);

  // restricted to the pair
  const pairRows: string[][] = [];
  for (const pair of PAIRS) {
    const sidesSrc = sampled.filter((s) => pair.includes(s.lang) && (s.lang !== 'en' || s.row.includes(pair[0] === 'en' ? (pair[1] === 'fr' ? 'en-fr' : 'bible') : pair[0] === 'hu' ? 'hu-en' : 'sample')));
    pairRows.push([pair.join('-'), ...detectors.map((d) => {
      let right = 0; let n = 0;
      for (const s of sidesSrc) for (const l of s.sample) { n++; if (d.among(l, pair) === s.lang) right++; }
      return pct(right, n);
    })]);
  }
  table("Single lines, only the pair's two languages allowed", ['pair', ...names], pairRows);

  // wrong-language recall / false alarms with the pair restriction: a line of A on side B
  const wrongRows: string[][] = [];
  for (const pair of PAIRS) {
    for (const [side, stray] of [[pair[1], pair[0]], [pair[0], pair[1]]]) {
      const own = sampled.filter((s) => s.lang === side).flatMap((s) => s.sample).filter((l) => l.length > 20);
      const strays = sampled.filter((s) => s.lang === stray).flatMap((s) => s.sample).filter((l) => l.length > 20);
      wrongRows.push([`${stray} line on the ${side} side`, ...detectors.map((d) => {
        const caught = strays.filter((l) => d.among(l, pair) === stray).length;
        const alarms = own.filter((l) => d.among(l, pair) === stray).length;
        return `${pct(caught, strays.length)} / ${pct(alarms, own.length)}`;
      })]);
    }
  }
  table('Wrong-language lines (> 20 chars), pair restriction: caught / false alarms', ['case', ...names], wrongRows);
  profileAgainstIdentifier(sampled);

  // documents
  const docRows: string[][] = [];
  const docTotal = detectors.map(() => [0, 0]);
  for (const s of src) {
    const docs = documents(s.lines);
    docRows.push([s.row, ...detectors.map((d, k) => {
      const right = docs.filter((doc) => d.doc(doc) === s.lang).length;
      docTotal[k][0] += right; docTotal[k][1] += docs.length;
      return pct(right, docs.length);
    })]);
  }
  docRows.push(['all', ...docTotal.map(([r, n]) => pct(r, n))]);
  table('Documents of 20 lines', ['row', ...names], docRows);

  // the texts written for the tests
  const knownRows: string[][] = [];
  const knownTotal = detectors.map(() => [0, 0]);
  for (const [lang, texts] of Object.entries(KNOWN)) {
    knownRows.push([lang, ...detectors.map((d, k) => {
      const got = texts.map((t) => d.line(t));
      const right = got.filter((g) => g === lang).length;
      knownTotal[k][0] += right; knownTotal[k][1] += texts.length;
      const wrong = [...new Set(got.filter((g) => g !== lang && g !== 'und'))];
      return `${right}/${texts.length}${wrong.length ? ` (${wrong.join(',')})` : ''}`;
    })]);
  }
  knownRows.push(['all', ...knownTotal.map(([r, n]) => pct(r, n))]);
  table('Short texts written for the tests (right / all, and the wrong names given)', ['lang', ...names], knownRows);

  const unknownRows: string[][] = [];
  for (const [lang, texts] of [...Object.entries(UNKNOWN), ...Object.entries(RELATIVES).map(([l, r]) => [`${l} (near ${r.near.join('/')})`, r.texts] as [string, string[]]), ['not language', NOT_LANGUAGE] as [string, string[]]]) {
    unknownRows.push([lang, ...detectors.map((d) => {
      const got = texts.map((t) => d.line(t));
      const named = got.filter((g) => g !== 'und');
      return `${named.length}/${texts.length}${named.length ? ` (${[...new Set(named)].join(',')})` : ''}`;
    })]);
  }
  table('Languages the library does not know: texts given a name (should be 0, or a near relative)', ['lang', ...names], unknownRows);
  const wholeRows = Object.entries(RELATIVES).map(([lang, relative]) => [`${lang} (near ${relative.near.join('/')})`, ...detectors.map((d) => d.line(relative.texts.join(' ')))]);
  table('The same relatives, all their sentences as one text: the name given (und is right)', ['lang', ...names], wholeRows);

  // a stray line in a third language on the English side of a corpus, no restriction
  const strayRows = detectors.map((d) => {
    const per: string[] = [];
    let caught = 0; let n = 0;
    for (const lang of ['ro', 'is', 'pl', 'zh', 'el', 'vi', 'hu', 'fr', 'de']) {
      const texts = KNOWN[lang].filter((t) => t.length > 20);
      const c = texts.filter((t) => { const g = d.line(t); return g !== 'und' && g !== 'en'; }).length;
      per.push(`${lang} ${c}/${texts.length}`);
      caught += c; n += texts.length;
    }
    const enTexts = sampled.filter((s) => s.lang === 'en').flatMap((s) => s.sample).filter((l) => l.length > 20);
    const alarms = enTexts.filter((t) => { const g = d.line(t); return g !== 'und' && g !== 'en'; }).length;
    return [d.name, pct(caught, n), pct(alarms, enTexts.length), per.join(', ')];
  });
  table('A stray line in another language on an English side (no restriction)', ['detector', 'caught', 'false alarms on en lines', 'per language'], strayRows);

  // throughput
  const all = sampled.flatMap((s) => s.sample);
  const speedRows = detectors.map((d) => {
    d.line(all[0]);
    const t0 = performance.now();
    for (const l of all) d.line(l);
    const ms = performance.now() - t0;
    return [d.name, `${Math.round(all.length / (ms / 1000)).toLocaleString('en-US')} lines/s`];
  });
  table(`Throughput (${all.length} lines)`, ['detector', 'single lines'], speedRows);

  // naming both sides of a 1M-line corpus
  {
    const viLines = sampled.find((s) => s.row === 'vi')!.sample;
    const enLines = sampled.find((s) => s.row === 'en (sample 000)')!.lines;
    const big = (ls: string[]) => Array.from({ length: 1_000_000 }, (_, i) => ls[i % ls.length]);
    const sideA = big(viLines);
    const sideB = big(enLines);
    const t0 = performance.now();
    const la = nameLinesLang(sideA);
    const lb = nameLinesLang(sideB);
    console.log(`\nNaming both sides of a 1M-line corpus (nameLinesLang samples): ${(performance.now() - t0).toFixed(1)} ms -> ${la.lang} (${la.confidence.toFixed(2)}), ${lb.lang} (${lb.confidence.toFixed(2)})`);
  }

  await bundleAndStartup();
}

/**
 * The corpus runner's own wrong-language check (a trigram profile of both sides learned from the
 * corpus's first lines, scored per line) against the identifier restricted to the pair: caught / false
 * alarms on lines of more than 20 characters, and lines per second. The profile learns from the first
 * half of each side's sample and is scored on the other half.
 */
function profileAgainstIdentifier(sampled: (Source & { sample: string[] })[]) {
  const rows: string[][] = [];
  let profileMs = 0;
  let identMs = 0;
  let scored = 0;
  for (const pair of PAIRS) {
    // English of the same corpus where there is one (the sample's English side is too small to learn from)
    const side = (lang: string) => sampled.filter((s) => s.lang === lang && (lang !== 'en' || pair[0] === 'vi' || s.row.includes(pair[0] === 'en' ? (pair[1] === 'fr' ? 'en-fr' : 'bible') : 'hu-en'))).flatMap((s) => s.lines);
    const [la, lb] = [side(pair[0]), side(pair[1])];
    const learnA = la.slice(0, Math.floor(la.length / 2));
    const learnB = lb.slice(0, Math.floor(lb.length / 2));
    const testA = la.slice(learnA.length).filter((l) => l.length > 20).slice(0, 2000);
    const testB = lb.slice(learnB.length).filter((l) => l.length > 20).slice(0, 2000);
    const builder = new LangProfileBuilder();
    for (const l of learnA.slice(0, 20000)) builder.add('a', l);
    for (const l of learnB.slice(0, 20000)) builder.add('b', l);
    const profile = builder.finish();
    if (!profile) continue;
    // the rule's defaults: 20 trigrams, a margin of 0.5 nats a trigram
    const readsA = (line: string) => { const score = scoreLine(profile, line); return score.trigrams >= 20 && score.mean > 0.5; };
    const readsB = (line: string) => { const score = scoreLine(profile, line); return score.trigrams >= 20 && score.mean < -0.5; };
    let t0 = performance.now();
    const pCaughtB = testA.filter(readsA).length; // an A line on side B
    const pAlarmB = testB.filter(readsA).length;
    const pCaughtA = testB.filter(readsB).length;
    const pAlarmA = testA.filter(readsB).length;
    profileMs += performance.now() - t0;
    t0 = performance.now();
    const among = pair;
    const named = (ls: string[], lang: string) => ls.filter((l) => identifyLang(l, { among }).lang === lang).length;
    const iCaughtB = named(testA, pair[0]);
    const iAlarmB = named(testB, pair[0]);
    const iCaughtA = named(testB, pair[1]);
    const iAlarmA = named(testA, pair[1]);
    identMs += performance.now() - t0;
    scored += 2 * (testA.length + testB.length);
    rows.push([`${pair[0]} line on the ${pair[1]} side`, `${pct(pCaughtB, testA.length)} / ${pct(pAlarmB, testB.length)}`, `${pct(iCaughtB, testA.length)} / ${pct(iAlarmB, testB.length)}`]);
    rows.push([`${pair[1]} line on the ${pair[0]} side`, `${pct(pCaughtA, testB.length)} / ${pct(pAlarmA, testA.length)}`, `${pct(iCaughtA, testB.length)} / ${pct(iAlarmA, testA.length)}`]);
  }
  rows.push(['lines a second', `${Math.round(scored / (profileMs / 1000)).toLocaleString('en-US')}`, `${Math.round(scored / (identMs / 1000)).toLocaleString('en-US')}`]);
  table("The corpus runner's trigram profile against the identifier (pair restriction): caught / false alarms", ['case', 'profile (line-untranslated)', 'after: core/lang.ts'], rows);
}

/** Bytes esbuild adds for the detector, and the time from start to the first answer, in a fresh process. */
async function bundleAndStartup() {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-lang-bundle-'));
  const entries: [string, string][] = [
    ['empty', 'console.log("und", Math.round(process.memoryUsage().rss / 1048576))'],
    ['after: core/lang.ts', `const { identifyLang } = require(${JSON.stringify(join(ROOT, 'server/src/core/lang.ts'))}); console.log(identifyLang('The committee met on Tuesday to discuss the budget.').lang, Math.round(process.memoryUsage().rss / 1048576));`],
  ];
  try {
    execFileSync('git', ['cat-file', '-e', `${BEFORE_COMMIT}:server/src/core/lang.ts`], { cwd: ROOT, stdio: 'ignore' });
    const old = execFileSync('git', ['show', `${BEFORE_COMMIT}:server/src/core/lang.ts`], { cwd: ROOT, encoding: 'utf8' });
    writeFileSync(join(dir, 'types.ts'), 'export type Lang = string; export interface Span { start: number; end: number }\n');
    writeFileSync(join(dir, 'old-lang.ts'), old);
    entries.splice(1, 0, ['before: lang.ts', `const { detectLang } = require(${JSON.stringify(join(dir, 'old-lang.ts'))}); console.log(detectLang('The committee met on Tuesday to discuss the budget.'), Math.round(process.memoryUsage().rss / 1048576));`]);
  } catch { /* no before column */ }
  const rows: string[][] = [];
  for (const [name, code] of entries) {
    const outfile = join(dir, name.replace(/\W+/g, '_') + '.js');
    await build({ stdin: { contents: code, resolveDir: ROOT, loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile, tsconfig: join(ROOT, 'tsconfig.json'), plugins: [eldJson], logLevel: 'silent' });
    const size = readFileSync(outfile).length;
    const times: number[] = [];
    let answer = '';
    for (let k = 0; k < 5; k++) {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, [outfile], { encoding: 'utf8' });
      times.push(performance.now() - t0);
      answer = r.stdout.trim();
    }
    times.sort((x, y) => x - y);
    const [lang, rss] = answer.split(' ');
    rows.push([name, `${(size / 1024).toFixed(0)} KB`, `${times[2].toFixed(0)} ms`, `${rss} MB`, lang]);
  }
  table('Bundle (esbuild, not minified) and a fresh process to the first answer (median of 5)', ['entry', 'size', 'start-up', 'RSS', 'answer'], rows);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
