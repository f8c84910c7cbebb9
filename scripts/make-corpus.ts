// Makes a line-aligned corpus from base line pairs, repeated in shuffled order to the size asked, with
// faults injected at known lines, and an answer key. The bench's base pairs are the hand-aligned books
// in the shared align-dev data (both sets; each gold bead with text on both sides gives one line
// pair); tests pass base pairs of their own (fixtures in the repository).
//
//   npx tsx scripts/make-corpus.ts OUT_DIR [PAIRS=1000000] [SEED=1]
//
// Writes OUT_DIR/corpus.hu, OUT_DIR/corpus.en (named for the base's languages) and OUT_DIR/key.tsv
// (line<TAB>fault, 1-based lines). The first copy of the base is left clean, so that every line's
// first occurrence is its true pair.
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sharedPath } from '../bench/shared';

export type Fault = 'empty' | 'shift' | 'untranslated' | 'wrong-lang' | 'numbers' | 'segmentation' | 'inconsistent' | 'truncated';

/** The rule each fault should be found by (first), and the other rules that may rightly fire on it. */
export const FAULT_RULES: Record<Fault, string[]> = {
  empty: ['line-empty'],
  shift: ['line-shift', 'line-length-ratio', 'line-inconsistent', 'line-number-mismatch'],
  untranslated: ['line-untranslated', 'line-length-ratio', 'line-inconsistent', 'line-number-mismatch'],
  'wrong-lang': ['line-untranslated', 'line-length-ratio', 'line-number-mismatch', 'line-inconsistent', 'line-shift'],
  numbers: ['line-number-mismatch', 'line-inconsistent'],
  segmentation: ['line-segmentation', 'line-length-ratio'],
  inconsistent: ['line-inconsistent'],
  truncated: ['line-length-ratio', 'line-inconsistent', 'line-number-mismatch'],
};
export const FAULTS = Object.keys(FAULT_RULES) as Fault[];

export interface BasePair {
  a: string;
  b: string;
}

/** The line pairs a corpus is made of, and the languages of their sides (for the file names). */
export interface CorpusBase {
  pairs: BasePair[];
  langs: [string, string];
}

/** The bench's base: the align-dev books (Hungarian side A, English side B), from ../shared. */
export function bookBase(): CorpusBase {
  return { pairs: loadBasePairs(), langs: ['hu', 'en'] };
}

function decodeLine(buf: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return buf.toString('latin1');
  }
}

function readLines(path: string): string[] {
  const bytes = readFileSync(path);
  const out: string[] = [];
  let pos = 0;
  while (pos < bytes.length) {
    let nl = bytes.indexOf(10, pos);
    if (nl < 0) nl = bytes.length;
    out.push(decodeLine(bytes.subarray(pos, nl)).replace(/\r$/, ''));
    pos = nl + 1;
  }
  return out;
}

/** Line pairs from the gold beads of both align-dev sets (Hungarian side A, English side B). */
export function loadBasePairs(): BasePair[] {
  const out: BasePair[] = [];
  for (const set of ['hu-en-dtm', 'hu-en-steinbeck']) {
    const src = readLines(sharedPath('data', 'align-dev', set, 'src.txt'));
    const tgt = readLines(sharedPath('data', 'align-dev', set, 'tgt.txt'));
    for (const bead of readFileSync(sharedPath('data', 'align-dev', set, 'gold.beads'), 'utf8').split('\n')) {
      const m = /^\[([\d,]*)\]:\[([\d,]*)\]$/.exec(bead.trim());
      if (!m || !m[1] || !m[2]) continue;
      const a = m[1].split(',').map((i) => src[Number(i)].trim()).join(' ');
      const b = m[2].split(',').map((i) => tgt[Number(i)].trim()).join(' ');
      if (a && b) out.push({ a, b });
    }
  }
  return out;
}

/** Small deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = (s: string) => (s.match(/\p{L}+/gu) ?? []).length;

function segment(s: string, r: () => number): string {
  const words = s.split(' ');
  for (let k = 0; k < 3 && words.length > 3; k++) {
    const i = Math.floor(r() * (words.length - 1));
    if (/\p{L}$/u.test(words[i]) && /^\p{L}/u.test(words[i + 1])) words.splice(i, 2, words[i] + '_' + words[i + 1]);
  }
  return words.join(' ').replace(/(\p{L})([,.;:!?])/gu, '$1 $2').replace(/\(/g, '( ').replace(/\)/g, ' )');
}

function changeNumber(s: string, r: () => number): string {
  const n = 2 + Math.floor(r() * 9000);
  const m = /\d+/.exec(s);
  if (m) return s.slice(0, m.index) + String(Number(m[0]) + n) + s.slice(m.index + m[0].length);
  const end = /[.!?…"'”]*$/.exec(s)!.index;
  return `${s.slice(0, end)} (${n})${s.slice(end)}`;
}

function changeWord(s: string, r: () => number): string {
  const words = s.split(' ');
  if (words.length < 3) return s + ' again';
  const i = 1 + Math.floor(r() * (words.length - 2));
  words.splice(i, 1);
  return words.join(' ');
}

export interface MakeCorpusResult {
  /** Lines 1..cleanLines are the books once, in order, with no fault injected. */
  cleanLines: number;
  pathA: string;
  pathB: string;
  keyPath: string;
  pairs: number;
  faults: Record<Fault, number>;
}

