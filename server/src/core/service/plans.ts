// Pairing policy for open documents: which pair a document belongs to (a closed counterpart belongs
// to the pair of the open document naming it), its plan cached until its text or folder changes,
// and what the pair's members read as (a counterpart that cannot be read, or is gone, is said so).
import { findCounterpart, type PairForm, type PairPlan } from '../pairing';
import type { BitextConfig } from '../config';
import type { Finding } from '../types';
import type { Workspace } from './workspace';
import { mayChangePairing, type EditMemo } from './edits';
import { counterpartGone, unreadableCounterpart } from './notices';
import type { DocumentText } from './document-text';

/** Texts above this size keep their plan while typing inside a line (finding it scans the whole text). */
const REPLAN_SCAN_MIN = 50_000;

/** A document's pair as it reads now, ready to analyse. */
export interface PairMembers {
  plan: PairPlan;
  /** Ids of the documents in the pair, sorted: [a] or [a, b]. */
  ids: string[];
  /** Their texts, in the order of `ids` (as held: a line-aligned corpus is read by lines, never joined). */
  docs: DocumentText[];
  /** The form analysed: the plan's, or lone when its counterpart cannot be read. */
  form: PairForm;
  /** Names the pair and its form (the analysis cache's key). */
  key: string;
  /** What the service says about the pairing (counterpart unreadable or gone). */
  notices: Finding[];
}

interface PlanEntry {
  deps: string;
  plan: PairPlan;
  doc: DocumentText;
}

export class PairPlans {
  private readonly plans = new Map<string, PlanEntry>();
  /** The last counterpart each document had, to say so when it disappears. */
  private readonly lastCounterpart = new Map<string, string>();
  /** Bumped when files appear or vanish: every plan may change. */
  private stamp = 0;

  constructor(
    private readonly ws: Workspace,
    private readonly getConfig: () => BitextConfig,
    private readonly getRoot: (id: string) => string,
    private readonly edits: EditMemo,
  ) {}

  invalidateAll(): void {
    this.plans.clear();
  }

  foldersChanged(): void {
    this.stamp++;
  }

  forget(id: string): void {
    this.plans.delete(id);
    this.lastCounterpart.delete(id);
  }

  /** Documents some open document's pair reads from disk. */
  counterpartsInUse(): Set<string> {
    const out = new Set<string>();
    for (const id of this.ws.openIds()) {
      const counterpart = this.plans.get(id)?.plan.counterpart;
      if (counterpart) out.add(counterpart);
    }
    return out;
  }

  planFor(id: string, doc: DocumentText): PairPlan {
    // A plan depends on the document's text (source line) and on its folder; a change of either bumps revs.
    // It also reads the counterpart (to tell a line-aligned corpus), so its revision counts too.
    const deps = (plan?: PairPlan) => `${this.ws.rev(id)}:${this.stamp}:${plan?.counterpart ? this.ws.rev(plan.counterpart) : ''}`;
    const cached = this.plans.get(id);
    if (cached && cached.deps === deps(cached.plan)) return cached.plan;
    const sameFolders = cached !== undefined && cached.deps.split(':')[1] === String(this.stamp);
    // A line-aligned corpus being edited stays one: a line added on one side before the other is a
    // finding on that line, not a reason to re-read a corpus of millions of lines as prose.
    if (cached && sameFolders && cached.plan.form === 'line-aligned') {
      this.plans.set(id, { ...cached, deps: deps(cached.plan), doc });
      return cached.plan;
    }
    // Typing inside a line keeps the plan: only line ends and source-line-like lines can change it.
    if (cached && sameFolders && cached.doc.length > REPLAN_SCAN_MIN) {
      const edit = this.edits.diff(id, cached.doc, doc);
      if (!edit || !mayChangePairing(edit, cached.doc, doc)) {
        this.plans.set(id, { ...cached, deps: deps(cached.plan), doc });
        return cached.plan;
      }
    }
    const config = this.getConfig();
    const plan = findCounterpart(id, doc.text(), this.ws.view, { pairs: config.pairs, lineAligned: config.lineAligned, root: this.getRoot(id) || undefined });
    this.plans.set(id, { deps: deps(plan), plan, doc });
    return plan;
  }

  /** The open document whose pair `id` is in: itself, or the open document naming it as counterpart. */
  ownerOf(id: string): string {
    if (this.ws.isOpen(id)) return id;
    for (const other of this.ws.openIds()) {
      const doc = this.ws.documentOf(other).doc;
      if (doc !== undefined && this.planFor(other, doc).counterpart === id) return other;
    }
    return id;
  }

  /** The pair of `id` (its owner's), as it reads now; undefined when `id` cannot be read. */
  membersOf(id: string): PairMembers | undefined {
    const own = this.ws.documentOf(id);
    if (own.doc === undefined) return undefined;
    const owner = this.ownerOf(id);
    if (owner !== id) return this.membersOf(owner);
    const plan = this.planFor(id, own.doc);
    const notices: Finding[] = [];
    let counterpart = plan.counterpart;
    let otherDoc: DocumentText | undefined;
    if (counterpart) {
      const read = this.ws.documentOf(counterpart);
      if (read.doc === undefined) {
        notices.push(unreadableCounterpart(id, counterpart, read.error));
        counterpart = undefined;
      } else {
        otherDoc = read.doc;
        this.lastCounterpart.set(id, counterpart);
      }
    } else {
      const last = this.lastCounterpart.get(id);
      if (last && !this.ws.exists(last) && plan.form !== 'one-file') notices.push(counterpartGone(id, last, plan.note));
    }
    const ids = counterpart ? [id, counterpart].sort() : [id];
    const docOf = (member: string) => (member === id ? own.doc! : otherDoc!);
    const form: PairForm = counterpart ? plan.form : plan.form === 'one-file' ? 'one-file' : 'lone';
    return { plan, ids, docs: ids.map(docOf), form, key: ids.join('\u0000') + '|' + plan.form, notices };
  }

  /** Ids whose findings may change when `id` changes: its pair partners. */
  partnersOf(id: string): string[] {
    const out = new Set<string>();
    for (const [other, entry] of this.plans) {
      if (entry.plan.counterpart === id) out.add(other);
      if (other === id && entry.plan.counterpart) out.add(entry.plan.counterpart);
    }
    const last = this.lastCounterpart.get(id);
    if (last) out.add(last);
    out.delete(id);
    return [...out];
  }
}
