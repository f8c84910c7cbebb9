// Vietnamese checks on the treebank sentences of ../shared/data/vi-segmentation (plain syllables, the
// human segmentation, a real segmenter's output; line N the same sentence in each). Prints, per rule:
// - segmenter-error: findings per 1000 gold-segmented sentences (all false alarms), and on the segmenter
//   output precision and recall of the capitalised over-merges (a name glued to what follows);
// - keep mode (`fix --segmentation keep`): lines changed on gold, errors repaired completely / partly /
//   not on the segmenter output;
// - remove mode: share of lines equal to the plain line after detokenizing;
// - vietnamese-orthography and case-typo: findings per 1000 plain sentences, recall on injected errors;
// - vietnamese-tone with a word list (Viet74K from the @vntk/dictionary devDependency): findings per 1000
//   plain sentences, recall on tone errors injected into 2- and 3-syllable words of the list.
// BITEXT_BENCH_BEFORE=<another checkout> (e.g. `git archive main | tar -x -C /tmp/main`, node_modules
// linked) measures that code first, then this one: before and after. BITEXT_BENCH_ROOT replaces this
// checkout; BITEXT_SHOW=1 prints the findings.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sharedPath } from './shared';
import { lineOfOffset } from '../server/src/core/text';
// the bench's own yardstick (not the code measured): the syllable lexicon tells foreign words
import { isLexiconSyllable } from '../server/src/core/vi-lexicon';
import { moveToneTo, tonePlacement } from '../server/src/core/rules/support/tone-placement';

/** The line with every syllable in the new tone placement (the segmenter moved some: `văn_hóa` -> `văn_hoá`). */
const foldTones = (line: string) => line.replace(/[\p{L}\p{M}]+/gu, (w) => (tonePlacement(w) === 'old' ? moveToneTo(w, 'new') ?? w : w));

type Mod = Record<string, any>;
const here = process.env.BITEXT_BENCH_ROOT ? resolve(process.env.BITEXT_BENCH_ROOT) : resolve(__dirname, '..');
const show = !!process.env.BITEXT_SHOW;

async function run() {
  if (process.env.BITEXT_BENCH_BEFORE) {
    console.log('--- before');
    await main(resolve(process.env.BITEXT_BENCH_BEFORE));
    console.log('\n--- after');
  }
  await main(here);
}

