// Re-analysis around an edit, for big texts. This file only chooses a window and splices: it picks a
// run of whole paragraphs around the edited region (on both sides of a pair, whole paragraph beads
// with context), has the one pipeline (`analyze`, given the window) segment, align and check it with
// the languages and roles of the whole text and the local rules only, and splices the result into the
// previous analysis: paragraphs, sentences, beads and findings in the window replaced, everything
// after it shifted by the edit. Rules that look at the whole document (runs of missing paragraphs,
// titles, length distribution, one-line documents, mixed Unicode forms, counts) keep their previous
// findings, shifted, until the next full analysis.
import { analyze, type Analysis, type AnalyzeInput } from '../analyze';
import type { BitextConfig } from '../config';
import type { AlignedPair } from '../rules/rule';
import { pairRules, sideRules } from '../rules';
import type { Bead, Finding, Paragraph, Sentence, Side, Span } from '../types';
import { beadIndexOf } from './locate';
import type { Edit } from './edits';
import type { Dictionary } from '../align';
import type { SentenceLink } from '../links';

export type { Edit } from './edits';

/** Rules whose findings depend only on nearby text (and on the beads there): the rules marked `local`. */
export const LOCAL_RULES: readonly string[] = [...sideRules, ...pairRules].filter((rule) => rule.local).map((rule) => rule.id);

/** Beads (or paragraphs, in a text with no counterpart) of context kept on each side of the edited ones. */
const CONTEXT = 2;

/** The part of one side a window holds, in the previous analysis's offsets and indices. */
export interface SideWindow {
  /** From the end of the paragraph before the window (or the side's start) to the start of the one after (or its end). */
  span: Span;
  firstParagraph: number;
  paragraphCount: number;
  firstSentence: number;
  sentenceCount: number;
}

/** The window around an edit: one part per side, and for a pair the beads it replaces. */
export interface EditWindow {
  sides: SideWindow[];
  /** First and last previous paragraph bead, and sentence bead, inside the window (a pair only). */
  paragraphBeads?: [number, number];
  sentenceBeads?: [number, number];
}

/** Offsets of the text before an edit, in the text after it. */
interface Shift {
  /** Undefined for an offset inside the replaced range; offsets of other documents stay. */
  offset(uri: string, position: number): number | undefined;
  /** The end of a span that holds the edit: an insertion at the end falls inside the span. */
  end(uri: string, position: number): number;
}

/** The analysis after `edit`, or undefined when only a full analysis can say (the caller then runs one). */
export function reanalyze(prev: Analysis, edit: Edit, newText: string, config: BitextConfig, links: readonly SentenceLink[] = [], dictionary?: Dictionary): Analysis | undefined {
  const window = editWindow(prev, edit);
  if (!window) return undefined;
  const shift = shiftBy(edit);
  const rules = windowRules(prev);
  const textOf = (side: Side) => (side.uri === edit.uri ? newText : side.text);
  const [first, second] = prev.sides;
  const input: AnalyzeInput = {
    form: prev.form,
    a: { uri: first.uri, text: textOf(first) },
    b: second && second.uri !== first.uri ? { uri: second.uri, text: textOf(second) } : undefined,
    // the user's corrections hold inside the window too, and the dictionary is evidence there too
    links,
    dictionary,
    window: {
      sides: window.sides.map((part, index) => {
        const side = prev.sides[index];
        return { region: { start: shift.offset(side.uri, part.span.start)!, end: shift.end(side.uri, part.span.end) }, lang: side.lang };
      }),
      translation: prev.pair?.translation,
      translationFrom: prev.pair?.translationFrom,
      rules,
      dictionarySwapped: prev.dictionarySwapped,
    },
  };
  const part = analyze(input, config);
  if (part.sides.some((side) => side.seg.paragraphs.length === 0)) return undefined;
  return spliceAnalysis(prev, window, part, shift, rules, textOf);
}

/** The window of `prev` to analyse again after `edit`, or undefined when only a full analysis will do. */
export function editWindow(prev: Analysis, edit: Edit): EditWindow | undefined {
  // A line-aligned corpus is not aligned by us: its beads are line numbers.
  if (prev.form === 'line-aligned') return undefined;
  if (prev.pair) return pairWindow(prev.pair, edit);
  return prev.sides.length === 1 ? loneWindow(prev.sides[0], edit) : undefined;
}

function shiftBy(edit: Edit): Shift {
  const delta = edit.newEnd - edit.oldEnd;
  return {
    offset: (uri, position) => (uri !== edit.uri || position <= edit.start ? position : position >= edit.oldEnd ? position + delta : undefined),
    end: (uri, at) => (uri === edit.uri && at >= edit.oldEnd ? at + delta : at),
  };
}

