// The user's bilingual dictionary for the commands that align (align, check, export): `--dict FILE`
// (anywhere: the user named it), else `dictionary` in bitext.config.json (read only inside the working
// folder, symlinks followed, as a counterpart is: a config may not make a command read elsewhere).
import type { Dictionary } from '../core/align';
import type { BitextConfig } from '../core/config';
import { readDictionaryFile } from '../node/dictionary-file';
import type { CliIO } from './io';

export type DictionaryLoad = { ok: true; dictionary?: Dictionary } | { ok: false };

/**
 * The dictionary named by `--dict` or the config, parsed; `{ ok: false }` after a one-line message on
 * stderr (after `prefix`) when it cannot be read or holds no entry: the command exits 2 then.
 */
export function loadDictionary(invocation: CliIO, prefix: string, option: string | undefined, config: BitextConfig): DictionaryLoad {
  const fromConfig = option === undefined;
  const path = option ?? config.dictionary;
  if (path === undefined) return { ok: true };
  const read = readDictionaryFile(invocation.cwd, path, fromConfig);
  const label = fromConfig ? 'bitext.config.json: dictionary' : '--dict';
  if (read.problem !== undefined) {
    invocation.stderr.write(`${prefix}: ${label} ${read.problem}${fromConfig && read.problem.includes('outside the workspace') ? ' (give it with --dict to use it)' : ''}\n`);
    return { ok: false };
  }
  const lines = read.dictionary.skippedLines;
  if (lines.length) {
    invocation.stderr.write(`note: ${label} ${path}: ${lines.length} line${lines.length === 1 ? '' : 's'} not of the form "target @ source" left out (line ${lines.slice(0, 5).join(', ')}${lines.length > 5 ? ', ...' : ''})\n`);
  }
  return { ok: true, dictionary: read.dictionary };
}
