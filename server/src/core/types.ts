// Plain data types shared by the whole core. No I/O, no LSP, no VS Code.
// All offsets are UTF-16 code units into a document's full text (what JavaScript strings and LSP use);
// `end` is exclusive.

export interface Span {
  start: number;
  end: number;
}

/** ISO 639-1 code as detected ('vi', 'en', 'hu', ...) or 'und' when unknown. */
export type Lang = string;

export interface Sentence extends Span {
  /** Index among all sentences of the side. */
  index: number;
  /** Index of the paragraph that holds it. */
  paragraph: number;
}

export interface Paragraph extends Span {
  index: number;
  /** Index of its first sentence in `Segmentation.sentences`. */
  firstSentence: number;
  sentenceCount: number;
}

export interface Segmentation {
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

/** One side of a pair: a region of a document's text, with its language and segmentation. */
export interface Side {
  /** Identity of the document (a path for the CLI, a URI in the editor). */
  uri: string;
  /** The whole document text (BOM removed; CRLF kept). */
  text: string;
  /** The part of `text` that belongs to this side: the whole text, or the part above/below a source line. */
  region: Span;
  lang: Lang;
  seg: Segmentation;
}

/**
 * One alignment bead: unit indices on side A and on side B (each ascending, contiguous).
 * `a: [3, 4], b: [5]` is a 2-1 bead; `a: [7], b: []` is an unpaired unit of A.
 */
export interface Bead {
  a: number[];
  b: number[];
  /** 0..1: how sure the aligner is of this bead. */
  confidence: number;
  /** Made by a correction by hand (.bitext/links.json): a bead with one side empty is unpaired on purpose. */
  byHand?: boolean;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** One replacement of `text.slice(start, end)` by `newText` in one document. */
export interface TextEdit {
  uri: string;
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /**
   * Safe fixes change separators, underscores, spacing or Unicode form only, never a letter or digit
   * sequence; "fix all" applies only safe ones. An explicit drop of a span is not safe.
   */
  safe: boolean;
  /** The fix repairs the whole document (its edits are everywhere): editors offer it wherever the cursor is. */
  wholeDocument?: boolean;
}

export interface RelatedLocation {
  uri: string;
  span: Span;
  message: string;
  /**
   * The finding's message as read from this location's document, when that is another file of the
   * pair: the editor shows the finding there too, pointing back. Absent: the finding's own message.
   */
  mirror?: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  uri: string;
  span: Span;
  related?: RelatedLocation[];
  fixes?: Fix[];
  /** Extra data for front ends (e.g. counts). Plain JSON. */
  data?: Record<string, unknown>;
}