/**
 * The local rules to re-run in the window: not those whose finding counts over the whole document
 * (their previous findings stay).
 */
function windowRules(prev: Analysis): string[] {
  const aggregated = new Set(prev.findings.filter((finding) => finding.data && 'count' in finding.data).map((finding) => finding.rule));
  return LOCAL_RULES.filter((rule) => !aggregated.has(rule));
}

/** A pair: the paragraph beads around the edited paragraphs, with context, on both sides. */
function pairWindow(pair: AlignedPair, edit: Edit): EditWindow | undefined {
  const inRegion = (side: Side) => side.uri === edit.uri && edit.start >= side.region.start && edit.oldEnd <= side.region.end;
  const which = inRegion(pair.a) ? 'a' : inRegion(pair.b) ? 'b' : undefined;
  if (!which) return undefined;
  const paragraphs = pair[which].seg.paragraphs;
  if (paragraphs.length === 0) return undefined;
  // Paragraphs touched by the edit (the one before and after too: a blank line may have come or gone).
  const [firstTouched, lastTouched] = touchedParagraphs(paragraphs, edit);
  const beads = pair.paragraphBeads;
  let firstBead = beadIndexOf(beads, which, Math.max(0, firstTouched - 1));
  let lastBead = beadIndexOf(beads, which, Math.min(paragraphs.length - 1, lastTouched + 1));
  if (firstBead < 0 || lastBead < 0) return undefined;
  firstBead = Math.max(0, firstBead - CONTEXT);
  lastBead = Math.min(beads.length - 1, lastBead + CONTEXT);
  // Both sides need units in the window, so the window's ends are fixed points of both alignments.
  const units = (side: 'a' | 'b') => beads.slice(firstBead, lastBead + 1).flatMap((bead) => bead[side]);
  while ((units('a').length === 0 || units('b').length === 0) && (firstBead > 0 || lastBead < beads.length - 1)) {
    firstBead = Math.max(0, firstBead - 1);
    lastBead = Math.min(beads.length - 1, lastBead + 1);
  }
  const atStart = firstBead === 0;
  const atEnd = lastBead === beads.length - 1;
  if (atStart && atEnd) return undefined;
  const windowA = sideWindow(pair.a, units('a'), atStart, atEnd);
  const windowB = sideWindow(pair.b, units('b'), atStart, atEnd);
  if (!windowA || !windowB) return undefined;
  const edited = which === 'a' ? windowA : windowB;
  if (edit.start < edited.span.start || edit.oldEnd > edited.span.end) return undefined;
  const sentenceBeads = sentenceBeadRange(pair.sentenceBeads, windowA, windowB);
  if (!sentenceBeads) return undefined;
  return { sides: [windowA, windowB], paragraphBeads: [firstBead, lastBead], sentenceBeads };
}

/** A text without counterpart: the paragraphs around the edit. */
function loneWindow(side: Side, edit: Edit): EditWindow | undefined {
  if (side.uri !== edit.uri || edit.start < side.region.start || edit.oldEnd > side.region.end) return undefined;
  const paragraphs = side.seg.paragraphs;
  if (paragraphs.length === 0) return undefined;
  const [firstTouched, lastTouched] = touchedParagraphs(paragraphs, edit);
  const first = Math.max(0, firstTouched - 1 - CONTEXT);
  const last = Math.min(paragraphs.length - 1, lastTouched + 1 + CONTEXT);
  if (first === 0 && last === paragraphs.length - 1) return undefined;
  const units = Array.from({ length: last - first + 1 }, (_, offset) => first + offset);
  const window = sideWindow(side, units, first === 0, last === paragraphs.length - 1);
  if (!window || edit.start < window.span.start || edit.oldEnd > window.span.end) return undefined;
  return { sides: [window] };
}

/** The first and last paragraph the edit touches. */
function touchedParagraphs(paragraphs: readonly Paragraph[], edit: Edit): [number, number] {
  let first = paragraphs.findIndex((paragraph) => paragraph.end >= edit.start);
  if (first < 0) first = paragraphs.length - 1;
  let last = first;
  while (last + 1 < paragraphs.length && paragraphs[last + 1].start <= edit.oldEnd) last++;
  return [first, last];
}

