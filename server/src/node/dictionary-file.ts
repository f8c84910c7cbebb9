// A user's bilingual dictionary named by a setting (`dictionary` in bitext.config.json, the editor's
// `bitext.dictionary`): read only inside the workspace folder, symlinks followed, as a counterpart is, so
// a setting cannot make the CLI or the server read elsewhere; capped in size; parsed by the core.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDictionary, type Dictionary } from '../core/align';
import { outsideOf } from './inside';

/** A dictionary larger than this is refused (FreeDict's English–French is about 0.5 MB). */
const MAX_DICTIONARY_BYTES = 64 * 1024 * 1024;

export type DictionaryRead = { dictionary: Dictionary; problem?: undefined } | { dictionary?: undefined; problem: string };

/**
 * The dictionary at `path` (relative to `root`), parsed, or why it cannot be used (`path: reason`).
 * `confined`: only inside `root` (a setting named it); false for a path the user typed (`--dict`).
 */
export function readDictionaryFile(root: string, path: string, confined = true): DictionaryRead {
  const full = resolve(root, path);
  const outside = confined ? outsideOf(root, path) : undefined;
  if (outside) return { problem: `${path}: ${outside}` };
  let bytes: Buffer;
  try {
    const stats = statSync(full);
    if (stats.isDirectory()) return { problem: `${path}: is a folder, not a file` };
    if (stats.size > MAX_DICTIONARY_BYTES) return { problem: `${path}: larger than ${MAX_DICTIONARY_BYTES / 1024 / 1024} MB, not a dictionary` };
    bytes = readFileSync(full);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { problem: code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${code ?? String(error)})` };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return { problem: `${path}: not UTF-8 text` };
  }
  const dictionary = parseDictionary(text);
  if (!dictionary.entries.length) return { problem: `${path}: no "target @ source" entry in it` };
  return { dictionary };
}
