// Bitext's own messages between server and client, beyond standard LSP. Plain types, no imports,
// so the VS Code client can share them.

/** Client -> server notification: the cursor moved in a document. */
export const CURSOR_MOVED = 'bitext/cursorMoved';
export interface CursorMovedParams {
  uri: string;
  position: { line: number; character: number };
}

/** Server -> client notification: highlight the aligned sentence of the cursor's sentence (or clear). */
export const COUNTERPART_HIGHLIGHT = 'bitext/counterpartHighlight';
export interface CounterpartHighlightParams {
  /** The document the cursor is in. */
  uri: string;
  target: { uri: string; range: LspRange } | null;
}

/** Client -> server request: where the counterpart of the sentence at a position is, or why there is none. */
export const COUNTERPART_REQUEST = 'bitext/counterpart';
export interface CounterpartParams {
  uri: string;
  position: { line: number; character: number };
}
export type CounterpartResult = { uri: string; range: LspRange; reason?: undefined } | { uri?: undefined; range?: undefined; reason: string } | null;

/** Server -> client notification: the status of a document's pair (for the status bar). */
export const STATUS = 'bitext/status';
export interface StatusParams {
  uri: string;
  /** Short text for the status bar, or null to hide the item. */
  text: string | null;
  tooltip: string;
  counterpartUri: string | null;
}

/** Client -> server request: the document's pair as TMX (the client asks where to save it). */
export const EXPORT_TMX = 'bitext/exportTmx';
export interface ExportTmxParams {
  uri: string;
}
export type ExportTmxResult = { tmx: string; suggestedName: string; units: number; unpaired: number; error?: undefined } | { error: string; tmx?: undefined };

/** Client -> server request: the whole alignment of the document's pair, for the alignment view. */
export const ALIGNMENT_REQUEST = 'bitext/alignment';
export interface AlignmentParams {
  uri: string;
}
export interface AlignmentCellView {
  uri: string;
  text: string;
  range: LspRange | null;
  sentences: number;
}
export interface AlignmentRowView {
  index: number;
  /** '1-1', 'n-m' (several sentences on a side) or 'unpaired' (nothing on one side). */
  shape: '1-1' | 'n-m' | 'unpaired';
  /** 0..1, the aligner's confidence in the bead. */
  confidence: number;
  lowConfidence: boolean;
  /** A correction made by hand (.bitext/links.json); with one side empty, unpaired on purpose. */
  byHand?: boolean;
  a: AlignmentCellView;
  b: AlignmentCellView;
  findings: { rule: string; severity: string; message: string; side: 'a' | 'b' }[];
}
export type AlignmentResult = { uriA: string; uriB: string; titleA: string; titleB: string; nameA: string; nameB: string; note: string; rows: AlignmentRowView[]; error?: undefined } | { error: string; rows?: undefined };

/** Client -> server request: the alignment row of a position (the view follows the cursor). */
export const ALIGNMENT_ROW_REQUEST = 'bitext/alignmentRow';
export interface AlignmentRowParams {
  uri: string;
  position: { line: number; character: number };
}
export type AlignmentRowResult = { row: number | null };

/** Client -> server request: the sentence at a position and the other side's sentences to link it with. */
export const LINK_CANDIDATES_REQUEST = 'bitext/linkCandidates';
export interface LinkCandidatesParams {
  uri: string;
  position: { line: number; character: number };
}
export type LinkCandidatesResult =
  | { sentence: string; linked: boolean; candidates: { uri: string; range: LspRange; text: string; current: boolean }[]; error?: undefined }
  | { error: string; candidates?: undefined };

/**
 * Client -> server request: link the sentence at a position with `other` (a candidate's text), or
 * unlink it (`other` null). The answer is the new text of the workspace's links file; the client
 * writes it (an edit the user can undo), and the server reads it back when the file changes.
 */
export const LINK_REQUEST = 'bitext/link';
export interface LinkParams {
  uri: string;
  position: { line: number; character: number };
  other: string | null;
}
export type LinkResult = { fileUri: string; text: string; error?: undefined } | { error: string; fileUri?: undefined };

/** Client -> server request: merge the bead at a position with the next one (answered like LINK_REQUEST). */
export const MERGE_REQUEST = 'bitext/mergeNext';
export interface MergeParams {
  uri: string;
  position: { line: number; character: number };
}

/** Client -> server request: split the bead at a position before its sentence there (answered like LINK_REQUEST). */
export const SPLIT_REQUEST = 'bitext/splitHere';

/**
 * Client -> server request: the sentence at a position has no counterpart on purpose (left untranslated,
 * or added in the translation): answered like LINK_REQUEST; its missing-translation finding goes.
 */
export const UNPAIRED_REQUEST = 'bitext/markUnpaired';

export interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
