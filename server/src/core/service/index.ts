// The editor-facing service over the pure core, in the manner of vscode-markdown-languageservice's
// createLanguageService: one factory, small providers, plain data in and out, no LSP and no I/O
// (the file system is injected). The language server is a thin adapter over this object.
import { resolveConfig, type BitextConfig } from '../config';
import type { SentenceLink } from '../links';
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
import { linkCandidatesAt, mergeWithNext, splitHere, type LinkCandidates } from './link-candidates';
import { alignmentOf, rowAt, type AlignmentTable } from './alignment';
import { documentPairTmx, type DocumentPairTmx } from '../corpus/tmx-doc';
import { baseOf } from './workspace';
import type { CodeAction, Location, PairStatus, ServiceInit, ServiceLimits } from './types';

export * from './types';
export type { ParagraphSymbol } from './symbols';
export type { LinkCandidates } from './link-candidates';
export { relink } from './link-candidates';
export type { AlignmentTable, AlignmentRow, AlignmentCell } from './alignment';
export type { FullJob } from './pairs';

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
}

export interface BitextService {
  /**
   * A document opened or changed in the editor: its full text after the change and, when known, the
   * changed range (old offsets `start`..`oldEnd`, new end `newEnd`), which spares comparing texts.
   */
  update(id: string, text: string, version: number, change?: { start: number; oldEnd: number; newEnd: number }): void;
  close(id: string): void;
  /** Files changed, were created or deleted on disk. Returns the ids whose findings may have changed. */
  filesChanged(ids: string[]): string[];
  configure(settings: ServiceSettings): void;
  isIncluded(id: string): boolean;
  findingsFor(id: string): Finding[];
  hoverAt(id: string, offset: number): string | undefined;
  counterpartAt(id: string, offset: number): Location | undefined;
  /** The pair of `id` as rows of sentence beads (the alignment view), or why there is none. */
  alignment(id: string): AlignmentTable | { error: string };
  /** The alignment row holding `offset` of `id`. */
  alignmentRowAt(id: string, offset: number): number | undefined;
  /** "Link with the counterpart sentence…": the sentence at `offset` and the other side's sentences to pick from. */
  linkCandidates(id: string, offset: number): LinkCandidates | { error: string };
  /** The links after merging the bead at `offset` of `id` with the next one, or why it cannot be. */
  mergeWithNext(id: string, offset: number): SentenceLink[] | { error: string };
  /** The links after splitting the bead at `offset` of `id` before its sentence there, or why it cannot be. */
  splitHere(id: string, offset: number): SentenceLink[] | { error: string };
  /** The alignment corrections in force. */
  links(): readonly SentenceLink[];
  /** The paragraphs of `id` with their counterpart status (Outline). */
  symbols(id: string): ParagraphSymbol[];
  /** The pair of `id` as TMX (fully analysed), or why it cannot be exported. */
  tmx(id: string): { tmx: DocumentPairTmx; suggestedName: string } | { error: string };
  /** Why `offset` of `id` has no counterpart, for the user; undefined when it has one. */
  noCounterpartReason(id: string, offset: number): string | undefined;
  codeActions(id: string, span: Span): CodeAction[];
  fixAll(id: string): CodeAction;
  status(id: string): PairStatus | undefined;
  /** The other documents of `id`'s pair (to publish their findings too). */
  partnersOf(id: string): string[];
  version(id: string): number | undefined;
  /**
   * Runs a full analysis of `id`'s pair if the last one was done around edits only (whole-document
   * findings may be stale). Returns the pair size in UTF-16 units, or 0 when nothing was to do.
   */
  settle(id: string): number;
  /** Size (UTF-16 units, both sides) of `id`'s pair if its analysis is approximate, else 0. */
  pendingSettle(id: string): number;
  /**
   * The full analysis `settle` would run, as plain data, to run elsewhere (a worker thread):
   * `analyze(job.input, job.config)`, then `acceptFull`. Undefined when nothing is to do.
   */
  fullJob(id: string): FullJob | undefined;
  /** Takes a full analysis done for `job`; false (and dropped) when a document of the pair changed since. */
  acceptFull(job: FullJob, analysis: Analysis): boolean;
  /**
   * The analysis a request about `id` would wait for, when it must be made from scratch on a pair of
   * `minSize` UTF-16 units or more: `analyze(job.input, job.config, cancellation)` elsewhere, then
   * `acceptAnalysis`. Undefined when the service answers cheaply (cached, small, re-analysed around an edit).
   */
  analysisJob(id: string, minSize: number): FullJob | undefined;
  /** Takes an analysis done for `analysisJob`'s job; false (and dropped) when a document of the pair changed since. */
  acceptAnalysis(job: FullJob, analysis: Analysis): boolean;
  /**
   * The user looks at `offset` of `id` (cursor, hover): a line-aligned corpus gets the lines around it
   * checked too. True when `id`'s pair has new findings to publish.
   */
  focus(id: string, offset: number): boolean;
  /** The text the service holds for `id` (open, or read from disk), if readable. */
  textOf(id: string): string | undefined;
}

const DEFAULT_LIMITS: ServiceLimits = { maxFindings: 500, maxAnalyzedChars: 1_200_000, maxLineAlignedChars: 1_000_000, incrementalMin: 100_000 };

