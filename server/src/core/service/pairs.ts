// Which pair a document belongs to, and that pair's analysis, cached until one of its documents
// changes. Big texts are analysed on a capped prefix (offsets stay true, since a prefix keeps them).
import { analyze, type Analysis, type AnalyzeInput } from '../analyze';
import { diffEdit, forgetEdit, mayChangePairing, reanalyze } from './incremental';
import { findCounterpart, type PairPlan } from '../pairing';
import type { BitextConfig } from '../config';
import type { Finding } from '../types';
import { baseOf, type Workspace } from './workspace';
import { SERVICE_RULES, type ServiceLimits } from './types';
import { capTexts } from './cap';
import { coverageNote, editLinePair, lineFindings, openLinePair, withWindow, type LinePairView } from './lines';

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

interface PlanEntry {
  deps: string;
  plan: PairPlan;
  text: string;
}

export class Pairs {
  private readonly plans = new Map<string, PlanEntry>();
  private readonly results = new Map<string, { revs: string; result: PairResult }>();
  /** The last counterpart each document had, to say so when it disappears. */
  private readonly lastCounterpart = new Map<string, string>();

  constructor(
    private readonly ws: Workspace,
    private readonly getConfig: () => BitextConfig,
    private readonly limits: ServiceLimits,
    private readonly getRoot: (id: string) => string = () => '',
    private readonly configNotes: () => string[] = () => [],
  ) {}

  invalidateAll(): void {
    this.plans.clear();
    this.results.clear();
  }

  /** A document closed: drop its plan and the analyses of pairs no open document belongs to. */
  forget(id: string): void {
    this.plans.delete(id);
    this.lastCounterpart.delete(id);
    const open = new Set(this.ws.openIds());
    for (const key of [...this.results.keys()]) {
      const members = key.slice(0, key.lastIndexOf('|')).split('\u0000');
      if (!members.some((m) => open.has(m))) this.results.delete(key);
    }
  }

  /** Documents some open document's pair reads from disk. */
  counterpartsInUse(): Set<string> {
    const out = new Set<string>();
    for (const id of this.ws.openIds()) {
      const c = this.plans.get(id)?.plan.counterpart;
      if (c) out.add(c);
    }
    return out;
  }

  planFor(id: string, text: string): PairPlan {
    // A plan depends on the document's text (source line) and on its folder; a change of either bumps revs.
    // It also reads the counterpart (to tell a line-aligned corpus), so its revision counts too.
    const deps = (p?: PairPlan) => `${this.ws.rev(id)}:${this.stamp}:${p?.counterpart ? this.ws.rev(p.counterpart) : ''}`;
    const cached = this.plans.get(id);
    if (cached && cached.deps === deps(cached.plan)) return cached.plan;
    // A line-aligned corpus being edited stays one: a line added on one side before the other is a
    // finding on that line, not a reason to re-read a corpus of millions of lines as prose.
    if (cached && cached.plan.form === 'line-aligned' && cached.deps.split(':')[1] === String(this.stamp)) {
      this.plans.set(id, { ...cached, deps: deps(cached.plan), text });
      return cached.plan;
    }
    // Typing inside a line keeps the plan (finding it scans the whole text): only line ends and
    // source-line-like lines can change it.
    if (cached && cached.deps.split(':')[1] === String(this.stamp) && cached.text.length > 50_000) {
      const edit = diffEdit(id, cached.text, text);
      if (!edit || !mayChangePairing(edit, cached.text, text)) {
        this.plans.set(id, { ...cached, deps: deps(cached.plan), text });
        return cached.plan;
      }
    }
    const config = this.getConfig();
    const plan = findCounterpart(id, text, this.ws.view, { pairs: config.pairs, lineAligned: config.lineAligned, root: this.getRoot(id) || undefined });
    this.plans.set(id, { deps: deps(plan), plan, text });
    return plan;
  }

