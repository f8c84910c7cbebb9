// `bitext.config.json`: the one reader, for the CLI (a problem stops the command, exit 2) and the
// language server (a problem is logged and the file ignored, so the checks go on).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, parseConfigSettings, type BitextConfig } from '../core/config';
import type { SentenceLink } from '../core/links';

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
  try {
    return { settings: parseConfigSettings(text) };
  } catch (error) {
    if (error instanceof ConfigError) return { problem: `${CONFIG_FILE}: ${error.message}` };
    throw error;
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
  try {
    const raw = JSON.parse(text.replace(/^\uFEFF/, '')) as { links?: unknown };
    const texts = (end: unknown) => typeof end === 'string' || (Array.isArray(end) && end.length > 0 && end.every((t) => typeof t === 'string'));
    const links = Array.isArray(raw?.links) ? raw.links.filter((l): l is SentenceLink => !!l && texts(l.a) && texts(l.b)) : undefined;
    if (!links) return { links: [], problem: `${LINKS_FILE}: expected { "links": [ { "a": "…", "b": "…" } ] } (a side may list consecutive sentences)` };
    return { links };
  } catch (error) {
    return { links: [], problem: `${LINKS_FILE}: not valid JSON: ${(error as Error).message}` };
  }
}

/** The text of a links file holding `links`. */
export function linksFileText(links: readonly SentenceLink[]): string {
  return JSON.stringify({ links }, null, 2) + '\n';
}
