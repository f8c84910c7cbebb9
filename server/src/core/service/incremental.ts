// Re-analysis around an edit, for big texts: re-split, re-align and re-check only a window of
// paragraph beads around the edited region, and splice the result into the previous analysis.
// Rules that look at the whole document (runs of missing paragraphs, titles, length distribution,
// one-line documents, mixed Unicode forms, counts) keep their previous findings, shifted, until the
// next full analysis; local rules are re-run in the window.
import type { Analysis } from '../analyze';
import type { BitextConfig } from '../config';
import { buildSide } from '../document';
import { alignSides } from '../align';
import { runPairRules, runSideRules } from '../run-rules';
import type { AlignedPair } from '../rules/rule';
import { pairRules, sideRules } from '../rules';
import type { Bead, Finding, Paragraph, Sentence, Side, Span } from '../types';
import { beadIndexOf } from './locate';
import type { Edit } from './edits';
import { applyLinks, type SentenceLink } from '../links';

export type { Edit } from './edits';

/** Rules whose findings depend only on nearby text (and on the beads there): the rules marked `local`. */
export const LOCAL_RULES: readonly string[] = [...sideRules, ...pairRules].filter((rule) => rule.local).map((rule) => rule.id);

/** Beads of context kept on each side of the edited ones. */
const CONTEXT = 2;

