// missing-translation: original paragraphs with no counterpart. A run of them is one finding.
import type { AlignedPair, PairRule, Report } from './rule';
import type { Bead, Side } from '../types';
import { kindOfParagraph } from './support/kinds';
import { other, roles, sideName, unitSpan, unpairedRuns, type Key } from './support/pair';
import { UNCERTAIN_DEFAULTS, sentencesInStretches, uncertainStretches } from './support/uncertain';

/** Where a run sits: at the end (only extra text after it), at the start, or after a paragraph. */
function where(run: number[], side: Side, cp: Side): string {
  const total = side.seg.paragraphs.length;
  let end = true;
  for (let j = run[run.length - 1] + 1; j < total && end; j++) if (!kindOfParagraph(side, j, cp)) end = false;
  if (end) return 'at the end';
  let start = true;
  for (let j = 0; j < run[0] && start; j++) if (!kindOfParagraph(side, j, cp)) start = false;
  if (start) return 'at the start';
  return `after paragraph ${run[0]}`;
}

/** Letters in a span: a sentence without any (`* * *`, `—`, `12.`) is not a missing translation. */
const LETTERS = /\p{L}.*\p{L}/su;

/** A sentence that ends as sentences end (full stop, ?, !, …, a closing quote or bracket after one). */
const CLOSED = /[.!?…。！？]["”’»)\]]*\s*$|["”’»]\s*$/u;

/**
 * Runs of sentences of side `k` with no counterpart, inside paragraphs that ARE paired (sentences of
 * unpaired paragraphs are the paragraph-level finding). A run does not cross a paragraph bead. Left out:
 * a run right after a counterpart sentence that stops mid-sentence (truncated-translation reports it),
 * and a run that would fit a neighbouring bead about as well as it stands alone: the neighbour's
 * counterpart is long enough to hold its translation too, so the aligner more likely split a 2-1 bead
 * than the translator dropped a sentence.
 */
function unpairedSentenceRuns(pair: AlignedPair, k: Key, minChars: number, minWorse: number): number[][] {
  const side = pair[k];
  const o = other(k);
  const cp = pair[o];
  const len = (s: Side, idx: readonly number[]) => idx.reduce((n, i) => n + s.seg.sentences[i].end - s.seg.sentences[i].start, 0);
  const beadOfPara = new Int32Array(side.seg.paragraphs.length).fill(-1);
  pair.paragraphBeads.forEach((b, n) => {
    if (b.a.length && b.b.length) for (const i of b[k]) beadOfPara[i] = n;
  });
  // the document's own length ratio over paired sentence beads
  let lk = 0;
  let lo = 0;
  for (const b of pair.sentenceBeads) {
    if (b[k].length && b[o].length) {
      lk += len(side, b[k]);
      lo += len(cp, b[o]);
    }
  }
  const logR = Math.log((lo + 1) / (lk + 1));
  const misfit = (kLen: number, oLen: number) => Math.abs(Math.log((oLen + 1) / (kLen + 1)) - logR);
  /** True when adding `extra` characters to the k side of bead `b` makes its length fit clearly worse. */
  const worseWith = (b: Bead | undefined, extra: number) => {
    if (!b) return true;
    const bk = len(side, b[k]);
    const bo = len(cp, b[o]);
    return misfit(bk + extra, bo) - misfit(bk, bo) >= minWorse;
  };
  // sentences in a stretch the aligner is unsure of: uncertain-alignment reports the stretch once
  const unsure = sentencesInStretches(pair.sentenceBeads, uncertainStretches(pair.sentenceBeads, UNCERTAIN_DEFAULTS.threshold, UNCERTAIN_DEFAULTS.minBeads), k, side.seg.sentences.length);
  const out: number[][] = [];
  let run: number[] = [];
  let runBead = -1;
  let prevPaired: Bead | undefined;
  let cutBefore = false;
  let before: Bead | undefined;
  const pending: { run: number[]; before?: Bead }[] = [];
  // the counterpart also has unpaired sentences between the same two paired beads: a 1-1 the aligner
  // split into 1-0 + 0-1 far more often than two dropped sentences facing each other
  let otherUnpaired = false;
  const flush = () => {
    if (run.length && len(side, run) >= minChars && !cutBefore) pending.push({ run, before });
    run = [];
  };
  const settle = (after?: Bead) => {
    flush();
    for (const p of pending.splice(0)) {
      if (otherUnpaired) continue;
      // neighbours may sit in the next paragraph: a sentence the aligner split off a 2-1 often opens or closes one
      const extra = len(side, p.run);
      if (worseWith(p.before, extra) && worseWith(after, extra)) out.push(p.run);
    }
    otherUnpaired = false;
  };
  for (const b of pair.sentenceBeads) {
    if (b[k].length && b[o].length) {
      settle(b);
      prevPaired = b;
      continue;
    }
    if (!b[k].length) {
      if (b[o].length) otherUnpaired = true;
      continue;
    }
    for (const i of b[k]) {
      const sent = side.seg.sentences[i];
      const bead = beadOfPara[sent.paragraph];
      if (bead < 0 || unsure[i] || !LETTERS.test(side.text.slice(sent.start, sent.end))) {
        flush();
        continue;
      }
      if (run.length && bead !== runBead) flush();
      if (!run.length) {
        const last = prevPaired?.[o][prevPaired[o].length - 1];
        const prev = last !== undefined ? cp.seg.sentences[last] : undefined;
        cutBefore = !!prev && !CLOSED.test(cp.text.slice(prev.start, prev.end));
        before = prevPaired;
      }
      runBead = bead;
      run.push(i);
    }
  }
  settle();
  return out;
}