async function main(root: string) {
  const load = (p: string): Promise<Mod> => import(resolve(root, 'server/src/core', p));
  const { buildLineSide } = await load('document.ts');
  const { resolveConfig } = await load('config.ts');
  const { runSideRules } = await load('run-rules.ts');
  const { fixLines } = await load('corpus/line-fix.ts');
  const dir = sharedPath('data', 'vi-segmentation');
  const read = (f: string) => readFileSync(resolve(dir, f), 'utf8').replace(/\n$/, '').split('\n');
  const syll: string[] = read('vtb.syll.txt');
  const gold: string[] = read('vtb.gold.txt');
  const rdr: string[] = read('vtb.rdr.txt');
  const n = gold.length;
  console.log(`code: ${root}\n${n} sentences (plain, gold-segmented, segmenter output)`);
  const per1000 = (k: number) => ((1000 * k) / n).toFixed(2);
  const keep = resolveConfig({ segmentation: 'keep' });
  const remove = resolveConfig({ segmentation: 'remove' });

  /** Syllable index of each `_` and space boundary of a segmented line: the set of word starts. */
  const boundaries = (line: string): Set<number> => {
    const out = new Set<number>();
    let at = 0;
    for (const tok of line.split(' ')) {
      out.add(at);
      at += tok.split('_').length;
    }
    out.add(at);
    return out;
  };
  const syllables = (line: string) => line.split(/[ _]/).length;
  /** Syllable index at a UTF-16 offset of a segmented line. */
  const syllableAt = (line: string, offset: number) => syllables(line.slice(0, offset)) - 1;

  // ---- segmenter-error on gold and on the segmenter output
  const lineStarts = (lines: string[]) => {
    const starts: number[] = [];
    let at = 0;
    for (const l of lines) {
      starts.push(at);
      at += l.length + 1;
    }
    return starts;
  };
  const lineOf = lineOfOffset;
  const findings = (lines: string[], rule: string, lang = 'vi', config = keep) =>
    runSideRules(buildLineSide('bench', lines.join('\n'), lang), config, { only: [rule] }) as { span: { start: number; end: number }; message: string; fixes?: { edits: { start: number; end: number; newText: string }[] }[] }[];

  const goldFindings = findings(gold, 'segmenter-error');
  console.log(`\nsegmenter-error on gold: ${goldFindings.length} findings = ${per1000(goldFindings.length)} per 1000 sentences (goal <= 1)`);
  const goldStarts = lineStarts(gold);
  if (show) for (const f of goldFindings) console.log(`  gold FA: ${gold[lineOf(goldStarts, f.span.start)].slice(0, 0)}${f.message}`);

  // the capitalised over-merges: a segmenter token whose first syllable is capitalised, which gold
  // splits, with only capitalised syllables before the first gold cut; not a foreign multi-word name
  // written as one token (`Sea_Games`: gold splits every foreign word), and not a capitalised word at a
  // sentence start that is no name (`Người_dân`): there the left part must be two syllables or foreign
  const isForeignWord = (s: string) => s.split('-').some((q) => !isLexiconSyllable(q)) && !/^[\p{Lu}\d]+$/u.test(s);
  interface Truth { line: number; first: number; last: number; text: string; found?: boolean; repair?: 'complete' | 'partly' | 'not' }
  const truth: Truth[] = [];
  let lineMismatch = 0;
  for (let i = 0; i < n; i++) {
    if (syllables(gold[i]) !== syllables(rdr[i])) {
      lineMismatch++;
      continue;
    }
    const gb = boundaries(gold[i]);
    let at = 0;
    let prevTok = '';
    for (const tok of rdr[i].split(' ')) {
      const parts = tok.split('_');
      const a = at;
      at += parts.length;
      const initial = !prevTok || /^[.!?:;"“”(…-]+$/.test(prevTok);
      prevTok = tok;
      if (parts.length < 2 || !/^\p{Lu}/u.test(parts[0])) continue;
      let cut = -1;
      for (let k = 1; k < parts.length; k++) if (gb.has(a + k)) { cut = k; break; }
      if (cut < 0) continue;
      const left = parts.slice(0, cut);
      if (!left.every((p) => /^\p{Lu}/u.test(p))) continue;
      if (parts.every(isForeignWord)) continue;
      if (initial && left.length < 2 && !left.every(isForeignWord)) continue;
      truth.push({ line: i, first: a, last: at, text: tok });
    }
  }
  const rdrFindings = findings(rdr, 'segmenter-error');
  const rdrStarts = lineStarts(rdr);
  let correct = 0;
  for (const f of rdrFindings) {
    const line = lineOf(rdrStarts, f.span.start);
    const text = rdr[line];
    const gb = boundaries(gold[line]);
    // the cut: the first `_` the fix turns into a space
    const edits = f.fixes?.[0]?.edits ?? [];
    let cutAt = -1;
    for (const e of edits) {
      const old = rdr.join('\n').slice(e.start, e.end);
      for (let k = 0; k < old.length; k++) if (old[k] === '_' && e.newText[k] !== '_') { cutAt = e.start + k - rdrStarts[line]; break; }
      if (cutAt >= 0) break;
    }
    const ok = cutAt >= 0 && syllables(gold[line]) === syllables(text) && gb.has(syllableAt(text, cutAt) + 1);
    if (ok) correct++;
    const s = syllableAt(text, f.span.start - rdrStarts[line]);
    for (const t of truth) if (t.line === line && t.first <= s && s < t.last) t.found = true;
    if (show) console.log(`  ${ok ? 'ok' : 'FA'} ${f.message}`);
  }
  const found = truth.filter((t) => t.found).length;
  console.log(`segmenter-error on segmenter output: ${rdrFindings.length} findings, precision ${(correct / Math.max(1, rdrFindings.length)).toFixed(2)} (goal >= 0.9), recall of ${truth.length} capitalised over-merges ${(found / Math.max(1, truth.length)).toFixed(2)} (goal >= 0.6)` +
    (lineMismatch ? ` [${lineMismatch} lines with other syllables skipped]` : ''));
  if (show) for (const t of truth) console.log(`  truth ${t.found ? 'found' : 'missed'}: ${t.text}`);

  // ---- keep mode
  const keepGold = fixLines(gold, { config: keep, lang: 'vi' });
  console.log(`\nkeep mode on gold: ${keepGold.changed.length} of ${n} lines changed = ${per1000(keepGold.changed.length)} per 1000 (goal <= 1)`);
  if (show) for (const i of keepGold.changed.slice(0, 20)) console.log(`  - ${gold[i].slice(0, 120)}\n  + ${keepGold.lines[i].slice(0, 120)}`);
  const keepRdr = fixLines(rdr, { config: keep, lang: 'vi' });
  const tally = { complete: 0, partly: 0, not: 0 };
  for (const t of truth) {
    const fixed = keepRdr.lines[t.line];
    if (syllables(fixed) !== syllables(rdr[t.line])) { tally.not++; continue; }
    const fb = boundaries(fixed);
    const gb = boundaries(gold[t.line]);
    // the token's span, and the next word when the segmenter took a syllable of it
    let last = t.last;
    while (!gb.has(last) && last < syllables(fixed)) last++;
    let same = true;
    let some = false;
    for (let k = t.first + 1; k < last; k++) {
      if (fb.has(k) !== gb.has(k)) same = false;
      if (gb.has(k) && fb.has(k)) some = true;
    }
    t.repair = same ? 'complete' : some ? 'partly' : 'not';
    tally[t.repair]++;
  }
  let damaged = 0;
  for (const i of keepRdr.changed) {
    const fb = boundaries(keepRdr.lines[i]);
    const rb = boundaries(rdr[i]);
    const gb = boundaries(gold[i]);
    for (const k of fb) if (!rb.has(k) && !gb.has(k)) { damaged++; break; }
  }
  console.log(`keep mode on segmenter output: ${truth.length} capitalised over-merges repaired completely ${tally.complete}, partly ${tally.partly}, not ${tally.not}; ${keepRdr.changed.length} lines changed, ${damaged} of them with a new wrong split`);
  if (show) for (const t of truth) console.log(`  ${t.repair}: ${t.text} -> ${keepRdr.lines[t.line].split(' ').filter(() => true).join(' ').slice(0, 0)}`);

  // ---- remove mode: the fixed gold line against the plain line detokenized
  const removed = fixLines(gold, { config: remove, lang: 'vi' });
  const removedRdr = fixLines(rdr, { config: remove, lang: 'vi' });
  let equal = 0;
  let equalRdr = 0;
  let noUnderscore = 0;
  const misses: string[] = [];
  for (let i = 0; i < n; i++) {
    const want = detokenize(syll[i]);
    if (removed.lines[i] === want) equal++;
    else if (misses.length < 15) misses.push(`  - ${want.slice(0, 140)}\n  + ${removed.lines[i].slice(0, 140)}`);
    if (foldTones(removedRdr.lines[i]) === foldTones(want)) equalRdr++;
    if (!removed.lines[i].includes('_')) noUnderscore++;
  }
  console.log(`\nremove mode: gold lines equal to the detokenized plain line ${(equal / n).toFixed(3)} (goal >= 0.98); segmenter output ${(equalRdr / n).toFixed(3)} (tone placement folded); lines with no '_' left ${(noUnderscore / n).toFixed(3)}`);
  if (show) console.log(misses.join('\n'));

  // ---- orthography and case-typo on the plain sentences, and recall on injected errors
  const plain = syll.map(detokenize);
  for (const rule of ['vietnamese-orthography', 'case-typo']) {
    const fs = findings(plain, rule, 'vi', remove);
    console.log(`\n${rule} on plain sentences: ${fs.length} findings = ${per1000(fs.length)} per 1000 (goal <= 0.3)`);
    if (show) for (const f of fs) console.log(`  ${f.message}`);
  }
  const injected = inject(plain);
  for (const [rule, kinds] of [['vietnamese-orthography', ['stop-tone', 'c/k', 'g/gh', 'ng/ngh']], ['case-typo', ['inner-capital']]] as const) {
    const cases = injected.filter((c) => (kinds as readonly string[]).includes(c.kind));
    // one injected error per sentence; 400 such sentences at a time (a rule lists at most 1000 findings
    // per document), followed by all the plain sentences as the rest of the document
    const hit = new Set<number>();
    for (let from = 0; from < cases.length; from += 400) {
      const lines = cases.slice(from, from + 400).map((c) => c.line);
      const starts = lineStarts(lines);
      for (const f of findings([...lines, ...plain], rule, 'vi', remove)) {
        const line = lineOf(starts, f.span.start);
        if (line >= lines.length - 1 && f.span.start >= starts[lines.length - 1] + lines[lines.length - 1].length) continue;
        const c = cases[from + line];
        const s = f.span.start - starts[line];
        if (s <= c.at && c.at < f.span.end - starts[line]) hit.add(from + line);
      }
    }
    const byKind = kinds.map((k) => {
      const idx = cases.map((c, i) => (c.kind === k ? i : -1)).filter((i) => i >= 0);
      return `${k} ${idx.filter((i) => hit.has(i)).length}/${idx.length}`;
    });
    console.log(`${rule} recall on injected errors: ${(hit.size / Math.max(1, cases.length)).toFixed(3)} (goal >= 0.99): ${byKind.join(', ')}`);
    if (show) for (let i = 0; i < cases.length; i++) if (!hit.has(i)) console.log(`  missed ${cases[i].kind}: ${cases[i].word}`);
  }

  // ---- vietnamese-tone (real-word tone errors) with a word list: Viet74K (GPL, a devDependency read
  // only here, as a user would name it in viWordList)
  const listPath = resolve(root, 'node_modules/@vntk/dictionary/data/Viet74K.txt');
  let wordsModule: Mod | undefined;
  try {
    wordsModule = await load('vi-words.ts');
  } catch {
    console.log('\nvietnamese-tone: not in this code');
  }
  if (wordsModule) {
    const viWordListText = readFileSync(listPath, 'utf8');
    const viWords = wordsModule.viWordListOf(viWordListText);
    const withList = resolveConfig({ segmentation: 'remove', viWordListText });
    const toneFindings = (lines: string[]) => findings(lines, 'vietnamese-tone', 'vi', withList);
    const alarms = toneFindings(plain);
    console.log(`\nvietnamese-tone on plain sentences (word list Viet74K, ${viWords.size} words): ${alarms.length} findings = ${per1000(alarms.length)} per 1000 (goal <= 0.3)`);
    if (show) for (const f of alarms) console.log(`  ${f.message}`);
    const cases = injectTone(plain, (keys: string[]) => wordsModule!.isListWord(viWords, keys.map(wordsModule!.syllableKey)));
    const hit = new Set<number>();
    let wrongFix = 0;
    for (let from = 0; from < cases.length; from += 400) {
      const batch = cases.slice(from, from + 400);
      const lines = batch.map((c) => c.line);
      const starts = lineStarts(lines);
      // the rest of the document: the plain sentences but the ones the errors went into (their right
      // copy would be evidence a real text with the error does not have)
      const changed = new Set(batch.map((c) => c.index));
      for (const f of toneFindings([...lines, ...plain.filter((_, i) => !changed.has(i))])) {
        const line = lineOf(starts, f.span.start);
        if (line >= lines.length) continue;
        if (line === lines.length - 1 && f.span.start >= starts[line] + lines[line].length) continue;
        const c = cases[from + line];
        if (f.span.start - starts[line] !== c.at) continue;
        hit.add(from + line);
        if (f.fixes?.[0]?.edits[0]?.newText !== c.original) wrongFix++;
      }
    }
    const words = (size: number) => cases.filter((c) => c.size === size);
    const recallOf = (list: ToneInjected[]) => `${list.filter((c) => hit.has(cases.indexOf(c))).length}/${list.length}`;
    console.log(`vietnamese-tone recall on injected tone errors: ${(hit.size / Math.max(1, cases.length)).toFixed(3)} (${hit.size}/${cases.length}; in 2-syllable words ${recallOf(words(2))}, 3-syllable ${recallOf(words(3))}), ${wrongFix} found with another correction`);
    if (show) for (let i = 0; i < Math.min(cases.length, 60); i++) if (!hit.has(i)) console.log(`  missed: ${cases[i].word} (${cases[i].original})`);
  }
}

interface ToneInjected { line: string; index: number; at: number; word: string; original: string; size: number }

const TONE_MARKS = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

/** The syllable with each other tone (NFC), the mark on the vowel that carries it now or would. */
function toneVariants(syllable: string): string[] {
  const d = syllable.normalize('NFD');
  const bare = d.replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '');
  const marked = [...bare.normalize('NFC')];
  const vowels = marked.map((ch, i) => (/[aăâeêioôơuưy]/i.test(ch.normalize('NFD')[0]) ? i : -1)).filter((i) => i >= 0);
  if (!vowels.length) return [];
  const withHat = vowels.filter((i) => /[ăâêôơư]/i.test(marked[i]));
  const coda = vowels[vowels.length - 1] < marked.length - 1;
  const at = withHat.length ? withHat[withHat.length - 1] : coda || vowels.length === 1 ? vowels[vowels.length - 1] : vowels.length === 3 ? vowels[1] : vowels[0];
  const out: string[] = [];
  for (const mark of TONE_MARKS) {
    const variant = marked.map((ch, i) => (i === at ? (ch.normalize('NFD') + mark).normalize('NFC') : ch)).join('');
    if (variant !== syllable.normalize('NFC')) out.push(variant);
  }
  return out;
}