/** The analysis after `edit`, or undefined when only a full analysis can say (the caller then runs one). */
export function reanalyze(prev: Analysis, edit: Edit, newText: string, config: BitextConfig, links: readonly SentenceLink[] = []): Analysis | undefined {
  const pair = prev.pair;
  // A line-aligned corpus is not aligned by us: its beads are line numbers.
  if (prev.form === 'line-aligned') return undefined;
  const delta = edit.newEnd - edit.oldEnd;
  const shift = (uri: string, o: number): number | undefined => (uri !== edit.uri || o <= edit.start ? o : o >= edit.oldEnd ? o + delta : undefined);
  const shiftEnd = (uri: string, o: number): number => (uri === edit.uri && o >= edit.oldEnd ? o + delta : o);
  if (!pair) return prev.sides.length === 1 ? reanalyzeLone(prev, edit, newText, config, shift, shiftEnd) : undefined;
  const inRegion = (s: Side) => s.uri === edit.uri && edit.start >= s.region.start && edit.oldEnd <= s.region.end;
  const which = inRegion(pair.a) ? 'a' : inRegion(pair.b) ? 'b' : undefined;
  if (!which) return undefined;
  const side = pair[which];
  const paras = side.seg.paragraphs;
  if (paras.length === 0) return undefined;
  // Paragraphs touched by the edit (the one before and after too: a blank line may have come or gone).
  const [p0, p1] = touchedParagraphs(paras, edit);
  const beads = pair.paragraphBeads;
  let k0 = beadIndexOf(beads, which, Math.max(0, p0 - 1));
  let k1 = beadIndexOf(beads, which, Math.min(paras.length - 1, p1 + 1));
  if (k0 < 0 || k1 < 0) return undefined;
  k0 = Math.max(0, k0 - CONTEXT);
  k1 = Math.min(beads.length - 1, k1 + CONTEXT);
  // Both sides need units in the window, so the window's ends are fixed points of both alignments.
  const units = (w: 'a' | 'b') => beads.slice(k0, k1 + 1).flatMap((b) => b[w]);
  while ((units('a').length === 0 || units('b').length === 0) && (k0 > 0 || k1 < beads.length - 1)) {
    k0 = Math.max(0, k0 - 1);
    k1 = Math.min(beads.length - 1, k1 + 1);
  }
  if (k0 === 0 && k1 === beads.length - 1) return undefined;
  const win = { a: range(pair.a, units('a'), k0 === 0, k1 === beads.length - 1), b: range(pair.b, units('b'), k0 === 0, k1 === beads.length - 1) };
  if (!win.a || !win.b) return undefined;
  const w = win[which]!;
  if (edit.start < w.span.start || edit.oldEnd > w.span.end) return undefined;

  // The window, re-split and re-aligned, with offsets into the new full text.
  const newSpan = (s: Side, span: Span): Span => ({ start: shift(s.uri, span.start)!, end: shiftEnd(s.uri, span.end) });
  const textOf = (s: Side) => (s.uri === edit.uri ? newText : s.text);
  const wa = buildSide(pair.a.uri, textOf(pair.a), newSpan(pair.a, win.a.span), pair.a.lang);
  const wb = buildSide(pair.b.uri, textOf(pair.b), newSpan(pair.b, win.b.span), pair.b.lang);
  if (wa.seg.paragraphs.length === 0 || wb.seg.paragraphs.length === 0) return undefined;
  const aligned = alignSides(wa, wb);
  // the user's corrections hold inside the window too
  const windowBeads = applyLinks(wa, wb, aligned.sentenceBeads, links).beads;
  const wpair: AlignedPair = { a: wa, b: wb, translation: pair.translation, translationFrom: pair.translationFrom, paragraphBeads: aligned.paragraphBeads, sentenceBeads: windowBeads };

  // Splice segmentation and beads.
  const sa = splice(pair.a, win.a, wa, shift, shiftEnd, textOf(pair.a));
  const sb = splice(pair.b, win.b, wb, shift, shiftEnd, textOf(pair.b));
  const pb = spliceBeads(beads, k0, k1, wpair.paragraphBeads, win.a.p, win.b.p, wa.seg.paragraphs.length, wb.seg.paragraphs.length);
  const sk = sentenceBeadRange(pair.sentenceBeads, win.a, win.b);
  if (!sk) return undefined;
  const sbeads = spliceBeads(pair.sentenceBeads, sk[0], sk[1], wpair.sentenceBeads, win.a.s, win.b.s, wa.seg.sentences.length, wb.seg.sentences.length);
  const newPair: AlignedPair = { a: sa, b: sb, translation: pair.translation, translationFrom: pair.translationFrom, paragraphBeads: pb, sentenceBeads: sbeads };

  // Findings: local rules from the window, everything else kept and shifted.
  const inWindow = (f: { uri: string; span: Span }) =>
    (f.uri === pair.a.uri && overlapsSpan(f.span, win.a!.span)) || (f.uri === pair.b.uri && overlapsSpan(f.span, win.b!.span));
  const { local, kept } = keepOutside(prev, inWindow, shift);
  const fresh = [...runSideRules(wa, config, { only: local }), ...runSideRules(wb, config, { only: local }), ...runPairRules(wpair, config, { only: local })];
  return { form: prev.form, sides: [sa, sb], pair: newPair, findings: [...kept, ...fresh], notes: prev.notes };
}

type Shift = (uri: string, o: number) => number | undefined;

/** A text without counterpart: re-split and re-check the paragraphs around the edit. */
function reanalyzeLone(prev: Analysis, edit: Edit, newText: string, config: BitextConfig, shift: Shift, shiftEnd: (uri: string, o: number) => number): Analysis | undefined {
  const side = prev.sides[0];
  if (side.uri !== edit.uri || edit.start < side.region.start || edit.oldEnd > side.region.end) return undefined;
  const paras = side.seg.paragraphs;
  if (paras.length === 0) return undefined;
  const [p0, p1] = touchedParagraphs(paras, edit);
  const q0 = Math.max(0, p0 - 1 - CONTEXT);
  const q1 = Math.min(paras.length - 1, p1 + 1 + CONTEXT);
  if (q0 === 0 && q1 === paras.length - 1) return undefined;
  const units = Array.from({ length: q1 - q0 + 1 }, (_, i) => q0 + i);
  const win = range(side, units, q0 === 0, q1 === paras.length - 1);
  if (!win || edit.start < win.span.start || edit.oldEnd > win.span.end) return undefined;
  const ws = buildSide(side.uri, newText, { start: shift(side.uri, win.span.start)!, end: shiftEnd(side.uri, win.span.end) }, side.lang);
  if (ws.seg.paragraphs.length === 0) return undefined;
  const spliced = splice(side, win, ws, shift, shiftEnd, newText);
  const inWindow = (f: Finding) => f.uri === side.uri && overlapsSpan(f.span, win.span);
  const { local, kept } = keepOutside(prev, inWindow, shift);
  return { form: prev.form, sides: [spliced], findings: [...kept, ...runSideRules(ws, config, { only: local })], notes: prev.notes };
}

