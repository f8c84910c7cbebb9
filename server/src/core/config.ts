// Configuration: what `bitext.config.json` at the workspace root (and the matching VS Code settings)
// may say. Parsed here from a JSON string; reading the file is the caller's job (CLI, server).
import type { Severity } from './types';
import type { OptionSpec, Rule, RuleOptions } from './rules/rule';
import type { PairingConfig } from './pairing';
import { getRule } from './rules';
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
  const given = partial ?? {};
  const rules: Record<string, RuleOptions> = {};
  for (const [ruleId, opts] of Object.entries(given.rules ?? {})) {
    if (typeof opts === 'string') {
      if (!SEVERITIES.has(opts)) throw new ConfigError(`rules.${ruleId}: unknown severity '${opts}' (use off, error, warning, info or hint)`);
      rules[ruleId] = { severity: opts as Severity | 'off' };
      continue;
    }
    if (!opts || typeof opts !== 'object' || Array.isArray(opts)) throw new ConfigError(`rules.${ruleId}: expected an object or a severity`);
    if (opts.severity !== undefined && !SEVERITIES.has(String(opts.severity))) {
      throw new ConfigError(`rules.${ruleId}.severity: unknown severity '${String(opts.severity)}'`);
    }
    rules[ruleId] = { ...opts };
    // The options of a known rule are validated here, once, when the config is read.
    const rule = getRule(ruleId);
    if (rule) resolveRuleOptions(rule, rules[ruleId]);
  }
  const segmentation = given.segmentation ?? DEFAULT_CONFIG.segmentation;
  if (segmentation !== 'keep' && segmentation !== 'remove') throw new ConfigError(`segmentation: expected 'keep' or 'remove', got '${String(segmentation)}'`);
  const pairs: Record<string, string> = {};
  for (const [pattern, target] of Object.entries(given.pairs ?? {})) {
    if (typeof target !== 'string') throw new ConfigError(`pairs.${pattern}: expected a path pattern string`);
    pairs[pattern] = target;
  }
  const lineAligned = given.lineAligned ?? DEFAULT_CONFIG.lineAligned;
  if (!['auto', 'always', 'never'].includes(lineAligned)) throw new ConfigError(`lineAligned: expected auto, always or never`);
  const originalLanguage = given.originalLanguage ?? undefined;
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
  } catch (error) {
    throw new ConfigError(`not valid JSON: ${(error as Error).message}`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError('must hold a JSON object');
  resolveConfig(raw as Partial<BitextConfig>);
  return raw as Partial<BitextConfig>;
}

/** Parses and resolves the text of a `bitext.config.json`. Throws ConfigError naming the problem. */
export function parseConfig(json: string): BitextConfig {
  return resolveConfig(parseConfigSettings(json));
}

/** A rule's severity and the options it runs with. */
export interface ResolvedRuleOptions {
  severity: Severity | 'off';
  options: RuleOptions;
}

/**
 * The one place a rule's options are resolved: its declared defaults, then the config entry (each
 * value checked against the option's declaration), then `extra` (the segmentation mode, for document
 * rules). Throws ConfigError naming the setting, e.g. `rules.length-ratio.zScore: expected a number
 * of at least 0, got "4" (a string)`.
 */
export function resolveRuleOptions(rule: Rule, entry: RuleOptions | undefined, extra: RuleOptions = {}): ResolvedRuleOptions {
  const options: RuleOptions = {};
  const specs = rule.options ?? {};
  for (const [name, spec] of Object.entries(specs)) options[name] = spec.default;
  for (const [name, value] of Object.entries(entry ?? {})) {
    if (name === 'severity' || value === undefined) continue;
    const spec = specs[name];
    if (!spec) {
      const known = Object.keys(specs);
      throw new ConfigError(`rules.${rule.id}.${name}: ${rule.id} has no option '${name}' (${known.length ? `its options: ${known.join(', ')}` : 'it has none besides severity'})`);
    }
    const problem = optionProblem(spec, value);
    if (problem) throw new ConfigError(`rules.${rule.id}.${name}: expected ${problem}, got ${describeValue(value)}`);
    options[name] = value;
  }
  const severity = entry?.severity ?? rule.defaultSeverity;
  if (!SEVERITIES.has(severity)) throw new ConfigError(`rules.${rule.id}.severity: unknown severity '${String(severity)}'`);
  return { severity, options: { ...options, ...(entry?.severity ? { severity: entry.severity } : {}), ...extra } };
}

/** What `value` should have been, or undefined when it fits `spec`. */
function optionProblem(spec: OptionSpec, value: unknown): string | undefined {
  if (spec.type === 'boolean') return typeof value === 'boolean' ? undefined : 'true or false';
  const range =
    spec.min !== undefined && spec.max !== undefined ? ` from ${spec.min} to ${spec.max}` :
    spec.min !== undefined ? ` of at least ${spec.min}` :
    spec.max !== undefined ? ` of at most ${spec.max}` : '';
  const wanted = `${spec.type === 'integer' ? 'a whole number' : 'a number'}${range}`;
  if (typeof value !== 'number' || !Number.isFinite(value)) return wanted;
  if (spec.type === 'integer' && !Number.isInteger(value)) return wanted;
  if ((spec.min !== undefined && value < spec.min) || (spec.max !== undefined && value > spec.max)) return wanted;
  return undefined;
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return `${JSON.stringify(value)} (a string)`;
  if (value === null) return 'null';
  if (typeof value === 'object') return Array.isArray(value) ? 'a list' : 'an object';
  return String(value);
}

/** The options a document rule runs with: its defaults, then config, plus the segmentation mode. */
export function ruleOptions(config: BitextConfig, rule: Rule): ResolvedRuleOptions {
  return resolveRuleOptions(rule, config.rules[rule.id], { segmentation: config.segmentation });
}
