// `bitext.config.json`: the one reader, for the CLI (a problem stops the command, exit 2) and the
// language server (a problem is logged and the file ignored, so the checks go on).
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigError, parseConfigSettings, type BitextConfig } from '../core/config';
import type { SentenceLink } from '../core/links';
import { outsideOf } from './inside';

export const CONFIG_FILE = 'bitext.config.json';

export type ConfigFileResult = { settings: Partial<BitextConfig>; problem?: undefined } | { settings?: undefined; problem: string };

/** The folder's `bitext.config.json`, checked: its settings (none when there is no file), or what is wrong with it. */
export function readConfigFile(folder: string): ConfigFileResult {
  let text: string;
  try {
    text = readFileSync(join(folder, CONFIG_FILE), 'utf8');
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    return err.code === 'ENOENT' ? { settings: {} } : { problem: `${CONFIG_FILE}: cannot be read: ${err.message}` };
  }
  let settings: Partial<BitextConfig>;
  try {
    settings = parseConfigSettings(text);
  } catch (error) {
    if (error instanceof ConfigError) return { problem: `${CONFIG_FILE}: ${error.message}` };
    throw error;
  }
  if (settings.viWordList) {
    // read only inside the config's folder (symlinks followed), as a counterpart is: a config may not
    // make the CLI or the server read elsewhere
    const listPath = resolve(folder, settings.viWordList);
    const outside = outsideOf(folder, settings.viWordList);
    if (outside) return { problem: `${CONFIG_FILE}: viWordList: ${settings.viWordList}: ${outside} (copy the list into the workspace)` };
    const list = readWordList(listPath);
    if (list.problem !== undefined) return { problem: `${CONFIG_FILE}: viWordList: ${settings.viWordList}: ${list.problem}` };
    settings = { ...settings, viWordListText: list.text };
  }
  return { settings };
}

/** A word list larger than this is refused (Viet74K is under 1 MB). */
const MAX_WORD_LIST_BYTES = 32 * 1024 * 1024;

/** The text of a word list (UTF-8, a BOM dropped), or why it cannot be read. */
function readWordList(path: string): { text: string; problem?: undefined } | { text?: undefined; problem: string } {
  let bytes: Buffer;
  try {
    if (statSync(path).size > MAX_WORD_LIST_BYTES) return { problem: `larger than ${MAX_WORD_LIST_BYTES / 1024 / 1024} MB, not a word list` };
    bytes = readFileSync(path);
  } catch (error) {
    return { problem: `cannot be read: ${(error as Error).message}` };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    return { problem: 'not UTF-8 text' };
  }
}

/** Alignment corrections of a workspace (core/links.ts), kept by the editor's link commands. */
export const LINKS_FILE = join('.bitext', 'links.json');

/** The folder's `.bitext/links.json`: its links (none when there is no file), and what is wrong with it. */
export function readLinksFile(folder: string): { links: SentenceLink[]; problem?: string } {
  let text: string;
  try {
    text = readFileSync(join(folder, LINKS_FILE), 'utf8');
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    return err.code === 'ENOENT' ? { links: [] } : { links: [], problem: `${LINKS_FILE}: cannot be read: ${err.message}` };
  }
  return parseLinksText(text);
}

/**
 * The links in a links file's text (from disk, or the editor's unsaved text of it). An end is a
 * sentence, consecutive sentences, or `[]`: the other end has no counterpart (left untranslated on
 * purpose); one end must name a sentence.
 */
export function parseLinksText(text: string): { links: SentenceLink[]; problem?: string } {
  if (!text.trim()) return { links: [] };
  try {
    const raw = JSON.parse(text.replace(/^\uFEFF/, '')) as { links?: unknown };
    const texts = (end: unknown) => typeof end === 'string' || (Array.isArray(end) && end.every((t) => typeof t === 'string'));
    const named = (end: unknown) => typeof end === 'string' || (Array.isArray(end) && end.length > 0);
    const links = Array.isArray(raw?.links) ? raw.links.filter((link): link is SentenceLink => !!link && texts(link.a) && texts(link.b) && (named(link.a) || named(link.b))) : undefined;
    if (!links) return { links: [], problem: `${LINKS_FILE}: expected { "links": [ { "a": "…", "b": "…" } ] } (a side may list consecutive sentences, or none: [])` };
    return { links };
  } catch (error) {
    return { links: [], problem: `${LINKS_FILE}: not valid JSON: ${(error as Error).message}` };
  }
}

/** The text of a links file holding `links`. */
export function linksFileText(links: readonly SentenceLink[]): string {
  return JSON.stringify({ links }, null, 2) + '\n';
}
