// Each open document's pair, analysed, cached until one of its documents changes. The concerns sit
// in their own files: pairing policy (plans.ts), messages (notices.ts), size caps (cap.ts), the
// incremental choice (reuse.ts); this file puts them together and keeps the cache.
import { analyze, type Analysis, type AnalyzeInput } from '../analyze';
import type { PairPlan } from '../pairing';
import type { BitextConfig } from '../config';
import type { Finding } from '../types';
import type { Workspace } from './workspace';
import { SERVICE_RULES, type ServiceLimits } from './types';
import { capTexts } from './cap';
import { EditMemo } from './edits';
import { analysisFailedMessage, cappedMessage, notice, summaries } from './notices';
import { PairPlans, type PairMembers } from './plans';
import { reuseAnalysis } from './reuse';
import type { Dictionary } from '../align';
import { originalLanguageFor } from '../roles';
import type { SentenceLink } from '../links';
import { coverageNote, editLinePair, lineFindings, openLinePair, withWindow, type LinePairView } from './lines';
import type { DocumentText } from './document-text';

export { notice } from './notices';

export interface PairResult {
  key: string;
  plan: PairPlan;
  /** Ids of the documents in the pair: [a] or [a, b]. */
  ids: string[];
  analysis: Analysis;
  /** Findings the service adds: broken pair, unreadable counterpart, capped analysis. */
  notices: Finding[];
  notes: string[];
  /** Re-analysed around edits only: whole-document rules may be stale until `settle`. */
  approximate: boolean;
  /** A line-aligned corpus: its texts by lines (then `analysis` holds the findings, and no sides). */
  lines?: LinePairView;
}

export interface FullJob {
  key: string;
  revs: string;
  /** UTF-16 units, both sides. */
  size: number;
  input: AnalyzeInput;
  config: BitextConfig;
}

/** Analyses by pair key, each with the revisions of the documents it was made from. */
class ResultCache {
  private readonly results = new Map<string, { revs: string; result: PairResult }>();

  get(key: string): { revs: string; result: PairResult } | undefined {
    return this.results.get(key);
  }

  set(key: string, revs: string, result: PairResult): void {
    this.results.set(key, { revs, result });
  }

  clear(): void {
    this.results.clear();
  }

  /** Drops the analyses of pairs none of whose members is open. */
  keepOpen(open: Set<string>): void {
    for (const key of [...this.results.keys()]) {
      const members = key.slice(0, key.lastIndexOf('|')).split('\u0000');
      if (!members.some((member) => open.has(member))) this.results.delete(key);
    }
  }
}

export class Pairs {
  private readonly cache = new ResultCache();
  private readonly plans: PairPlans;

  constructor(
    private readonly workspace: Workspace,
    private readonly getConfig: () => BitextConfig,
    private readonly limits: ServiceLimits,
    private readonly getRoot: (docId: string) => string = () => '',
    private readonly configNotes: () => string[] = () => [],
    /** The edit the editor last reported (spares comparing texts). */
    readonly edits: EditMemo = new EditMemo(),
    /** The user's alignment corrections. */
    private readonly getLinks: () => readonly SentenceLink[] = () => [],
    /** The user's bilingual dictionary, if any. */
    private readonly getDictionary: () => Dictionary | undefined = () => undefined,
  ) {
    this.plans = new PairPlans(workspace, getConfig, getRoot, edits);
  }

  invalidateAll(): void {
    this.plans.invalidateAll();
    this.cache.clear();
  }

  /** A document closed: drop its plan and the analyses of pairs no open document belongs to. */
  forget(docId: string): void {
    this.plans.forget(docId);
    this.cache.keepOpen(new Set(this.workspace.openIds()));
  }

  /** Documents some open document's pair reads from disk. */
  counterpartsInUse(): Set<string> {
    return this.plans.counterpartsInUse();
  }

  /** Ids whose findings may change when `id` changes: its pair partners. */
  partnersOf(docId: string): string[] {
    return this.plans.partnersOf(docId);
  }

  /** The documents of `id`'s pair as planned (the ids its analysis covers), without analysing it. */
  memberIds(docId: string): string[] {
    return this.plans.membersOf(docId)?.ids ?? [];
  }

  /** Called when files appear or vanish: every plan may change. */
  foldersChanged(): void {
    this.plans.foldersChanged();
  }