export function createBitextService(init: ServiceInit): BitextService {
  const ws = new Workspace(init.fs);
  let configError: string | undefined;
  let config = readConfig(init.config);
  let include: GlobMatcher[] = [];
  let root = '';
  let roots: string[] = [];
  const rootOf = (id: string): string => {
    const p = id.replace(/\\/g, '/');
    let best = '';
    for (const r of roots) if ((p === r || p.startsWith(r + '/')) && r.length > best.length) best = r;
    return best || root;
  };
  const limits = { ...DEFAULT_LIMITS, ...init.limits };
  let links: readonly SentenceLink[] = [];
  const pairs = new Pairs(ws, () => config, limits, rootOf, () => (configError ? [configError] : []), undefined, () => links);

  function readConfig(partial: Partial<BitextConfig> | undefined): BitextConfig {
    try {
      configError = undefined;
      return resolveConfig(partial ?? {});
    } catch (e) {
      // A bad setting must not stop the checks: defaults are used and the status says why.
      configError = `Bitext settings ignored: ${e instanceof Error ? e.message : String(e)}`;
      return resolveConfig({});
    }
  }
  const result = (id: string) => (isIncluded(id) ? pairs.resultFor(id) : undefined);
  const findings = (id: string) => findingsOf(result(id), id, limits.maxFindings);

  function isIncluded(id: string): boolean {
    if (include.length === 0) return true;
    const p = id.replace(/\\/g, '/');
    const r = rootOf(id);
    const rel = r && p.startsWith(r + '/') ? p.slice(r.length + 1) : p;
    return include.some((re) => re.test(rel) || re.test(p));
  }

  const service: BitextService = {
    update(id, text, version, change) {
      if (!ws.isOpen(id)) pairs.foldersChanged();
      else if (change) {
        const old = ws.textOf(id).text;
        if (old !== undefined && old.length - (change.oldEnd - change.start) + (change.newEnd - change.start) === text.length) pairs.edits.remember(old, text, { uri: id, ...change });
      }
      ws.setOpen(id, text, version);
    },
    close(id) {
      ws.close(id);
      pairs.forget(id);
      ws.pruneDisk(pairs.counterpartsInUse());
    },
    filesChanged(ids) {
      const before = new Set(ids.flatMap((id) => [id, ...pairs.partnersOf(id)]));
      ws.filesChanged(ids);
      pairs.foldersChanged();
      for (const id of ws.openIds()) {
        const partners = pairs.partnersOf(id);
        if (ids.includes(id) || partners.some((p) => before.has(p) || ids.includes(p))) before.add(id);
      }
      // Pairs may form anew (a counterpart created): every open document's plan is looked at again.
      for (const id of ws.openIds()) before.add(id);
      return [...before];
    },
    configure(settings) {
      config = readConfig(settings.config);
      include = (settings.include ?? []).map((g) => globToRegExp(g));
      const norm = (r: string) => r.replace(/\\/g, '/').replace(/(.)\/$/, '$1');
      root = norm(settings.root ?? '');
      roots = (settings.roots ?? []).map(norm);
      links = settings.links ?? [];
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
    alignment: (id) => alignmentOf(result(id)),
    alignmentRowAt: (id, offset) => rowAt(result(id), id, offset),
    tmx(id) {
      const full = isIncluded(id) ? pairs.resultFor(id, true) : undefined;
      const pair = full?.analysis.pair;
      if (full?.lines) return { error: 'This is a line-aligned corpus: export it with `bitext export --tmx OUT.tmx A B`, which streams it.' };
      if (!full || !pair) return { error: `${baseOf(id)} has no counterpart to export with. ${full?.plan.note ?? ''}`.trim() };
      const name = baseOf(full.plan.path).replace(/(\.[a-z]{2,3})?\.[^.]+$/i, '') || 'pair';
      return { tmx: documentPairTmx(pair, full.analysis.form), suggestedName: `${name}.tmx` };
    },
    codeActions: (id, span) => codeActionsFor(findings(id), id, span),
    fixAll: (id) => fixAllOf(findings(id), id),
    status: (id) => statusOf(result(id), id),
    partnersOf(id) {
      // the pair's members without analysing it (a big pair may be under analysis elsewhere)
      const out = new Set(isIncluded(id) ? pairs.memberIds(id) : []);
      for (const p of pairs.partnersOf(id)) out.add(p);
      out.delete(id);
      return [...out];
    },
    version: (id) => ws.version(id),
    textOf: (id) => ws.textOf(id).text,
    pendingSettle(id) {
      const r = result(id);
      return r?.approximate ? r.analysis.sides.reduce((n, s) => n + (s.uri === r.analysis.sides[0].uri && s !== r.analysis.sides[0] ? 0 : s.text.length), 0) : 0;
    },
    focus: (id, offset) => isIncluded(id) && pairs.focus(id, offset),
    fullJob: (id) => (isIncluded(id) ? pairs.fullJob(id) : undefined),
    acceptFull: (job, analysis) => pairs.acceptFull(job, analysis),
    analysisJob: (id, minSize) => (isIncluded(id) ? pairs.analysisJob(id, minSize) : undefined),
    acceptAnalysis: (job, analysis) => pairs.acceptAnalysis(job, analysis),
    settle(id) {
      const n = service.pendingSettle(id);
      if (n) pairs.resultFor(id, true);
      return n;
    },
  };
  return Object.freeze(service);
}