/** The first and last paragraph the edit touches. */
function touchedParagraphs(paras: readonly Paragraph[], edit: Edit): [number, number] {
  let p0 = paras.findIndex((p) => p.end >= edit.start);
  if (p0 < 0) p0 = paras.length - 1;
  let p1 = p0;
  while (p1 + 1 < paras.length && paras[p1 + 1].start <= edit.oldEnd) p1++;
  return [p0, p1];
}

/**
 * The local rules to re-run in the window (not those whose finding counts over the whole document),
 * and the previous findings that stay: all but those rules' findings in the window, shifted.
 */
function keepOutside(prev: Analysis, inWindow: (f: Finding) => boolean, shift: Shift): { local: string[]; kept: Finding[] } {
  const aggregated = new Set(prev.findings.filter((f) => f.data && 'count' in f.data).map((f) => f.rule));
  const local = LOCAL_RULES.filter((r) => !aggregated.has(r));
  const kept = prev.findings.filter((f) => !(local.includes(f.rule) && inWindow(f))).flatMap((f) => shiftFinding(f, shift));
  return { local, kept };
}

interface Window {
  span: Span;
  /** First paragraph / sentence index in the window, and counts. */
  p: number;
  pn: number;
  s: number;
  sn: number;
}

function range(side: Side, units: number[], atStart: boolean, atEnd: boolean): Window | undefined {
  if (units.length === 0) return undefined;
  const ps = side.seg.paragraphs;
  const first = ps[units[0]];
  const last = ps[units[units.length - 1]];
  const prevEnd = units[0] > 0 ? ps[units[0] - 1].end : side.region.start;
  const nextStart = units[units.length - 1] + 1 < ps.length ? ps[units[units.length - 1] + 1].start : side.region.end;
  // The window runs from just after the previous paragraph to just before the next one.
  const span = { start: atStart ? side.region.start : prevEnd, end: atEnd ? side.region.end : nextStart };
  if (span.start > first.start || span.end < last.end) return undefined;
  const sn = units.reduce((n, i) => n + ps[i].sentenceCount, 0);
  return { span, p: units[0], pn: units.length, s: first.firstSentence, sn };
}

function splice(old: Side, w: Window, ws: Side, shift: (uri: string, o: number) => number | undefined, shiftEnd: (uri: string, o: number) => number, text: string): Side {
  const sh = (o: number) => shift(old.uri, o)!;
  const os = old.seg;
  // Before the window: the same objects (same indices, offsets before the edit).
  const paragraphs: Paragraph[] = os.paragraphs.slice(0, w.p);
  const sentences: Sentence[] = os.sentences.slice(0, w.s);
  const dp = w.p - ws.seg.paragraphs[0].index;
  const ds = w.s - (ws.seg.sentences[0]?.index ?? 0);
  for (const p of ws.seg.paragraphs) paragraphs.push({ ...p, index: p.index + dp, firstSentence: p.firstSentence + ds });
  for (const x of ws.seg.sentences) sentences.push({ ...x, index: x.index + ds, paragraph: x.paragraph + dp });
  // After it: indices move by the change in counts, offsets by the edit (when it is in this text).
  const pAfter = w.p + w.pn;
  const sAfter = w.s + w.sn;
  const ip = paragraphs.length - pAfter;
  const is = sentences.length - sAfter;
  const moved = sh(os.paragraphs[pAfter]?.start ?? old.region.end) !== (os.paragraphs[pAfter]?.start ?? old.region.end);
  if (ip === 0 && is === 0 && !moved) {
    for (let i = pAfter; i < os.paragraphs.length; i++) paragraphs.push(os.paragraphs[i]);
    for (let i = sAfter; i < os.sentences.length; i++) sentences.push(os.sentences[i]);
  } else {
    for (let i = pAfter; i < os.paragraphs.length; i++) {
      const p = os.paragraphs[i];
      paragraphs.push({ index: p.index + ip, start: sh(p.start), end: sh(p.end), firstSentence: p.firstSentence + is, sentenceCount: p.sentenceCount });
    }
    for (let i = sAfter; i < os.sentences.length; i++) {
      const x = os.sentences[i];
      sentences.push({ index: x.index + is, start: sh(x.start), end: sh(x.end), paragraph: x.paragraph + ip });
    }
  }
  return { uri: old.uri, text, region: { start: sh(old.region.start), end: shiftEnd(old.uri, old.region.end) }, lang: old.lang, seg: { paragraphs, sentences } };
}