  /** The pair `id` belongs to, analysed; undefined when the document cannot be read. `full`: no analysis around edits only. */
  resultFor(docId: string, full = false): PairResult | undefined {
    const members = this.plans.membersOf(docId);
    if (!members) return undefined;
    const revs = this.revsOf(members);
    const cached = this.cache.get(members.key);
    if (cached && cached.revs === revs && !(full && cached.result.approximate)) return cached.result;
    const prev = full ? undefined : cached?.result;
    const result = members.form === 'line-aligned' && members.ids.length === 2 ? this.linePair(prev, members) : this.documentPair(prev, members);
    this.cache.set(members.key, revs, result);
    // The plan and the analysis have taken the edit in: the text before it need not stay in memory.
    this.edits.forget(members.ids);
    return result;
  }

  private revsOf(members: PairMembers): string {
    return members.ids.map((member) => this.workspace.rev(member)).join(',') + '|' + members.notices.map((n) => n.rule).join(',');
  }

  /**
   * The analysis `resultFor(id)` would run from scratch on a pair of documents of `minSize` UTF-16
   * units or more (nothing cached for these texts, no earlier analysis to re-analyse around an edit),
   * as plain data to run elsewhere (a worker thread, where it can be cancelled); its result goes to
   * `acceptAnalysis`. Undefined when `resultFor` has a cheaper answer.
   */
  analysisJob(docId: string, minSize: number): FullJob | undefined {
    const members = this.plans.membersOf(docId);
    if (!members || members.form === 'line-aligned') return undefined;
    const revs = this.revsOf(members);
    const cached = this.cache.get(members.key);
    if (cached && (cached.revs === revs || cached.result.analysis.sides.length)) return undefined;
    const max = this.limits.maxAnalyzedChars;
    const cut = capTexts(members.docs.map((doc) => (doc.length > max ? doc.slice(0, max + 1) : doc.text())), max);
    const size = cut.texts.reduce((total, text) => total + (text?.length ?? 0), 0);
    if (size < minSize) return undefined;
    const ids = members.ids;
    return {
      key: members.key,
      revs,
      size,
      input: {
        form: members.form,
        a: { uri: ids[0], text: cut.texts[0] },
        b: ids[1] ? { uri: ids[1], text: cut.texts[1] } : undefined,
        note: members.plan.note,
        original: this.originalFor(ids),
        links: this.getLinks(),
        dictionary: this.getDictionary(),
        // the split the pairing found in this very text is not looked for again
        sourceLine: members.form === 'one-file' && cut.texts[0] === members.docs[0].text() ? members.sourceLine : undefined,
      },
      config: this.getConfig(),
    };
  }

  /** An analysis done for `job` (from `analysisJob`): kept as the pair's result if no document changed since. */
  acceptAnalysis(job: FullJob, analysis: Analysis): boolean {
    const members = this.plans.membersOf(job.input.a.uri);
    if (!members || members.key !== job.key || this.revsOf(members) !== job.revs) return false;
    this.cache.set(members.key, job.revs, this.documentPair(undefined, members, analysis));
    this.edits.forget(members.ids);
    return true;
  }

  /** Documents (not a line-aligned corpus): capped, then reused, re-analysed around the edit, or analysed (or `given`). */
  private documentPair(prev: PairResult | undefined, members: PairMembers, given?: Analysis): PairResult {
    const { plan, ids, key, form } = members;
    const notices = [...members.notices];
    const max = this.limits.maxAnalyzedChars;
    // a text over the cap is read only as far as the cut can reach (a prefix one longer), never joined whole
    const cut = capTexts(members.docs.map((doc) => (doc.length > max ? doc.slice(0, max + 1) : doc.text())), max);
    const notes = [plan.note, ...this.configNotes()];
    if (cut.capped) {
      const message = cappedMessage(cut.lines);
      notes.push(message);
      notices.push(...summaries(ids, message));
    }
    const reused = given ? undefined : reuseAnalysis(prev, ids, cut.texts, cut.capped, this.limits.incrementalMin, this.edits, this.getConfig(), this.getLinks(), this.getDictionary());
    let analysis = given ?? reused?.analysis;
    if (!analysis) {
      try {
        // the split the pairing found in this very text is not looked for again
        const sourceLine = form === 'one-file' && cut.texts[0] === members.docs[0].text() ? members.sourceLine : undefined;
        analysis = analyze({ form, a: { uri: ids[0], text: cut.texts[0] }, b: ids[1] ? { uri: ids[1], text: cut.texts[1] } : undefined, note: plan.note, original: this.originalFor(ids), links: this.getLinks(), dictionary: this.getDictionary(), sourceLine }, this.getConfig());
      } catch (error) {
        // The core should never throw; if it does, say so once instead of taking the server down.
        const message = analysisFailedMessage(error);
        analysis = { form, sides: [], findings: [], notes: [message] };
        notices.push(notice(SERVICE_RULES.summary, plan.path, message));
      }
    }
    for (const note of analysis.notes) if (!notes.includes(note)) notes.push(note);
    return { key, plan, ids, analysis, notices, notes, approximate: reused?.approximate ?? false };
  }