/**
 * One tone error per sentence: in the first lower-case 3- or 2-syllable word of the list (the syllables
 * one space apart), the first syllable (from the last) with another tone that is still a real syllable
 * and leaves no word of the list.
 */
function injectTone(plain: string[], isWord: (syllables: string[]) => boolean): ToneInjected[] {
  const out: ToneInjected[] = [];
  for (const [index, line] of plain.entries()) {
    const tokens = [...line.matchAll(/\S+/g)].map((m) => ({ text: m[0], at: m.index! }));
    let done = false;
    for (const size of [3, 2]) {
      for (let first = 1; first + size <= tokens.length && !done; first++) {
        const group = tokens.slice(first, first + size);
        const texts = group.map((t) => t.text);
        if (!texts.every((t) => /^[\p{Ll}\p{M}]+$/u.test(t)) || !isWord(texts)) continue;
        for (let k = size - 1; k >= 0 && !done; k--) {
          for (const variant of toneVariants(texts[k])) {
            const changed = texts.map((t, i) => (i === k ? variant : t));
            if (!isLexiconSyllable(variant) || isWord(changed)) continue;
            const at = group[k].at;
            out.push({ line: line.slice(0, at) + variant + line.slice(at + texts[k].length), index, at, word: changed.join(' '), original: texts[k], size });
            done = true;
            break;
          }
        }
      }
      if (done) break;
    }
  }
  return out;
}

