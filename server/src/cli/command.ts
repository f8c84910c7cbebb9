// What the document commands (check, fix, align, corpus on folders) share: argument parsing with
// --help, the workspace config with its error message, and the findings of many analyses in order.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError, type BitextConfig } from '../core/config';
import type { Finding } from '../core/types';
import { loadConfig, type PathAnalysis } from './analyze-paths';
import { UsageError, type CliIO } from './io';
import { locate, type Located } from './report-formats';

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: O }>>;

/**
 * `io.argv` parsed with util.parseArgs (positionals allowed); a parse error is a UsageError. Undefined
 * when --help was given: the help is printed then and the command returns 0.
 */
export function parseCommandArgs<O extends Options>(invocation: CliIO, options: O, help: string): Parsed<O> | undefined {
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs({ args: invocation.argv, allowPositionals: true, options });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if ((parsed.values as { help?: boolean }).help) {
    invocation.stdout.write(help);
    return undefined;
  }
  return parsed;
}

/**
 * `bitext.config.json` of the working folder, with `--segmentation` applied when given. Undefined when
 * the config is broken: the message is on stderr after `prefix` then, and the command exits 2.
 */
export function commandConfig(invocation: CliIO, prefix: string, segmentation?: string): BitextConfig | undefined {
  let config;
  try {
    config = loadConfig(invocation.cwd);
  } catch (error) {
    if (error instanceof ConfigError) {
      invocation.stderr.write(`${prefix}: ${error.message}\n`);
      return undefined;
    }
    throw error;
  }
  if (segmentation === undefined) return config;
  if (segmentation !== 'keep' && segmentation !== 'remove') throw new UsageError('--segmentation must be keep or remove');
  return { ...config, segmentation };
}

/** Every finding of the analyses, by document then offset, with line and column. */
export function locatedFindings(results: readonly PathAnalysis[]): { findings: Finding[]; items: Located[] } {
  const findings: Finding[] = [];
  const texts = new Map<string, string>();
  for (const result of results) {
    for (const finding of result.analysis.findings) findings.push(finding);
    for (const side of result.analysis.sides) texts.set(side.uri, side.text);
  }
  findings.sort((first, second) => (first.uri < second.uri ? -1 : first.uri > second.uri ? 1 : first.span.start - second.span.start));
  return { findings, items: locate(findings, (u) => texts.get(u)) };
}
