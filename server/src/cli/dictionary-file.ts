// The user's bilingual dictionary for the commands that align (align, check, export): `--dict FILE`
// (anywhere: the user named it), else `dictionary` in bitext.config.json (read only inside the working
// folder, symlinks followed, as a counterpart is: a config may not make a command read elsewhere).
import { realpathSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { parseDictionary, type Dictionary } from '../core/align';
import type { BitextConfig } from '../core/config';
import { FileError, readTextFile } from './files';
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
  const label = fromConfig ? `bitext.config.json: dictionary ${path}` : `--dict ${path}`;
  if (fromConfig) {
    const root = realOrSelf(invocation.cwd);
    const target = realOrSelf(resolve(invocation.cwd, path));
    if (target !== root && !target.startsWith(root.endsWith(sep) ? root : root + sep)) {
      invocation.stderr.write(`${prefix}: ${label}: outside the workspace (${invocation.cwd}${target !== resolve(invocation.cwd, path) ? `; it resolves to ${target}` : ''}); not read (give it with --dict to use it)\n`);
      return { ok: false };
    }
  }
  let dictionary: Dictionary;
  try {
    dictionary = parseDictionary(readTextFile(invocation.cwd, path).text);
  } catch (error) {
    if (error instanceof FileError) {
      invocation.stderr.write(`${prefix}: ${fromConfig ? 'bitext.config.json: dictionary' : '--dict'}: ${error.message}\n`);
      return { ok: false };
    }
    throw error;
  }
  if (!dictionary.entries.length) {
    invocation.stderr.write(`${prefix}: ${label}: no "target @ source" entry in it\n`);
    return { ok: false };
  }
  if (dictionary.skippedLines.length) {
    const lines = dictionary.skippedLines;
    invocation.stderr.write(`note: ${label}: ${lines.length} line${lines.length === 1 ? '' : 's'} not of the form "target @ source" left out (line ${lines.slice(0, 5).join(', ')}${lines.length > 5 ? ', ...' : ''})\n`);
  }
  return { ok: true, dictionary };
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}