/** The window's part of `side` holding paragraphs `units` (ascending, contiguous). */
function sideWindow(side: Side, units: number[], atStart: boolean, atEnd: boolean): SideWindow | undefined {
  if (units.length === 0) return undefined;
  const paragraphs = side.seg.paragraphs;
  const firstIndex = units[0];
  const lastIndex = units[units.length - 1];
  const previousEnd = firstIndex > 0 ? paragraphs[firstIndex - 1].end : side.region.start;
  const nextStart = lastIndex + 1 < paragraphs.length ? paragraphs[lastIndex + 1].start : side.region.end;
  // The window runs from just after the previous paragraph to just before the next one.
  const span = { start: atStart ? side.region.start : previousEnd, end: atEnd ? side.region.end : nextStart };
  if (span.start > paragraphs[firstIndex].start || span.end < paragraphs[lastIndex].end) return undefined;
  const sentenceCount = units.reduce((count, index) => count + paragraphs[index].sentenceCount, 0);
  return { span, firstParagraph: firstIndex, paragraphCount: units.length, firstSentence: paragraphs[firstIndex].firstSentence, sentenceCount };
}

/** The sentence beads over exactly the window's sentences on both sides, or undefined. */
function sentenceBeadRange(beads: Bead[], windowA: SideWindow, windowB: SideWindow): [number, number] | undefined {
  const ends = (which: 'a' | 'b', window: SideWindow) =>
    window.sentenceCount ? [beadIndexOf(beads, which, window.firstSentence), beadIndexOf(beads, which, window.firstSentence + window.sentenceCount - 1)] : [];
  const found = [...ends('a', windowA), ...ends('b', windowB)];
  if (found.length === 0 || found.some((index) => index < 0)) return undefined;
  const first = Math.min(...found);
  const last = Math.max(...found);
  const inside = beads.slice(first, last + 1);
  const countA = inside.reduce((count, bead) => count + bead.a.length, 0);
  const countB = inside.reduce((count, bead) => count + bead.b.length, 0);
  return countA === windowA.sentenceCount && countB === windowB.sentenceCount ? [first, last] : undefined;
}

/** The previous analysis with the window's part replaced by `part` (the window analysed in the new text). */
function spliceAnalysis(prev: Analysis, window: EditWindow, part: Analysis, shift: Shift, rules: readonly string[], textOf: (side: Side) => string): Analysis {
  const sides = prev.sides.map((side, index) => spliceSide(side, window.sides[index], part.sides[index], shift, textOf(side)));
  // Findings: the window's rules from the window, everything else kept and shifted.
  const inWindow = (finding: Finding) => prev.sides.some((side, index) => finding.uri === side.uri && overlapsSpan(finding.span, window.sides[index].span));
  const kept = prev.findings.filter((finding) => !(rules.includes(finding.rule) && inWindow(finding))).flatMap((finding) => shiftFinding(finding, shift));
  const findings = [...kept, ...part.findings];
  const pair = prev.pair;
  const orientation = prev.dictionarySwapped ? { dictionarySwapped: true } : {};
  if (!pair || !part.pair || !window.paragraphBeads || !window.sentenceBeads) return { form: prev.form, sides, findings, notes: prev.notes, ...orientation };
  const [windowA, windowB] = window.sides;
  const [partA, partB] = part.sides;
  const paragraphBeads = spliceBeads(pair.paragraphBeads, window.paragraphBeads, part.pair.paragraphBeads, [windowA.firstParagraph, windowB.firstParagraph], [partA.seg.paragraphs.length, partB.seg.paragraphs.length]);
  const sentenceBeads = spliceBeads(pair.sentenceBeads, window.sentenceBeads, part.pair.sentenceBeads, [windowA.firstSentence, windowB.firstSentence], [partA.seg.sentences.length, partB.seg.sentences.length]);
  const splicedPair: AlignedPair = { a: sides[0], b: sides[1], translation: pair.translation, translationFrom: pair.translationFrom, paragraphBeads, sentenceBeads };
  return { form: prev.form, sides, pair: splicedPair, findings, notes: prev.notes, ...orientation };
}

