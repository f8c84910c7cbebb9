// The editor-facing service over the pure core, in the manner of vscode-markdown-languageservice's
// createLanguageService: one factory, small providers, plain data in and out, no LSP and no I/O
// (the file system is injected). The language server is a thin adapter over this object.
import { resolveConfig, type BitextConfig } from '../config';
import type { SentenceLink } from '../links';
import type { Dictionary } from '../align';
import type { Finding, Span } from '../types';
import { globToRegExp, type GlobMatcher } from '../glob';
import { Workspace } from './workspace';
import { Pairs, type FullJob } from './pairs';
import type { Analysis } from '../analyze';
import { findingsOf } from './findings';
import { hoverText } from './hover';
import { counterpartOf, noCounterpartReason } from './counterpart';
import { codeActionsFor, fixAllOf } from './code-actions';
import { statusOf } from './status';
import { symbolsOf, type ParagraphSymbol } from './symbols';
import { linkCandidatesAt, markUnpaired, mergeWithNext, splitHere, type LinkCandidates } from './link-candidates';
import { alignmentOf, rowAt, type AlignmentTable } from './alignment';
import { documentPairTmx, type DocumentPairTmx } from '../corpus/tmx-doc';
import { baseOf } from './workspace';
import type { CodeAction, Location, PairStatus, ServiceInit, ServiceLimits } from './types';
import { asDocumentText, type DocumentText } from './document-text';

export * from './types';
export type { ParagraphSymbol } from './symbols';
export type { LinkCandidates } from './link-candidates';
export { relink } from './link-candidates';
export type { AlignmentTable, AlignmentRow, AlignmentCell } from './alignment';
export type { FullJob } from './pairs';
export type { DocumentText } from './document-text';

export interface ServiceSettings {
  config?: Partial<BitextConfig>;
  /** Globs (relative to the document's root) limiting the documents Bitext checks; empty: all. */
  include?: string[];
  root?: string;
  /**
   * Workspace folders (multi-root): a document's root, for pairing rules and include globs, is the
   * deepest of these that holds it; `root` when none does.
   */
  roots?: string[];
  /** The user's alignment corrections (core/links.ts). */
  links?: readonly SentenceLink[];
  /** The user's bilingual dictionary (the `dictionary` setting), lexical evidence for the aligner. */
  dictionary?: Dictionary;
}

export interface BitextService {
  /**
   * A document opened or changed in the editor: its full text after the change (a string, or the
   * front end's own DocumentText, read by lines without joining it) and, when known, the changed range (old offsets `start`..`oldEnd`, new end `newEnd`), which spares comparing texts.
   */
  update(docId: string, text: string | DocumentText, version: number, change?: { start: number; oldEnd: number; newEnd: number }): void;
  close(docId: string): void;
  /** Files changed, were created or deleted on disk. Returns the ids whose findings may have changed. */
  filesChanged(ids: string[]): string[];
  configure(settings: ServiceSettings): void;
  isIncluded(docId: string): boolean;
  findingsFor(docId: string): Finding[];
  hoverAt(docId: string, offset: number): string | undefined;
  counterpartAt(docId: string, offset: number): Location | undefined;
  /** The pair of `docId` as rows of sentence beads (the alignment view), or why there is none. */
  alignment(docId: string): AlignmentTable | { error: string };
  /** The alignment row holding `offset` of `docId`. */
  alignmentRowAt(docId: string, offset: number): number | undefined;
  /** "Link with the counterpart sentence…": the sentence at `offset` and the other side's sentences to pick from. */
  linkCandidates(docId: string, offset: number): LinkCandidates | { error: string };
  /** The links after merging the bead at `offset` of `id` with the next one, or why it cannot be. */
  mergeWithNext(docId: string, offset: number): SentenceLink[] | { error: string };
  /** The links after splitting the bead at `offset` of `id` before its sentence there, or why it cannot be. */
  splitHere(docId: string, offset: number): SentenceLink[] | { error: string };
  /** The links after marking the sentence at `offset` of `id` as having no counterpart, or why it cannot be. */
  markUnpaired(docId: string, offset: number): SentenceLink[] | { error: string };
  /** The alignment corrections in force. */
  links(): readonly SentenceLink[];
  /** The paragraphs of `docId` with their counterpart status (Outline). */
  symbols(docId: string): ParagraphSymbol[];
  /** The pair of `docId` as TMX (fully analysed), or why it cannot be exported. */
  tmx(docId: string): { tmx: DocumentPairTmx; suggestedName: string } | { error: string };
  /** Why `offset` of `docId` has no counterpart, for the user; undefined when it has one. */
  noCounterpartReason(docId: string, offset: number): string | undefined;
  codeActions(docId: string, span: Span): CodeAction[];
  fixAll(docId: string): CodeAction;
  status(docId: string): PairStatus | undefined;
  /** The other documents of `docId`'s pair (to publish their findings too). */
  partnersOf(docId: string): string[];
  version(docId: string): number | undefined;
  /**
   * Runs a full analysis of `docId`'s pair if the last one was done around edits only (whole-document
   * findings may be stale). Returns the pair size in UTF-16 units, or 0 when nothing was to do.
   */
  settle(docId: string): number;
  /** Size (UTF-16 units, both sides) of `docId`'s pair if its analysis is approximate, else 0. */
  pendingSettle(docId: string): number;
  /**
   * The full analysis `settle` would run, as plain data, to run elsewhere (a worker thread):
   * `analyze(job.input, job.config)`, then `acceptFull`. Undefined when nothing is to do.
   */
  fullJob(docId: string): FullJob | undefined;
  /** Takes a full analysis done for `job`; false (and dropped) when a document of the pair changed since. */
  acceptFull(job: FullJob, analysis: Analysis): boolean;
  /**
   * The analysis a request about `docId` would wait for, when it must be made from scratch on a pair of
   * `minSize` UTF-16 units or more: `analyze(job.input, job.config, cancellation)` elsewhere, then
   * `acceptAnalysis`. Undefined when the service answers cheaply (cached, small, re-analysed around an edit).
   */
  analysisJob(docId: string, minSize: number): FullJob | undefined;
  /** Takes an analysis done for `analysisJob`'s job; false (and dropped) when a document of the pair changed since. */
  acceptAnalysis(job: FullJob, analysis: Analysis): boolean;
  /**
   * The user looks at `offset` of `docId` (cursor, hover): a line-aligned corpus gets the lines around it
   * checked too. True when `docId`'s pair has new findings to publish.
   */
  focus(docId: string, offset: number): boolean;
  /** The text the service holds for `docId` (open, or read from disk), if readable. */
  textOf(docId: string): string | undefined;
}