export const missingTranslation: PairRule = {
  id: 'missing-translation',
  scope: 'pair',
  description: 'Original paragraphs or sentences with no counterpart in the translation (a run of them is one finding).',
  docs:
    'After alignment, paragraphs of the original that no paragraph of the translation covers. A run of ' +
    'such paragraphs is reported once ("16 paragraphs at the end are not translated"). Titles, hashtag ' +
    'lines, bylines and web boilerplate on one side only are extra-text instead. When the pair does not ' +
    'say which side is the translation, unpaired paragraphs of either side are reported. Inside paragraphs ' +
    'that are translated, a sentence (or a run of sentences) the aligner left without a counterpart is ' +
    'reported too ("1 sentence in paragraph 4 is not translated"); sentences shorter than `minSentenceChars` ' +
    'or without letters are not, nor a run that would fit a neighbouring sentence pair about as well (its ' +
    'length misfit would grow by less than `minMisfit`, in log length ratio): that is more likely an ' +
    'alignment split than a dropped sentence.',
  defaultSeverity: 'warning',
  tags: ['alignment', 'pair'],
  options: {
    minSentenceChars: { type: 'integer', default: 20, min: 0 },
    minMisfit: { type: 'number', default: 0.3, min: 0 },
  },
  check(pair, ctx) {
    const r = roles(pair);
    const keys: Key[] = r ? [r.orig] : ['a', 'b'];
    for (const k of keys) {
      const side = pair[k];
      const cp = pair[other(k)];
      const runs: number[][] = [];
      for (const raw of unpairedRuns(pair.paragraphBeads, k)) {
        // extra text (title, byline, boilerplate) is not missing translation, and it splits runs
        let run: number[] = [];
        for (const i of raw) {
          if (kindOfParagraph(side, i, cp)) {
            if (run.length) runs.push(run);
            run = [];
          } else run.push(i);
        }
        if (run.length) runs.push(run);
      }
      if (!cp.seg.paragraphs.length && side.seg.paragraphs.length) {
        // an empty counterpart: one finding for the whole text, not "N paragraphs at the end"
        const n = side.seg.paragraphs.length;
        ctx.report({
          message: `${sideName(pair, other(k))} is empty: none of the ${n} paragraph${n === 1 ? '' : 's'} here has a counterpart`,
          uri: side.uri,
          span: unitSpan(side, 'paragraphs', [0, n - 1]),
          data: { paragraphs: n, first: 0, side: k },
        });
        continue;
      }
      const reports: Report[] = [];
      for (const run of unpairedSentenceRuns(pair, k, ctx.options.minSentenceChars as number, ctx.options.minMisfit as number)) {
        const n = run.length;
        const what = n === 1 ? '1 sentence' : `${n} sentences`;
        const paragraph = side.seg.sentences[run[0]].paragraph;
        const verb = r ? (n === 1 ? 'is not translated' : 'are not translated') : `${n === 1 ? 'has' : 'have'} no counterpart in ${sideName(pair, other(k))}`;
        reports.push({
          message: `${what} in paragraph ${paragraph + 1} ${verb}`,
          uri: side.uri,
          span: unitSpan(side, 'sentences', run),
          data: { sentences: n, first: run[0], paragraph, side: k },
        });
      }
      for (const run of runs) {
        const n = run.length;
        const pos = where(run, side, cp);
        const what = n === 1 ? '1 paragraph' : `${n} paragraphs`;
        const verb = r ? (n === 1 ? 'is not translated' : 'are not translated') : `${n === 1 ? 'has' : 'have'} no counterpart in ${sideName(pair, other(k))}`;
        reports.push({
          message: `${what} ${pos} ${verb}`,
          uri: side.uri,
          span: unitSpan(side, 'paragraphs', run),
          data: { paragraphs: n, first: run[0], side: k },
        });
      }
      reports.sort((x, y) => x.span.start - y.span.start);
      for (const rep of reports) ctx.report(rep);
    }
  },
};