/** A side with the window's paragraphs and sentences replaced by those of `part`, the ones after it renumbered and shifted. */
function spliceSide(old: Side, window: SideWindow, part: Side, shift: Shift, text: string): Side {
  const moved = (at: number) => shift.offset(old.uri, at)!;
  const oldSeg = old.seg;
  // Before the window: the same objects (same indices, offsets before the edit).
  const paragraphs: Paragraph[] = oldSeg.paragraphs.slice(0, window.firstParagraph);
  const sentences: Sentence[] = oldSeg.sentences.slice(0, window.firstSentence);
  for (const paragraph of part.seg.paragraphs) paragraphs.push({ ...paragraph, index: paragraph.index + window.firstParagraph, firstSentence: paragraph.firstSentence + window.firstSentence });
  for (const sentence of part.seg.sentences) sentences.push({ ...sentence, index: sentence.index + window.firstSentence, paragraph: sentence.paragraph + window.firstParagraph });
  // After it: indices move by the change in counts, offsets by the edit (when it is in this text).
  const paragraphAfter = window.firstParagraph + window.paragraphCount;
  const sentenceAfter = window.firstSentence + window.sentenceCount;
  const paragraphDelta = paragraphs.length - paragraphAfter;
  const sentenceDelta = sentences.length - sentenceAfter;
  const nextStart = oldSeg.paragraphs[paragraphAfter]?.start ?? old.region.end;
  if (paragraphDelta === 0 && sentenceDelta === 0 && moved(nextStart) === nextStart) {
    for (let i = paragraphAfter; i < oldSeg.paragraphs.length; i++) paragraphs.push(oldSeg.paragraphs[i]);
    for (let i = sentenceAfter; i < oldSeg.sentences.length; i++) sentences.push(oldSeg.sentences[i]);
  } else {
    for (let i = paragraphAfter; i < oldSeg.paragraphs.length; i++) {
      const paragraph = oldSeg.paragraphs[i];
      paragraphs.push({ index: paragraph.index + paragraphDelta, start: moved(paragraph.start), end: moved(paragraph.end), firstSentence: paragraph.firstSentence + sentenceDelta, sentenceCount: paragraph.sentenceCount });
    }
    for (let i = sentenceAfter; i < oldSeg.sentences.length; i++) {
      const sentence = oldSeg.sentences[i];
      sentences.push({ index: sentence.index + sentenceDelta, start: moved(sentence.start), end: moved(sentence.end), paragraph: sentence.paragraph + paragraphDelta });
    }
  }
  return { uri: old.uri, text, region: { start: moved(old.region.start), end: shift.end(old.uri, old.region.end) }, lang: old.lang, seg: { paragraphs, sentences } };
}

/**
 * Beads with `range` (first and last, inclusive) replaced by the window's beads, whose unit indices
 * count from `first` (per side); the beads after move by the change in unit counts (`counts`: the
 * window's new counts per side).
 */
function spliceBeads(beads: Bead[], range: [number, number], windowBeads: Bead[], first: [number, number], counts: [number, number]): Bead[] {
  const replaced = beads.slice(range[0], range[1] + 1);
  const deltaA = counts[0] - replaced.reduce((count, bead) => count + bead.a.length, 0);
  const deltaB = counts[1] - replaced.reduce((count, bead) => count + bead.b.length, 0);
  return [
    ...beads.slice(0, range[0]),
    ...windowBeads.map((bead) => ({ a: bead.a.map((unit) => unit + first[0]), b: bead.b.map((unit) => unit + first[1]), confidence: bead.confidence })),
    ...beads.slice(range[1] + 1).map((bead) => ({ a: bead.a.map((unit) => unit + deltaA), b: bead.b.map((unit) => unit + deltaB), confidence: bead.confidence })),
  ];
}

/** A previous finding in the new text: gone when its span was edited; its related spans and fixes shifted (a fix that touched the edit dropped). */
function shiftFinding(finding: Finding, shift: Shift): Finding[] {
  const span = shiftSpan(finding.uri, finding.span, shift);
  if (!span) return [];
  if (span.start === finding.span.start && span.end === finding.span.end && !finding.fixes && !finding.related) return [finding];
  const shifted: Finding = { ...finding, span };
  if (finding.related) shifted.related = finding.related.flatMap((related) => {
    const relatedSpan = shiftSpan(related.uri, related.span, shift);
    return relatedSpan ? [{ ...related, span: relatedSpan }] : [];
  });
  if (finding.fixes) {
    // A fix whose edits touch the changed text is stale: dropped (the finding stays, unfixable until re-checked).
    shifted.fixes = finding.fixes.flatMap((fix) => {
      const edits = fix.edits.map((textEdit) => {
        const editSpan = shiftSpan(textEdit.uri, textEdit, shift);
        return editSpan ? { ...textEdit, start: editSpan.start, end: editSpan.end } : undefined;
      });
      return edits.every(Boolean) ? [{ ...fix, edits: edits as typeof fix.edits }] : [];
    });
  }
  return [shifted];
}

function shiftSpan(uri: string, span: Span, shift: Shift): Span | undefined {
  const start = shift.offset(uri, span.start);
  const end = shift.offset(uri, span.end);
  return start === undefined || end === undefined ? undefined : { start, end };
}

function overlapsSpan(first: Span, second: Span): boolean {
  return first.start < second.end && second.start < first.end;
}
