// Configuration: what `bitext.config.json` at the workspace root (and the matching VS Code settings)
// may say. Parsed here from a JSON string; reading the file is the caller's job (CLI, server).
import type { Severity } from './types';
import type { RuleOptions } from './rules/rule';
import type { PairingConfig } from './pairing';
import type { OriginalLanguageSetting } from './roles';

export type SegmentationMode = 'keep' | 'remove';

export interface BitextConfig {
  /** Per rule: `{ "severity": "off" | Severity, ...thresholds }`. */
  rules: Record<string, RuleOptions>;
  /**
   * What to do with word-segmented text (`củng_cố`): 'remove' (text for readers and aligners: `_` and
   * spaced punctuation are findings with fixes) or 'keep' (a tokenised NLP corpus: only segmenter errors
   * are findings).
   */
  segmentation: SegmentationMode;
  /** Pairing rules: glob -> counterpart pattern (see pairing.ts). */
  pairs: Record<string, string>;
  lineAligned: NonNullable<PairingConfig['lineAligned']>;
  /**
   * The original's language (a code such as `en`), or per pair: globs relative to the workspace root
   * mapped to a code. Which side is the translation then follows (see roles.ts).
   */
  originalLanguage?: OriginalLanguageSetting;
}

export const DEFAULT_CONFIG: BitextConfig = Object.freeze({
  rules: {},
  segmentation: 'remove',
  pairs: {},
  lineAligned: 'auto',
}) as BitextConfig;

const SEVERITIES = new Set(['off', 'error', 'warning', 'info', 'hint']);

export class ConfigError extends Error {}

/** Fills in defaults; keeps only well-formed values. Throws ConfigError with a clear message otherwise. */
export function resolveConfig(partial: Partial<BitextConfig> | undefined = {}): BitextConfig {
  const p = partial ?? {};
  const rules: Record<string, RuleOptions> = {};
  for (const [id, opts] of Object.entries(p.rules ?? {})) {
    if (typeof opts === 'string') {
      if (!SEVERITIES.has(opts)) throw new ConfigError(`rules.${id}: unknown severity '${opts}' (use off, error, warning, info or hint)`);
      rules[id] = { severity: opts as Severity | 'off' };
      continue;
    }
    if (!opts || typeof opts !== 'object' || Array.isArray(opts)) throw new ConfigError(`rules.${id}: expected an object or a severity`);
    if (opts.severity !== undefined && !SEVERITIES.has(String(opts.severity))) {
      throw new ConfigError(`rules.${id}.severity: unknown severity '${String(opts.severity)}'`);
    }
    rules[id] = { ...opts };
  }
  const segmentation = p.segmentation ?? DEFAULT_CONFIG.segmentation;
  if (segmentation !== 'keep' && segmentation !== 'remove') throw new ConfigError(`segmentation: expected 'keep' or 'remove', got '${String(segmentation)}'`);
  const pairs: Record<string, string> = {};
  for (const [k, v] of Object.entries(p.pairs ?? {})) {
    if (typeof v !== 'string') throw new ConfigError(`pairs.${k}: expected a path pattern string`);
    pairs[k] = v;
  }
  const lineAligned = p.lineAligned ?? DEFAULT_CONFIG.lineAligned;
  if (!['auto', 'always', 'never'].includes(lineAligned)) throw new ConfigError(`lineAligned: expected auto, always or never`);
  const originalLanguage = p.originalLanguage ?? undefined;
  const code = (v: unknown) => typeof v === 'string' && /^[a-z]{2,3}$/i.test(v);
  if (originalLanguage !== undefined && !code(originalLanguage) && !(typeof originalLanguage === 'object' && !Array.isArray(originalLanguage) && Object.values(originalLanguage).every(code))) {
    throw new ConfigError(`originalLanguage: expected a language code such as "en", or globs mapped to codes: { "news/**": "en" }`);
  }
  return originalLanguage ? { rules, segmentation, pairs, lineAligned, originalLanguage } : { rules, segmentation, pairs, lineAligned };
}

/**
 * Parses the text of a `bitext.config.json` and checks it: the settings as written (to merge with
 * editor settings before `resolveConfig`). Throws ConfigError naming the problem (not the file: the
 * caller that read it does).
 */
export function parseConfigSettings(json: string): Partial<BitextConfig> {
  let raw: unknown;
  try {
    raw = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ConfigError(`not valid JSON: ${(e as Error).message}`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError('must hold a JSON object');
  resolveConfig(raw as Partial<BitextConfig>);
  return raw as Partial<BitextConfig>;
}

/** Parses and resolves the text of a `bitext.config.json`. Throws ConfigError naming the problem. */
export function parseConfig(json: string): BitextConfig {
  return resolveConfig(parseConfigSettings(json));
}

/** The options a rule runs with: its defaults, then config, plus the segmentation mode. */
export function ruleOptions(config: BitextConfig, id: string, defaults: Record<string, unknown> | undefined): RuleOptions {
  return { ...(defaults ?? {}), ...(config.rules[id] ?? {}), segmentation: config.segmentation };
}
