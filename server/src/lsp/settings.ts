// Settings: `bitext.config.json` at the workspace root, then the editor's `bitext.*` settings over it
// (unset editor settings are null or empty and leave the file's values alone).
import type { BitextConfig } from '../core/config';
import type { ServiceSettings } from '../core/service';
import { parseLinksText, readConfigFile, readLinksFile } from '../node/config-file';
import type { SentenceLink } from '../core/links';
import type { Dictionary } from '../core/align';
import { readDictionaryFile } from '../node/dictionary-file';

export interface EditorSettings {
  rules?: BitextConfig['rules'];
  segmentation?: BitextConfig['segmentation'] | null;
  pairs?: Record<string, string>;
  lineAligned?: BitextConfig['lineAligned'] | null;
  originalLanguage?: BitextConfig['originalLanguage'] | null;
  include?: string[];
  /** A bilingual dictionary for the aligner, relative to the workspace folder (over the config's `dictionary`). */
  dictionary?: string | null;
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
  const fromEditor = editor ?? {};
  const config: Partial<BitextConfig> = {
    ...file,
    rules: { ...(file.rules ?? {}), ...(fromEditor.rules ?? {}) },
    pairs: trusted ? { ...(file.pairs ?? {}), ...(fromEditor.pairs ?? {}) } : {},
  };
  if (fromEditor.segmentation) config.segmentation = fromEditor.segmentation;
  if (fromEditor.lineAligned) config.lineAligned = fromEditor.lineAligned;
  if (fromEditor.originalLanguage && (typeof fromEditor.originalLanguage === 'string' || Object.keys(fromEditor.originalLanguage).length)) config.originalLanguage = fromEditor.originalLanguage;
  // the dictionary: read in a trusted workspace only, from inside it
  let dictionary: Dictionary | undefined;
  const dictionaryPath = fromEditor.dictionary || file.dictionary;
  if (root && trusted && dictionaryPath) {
    const read = readDictionaryFile(root, dictionaryPath);
    if (read.problem !== undefined) problems.push(`${fromEditor.dictionary ? 'bitext.dictionary' : 'bitext.config.json: dictionary'}: ${read.problem} (no dictionary is used)`);
    else dictionary = read.dictionary;
  }
  return {
    service: { config, include: fromEditor.include ?? [], root, roots: folders, links, dictionary },
    fixAllOnSave: fromEditor.fixAllOnSave === true,
    debounceMs: typeof fromEditor.debounceMs === 'number' && fromEditor.debounceMs >= 0 ? fromEditor.debounceMs : 200,
    fullCheckDelayMs: typeof fromEditor.fullCheckDelayMs === 'number' && fromEditor.fullCheckDelayMs >= 0 ? fromEditor.fullCheckDelayMs : 1500,
    problems,
  };
}