  /** The pair `id` belongs to, analysed; undefined when the document cannot be read. */
  resultFor(id: string, full = false): PairResult | undefined {
    const own = this.ws.textOf(id);
    if (own.text === undefined) return undefined;
    // A closed counterpart belongs to the pair of the open document that names it.
    if (!this.ws.isOpen(id)) {
      for (const other of this.ws.openIds()) {
        const t = this.ws.textOf(other).text;
        if (t !== undefined && this.planFor(other, t).counterpart === id) return this.resultFor(other, full);
      }
    }
    const plan = this.planFor(id, own.text);
    const notices: Finding[] = [];
    let counterpart = plan.counterpart;
    let other: string | undefined;
    if (counterpart) {
      const t = this.ws.textOf(counterpart);
      if (t.text === undefined) {
        notices.push(notice(SERVICE_RULES.unreadable, id, `The counterpart ${baseOf(counterpart)} cannot be read: ${t.error}. This file is checked on its own.`));
        counterpart = undefined;
      } else other = t.text;
      if (counterpart) this.lastCounterpart.set(id, counterpart);
    } else {
      const last = this.lastCounterpart.get(id);
      if (last && !this.ws.exists(last) && plan.form !== 'one-file') {
        notices.push(notice(SERVICE_RULES.pairBroken, id, `The counterpart ${baseOf(last)} was deleted or renamed; this file is now checked on its own. ${plan.note}`));
      }
    }
    const ids = counterpart ? [id, counterpart].sort() : [id];
    const key = ids.join('\u0000') + '|' + plan.form;
    const revs = ids.map((i) => this.ws.rev(i)).join(',') + '|' + notices.map((n) => n.rule).join(',');
    const cached = this.results.get(key);
    if (cached && cached.revs === revs && !(full && cached.result.approximate)) return cached.result;
    const prevResult = full ? undefined : cached?.result;

    const texts = new Map<string, string>([[id, own.text]]);
    if (counterpart && other !== undefined) texts.set(counterpart, other);
    const lineAligned = plan.form === 'line-aligned' && ids.length === 2;
    if (lineAligned) {
      const result = this.linePair(prevResult, key, plan, ids as [string, string], [texts.get(ids[0])!, texts.get(ids[1])!], notices);
      this.results.set(key, { revs, result });
      // The plan and the analysis have taken the edit in: the text before it need not stay in memory.
      forgetEdit(ids);
      return result;
    }
    // (line-aligned pairs are windowed in lines.ts instead)
    const cut = capTexts(ids.map((i) => texts.get(i)!), this.limits.maxAnalyzedChars);
    const notes = [plan.note, ...this.configNotes()];
    if (cut.capped) {
      const msg = `This text is large: Bitext checked only its first ${cut.lines.toLocaleString('en')} lines, so the editor stays responsive. Run \`bitext check\` for the whole file.`;
      notes.push(msg);
      for (const i of ids) notices.push(notice(SERVICE_RULES.summary, i, msg));
    }
    const form = counterpart ? plan.form : plan.form === 'one-file' ? 'one-file' : 'lone';
    let analysis: Analysis | undefined;
    // A capped text edited beyond the cut: the analysed part is the same, and so is the analysis.
    if (prevResult && cut.capped && prevResult.analysis.sides.length === ids.length && ids.every((id, i) => prevResult.analysis.sides[i]?.text === cut.texts[i])) {
      analysis = prevResult.analysis;
    }
    // Big texts, one document edited: re-analyse only around the edit.
    if (!analysis && prevResult && this.limits.incrementalMin >= 0 && cut.texts.reduce((n, t) => n + t.length, 0) >= this.limits.incrementalMin) {
      analysis = this.incremental(prevResult, ids, cut.texts);
    }
    const approximate = !!analysis && (analysis !== prevResult?.analysis || prevResult.approximate);
    if (!analysis) try {
      analysis = analyze(
        { form, a: { uri: ids[0], text: cut.texts[0] }, b: ids[1] ? { uri: ids[1], text: cut.texts[1] } : undefined, note: plan.note },
        this.getConfig(),
      );
    } catch (e) {
      // The core should never throw; if it does, say so once instead of taking the server down.
      const msg = `Bitext could not analyse this text: ${e instanceof Error ? e.message : String(e)}`;
      analysis = { form, sides: [], findings: [], notes: [msg] };
      notices.push(notice(SERVICE_RULES.summary, id, msg));
    }
    for (const n of analysis!.notes) if (!notes.includes(n)) notes.push(n);
    const result: PairResult = { key, plan, ids, analysis: analysis!, notices, notes, approximate };
    this.results.set(key, { revs, result });
    forgetEdit(ids);
    return result;
  }

  /**
   * What a full analysis of `id`'s pair needs, when its last analysis was done around edits only:
   * run `analyze(job.input, job.config)` anywhere (a worker thread) and hand the result to `acceptFull`.
   */
  fullJob(id: string): FullJob | undefined {
    const r = this.resultFor(id);
    if (!r?.approximate) return undefined;
    const entry = this.results.get(r.key);
    if (!entry) return undefined;
    const textOf = (uri: string) => r.analysis.sides.find((s) => s.uri === uri)?.text;
    const a = textOf(r.ids[0]);
    const b = r.ids[1] ? textOf(r.ids[1]) : undefined;
    if (a === undefined || (r.ids[1] && b === undefined)) return undefined;
    return {
      key: r.key,
      revs: entry.revs,
      size: a.length + (b?.length ?? 0),
      input: { form: r.analysis.form, a: { uri: r.ids[0], text: a }, b: r.ids[1] ? { uri: r.ids[1], text: b! } : undefined, note: r.plan.note },
      config: this.getConfig(),
    };
  }