// incrementalMin: a full analysis costs about 2 ms of CPU per 1,000 characters, a window around an
// edit a few ms whatever the size; from 8,000 characters on (sample 000 is 14,000) a keystroke gets the
// window, and the whole pair is checked again when typing pauses.
const DEFAULT_LIMITS: ServiceLimits = { maxFindings: 500, maxAnalyzedChars: 1_200_000, maxLineAlignedChars: 1_000_000, incrementalMin: 8_000 };

export function createBitextService(init: ServiceInit): BitextService {
  const workspace = new Workspace(init.fs);
  let configError: string | undefined;
  let config = readConfig(init.config);
  let include: GlobMatcher[] = [];
  let root = '';
  let roots: string[] = [];
  const rootOf = (docId: string): string => {
    const path = docId.replace(/\\/g, '/');
    let best = '';
    for (const folder of roots) if ((path === folder || path.startsWith(folder + '/')) && folder.length > best.length) best = folder;
    return best || root;
  };
  const limits = { ...DEFAULT_LIMITS, ...init.limits };
  let links: readonly SentenceLink[] = [];
  let dictionary: Dictionary | undefined;
  const pairs = new Pairs(workspace, () => config, limits, rootOf, () => (configError ? [configError] : []), undefined, () => links, () => dictionary);

  function readConfig(partial: Partial<BitextConfig> | undefined): BitextConfig {
    try {
      configError = undefined;
      return resolveConfig(partial ?? {});
    } catch (error) {
      // A bad setting must not stop the checks: defaults are used and the status says why.
      configError = `Bitext settings ignored: ${error instanceof Error ? error.message : String(error)}`;
      return resolveConfig({});
    }
  }
  const result = (id: string) => (isIncluded(id) ? pairs.resultFor(id) : undefined);
  const findings = (id: string) => findingsOf(result(id), id, limits.maxFindings);

  function isIncluded(docId: string): boolean {
    if (include.length === 0) return true;
    const path = docId.replace(/\\/g, '/');
    const root = rootOf(docId);
    const rel = root && path.startsWith(root + '/') ? path.slice(root.length + 1) : path;
    return include.some((re) => re.test(rel) || re.test(path));
  }

  const service: BitextService = {
    update(docId, text, version, change) {
      const doc = asDocumentText(text);
      if (!workspace.isOpen(docId)) pairs.foldersChanged();
      else if (change) {
        const old = workspace.documentOf(docId).doc;
        if (old !== undefined && old.length - (change.oldEnd - change.start) + (change.newEnd - change.start) === doc.length) pairs.edits.remember(old, doc, { uri: docId, ...change });
      }
      workspace.setOpen(docId, doc, version);
    },
    close(docId) {
      workspace.close(docId);
      pairs.forget(docId);
      workspace.pruneDisk(pairs.counterpartsInUse());
    },
    filesChanged(ids) {
      const before = new Set(ids.flatMap((id) => [id, ...pairs.partnersOf(id)]));
      workspace.filesChanged(ids);
      pairs.foldersChanged();
      for (const docId of workspace.openIds()) {
        const partners = pairs.partnersOf(docId);
        if (ids.includes(docId) || partners.some((p) => before.has(p) || ids.includes(p))) before.add(docId);
      }
      // Pairs may form anew (a counterpart created): every open document's plan is looked at again.
      for (const docId of workspace.openIds()) before.add(docId);
      return [...before];
    },
    configure(settings) {
      config = readConfig(settings.config);
      include = (settings.include ?? []).map((g) => globToRegExp(g));
      const norm = (r: string) => r.replace(/\\/g, '/').replace(/(.)\/$/, '$1');
      root = norm(settings.root ?? '');
      roots = (settings.roots ?? []).map(norm);
      links = settings.links ?? [];
      dictionary = settings.dictionary;
      pairs.invalidateAll();
    },
    isIncluded,
    findingsFor: findings,
    hoverAt: (id, offset) => hoverText(result(id), id, offset),
    counterpartAt: (id, offset) => counterpartOf(result(id), id, offset),
    noCounterpartReason: (id, offset) => noCounterpartReason(result(id), id, offset),
    symbols: (id) => symbolsOf(result(id), id),
    linkCandidates: (id, offset) => linkCandidatesAt(result(id), id, offset, links),
    links: () => links,
    mergeWithNext: (id, offset) => mergeWithNext(result(id), id, offset, links),
    splitHere: (id, offset) => splitHere(result(id), id, offset, links),
    markUnpaired: (id, offset) => markUnpaired(result(id), id, offset, links),
    alignment: (id) => alignmentOf(result(id)),
    alignmentRowAt: (id, offset) => rowAt(result(id), id, offset),
    tmx(docId) {
      const full = isIncluded(docId) ? pairs.resultFor(docId, true) : undefined;
      const pair = full?.analysis.pair;
      if (full?.lines) return { error: 'This is a line-aligned corpus: export it with `bitext export --tmx OUT.tmx A B`, which streams it.' };
      if (!full || !pair) return { error: `${baseOf(docId)} has no counterpart to export with. ${full?.plan.note ?? ''}`.trim() };
      const name = baseOf(full.plan.path).replace(/(\.[a-z]{2,3})?\.[^.]+$/i, '') || 'pair';
      return { tmx: documentPairTmx(pair, full.analysis.form), suggestedName: `${name}.tmx` };
    },
    codeActions: (id, span) => codeActionsFor(findings(id), id, span),
    fixAll: (id) => fixAllOf(findings(id), id),
    status: (id) => statusOf(result(id), id),
    partnersOf(docId) {
      // the pair's members without analysing it (a big pair may be under analysis elsewhere)
      const out = new Set(isIncluded(docId) ? pairs.memberIds(docId) : []);
      for (const partner of pairs.partnersOf(docId)) out.add(partner);
      out.delete(docId);
      return [...out];
    },
    version: (id) => workspace.version(id),
    textOf: (id) => workspace.textOf(id).text,
    pendingSettle(docId) {
      const pairResult = result(docId);
      return pairResult?.approximate ? pairResult.analysis.sides.reduce((size, side) => size + (side.uri === pairResult.analysis.sides[0].uri && side !== pairResult.analysis.sides[0] ? 0 : side.text.length), 0) : 0;
    },
    focus: (id, offset) => isIncluded(id) && pairs.focus(id, offset),
    fullJob: (id) => (isIncluded(id) ? pairs.fullJob(id) : undefined),
    acceptFull: (job, analysis) => pairs.acceptFull(job, analysis),
    analysisJob: (docId, minSize) => (isIncluded(docId) ? pairs.analysisJob(docId, minSize) : undefined),
    acceptAnalysis: (job, analysis) => pairs.acceptAnalysis(job, analysis),
    settle(docId) {
      const size = service.pendingSettle(docId);
      if (size) pairs.resultFor(docId, true);
      return size;
    },
  };
  return Object.freeze(service);
}
