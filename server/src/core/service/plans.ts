// Pairing policy for open documents: which pair a document belongs to (a closed counterpart belongs
// to the pair of the open document naming it), its plan cached until its text or folder changes,
// and what the pair's members read as (a counterpart that cannot be read, or is gone, is said so).
import { findCounterpart, type PairForm, type PairPlan, type SourceLineSplit } from '../pairing';
import type { BitextConfig } from '../config';
import type { Finding } from '../types';
import type { Workspace } from './workspace';
import { mayChangePairing, type Edit, type EditMemo } from './edits';
import { counterpartGone, unreadableCounterpart } from './notices';
import type { DocumentText } from './document-text';

/**
 * Texts above this size keep their plan while typing inside a line: finding it scans the whole text
 * and names the languages on both sides of a source line, which costs more than the keystroke's
 * re-analysis around the edit (texts this big get one, `ServiceLimits.incrementalMin`).
 */
const REPLAN_SCAN_MIN = 8_000;

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
  /** A one-file text's source line split, when the plan was made from the text as it is now. */
  sourceLine?: SourceLineSplit;
}

interface PlanEntry {
  deps: string;
  plan: PairPlan;
  doc: DocumentText;
  /** Made from this very text (not kept from an earlier version): its source-line split may be handed on. */
  fresh: boolean;
}

export class PairPlans {
  private readonly plans = new Map<string, PlanEntry>();
  /** The last counterpart each document had, to say so when it disappears. */
  private readonly lastCounterpart = new Map<string, string>();
  /** Bumped when files appear or vanish: every plan may change. */
  private stamp = 0;

  constructor(
    private readonly workspace: Workspace,
    private readonly getConfig: () => BitextConfig,
    private readonly getRoot: (docId: string) => string,
    private readonly edits: EditMemo,
  ) {}

  invalidateAll(): void {
    this.plans.clear();
  }

  foldersChanged(): void {
    this.stamp++;
  }

  forget(docId: string): void {
    this.plans.delete(docId);
    this.lastCounterpart.delete(docId);
  }

  /** Documents some open document's pair reads from disk. */
  counterpartsInUse(): Set<string> {
    const out = new Set<string>();
    for (const docId of this.workspace.openIds()) {
      const counterpart = this.plans.get(docId)?.plan.counterpart;
      if (counterpart) out.add(counterpart);
    }
    return out;
  }

  planFor(docId: string, doc: DocumentText): PairPlan {
    // A plan depends on the document's text (source line) and on its folder; a change of either bumps revs.
    // It also reads the counterpart (to tell a line-aligned corpus), so its revision counts too.
    const deps = (plan?: PairPlan) => `${this.workspace.rev(docId)}:${this.stamp}:${plan?.counterpart ? this.workspace.rev(plan.counterpart) : ''}`;
    const cached = this.plans.get(docId);
    if (cached && cached.deps === deps(cached.plan)) return cached.plan;
    const sameFolders = cached !== undefined && cached.deps.split(':')[1] === String(this.stamp);
    // A line-aligned corpus being edited stays one: a line added on one side before the other is a
    // finding on that line, not a reason to re-read a corpus of millions of lines as prose.
    if (cached && sameFolders && cached.plan.form === 'line-aligned') {
      this.plans.set(docId, { ...cached, deps: deps(cached.plan), doc, fresh: false });
      return cached.plan;
    }
    // Typing inside a line keeps the plan: only line ends and source-line-like lines can change it.
    if (cached && sameFolders && cached.doc.length > REPLAN_SCAN_MIN) {
      const edit = this.edits.diff(docId, cached.doc, doc);
      if (!edit || !mayChangePairing(edit, cached.doc, doc)) {
        const plan = edit ? movedWith(cached.plan, edit) : cached.plan;
        this.plans.set(docId, { ...cached, plan, deps: deps(plan), doc, fresh: false });
        return plan;
      }
    }
    const config = this.getConfig();
    const plan = findCounterpart(docId, doc.text(), this.workspace.view, { pairs: config.pairs, lineAligned: config.lineAligned, root: this.getRoot(docId) || undefined });
    this.plans.set(docId, { deps: deps(plan), plan, doc, fresh: true });
    return plan;
  }

  /** The open document whose pair `id` is in: itself, or the open document naming it as counterpart. */
  ownerOf(docId: string): string {
    if (this.workspace.isOpen(docId)) return docId;
    for (const other of this.workspace.openIds()) {
      const doc = this.workspace.documentOf(other).doc;
      if (doc !== undefined && this.planFor(other, doc).counterpart === docId) return other;
    }
    return docId;
  }

  /** The pair of `id` (its owner's), as it reads now; undefined when `id` cannot be read. */
  membersOf(docId: string): PairMembers | undefined {
    const own = this.workspace.documentOf(docId);
    if (own.doc === undefined) return undefined;
    const owner = this.ownerOf(docId);
    if (owner !== docId) return this.membersOf(owner);
    const plan = this.planFor(docId, own.doc);
    const notices: Finding[] = [];
    let counterpart = plan.counterpart;
    let otherDoc: DocumentText | undefined;
    if (counterpart) {
      const read = this.workspace.documentOf(counterpart);
      if (read.doc === undefined) {
        notices.push(unreadableCounterpart(docId, counterpart, read.error));
        counterpart = undefined;
      } else {
        otherDoc = read.doc;
        this.lastCounterpart.set(docId, counterpart);
      }
    } else {
      const last = this.lastCounterpart.get(docId);
      if (last && !this.workspace.exists(last) && plan.form !== 'one-file') notices.push(counterpartGone(docId, last, plan.note));
    }
    const ids = counterpart ? [docId, counterpart].sort() : [docId];
    const docOf = (member: string) => (member === docId ? own.doc! : otherDoc!);
    const form: PairForm = counterpart ? plan.form : plan.form === 'one-file' ? 'one-file' : 'lone';
    const sourceLine = plan.split && this.plans.get(docId)?.fresh ? plan.split : undefined;
    return { plan, ids, docs: ids.map(docOf), form, key: ids.join('\u0000') + '|' + plan.form, notices, sourceLine };
  }

  /** Ids whose findings may change when `id` changes: its pair partners. */
  partnersOf(docId: string): string[] {
    const out = new Set<string>();
    for (const [other, entry] of this.plans) {
      if (entry.plan.counterpart === docId) out.add(other);
      if (other === docId && entry.plan.counterpart) out.add(entry.plan.counterpart);
    }
    const last = this.lastCounterpart.get(docId);
    if (last) out.add(last);
    out.delete(docId);
    return [...out];
  }
}

/** A plan kept through an edit inside a line (not the source line): the source line moves with the text typed before it. */
function movedWith(plan: PairPlan, edit: Edit): PairPlan {
  const line = plan.sourceLine;
  if (!line || line.start < edit.oldEnd) return plan;
  const delta = edit.newEnd - edit.oldEnd;
  return { ...plan, sourceLine: { start: line.start + delta, end: line.end + delta } };
}