  /**
   * What a full analysis of `id`'s pair needs, when its last analysis was done around edits only:
   * run `analyze(job.input, job.config)` anywhere (a worker thread) and hand the result to `acceptFull`.
   */
  fullJob(docId: string): FullJob | undefined {
    const result = this.resultFor(docId);
    if (!result?.approximate) return undefined;
    const entry = this.cache.get(result.key);
    if (!entry) return undefined;
    const textOf = (uri: string) => result.analysis.sides.find((side) => side.uri === uri)?.text;
    const textA = textOf(result.ids[0]);
    const textB = result.ids[1] ? textOf(result.ids[1]) : undefined;
    if (textA === undefined || (result.ids[1] && textB === undefined)) return undefined;
    return {
      key: result.key,
      revs: entry.revs,
      size: textA.length + (textB?.length ?? 0),
      input: { form: result.analysis.form, a: { uri: result.ids[0], text: textA }, b: result.ids[1] ? { uri: result.ids[1], text: textB! } : undefined, note: result.plan.note, original: this.originalFor(result.ids), links: this.getLinks() },
      config: this.getConfig(),
    };
  }

  /** The original's language the settings give for the pair of `ids`. */
  private originalFor(ids: string[]): string | undefined {
    return originalLanguageFor(this.getConfig().originalLanguage, ids, this.getRoot(ids[0]) || undefined);
  }

  /** A full analysis done for `job`: kept if no document of the pair changed since (else dropped, returns false). */
  acceptFull(job: FullJob, analysis: Analysis): boolean {
    const entry = this.cache.get(job.key);
    if (!entry || entry.revs !== job.revs) return false;
    const notes = [...entry.result.notes];
    for (const note of analysis.notes) if (!notes.includes(note)) notes.push(note);
    this.cache.set(job.key, entry.revs, { ...entry.result, analysis, notes, approximate: false });
    return true;
  }

  /**
   * The user looks at `offset` of `id` (the cursor moved there): in a line-aligned corpus, the lines
   * around it are checked too. True when that changed the findings.
   */
  focus(docId: string, offset: number): boolean {
    const result = this.resultFor(docId);
    const view = result?.lines;
    const entry = result && this.cache.get(result.key);
    if (!view || !entry || entry.result !== result) return false;
    const side = view.ids[0] === docId ? 0 : 1;
    const next = withWindow(view, view.tables[side].lineAt(offset));
    if (next === view) return false;
    const notices = result.notices.filter((n) => n.rule !== SERVICE_RULES.summary);
    this.cache.set(result.key, entry.revs, this.linePairResult(result.key, result.plan, result.ids as [string, string], next, notices));
    return true;
  }

  /** A line-aligned corpus: checked by lines, around edits after the first time. */
  private linePair(prev: PairResult | undefined, members: PairMembers): PairResult {
    const ids = members.ids as [string, string];
    const docs = members.docs as [DocumentText, DocumentText];
    const max = this.limits.maxLineAlignedChars;
    let view: LinePairView | undefined;
    const old = prev?.lines;
    if (old && old.ids[0] === ids[0] && old.ids[1] === ids[1]) {
      const changed = [0, 1].filter((side) => old.tables[side] !== docs[side]);
      if (changed.length === 0) view = old;
      else if (changed.length === 1) {
        const side = changed[0];
        const edit = this.edits.diff(ids[side], old.tables[side], docs[side]);
        // No edit: the same text read again (from disk, say).
        view = edit ? editLinePair(old, edit, docs[side], max) : { ...old, tables: side === 0 ? [docs[0], old.tables[1]] : [old.tables[0], docs[1]] };
      }
    }
    view ??= openLinePair(ids, docs, this.getConfig(), max);
    return this.linePairResult(members.key, members.plan, ids, view, [...members.notices]);
  }

  private linePairResult(key: string, plan: PairPlan, ids: [string, string], view: LinePairView, notices: Finding[]): PairResult {
    const notes = [plan.note, ...this.configNotes()];
    const cover = coverageNote(view);
    if (cover) {
      notes.push(cover);
      notices.push(...summaries(ids, cover));
    }
    const analysis: Analysis = { form: 'line-aligned', sides: [], findings: lineFindings(view), notes: [plan.note] };
    return { key, plan, ids, analysis, notices, notes, approximate: false, lines: view };
  }
}