  /** A full analysis done for `job`: kept if no document of the pair changed since (else dropped, returns false). */
  acceptFull(job: FullJob, analysis: Analysis): boolean {
    const entry = this.results.get(job.key);
    if (!entry || entry.revs !== job.revs) return false;
    const notes = [...entry.result.notes];
    for (const n of analysis.notes) if (!notes.includes(n)) notes.push(n);
    this.results.set(job.key, { revs: entry.revs, result: { ...entry.result, analysis, notes, approximate: false } });
    return true;
  }

  /**
   * The user looks at `offset` of `id` (the cursor moved there): in a line-aligned corpus, the lines
   * around it are checked too. True when that changed the findings.
   */
  focus(id: string, offset: number): boolean {
    const r = this.resultFor(id);
    const view = r?.lines;
    const entry = r && this.results.get(r.key);
    if (!view || !entry || entry.result !== r) return false;
    const k = view.ids[0] === id ? 0 : 1;
    const next = withWindow(view, view.tables[k].lineAt(offset));
    if (next === view) return false;
    const notices = r.notices.filter((n) => n.rule !== SERVICE_RULES.summary);
    this.results.set(r.key, { revs: entry.revs, result: this.linePairResult(r.key, r.plan, r.ids as [string, string], next, notices) });
    return true;
  }

  /** A line-aligned corpus: checked by lines, around edits after the first time. */
  private linePair(prev: PairResult | undefined, key: string, plan: PairPlan, ids: [string, string], texts: [string, string], notices: Finding[]): PairResult {
    const max = this.limits.maxLineAlignedChars;
    let view: LinePairView | undefined;
    const old = prev?.lines;
    if (old && old.ids[0] === ids[0] && old.ids[1] === ids[1]) {
      const changed = [0, 1].filter((k) => old.tables[k].text !== texts[k]);
      if (changed.length === 0) view = old;
      else if (changed.length === 1) {
        const k = changed[0];
        const edit = diffEdit(ids[k], old.tables[k].text, texts[k]);
        if (edit) view = editLinePair(old, edit, texts[k], max);
      }
    }
    view ??= openLinePair(ids, texts, this.getConfig(), max);
    return this.linePairResult(key, plan, ids, view, notices);
  }

  private linePairResult(key: string, plan: PairPlan, ids: [string, string], view: LinePairView, notices: Finding[]): PairResult {
    const notes = [plan.note, ...this.configNotes()];
    const cover = coverageNote(view);
    if (cover) {
      notes.push(cover);
      for (const i of ids) notices.push(notice(SERVICE_RULES.summary, i, cover));
    }
    const analysis: Analysis = { form: 'line-aligned', sides: [], findings: lineFindings(view), notes: [plan.note] };
    return { key, plan, ids, analysis, notices, notes, approximate: false, lines: view };
  }

  private incremental(prev: PairResult, ids: string[], texts: string[]): Analysis | undefined {
    const sides = prev.analysis.sides;
    if (sides.length !== (prev.analysis.pair ? 2 : 1)) return undefined;
    const oldOf = (id: string) => sides.find((s) => s.uri === id)?.text;
    const changed = ids.map((id, i) => ({ id, old: oldOf(id), now: texts[i] })).filter((x) => x.old !== x.now);
    // Re-read from disk but the same (another document opened, say): nothing to redo.
    if (changed.length === 0) return prev.analysis;
    if (changed.length !== 1 || changed[0].old === undefined) return undefined;
    const edit = diffEdit(changed[0].id, changed[0].old, changed[0].now);
    if (!edit) return undefined;
    try {
      return reanalyze(prev.analysis, edit, changed[0].now, this.getConfig());
    } catch {
      return undefined; // a full analysis follows
    }
  }

  /** Ids whose findings may change when `id` changes: its pair partners. */
  partnersOf(id: string): string[] {
    const out = new Set<string>();
    for (const [other, e] of this.plans) {
      if (e.plan.counterpart === id) out.add(other);
      if (other === id && e.plan.counterpart) out.add(e.plan.counterpart);
    }
    const last = this.lastCounterpart.get(id);
    if (last) out.add(last);
    out.delete(id);
    return [...out];
  }

  private stamp = 0;
  /** Called when files appear or vanish: every plan may change. */
  foldersChanged(): void {
    this.stamp++;
  }
}

export function notice(rule: string, uri: string, message: string): Finding {
  return { rule, severity: 'info', message, uri, span: { start: 0, end: 0 } };
}
