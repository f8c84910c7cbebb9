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

export interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