/**
 * A reference detokenizer for the treebank's plain lines, written for this bench: tokens joined as raw
 * news text writes them (`Nga , Triều` -> `Nga, Triều`, `( CSIS )` -> `(CSIS)`, `" x "` -> `"x"`, `5 %` -> `5%`,
 * `đồng / kg` -> `đồng/kg`, `GD & ĐT` -> `GD&ĐT`, `25 . 000` -> `25.000`, `17 - 3 – 2004` -> `17-3–2004`).
 */
export function detokenize(line: string): string {
  const toks = line.split(' ').filter((t) => t.length);
  const acronym = (t: string) => /^[\p{Lu}\d]+$/u.test(t) && /\p{Lu}/u.test(t);
  const number = (t: string) => /^\d+$/.test(t);
  const word = (t: string) => /[\p{L}\p{N}]/u.test(t);
  const quoteCount = toks.filter((t) => t === '"').length;
  let out = '';
  let quotes = 0;
  let glueNext = false;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    const prev = toks[k - 1] ?? '';
    const next = toks[k + 1] ?? '';
    let glue = k === 0 || glueNext;
    glueNext = false;
    if (/^[,.;:!?)\]}%…]+$/.test(t) || t === '...') glue = true;
    if (t === '"') {
      // quotes open and close in turn; on a line where they do not pair up, one with no word after it closes
      const closes = quotes % 2 === 1 || (quoteCount % 2 === 1 && !toks.slice(k + 1).some(word));
      if (closes) glue = true;
      else if (word(next)) glueNext = true;
      quotes++;
    }
    if ('([{“'.includes(prev) && prev) glue = true;
    if (t === '”') glue = true;
    if (t === '/' || prev === '/') glue = true;
    if ((t === '&' && acronym(prev) && acronym(next)) || (prev === '&' && acronym(t) && acronym(toks[k - 2] ?? ''))) glue = true;
    if (((t === '.' || t === ',') && number(prev) && /^\d{3}$/.test(next)) || (t === '.' && acronym(prev) && acronym(next))) glueNext = true;
    // the treebank writes a decimal comma as `3, 5`
    if (/^\d+,$/.test(prev) && number(t)) glue = true;
    if ((t === '-' || t === '–') && ((number(prev) && number(next)) || (acronym(prev) && acronym(next)))) {
      glue = true;
      glueNext = true;
    }
    out += (glue || !out ? '' : ' ') + t;
  }
  return out;
}