/** The sentence beads over exactly the window's sentences on both sides, or undefined. */
function sentenceBeadRange(beads: Bead[], a: Window, b: Window): [number, number] | undefined {
  const ends = [
    a.sn ? [beadIndexOf(beads, 'a', a.s), beadIndexOf(beads, 'a', a.s + a.sn - 1)] : [],
    b.sn ? [beadIndexOf(beads, 'b', b.s), beadIndexOf(beads, 'b', b.s + b.sn - 1)] : [],
  ].flat();
  if (ends.length === 0 || ends.some((i) => i < 0)) return undefined;
  const k0 = Math.min(...ends);
  const k1 = Math.max(...ends);
  const inside = beads.slice(k0, k1 + 1);
  const na = inside.reduce((n, x) => n + x.a.length, 0);
  const nb = inside.reduce((n, x) => n + x.b.length, 0);
  return na === a.sn && nb === b.sn ? [k0, k1] : undefined;
}

function spliceBeads(beads: Bead[], k0: number, k1: number, wbeads: Bead[], a0: number, b0: number, an: number, bn: number): Bead[] {
  const oldA = beads.slice(k0, k1 + 1).reduce((n, b) => n + b.a.length, 0);
  const oldB = beads.slice(k0, k1 + 1).reduce((n, b) => n + b.b.length, 0);
  const da = an - oldA;
  const db = bn - oldB;
  return [
    ...beads.slice(0, k0),
    ...wbeads.map((b) => ({ a: b.a.map((i) => i + a0), b: b.b.map((i) => i + b0), confidence: b.confidence })),
    ...beads.slice(k1 + 1).map((b) => ({ a: b.a.map((i) => i + da), b: b.b.map((i) => i + db), confidence: b.confidence })),
  ];
}

function shiftFinding(f: Finding, shift: (uri: string, o: number) => number | undefined): Finding[] {
  const s = shiftSpan(f.uri, f.span, shift);
  if (!s) return [];
  if (s.start === f.span.start && s.end === f.span.end && !f.fixes && !f.related) return [f];
  const out: Finding = { ...f, span: s };
  if (f.related) out.related = f.related.flatMap((r) => {
    const rs = shiftSpan(r.uri, r.span, shift);
    return rs ? [{ ...r, span: rs }] : [];
  });
  if (f.fixes) {
    // A fix whose edits touch the changed text is stale: dropped (the finding stays, unfixable until re-checked).
    out.fixes = f.fixes.flatMap((fix) => {
      const edits = fix.edits.map((e) => {
        const es = shiftSpan(e.uri, e, shift);
        return es ? { ...e, start: es.start, end: es.end } : undefined;
      });
      return edits.every(Boolean) ? [{ ...fix, edits: edits as typeof fix.edits }] : [];
    });
  }
  return [out];
}

function shiftSpan(uri: string, span: Span, shift: (uri: string, o: number) => number | undefined): Span | undefined {
  const start = shift(uri, span.start);
  const end = shift(uri, span.end);
  return start === undefined || end === undefined ? undefined : { start, end };
}

function overlapsSpan(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
