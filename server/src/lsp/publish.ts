// Publishing: diagnostics for a document and the other documents of its pair (closed ones read from
// disk), the pair's status for the status bar, and clearing what no open document keeps alive.
import type { Connection } from 'vscode-languageserver/node';
import type { BitextService, PairStatus } from '../core/service';
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
  publishPair(docId: string): void {
    for (const member of [docId, ...this.service.partnersOf(docId)]) this.publishOne(member);
    this.sweep();
  }

  private publishOne(docId: string): void {
    const uri = idToUri(docId);
    const open = this.docs.isOpen(docId);
    const positions = this.docs.positions(docId);
    const findings = positions === undefined ? [] : this.service.findingsFor(docId);
    if (!open && findings.length === 0 && !this.published.has(docId)) return;
    if (!open) {
      const sig = findings.map((f) => `${f.rule}:${f.span.start}:${f.span.end}:${f.message}`).join('\n');
      if (this.lastSent.get(docId) === sig && this.published.has(docId)) return;
      this.lastSent.set(docId, sig);
    } else this.lastSent.delete(docId);
    const diagnostics = positions ? findings.map((finding) => toDiagnostic(positions, finding, (other) => this.docs.positions(other))) : [];
    // Status first: a client that waits for the diagnostics then has both.
    if (open) void this.conn.sendNotification(STATUS, this.statusOf(docId, uri));
    this.conn.sendDiagnostics({ uri, version: open ? this.docs.version(docId) : undefined, diagnostics });
    if (diagnostics.length) this.published.add(docId);
    else this.published.delete(docId);
  }

  /** Clears closed documents that are no open document's partner. */
  sweep(): void {
    const alive = new Set<string>();
    for (const docId of this.docs.ids()) {
      alive.add(docId);
      for (const partner of this.service.partnersOf(docId)) alive.add(partner);
    }
    for (const docId of [...this.published]) {
      if (alive.has(docId)) continue;
      this.published.delete(docId);
      this.lastSent.delete(docId);
      this.docs.forgetIndex(docId);
      this.conn.sendDiagnostics({ uri: idToUri(docId), diagnostics: [] });
    }
  }

  clear(docId: string): void {
    this.published.delete(docId);
    this.lastSent.delete(docId);
    this.docs.forgetIndex(docId);
    this.conn.sendDiagnostics({ uri: idToUri(docId), diagnostics: [] });
  }

  private statusOf(docId: string, uri: string): StatusParams {
    const status = this.service.status(docId);
    if (!status || (!status.counterpart && status.form !== 'one-file')) return { uri, text: null, tooltip: '', counterpartUri: null };
    const role = status.form !== 'one-file' && status.role ? `${status.role} · ` : '';
    const text = `$(link) ${role}${status.alignedParagraphs}/${status.totalParagraphs} ¶` + (status.untranslated ? ` · ${status.untranslated} untranslated` : '');
    const tooltip = [
      status.counterpart ? `Bitext: paired with ${baseOf(status.counterpart)} (${status.form})` : `Bitext: ${status.form} pair`,
      rolesLine(status),
      `${status.alignedParagraphs} of ${status.totalParagraphs} paragraphs here are aligned; ${status.untranslated} paragraphs of the original have no translation.`,
      ...status.notes,
      status.counterpart ? 'Click to open the counterpart beside.' : '',
    ]
      .filter(Boolean)
      .join('\n');
    return { uri, text, tooltip, counterpartUri: status.counterpart ? idToUri(status.counterpart) : null };
  }
}

/** Which file is the original and which the translation, and what says so. */
export function rolesLine(status: PairStatus): string {
  if (status.form === 'one-file') return status.original ? 'The translation is above the source line, the original below it.' : '';
  if (!status.original || !status.translation) return 'Which file is the original is not known: set bitext.originalLanguage (or originalLanguage in bitext.config.json).';
  const why = status.rolesFrom === 'setting' ? 'from bitext.originalLanguage' : 'detected: the original has paragraphs the translation lacks; set bitext.originalLanguage to say otherwise';
  return `Original: ${baseOf(status.original)} · translation: ${baseOf(status.translation)} (${why}).`;
}