interface Injected { kind: string; line: string; at: number; word: string }

/** One error per sentence, in the first lower-case syllable (capitalised, for case) that can take it. */
function inject(plain: string[]): Injected[] {
  const out: Injected[] = [];
  const stop = /^([^aăâeêioôơuưy]*)(.*?)(c|ch|p|t)$/;
  const seen = new Map<string, number>();
  for (const line of plain) for (const m of line.matchAll(/[\p{L}\p{M}]+/gu)) seen.set(m[0].toLowerCase(), (seen.get(m[0].toLowerCase()) ?? 0) + 1);
  for (const line of plain) {
    const words = [...line.matchAll(/[\p{L}\p{M}]+/gu)];
    const kinds: Record<string, Injected | undefined> = {};
    for (const m of words) {
      const w = m[0].normalize('NFC');
      const at = m.index!;
      const put = (kind: string, word: string) => {
        // an error that makes another real syllable (`ghen` -> `gen`) is a real-word error: not injected
        if (kinds[kind] || word === w || (kind !== 'inner-capital' && isLexiconSyllable(word))) return;
        kinds[kind] = { kind, line: line.slice(0, at) + word + line.slice(at + w.length), at, word };
      };
      const lower = w === w.toLowerCase();
      if (lower && at > 0) {
        // a sắc tone on a stop coda becomes hỏi (`các` -> `cảc`)
        const d = w.normalize('NFD');
        if (stop.test(w.normalize('NFD').replace(/[\u0300-\u036f]/g, '')) && d.includes('\u0301')) put('stop-tone', d.replace('\u0301', '\u0309').normalize('NFC'));
        const bare = w.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
        if (/^c[aou]/.test(bare)) put('c/k', 'k' + w.slice(1));
        if (/^k[iey]/.test(bare)) put('c/k', 'c' + w.slice(1));
        if (/^gh[e]/.test(bare)) put('g/gh', 'g' + w.slice(2));
        else if (/^g[aou]/.test(bare)) put('g/gh', 'gh' + w.slice(1));
        if (/^ngh/.test(bare)) put('ng/ngh', 'ng' + w.slice(3));
        else if (/^ng[aou]/.test(bare)) put('ng/ngh', 'ngh' + w.slice(2));
      }
      // an inner capital in a capitalised Vietnamese syllable (`Nguyễn` -> `NguYễn`) or a lower-case
      // letter in an acronym of four letters or more (`NATO` -> `NAtO`), in a word the text writes again
      // elsewhere (the other copies are the evidence). Foreign names are left out: a slip there
      // (`XinMei`) looks like a brand written that way on purpose (`YouTube`).
      if ((seen.get(w.toLowerCase()) ?? 0) >= 2 && w.length >= 3) {
        const k = Math.floor(w.length / 2);
        if (/^\p{Lu}\p{Ll}+$/u.test(w) && isLexiconSyllable(w)) put('inner-capital', w.slice(0, k) + w.charAt(k).toUpperCase() + w.slice(k + 1));
        else if (/^\p{Lu}{4,}$/u.test(w)) put('inner-capital', w.slice(0, k) + w.charAt(k).toLowerCase() + w.slice(k + 1));
      }
    }
    for (const v of Object.values(kinds)) if (v) out.push(v);
  }
  return out;
}

run().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
