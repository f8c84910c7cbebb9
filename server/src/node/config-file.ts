// `bitext.config.json`: the one reader, for the CLI (a problem stops the command, exit 2) and the
// language server (a problem is logged and the file ignored, so the checks go on).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, parseConfigSettings, type BitextConfig } from '../core/config';

export const CONFIG_FILE = 'bitext.config.json';

export type ConfigFileResult = { settings: Partial<BitextConfig>; problem?: undefined } | { settings?: undefined; problem: string };

/** The folder's `bitext.config.json`, checked: its settings (none when there is no file), or what is wrong with it. */
export function readConfigFile(folder: string): ConfigFileResult {
  let text: string;
  try {
    text = readFileSync(join(folder, CONFIG_FILE), 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return err.code === 'ENOENT' ? { settings: {} } : { problem: `${CONFIG_FILE}: cannot be read: ${err.message}` };
  }
  try {
    return { settings: parseConfigSettings(text) };
  } catch (e) {
    if (e instanceof ConfigError) return { problem: `${CONFIG_FILE}: ${e.message}` };
    throw e;
  }
}
