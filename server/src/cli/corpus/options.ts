// Options shared by the corpus commands (check, filter, export, import).
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { CorpusStats } from '../../core/rules/rule';
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

export function parseWorkers(v: string | undefined): number {
  if (v === undefined) return Math.max(1, availableParallelism());
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new UsageError(`--workers must be a whole number from 0 to 64, not '${v}'`);
  return n;
}

export function parseLangs(v: string | undefined): [string, string] | undefined {
  if (v === undefined) return undefined;
  const p = v.split(',').map((s) => s.trim());
  if (p.length !== 2 || !p.every((s) => /^[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]+)*$/.test(s))) {
    throw new UsageError(`--langs takes two language codes, side A then side B, e.g. --langs vi,en (got '${v}')`);
  }
  return [p[0], p[1]];
}

/** Rule config from `--config FILE` (JSON: `{ "rules": { "line-shift": { "severity": "off" } } }`) and `--disable a,b`. */
export function parseRuleConfig(io: CliIO, file: string | undefined, disable: string | undefined): LineRuleConfig {
  let config: LineRuleConfig = {};
  if (file) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(resolve(io.cwd, file), 'utf8'));
    } catch (e) {
      throw new UsageError(`cannot read --config ${file}: ${e instanceof Error ? e.message : String(e)}`);
    }
    const rules = (json as { rules?: unknown }).rules ?? json;
    if (typeof rules !== 'object' || rules === null) throw new UsageError(`--config ${file}: expected an object of rule settings`);
    try {
      // The same validation as bitext.config.json: severities and each option against its declaration.
      config = resolveConfig({ rules: rules as BitextConfig['rules'] }).rules;
    } catch (e) {
      if (e instanceof ConfigError) throw new UsageError(`--config ${file}: ${e.message}`);
      throw e;
    }
  }
  for (const id of (disable ?? '').split(',').filter(Boolean)) config[id.trim()] = { ...(config[id.trim()] ?? {}), severity: 'off' };
  return config;
}

/** `--stats '{"logRatioMean":0.1,"logRatioStd":0.3}'` or `--stats FILE.json` (as printed by `corpus check --format jsonl`). */
export function parseStats(io: CliIO, v: string | undefined): CorpusStats | undefined {
  if (v === undefined) return undefined;
  let json: Partial<CorpusStats>;
  try {
    json = JSON.parse(v.trim().startsWith('{') ? v : readFileSync(resolve(io.cwd, v), 'utf8'));
  } catch (e) {
    throw new UsageError(`--stats: expected JSON {"logRatioMean":..,"logRatioStd":..} or a file holding it (${e instanceof Error ? e.message : String(e)})`);
  }
  if (typeof json.logRatioMean !== 'number' || typeof json.logRatioStd !== 'number' || !(json.logRatioStd > 0)) {
    throw new UsageError('--stats needs numbers logRatioMean and logRatioStd (> 0)');
  }
  return { logRatioMean: json.logRatioMean, logRatioStd: json.logRatioStd, sampleSize: json.sampleSize ?? 0 };
}

export function twoPaths(io: CliIO, positionals: string[], what: string): [string, string] {
  if (positionals.length !== 2) throw new UsageError(`${what} needs two files, side A and side B (e.g. train.vi train.en); got ${positionals.length}`);
  return [resolve(io.cwd, positionals[0]), resolve(io.cwd, positionals[1])];
}
