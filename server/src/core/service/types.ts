// Types of the editor-facing service: plain data, no LSP. Documents are named by plain string ids
// (file paths for files on disk); offsets are UTF-16 code units, end exclusive.
import type { Finding, Span, TextEdit } from '../types';
import type { BitextConfig } from '../config';
import type { PairForm } from '../pairing';
import type { FileSystem } from '../fs';
import type { RolesFrom } from '../roles';

export interface ServiceLimits {
  /** At most this many findings per document; one summary finding says how many were left out. */
  maxFindings: number;
  /** Only the first this many UTF-16 units of a text are aligned and checked (cut at a line end); a note says so. */
  maxAnalyzedChars: number;
  /** The same for a line-aligned corpus (no alignment to compute, so more fits). */
  maxLineAlignedChars: number;
  /** Pairs at least this big (UTF-16 units, both sides) are re-analysed around each edit; -1: never. */
  incrementalMin: number;
}

export interface ServiceInit {
  /** What the service may read from the outside world (the disk, in the server). */
  fs: FileSystem;
  config?: Partial<BitextConfig>;
  limits?: Partial<ServiceLimits>;
}

export interface Location {
  uri: string;
  span: Span;
}

export interface CodeAction {
  title: string;
  kind: 'quickfix' | 'source.fixAll';
  edits: TextEdit[];
  /** The findings this action fixes (for quick fixes: the one finding). */
  fixes: Finding[];
  preferred?: boolean;
}

export interface PairStatus {
  form: PairForm;
  uri: string;
  counterpart?: string;
  /** Paragraphs of this document's side with a counterpart, and its total. */
  alignedParagraphs: number;
  totalParagraphs: number;
  /** Paragraphs of the original side left without a translation. */
  untranslated: number;
  /** The original's and the translation's document (the same for one file with a source line), when known. */
  original?: string;
  translation?: string;
  /** This document's part, for one-file pairs the side at the start of the text. */
  role?: 'original' | 'translation';
  rolesFrom?: RolesFrom;
  /** How the pair was found, and any other note (truncated analysis, broken pair). */
  notes: string[];
}

/** Ids of findings the service makes itself (not rules). */
export const SERVICE_RULES = {
  summary: 'bitext-summary',
  pairBroken: 'pair-broken',
  unreadable: 'unreadable-counterpart',
  notText: 'not-text',
} as const;
