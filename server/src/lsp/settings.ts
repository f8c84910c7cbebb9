// Settings: `bitext.config.json` at the workspace root, then the editor's `bitext.*` settings over it
// (unset editor settings are null or empty and leave the file's values alone).
import type { BitextConfig } from '../core/config';
import type { ServiceSettings } from '../core/service';
import { parseLinksText, readConfigFile, readLinksFile } from '../node/config-file';
import type { SentenceLink } from '../core/links';

export interface EditorSettings {
  rules?: BitextConfig['rules'];
  segmentation?: BitextConfig['segmentation'] | null;
  pairs?: Record<string, string>;
  lineAligned?: BitextConfig['lineAligned'] | null;
  originalLanguage?: BitextConfig['originalLanguage'] | null;
  include?: string[];
  fixAllOnSave?: boolean;
  /** Milliseconds to wait after a keystroke before re-checking (tests and benches set 0). */
  debounceMs?: number;
  /** Idle milliseconds before a pair re-checked around edits is checked as a whole (in the background). */
  fullCheckDelayMs?: number;
  maxFindings?: number;
}

export interface Resolved {
  service: ServiceSettings;
  fixAllOnSave: boolean;
  debounceMs: number;
  fullCheckDelayMs: number;
  problems: string[];
}

/**
 * `trusted` false (VS Code Workspace Trust not granted): the workspace's bitext.config.json and its
 * `bitext.pairs` are ignored, so an untrusted folder cannot point pairing anywhere. `linksText`: the
 * links file's text as the editor holds it (open, maybe unsaved: an Undo there takes effect at once),
 * read instead of the disk's.
 */
export function resolveSettings(root: string | undefined, editor: EditorSettings | undefined, folders: string[] = [], trusted = true, linksText?: string): Resolved {
  const problems: string[] = [];
  let file: Partial<BitextConfig> = {};
  let links: SentenceLink[] = [];
  if (root && trusted) {
    const read = readConfigFile(root);
    if (read.problem !== undefined) problems.push(`${read.problem} (the file is ignored)`);
    else file = read.settings;
    const linked = linksText === undefined ? readLinksFile(root) : parseLinksText(linksText);
    if (linked.problem) problems.push(`${linked.problem} (the file is ignored)`);
    links = linked.links;
  }
  const ed = editor ?? {};
  const config: Partial<BitextConfig> = {
    ...file,
    rules: { ...(file.rules ?? {}), ...(ed.rules ?? {}) },
    pairs: trusted ? { ...(file.pairs ?? {}), ...(ed.pairs ?? {}) } : {},
  };
  if (ed.segmentation) config.segmentation = ed.segmentation;
  if (ed.lineAligned) config.lineAligned = ed.lineAligned;
  if (ed.originalLanguage && (typeof ed.originalLanguage === 'string' || Object.keys(ed.originalLanguage).length)) config.originalLanguage = ed.originalLanguage;
  return {
    service: { config, include: ed.include ?? [], root, roots: folders, links },
    fixAllOnSave: ed.fixAllOnSave === true,
    debounceMs: typeof ed.debounceMs === 'number' && ed.debounceMs >= 0 ? ed.debounceMs : 200,
    fullCheckDelayMs: typeof ed.fullCheckDelayMs === 'number' && ed.fullCheckDelayMs >= 0 ? ed.fullCheckDelayMs : 1500,
    problems,
  };
}
