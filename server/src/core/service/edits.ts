// Edits between two versions of a text: the smallest one (common prefix and suffix), remembered per
// service so the editor's own change range spares comparing megabytes, and whether an edit may
// change how a text pairs.
import type { DocumentText } from './document-text';

export interface Edit {
  uri: string;
  /** The changed range in the old text, and its length in the new text. */
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** The last edit told or computed, for one service (no module state: two services never share it). */
export class EditMemo {
  private last: { before: string | DocumentText; after: string | DocumentText; uri: string; edit: Edit | undefined } | undefined;

  /** The edit that turned `before` into `after` (the editor knows it), so `diff` need not compare them. */
  remember(before: DocumentText, after: DocumentText, edit: Edit): void {
    this.last = { before, after, uri: edit.uri, edit };
  }

  /**
   * Forgets the remembered edit of one of `uris` (once their pair has taken it in), so the text before
   * it (megabytes, for a big text) is not kept alive.
   */
  forget(uris: string[]): void {
    if (this.last && uris.includes(this.last.uri)) this.last = undefined;
  }

  /**
   * The smallest edit that turns `before` into `after`; undefined when they are equal. A text held in
   * pieces is joined only when the edit was not told.
   */
  diff(uri: string, before: string | DocumentText, after: string | DocumentText): Edit | undefined {
    const last = this.last;
    if (last && last.uri === uri && sameText(last.before, before) && sameText(last.after, after)) return last.edit;
    if (before === after) return undefined;
    const edit = computeDiff(uri, wholeOf(before), wholeOf(after));
    this.last = { before, after, uri, edit };
    return edit;
  }
}

const wholeOf = (text: string | DocumentText): string => (typeof text === 'string' ? text : text.text());

/** The same text object, or the string a held text has at hand. */
function sameText(held: string | DocumentText, given: string | DocumentText): boolean {
  if (held === given) return true;
  const heldString = typeof held === 'string' ? held : held.readyText();
  const givenString = typeof given === 'string' ? given : given.readyText();
  return heldString !== undefined && heldString === givenString;
}

/** Common prefix and suffix, compared in blocks. */
function computeDiff(uri: string, before: string, after: string): Edit | undefined {
  if (before === after) return undefined;
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  for (let step = 4096; step >= 1; step >>= 2) {
    while (prefix + step <= shorter && before.slice(prefix, prefix + step) === after.slice(prefix, prefix + step)) prefix += step;
  }
  let suffix = 0;
  for (let step = 4096; step >= 1; step >>= 2) {
    while (suffix + step <= shorter - prefix && before.slice(before.length - suffix - step, before.length - suffix) === after.slice(after.length - suffix - step, after.length - suffix)) suffix += step;
  }
  return { uri, start: prefix, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}

/** True when an edit may change how the text pairs: a line end, or a line that looks like a source line. */
export function mayChangePairing(edit: Edit, oldText: DocumentText, newText: DocumentText): boolean {
  if (edit.oldEnd - edit.start > 200 || edit.newEnd - edit.start > 200) return true;
  const changedOld = oldText.slice(edit.start, edit.oldEnd);
  const changedNew = newText.slice(edit.start, edit.newEnd);
  if (changedOld.includes('\n') || changedNew.includes('\n')) return true;
  // No line end changed: the edit is inside one line.
  const lineOf = (text: DocumentText, at: number) => text.line(text.lineAt(at)) ?? '';
  const label = /^[ \t]*[\p{L} ]{2,14}[ \t]*:/u;
  return label.test(lineOf(oldText, edit.start)) || label.test(lineOf(newText, edit.start));
}
