// Publishing: diagnostics for a document and the other documents of its pair (closed ones read from
// disk), the pair's status for the status bar, and clearing what no open document keeps alive.
import type { Connection } from 'vscode-languageserver/node';
import type { BitextService } from '../core/service';
import { baseOf } from '../core/service/workspace';
import { idToUri, toDiagnostic } from './convert';
import type { OpenDocuments } from './documents';
import { STATUS, type StatusParams } from './protocol';

export class Publisher {
  private readonly published = new Set<string>();
  /** What was last sent for a document not open (to skip sending the same again). */
  private readonly lastSent = new Map<string, string>();

  constructor(
    private readonly conn: Connection,
    private readonly service: BitextService,
    private readonly docs: OpenDocuments,
  ) {}

  /** Publishes `id` and its pair partners, then clears documents nothing keeps alive. */
  publishPair(id: string): void {
    for (const x of [id, ...this.service.partnersOf(id)]) this.publishOne(x);
    this.sweep();
  }

  private publishOne(id: string): void {
    const uri = idToUri(id);
    const open = this.docs.isOpen(id);
    const ix = this.docs.positions(id);
    const findings = ix === undefined ? [] : this.service.findingsFor(id);
    if (!open && findings.length === 0 && !this.published.has(id)) return;
    if (!open) {
      const sig = findings.map((f) => `${f.rule}:${f.span.start}:${f.span.end}:${f.message}`).join('\n');
      if (this.lastSent.get(id) === sig && this.published.has(id)) return;
      this.lastSent.set(id, sig);
    } else this.lastSent.delete(id);
    const diagnostics = ix ? findings.map((f) => toDiagnostic(ix, f, (other) => this.docs.positions(other))) : [];
    // Status first: a client that waits for the diagnostics then has both.
    if (open) void this.conn.sendNotification(STATUS, this.statusOf(id, uri));
    this.conn.sendDiagnostics({ uri, version: open ? this.docs.version(id) : undefined, diagnostics });
    if (diagnostics.length) this.published.add(id);
    else this.published.delete(id);
  }

  /** Clears closed documents that are no open document's partner. */
  sweep(): void {
    const alive = new Set<string>();
    for (const id of this.docs.ids()) {
      alive.add(id);
      for (const p of this.service.partnersOf(id)) alive.add(p);
    }
    for (const id of [...this.published]) {
      if (alive.has(id)) continue;
      this.published.delete(id);
      this.lastSent.delete(id);
      this.docs.forgetIndex(id);
      this.conn.sendDiagnostics({ uri: idToUri(id), diagnostics: [] });
    }
  }

  clear(id: string): void {
    this.published.delete(id);
    this.lastSent.delete(id);
    this.docs.forgetIndex(id);
    this.conn.sendDiagnostics({ uri: idToUri(id), diagnostics: [] });
  }

  private statusOf(id: string, uri: string): StatusParams {
    const s = this.service.status(id);
    if (!s || (!s.counterpart && s.form !== 'one-file')) return { uri, text: null, tooltip: '', counterpartUri: null };
    const text = `$(link) ${s.alignedParagraphs}/${s.totalParagraphs} ¶` + (s.untranslated ? ` · ${s.untranslated} untranslated` : '');
    const tooltip = [
      s.counterpart ? `Bitext: paired with ${baseOf(s.counterpart)} (${s.form})` : `Bitext: ${s.form} pair`,
      `${s.alignedParagraphs} of ${s.totalParagraphs} paragraphs here are aligned; ${s.untranslated} paragraphs of the original have no translation.`,
      ...s.notes,
      s.counterpart ? 'Click to open the counterpart beside.' : '',
    ]
      .filter(Boolean)
      .join('\n');
    return { uri, text, tooltip, counterpartUri: s.counterpart ? idToUri(s.counterpart) : null };
  }
}
