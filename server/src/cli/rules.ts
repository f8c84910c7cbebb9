// `bitext rules [--format text|json]`: the rule registry (id, default severity, scope, description).
import { parseArgs } from 'node:util';
import { allRules } from '../core/rules';
import { optionDefaults } from '../core/rules/rule';
import { UsageError, type CliIO } from './io';

export async function rulesCommand(invocation: CliIO): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: invocation.argv, options: { format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h', default: false } } }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) {
    invocation.stdout.write('Usage: bitext rules [--format text|json]\n\nLists every rule: id, default severity, scope, description.\n');
    return 0;
  }
  if (values.format === 'json') {
    const list = allRules.map((rule) => ({ id: rule.id, severity: rule.defaultSeverity, scope: rule.scope, description: rule.description, docs: rule.docs, defaults: optionDefaults(rule), fix: rule.fix ?? 'none' }));
    invocation.stdout.write(JSON.stringify(list, null, 2) + '\n');
    return 0;
  }
  if (values.format !== 'text') throw new UsageError(`--format must be text or json`);
  const width = Math.max(...allRules.map((r) => r.id.length));
  for (const rule of allRules) invocation.stdout.write(`${rule.id.padEnd(width)}  ${rule.defaultSeverity.padEnd(7)}  ${rule.scope.padEnd(9)}  ${rule.description}\n`);
  return 0;
}
