// Settings: `bitext.config.json` at the workspace root, then the editor's `bitext.*` settings over it
// (unset editor settings are null or empty and leave the file's values alone).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BitextConfig } from '../core/config';
import type { ServiceSettings } from '../core/service';

export interface EditorSettings {
  rules?: BitextConfig['rules'];
  segmentation?: BitextConfig['segmentation'] | null;
  pairs?: Record<string, string>;
  lineAligned?: BitextConfig['lineAligned'] | null;
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
 * `bitext.pairs` are ignored, so an untrusted folder cannot point pairing anywhere.
 */
export function resolveSettings(root: string | undefined, editor: EditorSettings | undefined, folders: string[] = [], trusted = true): Resolved {
  const problems: string[] = [];
  let file: Partial<BitextConfig> = {};
  if (root && trusted) {
    try {
      file = JSON.parse(readFileSync(join(root, 'bitext.config.json'), 'utf8').replace(/^\uFEFF/, ''));
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      if (err.code !== 'ENOENT') problems.push(`bitext.config.json ignored: ${err.message}`);
    }
  }
  const ed = editor ?? {};
  const config: Partial<BitextConfig> = {
    ...file,
    rules: { ...(file.rules ?? {}), ...(ed.rules ?? {}) },
    pairs: trusted ? { ...(file.pairs ?? {}), ...(ed.pairs ?? {}) } : {},
  };
  if (ed.segmentation) config.segmentation = ed.segmentation;
  if (ed.lineAligned) config.lineAligned = ed.lineAligned;
  return {
    service: { config, include: ed.include ?? [], root, roots: folders },
    fixAllOnSave: ed.fixAllOnSave === true,
    debounceMs: typeof ed.debounceMs === 'number' && ed.debounceMs >= 0 ? ed.debounceMs : 200,
    fullCheckDelayMs: typeof ed.fullCheckDelayMs === 'number' && ed.fullCheckDelayMs >= 0 ? ed.fullCheckDelayMs : 1500,
    problems,
  };
}