export async function makeCorpus(outDir: string, pairs = 1_000_000, seed = 1, rate = 0.004, source: CorpusBase = bookBase()): Promise<MakeCorpusResult> {
  mkdirSync(outDir, { recursive: true });
  const base = source.pairs;
  const r = rng(seed);
  const pathA = join(outDir, `corpus.${source.langs[0]}`);
  const pathB = join(outDir, `corpus.${source.langs[1]}`);
  const keyPath = join(outDir, 'key.tsv');
  const wa = createWriteStream(pathA);
  const wb = createWriteStream(pathB);
  const wk = createWriteStream(keyPath);
  const faults = Object.fromEntries(FAULTS.map((f) => [f, 0])) as Record<Fault, number>;
  // The order of the pairs: the books once in order, then shuffled copies.
  let order: number[] = base.map((_, i) => i);
  let pos = 0;
  const nextBase = (): BasePair => {
    if (pos === order.length) {
      order = base.map((_, i) => i);
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(r() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      pos = 0;
    }
    return base[order[pos++]];
  };
  const recent: BasePair[] = [];
  let bufA: string[] = [];
  let bufB: string[] = [];
  let bufK: string[] = [];
  const flush = async () => {
    const streams = [wa, wb, wk];
    const ok = [wa.write(bufA.join('')), wb.write(bufB.join('')), wk.write(bufK.join(''))];
    bufA = [];
    bufB = [];
    bufK = [];
    await Promise.all(streams.map((s, i) => (ok[i] ? undefined : new Promise<void>((res) => s.once('drain', () => res())))));
  };
  let cur = nextBase();
  let cooldown = 0;
  for (let line = 0; line < pairs; line++) {
    const next = nextBase();
    let { a, b } = cur;
    let fault: Fault | undefined;
    if (line >= base.length && cooldown === 0 && r() < rate * FAULTS.length) {
      fault = FAULTS[Math.floor(r() * FAULTS.length)];
      switch (fault) {
        case 'empty':
          if (r() < 0.5) a = '';
          else b = '';
          break;
        case 'shift':
          if (r() < 0.5) b = `${b} ${next.b}`;
          else a = `${a} ${next.a}`;
          break;
        case 'untranslated':
          // Only lines of 3 words or more: the same name or number on both sides is no fault.
          if (words(a) < 3) fault = undefined;
          else b = a;
          break;
        case 'wrong-lang': {
          const other = base[Math.floor(r() * base.length)].a;
          if (words(other) < 3) fault = undefined;
          else b = other;
          break;
        }
        case 'numbers':
          b = changeNumber(b, r);
          break;
        case 'segmentation':
          a = segment(a, r);
          if (a === cur.a) fault = undefined;
          break;
        case 'inconsistent': {
          const src = recent.length ? recent[Math.floor(r() * recent.length)] : undefined;
          if (!src) fault = undefined;
          else {
            a = src.a;
            b = changeWord(src.b, r);
          }
          break;
        }
        case 'truncated': {
          const cut = b.lastIndexOf(' ', Math.floor(b.length * 0.35));
          if (b.length < 60 || cut < 5) fault = undefined;
          else b = b.slice(0, cut);
          break;
        }
      }
      if (fault) {
        faults[fault]++;
        bufK.push(`${line + 1}\t${fault}\n`);
        cooldown = 2;
      }
    } else if (cooldown > 0) cooldown--;
    if (!fault && cur.a.length >= 30 && r() < 0.01) {
      if (recent.length < 1000) recent.push(cur);
      else recent[Math.floor(r() * recent.length)] = cur;
    }
    bufA.push(a + '\n');
    bufB.push(b + '\n');
    cur = next;
    if (bufA.length >= 20000) await flush();
  }
  await flush();
  await Promise.all([wa, wb, wk].map((s) => new Promise<void>((res) => s.end(() => res()))));
  return { cleanLines: Math.min(base.length, pairs), pathA, pathB, keyPath, pairs, faults };
}

/**
 * A folder of document pairs for the document-folder bench: the base pairs (the align-dev books) cut
 * into chunks of 12 to 40 pairs, 3 to 5 pairs a paragraph, paragraphs separated by a blank line (so
 * that the pairs read as documents, not line-aligned corpora), as sibling files `docNNNN.hu.txt` +
 * `docNNNN.en.txt` (named for the base's languages). Returns the number of pairs written.
 */
export function makeDocFolder(outDir: string, pairs = 2000, seed = 1, source: CorpusBase = bookBase()): number {
  mkdirSync(outDir, { recursive: true });
  const base = source.pairs;
  const [langA, langB] = source.langs;
  const r = rng(seed);
  let pos = 0;
  for (let d = 0; d < pairs; d++) {
    const n = 12 + Math.floor(r() * 29);
    const parasA: string[] = [];
    const parasB: string[] = [];
    let k = 0;
    while (k < n) {
      const size = Math.min(n - k, 3 + Math.floor(r() * 3));
      const chunk = Array.from({ length: size }, (_, i) => base[(pos + k + i) % base.length]);
      parasA.push(chunk.map((p) => p.a).join(' '));
      parasB.push(chunk.map((p) => p.b).join(' '));
      k += size;
    }
    pos = (pos + n) % base.length;
    const name = `doc${String(d).padStart(4, '0')}`;
    writeFileSync(join(outDir, `${name}.${langA}.txt`), parasA.join('\n\n') + '\n');
    writeFileSync(join(outDir, `${name}.${langB}.txt`), parasB.join('\n\n') + '\n');
  }
  return pairs;
}

if (require.main === module) {
  const [out, n, seed] = process.argv.slice(2);
  if (!out) {
    process.stderr.write('usage: tsx scripts/make-corpus.ts OUT_DIR [PAIRS] [SEED]\n');
    process.exit(2);
  }
  makeCorpus(resolve(out), n ? Number(n) : undefined, seed ? Number(seed) : undefined).then((r) => {
    process.stdout.write(`${r.pairs} pairs -> ${r.pathA}, ${r.pathB}; key ${r.keyPath}\n${JSON.stringify(r.faults)}\n`);
  });
}
