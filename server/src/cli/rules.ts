// `bitext rules [--format text|json]`: the rule registry (id, default severity, scope, description).
import { parseArgs } from 'node:util';
import { allRules } from '../core/rules';
import { optionDefaults } from '../core/rules/rule';
import { UsageError, type CliIO } from './io';

export async function rulesCommand(io: CliIO): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: io.argv, options: { format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h', default: false } } }));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (values.help) {
    io.stdout.write('Usage: bitext rules [--format text|json]\n\nLists every rule: id, default severity, scope, description.\n');
    return 0;
  }
  if (values.format === 'json') {
    const list = allRules.map((r) => ({ id: r.id, severity: r.defaultSeverity, scope: r.scope, description: r.description, docs: r.docs, defaults: optionDefaults(r), fix: r.fix ?? 'none' }));
    io.stdout.write(JSON.stringify(list, null, 2) + '\n');
    return 0;
  }
  if (values.format !== 'text') throw new UsageError(`--format must be text or json`);
  const w = Math.max(...allRules.map((r) => r.id.length));
  for (const r of allRules) io.stdout.write(`${r.id.padEnd(w)}  ${r.defaultSeverity.padEnd(7)}  ${r.scope.padEnd(9)}  ${r.description}\n`);
  return 0;
}
