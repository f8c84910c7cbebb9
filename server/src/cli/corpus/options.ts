// Options shared by the corpus commands (check, filter, export, import).
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { profileBytes, profileFromBytes } from '../../core/corpus/profile';
import type { CorpusStatsEx } from '../../core/corpus/types';
import type { Lang } from '../../core/types';
import type { LineRuleConfig } from '../../core/corpus/engine';
import { ConfigError, resolveConfig, type BitextConfig } from '../../core/config';
import type { CliIO } from '../io';
import { UsageError } from '../io';

export const COMMON_OPTIONS = {
  workers: { type: 'string' },
  langs: { type: 'string' },
  config: { type: 'string' },
  disable: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function parseWorkers(value: string | undefined): number {
  if (value === undefined) return Math.max(1, availableParallelism());
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0 || count > 64) throw new UsageError(`--workers must be a whole number from 0 to 64, not '${value}'`);
  return count;
}

export function parseLangs(value: string | undefined): [string, string] | undefined {
  if (value === undefined) return undefined;
  const parts = value.split(',').map((s) => s.trim());
  if (parts.length !== 2 || !parts.every((s) => /^[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]+)*$/.test(s))) {
    throw new UsageError(`--langs takes two language codes, side A then side B, e.g. --langs vi,en (got '${value}')`);
  }
  return [parts[0], parts[1]];
}

/** Rule config from `--config FILE` (JSON: `{ "rules": { "line-shift": { "severity": "off" } } }`) and `--disable a,b`. */
export function parseRuleConfig(invocation: CliIO, file: string | undefined, disable: string | undefined): LineRuleConfig {
  let config: LineRuleConfig = {};
  if (file) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(resolve(invocation.cwd, file), 'utf8'));
    } catch (error) {
      throw new UsageError(`cannot read --config ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const rules = (json as { rules?: unknown }).rules ?? json;
    if (typeof rules !== 'object' || rules === null) throw new UsageError(`--config ${file}: expected an object of rule settings`);
    try {
      // The same validation as bitext.config.json: severities and each option against its declaration.
      config = resolveConfig({ rules: rules as BitextConfig['rules'] }).rules;
    } catch (error) {
      if (error instanceof ConfigError) throw new UsageError(`--config ${file}: ${error.message}`);
      throw error;
    }
  }
  for (const ruleId of (disable ?? '').split(',').filter(Boolean)) config[ruleId.trim()] = { ...(config[ruleId.trim()] ?? {}), severity: 'off' };
  return config;
}

/** How a language profile is written in a statistics file: this prefix, then base64 of the deflated table. */
const PROFILE_PREFIX = 'trigram16:';

/**
 * The statistics file `--stats-out` writes: the length statistics (when learned), the languages, and
 * the sides' trigram profile (when the sample was large enough): 64 KiB deflated and in base64, about
 * 20-60 KB of JSON and never more than 88 KB, so it still passes inline as one command-line argument
 * (Linux takes up to 128 KiB in one).
 */
export function statsJson(stats: CorpusStatsEx | undefined, langA: Lang, langB: Lang): string {
  const json = {
    ...(stats ? { logRatioMean: stats.logRatioMean, logRatioStd: stats.logRatioStd, sampleSize: stats.sampleSize } : {}),
    langA,
    langB,
    ...(stats?.langProfile ? { langProfile: PROFILE_PREFIX + Buffer.from(deflateRawSync(profileBytes(stats.langProfile), { level: 9 })).toString('base64') } : {}),
  };
  return JSON.stringify(json) + '\n';
}

/**
 * `--stats '{"logRatioMean":0.1,"logRatioStd":0.3}'` or `--stats FILE.json` (as `--stats-out` writes
 * it, with the language profile that line-untranslated then uses instead of identifying each line).
 */
export function parseStats(invocation: CliIO, value: string | undefined): CorpusStatsEx | undefined {
  if (value === undefined) return undefined;
  let json: Partial<CorpusStatsEx> & { langProfile?: unknown };
  try {
    json = JSON.parse(value.trim().startsWith('{') ? value : readFileSync(resolve(invocation.cwd, value), 'utf8'));
  } catch (error) {
    throw new UsageError(`--stats: expected JSON {"logRatioMean":..,"logRatioStd":..} or a file holding it (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof json.logRatioMean !== 'number' || typeof json.logRatioStd !== 'number' || !(json.logRatioStd > 0)) {
    throw new UsageError('--stats needs numbers logRatioMean and logRatioStd (> 0)');
  }
  const stats: CorpusStatsEx = { logRatioMean: json.logRatioMean, logRatioStd: json.logRatioStd, sampleSize: json.sampleSize ?? 0 };
  if (json.langProfile !== undefined) stats.langProfile = parseProfile(json.langProfile);
  return stats;
}

function parseProfile(value: unknown): Float32Array {
  const bad = (why: string) => new UsageError(`--stats: langProfile ${why}; write it again with 'bitext corpus check A B --stats-out FILE'`);
  if (typeof value !== 'string' || !value.startsWith(PROFILE_PREFIX)) throw bad(`must be a string starting '${PROFILE_PREFIX}'`);
  let bytes: Buffer;
  try {
    // at most the table's 64 KiB: a corrupt or hostile value cannot inflate to more
    bytes = inflateRawSync(Buffer.from(value.slice(PROFILE_PREFIX.length), 'base64'), { maxOutputLength: 1 << 16 });
  } catch (error) {
    throw bad(`is not a deflated table (${error instanceof Error ? error.message : String(error)})`);
  }
  const profile = profileFromBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length));
  if (!profile) throw bad(`holds ${bytes.length} bytes, not a table of 65,536`);
  return profile;
}

export function twoPaths(invocation: CliIO, positionals: string[], what: string): [string, string] {
  if (positionals.length !== 2) throw new UsageError(`${what} needs two files, side A and side B (e.g. train.vi train.en); got ${positionals.length}`);
  return [resolve(invocation.cwd, positionals[0]), resolve(invocation.cwd, positionals[1])];
}
